"""Replay: the learner's lines against the current scenario, differences reported."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import SCENARIOS
from trainer.authoring.replay import format_report, replay
from trainer.scenario import find_scenario, load_scenario
from trainer.transcripts import load_transcript

from .conftest import GOOD


def test_unchanged_scenario_reproduces_the_call(make_call, loaded, recogniser):
    for seed in (1, 2, 3):
        data = load_transcript(make_call(seed=seed))
        report = replay(data, loaded, recogniser)
        assert not report.differs, format_report(report)
        assert report.first_diff is None and not report.scenario_changed
        assert "conversation unchanged" in format_report(report)


def edited_copy(tmp_path: Path, old: str, new: str):
    root = tmp_path / "scenarios"
    shutil.copytree(SCENARIOS, root)
    file = root / "de" / "stammkunde-urlaub.yaml"
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new), encoding="utf-8")
    return load_scenario(find_scenario("de-stammkunde-urlaub", root))


def test_an_edited_customer_line_is_reported_at_its_turn(make_call, recogniser, tmp_path):
    data = load_transcript(make_call())
    edited = edited_copy(tmp_path, "Müller Haustechnik, Müller am Apparat?", "Ja, bitte?")
    report = replay(data, edited, recogniser)
    assert report.differs and report.scenario_changed and report.first_diff == 0
    assert report.expected["text"] == "Müller Haustechnik, Müller am Apparat?"
    assert report.now["text"] == "Ja, bitte?"
    text = format_report(report)
    assert "first difference at turn 0" in text and "DIFFERS" in text
    assert "expected: customer: 'Müller Haustechnik" in text and "now:      customer: 'Ja" in text


def test_a_changed_end_state_changes_the_outcome(make_call, recogniser, tmp_path):
    data = load_transcript(make_call([*GOOD, ""]))
    assert data.outcome == "promise_to_pay"
    tail = "Gut, dass Sie angerufen haben. Tschüss!\n    end: "
    edited = edited_copy(tmp_path, tail + "promise_to_pay", tail + "compromise")
    report = replay(data, edited, recogniser)
    assert report.differs and report.first_diff is None
    assert (report.outcome_before, report.outcome_after) == ("promise_to_pay", "compromise")
    assert "outcome: promise_to_pay -> compromise" in format_report(report)
