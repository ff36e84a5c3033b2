"""Answering "du" with "du": a German customer's line turned from Sie to du.

A customer of many years whom the learner calls "du" answers in kind; three outside audits
found "Danke, dass Sie das so locker sehen" to a learner who had said "du" all along. The
scenario's lines are written with Sie; `to_du` turns a line into du where it can be sure of
every form in a sentence — the pronouns, the verb that goes with "Sie" (inverted, at the end
of a subordinate clause, or after "Sie" at the start), the imperative, "sich" — and leaves a
sentence as written where it cannot (a verb it does not recognise): a line mixing du and Sie
in one sentence would be worse than one that stays formal.
"""

from __future__ import annotations

import re

from .. import lazyre

#: Finite verb forms that go with "Sie" and their du forms, where the rule (stem + st) fails.
_IRREGULAR = {
    "sind": "bist",
    "seien": "sei",
    "haben": "hast",
    "werden": "wirst",
    "können": "kannst",
    "müssen": "musst",
    "wollen": "willst",
    "dürfen": "darfst",
    "sollen": "sollst",
    "mögen": "magst",
    "wissen": "weißt",
    "tun": "tust",
}
#: Stem changes of strong verbs (e → i/ie, a → ä), matched at the end of a verb so that
#: prefixed verbs follow ("übergeben" → "übergibst"): infinitive ending, du form, imperative.
_STRONG = (
    ("geben", "gibst", "gib"),
    ("nehmen", "nimmst", "nimm"),
    ("sehen", "siehst", "sieh"),
    ("lesen", "liest", "lies"),
    ("sprechen", "sprichst", "sprich"),
    ("helfen", "hilfst", "hilf"),
    ("vergessen", "vergisst", "vergiss"),
    ("treffen", "triffst", "triff"),
    ("essen", "isst", "iss"),
    ("werfen", "wirfst", "wirf"),
    ("brechen", "brichst", "brich"),
    ("empfehlen", "empfiehlst", "empfiehl"),
    ("fahren", "fährst", "fahr"),
    ("tragen", "trägst", "trag"),
    ("schlagen", "schlägst", "schlag"),
    ("halten", "hältst", "halt"),
    ("lassen", "lässt", "lass"),
    ("fallen", "fällst", "fall"),
    ("laufen", "läufst", "lauf"),
    ("schlafen", "schläfst", "schlaf"),
    ("raten", "rätst", "rat"),
    ("laden", "lädst", "lad"),
)
_IMPERATIVE = {"seien": "sei", "haben": "hab", "werden": "werd", "tun": "tu", "sind": "sei"}
#: A verb's form with "Sie" ends like this (the infinitive's -en/-n, "sind").
_VERBISH = lazyre.compile(r"^[a-zäöüß]+(?:en|ern|eln|n)$|^sind$", re.IGNORECASE)
#: Words that are no verbs though they end like one ("denn", "wann", "dann", "einen").
_NOT_VERBS = frozenset(
    {"denn", "dann", "wann", "wenn", "einen", "keinen", "meinen", "deinen", "ihren", "ihnen",
     "unseren", "euren", "den", "dem", "ein", "kein", "oben", "unten", "morgen", "gestern",
     "vorn", "hinten", "innen", "außen", "gern", "gerne", "eben", "schon", "nun", "wen", "dran",
     "ran", "hin", "man"}
)  # fmt: skip
#: Conjunctions and relative pronouns after which the verb stands at the clause's end.
_SUBORDINATE = frozenset(
    {"dass", "daß", "wenn", "ob", "weil", "da", "falls", "sobald", "bevor", "bis", "damit",
     "wie", "was", "wann", "wo", "warum", "wieso", "nachdem", "obwohl", "als", "solange", "seit",
     "seitdem", "die", "der", "das", "den", "dem", "denen", "deren", "dessen", "womit", "wofür"}
)  # fmt: skip
#: Prepositions and verbs' partners after which "Sie" is the object: "für Sie" → "für dich".
_ACCUSATIVE_PREP = frozenset({"für", "um", "ohne", "gegen", "durch", "an", "auf", "über"})
_OBJECT_SUBJECTS = frozenset({"ich", "wir", "man", "er", "es", "sie"})
_POSSESSIVE = {
    "ihr": "dein",
    "ihre": "deine",
    "ihren": "deinen",
    "ihrem": "deinem",
    "ihrer": "deiner",
    "ihres": "deines",
}
_WORD = lazyre.compile(r"[A-Za-zÄÖÜäöüß]+")
_SENTENCE = lazyre.compile(r"(?<=[.!?…])\s+")
_CLAUSE_END = lazyre.compile(r"[,;:—–]|\s-\s|$")


