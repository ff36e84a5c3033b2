"""Progress: recent calls weigh more, weak checks found, the next scenario suggested."""

from __future__ import annotations

import pytest

from trainer.transcripts.index import Summary
from trainer.transcripts.stats import (
    HALF_LIFE,
    ScenarioInfo,
    decay,
    learner_stats,
)


def row(i: int, score: int | None, checks: dict[str, bool], **kw) -> Summary:
    base = dict(
        file=f"{i:04d}.json",
        mtime_ns=0,
        size=0,
        id=f"{i:04d}",
        date=f"2026-01-{i + 1:02d}",
        learner="anna",
        scenario_id="de-a",
        scenario_title="A",
        language="de",
        persona=None,
        outcome=None,
        score=score,
        auto_score=score,
        passed=None if score is None else score >= 70,
        tier=None,
        status="finished",
        strategy="let_them_talk",
        checks=checks,
    )
    base.update(kw)
    return Summary(**base)


def test_decay_halves_every_half_life():
    assert decay(0) == 1.0
    assert decay(int(HALF_LIFE)) == pytest.approx(0.5)
    assert decay(2 * int(HALF_LIFE)) == pytest.approx(0.25)


def test_recent_calls_weigh_more_than_old_ones():
    # Five early failures, then five passes: the weighted rate favours the recent passes.
    rows = [row(i, 20, {"pin_date": False}) for i in range(5)]
    rows += [row(i, 90, {"pin_date": True}) for i in range(5, 10)]
    s = learner_stats(reversed(rows), "anna")  # order of the rows does not matter
    (pin,) = s.checks
    weights = [decay(9 - i) for i in range(10)]
    expected = sum(weights[5:]) / sum(weights)
    assert pin.rate == pytest.approx(expected) and pin.rate > 0.5
    assert s.weighted_score > s.mean_score == 55
    assert s.scores == [20] * 5 + [90] * 5
    assert not pin.keeps_failing and pin.history == [False] * 5 + [True] * 5


def test_checks_a_learner_keeps_failing():
    rows = [row(i, 50, {"pin_date": i < 2, "identify": True}) for i in range(6)]
    s = learner_stats(rows, "anna")
    assert [c.id for c in s.keeps_failing] == ["pin_date"]
    assert s.checks[0].id == "pin_date" and s.checks[0].failing_streak == 4


def test_per_strategy_scores_and_interrupted_calls_left_out():
    rows = [
        row(0, 80, {}, strategy="let_them_talk"),
        row(1, 40, {}, strategy="offer_solution"),
        row(2, 0, {}, strategy=None, status="interrupted"),
        row(3, 70, {}, learner="ben"),
    ]
    s = learner_stats(rows, "anna")
    assert s.calls == 3 and s.interrupted == 1 and s.scores == [80, 40]
    assert {x.strategy: (x.calls, x.score) for x in s.strategies} == {
        "let_them_talk": (1, 80),
        "offer_solution": (1, 40),
    }


def test_next_scenario_exercises_the_weakest_checks():
    rows = [row(i, 60, {"pin_date": True, "down_payment": False}) for i in range(4)]
    catalog = {
        "de-a": ScenarioInfo("de-a", "Urlaub", frozenset({"identify", "pin_date"})),
        "en-cash": ScenarioInfo("en-cash", "Cash", frozenset({"identify", "down_payment"})),
    }
    s = learner_stats(rows, "anna", catalog)
    assert s.recommendation.scenario_id == "en-cash"
    assert s.recommendation.reason.startswith(
        "it exercises “Asked for a down payment”, which you failed in 4 of your last 4 calls"
    )
    assert s.recommendation.checks[0] == "down_payment"
    assert s.to_json()["next"]["scenario"] == "en-cash"


def test_the_weighted_score_counts_age_in_finished_calls_and_skips_unscored_ones():
    """The one progress weighting (the review table's progress line shows this figure):
    an unscored finished call adds no score but makes the calls before it one call older;
    an interrupted call does neither."""
    rows = [
        row(0, 100, {}),
        row(1, None, {}),  # finished, nothing scored
        row(2, 0, {}, status="interrupted"),
        row(3, 40, {}),
    ]
    s = learner_stats(rows, "anna")
    assert s.scores == [100, 40] and s.interrupted == 1
    expected = (decay(2) * 100 + decay(0) * 40) / (decay(2) + decay(0))
    assert s.weighted_score == pytest.approx(expected)
    # Counting only scored calls (what the review screen did before it used this) gave 68.
    assert round(s.weighted_score) == 66


def test_a_learner_without_scored_calls_has_no_weighted_score():
    s = learner_stats([row(0, None, {})], "anna")
    assert s.scores == [] and s.weighted_score is None and s.mean_score is None


def test_a_threat_that_lost_customers_outweighs_a_check_never_judged():
    """A reviewer audit: a learner whose customers hung up on two threats was sent to
    practise the first step, "which you have not practised yet"."""
    history = [True] * 10 + [False, True, False, True, True]
    rows = [row(i, 70, {"no_premature_threat": ok}) for i, ok in enumerate(history)]
    catalog = {
        "de-a": ScenarioInfo("de-a", "A", frozenset({"no_premature_threat", "channel"})),
    }
    reason = learner_stats(rows, "anna", catalog).recommendation.reason
    assert reason.index("No premature threat") < reason.index("Right first step")
