"""Small helpers to drive the app with Pilot and read what the screen holds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.text import Text
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from trainer.tui.briefing import BriefingScreen
from trainer.tui.call import CallScreen
from trainer.tui.compat import screen_strips
from trainer.tui.library import LibraryScreen


def text_of(widget: Widget) -> str:
    """The plain text a Static-like widget shows (a container: all its Statics, in order)."""
    if not isinstance(widget, Static):
        return "\n".join(text_of(w) for w in widget.query(Static))
    content: Any = widget.content
    if isinstance(content, str):
        return content
    if isinstance(content, Text):
        return content.plain
    console = Console(width=1000, no_color=True)  # a Rich renderable, e.g. a table
    with console.capture() as out:
        console.print(content)
    return "\n".join(line.rstrip() for line in out.get().splitlines())


def screen_lines(app: App[Any]) -> list[str]:
    """What the terminal shows now, line by line (the compositor's last frame)."""
    return screen_strips(app)


async def until(pilot: Pilot, condition: Callable[[], bool], what: str = "") -> None:
    """Let the app run (workers included) until the condition holds; fail after a while."""
    for _ in range(400):
        if condition():
            return
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    raise AssertionError(f"timed out waiting for {what or condition}")


async def library(pilot: Pilot) -> LibraryScreen:
    await until(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen), "library")
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    await until(pilot, lambda: screen.loaded, "scenarios loaded")
    return screen


async def open_scenario(pilot: Pilot, title: str) -> BriefingScreen:
    lib = await library(pilot)
    lib.query_one("#search").value = title  # type: ignore[attr-defined]
    await pilot.pause()
    lib.action_open()
    await until(pilot, lambda: isinstance(pilot.app.screen, BriefingScreen), "briefing")
    screen = pilot.app.screen
    assert isinstance(screen, BriefingScreen)
    return screen


async def start_call(pilot: Pilot, title: str, channel: str = "1") -> CallScreen:
    await open_scenario(pilot, title)
    await pilot.press(channel)
    await pilot.press("s")
    await until(pilot, lambda: isinstance(pilot.app.screen, CallScreen), "call screen")
    screen = pilot.app.screen
    assert isinstance(screen, CallScreen)
    await until(pilot, lambda: bool(turns(screen)), "customer picks up")
    return screen


def turns(screen: CallScreen) -> list[tuple[str, str]]:
    """(kind, text) of each turn in the conversation, in order."""
    out = []
    for widget in screen.query(".turn"):
        kind = next(c for c in ("learner", "customer", "pause", "system") if widget.has_class(c))
        out.append((kind, text_of(widget)))
    return out


async def say(pilot: Pilot, text: str) -> None:
    box = pilot.app.screen.query_one("#say")
    box.value = text  # type: ignore[attr-defined]
    await pilot.press("enter")
    await pilot.pause()
    # Recognition runs in a worker thread: wait for it, then for the drawing it triggers.
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
