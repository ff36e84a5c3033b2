"""The review browser: all transcripts in a table, one call with its feedback, annotations.

`ReviewScreen` is the table (usable from the practice app: push it with the
transcripts folder; leaving it dismisses it);
`TranscriptScreen` shows one call; the modal forms add comments, overrides and exports
through the headless core (`trainer.transcripts`). Everything a person typed is shown
through `rich.text.Text`, never parsed as markup.

Modules: `table` (the list of calls), `progress` (a learner's scores under it),
`transcript` (one call), `panels` (its head and side panel), `annotate` (the
reviewer's actions), `forms`, `app` (`trainer review`), `common`; styles in
`review.tcss`.
"""

from __future__ import annotations

from .app import ReviewApp, app_language, run_review
from .common import reviewer_name
from .table import ReviewScreen
from .transcript import TURN_WINDOW, TranscriptScreen, TurnView

__all__ = [
    "TURN_WINDOW",
    "ReviewApp",
    "ReviewScreen",
    "TranscriptScreen",
    "TurnView",
    "app_language",
    "reviewer_name",
    "run_review",
]
