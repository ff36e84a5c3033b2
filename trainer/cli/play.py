"""`trainer play SCENARIO [--script FILE] [--seed N] [--json | --jsonl] [--learner NAME]
[--channel call|written] [--today YYYY-MM-DD] [--letter FILE]`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import Fail, fail


def add_parser(sub: Any) -> None:
    p = sub.add_parser("play", help="play a scenario (the TUI, or headless with --script)")
    p.add_argument("scenario", metavar="SCENARIO", help="scenario id or path to a YAML file")
    p.add_argument(
        "--script",
        metavar="FILE",
        help="headless: one learner line per line ('-' = stdin; empty line = pause; # comment)",
    )
    p.add_argument("--seed", type=int, help="seed for the customer's random choices")
    p.add_argument("--json", action="store_true", help="print the result as one JSON object")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="with --script: one JSON object per event as the call goes, the result last",
    )
    p.add_argument("--learner", metavar="NAME", help="who is practising (default: $USER)")
    p.add_argument("--persona", help="force the customer's reaction (when drawn at random)")
    p.add_argument("--exam", action="store_true", help="exam mode: feedback only at the end")
    p.add_argument(
        "--channel",
        choices=("call", "written"),
        help="the first step you decide on before the call (scored as in the app)",
    )
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="pin the call date (relative dates like 'Freitag'); default: the real date",
    )
    p.add_argument(
        "--letter",
        metavar="FILE",
        help="with --script: the written confirmation after the call ('-' = stdin)",
    )
    p.add_argument(
        "--watch",
        action="store_true",
        help="with --script: replay the script whenever the scenario (or script) file changes",
    )
    p.set_defaults(func=run)


def learner_name(args: argparse.Namespace) -> str:
    from ..session import default_learner

    return default_learner(getattr(args, "learner", None))


def today_of(args: argparse.Namespace) -> Any:
    """--today as a date (None = the real date); Fail with one sentence if malformed."""
    from ..session import parse_today

    try:
        return parse_today(getattr(args, "today", None))
    except ValueError as exc:
        raise Fail(str(exc)) from None


def run(args: argparse.Namespace) -> int:
    try:
        today_of(args)
    except Fail as exc:
        return fail(str(exc))
    if getattr(args, "json", False) and getattr(args, "jsonl", False):
        return fail("--json and --jsonl are two ways of printing the result: choose one")
    if getattr(args, "watch", False):
        return _watch(args)
    if not args.script:
        if getattr(args, "jsonl", False):
            return fail("--jsonl needs --script (the app shows the call on screen)")
        if args.letter:
            return fail("--letter needs --script (in the app you write the letter in the debrief)")
        from .common import find, load

        try:
            find(args.scenario, args)  # an unknown scenario is one sentence, not an empty app
            if args.persona is not None:
                load(args.scenario, args)  # ... and so is a persona the customer never has
        except Fail as exc:
            return fail(str(exc))
        return run_tui(args, args.scenario)
    from ..transcripts import TranscriptError
    from .headless import run_headless  # the session and its layers load only when needed

    try:
        return run_headless(args)
    except (Fail, TranscriptError) as exc:
        return fail(str(exc))


def _watch(args: argparse.Namespace) -> int:
    """Play as you write: the replay logic lives in authoring.testplans (headless, tested)."""
    from pathlib import Path

    from ..authoring.testplans import watch
    from .common import load

    if not args.script or args.script == "-":
        return fail("--watch needs --script FILE (a file, so it can be replayed on each change)")
    if not Path(args.script).is_file():
        return fail(f"cannot read script {args.script}: no such file")
    try:
        loaded = load(args.scenario, args)
    except Fail as exc:
        return fail(str(exc))
    print("watching; press Ctrl-C to stop", file=sys.stderr)
    try:
        return watch(
            loaded.path,
            Path(args.script),
            out=sys.stdout,
            seed=args.seed or 0,
            persona=args.persona,
            today=today_of(args),
            channel=args.channel,
        )
    except KeyboardInterrupt:
        return 0


def run_tui(args: argparse.Namespace, scenario: str | None) -> int:
    from ..tui.app import run_app

    return run_app(args, scenario)
