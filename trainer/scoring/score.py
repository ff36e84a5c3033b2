"""Putting it together: weights from the rubric, the weighted share, pass mark, tier, and
the per-turn feedback a transcript shows beside each learner line."""

from __future__ import annotations

from typing import Any

from ..i18n import label
from .channel import channel_verdict
from .checks import judge_call
from .letter import written_verdicts
from .opening import find_opening, judge_opening
from .results import (
    DEFAULT_PASS,
    DEFAULT_TIERS,
    TIER_ORDER,
    CallScore,
    CheckVerdict,
    FeedbackCheck,
    Opening,
    Rubric,
    TierCap,
    TurnFeedback,
)
from .verdict import DEFAULT_WEIGHTS, TIER_CAPS, Verdict, render
from .view import CallView

__all__ = ["DEFAULT_PASS", "DEFAULT_TIERS", "score_call"]


def weight(scenario: Any, check: str) -> float:
    """The rubric's weight for a check, else the default; 0 disables the check."""
    return float(scenario.rubric.checks.get(check, DEFAULT_WEIGHTS[check]))


def share(checks: list[CheckVerdict]) -> int:
    """Weighted share of checks passed, 0-100. No applicable checks: 0 (nothing was shown)."""
    total = float(sum(c.weight for c in checks))
    if total <= 0:
        return 0
    passed = float(sum(c.weight for c in checks if c.passed))
    return round(100 * passed / total)


def rubric(scenario: Any) -> Rubric:
    """The scenario's pass mark and tiers (the guide's tiers when it names none)."""
    return Rubric(
        pass_mark=scenario.rubric.pass_mark, tiers=dict(scenario.rubric.tiers or DEFAULT_TIERS)
    )


def tier_cap(view: CallView, verdicts: list[Verdict]) -> TierCap | None:
    """The lowest cap a failed (and weighted) check sets on the tier, with its reason in
    the scenario's language (TIER_CAPS); None when no failed check caps it."""
    caps = [
        (TIER_ORDER.index(TIER_CAPS[key]), v)
        for v in verdicts
        if not v.passed
        and (key := (v.id, v.reason)) in TIER_CAPS
        and weight(view.scenario, v.id) > 0
    ]
    if not caps:
        return None
    rank, v = min(caps, key=lambda c: c[0])
    tier = TIER_ORDER[rank]
    # A reason of its own where the check fails in more than one way.
    text = view.t["tier_caps"].get(f"{v.id}_{v.reason}") or view.t["tier_caps"][v.id]
    values = {**view.values, **v.values, "tier": label("tiers", tier, view.language)}
    return TierCap(tier=tier, check=v.id, reason=text.format_map(values))


def feedback(view: CallView, checks: list[CheckVerdict]) -> list[TurnFeedback]:
    """One entry per learner turn (pauses included: a silence can earn a point), each with
    the checks that line earned or lost and a one-line reason."""
    return [
        TurnFeedback(
            turn=ln.index,
            checks=[
                FeedbackCheck(id=c.id, passed=c.passed, reason=c.reason)
                for c in checks
                if ln.index in c.turns
            ],
        )
        for ln in view.lines
    ]


def _rendered(view: CallView, verdicts: list[Verdict]) -> list[CheckVerdict]:
    """The verdicts the scenario weighs, in the guide's words with their weights."""
    out = []
    for v in verdicts:
        w = weight(view.scenario, v.id)
        if w > 0:
            out.append(render(v, view.t, view.values, w))
        elif v.passed and v.turn is not None and v.id in view.scenario.rubric.checks:
            # A move the guide teaches that this scenario does not score (the chippy owner
            # has nothing up front: `down_payment: 0`), done all the same: shown as done, at
            # no weight, with the reason — three audits found the check "silently dropped"
            # beside a down payment asked for (sixty-ninth to seventy-first). Only a move made
            # on a turn: a conduct check passed by silence stays switched off.
            shown = render(v, view.t, view.values, 0.0)
            # ... and why, where the scenario says (two audits asked why the article's down
            # payment "is worth nothing" with the chippy owner: eighty-fifth, eighty-seventh).
            why = view.scenario.rubric.why.get(v.id)
            note = f"{view.t['not_scored']}: {why}" if why else view.t["not_scored"]
            shown.reason = f"{shown.reason} ({note})"
            # No better move towards what this scenario does not ask for: "Could you pay
            # £700.00 today as a down payment?" beside "not scored" (ninety-first audit).
            shown.better = ""
            out.append(shown)
    return out


def score_opening(call: Any) -> Opening:
    """The opening as `score_call` scores it (strategy, score, checks), without judging the
    rest of the call: the session reads it after every early turn to show on the line."""
    return _opening(CallView(call))[0]


