"""Fifteenth session: what the thirty-third and later outside audits found in whole calls —
an instalment plan that kept only its first day, and a customer with nothing spare who took a
first instalment due today."""

from __future__ import annotations

from tests.scenarios.test_customer_v4 import _reply, _runner

CHIPPY_GOODWILL = [
    "Hiya Dave, it's Fiona from Walsh Plumbing & Heating.",
    "Just ringing about invoice WPH-3310 for the boiler, it's still open on our side.",
    "",
    "Ah Dave I hear you, sure everyone's getting hammered with the energy prices at the minute.",
    "Look, we'll find a way through this together, I've a suggestion for you.",
]
PLAN_DAYS = (
    "How about three payments of £920, on the 15th of December, the 15th of January and "
    "the 15th of February?"
)


def test_a_plan_keeps_every_day_it_names():
    """Thirty-third audit: "three payments of £920 – one today, one on the 15th of December
    and one on the 15th of January" was agreed as {count, each, rest_date: today}; the later
    days were lost."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play([*CHIPPY_GOODWILL, PLAN_DAYS])
    assert "That I can do" in _reply(steps[-1])
    terms = runner.session.finish()["agreed_terms"]
    assert terms["count"] == 3 and terms["each"] == 920.0
    assert terms["dates"] == ["2026-12-15", "2027-01-15", "2027-02-15"]


def test_a_plan_read_back_with_a_wrong_later_day_is_corrected_with_every_day():
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [
            *CHIPPY_GOODWILL,
            PLAN_DAYS,
            "Grand, so that's £920 on the 15th of December, the 15th of January and the 15th "
            "of March.",
        ]
    )
    reply = _reply(steps[-1])
    assert reply.startswith("No, not quite")
    assert all(day in reply for day in ("15 December", "15 January", "15 February"))


def test_a_plan_read_back_with_its_days_goes_through():
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [
            *CHIPPY_GOODWILL,
            PLAN_DAYS,
            "Grand, so that's £920 on the 15th of December, the 15th of January and the 15th "
            "of February. I'll fax it over for you to sign.",
            "Thanks a million Dave, mind yourself.",
        ]
    )
    assert not any("not quite" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert result["passed"] is True and result["tier"] == "gold"


def test_a_plan_starting_today_is_money_he_has_not_got():
    """Thirty-third audit: his notes say a payment right now is more than he can do, yet
    "one today, one on the 15th …" got "Right. That I can do." A plan started later goes
    through."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [
            *CHIPPY_GOODWILL,
            "How about three payments of £920, one today, one on the 15th of December and one "
            "on the 15th of January?",
        ]
    )
    assert "nothing spare today" in _reply(steps[-1])
    steps = runner.play([PLAN_DAYS])
    assert "That I can do" in _reply(steps[-1])
