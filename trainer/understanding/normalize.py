"""Text normalisation shared by training, recognition and patterns.

Learners type fast, speech-to-text drops punctuation and case, keyboards without
umlauts give "ae/oe/ue", and British and American spellings differ. We map all of
these to one form *before* any model or pattern sees the text, so one example in the
library covers every variant. Every kept token remembers its span in the original
line, so evidence can always quote the learner's own words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Lines are capped before analysis: no learner says 100,000 characters in one turn,
#: and the cap keeps recognition time bounded whatever is pasted in.
MAX_CHARS = 2000

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "", "'": "", "`": ""})

#: Hesitation sounds that carry no meaning in either language. "er" is English only
#: (in German it is the pronoun "he").
_FILLERS = {
    "de": frozenset({"aeh", "aehm", "aehmm", "oehm", "oeh", "hm", "hmm", "ehm", "em"}),
    "en": frozenset({"uh", "uhm", "um", "umm", "erm", "er", "hm", "hmm", "eh", "ehm", "ah"}),
}

#: American spellings mapped to British ones (both sides of training/recognition use it).
_SPELLING = {
    "installment": "instalment",
    "installments": "instalments",
    "favor": "favour",
    "color": "colour",
    "behavior": "behaviour",
    "ok": "okay",
    "thx": "thanks",
    "pls": "please",
    "plz": "please",
}
_IZE = re.compile(r"(?<=\w{3})iz(e|ed|es|ing|ation)$")

#: A token: letters/digits with inner apostrophes, or a single symbol we care about
#: (currency and percent signs become tokens so models see them).
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[€£$%]")

#: "Hallo?" / "Hello?" with a question mark is a check that the line still works, not a
#: greeting: such a word becomes this token, which no greeting pattern matches and which
#: the model learns from the library's no-intent lines.
CONNECTION_CHECK = "zzhallo"
_CHECK_WORDS = frozenset({"hallo", "hello", "halloo", "helloo", "hallihallo", "hi", "hey"})
_QUESTION_NEXT = re.compile(r"[ \t]*\?")

#: Boundaries of clauses: sentence ends, semicolons, dashes between words, colons.
_CLAUSE = re.compile(
    r"[.!?;:]+(?=\s|$)|\s[–—-]+\s|\s*\n\s*"
    r"|,(?=\s+(?:aber|but|doch|trotzdem|allerdings|jedoch|though|still|so)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Token:
    """One normalised word and where it stands in the original line."""

    norm: str
    start: int
    end: int
    clause: int


def clean(text: str) -> str:
    """Make any input safe to analyse: cap length, drop control and format characters."""
    text = text[:MAX_CHARS]
    text = unicodedata.normalize("NFKC", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            out.append("\n" if ch in "\n\r" else " ")
        else:
            out.append(ch)
    return "".join(out)


def fold_word(word: str, language: str) -> str:
    """Lowercase, fold umlauts to ae/oe/ue, strip accents, unify spelling variants."""
    word = word.lower().translate(_FOLD)
    if not word.isascii():
        word = "".join(
            c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
        )
    if language == "en":
        word = _SPELLING.get(word, word)
        word = _IZE.sub(lambda m: "is" + m.group(1), word)
    elif word in ("ok", "okay", "oki"):
        word = "okay"
    # Digits carry amounts and dates, which the fact extractor turns into markers;
    # the exact figures would only teach the model invoice numbers.
    if any(c.isdigit() for c in word):
        word = re.sub(r"\d+", "0", word)
    return word


def fold_text(text: str) -> str:
    """Fold a whole string the way tokens are folded (used to fold patterns and keys)."""
    return text.lower().translate(_FOLD)


def tokenize(text: str, language: str) -> list[Token]:
    """Tokens of a cleaned line, fillers removed, each with its original span and clause."""
    fillers = _FILLERS.get(language, frozenset())
    cuts = [m.end() for m in _CLAUSE.finditer(text)]
    tokens: list[Token] = []
    clause = 0
    for m in _TOKEN.finditer(text):
        while clause < len(cuts) and m.start() >= cuts[clause]:
            clause += 1
        norm = fold_word(m.group(), language)
        if not norm or norm in fillers:
            continue
        if norm in _CHECK_WORDS and _QUESTION_NEXT.match(text, m.end()):
            norm = CONNECTION_CHECK
        tokens.append(Token(norm, m.start(), m.end(), clause))
    return tokens


def norm_key(text: str, language: str) -> str:
    """A key under which two spellings of the same line compare equal (duplicates, CV)."""
    return " ".join(t.norm for t in tokenize(clean(text), language))
