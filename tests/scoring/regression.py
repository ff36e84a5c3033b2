"""The trainer's regression calls (tests/scoring/calls/*.yaml): whole calls with the
verdict a trainer wrote down before running them. Shared by the parametrised test and
`python -m tests.scoring.regression` (prints the agreement figures)."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.helpers import call_checks
from trainer.scenario.loader import load_scenario
from trainer.session import Session, default_recogniser
from trainer.understanding import load_recogniser

CALLS = Path(__file__).parent / "calls"
SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
#: The day every regression call is made (a Thursday): dates in the lines are absolute.
TODAY = dt.date(2026, 11, 26)


def load_calls() -> list[dict[str, Any]]:
    out = []
    for path in sorted(CALLS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for call in data["calls"]:
            out.append({"scenario": data["scenario"], **call})
    return out


@functools.cache
def _scenario(sid: str) -> Any:
    lang = sid.split("-", 1)[0]
    name = sid.split("-", 1)[1]
    return load_scenario(SCENARIOS / lang / f"{name}.yaml")


@functools.cache
def _recogniser(lang: str) -> Any:
    return load_recogniser(lang)


def recogniser_for(sid: str) -> Any:
    """The recogniser a learner gets in this scenario: the library plus the scenario's own
    intents (e.g. en-handyman-waive's spoken waiver), as `trainer play` builds it."""
    loaded = _scenario(sid)
    return default_recogniser(loaded.scenario.language, loaded)


def say_all(sid: str, lines: list[str], *, seed: int = 1) -> tuple[Session, dict[str, Any]]:
    """A call of `lines` in scenario `sid` as a learner has it (the scenario's recogniser,
    the fixed call date), stopped where the customer ended it; the session and its result."""
    session = Session(
        _scenario(sid), learner="test", seed=seed, recogniser=recogniser_for(sid), call_date=TODAY
    )
    session.start()
    for line in lines:
        if session.ended:
            break
        session.say(line)
    return session, session.finish()


def check(result: dict[str, Any], cid: str) -> dict[str, Any]:
    """The result's check `cid`."""
    return next(c for c in result["checks"] if c["id"] == cid)


def play(entry: dict[str, Any]) -> dict[str, Any]:
    loaded = _scenario(entry["scenario"])
    session = Session(
        loaded,
        learner="regression",
        seed=entry.get("seed", 0),
        recogniser=recogniser_for(entry["scenario"]),
        call_date=TODAY,
        persona=entry.get("persona"),
    )
    session.start()
    for line in entry["lines"]:
        if session.ended:
            break
        session.say(line or "")
    return session.finish()


def compare(entry: dict[str, Any], result: dict[str, Any]) -> tuple[bool, list[str]]:
    """(verdict agrees, names of the expected checks that disagree)."""
    # (a call's `confirm_in_writing` is the promise on the phone: these calls write no letter)
    got = {cid: c["passed"] for cid, c in call_checks(result).items()}
    wrong = [
        f"{cid}: expected {want}, got {got.get(cid)}"
        for cid, want in entry["expect"].get("checks", {}).items()
        if got.get(cid) != want
    ]
    return result["passed"] == entry["expect"]["passed"], wrong


def main() -> int:
    verdicts = checks = checks_ok = verdicts_ok = 0
    rows = []
    for entry in load_calls():
        result = play(entry)
        ok, wrong = compare(entry, result)
        n = len(entry["expect"].get("checks", {}))
        verdicts += 1
        verdicts_ok += ok
        checks += n
        checks_ok += n - len(wrong)
        mark = "ok " if ok and not wrong else "XX "
        rows.append(
            f"{mark}{entry['scenario']:32} {entry['kind']:11} score {result['score']:3} "
            f"passed {result['passed']!s:5} outcome {result['outcome']} {'; '.join(wrong)}"
        )
    print("\n".join(rows))
    print(f"verdicts {verdicts_ok}/{verdicts}, named checks {checks_ok}/{checks}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
