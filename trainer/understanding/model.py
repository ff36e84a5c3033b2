"""The recogniser: normalised text -> one linear classifier per intent, plus patterns.

Why this design (each layer is a switch in `Settings`, and `benchmarks/README.md` has the
ablation that shows what it adds on lines it was not written against):
- Character n-grams (inside words) survive typos, German compounds and inflection;
  word uni/bigrams carry phrases ("bis wann", "per mail"). Both are TF-IDF.
- The library's hand-written patterns become features, so the model learns how far
  to trust each one, and they give readable evidence.
- Markers for the facts found (an amount, a date, a count) tell the model *that*
  there is a concrete term, whatever the figure ("bis Freitag", "am 15.").
- One-vs-rest logistic regression is multi-label by construction and deterministic;
  'no intent' is a label of its own, so an unusual on-topic line still gets its best
  reading (with a lower confidence) instead of none.
- A line is also scored clause by clause: "Verstehe ich — können Sie bis Freitag 300
  Euro anzahlen?" carries one intent per clause, and a clause alone is clearer than
  the whole line.
- The fitted numbers live in `ModelData` (saved on disk by `cache.py`); recognising a line
  computes its TF-IDF row with `features.py` and sums the non-zero features' coefficient
  rows: no scikit-learn at run time.
- Evidence is the contiguous run of words with the largest positive contribution to
  the intent's score (or the words a pattern matched), so it is the learner's own words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from .. import lazyre
from .context import (
    CONDITION,
    CONFIRMS,
    CONSEQUENCE,
    DEMAND,
    HANDS_ON,
    REDUCTION,
    REST_WAIVED,
    THANKS_WORDS,
    TIME_WORDS,
    apply_context,
    names_legal_step,
)
from .facts import NEGATION, extract_facts, is_vague_day, told_as_past, unhedged
from .features import Vocabulary, char_wb_ngrams, word_ngrams
from .lexicon import lexicon, merged
from .library import IntentLibrary
from .modeldata import (
    NONE_LABEL,
    QUESTION_MARKER,
    RAW_TOKEN,
    LazyPatterns,
    ModelData,
    Settings,
    asks,
    feature_tokens,
    markers_for,
)
from .normalize import Token, clean, norm_key
from .retraction import dropped_thought_end
from .sentences import sentences
from .smalltalk import asks_for_person, not_heard
from .types import TENTATIVE, Context, Fact, IntentHit, Recognition

DEFAULT = Settings()

__all__ = ["DEFAULT", "LinearRecogniser", "Settings"]

#: Moves about paying: only in these does "heute/morgen/nächste Woche" stay a date fact
#: (a read-back of agreed terms counts, it carries the agreed date).
#: What a line offers or proposes: dropped with the thought that made it
#: (`LinearRecogniser._without_dropped_offers`).
_OFFERS = frozenset(
    {
        "offer_solution",
        "offer_compromise",
        "request_down_payment",
        "propose_instalments",
        "fix_payment_date",
        "summarise_agreement",
        "confirm_in_writing",
    }
)

PAYMENT_INTENTS = frozenset(
    {"fix_payment_date", "request_down_payment", "propose_instalments", "summarise_agreement"}
)

#: Last words of a question that asks to confirm what was read back ("..., right?").
_CONFIRM_TAGS = frozenset(
    {"right", "correct", "yes", "yeah", "richtig", "stimmt", "stimmts", "oder", "ja", "gell", "ne"}
)

#: A read-back's lead-in ("Great, so", "Gut, also") followed by a question word.
_QUESTION_AFTER_LEAD_IN = lazyre.compile(
    r"^\W*\w+\W+(?:so|then|also|dann)\W+(?:when|how|which|where|why|wann|wie|welche\w*|wo|warum)\b",
    re.I,
)

#: Terms offered as a question anywhere in the line ("Right so, no bother. How about four
#: monthly instalments of £650 …? That clears the full £2,760."): a proposal, however the line
#: begins (fifty-ninth audit: a read-back 0.99, and the plan was never heard as one).
_PROPOSED = lazyre.compile(
    r"\b(?:how\s+about|what\s+about|what\s+if|how\s+would|would\s+(?:that|it|this)\s+(?:work|suit|do)"
    r"|wie\s+waere\s+es|wie\s+waers|was\s+halten\s+sie|was\s+haeltst\s+du|waere\s+das\s+(?:ok|okay|in\s+ordnung)"
    r"|koennten\s+wir|sollen\s+wir|could\s+we|shall\s+we)\b",
    re.I,
)

#: A sum split into parts ("die Hälfte ... den Rest", "half ... the rest"), which with a
#: date for each part makes an instalment plan.
_SPLIT = lazyre.compile(
    r"\b(haelfte|half|halves|haelften)\b.{0,80}\b(rest|restlichen|andere|zweite|remainder|"
    r"balance|other|second)\b"
)


#: Words that make a clause or part of their own without saying anything ("Na ja, so ein
#: paar Spritzer …", "Right. Fair play. …"): such a stretch is no clause to score alone —
#: "na ja" alone read as blame 0.82 and made a dismissal of a complaint a reproach (fiftieth
#: audit). The whole line still reads them.
_INTERJECTIONS = frozenset(
    {
        "na", "naja", "ja", "tja", "nun", "also", "ach", "ah", "oh", "och", "gut", "okay",
        "ok", "so", "jo", "joa", "nee", "ne", "well", "right", "yes", "yeah", "yep",
        "alright", "now", "look", "listen", "fine",
    }
)  # fmt: skip


#: ... and hedges said as a part of their own ("…, I hate making these calls, honestly I do,
#: is the invoice …", "…, ehrlich gesagt, …"): "honestly I do" alone read as blame 0.90 and made
#: the fifty-third audit's friendly opener a reproach after a retraining (twenty-seventh session).
_HEDGES = frozenset(
    {
        "honestly", "honest", "truly", "really", "genuinely", "i", "do", "to", "be",
        "ehrlich", "gesagt", "wirklich", "echt",
    }
)  # fmt: skip


#: ... and a bare "it is not so" ("…, so isset ja nich", "…, that's not it"): a negation with
#: nothing but a copula and particles around it says nothing of its own; alone, "nicht" reads
#: as blame 0.99 and a threat 0.64, and gave a Ruhrpott owner's word about his own wages a
#: legal-threat reading 0.59 (forty-third audit, call 03). Only "not"/"nicht": "kein Geld"
#: names something.
_EMPTY_NEGATION = frozenset(
    {
        "ist", "es", "is", "it", "its", "that", "thats", "das", "des", "not", "nicht", "so",
        "was", "war", "just", "eben", "halt", "doch", "aber", "but",
    }
)  # fmt: skip
_NEGATORS = frozenset({"not", "nicht"})


#: ... and the caller holding his own thought ("Wir könnten ja – nee, warten Sie, erst mal:
#: Sie haben Fotos davon, sagen Sie?"): "warten Sie, erst mal" alone read as blame 0.71, and a
#: clarifying question cost no_accusation and handle_objection, the customer taking offence
#: (V218 02: 73 bronze, without the half sentence 100 gold). `_HOLD_FILLER` are the words
#: around them.
_HOLD = frozenset(
    {
        "warten", "warte", "wartense", "wartens", "moment", "momentchen", "erst", "erstmal",
        "zuerst", "sekunde", "augenblick", "hang", "wait", "hold", "sec", "first",
    }
)  # fmt: skip
_HOLD_FILLER = frozenset({"sie", "mal", "kurz", "einen", "eine", "on", "a", "of", "all", "mo"})


#: ... and a start broken off ("Ich wollte – also, ich wollte eigentlich nur – ich rufe wegen
#: der noch offenen Rechnung an."): "Ich wollte" alone read as a reason question 0.57, and the
#: opening failed as "asked for the reason instead of staying silent" (V313 05: 38 for the
#: call that scores 54 without the stammer). A subject and a will with particles, no more.
_STARTED = frozenset(
    {
        "ich", "i", "wir", "we", "wollte", "wollten", "wollt", "möchte", "moechte", "wanted",
        "want", "was", "were", "wanna", "gonna", "going", "hätte", "haette",
    }
)  # fmt: skip
_STARTED_FILLER = frozenset(
    {
        "eigentlich", "nur", "mal", "bloß", "bloss", "halt", "just", "only", "to", "actually",
        "um", "äh", "ähm",
    }
)  # fmt: skip


def _broken_off(part: list[Token]) -> bool:
    """A start the caller broke off ("ich wollte eigentlich nur –"), said as a part of its own."""
    started = [t.norm for t in part if t.norm not in _INTERJECTIONS]
    return (
        2 <= len(started) <= 5
        and started[0] in ("ich", "i", "wir", "we")
        and any(w in _STARTED for w in started[1:])
        and all(w in _STARTED or w in _STARTED_FILLER for w in started)
    )


def _says_nothing(part: list[Token]) -> bool:
    words = [t.norm for t in part]
    if _broken_off(part):
        return True
    if len(part) <= 3 and all(w in _INTERJECTIONS or w in _HEDGES for w in words):
        return True
    if (
        len(part) <= 5
        and any(w in _HOLD for w in words)
        and all(w in _HOLD or w in _HOLD_FILLER or w in _INTERJECTIONS for w in words)
    ):
        return True
    return (
        len(part) <= 4
        and any(w in _NEGATORS for w in words)
        and all(w in _INTERJECTIONS or w in _EMPTY_NEGATION for w in words)
    )


#: Words that open a contrasting part where a comma is missing (`_segment_scores`).
_BUT_WORDS = frozenset({"aber", "but"})


def _clause_left(tokens: list[Token], i: int) -> int:
    """How many tokens from `tokens[i]` on stay in its clause."""
    return sum(1 for t in tokens[i:] if t.clause == tokens[i].clause)


@dataclass
class _Doc:
    tokens: list[Token]
    text: str  # normalised tokens joined by single spaces
    offsets: list[int]  # start of each token in `text`
    markers: str


def _doc(tokens: list[Token], markers: str) -> _Doc:
    offsets, pos = [], 0
    for t in tokens:
        offsets.append(pos)
        pos += len(t.norm) + 1
    return _Doc(tokens, " ".join(t.norm for t in tokens), offsets, markers)


def _facts_in(facts: list[Fact], tokens: list[Token]) -> list[Fact]:
    if not tokens:
        return []
    lo, hi = tokens[0].start, tokens[-1].end
    return [f for f in facts if f.start < hi and f.end > lo]


class LinearRecogniser:
    """Recognises intents of one language from a fitted `ModelData`.

    `LinearRecogniser(library)` trains (needs scikit-learn; evaluation and tests use it);
    `LinearRecogniser.from_data(data)` is what the app uses, with the model from the cache.
    """

    def __init__(self, library: IntentLibrary, settings: Settings = DEFAULT) -> None:
        from .train import fit

        self._load(fit(library, settings))

    @classmethod
    def from_data(cls, data: ModelData) -> LinearRecogniser:
        rec = cls.__new__(cls)
        rec._load(data)
        return rec

    def _load(self, data: ModelData) -> None:
        self.data = data
        self.language = data.language
        self.settings = s = data.settings
        self.intents: list[str] = [n for n in data.labels if n != NONE_LABEL]
        self._none = data.labels.index(NONE_LABEL) if NONE_LABEL in data.labels else None
        self._patterns: Sequence[list[re.Pattern[str]]] = (
            LazyPatterns(data.patterns) if data.patterns else [[] for _ in self.intents]
        )
        self._char = Vocabulary(data.char_terms, data.char_idf, 0)
        self._word = Vocabulary(data.word_terms, data.word_idf, len(data.char_terms))
        self._pat_base = len(data.char_terms) + len(data.word_terms)
        self._use_patterns = s.patterns and bool(data.patterns)
        # Kept as saved (float32, feature-major); the rows a line uses are widened to float64
        # when used (`_rows`): widening all of them at load cost ≈ 20 ms of every start, and
        # widening a gathered row gives exactly the numbers the widened matrix held.
        self._coef = np.ascontiguousarray(data.coef)
        self._bias = np.asarray(data.bias, dtype=np.float64)
        self._pattern_weight = s.pattern_weight
        self._goodbye = (
            self.intents.index("close_politely") if "close_politely" in self.intents else None
        )
        self._knn = s.knn_weight > 0 and len(data.knn_labels) > 0
        self._knn_ptr = np.asarray(data.knn_indptr, dtype=np.intp)
        self._knn_labels = np.asarray(data.knn_labels, dtype=np.float64)
        # What a further intent of a line needs. The neighbours' mix scales the model's own
        # readings by (1 - w); the threshold scales with them, or a line's second move
        # (empathy beside a proposal) would drop out where the neighbours lack it.
        self._further = s.threshold * (1.0 - s.knn_weight) if self._knn else s.threshold

    def _rows(self, idx: np.ndarray) -> np.ndarray:
        """The coefficient rows of these features, as float64."""
        return self._coef[idx].astype(np.float64)

    def _known_words(self, parts: dict) -> int:
        """Words of the line (not digits) that training saw as words."""
        index = self._word.index
        return sum(1 for t in parts["docs"][0].tokens if t.norm in index and not t.norm.isdigit())

    # -- features -------------------------------------------------------------------------

    def _tokens(self, cleaned: str) -> list[Token]:
        if self.settings.normalise:
            return feature_tokens(cleaned, self.language, self.settings)
        return [
            Token(m.group().lower(), m.start(), m.end(), 0) for m in RAW_TOKEN.finditer(cleaned)
        ]

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

    def _vectorise(self, doc: _Doc) -> tuple[np.ndarray, np.ndarray]:
        """The feature row of one doc as (indices, values): what training saw for it."""
        ci, cv = self._char.row(char_wb_ngrams(doc.text))
        wi, wv = self._word.row(word_ngrams((doc.text + " " + doc.markers).strip()))
        pi: list[int] = []
        if self._use_patterns:
            pi = [self._pat_base + k for k, m in enumerate(self._pattern_hits(doc)) if m]
        idx = np.array(ci + wi + pi, dtype=np.intp)
        vals = np.array(cv + wv + [self._pattern_weight] * len(pi), dtype=np.float64)
        return idx, vals

    # -- recognition ----------------------------------------------------------------------

    def scores(self, text: str, today: date | None = None) -> tuple[np.ndarray, dict]:
        """Per-intent probabilities of a line (whole line and best clause) and the parts.

        `parts["none"]` is the probability of the 'no intent' label (0 without one).
        """
        s = self.settings
        cleaned = clean(text)
        tokens = self._tokens(cleaned)
        facts = extract_facts(cleaned, today or date.today())

        def markers(toks: list[Token], found: list[Fact]) -> str:
            if not (s.normalise and s.markers) or not toks:
                return ""
            return markers_for({f.kind for f in found}, asks(cleaned, toks[-1].end))

        clauses: list[list[Token]] = []
        for t in tokens:
            if clauses and clauses[-1][-1].clause == t.clause:
                clauses[-1].append(t)
            else:
                clauses.append([t])
        said = [c for c in clauses if not _broken_off(c)]
        # The whole line without the starts the caller broke off: "ich wollte … ich rufe wegen
        # der Rechnung an" read "ich wollte (fragen, warum)" into the opener (V313 05).
        kept = [t for c in said for t in c] if said and len(said) < len(clauses) else tokens
        whole = _doc(kept, markers(kept, facts))
        if not s.clauses:
            clauses = []
        clauses = [c for c in clauses if not _says_nothing(c)]
        docs = [whole]
        if len(clauses) > 1:
            docs += [_doc(c, markers(c, _facts_in(facts, c))) for c in clauses]
        n = len(self.intents)
        if not tokens:
            return np.zeros(n), {"facts": facts, "docs": docs, "X": None, "best": [], "none": 1.0}
        X = [self._vectorise(d) for d in docs]
        z = np.array([vals @ self._rows(idx) for idx, vals in X]) + self._bias
        p = 1.0 / (1.0 + np.exp(-z))
        none = float(p[0, self._none]) if self._none is not None else 0.0
        p = p[:, :n]
        best = np.zeros(n, dtype=int)
        probs = p[0].copy()
        if len(docs) > 1:
            clause_p = p[1:] * s.clause_weight
            if s.goodbye_last and self._goodbye is not None:
                clause_p[:-1, self._goodbye] = 0.0
            arg = clause_p.argmax(axis=0)
            top = clause_p[arg, np.arange(n)]
            better = (top > probs) & (probs >= s.clause_gate)
            probs = np.where(better, top, probs)
            best = np.where(better, arg + 1, 0)
            if s.goodbye_cap and self._goodbye is not None:
                g = self._goodbye
                probs[g] = min(probs[g], float(p[-1, g]))
        # the model's own readings, before the neighbours: what the answer floor asks of
        # a line (`recognise`), so that neighbours found through one stray word ("x" in
        # "[bold]x[/]" meets "4 x 500") never make a reading out of nothing (the mix below
        # makes new arrays, so this one stays as it is)
        own = probs
        if self._knn:
            # The labels of the library lines most like this one, mixed into the whole
            # line's readings: they settle close calls between moves the words alone leave
            # open, and pull a known phrasing towards its label.
            share = self._neighbours(*X[0])
            if share is not None:
                w = s.knn_weight
                probs = (1.0 - w) * probs + w * share[:n]
                if s.knn_keep_firm is not None:
                    probs = np.where(own >= s.knn_keep_firm, own, probs)
                if self._none is not None:
                    none = (1.0 - w) * none + w * share[self._none]
        return probs, {
            "facts": facts,
            "docs": docs,
            "X": X,
            "best": best,
            "cleaned": cleaned,
            "none": none,
            "own": own,
            "per_doc": p,
            "segments": self._segment_scores(tokens, cleaned, len(docs) > 1),
        }

    def _neighbours(self, idx: np.ndarray, vals: np.ndarray) -> np.ndarray | None:
        """The labels of the line's nearest library lines (one share per label, summing to
        1 over the lines), or None when it shares no feature with any.

        Cosine similarity through the inverted index: only the postings of the line's own
        features are read, so the cost grows with the line, not with the library."""
        ptr = self._knn_ptr
        keep = idx < len(ptr) - 1
        idx, vals = idx[keep], vals[keep]
        starts = ptr[idx]
        lengths = ptr[idx + 1] - starts
        total = int(lengths.sum())
        if total == 0:
            return None
        # the positions of every posting of these features, in one array: each feature's
        # start, shifted by where its run begins in the concatenation, plus a running count
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        weights = self.data.knn_vals[offsets] * np.repeat(vals, lengths)
        sims = np.bincount(
            self.data.knn_rows[offsets], weights=weights, minlength=len(self._knn_labels)
        )
        k = min(self.settings.knn_k, len(sims))
        top = np.argpartition(-sims, k - 1)[:k]
        w = np.maximum(sims[top], 0.0) ** self.settings.knn_power
        if w.sum() <= 0:
            return None
        return np.asarray((w @ self._knn_labels[top]) / w.sum())

    def _segment_scores(self, tokens: list[Token], cleaned: str, clauses: bool) -> np.ndarray:
        """Probabilities of the comma-separated parts of a line (one row each; empty when
        the commas split nothing the clauses did not). Clause scoring does not cut at commas
        (German puts one before every subordinate clause), but "Ich rufe wegen der Rechnung
        an, warum haben Sie nicht bezahlt?" carries an opener and a reproach side by side."""
        n = len(self.intents)
        if not self.settings.conventions or len(tokens) < 2:
            return np.zeros((0, n))
        parts: list[list[Token]] = [[tokens[0]]]
        for i, (prev, t) in enumerate(itertools.pairwise(tokens), start=1):
            if t.clause != prev.clause or "," in cleaned[prev.end : t.start]:
                parts.append([t])
            elif t.norm in _BUT_WORDS and len(parts[-1]) >= 3 and _clause_left(tokens, i) >= 3:
                # Speech-to-text writes no comma before "aber"/"but": "Tut mir leid das ich
                # störe aber wenn Sie einfach pünktlich zahlen würden müsste ich garnicht
                # anrufen" was empathy alone, with the comma a reproach 0.90 (V217 03). A
                # "but" between two stretches of three words or more is read where the comma
                # would stand ("Das ging aber schnell" keeps its particle).
                parts.append([t])
            else:
                parts[-1].append(t)
        # A single word after a comma is a tag on the part before it, not a part of its own
        # (", ehrlich.", ", gell?", ", honestly": "ehrlich" alone read as blame 0.82 and took
        # the opener from "…, die ist noch offen, aber das ist wirklich gar kein Stress,
        # ehrlich." — forty-second audit).
        whole: list[list[Token]] = []
        for part in parts:
            if len(part) == 1 and whole and part[0].clause == whole[-1][-1].clause:
                whole[-1].extend(part)
            else:
                whole.append(part)
        if len(whole) < 2 or (clauses and len(whole) == len({t.clause for t in tokens})):
            return np.zeros((0, n))
        # A single word that opens its clause before a comma ("Na, das kann ja jedem mal
        # passieren", "Oh, echt? Na, …") is an interjection, not a part: "Na" alone read as
        # blame 0.9 and turned the comfort into a reproach; joined to the next part instead,
        # "Oh don't fret" did the same (sixteenth session).
        parts = [
            p
            for i, p in enumerate(whole)
            if not (
                len(p) == 1
                and (i == 0 or whole[i - 1][-1].clause != p[0].clause)
                and i + 1 < len(whole)
                and whole[i + 1][0].clause == p[0].clause
            )
            and not _says_nothing(p)
        ]
        if not parts:
            # every part an interjection or saying nothing ("ja. ja, okay."): no part reads
            # apart from the line (it crashed the recogniser until the thirty-fifth session)
            return np.zeros((0, n))
        X = [self._vectorise(_doc(part, "")) for part in parts]
        z = np.array([vals @ self._rows(idx) for idx, vals in X]) + self._bias
        return (1.0 / (1.0 + np.exp(-z)))[:, :n]

    def recognise(
        self, text: str, context: Context | None = None, *, call_date: date | None = None
    ) -> Recognition:
        """Intents (most confident first, with evidence) and facts of one learner line.

        `call_date` resolves relative dates when no context is given (classify, eval:
        the words alone, without the context rules).
        """
        if not isinstance(text, str):
            text = str(text)
        dropped = dropped_thought_end(text, self.language) if len(text) <= 2000 else None
        if dropped is not None:
            return self._without_dropped_offers(text, dropped, context, call_date)
        return self._recognise(text, context, call_date)

    def _recognise(self, text: str, context: Context | None, call_date: date | None) -> Recognition:
        s = self.settings
        today = context.call_date if context and context.call_date else call_date
        probs, parts = self.scores(text, today)
        facts = parts["facts"]
        if s.conventions:
            probs = self._conventions(probs, parts)
        order = np.argsort(-probs, kind="stable")
        chosen: list[int] = []
        if len(order) and parts["X"] is not None and self._known_words(parts) >= s.min_known_words:
            first = order[0]
            # With a 'no intent' label the best intent is the answer unless 'no intent' is
            # the likelier reading and the intent is weak: an unusual on-topic line gets its
            # best reading with its (low) confidence, small talk and gibberish get none.
            if self._none is not None:
                keep = (
                    probs[first] >= s.top_threshold
                    or probs[first] > parts["none"]
                    or (
                        parts["none"] < s.abstain_at
                        and min(probs[first], parts["own"][first]) >= s.answer_floor
                    )
                )
            else:
                keep = probs[first] >= s.top_threshold
            if parts.get("demand_without_day") and probs[first] < TENTATIVE:
                keep = False
            if keep:
                chosen = [first] + [k for k in order[1:] if probs[k] >= self._further]
        hits: list[IntentHit] = []
        for k in chosen:
            doc_i = int(parts["best"][k])
            evidence = self._evidence(k, parts["docs"][doc_i], parts["X"], doc_i, parts["cleaned"])
            hits.append(IntentHit(self.intents[k], float(round(probs[k], 4)), evidence))
        result = apply_context(
            Recognition(clean(text) if len(text) > 2000 else text, tuple(hits), tuple(facts)),
            context,
        )
        kept_facts = tuple(unhedged(parts.get("cleaned") or text, result.facts))
        if len(kept_facts) != len(result.facts):
            result = replace(result, facts=kept_facts)
        if not PAYMENT_INTENTS.intersection(result.names):
            # "Ich schicke Ihnen heute noch die Mail": heute/morgen/nächste Woche name a
            # day only in a line about paying; elsewhere they are no payment date.
            kept = tuple(f for f in result.facts if not is_vague_day(f))
            if len(kept) != len(result.facts):
                result = replace(result, facts=kept)
        return result

    def _without_dropped_offers(
        self, text: str, end: int, context: Context | None, call_date: date | None
    ) -> Recognition:
        """The line read whole, less the offers only the thought it dropped made: "I could
        come back and – actually, sorry, no, never mind." offers nothing (V264 12 was
        credited a compromise). What else it said stays said (a reproach taken back with
        "vergessen Sie's" was still heard)."""
        whole = self._recognise(text, context, call_date)
        rest = self._recognise(text[end:], context, call_date)
        kept = rest.names
        hits = tuple(h for h in whole.intents if h.intent not in _OFFERS or h.intent in kept)
        return replace(whole, intents=hits, facts=rest.facts)

    def _conventions(self, probs: np.ndarray, parts: dict) -> np.ndarray:
        """Labelling conventions of GUIDE.md §5 / eval/README.md that a linear model can't
        learn: the rules of `CONVENTIONS`, in order, each adjusting the scores it is for."""
        probs = probs.copy()
        line = _Line(
            idx={name: k for k, name in enumerate(self.intents)},
            parts=parts,
            threshold=self._further,
            top_threshold=self.settings.top_threshold,
            patterns=self._patterns,
        )
        for rule in CONVENTIONS:
            rule(probs, line)
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
        n_char = len(self._char)
        values = dict(zip(x[0].tolist(), x[1].tolist(), strict=False))
        # Only the line's own features are looked up (every use below checks `in values`).
        features = list(values)
        widened = self._coef[features, k].astype(np.float64).tolist()
        coef = dict(zip(features, widened, strict=True))
        out = []
        words = [t.norm for t in doc.tokens]
        for i, w in enumerate(words):
            total = 0.0
            padded = f" {w} "
            grams = {padded[j : j + n] for n in range(2, 6) for j in range(len(padded) - n + 1)}
            for g in grams:
                idx = self._char.index.get(g)
                if idx is not None and idx in values:
                    total += coef[idx] * values[idx] / max(1, doc.text.count(g.strip()) or 1)
            idx = self._word.index.get(w)
            if idx is not None and n_char + idx in values:
                total += coef[n_char + idx] * values[n_char + idx]
            for j in (i - 1, i + 1):
                if 0 <= j < len(words):
                    bigram = f"{words[min(i, j)]} {words[max(i, j)]}"
                    idx = self._word.index.get(bigram)
                    if idx is not None and n_char + idx in values:
                        total += 0.5 * coef[n_char + idx] * values[n_char + idx]
            out.append(total)
        return out


