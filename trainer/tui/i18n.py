"""The screens' view of the message catalogue (`trainer.i18n`, words in
`trainer/data/messages/<lang>.yaml`).

The interface follows the scenario's language unless the learner switches it; the
library (which lists both languages) follows the saved choice or $LANG. Learner and
customer text never passes through here: it is shown as it was said.

The tables below keep the shape the screens were written against (id -> {lang: text});
they are built from the catalogue once, at import.
"""

from __future__ import annotations

from ..i18n import (
    LANGUAGES,
    catalogue,
    format_date,
    format_money,
    has,
    label,
    labels,
    language_name,
    system_language,
    t,
)

#: Every interface text, key -> {lang: text} (e.g. "is there a message for this code?").
STRINGS: dict[str, dict[str, str]] = {}
for _lang in LANGUAGES:
    for _key, _text in catalogue(_lang)["ui"].items():
        STRINGS.setdefault(_key, {})[_lang] = _text

CUSTOMER_TYPES = labels("customer_types")
PERSONAS = labels("personas")
#: Outcomes, and the end reasons of a call without one (learner_ended, turn_limit …).
OUTCOMES = labels("outcomes")


def ending(outcome: str | None, reason: str | None) -> str:
    """The OUTCOMES key a call's end is shown by: a customer who gave up is "gave up", not
    "hung up" (he was not offended, just done); otherwise the outcome, else why it ended."""
    if reason == "gave_up":
        return reason
    return outcome or reason or "learner_ended"


#: The same, worded for a reviewer ("learner hung up", not the learner's "you hung up").
REVIEWER_OUTCOMES = labels("reviewer_outcomes")
#: The opening strategies; the None key is "neither of the two".
STRATEGIES = labels("strategies")
TIERS = labels("tiers")
#: GUIDE.md §2-4 check ids, named for people (one list for screens and exports).
CHECKS = labels("checks")
#: GUIDE.md §5 intent names, as a learner reads them under their own line.
INTENTS = labels("intents")
MODES = labels("modes")

#: Six mood words per language, angriest first.
MOOD_WORDS: dict[str, list[str]] = {lang: catalogue(lang)["mood_words"] for lang in LANGUAGES}

#: The guide's cards (GUIDE.md §2-4), shown by the hint key: situation -> lang -> (title, body).
GUIDE_CARDS: dict[str, dict[str, tuple[str, str]]] = {}
for _lang in LANGUAGES:
    for _name, _card in catalogue(_lang)["guide_cards"].items():
        GUIDE_CARDS.setdefault(_name, {})[_lang] = (_card["title"], _card["body"])

__all__ = [
    "CHECKS",
    "CUSTOMER_TYPES",
    "GUIDE_CARDS",
    "INTENTS",
    "LANGUAGES",
    "MODES",
    "MOOD_WORDS",
    "OUTCOMES",
    "PERSONAS",
    "REVIEWER_OUTCOMES",
    "STRATEGIES",
    "STRINGS",
    "TIERS",
    "ending",
    "format_date",
    "format_money",
    "has",
    "label",
    "language_name",
    "system_language",
    "t",
]