#: Replacements in a sentence: start -> (end, new text).
_Edits = dict[int, tuple[int, str]]


class _Unsure(Exception):
    """A form `to_du` cannot turn with confidence: the sentence stays as written."""


def _stem(low: str) -> str:
    """The stem of a verb's Sie form ("schicken" → "schick", "ändern" → "änder")."""
    if low.endswith(("ern", "eln")):
        return low[:-1]
    return low[:-2] if low.endswith("en") else low[:-1]


def _needs_e(stem: str) -> bool:
    """Whether an e goes between the stem and the ending: "wartest", "rechne", "öffnest"."""
    return stem.endswith(("t", "d")) or bool(re.search(r"(?:[^aeiouäöülrhmn]|ch)[mn]$", stem))


def _strong(low: str, form: int) -> str:
    """The du form (1) or imperative (2) of a strong verb, "" for any other."""
    return next((low[: -len(row[0])] + row[form] for row in _STRONG if low.endswith(row[0])), "")


def du_form(verb: str) -> str:
    """The du form of a verb's Sie form: "können" → "kannst", "sehen" → "siehst",
    "warten" → "wartest", "ändern" → "änderst", "hatten" → "hattest"."""
    low = verb.casefold()
    out = _IRREGULAR.get(low) or _strong(low, 1)
    if not out:
        stem = _stem(low)
        if stem.endswith(("s", "ß", "z", "x")):
            out = stem + "t"
        else:
            out = stem + ("est" if _needs_e(stem) else "st")
    return _case_like(verb, out)


def imperative(verb: str) -> str:
    """The du imperative of a verb's Sie form: "schicken" → "schick", "sagen" → "sag",
    "geben" → "gib", "warten" → "warte", "seien" → "sei"."""
    low = verb.casefold()
    out = _IMPERATIVE.get(low) or _strong(low, 2)
    if not out:
        stem = _stem(low)
        # "warte", "entschuldige", "ändere", "rechne"
        out = stem + "e" if stem.endswith(("ig", "er", "el")) or _needs_e(stem) else stem
    return _case_like(verb, out)


