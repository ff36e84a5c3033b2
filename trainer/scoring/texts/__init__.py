"""Feedback texts per language, as data: one module per language, the same keys in each.

Texts live here and nowhere else so a trainer can read and correct all of a language's
coaching in one file. They are Python dicts rather than YAML so they ship with the
package without packaging rules (the package data globs cover `trainer/data` only).
Templates use `str.format` fields filled from the call (see `view.CallView.values`).
"""

from __future__ import annotations

from typing import Any

from . import de, en

_TEXTS: dict[str, dict[str, Any]] = {"de": de.TEXTS, "en": en.TEXTS}


def texts(language: str) -> dict[str, Any]:
    """The texts of `language`; unknown languages fall back to English."""
    return _TEXTS.get(language, _TEXTS["en"])


__all__ = ["texts"]