# -- labelling conventions -------------------------------------------------------------------
#: Intents whose terms a read-back of the agreement repeats (and so does not propose anew).
_TERMS = ("fix_payment_date", "propose_instalments", "request_down_payment", "offer_compromise")


@dataclass(frozen=True)
class _Line:
    """What the convention rules read about one line, besides the scores they adjust."""

    idx: dict[str, int]  # intent name -> column
    parts: dict
    threshold: float
    top_threshold: float
    patterns: Sequence[list[re.Pattern[str]]]  # the library's patterns per intent column

    @property
    def weak(self) -> float:
        """The score a reading is pushed down to: below any threshold."""
        return self.threshold * 0.5

    @property
    def text(self) -> str:
        """The whole line, normalised ("" without one)."""
        docs = self.parts.get("docs")
        return docs[0].text if docs else ""

    def columns(self, *names: str) -> list[int] | None:
        """The columns of these intents, or None if the model lacks one of them."""
        found = [self.idx.get(n) for n in names]
        return None if any(k is None for k in found) else [k for k in found if k is not None]

    def dates(self) -> list[Fact]:
        return [x for x in self.parts.get("facts", []) if x.kind == "date"]

    def pattern_matches(self, k: int) -> bool:
        """One of intent column k's library patterns matches the line."""
        return any(rx.search(self.text) for rx in self.patterns[k])


