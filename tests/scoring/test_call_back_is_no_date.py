"""A day the learner sets for anything but the money is no pinned date: "I'll call you back on
Monday and we'll see where things are at" was credited as `pin_date` PASS with the invoice's
sum, which nobody had said, and a call that achieved nothing ended one point below the pass
mark (sixty-third outside audit, call 08 and probe p4). Played as `trainer play --script`."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import SCENARIOS
from trainer.scenario import find_scenario, load_scenario
from trainer.session.script import PAUSE, ScriptRunner

OPENING = (
    "Hi Mark, this is Olivia Grant with Grant Event Catering, how are you doing today?",
    "I'm calling about invoice GEC-5521 that's still open.",
    PAUSE,
    "Oh totally, I understand, these things take time with a big company.",
    "No problem at all, I don't want to hold you up.",
)


def _pin_date(lines: tuple[str, ...]) -> dict:
    loaded = load_scenario(find_scenario("en-logistics-approval", SCENARIOS))
    runner = ScriptRunner.open(loaded, seed=1, today=dt.date(2026, 12, 3))
    runner.play(lines)
    result = runner.finish()
    return next(c for c in result["checks"] if c["id"] == "pin_date")


@pytest.mark.parametrize(
    "later",
    [
        "Tell you what, I'll call you back on Monday and we'll see where things are at.",
        "I'll give you a ring on Thursday to see how it's going.",
    ],
)
def test_a_call_back_day_pins_no_payment(later: str) -> None:
    check = _pin_date((*OPENING, later, "Thanks so much Mark, have a great day!"))
    assert check["passed"] is False
    assert "3,850" not in (check.get("evidence") or "")


def test_a_payment_day_asked_for_is_named_as_proposed() -> None:
    check = _pin_date(
        (*OPENING, "Could you get the £3,850 paid by Monday the 7th?", "Thanks, bye!")
    )
    # the day asked for is the evidence; never agreed, it earns no point (thirty-eighth session)
    assert check["passed"] is False and "never agreed" in check["reason"]
    assert "7 December" in check["evidence"]
