"""The `trainer` command: a thin shell over the core (DESIGN.md's stable command line)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from .. import __version__, startup
from ..safety import SafeStream

log = logging.getLogger(__name__)

#: Subcommand modules, each with add_parser(subparsers) and run(args) -> int.
COMMANDS = (
    "play",
    "validate",
    "test",
    "graph",
    "schema",
    "classify",
    "eval",
    "fuzz",
    "new",
    "review",
    "export",
    "stats",
    "replay",
    "serve",
)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one short message and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\n(see '{self.prog} --help')\n")


#: Global options that take a value (so the value is not taken for the command name).
_VALUE_OPTIONS = ("--scenarios", "--transcripts")


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand token of argv, or None when there is none (bare `trainer`)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUE_OPTIONS:
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser(only: str | None = "*") -> argparse.ArgumentParser:
    """The parser; `only` limits the subcommands imported ('*' all, None none).

    Importing every subcommand costs a few hundred milliseconds (the session, the
    scenario model), which the bare `trainer` start of the TUI should not pay.
    """
    parser = _Parser(
        prog="trainer",
        description="Practise collection calls against a simulated customer.",
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    parser.add_argument("--scenarios", metavar="DIR", help="scenario folder")
    parser.add_argument("--transcripts", metavar="DIR", help="transcripts folder")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        if only != "*" and name != only:
            continue
        importlib.import_module(f"{__name__}.{name}").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        # A process starting (the console script, `python -m trainer`; tests pass argv and
        # share their process): no garbage collection until the start is over (see
        # trainer/startup.py); collecting what the start builds cost ≈ 10 % of the first
        # answer.
        startup.hold()
    # One BLAS thread unless the user chose otherwise, set before numpy is imported (the
    # recogniser imports it): OpenBLAS starts a thread per core at import, which spun for
    # ≈ 0.12 s of CPU on the other core of a 2-core machine before the first answer
    # (benchmarks/README.md, twenty-fourth session); the app's matrices are a few hundred
    # rows, and training already runs on one thread (train.fit).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # Learner text may hold bytes that are not UTF-8; never crash printing it.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    # Whatever a command prints passes the one sanitiser: an ESC from a scenario, a
    # transcript or a learner line never reaches the terminal (Textual draws the TUI
    # on sys.__stderr__, which stays untouched).
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    from ..logs import setup_logging

    setup_logging()  # once, here: importing trainer configures nothing
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = saved
        startup.done()


#: Commands whose first answer is timed (issue 10: within 0.5 s of starting); the TUI too.
_FAST_START = (None, "play", "classify")


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = _command_in(argv)
    wants_help = any(a in ("-h", "--help") for a in argv)
    if command in COMMANDS:
        only: str | None = command
    elif command is None and not wants_help:
        only = None  # the TUI: no subcommand to import
    else:
        only = "*"  # help or a typo: list every command
    parser = build_parser(only)
    args = parser.parse_args(argv)
    if args.command not in _FAST_START:
        startup.done()  # a batch, a server or a review: 40 ms of start matter to nobody
    if args.command is None:
        from .play import run_tui

        return run_tui(args, None)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # A file the user named cannot be read or written: say which and why, no traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"trainer: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the last line of defence: one sentence, never a traceback
        log.exception("trainer %s failed", args.command)
        if os.environ.get("TRAINER_DEBUG"):
            raise
        print(
            f"trainer: unexpected error ({type(exc).__name__}: {exc}); "
            "run again with TRAINER_DEBUG=1 for details",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
