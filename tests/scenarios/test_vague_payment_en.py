"""English customers understand time without a day ("just pay it off when you can, eh? No
rush.") and answer read-backs as read-backs (fifth outside audit, /work/briefs/out/V5_calls).

- The move is the scenarios' own `payment_without_date` (block en-vague-payment): the
  customer takes it gladly, nothing is agreed, a goodbye ends without agreement, and the
  score fails the call — he never answers "The whole lot by then?" to a line with no day.
- A read-back ("Friday the 4th then. £640.") is not an e-mail offer: the florist confirms it
  and may ask for the e-mail herself, and the debrief still says nobody confirmed in writing.

Played through the real recogniser and the one script runner, as `trainer play --script`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.helpers import SCENARIOS
from trainer.scenario import find_scenario, load_scenario
from trainer.session.script import PAUSE, ScriptRunner, Step

CALL_DAY = dt.date(2026, 12, 1)  # the audit's call day
VAGUE = "payment_without_date"
ENGLISH = sorted(p.stem for p in (SCENARIOS / "en").glob("*.yaml"))
NOT_UNDERSTOOD = ("not sure I follow", "what was that about")


def _runner(sid: str, seed: int = 1) -> ScriptRunner:
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    return ScriptRunner.open(loaded, seed=seed, today=CALL_DAY)


def _reply(step: Step) -> str:
    return " ".join(step.customer)


def _check(result: dict[str, Any], cid: str) -> dict[str, Any]:
    return next(c for c in result["checks"] if c["id"] == cid)


@pytest.mark.parametrize("stem", ENGLISH)
def test_every_english_scenario_routes_the_vague_move_to_no_agreement(stem: str) -> None:
    scenario = load_scenario(SCENARIOS / "en" / f"{stem}.yaml").scenario
    assert VAGUE in scenario.intents
    targets = {alt.to for state in scenario.states.values() for alt in state.on.get(VAGUE, [])}
    assert "vague_ok" in targets
    for name in targets:
        target = scenario.states[name]
        assert target.agreed is None and target.end is None, name
    # Saying goodbye in the glad state is no agreement.
    goodbye = scenario.transitions_in("vague_ok")["close_politely"]
    assert {scenario.states[alt.to].end for alt in goodbye} == {"no_agreement"}


CHIPPY_AUDIT = [
    "Kia ora Dave, Fiona from Walsh Plumbing here.",
    "Just ringing about the open invoice for the boiler, WPH-3310.",
    PAUSE,
    "Oh mate, that's rough. Yeah nah, heaps of places are doing it hard at the moment.",
]


def test_the_audited_vague_line_is_taken_gladly_and_fails_the_call() -> None:
    runner = _runner("en-chippy-instalments")
    runner.play(CHIPPY_AUDIT)
    (step,) = runner.play(["No worries, just pay it off when you can, eh? No rush."])
    reply = _reply(step)
    assert VAGUE in step.intents and step.state == "vague_ok", reply
    assert "by then" not in reply and "when things pick up" in reply, reply
    runner.play(["Sweet as. Take care Dave, catch ya."])
    result = runner.finish()
    assert result["outcome"] == "no_agreement" and not result["passed"]
    assert not _check(result, "outcome")["passed"]


def test_asked_when_without_a_day_he_does_not_refuse_a_by_then() -> None:
    runner = _runner("en-chippy-instalments")
    runner.play(CHIPPY_AUDIT[:3])
    (step,) = runner.play(["When can you pay it?"])
    reply = _reply(step)
    assert step.state == "digs_in" and "by then" not in reply, reply


@pytest.mark.parametrize(
    "line",
    ["When can you pay it?", "By when could you pay?", "When could you settle it, roughly?"],
)
def test_asking_when_is_still_asking_for_a_date(line: str) -> None:
    """The move's lines share words with "when can you pay": a question must still get a
    date proposed, not the glad thanks for time that was never given."""
    runner = _runner("en-florist-forgot")
    runner.play(["Hi Claire, it's Priya Shah from Shah Print Studio.", "About SPS-2291.", PAUSE])
    (step,) = runner.play([line])
    assert step.state == "suggests_date", _reply(step)


def test_vague_then_a_day_is_the_promise() -> None:
    runner = _runner("en-florist-forgot")
    runner.play(["Hi Claire, it's Priya Shah from Shah Print Studio.", "About SPS-2291.", PAUSE])
    (step,) = runner.play(["Ah, sometime after Christmas is fine, honestly, don't worry."])
    assert step.state == "vague_ok", _reply(step)
    (step,) = runner.play(["Actually, could you make it Friday the 4th of December?"])
    assert step.state == "promised", _reply(step)


FLORIST_AUDIT = [
    "Claire. Priya, Shah Print.",
    "About SPS-2291. Still open.",
    PAUSE,
    "Happens. Friday?",
]


def test_a_read_back_is_not_answered_as_an_email_offer() -> None:
    runner = _runner("en-florist-forgot")
    assert runner.play(FLORIST_AUDIT)[-1].state == "promised"
    (step,) = runner.play(["Friday the 4th then. £640."])
    reply = _reply(step)
    assert step.state == "read_back", reply
    assert "pop it in an email" not in reply and "Could you drop me a quick email" in reply
    runner.play(["Right. Cheers."])
    result = runner.finish()
    assert result["outcome"] == "promise_to_pay" and result["passed"]
    assert not _check(result, "confirm_in_writing")["passed"]


def test_asked_for_the_email_the_learner_who_confirms_it_gets_credit() -> None:
    runner = _runner("en-florist-forgot")
    runner.play([*FLORIST_AUDIT, "Friday the 4th then. £640."])
    (step,) = runner.play(["Sure, I'll send you a quick email confirming that."])
    reply = _reply(step)
    assert step.state == "confirmed" and not any(w in reply for w in NOT_UNDERSTOOD), reply
    assert "pop it in an email" not in reply, reply
    runner.play(["Thanks Claire, bye!"])
    assert _check(runner.finish(), "confirm_in_writing")["passed"]
