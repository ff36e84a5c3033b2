"""Nineteenth outside audit (twelfth session): what a trainer found in whole calls."""

from __future__ import annotations

from tests.scenarios.test_customer_v4 import _reply, _runner

CHIPPY_PLAN = [
    "Morning Dave, Fiona from Walsh Plumbing and Heating here.",
    "Just ringing about the invoice for the new boiler and cylinder, that's still open.",
    "",
    "Ah Dave, I know, it's been brutal for everyone with the energy prices, I really get it.",
    "Look, we've known each other ten years, let's find a way that works for you.",
    "How about we split it: three payments of £920, on the 15th of December, "
    "15th of January and 15th of February?",
]


def _checks(result: dict) -> dict[str, dict]:
    return {c["id"]: c for c in result["checks"]}


def test_a_plan_read_back_wrong_and_left_wrong_is_no_confirmation():
    """Call 09: "four payments of £690, first one on the 1st of January" for his three of
    £920; he corrected it, the learner went straight on to "I'll write that up and email
    it over" and the call scored 100 gold."""
    runner = _runner("en-chippy-instalments")
    *_, wrong, _confirm = runner.play(
        [
            *CHIPPY_PLAN,
            "Grand. So just to recap, that's four payments of £690, first one on the 1st of "
            "January, then monthly.",
            "I'll write that up and email it over, could you sign it and send it back to me?",
        ]
    )
    assert "not quite" in _reply(wrong)
    result = runner.session.finish()
    confirm = _checks(result)["confirm_in_writing"]
    assert confirm["passed"] is False and "£690" in confirm["evidence"]
    assert result["tier"] != "gold" and result["tier_cap"]["check"] == "confirm_in_writing"


def test_a_plan_read_back_put_right_confirms_it():
    runner = _runner("en-chippy-instalments")
    runner.play(
        [
            *CHIPPY_PLAN,
            "Grand. So just to recap, that's four payments of £690, first one on the 1st of "
            "January, then monthly.",
            "Sorry Dave, my mistake: three payments of £920, the first on the 15th of December.",
            "I'll write that up and email it over, could you sign it and send it back to me?",
        ]
    )
    result = runner.session.finish()
    assert _checks(result)["confirm_in_writing"]["passed"] is True
    assert result["tier"] == "gold"


def test_small_talk_gets_a_word_back_not_a_puzzled_reply():
    """Call 07: "God, it's been mental here, …" got "I'm not sure I follow." (and, read as
    blame, "Wow. That's a bit much"); friendly chat gets a word back."""
    runner = _runner("en-florist-forgot")
    *_, chat = runner.play(
        [
            "Hiya Claire, it's Priya from Shah Print Studio, how are you keeping?",
            "God, it's been mental here, we've had three weddings' worth of orders this month "
            "alone, and the big printer's been playing up again.",
        ]
    )
    assert _reply(chat) in ("Oh, right — yes.", "Mm, yes.")
    (chat,) = runner.play(["And how was your weekend, did you get away at all?"])
    assert _reply(chat) in ("Oh, can't complain.", "Oh, you know — busy as ever.")
