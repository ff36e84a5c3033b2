"""The headless call behind `trainer play --script`: events printed as they happen."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..session import Session
from ..simulation import CallEnded, CustomerSaid, Event, LearnerSaid, Paused
from ..transcripts import recover
from .common import load, printable, read_lines, transcripts_root
from .play import learner_name


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


def run_headless(args: argparse.Namespace) -> int:
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
    left = 0
    for line in read_lines(args.script):
        if line.lstrip().startswith("#"):
            continue
        if session.ended:
            left = 1  # the rest is not read: a pipe may still be open
            break
        for event in session.say(line):
            if out:
                _print_event(event, names, out)
    result = session.finish()
    if left:
        turns = len(session.call.turns)
        print(f"trainer: the call ended after {turns} turns; the rest of the script was not said",
              file=sys.stderr)  # fmt: skip
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        if result.get("score") is not None and result.get("checks"):
            verdict = "passed" if result["passed"] else "not passed"
            print(f"Score: {result['score']}/100 ({verdict})")
        print(f"Transcript: {result['transcript']}")
    return 0
