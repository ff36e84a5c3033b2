"""The screens speak one language: Textual's own palette words too, and amounts as the
scenario's invoice writes them."""

from __future__ import annotations

import datetime as dt

from textual.command import CommandPalette
from textual.widgets import Input, Static

from tests.tui.tui_helpers import library, open_scenario, text_of, until


async def test_the_palette_on_a_german_screen_is_all_german(make_app) -> None:
    app = make_app()
    app.ui_language = "de"
    async with app.run_test(size=(120, 40)) as pilot:
        await library(pilot)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: CommandPalette.is_open(app), "palette")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(Input).placeholder == "Befehl suchen …"
        titles = {str(c.title) for c in app.get_system_commands(app.screen_stack[-2])}
        assert {"Beenden", "Farbschema", "Bildschirmfoto", "Sprache wechseln"} <= titles
        assert not titles & {"Quit", "Theme", "Screenshot", "Keys"}


async def test_an_english_invoice_keeps_its_own_money_format_on_a_german_interface(
    make_app,
) -> None:
    app = make_app(today=dt.date(2026, 11, 30))  # the invoice's dates are relative to it
    async with app.run_test(size=(120, 40)) as pilot:
        await open_scenario(pilot, "short of cash")
        await pilot.pause()
        people = text_of(app.screen.query_one("#brief-people", Static))
        assert "£1,190.00" in people and "due on 4 November 2026" in people
        await pilot.press("f6")  # the interface in German, the invoice still in pounds
        await pilot.pause()
        people = text_of(app.screen.query_one("#brief-people", Static))
        assert "über £1,190.00" in people and "fällig am 04.11.2026" in people
        assert "GBP" not in people


async def test_the_debrief_tells_the_learner_you_hung_up_not_the_reviewers_words(
    make_app,
) -> None:
    """The review list says "learner ended the call"; the learner's own debrief keeps "you"."""
    from tests.tui.tui_helpers import start_call
    from trainer.tui.debrief import DebriefScreen

    app = make_app(keywords=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, "short of cash")
        await pilot.press("f4", "f4")  # F4 asks; F4 again hangs up
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")
        summary = text_of(app.screen.query_one("#summary", Static))
        assert "you ended the call without a result" in summary
        assert "learner ended the call" not in summary
        await pilot.press("f6")
        await pilot.pause()
        summary = text_of(app.screen.query_one("#summary", Static))
        assert "Sie haben das Gespräch ohne Ergebnis beendet" in summary
        assert "Lernende/r" not in summary
