"""Columns that fit: score, tries and tier keep their width; titles shorten with …"""

from __future__ import annotations

from tests.tui.tui_helpers import library
from trainer.tui.fit import clipped, fit_widths, natural_widths


def test_fixed_columns_keep_their_width_and_the_widest_text_gives_way() -> None:
    natural = natural_widths(
        ["Title", "Best", "Tries"], [["A very long title indeed", "100/100", "12"]]
    )
    assert natural == [24, 7, 5]
    widths = fit_widths(30, natural, flexible=[0])
    assert widths[1:] == [7, 5]
    assert sum(widths) + 2 * len(widths) <= 30
    assert clipped("A very long title indeed", widths[0]).plain.endswith("…")
    assert clipped("short", 10).plain == "short"


async def test_german_library_at_80_columns_shows_every_column_whole(make_app) -> None:
    app = make_app()
    app.ui_language = "de"
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await library(pilot)
        table = screen.query_one("#scenarios")
        labels = [c.label.plain for c in table.columns.values()]
        assert labels[-3:] == ["Stufe", "Bestwert", "Versuche"]
        widths = [c.get_render_width(table) for c in table.columns.values()]
        assert sum(widths) <= 80 - 2, "the table fits inside its margin"
        title = table.get_row_at(0)[0].plain
        assert title.endswith("…") and len(title) <= widths[0]
        assert table.get_row_at(0)[-1].plain == "0"
