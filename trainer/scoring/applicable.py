"""Which checks a scenario exercises, decided from the scenario alone (no call needed).

The same rules the checks themselves apply at scoring time (checks.py, opening.py,
letter.py), read off what the scenario *can* lead to:

* channel, identify, no_accusation, strategy, no_premature_threat — every call;
* pin_date — the customer apologises (a persona of the scenario);
* down_payment, date_for_rest — the customer is short of cash;
* clarify_objection, handle_objection — the scenario has objections (justified or not);
* confirm_in_writing — some state ends in, or agrees on, an agreement;
* instalment_terms, countersign — an instalment plan can be agreed;
* next_step — negotiation can fail (a refusing state, a legal-route or waive-claim
  outcome) or the scenario's case is set up for the decision (weak evidence, costs);
* and a rubric weight of 0 switches any of them off.
"""

from __future__ import annotations

from typing import Any

from ..scenario.model import AGREEMENTS
from .terms import INSTALMENT_OUTCOMES
from .verdict import DEFAULT_WEIGHTS

#: Judged in every call.
ALWAYS = ("channel", "identify", "no_accusation", "strategy", "no_premature_threat")
PERSONA_CHECKS: dict[str, tuple[str, ...]] = {
    "apologises": ("pin_date",),
    "cash_problems": ("down_payment", "date_for_rest"),
}
OBJECTION_CHECKS = ("clarify_objection", "handle_objection")


def _personas(scenario: Any) -> tuple[str, ...]:
    persona = scenario.customer.persona
    return tuple(str(p) for p in (persona if isinstance(persona, list) else [persona]))


def applicable_checks(scenario: Any) -> list[str]:
    """The check ids this scenario exercises, in DEFAULT_WEIGHTS order."""
    states = list(getattr(scenario, "states", {}).values())
    outcomes = {o for st in states for o in (st.end, st.agreed) if o}
    found: set[str] = set(ALWAYS)
    for persona in _personas(scenario):
        found.update(PERSONA_CHECKS.get(persona, ()))
    if scenario.objections or any(st.raises for st in states):
        found.update(OBJECTION_CHECKS)
    if outcomes & AGREEMENTS:
        found.add("confirm_in_writing")
    if outcomes & INSTALMENT_OUTCOMES:
        found.update(("instalment_terms", "countersign"))
    case = scenario.case
    if (
        any(st.refuses for st in states)
        or outcomes & {"legal_route", "waive_claim"}
        or case.evidence == "weak"
        or case.costs_exceed_award
    ):
        found.add("next_step")
    weights = {**DEFAULT_WEIGHTS, **scenario.rubric.checks}
    return [c for c in DEFAULT_WEIGHTS if c in found and float(weights[c]) > 0]


__all__ = ["applicable_checks"]
