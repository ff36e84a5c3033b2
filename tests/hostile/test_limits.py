"""Defects 6, 9, 10, 11, 12: expressions that cannot explode, patterns that cannot hang,
names the state machine owns, transitions that cannot multiply, calls and reviews of
any length."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.core.minimal import MINIMAL
from tests.tui.tui_helpers import until
from trainer.scenario import expressions as ex
from trainer.scenario.regexsafety import pattern_problem
from trainer.tui.compat import mark_crashed

from .conftest import trainer


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("expression", "expect"),
    [
        ("'%y' % 1", "numbers only"),
        ("mood /= 0", "division by zero"),
        ("mood = 'a' * 10000000000", "longer than"),
        ("mood = " + " + ".join(["mood"] * 1000), "longer than"),
        ("mood = " + "(" * 60 + "1" + ")" * 60 + " + 1" * 60, "nested"),
        ("mood = " + "-" * 400 + "1", "nested"),
    ],
    ids=["percent", "div0", "huge-string", "1000-terms", "deep", "unary-chain"],
)
def test_validate_refuses_expressions_that_explode(
    tmp_path: Path, expression: str, expect: str
) -> None:
    text = MINIMAL.replace("do: mood -= 2}", f'do: "{expression}"}}', 1)
    run = trainer("validate", str(_write(tmp_path, text)))
    assert run.returncode == 1 and expect in run.out, run.out
    assert f"mini.yaml:{_line_of(text, expression[:20])}:" in run.out


def test_expressions_at_run_time_never_explode() -> None:
    effects = ex.parse_effects("s = s * n; q = m / z; r = m % z; big = big * big")
    values = {"s": "ab", "n": 10**9, "m": 5, "z": 0, "big": 10**10}
    effects.apply(values, {})
    assert values["s"] is None and values["q"] is None and values["r"] is None
    assert values["big"] is None  # beyond 10**15: missing, not a 1,000-digit number
    cond = ex.parse_condition("fmt % name == 'x' or mood * word == 'y'")
    assert cond({"fmt": "%y", "name": 1, "mood": 10**12, "word": "x"}) is False


@pytest.mark.parametrize("pattern", ["(a+)+b", "(\\w+\\s?)+$", "(a|ab)+c", "(x*)*y"])
def test_backtracking_patterns_are_refused_at_their_line(tmp_path: Path, pattern: str) -> None:
    text = MINIMAL + f"intents:\n  eigenes:\n    examples: [aaaa]\n    patterns: ['{pattern}']\n"
    run = trainer("validate", str(_write(tmp_path, text)))
    assert run.returncode == 1 and "can take forever" in run.out
    assert f"mini.yaml:{_line_of(text, 'patterns:')}:" in run.out
    run = trainer("play", str(_write(tmp_path, text)), "--script", "-", input="a" * 40 + "\n")
    assert run.returncode == 2 and "can take forever" in run.err


def test_the_shipped_patterns_pass_the_check() -> None:
    assert pattern_problem(r"\bbis (montag|dienstag|freitag)\b") is None
    assert pattern_problem(r"(eher |mehr |denn |dabei )*(um|ueber)\b") is None


@pytest.mark.parametrize("name", ["state", "trigger", "may_pay", "is_open", "to_end"])
def test_names_of_the_state_machine_are_refused(tmp_path: Path, name: str) -> None:
    text = MINIMAL + f"intents:\n  {name}:\n    examples: [wort]\n"
    text = text.replace(
        "      pause: entschuldigt", f"      pause: entschuldigt\n      {name}: zusage"
    )
    run = trainer("validate", str(_write(tmp_path, text)))
    assert run.returncode == 1 and f"'{name}' is a reserved name" in run.out
    assert f"mini.yaml:{_line_of(text, f'  {name}:')}:" in run.out
    run = trainer("play", str(_write(tmp_path, text)), "--script", "-", input="Hallo\n")
    assert run.returncode == 2 and "reserved name" in run.err


def test_anywhere_cannot_multiply_into_millions_of_transitions(tmp_path: Path) -> None:
    states = "".join(f"  s{i}:\n    say: [x]\n    on: {{pause: s{i + 1}}}\n" for i in range(300))
    anywhere = "".join(f"  a{i}: {{to: zusage}}\n" for i in range(100))
    text = MINIMAL.replace("states:\n", "states:\n" + states + "  s300:\n    say: [x]\n", 1)
    text += "anywhere:\n" + anywhere.replace("  a", "  intent_a")
    text += "intents:\n" + "".join(f"  intent_a{i}:\n    examples: [w{i}]\n" for i in range(100))
    run = trainer("validate", str(_write(tmp_path, text)))
    assert run.returncode == 1 and "too many transitions" in run.out
    assert f"mini.yaml:{_line_of(text, 'anywhere:')}:" in run.out


def test_a_call_is_capped_and_says_so(tmp_path: Path) -> None:
    text = MINIMAL.replace("patience: 2", "patience: 2\nmax_turns: 1000000")
    run = trainer("validate", str(_write(tmp_path, text)))
    assert run.returncode == 1 and f"mini.yaml:{_line_of(text, 'max_turns')}:" in run.out
    script = "äh\n" * 100_000  # a 100k-line script: the call ends at max_turns
    run = trainer("--transcripts", str(tmp_path / "t"), "play", "de-stammkunde-urlaub",
                  "--script", "-", "--seed", "1", input=script)  # fmt: skip
    assert run.returncode == 0 and "the rest of the script was not said" in run.err
    (path,) = (tmp_path / "t").glob("*.json")
    assert len(json.loads(path.read_text())["turns"]) < 200


def test_a_transcript_with_too_many_turns_is_refused_with_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    turn = {"speaker": "learner", "text": "x"}
    data = {"schema_version": 1, "turns": [turn] * 200_000}
    (folder / "huge.json").write_text(json.dumps(data), encoding="utf-8")
    run = trainer("--transcripts", str(folder), "export", str(folder / "huge.json"))
    assert run.returncode == 2 and "huge.json" in run.err and "turns" in run.err


async def test_the_review_screen_windows_a_5000_turn_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.tui import review
    from trainer.tui.review import ReviewApp, TurnView

    # A small window: what is tested is that 5,000 turns never become 5,000 widgets and
    # that moving crosses the window's edge; with the shipped 60 the 65 key presses
    # back across it took 16 s of the suite (the benchmark times the real window).
    monkeypatch.setattr(review.transcript, "TURN_WINDOW", 12)  # the screen's module
    TURN_WINDOW = review.transcript.TURN_WINDOW

    folder = tmp_path / "t"
    folder.mkdir()
    turns = [
        {"index": i, "speaker": "learner" if i % 2 else "customer", "text": f"Zeile {i}"}
        for i in range(5000)
    ]
    path = folder / "long.json"
    path.write_text(json.dumps({"schema_version": 1, "turns": turns}), encoding="utf-8")
    started = time.perf_counter()
    app = ReviewApp(folder, reviewer="rita", open_path=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bool(app.screen.query(TurnView)), "the call's turns")
        assert len(app.screen.query(TurnView)) == TURN_WINDOW  # not 5,000 widgets
        assert time.perf_counter() - started < 30  # generous: the benchmark holds the target
        await pilot.press("end")
        assert app.focused.position == 4999 and app.focused.turn_index == 4999
        for _ in range(TURN_WINDOW + 5):  # back across the window's edge
            await pilot.press("up")
        assert app.focused.position == 4999 - TURN_WINDOW - 5
        assert len(app.screen.query(TurnView)) <= TURN_WINDOW
        await pilot.press("home")
        assert app.focused.position == 0


def test_a_review_crash_never_exits_0(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import argparse

    from trainer.tui import review

    def crashed(self: review.ReviewApp) -> None:
        mark_crashed(self)  # what Textual does when an exception stops the app
        return None

    monkeypatch.setattr(review.ReviewApp, "run", crashed)
    args = argparse.Namespace(transcripts=str(tmp_path), reviewer="rita")
    assert review.run_review(args, None) == 1
