"""The `trainer` command: a thin shell over the core (DESIGN.md's stable command line)."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from .. import __version__

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
)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one short message and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\n(see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="trainer",
        description="Practise collection calls against a simulated customer.",
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    parser.add_argument("--scenarios", metavar="DIR", help="scenario folder")
    parser.add_argument("--transcripts", metavar="DIR", help="transcripts folder")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module_name = f"{__name__}.{name}"
        if importlib.util.find_spec(module_name) is None:
            continue  # a command still being built
        importlib.import_module(module_name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Learner text may hold bytes that are not UTF-8; never crash printing it.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
