"""Forty-seventh session: what the outside audits (benchmarks/audits/) found."""

from __future__ import annotations

from tests.scenarios.test_customer_v36 import _failed, _played, _runner
from tests.scenarios.test_customer_v46 import CHIPPY_REFUSED


# --- the better plan for a customer with nothing up front starts after the refused day --------
def _better_plan() -> str:
    result = _played("en-chippy-instalments", "V171", "11r_gore_instalments.txt", "11r_letter.txt")
    (rest,) = _failed(result)["date_for_rest"]
    return str(rest["better"])


def test_the_better_plan_does_not_start_on_the_day_he_refused_a_down_payment() -> None:
    """V171 11r: after "I haven't got £300.00 spare" for "a smaller first payment of £300 by
    Friday 18 December", the better line was "three monthly instalments of £920.00, the first
    by Friday 18 December" — three times the refused sum by the refused day."""
    better = _better_plan()
    assert "£920.00" in better, better
    assert "18 December" not in better, better
    assert "January" in better, better


def test_the_better_plan_is_one_the_customer_agrees_to() -> None:
    """The guard: said as it stands after his refusal, the better line is his plan."""
    steps = _runner("en-chippy-instalments").play([*CHIPPY_REFUSED, _better_plan()])
    assert steps[-1].state == "plan_agreed", (steps[-1].state, steps[-1].customer)