def _threat_or_legal_route(probs: np.ndarray, line: _Line) -> None:
    """ "Dann geht das an den Anwalt": a threat and a calm announcement of the legal route
    exclude each other; the stronger reading wins (context may still turn one into the
    other)."""
    cols = line.columns("threaten_legal", "announce_legal_route")
    if cols is None:
        return
    t, a = cols
    loser = a if probs[t] >= probs[a] else t
    probs[loser] = min(probs[loser], line.weak)


def _dates_inside_a_plan(probs: np.ndarray, line: _Line) -> None:
    """ "Zwei Hälften: eine Ende Januar, die andere Ende Februar": several dates inside an
    instalment plan are the plan's own terms, not a separate payment date (a date for a
    down payment in the same line still is, hence the down-payment check)."""
    cols = line.columns("propose_instalments", "fix_payment_date", "request_down_payment")
    if cols is None:
        return
    i, f, d = cols
    th = line.threshold
    if len(line.dates()) >= 2 and probs[i] >= th and probs[d] < th and probs[f] < probs[i] + 0.2:
        probs[f] = min(probs[f], line.weak)


def _split_with_dates(probs: np.ndarray, line: _Line) -> None:
    """ "die Hälfte am 15. März und den Rest am 15. April": a split of the sum with a date
    for each part is an instalment plan, whichever reading scored higher (unless it is
    worded as a read-back of the agreement)."""
    cols = line.columns("propose_instalments", "fix_payment_date", "request_down_payment")
    if cols is None:
        return
    i, f, d = cols
    s = line.idx.get("summarise_agreement")
    if (
        len(line.dates()) < 2
        or probs[d] >= line.threshold
        or not _SPLIT.search(line.text)
        or (s is not None and line.pattern_matches(s))
    ):
        return
    lead = max(probs[i], probs[f], probs[s] if s is not None else 0.0)
    if lead >= line.top_threshold:
        probs[i] = max(probs[i], lead)
        probs[f] = min(probs[f], line.weak)
        if s is not None:
            probs[s] = min(probs[s], line.weak)


def _reproachful_reason_question(probs: np.ndarray, line: _Line) -> None:
    """ "Warum haben Sie immer noch nicht bezahlt?": asking the reason means asking
    "neutrally, without blame" (GUIDE.md §5); when the line's blame reading is the
    stronger one, the question is part of the reproach."""
    cols = line.columns("accusatory_opener", "ask_reason")
    if cols is None:
        return
    b, r = cols
    if probs[b] >= line.threshold and probs[b] >= probs[r]:
        probs[r] = min(probs[r], line.weak)


def _blame_excludes(
    other: str, name: str, *, part_bar: float
) -> Callable[[np.ndarray, _Line], None]:
    """A rule: blame and `other` exclude each other — no labelled line carries both.

    The neutral opener names the invoice "without blame" and a reproach "with a polite
    veneer" is blame alone (GUIDE.md §5, eval/README), so "Ihre Rechnung ist seit drei Wochen
    fällig" is no reproach beside the opener, nor "I hear you, you're not the only one" beside
    the empathy. The stronger reading wins, and blame also wins where a part of the line (a
    clause, or a stretch between commas) is blame and not the other ("Ich rufe wegen der
    Rechnung an, warum haben Sie nicht bezahlt?", "I understand, but why haven't you paid?":
    the other reading is the surer one of the whole line, the reproach stands on its own)."""

    def rule(probs: np.ndarray, line: _Line) -> None:
        cols = line.columns(other, "accusatory_opener")
        per_doc = line.parts.get("per_doc")
        if cols is None or per_doc is None:
            return
        o, b = cols
        if probs[o] < line.threshold or probs[b] < line.threshold:
            return
        rows = [*per_doc, *line.parts.get("segments", ())]
        bar = max(part_bar, line.top_threshold)
        # A part that reads more as comfort than as reproach is not plainly one ("…, aber das
        # ist wirklich gar kein Stress": blame 0.52 beside empathy 0.99 took the opener from
        # the line — forty-second audit).
        e = line.idx.get("empathise")
        clear = any(
            row[b] >= bar and row[o] < line.top_threshold and (e is None or row[e] <= row[b])
            for row in rows
        )
        if probs[b] >= probs[o] or clear:
            probs[o] = min(probs[o], line.weak)
        else:
            probs[b] = min(probs[b], line.weak)

    rule.__name__ = name
    return rule


def _blame_in_a_part(probs: np.ndarray, line: _Line) -> None:
    """A stretch between commas that is plainly a reproach makes the line one, however
    neutral the rest ("…, im ringing about invoice gec 5521 thats still open, this is the
    second time ive had to chase you lot for it to be honest": twenty-sixth audit, the
    neutral opener alone; the last part alone is blame 0.97). `_opener_or_blame` then
    decides between the two."""
    cols = line.columns("accusatory_opener")
    segments = line.parts.get("segments")
    if cols is None or segments is None or not len(segments):
        return
    if not _REPROACH_WORDS.search(line.parts.get("cleaned", "")):
        return
    b = cols[0]
    best = float(max(row[b] for row in segments))
    if probs[b] < line.threshold and best >= BLAME_PART:
        probs[b] = best


#: How plainly a part must be a reproach for `_blame_in_a_part`.
BLAME_PART = 0.9

#: ... and the line must use words of reproach besides (anywhere in it). A short part alone
#: often reads as blame ≥ 0.9 with no reproach in it, and every retraining moved another one
#: across the bar: "…, that's still not paid." (0.91, fiftieth audit), "You don't need to
#: pay." (0.90), "…, honestly I do, …" (0.90) each made a friendly line a reproach in the
#: twenty-seventh session. On the real folds the bar alone changed no English top-1 and broke
#: two German lines, neither with such a word (twenty-eighth session). The line the rule was
#: written for says "the second time ive had to chase you lot"; a pinned audit line dismisses
#: the customer's reason: "Right, but it was due weeks ago". "immer noch" (still) is no
#: "immer" (always): with that, a separate still-unpaid guard changed no library line and went
#: (twenty-ninth session).
_REPROACH_WORDS = lazyre.compile(
    r"\b(?:again|(?:second|third|fourth|fifth|umpteenth|nth|\d+(?:st|nd|rd|th))\s+time"
    r"|how\s+many\s+times|every\s+time|chas(?:e|ed|es|ing)|you\s+keep|kept|always|never"
    r"|ignor\w*|excuses?|reminders?|ridiculous|unacceptable|enough|fed\s+up|sick\s+of"
    r"|tired\s+of|you\s+lot|you\s+people|seriously"
    r"|schon\s+wieder|mal\s+wieder|immer\s+wieder|jedes\s+mal|ständig|dauernd|andauernd"
    r"|zum\s+(?:\w+ten|x-ten)\s+mal|mahnung\w*|ausreden?|ignorier\w*|unmöglich"
    r"|unverschämt|reicht|satt|nie|niemals|immer(?!\s+noch))\b"
    # "but it was due weeks ago" answering the customer's reason (forty-fourth audit)
    r"|\bbut\b[^.!?]{0,30}\b(?:due|overdue|late)\b|\baber\b[^.!?]{0,30}(?:fällig|überfällig)",
    re.I,
)

_opener_or_blame = _blame_excludes("neutral_opener_open_invoice", "_opener_or_blame", part_bar=0.5)
# Beside empathy a part of the line must be plainly a reproach ("Tut mir leid, …, aber das
# dauert bei Ihnen immer ewig": 0.95): "…, you're not the only one by a long shot" reads a
# little as one on its own (0.72) and comforts in its line (4th outside audit).
_empathy_or_blame = _blame_excludes("empathise", "_empathy_or_blame", part_bar=0.9)


@dataclass(frozen=True)
class _SummaryReading:
    """How a line that may be a summary ends and whether its wording reads back."""

    column: int  # summarise_agreement
    terms: list[int]  # the columns of the terms a read-back repeats
    recap: bool  # read-back wording, or a confirm tag on what already reads as a summary
    asked: bool  # ends in a question that is not a confirm tag


def _summary_reading(probs: np.ndarray, line: _Line) -> _SummaryReading | None:
    """The summary rules' view of a line, None when the summary reading is not in play."""
    s = line.idx.get("summarise_agreement")
    lowest = min(line.threshold, line.top_threshold)
    if s is None or not line.parts.get("docs") or probs[s] < lowest:
        return None
    tail = line.parts.get("cleaned", "").rstrip()
    words = line.text.split()
    question = tail.endswith("?") and words[-1:] != []
    # "..., right?" / "..., richtig?" asks to confirm a read-back: still a summary.
    asked = question and words[-1] not in _CONFIRM_TAGS
    # "Great, so when is the next payment run" (twenty-second audit, summarise 0.99): the
    # lead-in of a read-back, then a question of when or how, asks, with or without its "?"
    # (speech-to-text); it reads nothing back.
    lead_in_question = bool(_QUESTION_AFTER_LEAD_IN.match(line.text))
    proposed = _PROPOSED.search(line.text) is not None
    asked = asked or lead_in_question or proposed
    # "..., richtig?" closing terms the model already reads as a summary is read-back
    # wording too, however the terms themselves are put; "– richtig so?" / "stimmt so?":
    # the tag with a trailing "so".
    confirm = (question and words[-1] in _CONFIRM_TAGS) or (
        tail.endswith("?")
        and words[-2:-1] != []
        and words[-1] == "so"
        and words[-2] in _CONFIRM_TAGS
    )
    recap = (line.pattern_matches(s) and not lead_in_question and not proposed) or (
        confirm and probs[s] >= line.threshold
    )
    terms = [line.idx[n] for n in _TERMS if n in line.idx]
    return _SummaryReading(s, terms, recap, asked)


