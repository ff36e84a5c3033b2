"""The headless call behind `trainer play --script`: events printed as they happen."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..i18n.catalogue import t
from ..scoring.results import CheckVerdict
from ..session.events import CallEnded, CustomerSaid, Event, LearnerSaid, Paused
from ..session.script import ScriptRunner, script_lines
from ..transcripts import recover
from .common import Fail, load, printable, read_lines, transcripts_root
from .play import learner_name, today_of


def _print_event(event: Event, names: dict[str, str], out: Any) -> None:
    if isinstance(event, CustomerSaid):
        print(f"{names['customer']}: {event.text}", file=out)
    elif isinstance(event, LearnerSaid):
        intents = ", ".join(f"{h.intent} {h.confidence:.2f}" for h in event.recognition.intents)
        if event.accepted:
            intents = ", ".join(x for x in ("accept", intents) if x)
        if event.demand:
            intents = ", ".join(x for x in ("call to pay, no day named", intents) if x)
        if event.small_talk:
            intents = ", ".join(x for x in ("small talk", intents) if x)
        if event.asks_again:
            intents = ", ".join(x for x in ("asked to hear it again", intents) if x)
        print(f"{names['learner']}: {printable(event.text)}", file=out)
        print(f"    [{intents or 'no intent recognised'}]", file=out)
    elif isinstance(event, Paused):
        print(f"{names['learner']}: ({names['pause']})", file=out)
    elif isinstance(event, CallEnded):
        print(f"--- {names['ended']}: {event.outcome or event.reason} ---", file=out)
    out.flush()


def event_json(event: Event) -> dict[str, Any] | None:
    """One event as a JSON object for `--jsonl` (None: an event the stream does not carry).

    A program driving the call reads one line per event as it happens, instead of waiting
    for `--json`'s single document at the end.
    """
    if isinstance(event, CustomerSaid):
        return {"event": "customer", "text": event.text, "line_id": event.line_id,
                "state": event.state}  # fmt: skip
    if isinstance(event, LearnerSaid):
        return {"event": "learner", "turn": event.turn, **event.recognition.to_json()}
    if isinstance(event, Paused):
        return {"event": "pause", "turn": event.turn}
    if isinstance(event, CallEnded):
        return {"event": "ended", "outcome": event.outcome, "reason": event.reason,
                "state": event.state}  # fmt: skip
    return None


def _print_json_line(data: dict[str, Any], out: Any) -> None:
    # One line per object, flushed: the reader may be waiting for it to send the next line.
    print(json.dumps(data, ensure_ascii=False), file=out)
    out.flush()


def _read_letter(source: str | None) -> str | None:
    """The --letter text, read before the call starts (a bad path fails before any turn)."""
    if source is None:
        return None
    if source == "-":
        return sys.stdin.read()
    try:
        with open(source, encoding="utf-8", errors="surrogateescape") as fh:
            return fh.read()
    except OSError as exc:
        raise Fail(f"cannot read letter {source}: {exc.strerror}") from None


def _open_script(source: str) -> Any:
    """The script's lines; a file that cannot be read fails before the session is opened."""
    if source != "-":
        try:
            with open(source, "rb"):
                pass
        except OSError as exc:
            raise Fail(f"cannot read script {source}: {exc.strerror}") from None
    return read_lines(source)


def run_headless(args: argparse.Namespace) -> int:
    loaded = load(args.scenario, args)
    today = today_of(args)
    if args.script == "-" and getattr(args, "letter", None) == "-":
        raise Fail("--script and --letter cannot both read stdin; give one of them a file")
    lines = _open_script(args.script)
    letter = _read_letter(getattr(args, "letter", None))
    folder = transcripts_root(args)
    recover(folder)
    with ScriptRunner.open(
        loaded,
        learner=learner_name(args),
        seed=args.seed,
        transcripts=folder,
        persona=args.persona,
        mode="exam" if args.exam else "practice",
        today=today,
        channel=getattr(args, "channel", None),
    ) as runner:
        result = _play(runner, lines, letter, args)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    elif getattr(args, "jsonl", False):
        _print_json_line({"event": "result", **result}, sys.stdout)
    else:
        if result.get("score") is not None and result.get("checks"):
            _print_score(result, loaded.scenario.language)
        print(f"Transcript: {result['transcript']}")
    return 0


def _print_score(result: dict[str, Any], language: str) -> None:
    """The score with its tier, why the tier is held down, and each check not met (its
    reason in the call's language): the plain-text run showed only "Score: 93/100
    (passed)", the tier and the cap only in --json (sixteenth outside audit)."""
    verdict = "passed" if result["passed"] else "not passed"
    tier = f", {result['tier']}" if result.get("tier") else ""
    print(f"Score: {result['score']}/100 ({verdict}{tier})")
    if result.get("capped_from") is not None:
        # A reason like the checks' below, so in the call's language (V120: the one English
        # sentence in a German debrief)
        print("  " + t(language, "capped_line", score=result["capped_from"]))
    cap = result.get("tier_cap")
    if cap and cap.get("tier") == result.get("tier"):  # the cap is what holds the tier down
        print(f"  {cap['reason']}")
    for check in result["checks"]:
        if check.get("passed") is False:
            mark = " (critical)" if check.get("critical") else ""
            # A check of no weight costs no points, only the tier (its cap is said above):
            # "not met" beside 100/100 read as a contradiction (forty-seventh audit); a
            # critical one fails the call at any weight (fifty-second audit).
            head = "note" if CheckVerdict(**check).is_note else f"not met{mark}"
            print(f"  {head}: {check['id']} – {check['reason']}")


def _play(runner: ScriptRunner, lines: Any, letter: str | None, args: argparse.Namespace) -> Any:
    """The call, line by line, then the letter step and the score: as in the app."""
    scenario = runner.session.scenario
    de = scenario.language == "de"
    names = {
        "customer": scenario.customer.name,
        "learner": scenario.caller.name,
        "pause": "schweigt" if de else "stays silent",
        "ended": "Gespräch beendet" if de else "call ended",
    }
    # Without --json the conversation is printed as it happens (a pipe can drive it), as
    # text or, with --jsonl, as one JSON object per event.
    out = None if args.json else sys.stdout
    jsonl = getattr(args, "jsonl", False)

    def show(events: list[Event]) -> None:
        for event in events if out else ():
            if not jsonl:
                _print_event(event, names, out)
            elif (data := event_json(event)) is not None:
                _print_json_line(data, out)

    show(runner.start())
    result = runner.run(script_lines(lines), letter=letter, on_step=lambda s: show(s.events))
    if runner.cut_at is not None:
        # The call is capped (max_turns) or over: say so; the runner read no further (a
        # pipe may still be open, and a 100,000-line script need not be read to its end).
        print("trainer: the call has ended; the rest of the script was not said",
              file=sys.stderr)  # fmt: skip
    return result
