"""Every word a person reads, per language, as data: the message catalogue.

The words live in `trainer/data/messages/<lang>.yaml` (one file per language, the same
keys in each) and are read here, in the core, so the screens, the CLI, the scoring's
coaching and the export all speak from the same catalogue. This module imports nothing
from the rest of `trainer` (and never Textual): every layer may use it.

A catalogue file has these sections:
  meta         the language's own name, its Babel locale and date patterns
  ui           interface texts, `t(lang, key, **values)` (str.format placeholders)
  labels       names for ids: customer types, personas, outcomes, strategies, tiers,
               checks, intents, modes, statuses, channels; `label(section, id, lang)`
  mood_words   the six mood words, angriest first
  guide_cards  the hint key's cards, {title, body} per situation
  export       the export's words (md/html)
  coaching     the scoring's feedback texts and keyword lists (`section(lang, "coaching")`)

A new language is a new file: copy `en.yaml` to `<code>.yaml`, set `meta.locale`, and
translate. Keys it leaves out fall back to English. Catalogue files in the folders of
$TRAINER_MESSAGES (os.pathsep-separated) add languages or reword shipped ones without
touching the package.
"""

from __future__ import annotations

from .catalogue import (
    BASE,
    LANGUAGES,
    CatalogueError,
    catalogue,
    has,
    label,
    labels,
    language_name,
    merged,
    raw,
    section,
    system_language,
    t,
)
from .formats import format_date, format_datetime, format_money, format_number, locale_for

__all__ = [
    "BASE",
    "LANGUAGES",
    "CatalogueError",
    "catalogue",
    "format_date",
    "format_datetime",
    "format_money",
    "format_number",
    "has",
    "label",
    "labels",
    "language_name",
    "locale_for",
    "merged",
    "raw",
    "section",
    "system_language",
    "t",
]
