"""Putting it together: weights from the rubric, the weighted share, pass mark, tier, and
the per-turn feedback a transcript shows beside each learner line."""

from __future__ import annotations

from typing import Any

from ..scenario.model import AGREEMENTS
from .channel import channel_verdict
from .checks import judge_call
from .letter import letter_verdicts
from .opening import find_opening, judge_opening
from .verdict import DEFAULT_WEIGHTS, Verdict, render
from .view import CallView

#: GUIDE §6 defaults, used when a scenario's rubric says nothing.
DEFAULT_PASS = 70
DEFAULT_TIERS = {"bronze": 50, "silver": 75, "gold": 90}


def weight(scenario: Any, check: str) -> float:
    """The rubric's weight for a check, else the default; 0 disables the check."""
    return float(scenario.rubric.checks.get(check, DEFAULT_WEIGHTS[check]))


def share(checks: list[dict[str, Any]]) -> int:
    """Weighted share of checks passed, 0-100. No applicable checks: 0 (nothing was shown)."""
    total = sum(c["weight"] for c in checks)
    if total <= 0:
        return 0
    return round(100 * sum(c["weight"] for c in checks if c["passed"]) / total)


def tier(scenario: Any, score: int) -> str | None:
    tiers = dict(scenario.rubric.tiers or DEFAULT_TIERS)
    best = None
    for name, mark in sorted(tiers.items(), key=lambda kv: kv[1]):
        if score >= mark:
            best = name
    return best


def feedback(view: CallView, checks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per learner turn (pauses included: a silence can earn a point), each with
    the checks that line earned or lost and a one-line reason."""
    out = []
    for ln in view.lines:
        mine = [
            {"id": c["id"], "passed": c["passed"], "reason": c["reason"]}
            for c in checks
            if ln.index in c["turns"]
        ]
        out.append({"turn": ln.index, "checks": mine})
    return out


def score_call(
    call: Any, *, channel: str | None = None, letter: str | None = None
) -> dict[str, Any]:
    """Score a finished call against the guide.

    Returns {"opening": {"strategy", "score", "checks"}, "checks", "score", "passed",
    "tier", "feedback"}; every check has id, passed, evidence, advice, better, turn and
    weight (plus reason and turns, for the per-turn feedback). Nothing here depends on
    when the result is shown, so exam mode can simply show it at the end.
    """
    view = CallView(call)
    scenario = view.scenario
    opening = find_opening(view)

    def rendered(verdicts: list[Verdict]) -> list[dict[str, Any]]:
        out = []
        for v in verdicts:
            w = weight(scenario, v.id)
            if w > 0:
                out.append(render(v, view.t, view.values, w))
        return out

    opening_checks = rendered(judge_opening(view, opening))
    before = rendered([channel_verdict(scenario, channel)]) if channel else []
    during = rendered(judge_call(view, letter=letter is not None))
    after: list[dict[str, Any]] = []
    if letter is not None and call.outcome in AGREEMENTS:
        after = rendered(letter_verdicts(view, letter))
    checks = before + opening_checks + during + after
    score = share(checks)
    critical = [c for c in checks if c.get("critical") and not c["passed"]]
    passed = bool(checks) and score >= scenario.rubric.pass_mark and not critical
    if critical:
        # GUIDE §6: a missed critical check caps the score below the pass mark.
        score = min(score, max(scenario.rubric.pass_mark - 1, 0))
    return {
        "opening": {
            "strategy": opening.strategy,
            "score": share(opening_checks),
            "checks": opening_checks,
        },
        "checks": checks,
        "score": score,
        "passed": passed,
        # Tiers are for passed calls only (GUIDE §6).
        "tier": tier(scenario, score) if passed else None,
        "critical": [c["id"] for c in critical],
        # The terms the customer actually accepted (simulation.terms), for the transcript.
        "agreed_terms": getattr(call, "agreed_terms", None),
        "feedback": feedback(view, checks),
    }
