"""Typed transcripts: old files load and migrate, what is written reads back equal, and a
damaged or future file is refused with one sentence (tests/fixtures/transcripts/v1 are
files of the format before issue 13, written by the app itself; see their README)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from trainer.scoring.results import DEFAULT_PASS, DEFAULT_TIERS
from trainer.transcripts import (
    SCHEMA_VERSION,
    Transcript,
    TranscriptError,
    load_transcript,
    recover,
    save_transcript,
)
from trainer.transcripts.annotations import add_comment, add_override, effective

V1 = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts" / "v1"
FIXTURES = sorted(p.name for p in V1.glob("*.json"))


def _raw(name: str) -> dict:
    return json.loads((V1 / name).read_text(encoding="utf-8"))


def test_the_fixtures_are_of_version_1():
    assert len(FIXTURES) >= 5
    assert {_raw(n)["schema_version"] for n in FIXTURES} == {1}
    assert SCHEMA_VERSION == 2


@pytest.mark.parametrize("name", FIXTURES)
def test_every_v1_transcript_loads_migrates_rewrites_and_reads_back_equal(name, tmp_path):
    transcript = load_transcript(V1 / name)
    assert transcript.schema_version == 2
    assert transcript.turns and all(isinstance(t.index, int) for t in transcript.turns)
    copy = tmp_path / name
    save_transcript(copy, transcript)
    again = load_transcript(copy)
    assert again == transcript
    assert json.loads(copy.read_text(encoding="utf-8")) == transcript.to_json()


@pytest.mark.parametrize("name", FIXTURES)
def test_migration_keeps_every_field_and_adds_only_the_v2_guarantees(name):
    raw = _raw(name)
    migrated = load_transcript(V1 / name).to_json()
    added = set(migrated) - set(raw)
    assert added <= {"reviews", "rubric"}
    for key, value in raw.items():
        if key == "schema_version":
            continue
        if key == "scenario" and isinstance(value, str):
            assert migrated["scenario"] == {"id": value}  # the very early bare id
            continue
        assert migrated[key] == value, key  # same values, same shape (floats stay floats)
    assert migrated["reviews"].keys() == {"comments", "overrides"}


def test_an_interrupted_call_gains_an_empty_review_block():
    raw = _raw("de-interrupted.json")
    assert "reviews" not in raw and raw["status"] == "interrupted"
    transcript = load_transcript(V1 / "de-interrupted.json")
    assert transcript.status == "interrupted" and not transcript.scored
    assert transcript.reviews.comments == [] and transcript.reviews.overrides == []


def test_a_transcript_from_before_the_rubric_keeps_its_effective_result():
    """Files from before the rubric was recorded were always re-judged by the guide's
    defaults; the migration records those, so nothing a reviewer saw changes."""
    old = load_transcript(V1 / "en-pre-rubric.json")
    assert old.rubric is not None
    assert old.rubric.pass_mark == DEFAULT_PASS and old.rubric.tiers == DEFAULT_TIERS
    assert old.scenario.id == "en-florist-forgot"
    now = load_transcript(V1 / "en-reviewed.json")
    assert effective(old) == effective(now)


def test_the_reviewed_fixture_reads_typed():
    transcript = load_transcript(V1 / "en-reviewed.json")
    comments, overrides = transcript.reviews.comments, transcript.reviews.overrides
    assert [c.active for c in comments] == [True, False, True]
    assert comments[0].turn == 1 and comments[1].withdrawn is not None
    assert [(o.target, o.active) for o in overrides] == [("identify", True), ("score", False)]
    eff = effective(transcript)
    assert eff.overridden and eff.score_override is None  # the score override was withdrawn
    identify = next(c for c in eff.checks if c.id == "identify")
    assert identify.auto is False and identify.passed is True


def test_the_letter_fixture_keeps_its_letter_checks_and_rubric():
    transcript = load_transcript(V1 / "de-letter.json")
    assert transcript.letter and transcript.channel == "call"
    parts = [c.part for c in transcript.checks if c.id == "confirm_in_writing"]
    assert parts and all(parts)
    assert transcript.rubric is not None and transcript.rubric.pass_mark == 70
    outcome = next(c for c in transcript.checks if c.id == "outcome")
    assert outcome.critical and outcome.passed
    plain = next(c for c in transcript.checks if c.id == "pin_date")
    assert "critical" not in plain.to_json() and "part" not in plain.to_json()


def test_a_v1_journal_left_by_an_older_app_is_recovered_as_v2(tmp_path):
    shutil.copy(V1 / "de-killed.journal", tmp_path / "call.journal")
    (path,) = recover(tmp_path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 2 and raw["status"] == "interrupted"
    assert raw["reviews"] == {"comments": [], "overrides": []}
    assert "pid" not in raw and "host" not in raw
    said = [t.text for t in load_transcript(path).turns if t.speaker == "learner"]
    assert said == [
        "Guten Tag, hier ist Anna Berger von Berger Elektrotechnik.",
        "Ich rufe wegen der noch offenen Rechnung an.",
    ]


def test_a_field_this_version_does_not_know_survives_a_review(tmp_path):
    raw = _raw("en-plan.json")
    raw["coach_notes"] = {"kept": True}
    raw["turns"][0]["emotion"] = "tired"
    path = tmp_path / "call.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    add_comment(path, "good plan", reviewer="rita")
    again = load_transcript(path).to_json()
    assert again["coach_notes"] == {"kept": True} and again["turns"][0]["emotion"] == "tired"


def test_an_override_of_a_migrated_file_follows_the_recorded_rubric(tmp_path):
    """en-plan passed with 100 under pass 70; a score override to 72 still passes there,
    while a rubric with pass 80 recorded in the file makes the same 72 fail."""
    raw = _raw("en-plan.json")
    path = tmp_path / "call.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    add_override(path, "score", score=72, reason="too generous", reviewer="rita")
    assert effective(load_transcript(path)).passed is True
    raw["rubric"] = {"pass": 80, "tiers": {"gold": 95}}
    path.write_text(json.dumps(raw), encoding="utf-8")
    add_override(path, "score", score=72, reason="too generous", reviewer="rita")
    eff = effective(load_transcript(path))
    assert eff.score == 72 and eff.passed is False and eff.tier is None


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"score": "high"}, "field 'score' has the wrong type"),
        ({"score": 250}, "field 'score': input should be less than or equal to 100"),
        ({"passed": "yes"}, "field 'passed' has the wrong type"),
        ({"rubric": {"pass": "70"}}, "field 'rubric.pass' has the wrong type"),
        ({"opening": []}, "field 'opening' has the wrong type"),
    ],
)
def test_a_malformed_score_field_is_one_sentence_naming_it(tmp_path, change, message):
    data = {**_raw("en-plan.json"), **change}
    with pytest.raises(TranscriptError) as caught:
        load_transcript(_write(tmp_path, data))
    text = str(caught.value)
    assert text.startswith("bad.json: ") and message in text
    assert "\n" not in text and "pydantic" not in text and "validation error" not in text


def test_a_malformed_check_names_the_check_and_its_field(tmp_path):
    data = _raw("en-plan.json")
    data["checks"][2]["passed"] = "yes"
    with pytest.raises(TranscriptError, match=r"field 'checks\.3\.passed' has the wrong type"):
        load_transcript(_write(tmp_path, data))


def test_a_malformed_turn_names_the_turn(tmp_path):
    data = _raw("en-plan.json")
    data["turns"][4]["speaker"] = "narrator"
    with pytest.raises(TranscriptError, match="turn 5 field 'speaker' has the wrong type"):
        load_transcript(_write(tmp_path, data))
    data["turns"][4] = "hello"
    with pytest.raises(TranscriptError, match="turn 5 is not a record"):
        load_transcript(_write(tmp_path, data))


@pytest.mark.parametrize("version", [3, 99])
def test_a_transcript_of_a_future_version_says_to_update(tmp_path, version):
    data = {**_raw("en-plan.json"), "schema_version": version}
    with pytest.raises(TranscriptError) as caught:
        load_transcript(_write(tmp_path, data))
    assert str(caught.value) == (
        f"bad.json: transcript format {version} is newer than this app reads (2); "
        "update the trainer"
    )


@pytest.mark.parametrize("version", [0, "2", True, None])
def test_a_transcript_of_no_known_version_is_refused(tmp_path, version):
    data = {**_raw("en-plan.json"), "schema_version": version}
    with pytest.raises(TranscriptError, match="unknown transcript format"):
        load_transcript(_write(tmp_path, data))


def test_writing_validates_what_it_writes(tmp_path):
    transcript = load_transcript(V1 / "en-plan.json")
    transcript.score = 900  # models change in place without validation
    path = tmp_path / "call.json"
    with pytest.raises(TranscriptError, match="field 'score'"):
        save_transcript(path, transcript)
    assert not path.exists()


def test_the_session_writes_version_2_with_the_rubric(tmp_path, keywords):
    from tests.helpers import SCENARIOS
    from trainer.scenario import find_scenario, load_scenario
    from trainer.session import Session

    loaded = load_scenario(find_scenario("de-stammkunde-urlaub", SCENARIOS))
    session = Session(loaded, learner="anna", seed=1, transcripts=tmp_path, recogniser=keywords)
    session.start()
    session.say("Rechnung")
    result = session.finish()
    raw = json.loads(Path(result["transcript"]).read_text(encoding="utf-8"))
    assert raw["schema_version"] == 2 and raw["rubric"]["pass"] == 70
    assert isinstance(session.transcript, Transcript) and session.score is not None
    assert session.transcript.score == session.score.score == result["score"]
    assert Transcript.model_validate(raw) == session.transcript


def test_the_core_takes_a_model_as_is_and_validates_a_plain_dict():
    from trainer.transcripts.store import as_transcript

    transcript = load_transcript(V1 / "en-plan.json")
    assert as_transcript(transcript) is transcript  # no second validation per redraw
    data = transcript.to_json()
    assert data["schema_version"] == 2
    data.pop("checks")
    changed = as_transcript(data)  # a plain dict is validated
    assert changed.checks == [] and changed.score == transcript.score


def test_a_dict_that_is_not_a_transcript_is_refused_when_handed_to_the_core():
    from trainer.transcripts.annotations import effective

    with pytest.raises(TranscriptError, match="not a transcript"):
        effective({"turns": []})