def _terms_put_as_a_question(probs: np.ndarray, line: _Line) -> None:
    """ "200 now and the rest by the 20th?": terms put as a question, with no read-back
    wording, are a proposal, not a summary of agreed terms."""
    reading = _summary_reading(probs, line)
    if reading is None or reading.recap or not reading.asked:
        return
    if max(probs[k] for k in reading.terms) >= line.threshold:
        probs[reading.column] = min(probs[reading.column], line.weak)


def _read_back_terms(probs: np.ndarray, line: _Line) -> None:
    """ "Also, dann halten wir fest: ...": a line that reads back agreed terms is a summary
    only; the terms in it are not new proposals."""
    reading = _summary_reading(probs, line)
    if reading is None or not reading.recap:
        return
    s = reading.column
    strongest = max([probs[s], *(probs[k] for k in reading.terms)])
    if probs[s] >= 0.5 * strongest:
        probs[s] = strongest
        for k in reading.terms:
            probs[k] = min(probs[k], line.weak)
        # Nor does it open the call: "Also nochmal zusammengefasst: 2.380 Euro für die Rechnung
        # 2026-117 bis zum 11. Dezember." was the neutral opener 0.89 beside the summary, and the
        # customer began again as if the call had just started (fifty-eighth audit).
        o = line.idx.get("neutral_opener_open_invoice")
        if o is not None and probs[o] <= probs[s]:
            probs[o] = min(probs[o], line.weak)


def _named_price_reduction(probs: np.ndarray, line: _Line) -> None:
    """ "OK, I'll take 300 pounds off the invoice if you pay the rest by the 11th": a
    reduction with its size is a compromise offered, however surely the date beside it is
    read (sixth outside audit: a date only, 0.37 for the compromise, which went unheard)."""
    cols = line.columns("offer_compromise")
    if cols is None:
        return
    sized = any(f.kind in ("amount", "percent") for f in line.parts.get("facts", []))
    # Matched on the cleaned line (not the normalised one: digits and symbols must survive).
    if sized and REDUCTION.search(line.parts.get("cleaned", "")):
        probs[cols[0]] = max(probs[cols[0]], line.threshold)


#: Rework offered free of charge: "I'll come back and re-fix all three for free", "wir
#: bessern das kostenlos nach", "put it right at no cost", "mein Geselle macht das fertig, ohne
#: Mehrkosten", "I'll send someone round to finish it off, no charge".
_REWORK = (
    r"(?:re-?fix\w*|fix\w*|repair\w*|redo|re-do|rework|finish\w*|complete\w*"
    r"|put\s+(?:it|them|that)\s+right|sort\s+(?:it|them|that)\s+out|nachbesser\w*|reparier\w*"
    r"|ausbesser\w*|richte\w*|fertig\s*(?:mach|stell|streich|bring)\w*"
    r"|mach\w*\s+(?:\w+\s+){0,3}(?:no\s+|noch\s+)?fertig|erledig\w*|zu\s+ende\s+bring\w*"
    r"|in\s+ordnung\s+bring\w*)"
)
_FREE = (
    r"(?:for\s+free|free\s+of\s+charge|at\s+no\s+(?:extra\s+)?(?:cost|charge)"
    r"|no\s+(?:extra\s+)?(?:charge|cost)|on\s+the\s+house|on\s+us|at\s+our\s+(?:cost|expense)"
    r"|won'?t\s+cost\s+you\s+(?:a\s+(?:penny|cent|thing|dime)|anything|extra)"
    r"|kostenlos|umsonst|gratis|ohne\s+(?:aufpreis|(?:mehr|zusatz|extra)?kosten|berechnung)"
    r"|kost\w*'?\s+(?:sie\s+|dich\s+|ihnen\s+|eana\s+)?(?:nix|nichts|keinen\s+cent)"
    r"|auf\s+unsere\s+kosten|geht\s+auf\s+uns|auf\s+meine\s+kappe)"
)
_FREE_REWORK = lazyre.compile(
    rf"\b{_REWORK}\b.{{0,80}}?\b{_FREE}(?!\w)|\b{_FREE}(?!\w).{{0,40}}?\b{_REWORK}\b",
    re.IGNORECASE,
)


def _free_rework(probs: np.ndarray, line: _Line) -> None:
    """ "I'll come back and re-fix all three for free on Friday morning, and once they're
    solid you pay the £180 by the Friday after": a compromise with its date, read in the
    handyman's model as the date alone (0.92), and Rachel refused a payment demand (thirty-
    first audit: "neither facts nor a compromise", 50). Free rework is the compromise (GUIDE
    §3: rework, Nachbesserung); it is heard at least as surely as the payment terms with it,
    and the trainer's order decides between them. Naming no legal step, it threatens
    nothing: "Mein Geselle kommt am Montag … und macht das fertig, ohne Mehrkosten." was a
    threat 0.42 ("fertig machen", "jemanden vorbeischicken" are also a thug's words), the
    debrief said "Mit rechtlichen Schritten gedroht" and a good call failed (sixty-second
    audit). Of the library's threats, none offers free work (two say a SCHUFA entry comes
    "gratis dazu", and name it)."""
    cols = line.columns("offer_compromise", "fix_payment_date", "request_down_payment")
    cleaned = line.parts.get("cleaned", "")
    if cols is None or not _FREE_REWORK.search(cleaned):
        return
    comp, date_col, down = cols
    probs[comp] = max(probs[comp], probs[date_col], probs[down], line.threshold)
    threat = line.columns("threaten_legal")
    if threat is not None and not names_legal_step(cleaned):
        probs[threat[0]] = min(probs[threat[0]], line.weak)
    # The day of the rework is no day for paying when the line names no paying ("am Montag,
    # den 7. Dezember … macht das fertig, ohne Mehrkosten" was a payment date 0.90 too, and the
    # customer answered "bis zum 07.12.2026 ist das Geld bei Ihnen"; sixty-second audit).
    facts = line.parts.get("facts", [])
    if not _PAYING.search(line.text) and not any(f.kind == "amount" for f in facts):
        probs[date_col] = min(probs[date_col], line.weak)
        probs[down] = min(probs[down], line.weak)


def _rest_waived(probs: np.ndarray, line: _Line) -> None:
    """ "Sie zahlen einfach die Hälfte, 1.785 Euro, und den Rest vergessen wir": paying part
    and letting the rest go is a price reduction — a compromise — not a down payment or a
    plan (thirtieth audit: a down payment 0.88, and the customer agreed the whole sum in two
    halves)."""
    cols = line.columns("offer_compromise", "request_down_payment", "propose_instalments")
    if cols is None or not REST_WAIVED.search(line.parts.get("cleaned", "")):
        return
    comp, down, plan = cols
    probs[comp] = max(probs[comp], probs[down], probs[plan], line.threshold)
    probs[down] = min(probs[down], line.weak)
    probs[plan] = min(probs[plan], line.weak)


#: Number words from two up, from the lexicon ("eine Ratenzahlung" names no count).
_COUNT_WORDS = "|".join(
    sorted((w for w, n in merged("count_words").items() if n >= 2), key=lambda w: -len(w))
)
#: Terms of an instalment plan beyond the facts: how many, how often, which parts.
_PLAN_TERMS = lazyre.compile(
    r"\b(?:\w*monat\w*|\w*woche\w*|w(?:ö|o|oe)chentlich|\w*quartal\w*|\w*jahr\w*|month\w*|week\w*"
    r"|fortnight\w*|quarter\w*|year\w*|h[äa]lfte\w*|half|halves|rest\w*|remainder|je|each"
    rf"|{_COUNT_WORDS}|couple|\w+(?:zig|ßig|ssig|hundert|tausend)"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|grand|quid|bucks)\b",
    re.I,
)


def _instalments_without_terms(probs: np.ndarray, line: _Line) -> None:
    """ "Wir können Ihnen gerne eine Ratenzahlung anbieten": instalments named without any
    term (no number, amount, period or date) announce a proposal: offer_solution
    (eval/README: "offer_solution announces a proposal without concrete terms; concrete
    terms are propose_instalments")."""
    cols = line.columns("propose_instalments", "offer_solution")
    if cols is None:
        return
    inst, offer = cols
    if probs[inst] < line.threshold:
        return
    if any(
        x.kind in ("amount", "count", "percent", "fraction", "date", "week")
        for x in line.parts.get("facts", [])
    ):
        return
    if _PLAN_TERMS.search(line.parts.get("cleaned", "")):
        return
    probs[offer] = max(probs[offer], probs[inst])
    probs[inst] = min(probs[inst], line.weak)


#: An indirect question ("ich wollte nachfragen, ob ...", "I was wondering whether ..."):
#: matched on the normalised text (lowercase, umlauts folded).
_INDIRECT_QUESTION = lazyre.compile(
    r"\b(?:frag\w*|nachfrag\w*|erkundig\w*|wissen|ask\w*|check\w*|wonder\w*|know)\b"
    r"(?:\s+\S+){0,6}?\s+(?:ob|whether|if)\b"
)


def _a_question_is_no_opener(probs: np.ndarray, line: _Line) -> None:
    """ "Ich wollte nur kurz nachfragen, ob Sie meine Rechnung vom 14. März erhalten haben.",
    "Konnten Sie die erste Rate schon überweisen – oder ist noch etwas offen?": the opener
    names the invoice "without blame, demand, question or proposal"; asked, it is the reason
    question ("including 'did the invoice arrive at all?'", eval/README). Only where the part
    of the line that reads most as the opener is the question: a statement beside it ("Ich
    rufe wegen der Rechnung an. Ist sie angekommen?") keeps both."""
    cols = line.columns("neutral_opener_open_invoice", "ask_reason")
    per_doc = line.parts.get("per_doc")
    docs = line.parts.get("docs") or []
    if cols is None or per_doc is None or not docs:
        return
    o, r = cols
    if probs[o] <= probs[r] or probs[r] < line.threshold:
        return
    k = int(np.argmax(per_doc[1:, o])) + 1 if len(docs) > 1 else 0
    doc = docs[k]
    asked = QUESTION_MARKER in doc.markers.split() or _INDIRECT_QUESTION.search(doc.text)
    if asked and per_doc[k, r] >= line.weak:
        probs[o] = min(probs[o], line.weak)


def _asking_for_proof_is_no_rebuttal(probs: np.ndarray, line: _Line) -> None:
    """ "Haben Sie Fotos gemacht?" (clarify 0.99, rebuttal 0.57) asks about the complaint; it
    does not contradict it (eval/README: asking for photos is clarify_objection; fifty-second
    audit: the question failed handle_objection as arguing against a fair complaint). Only a
    question read plainly as the one: a rebuttal put as a question ("Haben Sie nicht selbst
    das Protokoll unterschrieben?") reads as the rebuttal."""
    cols = line.columns("clarify_objection", "rebut_unjustified_objection")
    if cols is None:
        return
    c, r = cols
    if probs[c] < ASKED_FIRMLY or probs[r] >= probs[c]:
        return
    # Every sentence of substance asked ("Oh je. Was genau is'n in Raum 3 net in Ordnung? Hen
    # Sie do Fotos gmacht?"); a statement beside the question may be the rebuttal.
    said = [x for x in sentences(line.parts.get("cleaned", "")) if len(x.split()) > 2]
    if said and all(x.rstrip().endswith("?") for x in said):
        probs[r] = min(probs[r], line.weak)


#: How plainly a question must read as clarify_objection for `_asking_for_proof_is_no_rebuttal`.
ASKED_FIRMLY = 0.9


#: A benign explanation offered ("vielleicht ... übersehen", "I'm sure it just slipped").
_BENEFIT_OF_DOUBT = lazyre.compile(
    r"\b(?:vielleicht|moeglicherweise|möglicherweise|gewiss|sicher(?:lich)?|bestimmt|wohl"
    r"|perhaps|maybe|probably|surely|sure|possibly|may|might)\b.{0,80}?"
    r"\b(?:uebersehen|übersehen|untergegangen|vergessen|entgangen|verlegt|verloren|verrutscht"
    r"|overlook\w*|slipped|missed|forg[oe]t\w*|mislaid|misplaced|lost)\b"
)


#: A question without its mark (speech-to-text): a line opening with a finite verb or a
#: question word, after fillers ("ist da vielleicht was untergegangen bei ihnen", "did it
#: maybe slip"); "Vielleicht haben Sie ..." puts the verb second: a statement.
_ASKED_WITHOUT_MARK = lazyre.compile(
    r"(?:(?:also|aehm|ähm|äh|aeh|und|ja|na|so|and|um|uh|er|oh|ok|okay|gut|hm|hmm)\W+)*"
    r"(?:ist|sind|war|waren|hat|haben|hast|habt|hatten|kann|koennen|können"
    r"|konnten|koennten|könnten|wurde|wurden|waere|wäre|gibt|gab|darf|duerfte|dürfte|wuerde"
    r"|würde|haette|hätte|sollte|warum|wieso|weshalb|was|wie|wo|wann|ob|is|were|did|do"
    r"|does|has|have|had|could|can|would|will|why|what|how|where|when|whether|if)\b"
)


