"""What the learner types before the call is on screen: kept verbatim, never a briefing key.

A cold start keeps the briefing up for seconds after start (the recogniser is trained, the
session waits for it); measured in a terminal, the keys arrive in time (training does not
starve the input thread), so what lost them was where they went. Each test holds the
session back like a training run does, with a recogniser factory that blocks until
released.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from tests.tui.conftest import keyword_recogniser
from tests.tui.tui_helpers import open_scenario, text_of, turns, until
from trainer.tui.briefing import BriefingScreen, TypedAhead
from trainer.tui.call import CallScreen

EN = "short of cash"
LINE = "Hello Tom, Sam here - sorry 2 bother you."


def training(ready: threading.Event) -> Callable[[Any], Any]:
    """A recogniser factory that blocks like a cold training run until `ready` is set."""

    def slow(loaded: Any) -> Any:
        assert ready.wait(30)
        return keyword_recogniser(loaded)

    return slow


async def said_after_pickup(pilot: Pilot, ready: threading.Event, moves: int) -> CallScreen:
    """Release the 'training', wait for the call and for `moves` learner moves on screen."""
    ready.set()
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, CallScreen), "call screen")
    call = app.screen
    assert isinstance(call, CallScreen)
    mine = ("learner", "pause")
    await until(pilot, lambda: sum(k in mine for k, _ in turns(call)) >= moves, "moves")
    return call


async def test_a_pause_typed_while_the_call_is_being_made_is_said(make_app) -> None:
    """Line, Enter, Enter during a cold start: the line and then the silence, as in the call
    (an empty Enter there means 'silence on purpose'); journalled in that order."""
    ready = threading.Event()
    app = make_app(recogniser=training(ready))
    async with app.run_test(size=(120, 40)) as pilot:
        briefing = await open_scenario(pilot, EN)
        await pilot.press("1", "s")
        assert briefing.starting
        await pilot.press(*LINE, "enter", "enter")
        call = await said_after_pickup(pilot, ready, moves=2)
        kinds = [k for k, _ in turns(call)]
        assert kinds[0] == "customer"
        assert [k for k in kinds if k in ("learner", "pause")] == ["learner", "pause"]
        said = [t.text for t in call.session.call.turns if t.speaker == "learner"]
        assert said == [LINE, ""]


async def test_pressing_start_twice_is_not_a_pause(make_app) -> None:
    """Enter on the start button and Enter again at once: one start, no silence said."""
    ready = threading.Event()
    app = make_app(recogniser=training(ready))
    async with app.run_test(size=(120, 40)) as pilot:
        briefing = await open_scenario(pilot, EN)
        await pilot.press("1")  # the start button now has the focus
        await pilot.press("enter", "enter")
        assert briefing.starting
        ready.set()
        await until(pilot, lambda: isinstance(app.screen, CallScreen), "call screen")
        call = app.screen
        assert isinstance(call, CallScreen)
        await until(pilot, lambda: bool(turns(call)), "customer picks up")
        await pilot.pause()
        assert [k for k, _ in turns(call)] == ["customer"]
        assert [t.speaker for t in call.session.call.turns] == ["customer"]


async def test_typing_after_a_refused_start_neither_chooses_nor_starts(make_app) -> None:
    """The terminal reproduction: 's' before choosing how to go about it (refused: the
    choice is scored), then a line and a pause. The Enters must not press the focused
    'call' button and then start (a scored choice the learner never made, the line lost):
    the briefing keeps what was typed, shows it, and says it once the call is made."""
    ready = threading.Event()
    app = make_app(recogniser=training(ready))
    async with app.run_test(size=(120, 40)) as pilot:
        briefing = await open_scenario(pilot, EN)
        await pilot.press("s")
        await pilot.press(*LINE, "enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert briefing.channel is None and not briefing.starting
        kept = briefing.query_one("#typed-ahead")
        assert kept.display and LINE in text_of(kept)
        await pilot.press("1", "s")  # now deliberately: call, start
        assert briefing.channel == "call" and briefing.starting
        call = await said_after_pickup(pilot, ready, moves=2)
        said = [t.text for t in call.session.call.turns if t.speaker == "learner"]
        assert said == [LINE, ""]


async def test_shortcut_letters_inside_a_line_typed_early_are_text(make_app) -> None:
    """Before start, '1', '2' and 's' are the briefing's keys only where no line is being
    typed: inside one they are letters (here '2' would have switched to the written
    reminder and 's' started the call)."""
    ready = threading.Event()
    app = make_app(recogniser=training(ready))
    async with app.run_test(size=(120, 40)) as pilot:
        briefing = await open_scenario(pilot, EN)
        await pilot.press("1")
        await pilot.press(*"Hi, it's 2 minutes", "backspace")
        assert briefing.channel == "call" and not briefing.starting
        assert "Hi, it's 2 minute" in text_of(briefing.query_one("#typed-ahead"))
        await pilot.press("enter")  # the line is finished: 's' is the start key again
        await pilot.press("s")
        assert briefing.starting
        call = await said_after_pickup(pilot, ready, moves=1)
        said = [t.text for t in call.session.call.turns if t.speaker == "learner"]
        assert said == ["Hi, it's 2 minute"]


async def test_escape_leaves_the_briefing_while_a_line_is_kept(make_app) -> None:
    """Keys that are not typing stay the briefing's, whatever was typed: Escape goes back."""
    app = make_app(keywords=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_scenario(pilot, EN)
        await pilot.press(*"Hello", "escape")
        await until(pilot, lambda: not isinstance(app.screen, BriefingScreen), "back")


def test_an_empty_enter_is_silence_only_once_something_was_typed() -> None:
    ahead = TypedAhead()
    ahead.take("enter", None)  # the start button pressed twice: nothing to say
    ahead.take("a", "a")
    ahead.take("enter", None)
    ahead.take("enter", None)  # after a line: silence on purpose
    late: list[tuple[str, str | None]] = []
    assert ahead.attach(lambda key, char: late.append((key, char))) == (["a", ""], "")
    ahead.take("enter", None)
    assert late == [("enter", None)]
