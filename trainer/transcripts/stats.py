"""Progress per learner: scores over time per check and per strategy, recent calls first.

Weighting. A learner's calls are put in time order and the i-th most recent one
(i = 0 for the latest) gets the weight 0.5 ** (i / HALF_LIFE): with HALF_LIFE = 5
the call five calls ago counts half as much as the latest, ten calls ago a quarter.
Age is counted in calls, not days, on purpose: learners practise in bursts, and
after a month's break their last session is still the best picture of where they
stand. A weighted rate is sum(weight * passed) / sum(weight) over the calls in
which the check was judged, so a check that a learner used to fail and now passes
shows as mostly passed.

Only finished calls count: an interrupted call was never scored as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import label
from .index import Summary

HALF_LIFE = 5.0
#: A check whose weighted pass rate is below this is weak (candidate for practice).
WEAK_BELOW = 0.75
#: "failed in 3 of your last 4 calls": the window of recent judged calls a reason names.
RECENT = 5
#: Faults of conduct lose the customer, whatever else went right (GUIDE: a threat or a
#: reproach): a failure of these weighs more when choosing what to practise next (a
#: reviewer audit: a learner whose customers hung up on two threats was sent to practise
#: a countersignature).
CONDUCT = {"no_premature_threat": 2.0, "no_accusation": 1.5}
#: The weakness of a check never judged yet.
UNKNOWN = 0.3


def decay(age: int, half_life: float = HALF_LIFE) -> float:
    """Weight of a call `age` calls older than the learner's latest."""
    return float(0.5 ** (age / half_life))


@dataclass
class CheckStats:
    id: str
    calls: int  # calls in which the check was judged
    failed: int
    rate: float  # weighted pass rate, 0..1
    history: list[bool]  # oldest first
    failing_streak: int  # consecutive failures up to the latest judged call

    @property
    def keeps_failing(self) -> bool:
        """Failing now, and not once: weighted rate below half with 2+ failures,
        or the last two judged calls failed."""
        return (self.rate < 0.5 and self.failed >= 2) or self.failing_streak >= 2


@dataclass
class StrategyStats:
    strategy: str
    calls: int
    score: float  # weighted mean score


@dataclass
class Recommendation:
    scenario_id: str
    title: str
    reason: str  # "it exercises pin_date, which you failed in 3 of your last 4 calls"
    checks: list[str] = field(default_factory=list)  # the weak checks it exercises


