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

from .. import lazyre
from .lexicon import LANGUAGES, lexicon

#: Lines are capped before analysis: no learner says 100,000 characters in one turn,
#: and the cap keeps recognition time bounded whatever is pasted in.
MAX_CHARS = 2000

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "", "'": "", "`": ""})

_DE = lexicon("de")
_EN = lexicon("en")

#: Hesitation sounds that carry no meaning in either language (trainer/data/lexicon).
_FILLERS = {language: lexicon(language).fillers for language in LANGUAGES}

#: American spellings mapped to British ones (both sides of training/recognition use it).
_SPELLING = _EN.spelling
_IZE = lazyre.compile(r"(?<=\w{3})iz(e|ed|es|ing|ation)$")

#: German regional speech mapped to standard German, word by word, after folding; see
#: the comments in trainer/data/lexicon/de.yaml for what is listed and what is not.
_DIALECT = _DE.dialect

#: Past participles without "ge-" ("gmacht", "gschickt", "ausgsucht", "gmeinsam"):
#: "g" before s/m/f/w/h/z opens no standard German word, so "ge" is restored (after an
#: optional separable prefix; "an-" is left out because of "Angst").
_BARE_GE = lazyre.compile(r"^(aus|ab|auf|ein|zu|mit|vor|nach|zruck|zam|o)?g(?=[smfwhz][a-z]{2})")
_ELISION = lazyre.compile(r"^[dDsS]['’][^\W\d_]{3,}$")
_BARE_GE_KEEP = _DE.bare_ge_keep

#: Words whose standard reading depends on the next word ("mir hend" is Swiss "wir") or
#: on the word before ("ruaf o" is "rufe an"): word -> (standard form, neighbours).
_DIALECT_NEXT = {w: (r.means, r.words) for w, r in _DE.dialect_before.items()}
_DIALECT_AFTER = {w: (r.means, r.words) for w, r in _DE.dialect_after.items()}


def _dialect_word(word: str) -> str:
    """One folded German word in its standard form (unchanged if not a dialect form)."""
    mapped = _DIALECT.get(word)
    if mapped is not None:
        return mapped
    if word not in _BARE_GE_KEEP and _BARE_GE.match(word):
        return _BARE_GE.sub(lambda m: (m.group(1) or "") + "ge", word, count=1)
    return word


def _dialect_context(tokens: list[Token]) -> list[Token]:
    """Map the words whose dialect reading needs the neighbour (see `_DIALECT_NEXT`)."""
    out = list(tokens)
    for i, t in enumerate(tokens):
        rule = _DIALECT_NEXT.get(t.norm)
        if rule and i + 1 < len(tokens) and tokens[i + 1].norm in rule[1]:
            out[i] = Token(rule[0], t.start, t.end, t.clause)
        rule = _DIALECT_AFTER.get(t.norm)
        if rule and i > 0 and tokens[i - 1].norm in rule[1]:
            out[i] = Token(rule[0], t.start, t.end, t.clause)
    return out


#: A token: letters/digits with inner apostrophes, or a single symbol we care about
#: (currency and percent signs become tokens so models see them).
_TOKEN = lazyre.compile(r"[^\W_]+(?:['’][^\W_]+)*|[€£$%]")

#: "Hallo?" / "Hello?" with a question mark is a check that the line still works, not a
#: greeting: such a word becomes this token, which no greeting pattern matches and which
#: the model learns from the library's no-intent lines.
CONNECTION_CHECK = "zzhallo"
_CHECK_WORDS = frozenset({"hallo", "hello", "halloo", "helloo", "hallihallo", "hi", "hey"})
_QUESTION_NEXT = lazyre.compile(r"[ \t]*\?")

#: An e-mail or web address is no words of the move around it: "I will resend the invoice
#: today to accounts@northwind.co.uk." read as nothing at all, its name parts outweighing
#: the move (V256 10). Its tokens are left out of what the model sees; the line keeps it.
_ADDRESS = lazyre.compile(
    r"[^\s@<>()\[\],;]+@[^\W_](?:[\w-]*\.)+[^\W_]+|(?:https?://|www\.)[^\s<>()\[\]]+",
    re.IGNORECASE,
)
_MAY_ADDRESS = lazyre.compile(r"@|://|www\.", re.IGNORECASE)

#: Boundaries of clauses: sentence ends, semicolons, dashes between words, colons.
_CLAUSE = lazyre.compile(
    r"[.!?;:]+(?=\s|$)|\s[–—-]+\s|\s*\n\s*"
    r"|,(?=\s+(?:aber|but|doch|trotzdem|allerdings|jedoch|though|still|so)\b)"
    r"|,?\s(?:and|und)(?=\s+(?:if|unless|otherwise|wenn|falls|sonst|andernfalls)\b)",
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
    if language == "de" and _ELISION.match(word):
        word = word[2:]  # "d'Rechnig", "s'Geld": the elided article carries no meaning
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
    elif language == "de":
        word = _dialect_word(word)
    # Digits carry amounts and dates, which the fact extractor turns into markers;
    # the exact figures would only teach the model invoice numbers.
    if any(c.isdigit() for c in word):
        word = re.sub(r"\d+", "0", word)
    return word


#: A figure taken back: "$180 — sorry, £180", "500 Euro, Entschuldigung, 600 Euro". The
#: "sorry" corrects a slip and apologises for nothing; with the slip it is dropped, so the
#: line is read as said right (V106 08: "I need to know why this balance of $180 — sorry,
#: £180 — still hasn't been paid." was empathy 0.89 and no reproach).
_TAKE_BACK = frozenset({"sorry", "sorri", "entschuldigung", "pardon"})
_FIGURE = frozenset({"0", "€", "£", "$", "euro", "eur", "pounds", "pound", "quid", "dollars"})


def _drop_taken_back(tokens: list[Token]) -> list[Token]:
    """The tokens without a figure taken back and the "sorry" that takes it back."""
    drop: set[int] = set()
    for i, t in enumerate(tokens):
        if t.norm not in _TAKE_BACK or i == 0 or i + 1 >= len(tokens):
            continue
        if tokens[i - 1].norm in _FIGURE and tokens[i + 1].norm in _FIGURE:
            j = i - 1
            while j >= 0 and tokens[j].norm in _FIGURE:
                drop.add(j)
                j -= 1
            drop.add(i)
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


def tokenize(text: str, language: str) -> list[Token]:
    """Tokens of a cleaned line, fillers removed, each with its original span and clause."""
    fillers = _FILLERS.get(language, frozenset())
    cuts = [m.end() for m in _CLAUSE.finditer(text)]
    addresses = [m.span() for m in _ADDRESS.finditer(text)] if _MAY_ADDRESS.search(text) else []
    tokens: list[Token] = []
    clause = 0
    for m in _TOKEN.finditer(text):
        if addresses and any(a <= m.start() < b for a, b in addresses):
            continue
        while clause < len(cuts) and m.start() >= cuts[clause]:
            clause += 1
        norm = fold_word(m.group(), language)
        if not norm or norm in fillers:
            continue
        if norm in _CHECK_WORDS and _QUESTION_NEXT.match(text, m.end()):
            norm = CONNECTION_CHECK
        tokens.append(Token(norm, m.start(), m.end(), clause))
    if language == "de":
        tokens = _dialect_context(tokens)
    return _drop_taken_back(tokens)


def norm_key(text: str, language: str) -> str:
    """A key under which two spellings of the same line compare equal (duplicates, CV)."""
    return " ".join(t.norm for t in tokenize(clean(text), language))
