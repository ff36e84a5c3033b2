"""Layout at 80 columns: indented debrief checks, footers that fit, separated turns,
the channel decision for written-first customers, markup shown literally in review."""

from __future__ import annotations

import shutil
from itertools import pairwise
from pathlib import Path

from textual.command import CommandPalette
from textual.geometry import Region

from tests.tui.conftest import REPO
from tests.tui.tui_helpers import library, open_scenario, say, start_call, text_of, until
from trainer.tui.base import FooterKey
from trainer.tui.briefing import BriefingScreen
from trainer.tui.debrief import CheckView, DebriefScreen
from trainer.tui.review import ReviewScreen, TranscriptScreen
from trainer.tui.review import TurnView as ReviewTurn

DE = "Stammkunde"
EN = "short of cash"


def footer_keys(app) -> list[FooterKey]:
    return list(app.screen.query(FooterKey))


def assert_footer_fits(app, width: int) -> None:
    keys = footer_keys(app)
    where = type(app.screen).__name__
    assert keys, f"no footer keys on {where}"
    for key in keys:
        assert key.region.right <= width, f"{key.key_display} cut off on {where}"
    shown = {k.key for k in keys}
    assert "ctrl+q" in shown, f"Ctrl+Q not in the footer of {where}"
    assert "ctrl+p" in shown, f"no palette key in the footer of {where}"


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.pause()


async def to_debrief(pilot) -> DebriefScreen:
    await pilot.press("f4", "f4")  # F4 asks; F4 again hangs up
    await pilot.pause()
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, DebriefScreen), "debrief")
    await settle(pilot)
    return pilot.app.screen  # type: ignore[return-value]


async def test_wrapped_check_details_keep_their_indent_at_80_columns(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot, DE)
        await say(pilot, "Warum haben Sie meine Rechnung nicht bezahlt?")
        debrief = await to_debrief(pilot)
        views = list(debrief.query(CheckView))
        assert views, "one widget per check"
        wrapped = 0
        for view in views:
            head = view.query_one(".check-head")
            for line in view.query(".check-line"):
                # Every painted row of a detail, first and continuation, starts 4 cells in.
                rows = line.render_lines(Region(0, 0, line.size.width, line.size.height))
                for row in rows:
                    assert row.text.startswith("    "), row.text
                assert line.content_region.x == head.content_region.x + 4
                wrapped += line.size.height > 1
        assert wrapped, "at 80 columns some advice wraps"
        assert "Empfehlung:" in text_of(debrief.query_one("#checks"))


async def test_every_footer_fits_80_columns_with_quit_and_palette(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await library(pilot)
        await settle(pilot)
        assert_footer_fits(app, 80)
        await pilot.press("x")  # exam mode changes nothing in the footer's width
        await pilot.press("x")
        await open_scenario(pilot, DE)
        await settle(pilot)
        assert_footer_fits(app, 80)
        await pilot.press("1", "s")
        await until(pilot, lambda: "call" in type(app.screen).__name__.lower(), "call")
        await settle(pilot)
        assert_footer_fits(app, 80)
        await to_debrief(pilot)
        assert_footer_fits(app, 80)
        await pilot.press("f6")  # German, English: both fit
        await settle(pilot)
        assert_footer_fits(app, 80)
        await pilot.press("escape")
        await library(pilot)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "review")
        await settle(pilot)
        assert_footer_fits(app, 80)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TranscriptScreen), "transcript")
        await settle(pilot)
        assert_footer_fits(app, 80)
        assert "e" in {k.key for k in footer_keys(app)}, "export stays in the footer"


async def test_narrow_footer_gives_way_but_keeps_quit_and_the_palette_opens(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot, EN)
        await settle(pilot)
        assert "f6" in {k.key for k in footer_keys(app)}
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        assert_footer_fits(app, 60)
        assert "f6" not in {k.key for k in footer_keys(app)}  # the palette still has it
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert "f6" in {k.key for k in footer_keys(app)}
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "palette")


async def test_turns_in_the_call_are_separated_by_a_blank_line(make_app) -> None:
    app = make_app(keywords=True)
    async with app.run_test(size=(80, 24)) as pilot:
        call = await start_call(pilot, EN)
        await say(pilot, "Hello, this is Anna from Berger Catering.")
        await pilot.press("f3")
        await settle(pilot)
        shown = [w for w in call.query(".turn") if w.display]
        assert len(shown) >= 4
        for above, below in pairwise(shown):
            assert below.region.y == above.region.bottom + 1, (above, below)


async def test_written_first_customer_briefing_names_the_follow_up_call(
    make_app, scenarios: Path
) -> None:
    rel = "en/logistics-approval.yaml"
    shutil.copy(REPO / "scenarios" / rel, scenarios / rel)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        briefing = await open_scenario(pilot, "logistics")
        await pilot.press("1")
        wrong = text_of(briefing.query_one("#channel-feedback"))
        assert "✗ Not ideal" in wrong and "written reminder" in wrong
        assert "Better:" in wrong and "follow-up call" in wrong
        await pilot.press("2")
        right = text_of(briefing.query_one("#channel-feedback"))
        assert "✓ Right" in right and "follow-up call" in right and "Better:" not in right
        # Still goes on to the call.
        await pilot.press("s")
        await until(pilot, lambda: not isinstance(app.screen, BriefingScreen), "call")


async def test_written_reminder_for_a_call_customer_is_explained_then_the_call(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        briefing = await open_scenario(pilot, DE)
        await pilot.press("2")
        text = text_of(briefing.query_one("#channel-feedback"))
        assert "✗" in text and "Besser:" in text and "Telefonat" in text
        label = str(briefing.query_one("#written").label)
        assert label.startswith("●") and "Schriftlich mahnen" in label


async def test_typed_markup_is_literal_in_call_debrief_and_review(make_app) -> None:
    app = make_app(keywords=True)
    async with app.run_test(size=(80, 24)) as pilot:
        call = await start_call(pilot, EN)
        await say(pilot, "[bold]x[/] and [/]")
        assert any("[bold]x[/] and [/]" in text_of(w) for w in call.query(".turn"))
        debrief = await to_debrief(pilot)
        assert "[bold]x[/] and [/]" in text_of(debrief.query_one("#transcript"))
        await pilot.press("escape")
        await library(pilot)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "review")
        await settle(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TranscriptScreen), "transcript")
        await settle(pilot)
        said = [text_of(w) for w in app.screen.query(ReviewTurn)]
        assert any("[bold]x[/] and [/]" in s for s in said)
