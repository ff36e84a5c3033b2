"""`trainer review [TRANSCRIPT]`: the review browser as an app of its own."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ...transcripts import Transcript, TranscriptError, load_transcript, recover
from ...transcripts.index import find_transcript
from ..base import LanguageApp
from ..i18n import LANGUAGES, system_language, t
from .common import reviewer_name
from .table import ReviewScreen


class ReviewApp(LanguageApp):
    """`trainer review`: the table, or straight into one call when one is named.

    Its language works as the practice app's: a call shows in its scenario's language,
    the table in the app's, until F6 switches both to Deutsch or English.
    """

    TITLE = "Call review"

    def __init__(
        self,
        folder: Path,
        *,
        reviewer: str,
        open_path: Path | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.reviewer = reviewer
        self.open_path = open_path
        #: None = follow the transcript's scenario language.
        self.ui_language: str | None = None
        self.home_language = language if language in LANGUAGES else system_language()

    def on_mount(self) -> None:
        self.title = t(self.language_for(None), "rv_title")
        self.keys_in(self.language_for(None))
        screen = ReviewScreen(self.folder, reviewer=self.reviewer)
        self.push_screen(screen, self.left_table)
        if self.open_path is not None:
            self.call_after_refresh(screen.open_call, self.open_path)

    def left_table(self, _: None) -> None:
        """The table is this app's home: leaving it ends the review."""
        self.exit(0)


def app_language(transcript: Transcript | None = None) -> str:
    """The default language: the transcript's scenario language when one is opened,
    else the practice app's (its saved choice, else its home language, else $LANG)."""
    if transcript is not None:
        language = transcript.scenario.language
        if language in LANGUAGES:
            return str(language)
    from ..config import load_config

    config = load_config()  # an unreadable config is an empty one
    for key in ("ui_language", "home_language"):
        if config.get(key) in LANGUAGES:
            return str(config[key])
    return system_language()


def run_review(args: argparse.Namespace, transcript_ref: str | None) -> int:
    """Entry point of `trainer review [TRANSCRIPT]`; errors are one line and exit 2."""
    from ...paths import transcripts_dir

    folder = transcripts_dir(getattr(args, "transcripts", None))
    open_path = None
    data = None
    try:
        recover(folder)
        if transcript_ref:
            open_path = find_transcript(transcript_ref, folder)
            data = load_transcript(open_path)  # refuse a broken file before the screen opens
    except TranscriptError as exc:
        print(exc, file=sys.stderr)
        return 2
    app = ReviewApp(
        folder, reviewer=reviewer_name(args), open_path=open_path, language=app_language(data)
    )
    result = app.run()
    if result is None and app.return_code not in (0, None):
        return 1  # an internal error: never exit 0 (the crash line is already printed)
    return int(result or 0)
