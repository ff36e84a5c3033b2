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


LOGISTICS = (  # fifth outside audit, call 11: the date is the customer's payment run
    "Good morning, you're speaking with Olivia Grant of Grant Event Catering, is that Mark "
    "Jensen in accounts payable?",
    "I'm following up on our reminder for invoice GEC-5521 for £3,850. I'd like to work out "
    "with you how we get this settled, and I have a suggestion.",
    PAUSE,
    "I do apologise for that. My proposal would be: if you could provide me with the purchase "
    "order number, I will reissue the invoice today with the PO on it.",
    "Thank you. And once it is approved, which payment run would that fall into, and on what date?",
    "So just to confirm: invoice reissued today with the PO number, paid in the payment run on "
    "that date. I'll send you a confirmation email summarising this.",
    "Thank you for your time, Mr Jensen, have a lovely day.",
)


def test_pin_date_names_the_day_agreed_not_the_first_date_in_the_line():
    # "reissued today" was credited as the payment date (1 December); the customer agreed to
    # his payment run on 15 December.
    loaded = load_scenario(find_scenario("en-logistics-approval", SCENARIOS))
    runner = ScriptRunner.open(loaded, seed=1, today=dt.date(2026, 12, 1))
    runner.play(LOGISTICS)
    result = runner.finish()
    check = next(c for c in result["checks"] if c["id"] == "pin_date")
    assert check["passed"] is True
    assert "15 December 2026" in check["evidence"] and "1 December 2026" not in check["evidence"]
