"""`trainer play SCENARIO [--script FILE] [--seed N] [--json] [--learner NAME]`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..session import Session, default_learner
from ..simulation import CallEnded, CustomerSaid, Event, LearnerSaid, Paused
from ..transcripts import TranscriptError, recover
from .common import Fail, fail, load, printable, read_lines, transcripts_root


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
    p.add_argument("--learner", metavar="NAME", help="who is practising (default: $USER)")
    p.add_argument("--persona", help="force the customer's reaction (when drawn at random)")
    p.add_argument("--exam", action="store_true", help="exam mode: feedback only at the end")
    p.add_argument(
        "--watch",
        action="store_true",
        help="with --script: replay the script whenever the scenario (or script) file changes",
    )
    p.set_defaults(func=run)


def learner_name(args: argparse.Namespace) -> str:
    return default_learner(getattr(args, "learner", None))


def run(args: argparse.Namespace) -> int:
    if getattr(args, "watch", False):
        return _watch(args)
    if not args.script:
        return run_tui(args, args.scenario)
    try:
        return _headless(args)
    except Fail as exc:
        return fail(str(exc))
    except TranscriptError as exc:
        return fail(str(exc))


def _watch(args: argparse.Namespace) -> int:
    """Play as you write: the replay logic lives in authoring.testplans (headless, tested)."""
    from pathlib import Path

    from ..authoring.testplans import watch

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
        )
    except KeyboardInterrupt:
        return 0


def run_tui(args: argparse.Namespace, scenario: str | None) -> int:
    try:
        from ..tui.app import run_app
    except ImportError:
        return fail("the practice app is not built yet; use --script FILE for a headless call")
    return run_app(args, scenario)


def _print_event(event: Event, names: dict[str, str], out: Any) -> None:
    if isinstance(event, CustomerSaid):
        print(f"{names['customer']}: {event.text}", file=out)
    elif isinstance(event, LearnerSaid):
        intents = ", ".join(f"{h.intent} {h.confidence:.2f}" for h in event.recognition.intents)
        print(f"{names['learner']}: {printable(event.text)}", file=out)
        print(f"    [{intents or 'no intent recognised'}]", file=out)
    elif isinstance(event, Paused):
        print(f"{names['learner']}: ({names['pause']})", file=out)
    elif isinstance(event, CallEnded):
        print(f"--- {names['ended']}: {event.outcome or event.reason} ---", file=out)
    out.flush()


def _headless(args: argparse.Namespace) -> int:
    loaded = load(args.scenario, args)
    folder = transcripts_root(args)
    recover(folder)
    session = Session(
        loaded,
        learner=learner_name(args),
        seed=args.seed,
        transcripts=folder,
        persona=args.persona,
        mode="exam" if args.exam else "practice",
    )
    de = loaded.scenario.language == "de"
    names = {
        "customer": loaded.scenario.customer.name,
        "learner": loaded.scenario.caller.name,
        "pause": "schweigt" if de else "stays silent",
        "ended": "Gespräch beendet" if de else "call ended",
    }
    # Without --json the conversation is printed as it happens (a pipe can drive it).
    out = None if args.json else sys.stdout
    for event in session.start():
        if out:
            _print_event(event, names, out)
    for line in read_lines(args.script):
        if line.lstrip().startswith("#"):
            continue
        if session.ended:
            break
        for event in session.say(line):
            if out:
                _print_event(event, names, out)
    result = session.finish()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        if result.get("score") is not None and result.get("checks"):
            verdict = "passed" if result["passed"] else "not passed"
            print(f"Score: {result['score']}/100 ({verdict})")
        print(f"Transcript: {result['transcript']}")
    return 0
