"""Loading the message catalogue files and looking words up (see the package docstring)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .. import safety

log = logging.getLogger(__name__)

#: The shipped catalogues; de and en are complete (a test keeps them in step).
SHIPPED = Path(__file__).resolve().parent.parent / "data" / "messages"
#: The language every other one falls back to, key by key.
BASE = "en"


class CatalogueError(ValueError):
    """A catalogue file that cannot be read: its path and what is wrong."""


def catalogue_dirs() -> list[Path]:
    """The shipped folder, then each folder named in $TRAINER_MESSAGES (later wins)."""
    extra = [Path(p) for p in os.environ.get("TRAINER_MESSAGES", "").split(os.pathsep) if p]
    return [SHIPPED, *extra]


def _files(lang: str) -> list[Path]:
    return [d / f"{lang}.yaml" for d in catalogue_dirs() if (d / f"{lang}.yaml").is_file()]


def _languages() -> tuple[str, ...]:
    found = {p.stem for d in catalogue_dirs() if d.is_dir() for p in d.glob("*.yaml")}
    # German and English first (the toggle's order), then any added language.
    return ("de", "en", *sorted(found - {"de", "en"}))


def _read(path: Path) -> dict[str, Any]:
    try:
        # Safe loading only, and only a regular file of bounded size: catalogues are data,
        # and a folder in $TRAINER_MESSAGES may come from anyone.
        data = safety.safe_yaml(safety.read_regular(path, safety.YAML_LIMIT).decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CatalogueError(f"{path}: cannot read the message catalogue: {exc}") from exc
    if not isinstance(data, dict):
        raise CatalogueError(f"{path}: a message catalogue is a mapping of sections")
    return data


def merged(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """`over` on top of `base`, mapping by mapping; lists and texts are replaced whole."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


@cache
def raw(lang: str) -> dict[str, Any]:
    """The language's own files merged, without the English fallback (for the tests)."""
    out: dict[str, Any] = {}
    for path in _files(lang):
        out = merged(out, _read(path))
    return out


@cache
def catalogue(lang: str) -> dict[str, Any]:
    """The whole catalogue of `lang`: its own words over English for what it lacks.

    An unknown language is English. A broken added language is left out with a warning
    in the log rather than stopping the app; a broken shipped one is a packaging fault
    and raises.
    """
    base = raw(BASE)
    if lang == BASE or lang not in LANGUAGES:
        return base
    try:
        return merged(base, raw(lang))
    except CatalogueError:
        if lang in ("de", "en"):
            raise
        log.warning("message catalogue for %r unreadable; using English", lang, exc_info=True)
        return base


#: Every language with a catalogue file: de and en, then any added one.
LANGUAGES: tuple[str, ...] = _languages()


def section(lang: str, name: str) -> Any:
    """A whole section of the catalogue (e.g. "coaching", "export", "guide_cards")."""
    return catalogue(lang).get(name, {})


def t(lang: str, key: str, **values: object) -> str:
    """The interface text `key` in `lang`; a key no catalogue has shows itself."""
    text = catalogue(lang)["ui"].get(key)
    if text is None:
        return key
    return str(text).format(**values) if values else str(text)


def has(lang: str, key: str) -> bool:
    """Whether `key` is an interface text (e.g. an error code with its own message)."""
    return key in catalogue(lang)["ui"]


def label(table: str | Mapping[Any, Any], key: object, lang: str) -> str:
    """The name of an id: `table` is a `labels` section ("checks", "outcomes" …) or a
    mapping id -> {lang: text}. An id without a name is shown as it is (a test scans
    screens and exports for such ids)."""
    if isinstance(table, str):
        names = catalogue(lang)["labels"].get(table, {})
        entry = names.get("none" if key is None else key)
        return str(key) if entry is None else str(entry)
    entry = table.get(key)
    if entry is None:
        return str(key)
    return str(entry.get(lang) or entry[BASE])


def labels(name: str) -> dict[Any, dict[str, str]]:
    """A `labels` section as id -> {lang: text} over every language (the TUI's tables);
    the strategies' `none` is the None key (no strategy recognised)."""
    out: dict[Any, dict[str, str]] = {}
    for lang in LANGUAGES:
        for key, text in catalogue(lang)["labels"].get(name, {}).items():
            out.setdefault(None if key == "none" else key, {})[lang] = text
    return out


def language_name(code: str, lang: str) -> str:
    """The name of language `code` in `lang` ("Englisch"), else in its own ("Français")."""
    key = f"lang_{code}"
    if has(lang, key):
        return t(lang, key)
    return str(catalogue(code).get("meta", {}).get("name") or code)


def system_language() -> str:
    """The environment's language if there is a catalogue for it, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else BASE
    return BASE
