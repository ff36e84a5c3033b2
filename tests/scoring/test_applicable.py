"""applicable_checks: the checks a scenario exercises, read off the scenario alone."""

from __future__ import annotations

from tests.helpers import SCENARIOS
from trainer.scenario import find_scenario, load_scenario
from trainer.scoring import DEFAULT_WEIGHTS, applicable_checks


def _scenario(ref: str):
    return load_scenario(find_scenario(ref, SCENARIOS)).scenario


ALWAYS = {"channel", "identify", "no_accusation", "strategy", "no_premature_threat"}


def test_apologising_customer_exercises_pin_date_not_objections():
    checks = applicable_checks(_scenario("de-stammkunde-urlaub"))
    assert set(checks) >= ALWAYS and "pin_date" in checks
    assert not {"clarify_objection", "handle_objection", "down_payment"} & set(checks)
    assert checks == [c for c in DEFAULT_WEIGHTS if c in checks]  # the scorer's order


def test_objections_and_cash_problems_bring_their_checks():
    disputes = applicable_checks(_scenario("en-web-studio-unjustified"))
    assert {"clarify_objection", "handle_objection"} <= set(disputes)
    assert "pin_date" not in disputes
    cash = applicable_checks(_scenario("en-cash-problems-cafe"))
    assert {"down_payment", "date_for_rest", "instalment_terms", "countersign"} <= set(cash)
    # The chippy has nothing up front: his rubric drops the down payment.
    assert "down_payment" not in applicable_checks(_scenario("en-chippy-instalments"))


def test_a_case_for_the_next_step_and_a_zero_weight():
    s = _scenario("en-handyman-waive")
    assert "next_step" in applicable_checks(s)
    rubric = s.rubric.model_copy(update={"checks": {**s.rubric.checks, "next_step": 0}})
    assert "next_step" not in applicable_checks(s.model_copy(update={"rubric": rubric}))