def _benefit_of_the_doubt(probs: np.ndarray, line: _Line) -> None:
    """ "Vielleicht haben Sie unsere Rechnung versehentlich übersehen.": said, a benign
    explanation is understanding (empathise); asked ("Vielleicht haben Sie die Rechnung
    übersehen?") it is the reason question. Three outside labellers of real reminder lines
    (sets 7, 9, 10) keep exactly this line, five statements and three questions."""
    cols = line.columns("ask_reason", "empathise")
    if cols is None:
        return
    r, e = cols
    if probs[r] < line.threshold or "?" in line.parts.get("cleaned", ""):
        return
    if _BENEFIT_OF_DOUBT.search(line.text) and not _ASKED_WITHOUT_MARK.match(line.text):
        probs[e] = max(probs[e], probs[r])
        probs[r] = min(probs[r], line.weak)


def _no_day_named(probs: np.ndarray, line: _Line) -> None:
    """ "Wir bitten Sie, den offenen Betrag umgehend zu begleichen": a line that names no day
    and asks for none is no date request (GUIDE §5: "asks for or proposes a *concrete*
    payment date"; two outside labellers of real reminder lines agree). The customer still
    answers such a demand (`simulation.terms.demands_payment`)."""
    cols = line.columns("fix_payment_date")
    if cols is None:
        return
    cleaned = line.parts.get("cleaned", "")
    if any(x.kind in ("date", "week") for x in line.parts.get("facts", [])):
        return
    if TIME_WORDS.search(cleaned):
        return
    probs[cols[0]] = 0.0
    # A demand to pay is not "an unusual on-topic line" whose weak best reading should
    # stand in (issue 10, point 3): what else it scores below TENTATIVE are guesses.
    if DEMAND.search(cleaned):
        line.parts["demand_without_day"] = True


#: The span up to now told as a status: "bis dato", "bis zum heutigen Tag", "bislang", "to
#: date", "so far", "as yet" — with a negation it says nothing came, and names no day ahead.
_UP_TO_NOW = lazyre.compile(
    r"\b(?:bis\s+dato|bis\s+(?:zum\s+)?heutigen\s+tag\w*|bis\s+jetzt|bislang|bisher"
    r"|to\s+date|so\s+far|as\s+(?:yet|of\s+(?:today|now))|up\s+to\s+now|until\s+now)\b",
    re.I,
)


def _deadline_gone_by(probs: np.ndarray, line: _Line) -> None:
    """ "Payment was due by the 15th of November and we still haven't received it", "Bis zum
    heutigen Tag ist bei uns kein Geld angekommen": a day gone by, or the span up to now,
    asks for no day and proposes none (GUIDE §5 fix_payment_date: a concrete payment date;
    the customer had agreed to pay "by 15 November 2027"). A question or a demand to pay
    keeps the reading ("Sie hätten bis zum 15. zahlen sollen — schaffen Sie es bis Freitag?"
    names Friday anyway)."""
    cols = line.columns("fix_payment_date")
    if cols is None:
        return
    facts = line.parts.get("facts", [])
    if any(x.kind in ("date", "week") for x in facts):
        return
    cleaned = line.parts.get("cleaned", "")
    if "?" in cleaned or DEMAND.search(cleaned):
        return
    past = any(told_as_past(cleaned, x) for x in facts)
    status = _UP_TO_NOW.search(cleaned) is not None and NEGATION.search(cleaned) is not None
    if not (past or status):
        return
    probs[cols[0]] = 0.0
    opener = line.columns("ask_reason", "neutral_opener_open_invoice")
    if status and opener is not None:
        # "To date we haven't received anything." was the reason question 0.70: told, not
        # asked, it is the neutral statement that the invoice is open.
        r, o = opener
        probs[o] = max(probs[o], probs[r])
        probs[r] = min(probs[r], line.weak) * 0.5


def _veiled_ultimatum(probs: np.ndarray, line: _Line) -> None:
    """ "If payment is not received by Friday, we will have no choice but to take further
    steps": a deadline with an unnamed consequence is an ultimatum, a threat beside the date
    (eval/README: an ultimatum with a date adds fix_payment_date; thirteenth outside audit:
    read as the date alone, and the debrief praised the opening). Context still makes a
    legal reading late in a failed negotiation the calm announcement.

    Read at least as a move the customer takes as meant (`TENTATIVE`), not only as one the
    line carries: with the neighbours mixed in, "… we will have no choice but to take further
    steps" was the legal route 0.37 and the café owner heard a date alone (thirty-first
    session)."""
    cols = line.columns("threaten_legal", "announce_legal_route")
    if cols is None or not line.dates():
        return
    cleaned = line.parts.get("cleaned", "")
    if CONSEQUENCE.search(cleaned) and CONDITION.search(cleaned):
        t, a = cols
        bar = max(line.threshold, TENTATIVE)
        if max(probs[t], probs[a]) < bar:
            probs[t] = bar


#: Regret that no agreement was found: "Schade, dass wir da nicht zusammenkommen", "That's a
#: shame we can't agree", "Leider finden wir keine Lösung".
_REGRET_NO_DEAL = lazyre.compile(
    r"\b(?:schade|bedauerlich|leider|shame|pity|sorry|unfortunate\w*)\b.{0,60}"
    r"\b(?:nicht|kein\w*|can'?t|cannot|couldn'?t|not|no|won'?t)\b.{0,40}"
    r"\b(?:zusammen\w*|einig\w*|lösung|loesung|agree\w*|deal|solution|meet|work\s+it\s+out"
    r"|sort\s+it|common\s+ground)",
    re.I,
)


def _regret_is_no_legal_step(probs: np.ndarray, line: _Line) -> None:
    """ "Schade, dass wir da nicht zusammenkommen." was the legal route 0.60, and the customer
    answered "Dann sehen wir uns eben vor Gericht" — the call ended on a step nobody named
    (thirty-first audit). Regret at no agreement, with no legal step, consequence or
    hand-over in the line, announces nothing."""
    cols = line.columns("threaten_legal", "announce_legal_route")
    cleaned = line.parts.get("cleaned", "")
    if cols is None or not _REGRET_NO_DEAL.search(cleaned):
        return
    if names_legal_step(cleaned) or CONSEQUENCE.search(cleaned) or HANDS_ON.search(cleaned):
        return
    for k in cols:
        probs[k] = 0.0


#: Words that calm the customer about the step a line rules out ("… don't worry", "we'll sort
#: it out", "keine Sorge", "wir einigen uns schon", "nur wir zwei").
_REASSURANCE = lazyre.compile(
    r"\b(?:don'?t\s+(?:you\s+)?worry|do\s+not\s+worry|no\s+worries|not\s+to\s+worry"
    r"|rest\s+assured|relax|(?:sort|work|figure)\s+(?:it|this|something|things)\s+out"
    r"|find(?:ing)?\s+a\s+way|just\s+you\s+and\s+me|between\s+us|keine\s+(?:sorge|angst)"
    r"|wir\s+einigen\s+uns|wir\s+finden\s+(?:schon\s+|bestimmt\s+)?(?:eine\s+l(?:ö|oe)sung"
    r"|einen\s+weg|was|etwas)|(?:kriegen|bekommen)\s+wir\s+(?:schon\s+)?(?:zusammen\s+)?hin"
    r"|unter\s+uns|nur\s+wir\s+(?:zwei|beide))\b",
    re.I,
)
#: ... and what turns such a line back into pressure: a condition, a "yet", a "but" ("Don't
#: worry, nobody goes to court as long as you pay by Friday.", "Noch kein Anwalt, aber …").
_CONDITIONAL = lazyre.compile(
    r"\b(?:if|unless|otherwise|as\s+long\s+as|provided|but|until|till|yet|or\s+else|wenn|falls"
    r"|sonst|andernfalls|ansonsten|solange|sofern|vorausgesetzt|aber|bis|noch"
    # a step put off, not ruled out: "Ich möchte Ihnen nicht gleich mit dem Anwalt drohen"
    # was empathy 0.82, "Ich will jo net glei mim Anwalt kumme" empathy with "Anwalt" as its
    # evidence (fifty-sixth session: V252 04, V253 03); "not straight to court" (not "rather"
    # or "lieber": "I'd rather sort it out with you" reassures)
    r"|gleich|glei|sofort|direkt|ungern|straight|right\s+away|immediately)\b",
    re.I,
)


#: What keeps a line that names a legal step under a negator a threat: pressure on the
#: customer ("you don't want …", "believe me", "won't hesitate", "don't make me", "not
#: bluffing", "nobody wants a court case, so pay …", "Sie wollen doch nicht …", "glauben Sie
#: mir", "nicht zögern", "zwingen Sie mich nicht", "kein Bluff", "also zahlen Sie …").
_PRESSURE = lazyre.compile(
    r"\b(?:you\s+(?:don'?t|do\s+not|wouldn'?t|would\s+not)\s+(?:want|wanna|like)"
    r"|(?:believe|trust)\s+me|won'?t\s+hesitate|will\s+not\s+hesitate|wouldn'?t\s+hesitate"
    r"|(?:don'?t|do\s+not)\s+(?:make|force|push)\s+me|bluff\w*|kidding|joking|playing\s+games"
    r"|not\s+(?:gentle|soft|nice|kind|patient)|mess\s+(?:around|about)|better|last\s+(?:chance|time)"
    r"|final\s+(?:warning|chance)|(?:so|now)\s+(?:pay|get|settle)|pay\s+up|for\s+now"
    r"|(?:sie\s+wollen|wollen\s+sie|du\s+willst|willst\s+du)\s+(?:doch\s+|es\s+|das\s+|sicher\s+)*"
    r"(?:nicht|kein\w*)|glaub(?:en\s+sie|t|)\s+mir|verlassen\s+sie\s+sich|z(?:ö|oe)ger\w*"
    r"|zwingen\s+sie\s+mich|bringen\s+sie\s+mich\s+nicht|zimperlich|spa(?:ß|ss)|letzte\w*"
    r"|lieber|(?:also|dann|jetzt)\s+(?:zahlen|überweisen|ueberweisen|begleichen)\s+sie"
    r"|vorerst|vorl(?:ä|ae)ufig|(?:nobody|no\s*one|niemand|keiner)\s+(?:really\s+|doch\s+)?"
    r"(?:wants|likes|will|möchte|moechte|mag)|can'?t\s+wait|kaum\s+erwarten|in\s+no\s+time"
    r"|you\s+do\s+reali[sz]e|ist\s+ihnen\s+(?:schon\s+)?klar|advise|warn\w*|rate\s+(?:ihnen|dir)"
    r"|(?:nicht|not)\s+(?:so|like|as\s+if),?\s+(?:dass|that|we)"
    r"|mit\s+mir\s+nicht|not\s+with\s+me|(?:don'?t|do\s+not)\s+think|glauben\s+sie\s+(?:ja\s+)?nicht"
    r"|nicht\s+(?:mal|einmal)|nie\s+wieder|never\s+(?:again|get)|so\s+far|bisher|bislang"
    r"|(?:nicht|not|won'?t\s+be)\s+(?:so|as)\s+\w+|(?:nicht|nix|nichts|no|keine?)\s+(?:anders|andere\w*|other)"
    # the negation is the agreement's or the payment's ("since we couldn't agree, …", "Zahlen
    # Sie nicht, …", "kommt keine Zahlung") or says what the step is not ("keine Drohung")
    r"|(?:\w*n'?t|not|no|nicht|kein\w*|nichts|nothing)\s+(?:\w+\s+){0,3}(?:agree\w*|einig\w*"
    r"|zusammen\w*|l(?:ö|oe)sung|solution|deal|arrangement|vereinbar\w*|verst(?:ä|ae)ndig\w*"
    r"|zahl\w*|pay\w*|(?:ü|ue)berw\w*|gekommen|kommt|passiert|happen\w*|arriv\w*"
    r"|drohung|threat\w*|pers(?:ö|oe)nlich\w*|personal\w*|vorwurf|druck\w*|pressure|bosheit)"
    r"|(?:zahl\w*|pay\w*)\s+(?:sie\s+|you\s+)?(?:nicht|not|n'?t)|getting\s+anywhere"
    r"|(?:kommen|kommt)\s+(?:\w+\s+){0,2}nicht\s+weiter)\b",
    re.I,
)
#: "weder … noch" and "noch nie" negate; their "noch" is no "not yet" (`_CONDITIONAL`).
_NEITHER_NOR = lazyre.compile(r"\bweder\b(.{0,80}?)\bnoch\b", re.I)
_NEVER_YET = lazyre.compile(r"\bnoch\s+(?=nie\b|niemals\b)", re.I)


