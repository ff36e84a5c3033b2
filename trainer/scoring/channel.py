"""The channel decision before the call (GUIDE §1): phone first for regular and first-time
customers, a friendly written reminder first for large companies and authorities."""

from __future__ import annotations

from typing import Any

from .results import CheckVerdict
from .texts import texts
from .verdict import DEFAULT_WEIGHTS, Verdict, render
from .view import scenario_values

#: GUIDE §1: the recommended first step per customer.type.
RECOMMENDED: dict[str, str] = {
    "regular": "call",
    "first_time": "call",
    "large_company": "written",
    "authority": "written",
}


def channel_verdict(scenario: Any, choice: str) -> Verdict:
    if choice not in ("call", "written"):
        raise ValueError(f"channel must be 'call' or 'written', not {choice!r}")
    kind = scenario.customer.type
    right = RECOMMENDED[kind]
    t = texts(scenario.language)["checks"]["channel"]
    passed = choice == right
    evidence = t["evidence"].format(choice=t["choices"][choice], customer_type=t["types"][kind])
    return Verdict(
        "channel",
        passed,
        "pass" if passed else "fail",
        evidence,
        advice=f"advice_{kind}",
        better=f"better_{right}",
    )


def channel_check(scenario: Any, choice: str) -> CheckVerdict:
    """CHECK for the learner's first step ("call" or "written"); the advice says why,
    in the article's words, for this customer type. Raises ValueError for another choice."""
    weight = float(scenario.rubric.checks.get("channel", DEFAULT_WEIGHTS["channel"]))
    lang = scenario.language
    return render(channel_verdict(scenario, choice), texts(lang), scenario_values(scenario), weight)
