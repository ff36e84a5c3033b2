"""A reviewer's audit (R2, thirteenth session): overrides that change nothing, a verdict
beside the line that contradicts the override, withdrawn comments that fill the export,
check ids where people read names."""

from __future__ import annotations

import pytest

from trainer.transcripts import load_transcript
from trainer.transcripts.annotations import (
    COMMENT_LIMIT,
    ReviewError,
    add_comment,
    add_override,
    feedback_by_turn,
    withdraw,
)
from trainer.transcripts.export import to_html, to_markdown

from .conftest import scoring


def _with_line_feedback(make_call):
    fields = scoring({"identify": True, "pin_date": False})
    fields["feedback"] = [
        {"turn": 1, "checks": [{"id": "pin_date", "passed": False, "reason": "no day named"}]}
    ]
    return make_call(**fields)


def test_the_verdict_beside_the_line_follows_the_override(make_call):
    path = _with_line_feedback(make_call)
    add_override(path, "pin_date", passed=True, reason="Freitag was said", reviewer="rita")
    data = load_transcript(path)
    (line,) = feedback_by_turn(data)[1]
    assert line.passed is True and line.reviewed and line.auto is False
    md = to_markdown(data, "en")
    assert "✗ Concrete payment date" not in md
    assert "✓ Concrete payment date: no day named (reviewed; automatic: failed)" in md
    assert "✗" not in to_html(data, "en").split("<h2>Checks")[0].split("<table>")[1]


def test_an_override_that_changes_nothing_is_refused(make_call):
    path = _with_line_feedback(make_call)
    with pytest.raises(ReviewError) as err:
        add_override(path, "identify", passed=True, reason="fine", reviewer="rita")
    assert err.value.code == "no_change"
    score = load_transcript(path).score
    with pytest.raises(ReviewError) as err:
        add_override(path, "score", score=score, reason="fine", reviewer="rita")
    assert err.value.code == "no_change_score"
    assert load_transcript(path).reviews.overrides == []


def test_a_comment_has_a_limit_and_a_withdrawn_one_is_shown_short(make_call):
    path = _with_line_feedback(make_call)
    with pytest.raises(ReviewError) as err:
        add_comment(path, "x" * (COMMENT_LIMIT + 1), reviewer="rita", turn=1)
    assert err.value.code == "too_long"
    long = "Das war " + "wirklich " * 150 + "gut."
    c = add_comment(path, long, reviewer="rita", turn=1)
    withdraw(path, c.id, reviewer="rita")
    data = load_transcript(path)
    assert data.reviews.comments[0].text == long  # nothing a reviewer wrote is deleted
    md = to_markdown(data, "en")
    assert long not in md and "Das war wirklich" in md and "…" in md
