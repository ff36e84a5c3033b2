"""`date_for_rest` cites the line whose date the customer accepted, not a date he turned down
on the way there (fourth outside audit, script 07: the evidence was "… the other 790 by Friday
next week?", which he refused; the agreed line was "790 quid by the 15th of December then.").
Played through the real recogniser and the one script runner, as `trainer play --script`."""

from __future__ import annotations

import datetime as dt

from tests.helpers import SCENARIOS
from trainer.scenario import find_scenario, load_scenario
from trainer.session.script import PAUSE, ScriptRunner

CAFE = (  # 07_cafe_aussie.txt
    "G'day Tom, Sam from Whitfield Joinery.",
    "Just ringing about the open invoice for the counter and shelving.",
    PAUSE,
    "Yeah righto, slow months are rough mate.",
    "Can you chuck me 600 bucks this week to get it moving?",
    "Fair enough, 400 today then. And the other 790 by Friday next week?",
    "Yep, I said 400 quid today is fine. The other 790 quid by Friday week?",
    "No dramas. 790 quid by the 15th of December then.",
    "Good stuff, cheers Tom. Catch ya.",
)


def test_the_rest_date_evidence_is_the_line_he_agreed_to():
    loaded = load_scenario(find_scenario("en-cash-problems-cafe", SCENARIOS))
    runner = ScriptRunner.open(loaded, seed=1, today=dt.date(2026, 12, 1))
    steps = runner.play(CAFE)
    assert "15 December 2026" in " ".join(steps[6].customer)  # he refused the earlier day
    result = runner.finish()
    assert result["outcome"] == "down_payment_and_plan"
    check = next(c for c in result["checks"] if c["id"] == "date_for_rest")
    assert check["passed"] is True
    assert check["evidence"] == "“No dramas. 790 quid by the 15th of December then.”"
