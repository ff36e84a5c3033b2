"""One browser session: `python -m trainer.web.session practice|review --scenarios DIR
--transcripts DIR [--today DATE]`, run by the server for each websocket.

The folders come from the server's command line, never from the browser. The practice
app forgets nothing between sessions because it remembers nothing: the learner is asked
for a name in each session, and the server's config file is neither read nor written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="trainer.web.session")
    parser.add_argument("mode", choices=("practice", "review"))
    parser.add_argument("--scenarios", type=Path, required=True)
    parser.add_argument("--transcripts", type=Path, required=True)
    parser.add_argument("--today")
    args = parser.parse_args(argv)
    from ..logs import setup_logging

    setup_logging()
    if args.mode == "review":
        from ..transcripts import recover
        from ..tui.review import ReviewApp, app_language

        recover(args.transcripts)
        # The server's login name is nobody's: the reviewer types theirs on the first comment
        # or override of the session, and the forms offer it from then on (a placeholder
        # "reviewer" was saved as the name of three comments: a reviewer audit).
        reviewer = os.environ.get("TRAINER_REVIEWER") or ""
        app = ReviewApp(args.transcripts, reviewer=reviewer, language=app_language())
        return int(app.run() or 0)
    from ..tui.app import TrainerApp

    probe = os.environ.get("TRAINER_SERVE_PROBE")
    app_class = _probed(TrainerApp, Path(probe)) if probe else TrainerApp
    trainer = app_class(
        scenarios=args.scenarios,
        transcripts=args.transcripts,
        today=dt.date.fromisoformat(args.today) if args.today else None,
        remember=False,
    )
    try:
        code = trainer.run()
    finally:
        # A browser closed mid-call: the journal stays and is recovered as interrupted.
        trainer.close_session()
    return int(code or 0)


def _probed(base: type, folder: Path) -> type:
    """The app reporting what it shows to `folder/<pid>.log` (tests: a browser's canvas
    has no text to read, so the browser test waits for these lines instead of sleeping).

    One line per change of the current screen ("screen NameScreen") and "ready" when the
    library's table is filled.
    """
    log = folder / f"{os.getpid()}.log"

    def write(line: str) -> None:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")

    class Probed(base):
        _shown = ""

        def on_mount(self) -> None:
            super().on_mount()
            self.set_interval(0.05, self._probe)

        def _probe(self) -> None:
            name = type(self.screen).__name__
            if name != self._shown:
                self._shown = name
                # Once the new screen has been laid out and painted, not merely pushed.
                self.call_after_refresh(write, f"screen {name}")

        def library_ready(self) -> None:
            write("ready")

    return Probed


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
