"""Defects 1, 3, 6, 7, 18 on screen (Pilot): hostile text is drawn as escapes and never
parsed as markup; forms quoting transcript data stay forms; a call that cannot start
and a read-only folder leave the app running with one clear message."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Select

from tests.helpers import SCENARIOS, KeywordRecogniser
from tests.tui.tui_helpers import open_scenario, say, start_call, turns, until
from trainer import safety
from trainer.scenario import find_scenario, load_scenario
from trainer.session import Session
from trainer.transcripts.annotations import add_comment
from trainer.transcripts.store import write_atomic
from trainer.tui.app import TrainerApp
from trainer.tui.call import CallScreen
from trainer.tui.compat import notifications
from trainer.tui.review import ReviewApp, TranscriptScreen

from .conftest import HOSTILE_TEXT, MARKUP, OSC_TITLE

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def assert_screen_clean(app: Any) -> None:
    """Nothing the terminal would act on in what the app draws (its SVG screenshot holds
    every visible character)."""
    svg = app.export_screenshot()
    found = RAW.search(svg)
    assert found is None, f"raw {found.group()!r} drawn on screen"


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRAINER_CONFIG", str(tmp_path / "config" / "config.json"))
    monkeypatch.delenv("TRAINER_TYPING_DELAY", raising=False)


@pytest.fixture
def hostile_call(tmp_path: Path) -> Path:
    """A transcript by a hostile learner, with a markup check id and a markup comment."""
    loaded = load_scenario(find_scenario("de-stammkunde-urlaub", SCENARIOS))
    session = Session(
        loaded,
        learner=f"Eve{OSC_TITLE}[bold]",
        seed=1,
        transcripts=tmp_path / "transcripts",
        recogniser=KeywordRecogniser({"hallo": "greeting_identify"}),
    )
    session.start()
    session.say(HOSTILE_TEXT)
    path = Path(session.finish()["transcript"])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["checks"] = [{"id": "[/]", "passed": False, "evidence": MARKUP, "advice": OSC_TITLE}]
    write_atomic(path, data)
    add_comment(path, MARKUP, reviewer="rita", turn=1)
    add_comment(path, f"meins [/] {OSC_TITLE}", reviewer="rita")
    return path


async def test_review_forms_never_interpret_transcript_markup(hostile_call: Path) -> None:
    app = ReviewApp(hostile_call.parent, reviewer="rita", open_path=hostile_call)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, TranscriptScreen), "the call")
        assert_screen_clean(app)
        screen = app.screen
        await pilot.press("o")  # the override form lists the check id "[/]"
        await pilot.pause()
        target = app.screen.query_one("#target", Select)
        target.focus()
        await pilot.press("enter")  # open the dropdown: its prompts are Text, not markup
        await pilot.pause()
        assert_screen_clean(app)
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("w")  # the withdraw form quotes "[@click=...]" and "[/]"
        await pilot.pause()
        which = app.screen.query_one("#which", Select)
        prompts = [str(p) for p, _ in which._options]
        assert any("@click=app.screenshot" in p for p in prompts)  # literal text
        assert any("[/]" in p for p in prompts)
        which.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert_screen_clean(app)
        assert app.is_running
    assert app.return_code in (0, None)


async def test_the_call_screen_draws_escapes_not_sequences(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    (root / "de").mkdir(parents=True)
    shutil.copy(SCENARIOS / "de" / "stammkunde-urlaub.yaml", root / "de")
    shutil.copytree(SCENARIOS / "_blocks", root / "_blocks")
    app = TrainerApp(
        scenarios=root,
        transcripts=tmp_path / "transcripts",
        learner=f"Eve{OSC_TITLE}\u202e",
        seed=1,
        typing_delay=0,
    )
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await start_call(pilot, "Stammkunde")
        await say(pilot, HOSTILE_TEXT)
        learner_turns = [text for kind, text in turns(screen) if kind == "learner"]
        assert "\\x1b]0;pwned\\x07" in learner_turns[0] and MARKUP in learner_turns[0]
        assert_screen_clean(app)


async def test_a_call_that_cannot_start_leaves_the_app_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "scenarios"
    (root / "de").mkdir(parents=True)
    shutil.copy(SCENARIOS / "de" / "stammkunde-urlaub.yaml", root / "de")
    shutil.copytree(SCENARIOS / "_blocks", root / "_blocks")
    blocked = tmp_path / "transcripts"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    app = TrainerApp(scenarios=root, transcripts=blocked, learner="x", seed=1, typing_delay=0)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_scenario(pilot, "Stammkunde")
        await pilot.press("1", "s")

        def told() -> bool:
            messages = [n.message for n in notifications(app)]
            return any("kann nicht beginnen" in m and str(blocked) in m for m in messages)

        await until(pilot, told, "a message naming the folder")
        assert app.is_running and not isinstance(app.screen, CallScreen)
        assert_screen_clean(app)


async def test_review_works_on_a_read_only_folder(
    hostile_call: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(path: Path, payload: bytes, **_: Any) -> None:
        raise PermissionError(13, "Read-only file system", str(path))

    monkeypatch.setattr(safety, "write_atomic", read_only)
    (hostile_call.parent / ".index.json").unlink(missing_ok=True)
    app = ReviewApp(hostile_call.parent, reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert len(app.screen.shown) == 1  # the index lives in memory
        assert_screen_clean(app)


async def test_the_library_lists_hostile_files_and_stays_responsive(tmp_path: Path) -> None:
    import os

    from tests.tui.tui_helpers import library, text_of

    from .test_files import BILLION_LAUGHS

    root = tmp_path / "scenarios"
    (root / "de").mkdir(parents=True)
    shutil.copy(SCENARIOS / "de" / "stammkunde-urlaub.yaml", root / "de")
    shutil.copytree(SCENARIOS / "_blocks", root / "_blocks")
    os.mkfifo(root / "de" / "fifo.yaml")
    (root / "de" / "zero.yaml").symlink_to("/dev/zero")
    (root / "de" / "bomb.yaml").write_text("id: bomb\n" + BILLION_LAUGHS, encoding="utf-8")
    (root / "de" / f"t{OSC_TITLE}.yaml").write_text("id: [", encoding="utf-8")
    app = TrainerApp(scenarios=root, transcripts=tmp_path / "t", learner="x", typing_delay=0)
    async with app.run_test(size=(120, 50)) as pilot:
        screen = await library(pilot)
        broken = text_of(screen.query_one("#broken"))
        for name in ("fifo.yaml", "zero.yaml", "bomb.yaml", "t\\x1b]0;pwned\\x07.yaml"):
            assert name in broken, broken
        assert sum(e.ok for e in screen.entries) == 1
        assert_screen_clean(app)
        await pilot.press("ctrl+q")
    assert app.return_code == 0


def _one_scenario(tmp_path: Path) -> Path:
    root = tmp_path / "scenarios"
    (root / "de").mkdir(parents=True)
    shutil.copy(SCENARIOS / "de" / "stammkunde-urlaub.yaml", root / "de")
    shutil.copytree(SCENARIOS / "_blocks", root / "_blocks")
    return root


async def test_a_slow_line_never_freezes_the_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from trainer import session as session_module

    gate = threading.Event()

    class Slow(KeywordRecogniser):
        def recognise(self, text: str, context: Any = None) -> Any:
            if "langsam" in text:
                gate.wait(20)  # a pattern that backtracks, a model that thinks
            return super().recognise(text, context)

    monkeypatch.setattr(
        session_module, "default_recogniser", lambda *_: Slow({"hallo": "greeting_identify"})
    )
    app = TrainerApp(scenarios=_one_scenario(tmp_path), transcripts=tmp_path / "t",
                     learner="x", seed=1, typing_delay=0)  # fmt: skip
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await start_call(pilot, "Stammkunde")
        box = screen.query_one("#say")
        box.value = "ganz langsam"
        await pilot.press("enter")
        await pilot.press(*"weiter")  # keys still arrive while the line is understood
        assert box.value == "weiter" and screen._thinking == "ganz langsam"
        await pilot.press("enter")  # queued behind the slow line, in order
        gate.set()
        await until(pilot, lambda: sum(k == "learner" for k, _ in turns(screen)) == 2, "both")
        said = [text for kind, text in turns(screen) if kind == "learner"]
        assert "ganz langsam" in said[0] and "weiter" in said[1]


async def test_a_full_disk_at_the_end_is_said_once_and_truthfully(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from tests.tui.tui_helpers import text_of
    from trainer.tui.debrief import DebriefScreen

    app = TrainerApp(scenarios=_one_scenario(tmp_path), transcripts=tmp_path / "t",
                     learner="x", seed=1, typing_delay=0)  # fmt: skip
    async with app.run_test(size=(100, 40)) as pilot:
        await start_call(pilot, "Stammkunde")
        await say(pilot, "Hallo")

        def full(path: Path, payload: bytes, **_: Any) -> None:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))

        monkeypatch.setattr(safety, "write_atomic", full)
        await pilot.press("f4", "f4")  # F4 asks; F4 again hangs up
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")
        summary = text_of(app.screen.query_one("#summary"))
        assert "konnte nicht gespeichert werden" in summary and "No space left" in summary
        assert "gesichert" not in summary  # never "saved" next to "not saved"
        assert app.is_running
    assert not list((tmp_path / "t").glob(".*.tmp"))  # nothing left behind