def _every_legal_word_negated(text: str, *, lenient: bool = True) -> bool:
    """The line names a legal step, and a negator stands near every word that names one
    ("nobody needs to go to court", "Vor Gericht muss das keiner bringen").

    Not `modeldata.mask_negated`, which decides the same for the features: it leaves "ohne"
    alone ("ohne weitere Ankündigung" opens threats) and a "No" heading a stretch (an answer
    to the customer), so "Ohne Anwalt und ohne Gericht, nur wir zwei …", "No lawyers, no
    agencies — just you and me …" and "No one's calling in the bailiffs, no worries …" kept
    their legal words (3 of the 24 reassurances in the tests). `lenient`: count "ohne" and
    "without" as negators too, which only the calming words beside them make safe
    ("ohne weitere Ankündigung" opens threats). `mask_negated`'s stretches would also miss
    "Ein Inkassobüro schalten wir da nicht ein." (its "da" reads as "since") — 5 of 12
    German lines ruled out without calming words, measured."""
    found = False
    # The credit file counts as a legal step here (GUIDE §5 names SCHUFA), though the
    # lexicon's single words cannot carry "credit file" for the features.
    text = _GERMAN_CREDIT_FILE.sub(" kreditakte ", _CREDIT_FILE.sub(" creditfile ", text))
    # Strictly, only a negator in the legal word's own clause counts ("Sollten Sie nicht
    # zahlen, beantragen wir einen Mahnbescheid." negates the payment).
    pieces = _CLAUSE_BREAK.split(text) if not lenient else [text]
    # Either language's negators count (a learner may mix them).
    negators = lexicon("de").negators | lexicon("en").negators
    negators |= {"ohne", "without", "weder"} if lenient else {"weder"}
    for language in ("de", "en"):
        lx = lexicon(language)
        stems = (*lx.legal_stems, "kreditakte" if language == "de" else "creditfile")
        for piece in pieces:
            words = norm_key(piece, language).split()
            for i, w in enumerate(words):
                if any(w.startswith(s) for s in stems):
                    found = True
                    near = words[max(0, i - 8) : i] + words[i + 1 : i + 5]
                    if not negators.intersection(near):
                        return False
    return found


#: The credit file and its keepers: "credit file / report / rating / score / bureau /
#: agency / reference / record / history"; "Auskunftei", "Bonität". Each language's stand-in
#: word is checked in its own pass (German folding reads an English "no" as "noch").
_CREDIT_FILE = lazyre.compile(
    r"\bcredit\s+(?:file|report|rating|score|bureau\w*|agenc\w*|reference\w*|record|history)\b",
    re.I,
)
_GERMAN_CREDIT_FILE = lazyre.compile(r"\bauskunftei\w*|\bbonit(?:ä|ae)t\w*", re.I)
#: Where a clause ends, for the strict check: punctuation, dashes and the conjunctions that
#: start a new clause ("…, and the debt collector gets it", "… und dann übernimmt …").
_CLAUSE_BREAK = lazyre.compile(
    # not a comma before "um … zu": the purpose belongs to the clause it follows ("Ich rufe
    # nicht an, um mit dem Anwalt zu drohen.")
    r",(?!\s*um\b)|[;:.!?()\u2013\u2014]|\s-\s"
    r"|\b(?:and|then|so|because|since|und|dann|also|weil|denn)\b",
    re.I,
)


def _reassurance_rules_out_the_step(probs: np.ndarray, line: _Line) -> None:
    """ "Nobody needs to go to court over this, we'll sort it out." was a threat 0.54: a learner
    calming the customer failed the call's critical no-threat check. A line that rules out
    every legal step it names, with no condition attached, is neither a threat nor the legal
    route: with calming words ("don't worry", "keine Sorge") as the twenty-third session
    wrote it (on the library it touched 7 lines, none labelled legal; twelve fresh
    reassurances and five conditional threats were written before it), and since the
    twenty-fourth session also without them when nothing in the line presses the customer
    (`_PRESSURE`): "We don't need lawyers for this." was a threat 0.91, "Ein Inkassobüro
    schalten wir da nicht ein." 1.00 — 16 of 24 such lines written before the change were
    read as a legal move (benchmarks/README.md, twenty-fourth session). The credit file
    counts as a legal step ("Nothing will go on your credit file, I promise." was 0.96)."""
    cols = line.columns("threaten_legal", "announce_legal_route")
    cleaned = line.parts.get("cleaned", "")
    if cols is None:
        return
    text = _NEVER_YET.sub("", _NEITHER_NOR.sub(r"weder\1", cleaned))
    if _CONDITIONAL.search(text):
        return
    if _REASSURANCE.search(text):
        if not _every_legal_word_negated(_REASSURANCE.sub(" ", text)):
            return
    elif _PRESSURE.search(text) or not _every_legal_word_negated(text, lenient=False):
        return
    # Zero, not `line.weak`: a weak reading (0.2) is still above the answer floor (0.15),
    # and a line with no other reading showed the step it rules out as a tentative threat.
    for k in cols:
        probs[k] = 0.0


#: A dunning letter announced ("sonst müsste ich Ihnen die erste schriftliche Mahnung
#: schicken", "or we'll send a formal reminder"): writing, but no confirmation of anything.
_DUNNING = lazyre.compile(
    r"\b(?:\w*mahnung\w*|zahlungserinnerung\w*|(?:formal|written|final|payment)\s+reminder"
    r"|reminder\s+letter|final\s+notice|warning\s+letter|letter\s+before\s+action)\b",
    re.I,
)


def _dunning_is_no_confirmation(probs: np.ndarray, line: _Line) -> None:
    """ "Gut. Sonst müsste ich Ihnen nächste Woche die erste schriftliche Mahnung schicken."
    announces a dunning letter, not a written confirmation of the agreement (fourteenth
    outside audit: credited as the confirmation, 100 gold)."""
    cols = line.columns("confirm_in_writing")
    if cols is None:
        return
    cleaned = line.parts.get("cleaned", "")
    if _DUNNING.search(cleaned) and not CONFIRMS.search(cleaned):
        probs[cols[0]] = 0.0  # not even a guess: the debrief credits a guess at it


#: A read-back's lead-in with "confirm" in it ("So to confirm: …", "Just confirming what we
#: said", "Let me confirm", "Zur Bestätigung: …", "um das kurz zu bestätigen").
_CONFIRM_LEAD_IN = lazyre.compile(
    r"\b(?:to\s+confirm|confirming|let\s+me\s+(?:just\s+|quickly\s+)?confirm"
    r"|i'?(?:ll|d\s+like\s+to|\s+just\s+want\s+to|\s+want\s+to)\s+(?:just\s+|quickly\s+)?confirm"
    r"|can\s+i\s+(?:just\s+|quickly\s+)?confirm|zur\s+best[äa]tigung"
    r"|ich\s+best[äa]tige\s+(?:nochmal|noch\s+einmal|kurz|ihnen)"
    r"|um\s+(?:das\s+|es\s+)?(?:kurz\s+|nochmal\s+)?zu\s+best[äa]tigen)\b",
    re.I,
)
#: Anything written, sent or signed: a confirmation in writing names one of these.
_WRITTEN = lazyre.compile(
    r"mail|writ|letter|fax|sign|\btext|sms|message|inbox|black\s+and\s+white|\bnote\b|draft"
    r"|paper|pdf|document|\bpost|\bsend|\bsent|schrift|brief|schick|unterschr|unterzeichn"
    r"|gegenzeichn|nachricht|schwarz\s+auf\s+wei|notiz|aufsetz|dokument|whatsapp|receipt"
    r"|quittung|beleg|statement",
    re.I,
)
_CONFIRMATION = lazyre.compile(r"confirmation|best[äa]tigung", re.I)


def _read_back_lead_in_is_no_writing(probs: np.ndarray, line: _Line) -> None:
    """ "So to confirm: £300 today and the remaining £890 by 15 January." reads the terms
    back; nothing is put in writing (GUIDE §5 confirm_in_writing: "e-mail, fax, letter,
    countersignature"). The lead-in alone was read as the written confirmation (0.87): the
    customer answered "Sure, put it in an email" and a call with nothing in writing
    earned gold (twenty-fifth session, a verdict written first). The library labels every
    such line a read-back (17 lines; none of its 492 written confirmations has a lead-in
    and nothing written, sent or signed)."""
    cols = line.columns("confirm_in_writing")
    cleaned = line.parts.get("cleaned", "")
    lead = _CONFIRM_LEAD_IN.search(cleaned) if cols is not None else None
    if cols is None or lead is None or _WRITTEN.search(cleaned):
        return
    if _CONFIRMATION.search(cleaned[: lead.start()] + " " + cleaned[lead.end() :]):
        return  # "…, and you'll get a confirmation": a document after all
    probs[cols[0]] = 0.0  # not even a guess: the debrief credits a guess at it


#: What a request for a first payment names: paying, a sum or a share of it, or money
#: ("heute schon 300 €", "was geht heute raus?", "a slice of it straight away", "two fifty
#: right now"). 451 of the 456 German and 451 of the 455 English library lines that carry
#: the move have one of these words (the others: "rausgeht", "anweisen", "riesen", "grand",
#: "slice", "wire"; in the list now).
_SOME_MONEY = lazyre.compile(
    r"\b(?:\w*zahl\w*|\w*ueberw\w*|\w*anweis\w*|\w*teil\w*|\w*betrag\w*|euro?|eur|€|\$|£"
    r"|\w*haelfte|drittel|viertel|\w*summe|geld\w*|kohle|\w*hundert\w*|\w*tausend\w*|riese[n]?"
    r"|\w*zig|zehn|zwoelf|elf|\w*was|etwas|bissl|bisschen|\w*betraege|kleinigkeit|rest\w*"
    r"|abschlag\w*|akonto|rate\w*|anfang|raus\w*|rueber\w*|leist\w*|schaff\w*|prozent|quote"
    r"|\w*pay\w*|paid|part\w*|deposit|amount|half|third|quarter|sum|money|\w*hundred\w*"
    r"|\w*thousand\w*|grand|quid|bucks?|dollars?|pounds?|euros?|cents?|\w*ty|fifteen|twelve"
    r"|eleven|ten|some\w*|bit|chunk|any\w*|upfront|front|toward\w*|balance|cash|transfer\w*"
    r"|wire|send|token|much|down|portion|percent|figure|slice|goodwill|faith|start|first|0)\b",
    re.I,
)


def _no_money_no_first_payment(probs: np.ndarray, line: _Line) -> None:
    """ "Das wundert mich jetzt schon." was a down payment 0.75 ("jetzt schon" is how many
    requests for one begin): a line that names no paying, no sum and no money asks for no
    first payment (GUIDE §5: "asks for a first or partial payment now")."""
    cols = line.columns("request_down_payment")
    if cols is None or _SOME_MONEY.search(line.text):
        return
    probs[cols[0]] = min(probs[cols[0]], line.weak)


#: The next call: calling back, ringing, speaking again ("What time tomorrow is good for a call
#: back?", "Ich rufe Sie am Donnerstag noch mal an", "Wann erreiche ich Sie am besten?").
_NEXT_CALL = lazyre.compile(
    # not "I'm calling about the invoice": the call that is going on names no day for another
    r"\b(?:call(?:s|ed|ing)?\s+(?:you|back|again)|call-?backs?|(?:a|another|quick|the)\s+"
    r"(?:\w+\s+)?call|ring(?:ing)?\s+(?:you|back|again)|rang\s+you|give\s+you\s+a\s+"
    r"(?:call|ring|bell|buzz)|phone\s+(?:you|again|back)|(?:speak|talk)\s+again|another\s+chat"
    r"|catch\s+you|get\s+back\s+to\s+you|follow[\s-]*up|touch\s+base|a\s+bell"
    r"|r(?:ü|ue)ckruf\w*|zur(?:ü|ue)ck(?:zu)?ruf\w*|an(?:zu)?ruf\w*|rufe?\s+(?:sie|dich|ihn|euch)"
    r"|telefon\w*|gespr(?:ä|ae)ch\w*|meld\w*\s+(?:mich|uns)|sprechen|erreich\w*)\b",
    re.I,
)
#: ... and paying: a payment, money, a sum, the invoice ("Can I call you Friday to confirm the
#: payment's gone?" still sets a day for paying).
_PAYING = lazyre.compile(
    r"\b(?:\w*pay\w*|paid|settle\w*|clear\w*|money|cash|transfer\w*|amount|balance|invoice|bill"
    r"|funds|\w*zahl\w*|\w*(?:ü|ue)berw[ei]\w*|begleich\w*|geld\w*|betrag\w*|summe|rechnung\w*"
    r"|\w*eingang|konto|euros?|pounds?|dollars?|quid|bucks|erledig\w*|take\s+care)\b|[€£$]",
    re.I,
)


