"""The summary index: rebuilt when missing or stale, incremental, unreadable files named."""

from __future__ import annotations

import json
import os

import pytest

from trainer.transcripts import TranscriptError
from trainer.transcripts.annotations import add_override
from trainer.transcripts.index import INDEX_NAME, find_transcript, load_index

from .conftest import scoring


def test_missing_index_is_built_and_then_reused(make_call):
    a = make_call(learner="anna", **scoring({"identify": True, "pin_date": False}))
    make_call(learner="ben", seed=2)
    folder = a.parent
    first = load_index(folder)
    assert first.reread == 2 and (folder / INDEX_NAME).is_file()
    assert {r.learner for r in first.rows} == {"anna", "ben"}
    row = next(r for r in first.rows if r.learner == "anna")
    assert row.checks == {"identify": True, "pin_date": False} and row.score == 50
    assert row.scenario_id == "de-stammkunde-urlaub" and row.status == "finished"
    again = load_index(folder)
    assert again.reread == 0 and again.rows == first.rows


def test_only_changed_and_new_files_are_read_again(make_call):
    a = make_call(**scoring({"identify": True}))
    make_call(seed=2)
    folder = a.parent
    load_index(folder)
    add_override(a, "score", score=12, reason="test", reviewer="rita")
    make_call(seed=3)
    index = load_index(folder)
    assert index.reread == 2
    row = next(r for r in index.rows if r.file == a.name)
    assert row.score == 12 and row.auto_score == 100 and row.overridden


def test_removed_files_drop_out_and_a_damaged_index_is_rebuilt(make_call):
    a = make_call()
    b = make_call(seed=2)
    folder = a.parent
    load_index(folder)
    b.unlink()
    assert [r.file for r in load_index(folder).rows] == [a.name]
    (folder / INDEX_NAME).write_text("{ not json", encoding="utf-8")
    rebuilt = load_index(folder)
    assert rebuilt.reread == 1 and [r.file for r in rebuilt.rows] == [a.name]
    json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))


def test_unreadable_files_are_listed_with_a_reason_and_the_rest_still_load(make_call):
    a = make_call()
    folder = a.parent
    (folder / "truncated.json").write_bytes(a.read_bytes()[:200])
    (folder / "foreign.json").write_text('{"name": "something else"}', encoding="utf-8")
    (folder / "newer.json").write_text('{"schema_version": 99, "turns": []}', encoding="utf-8")
    (folder / "latin1.json").write_bytes(b'{"x": "\xe4"}')
    index = load_index(folder)
    assert [r.file for r in index.rows] == [a.name]
    reasons = {u.file: u.reason for u in index.unreadable}
    assert "broken JSON" in reasons["truncated.json"]
    assert "not a transcript" in reasons["foreign.json"]
    assert "newer" in reasons["newer.json"] and "update" in reasons["newer.json"]
    assert "UTF-8" in reasons["latin1.json"]
    # Remembered: a broken file is not read again until it changes.
    assert load_index(folder).reread == 0


def test_an_old_transcript_without_the_newer_fields_is_summarised(tmp_path):
    old = {"schema_version": 1, "id": "old", "scenario": "de-x", "turns": [], "outcome": None}
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (row,) = load_index(tmp_path).rows
    assert row.scenario_id == "de-x" and row.score is None and row.checks == {}


def test_index_in_a_read_only_folder_still_works(make_call):
    a = make_call()
    folder = a.parent
    os.chmod(folder, 0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        assert len(load_index(folder).rows) == 1
    finally:
        os.chmod(folder, 0o755)


def test_find_transcript_by_id_prefix_or_path(make_call):
    a = make_call()
    folder = a.parent
    assert find_transcript(a.stem, folder) == a
    assert find_transcript(a.stem[:-2], folder) == a
    assert find_transcript(str(a), folder) == a
    with pytest.raises(TranscriptError, match="no transcript 'nope'"):
        find_transcript("nope", folder)


def test_a_call_without_outcome_shows_how_it_ended() -> None:
    from trainer.transcripts.index import summarize
    from trainer.transcripts.schema import Transcript

    row = summarize(Transcript(turns=[], outcome=None, end_reason="learner_ended"), "a.json")
    assert row.outcome == "learner_ended"
    assert summarize(
        Transcript(turns=[], outcome="promise_to_pay", end_reason="learner_ended"), "b.json"
    ).outcome == ("promise_to_pay")
    assert summarize(Transcript(turns=[], end_reason="../../etc"), "c.json").outcome is None
