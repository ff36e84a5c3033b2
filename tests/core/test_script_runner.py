"""The one script runner: every non-interactive play goes through `trainer.session.script`."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.minimal import MINIMAL
from tests.helpers import ROOT
from trainer.scenario import load_scenario
from trainer.session.script import HANG_UP, PAUSE, ScriptRunner, script_lines


def runner_for(path: Path, keywords, **kwargs) -> ScriptRunner:
    return ScriptRunner.open(load_scenario(path), seed=1, recogniser=keywords, **kwargs)


def test_text_pause_and_hang_up_are_the_three_moves(write_yaml, keywords) -> None:
    runner = runner_for(write_yaml(MINIMAL), keywords)
    steps = runner.play(["Hallo, wegen der Rechnung", PAUSE, HANG_UP, "never said"])
    assert [s.state for s in steps] == ["stutzt", "entschuldigt", "entschuldigt"]
    assert steps[1].text == "" and steps[2].ended
    assert runner.session.end_reason == "learner_ended"
    assert runner.cut_at == 4  # the line after hanging up was not said


def test_the_finished_record_is_the_play_json_object(write_yaml, keywords) -> None:
    runner = runner_for(write_yaml(MINIMAL), keywords, channel="call")
    record = runner.run(["Hallo, wegen der Rechnung", PAUSE, "Bis Freitag?"])
    assert record["outcome"] == "promise_to_pay" and record["seed"] == 1
    assert record["channel"] == "call" and record["transcript"] is None
    assert [t["speaker"] for t in record["turns"]][:2] == ["customer", "learner"]


def test_no_line_is_read_past_the_one_that_finds_the_call_over(write_yaml, keywords) -> None:
    """A pipe may stay open: after the end of the call the runner stops reading."""
    pulled: list[str] = []

    def lines() -> Iterator[str]:
        for text in ["Hallo, ein Vorschlag", "one more", "and another", "and more"]:
            pulled.append(text)
            yield text

    runner = runner_for(write_yaml(MINIMAL), keywords)
    steps = runner.play(lines())
    assert len(steps) == 1 and steps[0].ended  # offer_solution -> zusage, an end state
    assert pulled == ["Hallo, ein Vorschlag", "one more"] and runner.cut_at == 2


def test_script_lines_drop_comments_lazily() -> None:
    def source() -> Iterator[str]:
        yield "# a comment"
        yield "Hallo"
        yield "  # indented comment"
        yield ""
        raise AssertionError("read too far")

    moves = script_lines(source())
    assert next(moves) == "Hallo" and next(moves) == PAUSE


def test_a_script_failing_half_way_discards_its_journal(write_yaml, keywords, tmp_path) -> None:
    folder = tmp_path / "transcripts"

    def broken() -> Iterator[str]:
        yield "Hallo"
        raise OSError("the pipe broke")

    with pytest.raises(OSError), runner_for(write_yaml(MINIMAL), keywords, transcripts=folder) as r:
        r.run(broken())
    assert not any(folder.rglob("*")), "a failed script must leave no journal"


def test_a_finished_script_keeps_its_transcript(write_yaml, keywords, tmp_path) -> None:
    folder = tmp_path / "transcripts"
    with runner_for(write_yaml(MINIMAL), keywords, transcripts=folder) as runner:
        record = runner.run(["Hallo, ein Vorschlag"])
    assert record["transcript"] and Path(record["transcript"]).is_file()


def _calls_that_play(path: Path) -> list[str]:
    """`.say(`, `.pause(`, `.hang_up(` calls and `Session(`/`Call(` constructions in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in {"say", "pause", "hang_up", "Session", "Call"}:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}(...)")
    return found


def test_no_headless_front_end_plays_a_call_by_itself() -> None:
    """Headless play, test plans, --watch, replay and fuzz all play through the runner;
    a sixth way to drive a call would drift from the others' behaviour again."""
    modules = [
        *(ROOT / "trainer" / "authoring").glob("*.py"),
        *(ROOT / "trainer" / "cli").glob("*.py"),
    ]
    assert [hit for m in sorted(modules) for hit in _calls_that_play(m)] == []
