"""Reviewer annotations: stored beside the automatic result, never altering it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from trainer.transcripts import load_transcript
from trainer.transcripts.annotations import ReviewError, add_comment, add_override, effective
from trainer.transcripts.schema import Transcript

from .conftest import GOOD, HOSTILE, scoring


def test_override_without_a_reason_is_refused(make_call):
    path = make_call(**scoring({"identify": True, "pin_date": False}))
    before = path.read_bytes()
    for reason in ("", "   "):
        with pytest.raises(ReviewError, match="reason"):
            add_override(path, "pin_date", passed=True, reason=reason, reviewer="rita")
    with pytest.raises(ReviewError, match="reason"):
        add_override(path, "score", score=80, reason="", reviewer="rita")
    assert path.read_bytes() == before


def test_override_needs_a_reviewer_and_a_valid_target(make_call):
    path = make_call(**scoring({"identify": True}))
    with pytest.raises(ReviewError, match="reviewer"):
        add_override(path, "identify", passed=False, reason="r", reviewer=" ")
    with pytest.raises(ReviewError, match="unknown check"):
        add_override(path, "charm", passed=False, reason="r", reviewer="rita")
    with pytest.raises(ReviewError, match="0 to 100"):
        add_override(path, "score", score=101, reason="r", reviewer="rita")


def test_comments_and_overrides_leave_turns_and_automatic_result_unchanged(make_call):
    path = make_call([HOSTILE, "Geht es bis Freitag?"], **scoring({"identify": True}))
    before = load_transcript(path).to_json()
    add_comment(path, "Gut: Name genannt", reviewer="rita", turn=1)
    add_comment(path, "Insgesamt freundlich", reviewer="rita")
    add_override(path, "identify", passed=False, reason="Firma fehlte", reviewer="rita")
    add_override(path, "score", score=55, reason="Gesamteindruck", reviewer="rita")
    after = load_transcript(path).to_json()
    for key in ("turns", "checks", "score", "passed", "tier", "opening", "feedback"):
        assert after[key] == before[key], key
    assert [c["turn"] for c in after["reviews"]["comments"]] == [1, None]
    (first, second) = after["reviews"]["overrides"]
    assert first["target"] == "identify" and first["passed"] is False
    assert first["reason"] == "Firma fehlte" and first["reviewer"] == "rita" and first["at"]
    assert second["score"] == 55


def test_effective_result_applies_overrides_and_keeps_the_automatic_one(make_call):
    path = make_call(**scoring({"identify": True, "pin_date": False, "strategy": True}))
    eff = effective(load_transcript(path))
    assert (eff.auto_score, eff.score, eff.overridden) == (67, 67, False)
    add_override(path, "pin_date", passed=True, reason="Datum war klar", reviewer="rita")
    eff = effective(load_transcript(path))
    assert eff.auto_score == 67 and eff.score == 100 and eff.passed is True
    assert eff.tier == "gold" and eff.auto_tier is None
    (pin,) = [c for c in eff.checks if c.id == "pin_date"]
    assert pin.auto is False and pin.passed is True and pin.override.reason == "Datum war klar"
    add_override(path, "score", score=40, reason="zu forsch", reviewer="rita")
    eff = effective(load_transcript(path))
    assert eff.score == 40 and eff.passed is False and eff.auto_score == 67


def test_a_turn_comment_must_name_a_turn_of_the_call(make_call):
    path = make_call()
    with pytest.raises(ReviewError, match="no turn 99"):
        add_comment(path, "x", reviewer="rita", turn=99)
    with pytest.raises(ReviewError, match="empty"):
        add_comment(path, "  ", reviewer="rita")


def test_review_keeps_undecodable_learner_bytes(make_call):
    raw = "Hallo \udcff\udcfe Rechnung"  # bytes that were not UTF-8 (surrogateescape)
    path = make_call([raw])
    add_comment(path, "ok", reviewer="rita")
    turns = json.loads(path.read_text(encoding="utf-8"))["turns"]
    assert turns[1]["text"] == raw


def test_withdrawing_own_annotations_keeps_them_marked(make_call):
    import pytest

    from trainer.transcripts.annotations import (
        ReviewError,
        add_comment,
        add_override,
        effective,
        withdraw,
    )
    from trainer.transcripts.index import summarize

    from .conftest import scoring

    path = make_call(**scoring({"identify": True, "pin_date": False}))
    c = add_comment(path, "zu streng", reviewer="rita", turn=1)
    o = add_override(path, "pin_date", passed=True, reason="klar", reviewer="rita")
    assert effective(load_transcript(path)).score == 100
    with pytest.raises(ReviewError, match="only rita"):
        withdraw(path, o.id, reviewer="ben")
    withdraw(path, o.id, reviewer=" Rita ")
    withdraw(path, c.id, reviewer="rita")
    data = load_transcript(path)
    (kept_o,) = data.reviews.overrides
    (kept_c,) = data.reviews.comments
    assert not kept_o.active and kept_o.withdrawn and kept_o.withdrawn.by == "Rita"
    assert kept_o.reason == "klar" and kept_c.text == "zu streng"  # never deleted
    eff = effective(data)
    assert eff.score == 50 and not eff.overridden  # no longer counted
    assert summarize(data, path.name).comments == 0
    with pytest.raises(ReviewError, match="already withdrawn"):
        withdraw(path, c.id, reviewer="rita")
    with pytest.raises(ReviewError, match="no comment or override"):
        withdraw(path, "nope", reviewer="rita")


def test_an_override_recomputes_pass_and_tier_by_the_scenario_rubric(tmp_path, loaded, recogniser):
    """Issue 13: with `pass: 95`, overriding a 90 to the same 90 stays "not passed" (the
    transcript did not record the rubric, so the override fell back to the guide's 70 and
    showed "passed, gold")."""
    import dataclasses

    from trainer.scenario.model import Rubric
    from trainer.session import Session

    strict = Rubric.model_validate({"pass": 95, "tiers": {"bronze": 95, "silver": 97, "gold": 99}})
    scenario = loaded.scenario.model_copy(update={"rubric": strict})
    session = Session(
        dataclasses.replace(loaded, scenario=scenario),
        learner="anna",
        seed=1,
        transcripts=tmp_path,
        recogniser=recogniser,
    )
    session.start()
    for line in GOOD:
        if not session.ended:
            session.say(line)
    path = Path(session.finish()["transcript"])
    assert load_transcript(path).passed is False
    add_override(path, "score", score=90, reason="stimmt so", reviewer="rita")
    eff = effective(load_transcript(path))
    assert (eff.score, eff.passed, eff.tier) == (90, False, None)
    add_override(path, "score", score=97, reason="doch besser", reviewer="rita")
    eff = effective(load_transcript(path))
    assert (eff.score, eff.passed, eff.tier) == (97, True, "silver")


def test_a_check_override_is_judged_by_the_recorded_rubric_and_critical_checks(make_call):
    block = scoring({"identify": True, "pin_date": False, "strategy": True, "outcome": True})
    block["checks"][-1].update(critical=True, weight=0.5)
    block["rubric"] = {"pass": 80, "tiers": {"bronze": 80, "silver": 85, "gold": 100}}
    path = make_call(**block)
    add_override(path, "pin_date", passed=True, reason="Datum war klar", reviewer="rita")
    eff = effective(load_transcript(path))
    assert (eff.score, eff.passed, eff.tier) == (100, True, "gold")
    # A missed critical check: not passed and capped below the mark, as the scorer does.
    add_override(path, "outcome", passed=False, reason="keine Einigung", reviewer="rita")
    eff = effective(load_transcript(path))
    assert (eff.score, eff.passed, eff.tier) == (79, False, None)


def test_a_finished_call_records_its_scenario_rubric(make_call, loaded):
    data = load_transcript(make_call()).to_json()
    rubric = loaded.scenario.rubric
    assert data["rubric"] == {"pass": rubric.pass_mark, "tiers": dict(rubric.tiers)}


def test_a_transcript_without_a_rubric_falls_back_to_the_guide_defaults(make_call):
    block = scoring({"identify": True, "pin_date": False})
    path = make_call(**block)
    data = load_transcript(path).to_json()
    data.pop("rubric", None)  # a transcript written before the rubric was recorded
    data["reviews"]["overrides"] = [
        {"id": "x", "target": "score", "score": 72, "reason": "r", "reviewer": "r", "at": "t"}
    ]
    eff = effective(data)
    assert (eff.score, eff.passed, eff.tier) == (72, True, "bronze")


def _reviews(comments: list, overrides: list) -> dict:
    return {
        "schema_version": 2,
        "turns": [],
        "reviews": {"comments": comments, "overrides": overrides},
    }


def test_a_reviewer_may_withdraw_only_their_own_annotations_that_still_count():
    from trainer.transcripts.annotations import withdrawable

    gone = {"by": "rita", "at": "2026-01-05T11:00"}
    data = _reviews(
        [
            {"id": "c1", "turn": 1, "text": "a", "reviewer": " Rita ", "at": "2026-01-05T10:00"},
            {"id": "c2", "turn": 1, "text": "b", "reviewer": "ben", "at": "2026-01-05T10:01"},
            {"id": "c3", "turn": 2, "text": "c", "reviewer": "rita", "withdrawn": gone},
            {"turn": 2, "text": "no id", "reviewer": "rita"},  # an edited file: cannot name it
        ],
        [{"id": "o1", "target": "pin_date", "passed": True, "reviewer": "RITA", "at": "x"}],
    )
    assert [i.id for i in withdrawable(data, "rita")] == ["c1", "o1"]
    assert withdrawable(data, "bert") == []
    assert [i.id for i in withdrawable(data, "Ben")] == ["c2"]


def test_the_focused_turns_comments_are_offered_first_then_the_order_written():
    from trainer.transcripts.annotations import withdrawable

    data = _reviews(
        [
            {"id": "early", "turn": 0, "text": "a", "reviewer": "rita", "at": "2026-01-05T09:00"},
            {"id": "here", "turn": 3, "text": "b", "reviewer": "rita", "at": "2026-01-05T12:00"},
            {
                "id": "general",
                "turn": None,
                "text": "c",
                "reviewer": "rita",
                "at": "2026-01-05T10:00",
            },
        ],
        [{"id": "o", "target": "score", "score": 80, "reviewer": "rita", "at": "2026-01-05T11:00"}],
    )
    assert [i.id for i in withdrawable(data, "rita", turn=3)] == [
        "here",
        "early",
        "general",
        "o",
    ]
    assert [i.id for i in withdrawable(data, "rita")] == ["general", "early", "o", "here"]


def test_comments_and_feedback_by_turn():
    data = {
        **_reviews(
            [
                {"id": "a", "turn": 1, "text": "x"},
                {"id": "b", "turn": None, "text": "y"},
                {"id": "c", "text": "z"},  # no turn: a general comment
            ],
            [],
        ),
        "feedback": [
            {"turn": 1, "checks": [{"id": "identify", "passed": True}]},
            {"turn": 1, "checks": [{"id": "pin_date", "passed": False}]},
            {"turn": 2, "checks": []},
        ],
    }
    transcript = Transcript.model_validate(data)
    by_turn = transcript.comments_by_turn()
    assert [c.id for c in by_turn[1]] == ["a"]
    assert [c.id for c in by_turn[None]] == ["b", "c"]
    feedback = transcript.feedback_by_turn()
    assert [c.id for c in feedback[1]] == ["identify", "pin_date"]
    assert list(feedback) == [1, 2] and feedback[2] == []
    empty = Transcript.model_validate(_reviews([], []))
    assert empty.comments_by_turn() == {} and empty.feedback_by_turn() == {}


@pytest.mark.parametrize(
    ("reviews", "feedback", "message"),
    [
        (["not a comment"], [], "field 'reviews.comments.1' has the wrong type"),
        ([{"id": "c", "turn": "1", "text": "z"}], [], "field 'reviews.comments.1.turn'"),
        ([], [{"turn": "2", "checks": []}], "field 'feedback.1.turn' has the wrong type"),
        ([], [{"turn": 1, "checks": ["junk"]}], "field 'feedback.1.checks.1' has the wrong"),
        ([], [None], "field 'feedback.1' has the wrong type"),
    ],
)
def test_an_edited_file_with_malformed_reviews_or_feedback_is_refused_by_name(
    tmp_path, reviews, feedback, message
):
    """What the review code once tolerated item by item is refused when the file is read:
    one sentence naming the field, and the review list shows it as unreadable."""
    from trainer.transcripts import TranscriptError, load_transcript

    path = tmp_path / "edited.json"
    path.write_text(json.dumps({**_reviews(reviews, []), "feedback": feedback}), "utf-8")
    with pytest.raises(TranscriptError, match=f"^edited.json: {re.escape(message)}"):
        load_transcript(path)


def test_an_override_keeps_the_scorers_tier_cap_while_its_check_still_fails(make_call):
    """A passed call held at silver for a missing written confirmation (scoring TIER_CAPS)
    stays silver when the reviewer changes another check, and is free of the cap once the
    reviewer passes the capped check itself."""
    checks = {"identify": False, "strategy": True, "confirm_in_writing": False, "outcome": True}
    block = scoring(checks)
    block["checks"][-2]["weight"] = 0.1
    block["tier_cap"] = {"tier": "silver", "check": "confirm_in_writing", "reason": "Höchstens"}
    path = make_call(**block)
    add_override(path, "identify", passed=True, reason="Name war da", reviewer="rita")
    eff = effective(load_transcript(path))
    assert eff.passed and eff.score >= 90 and eff.tier == "silver"
    add_override(path, "confirm_in_writing", passed=True, reason="Mail erwähnt", reviewer="rita")
    eff = effective(load_transcript(path))
    assert (eff.score, eff.tier) == (100, "gold")