def _call_day_is_no_payment_day(probs: np.ndarray, line: _Line) -> None:
    """ "Wann passt es Ihnen besser für einen Rückruf, Mittwoch oder Donnerstag?" was a payment
    date 0.99 and the customer heard a day proposed for paying: a day for the next call that
    names no paying sets no payment date (GUIDE §5: fix_payment_date "asks for or proposes a
    concrete payment date"). Of the library's 320 lines that name the next call and no
    paying, none carries the move (nor does the model drop "I'm calling in regards to file
    RC-2024-771. Can I get a date from you?": the call going on is not the next one)."""
    cols = line.columns("fix_payment_date")
    if cols is None or not _NEXT_CALL.search(line.text) or _PAYING.search(line.text):
        return
    if any(f.kind == "amount" for f in line.parts.get("facts", [])):
        return
    probs[cols[0]] = 0.0  # not even a guess: the customer would answer a day for paying


#: Today or now: the day of a payment asked for on the phone ("right now", "heute noch").
#: Not "umgehend" / "immediately": they name no day (`context.TIME_WORDS`, `_no_day_named`).
_NOW = lazyre.compile(
    r"\b(?:today|now|tonight|this\s+(?:afternoon|morning|evening)|end\s+of\s+(?:the\s+)?day"
    r"|right\s+away|straight\s+away|heute|jetzt|sofort|gleich)\b",
    re.I,
)
#: ... and what makes a payment a first or partial one: a part, a sum, a share, a subset of
#: the items, "how much / what could you", a start (digits are "0" after normalisation).
_PART = lazyre.compile(
    r"\b(?:part\w*|first|down|deposit|small|some\w*|any(?:thing|\s+amount)|goodwill|faith"
    r"|minimum|least|amount|whatever|portion|half|third|quarter|percent|token|bit|chunk|slice"
    r"|toward\w*|start\w*|initial|rest|remain\w*|instal\w*|plan|much|most|what|how"
    r"|undisputed|items?|lines|\w*hundred\w*|\w*thousand\w*|grand|quid|bucks?|dollars?"
    r"|pounds?|euros?|two|three|four|five|ten|twenty|fifty"
    r"|\w*teil\w*|erste\w*|anzahl\w*|abschlag\w*|akonto|klein\w*|etwas|was|bisschen|bissl"
    r"|mindest\w*|wenigstens|zumindest|haelfte|drittel|viertel|prozent|rest\w*|rate\w*"
    r"|anfang\w*|stueck\w*|davon|viel|welch\w*|einen\s+betrag|unstrittig\w*|unbestritten\w*|positionen"
    r"|\w*hundert\w*|\w*tausend\w*"
    r"|hunni|zwei|drei|vier|fuenf|zehn|\w*zig|0)\b|[€£$%]",
    re.I,
)


def _whole_payment_now_is_a_date(probs: np.ndarray, line: _Line) -> None:
    """ "Are you able to make a payment today?" was a down payment 0.94: asked for no part,
    no sum and no share, paying today or now is the day of the whole payment (GUIDE §5
    request_down_payment: "a first or partial payment"). Outside labellers of real caller
    lines agree: of the library's lines that ask for paying today or now and name no part,
    sum or share, 22 real ones (20 English, 2 German) and 17 + 49 written ones
    carry a payment date and one ("Could you pay one month's rent now?") a first payment;
    the first-payment requests name a part, a sum or a share ("a part payment today", "pay
    a hundred now", "the undisputed items")."""
    cols = line.columns("request_down_payment", "fix_payment_date")
    if cols is None:
        return
    down, day = cols
    if not _NOW.search(line.text) or not _PAYING.search(line.text):
        return
    if _PART.search(line.text) or any(f.kind == "amount" for f in line.parts.get("facts", [])):
        return
    probs[day] = max(probs[day], probs[down])
    probs[down] = min(probs[down], line.weak)


#: The rest of the sum: what is left after a first payment or a reduction (normalised text).
_REST = lazyre.compile(
    r"\b(?:the\s+rest(?:\s+of\s+(?:it|the\s+\w+))?|(?:the\s+)?remaining(?:\s+(?:balance|amount|sum))?"
    r"|(?:the\s+)?remainder|(?:the\s+)?balance|(?:den|der|dem)\s+rest\w*|restbetrag\w*|restsumme\w*"
    r"|(?:den|die|das)\s+restlich\w*(?:\s+\w+)?|rest)\b",
    re.I,
)
#: ... and an advance beside it ("an advance payment while the approval for the rest runs").
_ADVANCE = lazyre.compile(r"\b(?:advance\w*|vorab\w*|vorschuss\w*|schon\s+mal)\b", re.I)


def _the_rest_is_no_first_payment(probs: np.ndarray, line: _Line) -> None:
    """ "Could you pay the rest by Friday?" after a reduction was a down payment 0.93 (the
    rest is named in most requests for one: "£300 now and the rest by …"); paying the rest,
    with no part, sum, share or "now" beside it, is what is left, not a first payment (GUIDE
    §5 request_down_payment: "a first or partial payment now"). The library's lines that
    name the rest and nothing of a first payment are dates ("the rest by the twentieth
    then", "Would you manage to pay the balance by next Tuesday?"); its first-payment lines
    among them name one ("a good-faith payment before we discuss the remainder", "an
    advance payment while the approval for the rest is still running")."""
    cols = line.columns("request_down_payment")
    text = line.text
    if cols is None or not _REST.search(text) or _NOW.search(text):
        return
    stripped = _REST.sub(" ", text)
    if _PART.search(stripped) or _ADVANCE.search(stripped):
        return
    if any(f.kind == "amount" for f in line.parts.get("facts", [])):
        return
    probs[cols[0]] = min(probs[cols[0]], line.weak)


#: A sum called the whole ("the whole 900", "the full £1,190", "the entire amount of £900",
#: "die gesamten 850 Euro"), on the cleaned text: the sum owed, not a part of it.
_WHOLE_FIGURE = lazyre.compile(
    r"\b(?:whole|full|entire|total|complete|ganz\w*|gesamt\w*|voll\w*|komplett\w*)\s+"
    r"(?:(?:amount|sum|balance|bill|invoice|betrag\w*|summe|rechnungsbetrag\w*)\s+(?:of|von)\s+)?"
    r"[€£$]?\s?\d[\d.,']*(?:\s?(?:€|£|\$|euro\w*|eur|pounds?|quid|dollars?|franken|chf))?",
    re.I,
)
#: German letters folded as the normalised text folds them, for `_PART` on the cleaned text.
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _paying_by_a_day_is_no_first_payment(probs: np.ndarray, line: _Line) -> None:
    """ "Could you pay in 14 days?" was a down payment 0.98 (and the café owner answered
    "Right, £14.00 I can manage"); "Could you pay by Friday?" 0.59: "could you pay" leans on
    the many first-payment requests that go on with a part or a sum. Paying by a day or
    within a span, with no part, sum, share, rest or advance named, is the day of the whole
    payment (GUIDE §5 request_down_payment: "a first or partial payment"). Of the library's
    lines that name such a day and nothing of a part, 143 English and 217 German carry the
    payment date and none a first payment (twenty-sixth session). Today and now are
    `_whole_payment_now_is_a_date`'s; a figure outside the days named may be a sum said
    without its currency, and keeps the reading — unless it is called the whole ("Could you
    pay the entire amount of £900 by Monday?" was a first payment 0.84, "the whole 900" 0.40:
    the whole sum is no part of it; twenty-seventh session)."""
    cols = line.columns("request_down_payment", "fix_payment_date")
    if cols is None:
        return
    down, day = cols
    facts = line.parts.get("facts", [])
    cleaned = line.parts.get("cleaned", "")
    whole = [m.span() for m in _WHOLE_FIGURE.finditer(cleaned)]

    def called_whole(f: Fact) -> bool:
        return any(a <= f.start and f.end <= b for a, b in whole)

    dates = [f for f in facts if f.kind == "date"]
    if not dates or any(f.kind in ("fraction", "percent", "count") for f in facts):
        return
    if any(f.kind == "amount" and not called_whole(f) for f in facts):
        return
    if not _PAYING.search(line.text) or _NOW.search(line.text):
        return
    keep = [True] * len(cleaned)
    for a, b in [(f.start, f.end) for f in dates] + whole:
        keep[a:b] = [False] * (b - a)
    rest = "".join(c if k else " " for c, k in zip(cleaned, keep, strict=True))
    if re.search(r"\d", rest):
        return
    rest = rest.casefold().translate(_FOLD)
    if _PART.search(rest) or _REST.search(rest) or _ADVANCE.search(rest):
        return
    probs[day] = max(probs[day], probs[down])
    probs[down] = min(probs[down], line.weak)


#: A question asking whether the customer can pay ("Would you be able to pay …", "Are you in a
#: position to settle …", "Do you think you could pay …"), at the start of a sentence.
_ASKS_TO_PAY = lazyre.compile(
    r"(?:^|[.!?]\s+)\W*(?:(?:so|and|ok(?:ay)?|right|well|then),?\s+)?(?:would|could|can|will|are|do)"
    r"\s+you(?:\s+(?:be|think\s+you\s+could|think\s+you\s+can))?\s+(?:(?:able|in\s+a\s+position)"
    r"\s+to\s+)?(?:pay|settle|transfer|clear|manage|make\s+(?:the|a)\s+payment"
    r"|get\s+(?:it|that|this)\s+paid)\b",
    re.I,
)
#: ... and the words that make such a question a reproach ("Why weren't you able to pay …",
#: "Surely you're able to …", "… should be able to pay on time", "still", "again", "late").
_BLAME_IN_ASKING = lazyre.compile(
    r"\b(?:not|never|still|again|even|yet|why|how\s+come|surely|late|overdue|ignor\w*|finally"
    r"|already|actually|at\s+last|for\s+once|this\s+time|expect\w*|should|ever)\b|n't\b",
    re.I,
)


def _asking_to_pay_is_no_reproach(probs: np.ndarray, line: _Line) -> None:
    """ "Would you be able to pay within two weeks?" was a reproach 0.70 beside the date, and
    the café owner answered "Whoa, there's no need for that tone" (twenty-sixth session): the
    library's reproaches about paying within a span compare or expect ("most of our clients
    manage to pay within thirty days", "should surely be able to pay … on time"). A question
    asking whether the customer can pay, with no word of blame, comparison or impatience in
    the line, is no reproach: of the library's 95 English lines of that shape, none is one."""
    cols = line.columns("accusatory_opener")
    text = line.parts.get("cleaned", "")
    if cols is None or not text.rstrip().endswith("?") or not _ASKS_TO_PAY.search(text):
        return
    if _BLAME_IN_ASKING.search(text):
        return
    probs[cols[0]] = min(probs[cols[0]], line.weak)