@dataclass
class LearnerStats:
    learner: str
    calls: int
    interrupted: int
    scores: list[int]  # finished calls, oldest first (for a sparkline)
    dates: list[str]
    weighted_score: float | None
    mean_score: float | None
    checks: list[CheckStats] = field(default_factory=list)
    strategies: list[StrategyStats] = field(default_factory=list)
    recommendation: Recommendation | None = None

    @property
    def keeps_failing(self) -> list[CheckStats]:
        return [c for c in self.checks if c.keeps_failing]

    def to_json(self) -> dict[str, Any]:
        return {
            "learner": self.learner,
            "calls": self.calls,
            "interrupted": self.interrupted,
            "weighted_score": _round(self.weighted_score),
            "mean_score": _round(self.mean_score),
            "scores": self.scores,
            "dates": self.dates,
            "checks": [
                {
                    "id": c.id,
                    "calls": c.calls,
                    "failed": c.failed,
                    "rate": round(c.rate, 3),
                    "history": c.history,
                    "keeps_failing": c.keeps_failing,
                }
                for c in self.checks
            ],
            "strategies": [
                {"strategy": s.strategy, "calls": s.calls, "score": _round(s.score)}
                for s in self.strategies
            ],
            "keeps_failing": [c.id for c in self.keeps_failing],
            "next": None
            if self.recommendation is None
            else {
                "scenario": self.recommendation.scenario_id,
                "title": self.recommendation.title,
                "reason": self.recommendation.reason,
                "checks": self.recommendation.checks,
            },
            "half_life_calls": HALF_LIFE,
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


@dataclass(frozen=True)
class ScenarioInfo:
    id: str
    title: str
    checks: frozenset[str]


def _weighted(pairs: Iterable[tuple[float, float]]) -> float | None:
    total = weight = 0.0
    for w, v in pairs:
        total += w * v
        weight += w
    return total / weight if weight else None


def learner_stats(
    rows: Iterable[Summary],
    learner: str,
    catalog: dict[str, ScenarioInfo] | None = None,
) -> LearnerStats:
    """One learner's progress from index rows (any order)."""
    mine = sorted((r for r in rows if r.learner == learner), key=lambda r: (r.date, r.file))
    done = [r for r in mine if r.status != "interrupted"]
    n = len(done)
    ages = {id(r): n - 1 - i for i, r in enumerate(done)}
    scored = [r for r in done if r.score is not None]
    stats = LearnerStats(
        learner=learner,
        calls=len(mine),
        interrupted=len(mine) - n,
        scores=[int(r.score) for r in scored if r.score is not None],
        dates=[r.date for r in scored],
        weighted_score=_weighted((decay(ages[id(r)]), r.score or 0) for r in scored),
        mean_score=(sum(r.score or 0 for r in scored) / len(scored)) if scored else None,
    )
    by_check: dict[str, list[tuple[int, bool]]] = {}
    by_strategy: dict[str, list[Summary]] = {}
    for r in done:
        for check, passed in r.checks.items():
            by_check.setdefault(check, []).append((ages[id(r)], passed))
        if r.strategy:
            by_strategy.setdefault(r.strategy, []).append(r)
    for check, history in by_check.items():
        streak = 0
        for _, passed in reversed(history):
            if passed:
                break
            streak += 1
        stats.checks.append(
            CheckStats(
                id=check,
                calls=len(history),
                failed=sum(1 for _, p in history if not p),
                rate=_weighted((decay(a), float(p)) for a, p in history) or 0.0,
                history=[p for _, p in history],
                failing_streak=streak,
            )
        )
    stats.checks.sort(key=lambda c: (c.rate, c.id))
    for strategy, calls in sorted(by_strategy.items()):
        score = _weighted((decay(ages[id(r)]), r.score or 0) for r in calls)
        stats.strategies.append(StrategyStats(strategy, len(calls), score or 0.0))
    if catalog:
        stats.recommendation = recommend(stats, catalog, [r.scenario_id for r in mine])
    return stats


def recommend(
    stats: LearnerStats, catalog: dict[str, ScenarioInfo], played: list[str]
) -> Recommendation | None:
    """The scenario that exercises the learner's weakest checks.

    A check's weakness is 1 - weighted pass rate (more for faults of conduct, `CONDUCT`); a
    check the learner has never been judged on counts `UNKNOWN` (worth finding out, but less
    than a known gap).
    Ties go to the scenario played least, so practice spreads out.
    """
    if not catalog:
        return None
    rates = {c.id: c.rate for c in stats.checks}

    def weakness(check: str) -> float:
        if check not in rates:
            return UNKNOWN
        return min(1.0, (1.0 - rates[check]) * CONDUCT.get(check, 1.0))

    def value(info: ScenarioInfo) -> tuple[float, int, str]:
        weak = sum(weakness(c) for c in info.checks if weakness(c) >= 1 - WEAK_BELOW)
        return (-weak, played.count(info.id), info.id)

    best = min(catalog.values(), key=value)
    weak = sorted(
        (c for c in best.checks if weakness(c) >= 1 - WEAK_BELOW),
        key=lambda c: (-weakness(c), c),
    )[:3]
    if weak:
        by_id = {c.id: c for c in stats.checks}
        parts = [_why(c, by_id.get(c)) for c in weak]
        reason = "it exercises " + _join(parts)
    else:
        times = played.count(best.id)
        reason = f"no weak checks; played {times} time{'s' if times != 1 else ''} so far"
    return Recommendation(best.id, best.title, reason, weak)


def _why(check: str, seen: CheckStats | None) -> str:
    """ "“Concrete payment date”, which you failed in 3 of your last 4 calls" (or: not
    practised yet). The check by its name, as the review app shows it (a reviewer audit:
    "countersign, which you failed in your only call with it" read as a scenario)."""
    name = f"“{label('checks', check, 'en')}”"
    if seen is None or not seen.history:
        return f"{name}, which you have not practised yet"
    recent = seen.history[-RECENT:]
    failed = sum(1 for p in recent if not p)
    calls = "call" if len(recent) == 1 else "calls"
    last = "your last call" if len(recent) == 1 else f"your last {len(recent)} {calls}"
    if len(recent) == 1:
        verdict = "passed" if failed == 0 else "failed"
        return f"{name}, which you {verdict} the one time it was judged"
    if failed == 0:
        return f"{name}, which you passed in {last} but failed before"
    return f"{name}, which you failed in {failed} of {last}"


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + "; and " + parts[-1]


def scenario_catalog(root: Path | None) -> dict[str, ScenarioInfo]:
    """Which checks each scenario exercises, as the scorer decides it
    (`trainer.scoring.applicable_checks`: personas, objections, case, rubric weights)."""
    catalog: dict[str, ScenarioInfo] = {}
    if root is None or not root.exists():
        return catalog
    from ..scenario import ScenarioError, load_scenario, scenario_files
    from ..scoring import applicable_checks

    for file in scenario_files(root):
        try:
            s = load_scenario(file).scenario
        except (ScenarioError, OSError):
            continue  # `trainer validate` reports broken scenarios; stats skip them
        catalog[s.id] = ScenarioInfo(s.id, s.title, frozenset(applicable_checks(s)))
    return catalog
