"""The recogniser's word lists, read from trainer/data/lexicon/<language>.yaml.

Dialect map, fillers, spelling variants, month and weekday names, currency words and
number words are data, not code: a linguist edits a YAML file, and a third language is
a third file. They ship as package data beside the code that reads them (not in the
trainer-edited intent library under scenarios/_intents) because they decide what a
feature *means*: an edit must retrain every model, so `cache.code_version` hashes them
like source.

Each file is read once per process with the project's safe loader (no tags, YAML 1.2
booleans, duplicate keys refused); anything malformed raises a `ScenarioError` whose one
finding says `file:line:column` and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..scenario.findings import ScenarioError
from ..scenario.yamlsource import Locator, load_yaml

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
#: The languages with a lexicon file, in the order their words are merged.
LANGUAGES = ("de", "en")

#: Section -> kind of value: "words" a list, "str"/"code" a word -> word/ISO code map,
#: (lo, hi) a word -> integer map in that range, "rule" a context rule map.
_SECTIONS: dict[str, Any] = {
    "fillers": "words",
    "spelling": "str",
    "dialect": "str",
    "bare_ge_keep": "words",
    "dialect_before": "rule",
    "dialect_after": "rule",
    "months": (1, 12),
    "weekdays": (0, 6),
    "weekday_abbreviations": (0, 6),
    "currencies": "code",
    "currency_slang": "code",
    "count_words": (1, 1000),
    "number_units": (1, 9),
    "number_teens": (10, 19),
    "number_tens": (10, 90),
    "number_words": (1, 90),
    "ordinal_days": (1, 31),
    "negators": "words",
    "negation_contrast": "words",
    "negation_bounds": "words",
    "legal_stems": "words",
    "reproach_stems": "words",
}


@dataclass(frozen=True)
class ContextRule:
    """A word read as `means` only next to one of `words` (before or after it)."""

    means: str
    words: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """One language's word lists (empty where the language has none)."""

    language: str
    fillers: frozenset[str]
    spelling: dict[str, str]
    dialect: dict[str, str]
    bare_ge_keep: frozenset[str]
    dialect_before: dict[str, ContextRule]
    dialect_after: dict[str, ContextRule]
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    currencies: dict[str, str]
    currency_slang: dict[str, str]
    count_words: dict[str, int]
    number_units: dict[str, int]
    number_teens: dict[str, int]
    number_tens: dict[str, int]
    number_words: dict[str, int]
    ordinal_days: dict[str, int]
    negators: frozenset[str]
    negation_contrast: frozenset[str]
    negation_bounds: frozenset[str]
    legal_stems: frozenset[str]
    reproach_stems: frozenset[str]


def _check(data: Any, loc: Locator, language: str) -> dict[str, Any]:
    """The file's sections, typed; the first problem raises with its position."""

    def fail(path: tuple[str | int, ...], message: str, *, key: bool = False) -> ScenarioError:
        return ScenarioError([loc.finding(path, message, key=key)])

    if not isinstance(data, dict):
        raise fail((), "a lexicon file must be a mapping of section name to words")
    if data.get("language") != language:
        raise fail(("language",), f"'language' must be '{language}' (the file's name)")
    out: dict[str, Any] = {}
    for section, body in data.items():
        if section == "language":
            continue
        kind = _SECTIONS.get(section)
        if kind is None:
            known = ", ".join(_SECTIONS)
            raise fail((section,), f"unknown section '{section}' (known: {known})", key=True)
        if kind == "words":
            if not isinstance(body, list) or not all(isinstance(w, str) and w for w in body):
                raise fail((section,), f"'{section}' must be a list of words")
            out[section] = frozenset(body)
            continue
        if not isinstance(body, dict):
            raise fail((section,), f"'{section}' must be a mapping of word to value")
        if kind == "rule":
            rules = {}
            for word, rule in body.items():
                side = "before" if section == "dialect_before" else "after"
                ok = (
                    isinstance(rule, dict)
                    and set(rule) == {"means", side}
                    and isinstance(rule["means"], str)
                    and isinstance(rule[side], list)
                    and all(isinstance(w, str) for w in rule[side])
                )
                if not ok:
                    raise fail(
                        (section, word), f"'{word}' needs 'means: <word>' and '{side}: [words]'"
                    )
                rules[word] = ContextRule(rule["means"], frozenset(rule[side]))
            out[section] = rules
            continue
        for word, value in body.items():
            if kind in ("str", "code"):
                good = isinstance(value, str) and bool(value)
                if kind == "code":
                    good = good and len(value) == 3 and value.isupper()
                want = "a three-letter currency code" if kind == "code" else "a word"
            else:
                lo, hi = kind
                good = type(value) is int and lo <= value <= hi
                want = f"a whole number from {lo} to {hi}"
            if not good:
                raise fail((section, word), f"'{word}' in '{section}' must be {want}")
        out[section] = dict(body)
    return out


@cache
def lexicon(language: str) -> Lexicon:
    """The word lists of one language, read once per process."""
    path = LEXICON_DIR / f"{language}.yaml"
    data, loc = load_yaml(path)
    sections = _check(data, loc, language)
    empty: dict[str, Any] = {"words": frozenset(), "rule": {}}
    fields = {name: sections.get(name, empty.get(kind, {})) for name, kind in _SECTIONS.items()}
    return Lexicon(language=language, **fields)


def merged(section: str) -> dict[str, Any]:
    """One mapping section of every language, merged in `LANGUAGES` order.

    Facts are read whatever the call's language ("am 3. March" still resolves), so months,
    weekdays, currencies and number words are one table. A word listed in two languages
    must mean the same in both.
    """
    out: dict[str, Any] = {}
    for language in LANGUAGES:
        table: dict[str, Any] = getattr(lexicon(language), section)
        for word, value in table.items():
            if out.get(word, value) != value:
                path = LEXICON_DIR / f"{language}.yaml"
                _, loc = load_yaml(path)
                raise ScenarioError(
                    [
                        loc.finding(
                            (section, word),
                            f"'{word}' means {value!r} here but {out[word]!r} in another language",
                        )
                    ]
                )
            out.setdefault(word, value)
    return out


def files() -> list[Path]:
    """The lexicon files, for the model cache key."""
    return [LEXICON_DIR / f"{language}.yaml" for language in LANGUAGES]