#: "Why hasn't it been paid (yet)?", "Wieso wurde die Rechnung nicht überwiesen?": the question
#: GUIDE §2 names as the opener never to use. Not "why not pay it in instalments?" (a
#: suggestion): an auxiliary, or a word between "warum" and "nicht", comes first. The gaps are
#: bounded, so a long line of many "why"s costs no quadratic search.
_WHY_NOT_PAID = lazyre.compile(
    r"\b(?:why|how\s+come)\b(?!\s+(?:i|we|i'm|we're|i\s+am|we\s+are)\b)[^.?!]{0,120}?"
    r"\b(?:hasn'?t|has\s+not|haven'?t|have\s+not|wasn'?t|was\s+not"
    r"|weren'?t|were\s+not|isn'?t|is\s+not|aren'?t|are\s+not|didn'?t|did\s+not)\b[^.?!]{0,120}?"
    r"\b(?:paid|pay|settled|settle|cleared|transferred|gone\s+through|come\s+through"
    # "why hasnt the money gone across": read as blame 0.53 once set 41 was spent (pinned)
    r"|gone\s+across|come\s+across|gone\s+out)\b"
    # ... in a learner's English: "Why you still not pay the invoice CWS-118? Sorry, I mean - I
    # am calling about the open invoice." (V276 12: "A factual opening without blame", where the
    # native "Why haven't you paid …? Sorry, I mean -" was blame — probe 2)
    r"|\bwhy\s+(?:you|u|ya)\s+(?:still\s+|yet\s+)?(?:not|no|never|dont|don'?t)\s+(?:yet\s+)?"
    r"(?:pay|paid|settle|settled)\b"
    r"|\b(?:warum|wieso|weshalb|weswegen)\s+\S+[^.?!]{0,120}?\b(?:nicht|net|ned|nit|nich)\b[^.?!]{0,120}?"
    r"\b(?:bezahlt|gezahlt"
    # ("… oder warum isch die no net zahlt?" in the Black Forest: V278 05, "Sachlicher Einstieg
    # ohne Vorwurf", where "Warum haben Sie die noch nicht bezahlt?" was blame — probe 2)
    r"|zahlt|überwiesen|beglichen|angewiesen|eingegangen|zahlen|bezahlen|überweisen|begleichen)\b",
    re.I,
)
#: ... asked softly ("May I ask why …", "Können Sie mir sagen, warum …", "Ich frage ganz offen"):
#: the library's neutral reason questions.
_SOFTENED_WHY = lazyre.compile(
    r"\b(?:(?:may|can|could|might)\s+(?:i|we)\s+ask|help\s+me\s+understand|just\s+(?:asking|wondering"
    r"|curious)|i\s+was\s+wondering|i'?m\s+wondering|wonder(?:ing)?\s+(?:if|whether|why)|openly"
    r"|if\s+i\s+may|do\s+you\s+mind|out\s+of\s+interest|is\s+there\s+(?:a|any)\s+reason"
    r"|any\s+particular\s+reason|(?:can|could)\s+you\s+(?:tell|let)\s+me|mind\s+if\s+i\s+ask"
    r"|to\s+understand|(?:darf|dürfen|kann|können|könnte|dürfte)\s+(?:ich|wir)\s+(?:\w+\s+)?"
    r"(?:fragen|nachfragen|erfahren|wissen)"
    r"|ich\s+frag(?:e)?\s+(?:nur|mich|ganz|einfach|mal)|verstehen|mich\s+würde\s+interessieren"
    r"|interessehalber|neugierig|gibt'?s?\s+(?:es\s+)?(?:einen|irgendeinen|nen|'?n)\s+(?:\w+\s+)?grund"
    r"|wenn\s+ich\s+fragen\s+darf"
    r"|(?:können|könnten)\s+sie\s+mir\s+sagen|sagen\s+sie\s+mir|sag\s+mal|ganz\s+offen)\b",
    re.I,
)
#: ... or with a harmless reason offered beside it ("…, is it stuck in approval?", "…, fehlt
#: vielleicht eine Unterschrift?") — unless the line is impatient ("again", "schon wieder").
_HARMLESS_REASON = lazyre.compile(
    r"[,;—–-]\s*(?:or\s+|oder\s+)?(?:(?:is|was|did|has|are|were|could|might)\s+(?:it|there|they"
    r"|the|something|anything|that|this|a|an)\b|(?:ist|war|fehlt|gab|gibt|hat|hängt|liegt|wurde"
    r"|kam|lag)\b)[^?]{0,160}(?:\?|$)|\b(?:maybe|perhaps|possibly|vielleicht|eventuell|möglicherweise)\b",
    re.I,
)
_IMPATIENT = lazyre.compile(
    r"\b(?:again|still|even|once\s+more|schon\s+wieder|immer\s+noch|wieder|nochmal|endlich"
    r"|finally)\b",
    re.I,
)


def _why_not_paid_is_blame(probs: np.ndarray, line: _Line) -> None:
    """ "I'm calling about invoice GEC-5521 — why hasn't it been paid yet?" was the neutral
    opener and a neutral reason question (0.95), and the debrief said "A factual opening
    without blame" (twenty-sixth session's self-audit, S26 G3). GUIDE §2 names "warum Sie
    meine Rechnung nicht bezahlt haben" as the opener never to use, and in the library a
    bare why-not-paid question is a reproach 30 times in English and 31 in German; its few
    neutral ones ask softly (`_SOFTENED_WHY`) or offer a harmless reason with it
    (`_HARMLESS_REASON`), which this rule reads as the reason question it is."""
    cols = line.columns("accusatory_opener", "ask_reason", "neutral_opener_open_invoice")
    if cols is None:
        return
    blame, reason, opener = cols
    text = line.parts.get("cleaned", "")
    m = _WHY_NOT_PAID.search(text)
    if m is None or _SOFTENED_WHY.search(text):
        return
    if _HARMLESS_REASON.search(text[m.end() :]) and not _IMPATIENT.search(text):
        probs[reason] = max(probs[reason], probs[blame])
        probs[blame] = min(probs[blame], line.weak)
        return
    probs[blame] = max(probs[blame], probs[reason], probs[opener])
    probs[reason] = min(probs[reason], line.weak)
    probs[opener] = min(probs[opener], line.weak)


def _asking_for_someone_is_no_greeting(probs: np.ndarray, line: _Line) -> None:
    """ "Could I speak to Dave Kemp, please?" was a greeting 0.57, and Dave answered "Fiona.
    What's up …" — he knew a name nobody had said (twenty-sixth session). A caller who asks
    for the customer by name and neither greets nor says who she is has not identified
    herself (GUIDE §5 greeting_identify); the library labels 13 English lines of that shape
    without a move and one a greeting."""
    cols = line.columns("greeting_identify")
    text = line.parts.get("cleaned", "")
    if cols is None or not asks_for_person(text):
        return
    probs[cols[0]] = 0.0  # not even a guess: the customer would know who is calling


#: Thanks, then a time-of-day wish closing the line: "Thank you for your time, Mr. Mensah.
#: Good afternoon." — the greeting words said as a goodbye; and a greeting passed on to
#: someone ("Tell Sofia hi!", "Grüßen Sie Ihre Frau").
_PARTING_WISH = lazyre.compile(
    r"(?:\bgood\s+(?:afternoon|evening|day|morning|night)|\bguten\s+(?:tag|abend)"
    r"|\bsch(?:ö|oe)nen\s+(?:tag|abend|nachmittag))(?:\s+(?:to\s+you|noch|ihnen|sir|madam"
    r"|ma'?am|\w+))?\W*$"
    r"|\b(?:tell|give)\s+\w+\s+(?:hi|hello)\b|\bsay\s+(?:hi|hello)\s+to\b"
    r"|\bgr(?:ü|ue)(?:ß|ss)en\s+sie\b|\bgr(?:ü|ue)(?:ß|ss)\s+(?:mir|deine|die)\b",
    re.I,
)
#: A farewell word closing a short line: "Ta, Dave. Mind how you go." (V288 08: a greeting
#: 0.32, "Sorry, what was that about?"), "cheers dave, good on ya. hooroo." (V290 09: 0.64),
#: "Thanks a lot Mark, really appreciate it. Tara!" (V291 07: chat) — the customer's name in
#: them reads as a greeting; the words take leave.
_FAREWELL_END = lazyre.compile(
    r"\b(?:bye(?:-?bye|-?ee)?|good-?bye|cheerio|ta-?ra|tara|ta\s+ta|hooroo|see\s+(?:ya|you)"
    r"|catch\s+(?:ya|you)(?:\s+later)?|mind\s+how\s+you\s+go|mind\s+yourself|take\s+care"
    r"|tsch(?:ü|ue)ss?|tsch(?:ö|oe)|adsch(?:ü|ue)ss|pfiat\s+\w+|ade|wiederh(?:ö|oe)ren"
    r"|wiederschauen|machen?\s+sie'?s\s+gut|mach'?s\s+gut)\W*(?:\w+\W*)?$",
    re.I,
)
#: A line this long is more than a goodbye.
_FAREWELL_WORDS = 10
#: ... and what makes it an introduction after all: the caller's own name or firm.
_NAMES_SELF = lazyre.compile(
    r"\b(?:this\s+is|my\s+name|i'?m\s+calling|calling\s+from|hier\s+ist|hier\s+spricht"
    r"|mein\s+name|ich\s+bin\s+\w+\s+von)\b",
    re.I,
)


def _parting_wish_is_no_greeting(probs: np.ndarray, line: _Line) -> None:
    """ "Thank you for your time, Mr. Mensah. Good afternoon." was a greeting 0.95 and no
    goodbye; "Thank you so much, Mr. Reyes. And, um, good luck with the job search. Tell Sofia
    hi!" the same from "hi" (sealed set 45, fifty-sixth session: the plain model read both as
    the close). A time-of-day wish ending a line of thanks, or a greeting passed on to
    someone, takes leave; it introduces nobody."""
    cols = line.columns("greeting_identify", "close_politely")
    text = line.parts.get("cleaned", "")
    if cols is None or _NAMES_SELF.search(text):
        return
    greet, close = cols
    if _FAREWELL_END.search(text) and len(text.split()) <= _FAREWELL_WORDS:
        # A farewell closing a short line takes leave, whatever the name in it suggests.
        probs[close] = max(probs[close], probs[greet], line.top_threshold)
        probs[greet] = min(probs[greet], line.weak)
        return
    wish = _PARTING_WISH.search(text)
    if wish is None:
        return
    # a time-of-day wish takes leave only after thanks; a greeting passed on always does
    passed_on = not wish.group(0).lower().startswith(("good", "guten", "sch"))
    if not passed_on and not THANKS_WORDS.search(text[: wish.start()]):
        return
    probs[close] = max(probs[close], probs[greet])
    probs[greet] = min(probs[greet], line.weak)


#: Words of plain assent: a line of only these carries no move of GUIDE §5 (the customer
#: hears a yes to what he proposed, or a listener).
_ASSENT = frozenset(
    {"ja", "jo", "jawohl", "genau", "exakt", "richtig", "korrekt", "stimmt", "okay", "ok",
     "einverstanden", "passt", "abgemacht",
     "yes", "yeah", "yep", "yup", "exactly", "right", "correct", "sure", "indeed", "agreed",
     "deal"}
)  # fmt: skip


def _assent_only(probs: np.ndarray, line: _Line) -> None:
    """ "Genau." read as a question about the objection (0.99, then 0.79 in context): the
    call screen showed "nach dem Grund gefragt" under a yes to the customer's day. "Ja,
    einverstanden." became a compromise offered (0.46) once the German counterparts of the
    real English sets joined the library, and the authority's clerk thanked the learner for
    "an offer" instead of taking the yes (a scenario test plan caught it)."""
    words = line.text.split()
    if words and len(words) <= 4 and all(w in _ASSENT for w in words):
        probs[:] = 0.0


#: An apology (read in the normalised line: umlauts as "oe", no apostrophes).
_APOLOGY = lazyre.compile(
    r"\b(sorry|apologies|apologise|apologize|pardon|excuse me|entschuldigung|entschuldigen"
    r"|entschuldige|verzeihung|verzeihen sie|tut mir leid)\b"
)


def _not_heard_is_no_empathy(probs: np.ndarray, line: _Line) -> None:
    """ "Sorry, I didn't understand. Could you repeat that?" was empathy 0.99 (a spent real
    set), "Tut mir leid, ich habe Sie nicht verstanden, noch mal bitte?" 0.93: the apology
    alone is empathy in the library, and ten more library lines of not hearing per language
    left such lines at 0.95 (and tipped an audited Ruhrpott acknowledgement to no reading,
    so they went again). Asking the customer to say it again acknowledges nothing of their
    situation (GUIDE §5 empathise), so the learner earned neither the empathy check nor a
    customer who feels understood (thirty-second session,
    `tests/understanding/test_not_heard_is_no_empathy.py`, written before the rule)."""
    cols = line.columns("empathise")
    text = line.text
    if cols is None or not _APOLOGY.search(text) or not not_heard(text):
        return
    probs[cols[0]] = 0.0  # not even a guess: nothing the customer said was acknowledged


#: The conventions in the order they apply (a later rule sees what an earlier one did).
CONVENTIONS: tuple[Callable[[np.ndarray, _Line], None], ...] = (
    _threat_or_legal_route,
    _dates_inside_a_plan,
    _split_with_dates,
    _reproachful_reason_question,
    _blame_in_a_part,
    _opener_or_blame,
    _empathy_or_blame,
    _terms_put_as_a_question,
    _read_back_terms,
    _named_price_reduction,
    _free_rework,
    _rest_waived,
    _instalments_without_terms,
    _a_question_is_no_opener,
    _asking_for_proof_is_no_rebuttal,
    _benefit_of_the_doubt,
    _no_day_named,
    _deadline_gone_by,
    _veiled_ultimatum,
    _regret_is_no_legal_step,
    _reassurance_rules_out_the_step,
    _dunning_is_no_confirmation,
    _read_back_lead_in_is_no_writing,
    _no_money_no_first_payment,
    _call_day_is_no_payment_day,
    _whole_payment_now_is_a_date,
    _the_rest_is_no_first_payment,
    _paying_by_a_day_is_no_first_payment,
    _asking_to_pay_is_no_reproach,
    _why_not_paid_is_blame,
    _asking_for_someone_is_no_greeting,
    _parting_wish_is_no_greeting,
    _assent_only,
    _not_heard_is_no_empathy,
)
