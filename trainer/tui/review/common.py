"""What the review screens share: their styles, the reviewer's name, the language."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text

from ...transcripts.export import tier_name
from .. import compat
from ..base import Key, LanguageShown, translated_bindings
from ..i18n import LANGUAGES, t

#: One style sheet for the table, the call and the forms; each screen class takes it as
#: its DEFAULT_CSS (as when it was a string in review.py, so the screens look the same).
CSS = Path(__file__).with_name("review.tcss").read_text(encoding="utf-8")


def reviewer_name(args: Any = None) -> str:
    """--reviewer, else $TRAINER_REVIEWER, else the login name."""
    name = getattr(args, "reviewer", None) or os.environ.get("TRAINER_REVIEWER")
    if name:
        return str(name)
    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):  # no user database entry, e.g. in a container
        return "reviewer"


def language_of_app(app: Any, scenario_language: str | None = None) -> str:
    """The app's language for a screen (the practice app and ReviewApp both say)."""
    language_for = getattr(app, "language_for", None)
    if language_for is not None:
        return str(language_for(scenario_language))
    return scenario_language if scenario_language in LANGUAGES else "en"


class ReviewLanguage:
    """What the review screens share: a language that follows the app, translated keys."""

    KEYS: ClassVar[list[Key]] = []
    scenario_language: str | None = None
    _shown_lang: str | None = None

    @property
    def lang(self) -> str:
        return language_of_app(self.app, self.scenario_language)  # type: ignore[attr-defined]

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    def apply_language(self) -> None:
        lang = self.lang
        if lang != self._shown_lang:
            web = self.app.is_web  # type: ignore[attr-defined]
            compat.set_bindings(self, translated_bindings(type(self), self.KEYS, lang, web=web))  # type: ignore[arg-type]
            # The app's own keys follow (an app that does not handle this keeps its own).
            self.post_message(LanguageShown(lang))  # type: ignore[attr-defined]
            self.refresh_bindings()  # type: ignore[attr-defined]
            changed = self._shown_lang is not None
            self._shown_lang = lang
            self.relabel(changed)

    def relabel(self, changed: bool) -> None:
        """Re-set the screen's texts in the current language (subclasses)."""


def score_text(
    score: int | None,
    passed: bool | None,
    tier: str | None,
    lang: str = "en",
    capped: bool = False,
) -> Text:
    """ "90/100 passed, gold" in green (red when not passed), "silver (capped)" where a
    failed check holds the tier down; "—" without a score."""
    if score is None:
        return Text("—")
    style = {True: "green", False: "red", None: ""}[passed]
    verdicts = {True: f" {t(lang, 'rv_passed')}", False: f" {t(lang, 'rv_not_passed')}", None: ""}
    verdict = verdicts[passed]
    tier_shown = tier_name(tier, lang, capped)
    return Text(f"{score}/100{verdict}" + (f", {tier_shown}" if tier else ""), style=style)
