"""Defect 1 (and 18): escapes, bidi and markup from learners, transcripts and scenarios
never reach a terminal through any command; the transcript keeps the original text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.minimal import MINIMAL

from .conftest import BIDI, HOSTILE_TEXT, OSC_TITLE, trainer

NAME = f"Eve{OSC_TITLE}\u202e"


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    """A transcripts folder holding one call by a learner whose name and line are hostile."""
    folder = tmp_path / "transcripts"
    script = f"{HOSTILE_TEXT}\n\nGeht es bis Freitag?\n".encode() + b"\x9b31m\xff\n"
    run = trainer(
        "--transcripts", str(folder), "play", "de-stammkunde-urlaub",
        "--script", "-", "--seed", "1", "--learner", NAME, input=script,
    )  # fmt: skip
    assert run.returncode == 0, run.err
    assert "\\x1b]0;pwned\\x07" in run.out  # shown as an escape, visibly
    return folder


def test_the_transcript_keeps_the_original_text(hostile_folder: Path) -> None:
    (path,) = hostile_folder.glob("*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["learner"] == NAME
    assert HOSTILE_TEXT in [t["text"] for t in data["turns"]]


@pytest.mark.parametrize(
    "args",
    [
        ["review", "--list"],
        ["stats"],
        ["export", "LATEST", "--format", "md"],
        ["export", "LATEST", "--format", "html"],
        ["export", "LATEST", "--format", "json"],
        ["replay", "LATEST"],
        ["replay", "LATEST", "--json"],
    ],
)
def test_no_escape_reaches_the_terminal(hostile_folder: Path, args: list[str]) -> None:
    (path,) = hostile_folder.glob("*.json")
    args = [str(path) if a == "LATEST" else a for a in args]
    run = trainer("--transcripts", str(hostile_folder), *args)  # assert_clean: no raw ESC
    if "replay" in args:
        assert run.returncode in (0, 1), run.err  # 1: the replay differs (another recogniser)
        return
    assert run.returncode == 0, run.err
    if "json" in args:  # still the same data for a program
        data = json.loads(run.stdout)
        assert HOSTILE_TEXT in [t["text"] for t in data["turns"]]
    elif "stats" not in args:
        assert "Eve" in run.out


def test_markup_in_exports_stays_literal(hostile_folder: Path) -> None:
    (path,) = hostile_folder.glob("*.json")
    html = trainer("--transcripts", str(hostile_folder), "export", str(path), "-f", "html").out
    assert "@click=app.screenshot" in html and "<script" not in html


def test_a_scenario_line_with_escapes_is_refused_at_its_line(tmp_path: Path) -> None:
    bad = MINIMAL.replace('"Müller?"', '"Müller?\\e]52;c;cHduZWQ=\\a"')
    path = tmp_path / "mini.yaml"
    path.write_text(bad, encoding="utf-8")
    run = trainer("validate", str(path))
    assert run.returncode == 1
    line = next(i for i, t in enumerate(bad.splitlines(), 1) if "52;c" in t)
    assert f"mini.yaml:{line}:" in run.out and "U+001B" in run.out
    run = trainer("play", str(path), "--script", "-", input="Hallo\n")
    assert run.returncode == 2 and f"mini.yaml:{line}:" in run.err


def test_bidi_characters_in_a_scenario_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text(MINIMAL.replace("title: Mini", f'title: "Mini{BIDI}"'), encoding="utf-8")
    run = trainer("validate", str(path))
    assert run.returncode == 1 and "mini.yaml:2:" in run.out and "U+202E" in run.out


def test_a_hostile_file_name_is_shown_escaped(tmp_path: Path) -> None:
    path = tmp_path / f"x{OSC_TITLE}.yaml"
    path.write_text("id: [", encoding="utf-8")
    run = trainer("validate", str(tmp_path))
    assert run.returncode == 1 and "\\x1b]0;pwned\\x07" in run.out


def test_test_and_fuzz_name_a_hostile_file_escaped(tmp_path: Path) -> None:
    (tmp_path / f"x{OSC_TITLE}\u202e.yaml").write_text("id: [", encoding="utf-8")
    for command in ("test", "fuzz"):
        run = trainer(command, str(tmp_path))
        assert run.returncode in (1, 2) and "\\x1b]0;pwned\\x07" in run.out + run.err, run.out


def test_classify_and_graph_output_are_clean(tmp_path: Path) -> None:
    run = trainer("classify", "--lang", "de", input=HOSTILE_TEXT + "\n")
    assert run.returncode == 0
    run = trainer("graph", "de-stammkunde-urlaub")
    assert run.returncode == 0


def test_has_unsafe_refuses_exactly_what_shown_escapes():
    """`has_unsafe` is one regular expression (speed); it must agree with `_unsafe`."""
    from trainer import safety

    for code in [*range(0x3000), *range(0xD7F0, 0xE010), *range(0xFFF0, 0x10010)]:
        ch = chr(code)
        assert safety.has_unsafe(f"ok {ch} ok") == safety._unsafe(ch, True), hex(code)
