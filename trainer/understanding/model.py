"""The recogniser: normalised text -> one linear classifier per intent, plus patterns.

Why this design:
- Character n-grams (inside words) survive typos, German compounds and inflection;
  word uni/bigrams carry phrases ("bis wann", "per mail"). Both are TF-IDF.
- The library's hand-written patterns become features, so the model learns how far
  to trust each one, and they give readable evidence.
- Markers for the facts found (an amount, a date, a count) tell the model *that*
  there is a concrete term, whatever the figure ("bis Freitag", "am 15.").
- One-vs-rest logistic regression is multi-label by construction, trains in well
  under a second on a few hundred lines, and is deterministic.
- A line is also scored clause by clause: "Verstehe ich — können Sie bis Freitag 300
  Euro anzahlen?" carries one intent per clause, and a clause alone is clearer than
  the whole line.
- Training uses scikit-learn's vectorizers; recognising a line computes the same TF-IDF
  row itself from their fitted vocabulary and idf (`_vectorise`) and sums only the
  non-zero features' coefficient rows: well under 1 ms a line instead of ~2 ms spent
  mostly in scikit-learn's input validation.
- Past dates ("Abnahme am 12.10.") are marked apart from payment dates, and
  heute/morgen/nächste Woche stay a date fact only in a payment move (PAYMENT_INTENTS).
- Evidence is the contiguous run of words with the largest positive contribution to
  the intent's score (or the words a pattern matched), so it is the learner's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from .context import apply_context
from .facts import extract_facts, is_vague_day
from .library import IntentLibrary, compile_pattern
from .normalize import Token, clean, tokenize
from .types import Context, Fact, IntentHit, Recognition


@dataclass(frozen=True)
class Settings:
    """Hyper-parameters, fixed in code (chosen by cross-validation, never per line)."""

    c: float = 8.0
    threshold: float = 0.5
    top_threshold: float = 0.2
    clause_weight: float = 0.95
    pattern_weight: float = 1.0
    marker_weight: float = 0.6


DEFAULT = Settings()

#: Moves about paying: only in these does "heute/morgen/nächste Woche" stay a date fact
#: (a read-back of agreed terms counts, it carries the agreed date).
PAYMENT_INTENTS = frozenset(
    {"fix_payment_date", "request_down_payment", "propose_instalments", "summarise_agreement"}
)

#: Last words of a question that asks to confirm what was read back ("..., right?").
_CONFIRM_TAGS = frozenset(
    {"right", "correct", "yes", "yeah", "richtig", "stimmt", "stimmts", "oder", "ja", "gell", "ne"}
)

#: A sum split into parts ("die Hälfte ... den Rest", "half ... the rest"), which with a
#: date for each part makes an instalment plan.
_SPLIT = re.compile(
    r"\b(haelfte|half|halves|haelften)\b.{0,80}\b(rest|restlichen|andere|zweite|remainder|"
    r"balance|other|second)\b"
)

_MARKERS = {
    "amount": "zzbetrag",
    "date": "zzdatum",
    "count": "zzanzahl",
    "percent": "zzprozent",
    "fraction": "zzbruch",
    "past_date": "zzfrueher",
}


@dataclass
class _Doc:
    tokens: list[Token]
    text: str  # normalised tokens joined by single spaces
    offsets: list[int]  # start of each token in `text`
    markers: str


#: Word feature for a question: normalisation drops the "?", which tells a proposal
#: ("200 now and the rest by the 20th?") from a read-back of agreed terms.
QUESTION_MARKER = "zzfrage"


def _asks(cleaned: str, tokens: list[Token]) -> bool:
    """Whether the words end in a question mark (before the next clause or the line's end)."""
    if not tokens:
        return False
    end = tokens[-1].end
    nxt = re.search(r"[^\W_]", cleaned[end:])
    return "?" in cleaned[end : end + nxt.start() if nxt else len(cleaned)]


def _doc(tokens: list[Token], facts: list[Fact], question: bool = False) -> _Doc:
    offsets, pos = [], 0
    for t in tokens:
        offsets.append(pos)
        pos += len(t.norm) + 1
    kinds = sorted({_MARKERS[f.kind] for f in facts if f.kind in _MARKERS})
    if question:
        kinds.append(QUESTION_MARKER)
    return _Doc(tokens, " ".join(t.norm for t in tokens), offsets, " ".join(kinds))


def _facts_in(facts: list[Fact], tokens: list[Token]) -> list[Fact]:
    if not tokens:
        return []
    lo, hi = tokens[0].start, tokens[-1].end
    return [f for f in facts if f.start < hi and f.end > lo]


class LinearRecogniser:
    """Recognises intents of one language; built from an IntentLibrary at load time."""

    def __init__(self, library: IntentLibrary, settings: Settings = DEFAULT) -> None:
        # One BLAS thread: the matrices are small, and on a busy machine (CI, a TUI
        # with other work) spinning BLAS threads made loading 2-5x slower.
        with threadpool_limits(limits=1):
            self._train(library, settings)

    def _train(self, library: IntentLibrary, settings: Settings) -> None:
        self.language = library.language
        self.settings = settings
        self.intents: list[str] = sorted(library.intents)
        self._patterns: list[list[re.Pattern[str]]] = [
            [compile_pattern(p) for p in library.intents[name].patterns] for name in self.intents
        ]
        docs, labels = self._training_set(library)
        self._char = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(2, 5),
            sublinear_tf=True,
            lowercase=False,
            dtype=np.float32,
        )
        self._word = TfidfVectorizer(
            analyzer="word",
            token_pattern=r"\S+",
            ngram_range=(1, 2),
            sublinear_tf=True,
            lowercase=False,
            dtype=np.float32,
        )
        self._char.fit([d.text for d in docs])
        self._word.fit([d.text + " " + d.markers for d in docs])
        X = self._features(docs)
        Y = np.array([[name in lab for name in self.intents] for lab in labels], dtype=bool)
        self._coef = np.zeros((len(self.intents), X.shape[1]), dtype=np.float64)
        self._bias = np.full(len(self.intents), -10.0)
        for k in range(len(self.intents)):
            y = Y[:, k]
            if y.all() or not y.any():
                continue  # an intent without examples (or only) cannot be learned
            clf = LogisticRegression(
                C=settings.c, class_weight="balanced", solver="liblinear", max_iter=200
            )
            clf.fit(X, y)
            self._coef[k] = clf.coef_[0]
            self._bias[k] = clf.intercept_[0]
        self._char_vocab = self._char.vocabulary_
        self._word_vocab = self._word.vocabulary_
        self._n_char = len(self._char_vocab)
        self._n_word = len(self._word_vocab)
        # Recognition computes one line's features itself (see `_vectorise`): the same
        # n-grams, sublinear tf, idf and l2 norm as the fitted vectorizers, without
        # scikit-learn's per-call input validation, which was 80 % of a line's time.
        self._char_analyse = self._char.build_analyzer()
        self._word_analyse = self._word.build_analyzer()
        self._char_idf = np.asarray(self._char.idf_, dtype=np.float64)
        self._word_idf = np.asarray(self._word.idf_, dtype=np.float64)
        # Feature-major coefficients: one row per feature, one column per intent, so a
        # line's scores are its few non-zero features' rows, weighted and summed.
        self._coef_rows = np.ascontiguousarray(self._coef.T)

    # -- training -------------------------------------------------------------------------

    def _training_set(self, library: IntentLibrary) -> tuple[list[_Doc], list[set[str]]]:
        """Every example once (lines equal after normalisation are merged, labels united)."""
        merged: dict[str, tuple[str, _Doc, set[str]]] = {}

        def add(text: str, names: set[str]) -> None:
            doc = self._prepare(text)
            if not doc.text:
                return
            if doc.text in merged:
                merged[doc.text][2].update(names)
            else:
                merged[doc.text] = (text, doc, set(names))

        for name, spec in library.intents.items():
            for ex in spec.examples:
                add(ex, {name})
        for text, names in library.combined:
            add(text, set(names))
        for text in library.no_intent:
            add(text, set())
        items = sorted(merged.values(), key=lambda x: x[0])
        return [d for _, d, _ in items], [n for _, _, n in items]

    def _prepare(self, text: str) -> _Doc:
        cleaned = clean(text)
        tokens = tokenize(cleaned, self.language)
        return _doc(tokens, extract_facts(cleaned, date(2000, 1, 1)), _asks(cleaned, tokens))

    # -- features -------------------------------------------------------------------------

    def _pattern_hits(self, doc: _Doc) -> list[re.Match[str] | None]:
        out: list[re.Match[str] | None] = []
        for pats in self._patterns:
            hit = None
            for rx in pats:
                hit = rx.search(doc.text)
                if hit:
                    break
            out.append(hit)
        return out

    def _features(self, docs: list[_Doc]) -> sp.csr_matrix:
        s = self.settings
        xc = self._char.transform([d.text for d in docs])
        xw = self._word.transform([d.text + " " + d.markers for d in docs])
        pat = np.array(
            [[1.0 if m else 0.0 for m in self._pattern_hits(d)] for d in docs], dtype=np.float32
        ).reshape(len(docs), len(self.intents))
        mk = np.array(
            [[1.0 if m in d.markers else 0.0 for m in _MARKERS.values()] for d in docs],
            dtype=np.float32,
        )
        return sp.hstack(
            [xc, xw, sp.csr_matrix(pat * s.pattern_weight), sp.csr_matrix(mk * s.marker_weight)],
            format="csr",
        )

    def _tfidf(
        self, grams: list[str], vocab: dict[str, int], idf: np.ndarray, offset: int
    ) -> tuple[list[int], list[float]]:
        """One vectorizer's row for one line: sublinear tf * idf, l2-normalised."""
        counts: dict[int, int] = {}
        for g in grams:
            j = vocab.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return [], []
        idx = list(counts)
        vals = (1.0 + np.log(np.fromiter(counts.values(), float, len(idx)))) * idf[idx]
        vals /= np.sqrt(vals @ vals)
        return [offset + j for j in idx], vals.tolist()

    def _vectorise(self, doc: _Doc) -> tuple[np.ndarray, np.ndarray]:
        """The feature row of one doc as (indices, values): what `_features` gives for it."""
        s = self.settings
        ci, cv = self._tfidf(self._char_analyse(doc.text), self._char_vocab, self._char_idf, 0)
        wi, wv = self._tfidf(
            self._word_analyse(doc.text + " " + doc.markers),
            self._word_vocab,
            self._word_idf,
            self._n_char,
        )
        base = self._n_char + self._n_word
        pi = [base + k for k, m in enumerate(self._pattern_hits(doc)) if m]
        base += len(self.intents)
        mi = [base + i for i, m in enumerate(_MARKERS.values()) if m in doc.markers]
        idx = np.array(ci + wi + pi + mi, dtype=np.intp)
        vals = np.array(
            cv + wv + [s.pattern_weight] * len(pi) + [s.marker_weight] * len(mi), dtype=np.float64
        )
        return idx, vals

    # -- recognition ----------------------------------------------------------------------

    def scores(self, text: str, today: date | None = None) -> tuple[np.ndarray, dict]:
        """Per-intent probabilities of a line (whole line and best clause) and the parts."""
        cleaned = clean(text)
        tokens = tokenize(cleaned, self.language)
        facts = extract_facts(cleaned, today or date.today())
        whole = _doc(tokens, facts, _asks(cleaned, tokens))
        clauses: list[list[Token]] = []
        for t in tokens:
            if clauses and clauses[-1][-1].clause == t.clause:
                clauses[-1].append(t)
            else:
                clauses.append([t])
        docs = [whole]
        if len(clauses) > 1:
            docs += [_doc(c, _facts_in(facts, c), _asks(cleaned, c)) for c in clauses]
        if not tokens:
            return np.zeros(len(self.intents)), {
                "facts": facts,
                "docs": docs,
                "X": None,
                "best": [],
            }
        X = [self._vectorise(d) for d in docs]
        z = np.array([vals @ self._coef_rows[idx] for idx, vals in X]) + self._bias
        p = 1.0 / (1.0 + np.exp(-z))
        best = np.zeros(len(self.intents), dtype=int)
        probs = p[0].copy()
        if len(docs) > 1:
            clause_p = p[1:] * self.settings.clause_weight
            arg = clause_p.argmax(axis=0)
            top = clause_p[arg, np.arange(len(self.intents))]
            better = top > probs
            probs = np.where(better, top, probs)
            best = np.where(better, arg + 1, 0)
        return probs, {"facts": facts, "docs": docs, "X": X, "best": best, "cleaned": cleaned}

    def recognise(
        self, text: str, context: Context | None = None, *, call_date: date | None = None
    ) -> Recognition:
        """Intents (most confident first, with evidence) and facts of one learner line.

        `call_date` resolves relative dates when no context is given (classify, eval:
        the words alone, without the context rules).
        """
        if not isinstance(text, str):
            text = str(text)
        today = context.call_date if context and context.call_date else call_date
        probs, parts = self.scores(text, today)
        facts = parts["facts"]
        probs = self._conventions(probs, parts)
        order = np.argsort(-probs, kind="stable")
        # The best intent is accepted at a lower bar than further ones: a line usually
        # carries one move, and each extra intent must earn its place on its own.
        chosen = [
            k
            for i, k in enumerate(order)
            if probs[k] >= (self.settings.top_threshold if i == 0 else self.settings.threshold)
        ]
        hits: list[IntentHit] = []
        for k in chosen:
            doc_i = int(parts["best"][k])
            evidence = self._evidence(k, parts["docs"][doc_i], parts["X"], doc_i, parts["cleaned"])
            hits.append(IntentHit(self.intents[k], float(round(probs[k], 4)), evidence))
        result = apply_context(
            Recognition(clean(text) if len(text) > 2000 else text, tuple(hits), tuple(facts)),
            context,
        )
        if not PAYMENT_INTENTS.intersection(result.names):
            # "Ich schicke Ihnen heute noch die Mail": heute/morgen/nächste Woche name a
            # day only in a line about paying; elsewhere they are no payment date.
            kept = tuple(f for f in result.facts if not is_vague_day(f))
            if len(kept) != len(result.facts):
                result = replace(result, facts=kept)
        return result

    def _conventions(self, probs: np.ndarray, parts: dict) -> np.ndarray:
        """Labelling conventions of GUIDE.md §5 / eval/README.md that a linear model can't learn.

        - A threat and a calm announcement of the legal route exclude each other: the
          stronger reading wins (context may still turn one into the other).
        - A line that reads back agreed terms ("Also, dann halten wir fest: ...") is a
          summary only; the terms in it are not new proposals.
        """
        probs = probs.copy()
        idx = {name: k for k, name in enumerate(self.intents)}
        t, a = idx.get("threaten_legal"), idx.get("announce_legal_route")
        if t is not None and a is not None:
            loser = a if probs[t] >= probs[a] else t
            probs[loser] = min(probs[loser], self.settings.threshold * 0.5)
        # "Zwei Hälften: eine Ende Januar, die andere Ende Februar": several dates inside an
        # instalment plan are the plan's own terms, not a separate payment date (a date
        # for a down payment in the same line still is, hence the down-payment check).
        i, f, d = (
            idx.get(n) for n in ("propose_instalments", "fix_payment_date", "request_down_payment")
        )
        if i is not None and f is not None and d is not None:
            dates = [x for x in parts.get("facts", []) if x.kind == "date"]
            th = self.settings.threshold
            if len(dates) >= 2 and probs[i] >= th and probs[d] < th and probs[f] < probs[i] + 0.2:
                probs[f] = min(probs[f], th * 0.5)
            # "die Hälfte am 15. März und den Rest am 15. April": a split of the sum with a
            # date for each part is an instalment plan, whichever reading scored higher.
            s_ = idx.get("summarise_agreement")
            text = parts["docs"][0].text if parts.get("docs") else ""
            if (
                len(dates) >= 2
                and probs[d] < th
                and _SPLIT.search(text)
                and not (s_ is not None and any(rx.search(text) for rx in self._patterns[s_]))
            ):
                lead = max(probs[i], probs[f], probs[s_] if s_ is not None else 0.0)
                if lead >= self.settings.top_threshold:
                    probs[i] = max(probs[i], lead)
                    probs[f] = min(probs[f], th * 0.5)
                    if s_ is not None:
                        probs[s_] = min(probs[s_], th * 0.5)
        # Asking the reason means asking "neutrally, without blame" (GUIDE.md §5): when the
        # line's blame reading is the stronger one, the question is part of the reproach.
        b, r = idx.get("accusatory_opener"), idx.get("ask_reason")
        if (
            b is not None
            and r is not None
            and probs[b] >= self.settings.threshold
            and probs[b] >= probs[r]
        ):
            probs[r] = min(probs[r], self.settings.threshold * 0.5)
        s = idx.get("summarise_agreement")
        if s is not None and parts.get("docs") and probs[s] >= self.settings.top_threshold:
            recap = any(rx.search(parts["docs"][0].text) for rx in self._patterns[s])
            terms = [
                idx[n]
                for n in (
                    "fix_payment_date",
                    "propose_instalments",
                    "request_down_payment",
                    "offer_compromise",
                )
                if n in idx
            ]
            tail = parts.get("cleaned", "").rstrip()
            words = parts["docs"][0].text.split()
            # "..., right?" / "..., richtig?" asks to confirm a read-back: still a summary.
            asked = tail.endswith("?") and words[-1:] != [] and words[-1] not in _CONFIRM_TAGS
            # "..., richtig?" closing terms the model already reads as a summary is
            # read-back wording too, however the terms themselves are put.
            confirm = tail.endswith("?") and words[-1:] != [] and words[-1] in _CONFIRM_TAGS
            # "... – richtig so?" / "stimmt so?": the tag with a trailing "so".
            confirm = confirm or (
                tail.endswith("?")
                and words[-2:-1] != []
                and words[-1] == "so"
                and words[-2] in _CONFIRM_TAGS
            )
            recap = recap or (confirm and probs[s] >= self.settings.threshold)
            if not recap and asked and max(probs[k] for k in terms) >= self.settings.threshold:
                # "200 now and the rest by the 20th?": terms put as a question, with no
                # read-back wording, are a proposal, not a summary of agreed terms.
                probs[s] = min(probs[s], self.settings.threshold * 0.5)
            elif recap:
                strongest = max([probs[s], *(probs[k] for k in terms)])
                if probs[s] >= 0.5 * strongest:
                    probs[s] = strongest
                    for k in terms:
                        probs[k] = min(probs[k], self.settings.threshold * 0.5)
        return probs

    # -- evidence -------------------------------------------------------------------------

    def _evidence(
        self, k: int, doc: _Doc, X: list[tuple[np.ndarray, np.ndarray]], row: int, cleaned: str
    ) -> str:
        if not doc.tokens:
            return ""
        spans = []
        for rx in self._patterns[k]:
            m = rx.search(doc.text)
            if m and m.end() > m.start():
                first = max(i for i, o in enumerate(doc.offsets) if o <= m.start())
                last = max(i for i, o in enumerate(doc.offsets) if o < m.end())
                spans.append((first, last))
        if spans:
            # All pattern matches together, if they are close; else the longest one.
            first, last = min(a for a, _ in spans), max(b for _, b in spans)
            if last - first > 10:
                first, last = max(spans, key=lambda ab: ab[1] - ab[0])
            return cleaned[doc.tokens[first].start : doc.tokens[last].end]
        contrib = self._token_contributions(k, doc, X[row])
        # Kadane: the contiguous run of words with the largest total contribution.
        best, best_span, cur, start = 0.0, None, 0.0, 0
        for i, c in enumerate(contrib):
            if cur <= 0:
                cur, start = c, i
            else:
                cur += c
            if cur > best:
                best, best_span = cur, (start, i)
        if best_span is None:
            return ""
        a, b = best_span
        # Trim weak words at the ends so the evidence stays short.
        peak = max(contrib[a : b + 1])
        while a < b and contrib[a] < 0.15 * peak:
            a += 1
        while b > a and contrib[b] < 0.15 * peak:
            b -= 1
        return cleaned[doc.tokens[a].start : doc.tokens[b].end]

    def _token_contributions(
        self, k: int, doc: _Doc, x: tuple[np.ndarray, np.ndarray]
    ) -> list[float]:
        coef = self._coef[k]
        values = dict(zip(x[0].tolist(), x[1].tolist(), strict=False))
        out = []
        words = [t.norm for t in doc.tokens]
        for i, w in enumerate(words):
            total = 0.0
            padded = f" {w} "
            grams = {padded[j : j + n] for n in range(2, 6) for j in range(len(padded) - n + 1)}
            for g in grams:
                idx = self._char_vocab.get(g)
                if idx is not None and idx in values:
                    total += coef[idx] * values[idx] / max(1, doc.text.count(g.strip()) or 1)
            idx = self._word_vocab.get(w)
            if idx is not None and self._n_char + idx in values:
                total += coef[self._n_char + idx] * values[self._n_char + idx]
            for j in (i - 1, i + 1):
                if 0 <= j < len(words):
                    bigram = f"{words[min(i, j)]} {words[max(i, j)]}"
                    idx = self._word_vocab.get(bigram)
                    if idx is not None and self._n_char + idx in values:
                        total += 0.5 * coef[self._n_char + idx] * values[self._n_char + idx]
            out.append(total)
        return out