def _opening(view: CallView) -> tuple[Opening, list[Verdict]]:
    found = find_opening(view)
    verdicts = judge_opening(view, found)
    checks = _rendered(view, verdicts)
    return Opening(strategy=found.strategy, score=share(checks), checks=checks), verdicts


def _repeats_slipped_sum(view: CallView, judged: list[Verdict], written: list[Verdict]) -> bool:
    """Whether the letter's wrong sum is the one the learner said back and he corrected."""
    slip = next((v for v in judged if v.reason == "read_back_wrong"), None)
    if slip is None or slip.turn is None:
        return False
    line = next((ln for ln in view.lines if ln.index == slip.turn), None)
    said = {round(float(a), 2) for a in line.facts_of("amount")} if line is not None else set()
    return any(
        v.reason in ("wrong_sum", "wrong_sum_more")
        and round(float(v.values.get("letter_amount", -1)), 2) in said
        for v in written
    )


def score_call(call: Any, *, channel: str | None = None, letter: str | None = None) -> CallScore:
    """Score a finished call against the guide.

    The result's fields are those of play --json: opening (strategy, score, checks),
    checks, score, passed, tier, critical, rubric (pass, tiers), agreed_terms, feedback,
    and, only on a passed call whose tier a failed check holds down, tier_cap (tier, check,
    reason; verdict.TIER_CAPS); every check has id, passed, evidence, advice, better, turn
    and weight (plus reason and turns, for the per-turn feedback). Nothing here depends on
    when the result is shown, so exam mode can simply show it at the end.
    """
    view = CallView(call)
    scenario = view.scenario
    opening, opened = _opening(view)
    before = _rendered(view, [channel_verdict(scenario, channel)]) if channel else []
    judged = judge_call(view, letter=letter is not None)
    written: list[Verdict] = []
    if letter is not None:
        written = written_verdicts(view, letter)
    if any(v.reason == "corrected_date" for v in written) or _repeats_slipped_sum(
        view, judged, written
    ):
        # The letter repeats the read-back he corrected: one fault, named once, by the
        # letter, which fails the call (a sum as a day: V318 p6, "£604 by Friday the 18th"
        # corrected to £640 and put in the letter, failed twice where the same slip with the
        # wrong day too was named once — its auditor: "one rule").
        judged = [v for v in judged if v.reason != "read_back_wrong"]
    during = _rendered(view, judged)
    after = _rendered(view, written)
    checks = before + opening.checks + during + after
    score = share(checks)
    critical = [c for c in checks if c.critical and not c.passed]
    judged_by = rubric(scenario)
    passed = bool(checks) and score >= judged_by.pass_mark and not critical
    uncapped = score
    if critical:
        # GUIDE §6: a missed critical check caps the score below the pass mark.
        score = min(score, max(judged_by.pass_mark - 1, 0))
    # Tiers are for passed calls only (GUIDE §6), and some faults hold the tier down.
    # The letter's too where it names another day than the promised one (a part missing
    # from it costs its share of the weight, no tier). A rubric question the audits split
    # on: the twenty-sixth wanted no gold, V26 passed such a letter at 75-90, V41 failed it;
    # another sum in the letter fails the call (`letter._wrong_sum`).
    # ... and a plan in writing that asks for no signature (V126 09).
    wrong_day = [
        v
        for v in written
        if v.reason in ("wrong_date", "wrong_number") or (v.id == "countersign" and not v.passed)
    ]
    # ... and the opening's (sympathy taken back by the caller's own need).
    cap = tier_cap(view, [*judged, *wrong_day, *opened]) if passed else None
    # Passed only when set: a call without a cap keeps the JSON it always had.
    extra: dict[str, Any] = {"tier_cap": cap} if cap is not None else {}
    if score < uncapped:
        # What the checks alone gave: a capped 69 read to trainers as "one point short"
        # (seventy-first and seventy-fifth audits), when the call had earned 85 and failed
        # on a must-have.
        extra["capped_from"] = uncapped
    return CallScore(
        opening=opening,
        checks=checks,
        score=score,
        passed=passed,
        tier=judged_by.tier(score, cap.tier if cap else None) if passed else None,
        critical=[c.id for c in critical],
        # The rubric this result was judged by, so a reviewer's override later recomputes
        # pass and tier by the scenario's marks, not the guide's defaults.
        rubric=judged_by,
        # The terms the customer actually accepted (simulation.terms), for the transcript.
        agreed_terms=getattr(call, "agreed_terms", None),
        feedback=feedback(view, checks),
        **extra,
    )
