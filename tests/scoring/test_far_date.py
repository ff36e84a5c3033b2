"""A customer who simply forgot, given months to pay (GUIDE §3 `apologises`: a concrete date —
and the outcome must be a result). "There's no rush at all, say the 15th of March?" to a
florist who would have paid that week passed 100 gold; three outside trainers docked such
calls (twentieth and thirty-sixth audits: 87 and 103 days, "free credit, not a result",
fail; twenty-second: 59 days, "I would dock it"). Beyond the rubric's `far_payment_days`
(31) the day is docked — half of `pin_date`, at most bronze; beyond twice that the call
fails. The three calls below were written with their verdicts before the check existed
(thirty-third session); the regression day is 26 November 2026."""

from __future__ import annotations

import dataclasses

import pytest

from tests.helpers import top_but_the_letter
from tests.scoring.regression import TODAY, _scenario, check, play, recogniser_for
from trainer.session import Session


def florist(day: str) -> list[str]:
    return [
        "Hi Claire, Priya from Shah Print Studio here.",
        "I'm calling about the open invoice SPS-2291 for the wedding brochures.",
        "",
        f"No worries at all. Could you transfer the £640 by {day}?",
        f"Perfect, £640 by {day}, I'll pop that in an email for you.",
        "Thanks Claire, bye for now.",
    ]


ERSTKUNDE = [
    "Guten Tag, hier ist Lena Vogt von Vogt Grafikdesign.",
    "Ich rufe wegen unserer noch offenen Rechnung an.",
    "",
    "Kein Problem, das kann passieren. Es eilt überhaupt nicht, reicht Ihnen Ende März, sagen "
    "wir der 31. März?",
    "Gut, dann also der volle Betrag bis zum 31. März, ich schicke Ihnen das noch per Mail.",
    "Vielen Dank, auf Wiederhören.",
]


def florist_call(day: str) -> dict:
    entry = {"scenario": "en-florist-forgot", "persona": "apologises", "seed": 1}
    return play({**entry, "lines": florist(day)})


def test_a_near_date_keeps_gold() -> None:
    result = florist_call("Wednesday the 23rd of December")  # 27 days
    assert top_but_the_letter(result), result["score"]
    assert check(result, "pin_date")["passed"]


def test_more_than_a_month_is_docked_to_bronze() -> None:
    result = florist_call("Friday the 15th of January")  # 50 days
    assert result["passed"] and result["tier"] == "bronze", (result["score"], result["tier"])
    assert result["tier_cap"]["check"] == "pin_date"
    assert "15 January 2027" in result["tier_cap"]["reason"]
    parts = [c for c in result["checks"] if c["id"] == "pin_date"]
    assert [c.get("part") for c in parts] == ["agreed", "near"]
    assert [c["passed"] for c in parts] == [True, False]
    assert "50 days after the call" in parts[1]["reason"]


def test_months_away_is_no_result_and_fails_the_call() -> None:
    result = play({"scenario": "de-erstkunde-rechnung-verloren", "persona": "apologises",
                   "seed": 1, "lines": ERSTKUNDE})  # fmt: skip
    assert result["outcome"] == "promise_to_pay" and not result["passed"]
    verdict = check(result, "pin_date")
    assert not verdict["passed"] and verdict.get("critical"), verdict
    assert "125 Tage" in verdict["reason"] and "zinsloser Kredit" in verdict["reason"]
    assert "zwei Wochen" in verdict["advice"]
    assert result["score"] < 70


@pytest.mark.parametrize("days", [60, 200])
def test_a_scenario_may_allow_more_time(days: int) -> None:
    loaded = _scenario("en-florist-forgot")
    rubric = loaded.scenario.rubric.model_copy(update={"far_payment_days": days})
    allowed = dataclasses.replace(
        loaded, scenario=loaded.scenario.model_copy(update={"rubric": rubric})
    )
    session = Session(
        allowed, learner="t", seed=1, recogniser=recogniser_for("en-florist-forgot"),
        call_date=TODAY, persona="apologises",
    )  # fmt: skip
    session.start()
    for line in florist("Friday the 15th of January"):
        session.say(line)
    result = session.finish()
    assert top_but_the_letter(result)