def _case_like(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _is_verb(word: str) -> bool:
    return bool(_VERBISH.match(word)) and word.casefold() not in _NOT_VERBS


def to_du(text: str) -> str:
    """`text` with its Sie forms turned into du, sentence by sentence; a sentence it cannot
    turn with confidence stays as it is."""
    out = []
    for sentence in _SENTENCE.split(text):
        try:
            out.append(_sentence_to_du(sentence))
        except _Unsure:
            out.append(sentence)
    return " ".join(out)


def _sentence_to_du(sentence: str) -> str:
    words = list(_WORD.finditer(sentence))
    edits: _Edits = {}
    first = words[0].start() if words else -1
    question = sentence.rstrip().endswith("?")
    for i, m in enumerate(words):
        w = m.group(0)
        low = w.casefold()
        if w == "Ihnen":
            edits[m.start()] = (m.end(), "dir")
        elif w in ("Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"):
            edits[m.start()] = (
                m.end(),
                _case_like(w, _POSSESSIVE[low]) if m.start() == first else _POSSESSIVE[low],
            )
        elif w == "Sie":
            _sie(sentence, words, i, edits, question)
    if not edits:
        return sentence
    text = sentence
    for start in sorted(edits, reverse=True):
        end, repl = edits[start]
        text = text[:start] + repl + text[end:]
    return text


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    left = max(
        (m.end() for m in _CLAUSE_END.finditer(sentence) if m.end() <= pos and m.group(0)),
        default=0,
    )
    right = min(
        (m.start() for m in _CLAUSE_END.finditer(sentence, pos) if m.start() >= pos),
        default=len(sentence),
    )
    return left, right


def _sie(sentence: str, words: list[re.Match[str]], i: int, edits: _Edits, question: bool) -> None:
    m = words[i]
    if m.start() == words[0].start() and len(words) > 1 and not _is_verb(words[1].group(0)):
        raise _Unsure  # "Sie ist …": she, not you
    left, right = _clause_bounds(sentence, m.start())
    in_clause = [w for w in words if left <= w.start() < right]
    k = in_clause.index(m)
    before = in_clause[k - 1].group(0) if k > 0 else ""
    if before.casefold() in _ACCUSATIVE_PREP or before == "Grüß":
        edits[m.start()] = (m.end(), "dich")  # "Was kann ich für Sie tun?", "Grüß Sie."
        return
    if k >= 2 and in_clause[k - 2].group(0).casefold() in _OBJECT_SUBJECTS:
        edits[m.start()] = (m.end(), "dich")  # "Ich verstehe Sie", "kann ich Sie …"
        return
    if k >= 1 and before.casefold() in _OBJECT_SUBJECTS:
        edits[m.start()] = (m.end(), "dich")  # "… dass ich Sie …"
        return
    if k >= 1 and before.casefold() in _SUBORDINATE:
        verb = _last_verb(in_clause[k + 1 :])
        edits[m.start()] = (m.end(), "du")
        edits[verb.start()] = (verb.end(), du_form(verb.group(0)))
        _reflexive(in_clause, edits)
        return
    if k >= 1 and _is_verb(before):
        verb = in_clause[k - 1]
        starts = k == 1 or (k == 2 and in_clause[0].group(0).casefold() in _LEADERS)
        modal = verb.group(0).casefold() in _IRREGULAR and verb.group(0).casefold() not in (
            "seien",
            "haben",
        )
        if starts and not question and not modal:
            # "Schicken Sie mir das gern", "Also hören Sie mal!": the imperative
            # ("Zahlen Sie, wenn es geht" → "Zahl, wenn es geht")
            edits[verb.start()] = (m.end(), imperative(verb.group(0)))
        else:
            edits[verb.start()] = (verb.end(), du_form(verb.group(0)))
            edits[m.start()] = (m.end(), "du")
        _reflexive(in_clause, edits)
        return
    if k == 0 or (k >= 1 and not _is_verb(before)):
        after = in_clause[k + 1] if k + 1 < len(in_clause) else None
        if after is not None and _is_verb(after.group(0)):
            edits[m.start()] = (
                m.end(),
                _case_like(m.group(0), "du") if m.start() == words[0].start() else "du",
            )
            edits[after.start()] = (after.end(), du_form(after.group(0)))
            _reflexive(in_clause, edits)
            return
    raise _Unsure


#: Words before a sentence's verb that still leave it an imperative ("Also hören Sie mal!").
_LEADERS = frozenset(
    {"also", "na", "ja", "nein", "nee", "bitte", "ach", "und", "oder", "dann", "gut", "ok",
     "okay", "moment"}
)  # fmt: skip


def _last_verb(words: list[re.Match[str]]) -> re.Match[str]:
    if not words or not _is_verb(words[-1].group(0)):
        raise _Unsure
    return words[-1]


#: Words of an accusative object beside "sich", which makes "sich" the dative: "Das hätten
#: Sie sich sparen können" → "dir", "wenn Sie sich die Bremsen anschauen" → "dir", "Lassen
#: Sie sich Zeit" → "dir"; without one it is "dich" ("Melden Sie sich").
_OBJECT_WORDS = frozenset(
    {"das", "die", "den", "ein", "eine", "einen", "kein", "keine", "keinen", "es", "was",
     "etwas", "zeit", "sorgen", "gedanken", "mühe", "stress", "sicher"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"um", "für", "mit", "bei", "von", "zu", "zum", "zur", "an", "auf", "in", "über", "nach",
     "aus", "vor", "ohne", "gegen", "durch", "bis"}
)  # fmt: skip


def _reflexive(clause: list[re.Match[str]], edits: _Edits) -> None:
    """ "sich" of a clause whose "Sie" became "du": "dir" beside an accusative object (not
    one inside a prepositional phrase: "Kümmern Sie sich um die Sache" → "dich"), else
    "dich"."""
    words = [w.group(0) for w in clause]
    objects = any(
        w.casefold() in _OBJECT_WORDS and (j == 0 or words[j - 1].casefold() not in _PREPOSITIONS)
        for j, w in enumerate(words)
    )
    for w in clause:
        if w.group(0) == "sich":
            edits[w.start()] = (w.end(), "dir" if objects else "dich")


#: The learner says "du": "hast du", "dir", "dein", "dich" (any case: typed lines are often
#: lower case).
_DU = lazyre.compile(r"\b(?:du|dich|dir|dein(?:e[mnrs]?)?)\b", re.IGNORECASE)


def says_du(text: str, customer: str = "") -> bool:
    """Whether a learner line addresses the customer with du: the pronouns, or his first
    name without "Herr"/"Frau" ("Ei gude Frank, hier is de Deniz": twenty-sixth audit, he
    answered "Grüß Sie. Was kann ich für Sie tun?")."""
    if _DU.search(text):
        return True
    names = customer.split()
    if len(names) < 2 or len(names[0]) < 2:
        return False
    # the first name alone: "Frank Becker?" asks for the person, it is no du
    first, last = re.escape(names[0]), re.escape(names[-1])
    pattern = rf"(?<!\w)(?<!herr )(?<!frau ){first}\b(?!\s+{last})"
    return re.search(pattern, text, re.IGNORECASE) is not None
