"""Pilot tests of the review browser: open, filter, sort, comment, override, export."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, Input, Select, Sparkline, Static

from trainer.transcripts import load_transcript
from trainer.tui.compat import bindings_of
from trainer.tui.review import ReviewApp, ReviewScreen, TranscriptScreen, TurnView

from ..tui.tui_helpers import until
from .conftest import HOSTILE, scoring


def _folder(make_call) -> Path:
    make_call(learner="anna", started_at="2026-01-01T09:00:00+00:00", **scoring({"identify": True}))
    make_call(
        [HOSTILE, "Geht es bis Freitag?"],
        learner="[bold]ben[/bold]",
        seed=2,
        started_at="2026-01-02T09:00:00+00:00",
        **scoring({"identify": True, "pin_date": False}),
    )
    path = make_call(
        learner="anna",
        seed=3,
        started_at="2026-01-03T09:00:00+00:00",
        **scoring({"identify": False}),
    )
    (path.parent / "broken.json").write_text('{"schema_version": 1, "turns": [', encoding="utf-8")
    return path.parent


def _plain(widget: Static) -> str:
    return str(widget.render())


async def test_table_lists_calls_newest_first_and_names_unreadable_files(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == 3
        assert [r.learner for r in screen.shown] == ["anna", "[bold]ben[/bold]", "anna"]
        # Markup in a learner name is shown as typed, not interpreted.
        assert table.get_row_at(1)[1].plain == "[bold]ben[/bold]"
        note = _plain(screen.query_one("#unreadable", Static))
        assert "broken.json" in note and "broken JSON" in note
        assert list(screen.query_one(Sparkline).data) == [100, 0]  # anna's scores, oldest first


async def test_filter_and_sort(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(DataTable)
        await pilot.press("slash")
        await pilot.press(*"ben")
        assert table.row_count == 1 and screen.shown[0].learner == "[bold]ben[/bold]"
        await pilot.press("escape")  # clears the filter
        assert table.row_count == 3 and screen.query_one("#filter", Input).value == ""
        await pilot.press("s")  # sort by learner, A→Z
        names = [r.learner for r in screen.shown]
        assert names == sorted(names, key=str.lower) and names[0] != names[-1]
        await pilot.press("r")
        assert [r.learner for r in screen.shown] == names[::-1]
        await pilot.click("DataTable", offset=(94, 0))  # header: the Score/Tier column
        await pilot.pause()
        assert [r.score for r in screen.shown] == [0, 50, 100]


async def _open_ben(pilot, app) -> TranscriptScreen:
    await pilot.pause()
    await pilot.press("slash", *"ben", "enter", "enter")
    await pilot.pause()
    assert isinstance(app.screen, TranscriptScreen)
    return app.screen


async def test_opening_a_call_shows_lines_feedback_checks_and_letter(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_ben(pilot, app)
        turns = list(screen.query(TurnView))
        said = [_plain(t.query_one(".said", Static)) for t in turns]
        assert any(HOSTILE in s for s in said)  # literal: markup and HTML as typed
        fb = _plain(turns[1].query_one(".fb", Static))
        assert "Name und Firma genannt" in fb  # a German call: the screen speaks German
        side = " ".join(_plain(s) for s in screen.query("#side Static"))
        assert "Konkreter Zahlungstermin" in side and "evidence for pin_date <b>" in side
        assert "Es wurde keine Bestätigung geschrieben." in side
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_each_learner_line_shows_what_the_judge_read_it_as(make_call):
    # A reviewer checks the judge line by line: without the reading beside a line they
    # cannot tell why the customer reacted or whether a verdict rests on a sure reading.
    app = ReviewApp(_folder(make_call), reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_ben(pilot, app)
        turns = {t.turn_index: t for t in screen.query(TurnView)}
        notes = {i: _plain(t.query_one(".fb", Static)) for i, t in turns.items()}
        said = {i: _plain(t.query_one(".said", Static)) for i, t in turns.items()}
        learner = [i for i in turns if "Freitag" in said[i]]
        assert learner and "erkannt: Zahlungstermin" in notes[learner[0]]
        customer = [i for i in turns if turns[i].has_class("customer")]
        assert customer and not any("erkannt:" in notes[i] for i in customer)


async def test_comment_on_a_turn_and_a_general_comment(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_ben(pilot, app)
        path = screen.path
        await pilot.press("down", "c")
        await pilot.press(*"Gut gemacht", "enter")
        await pilot.pause()
        await pilot.press("g", *"Insgesamt ok", "enter")
        await pilot.pause()
        comments = load_transcript(path).reviews.comments
        assert [(c.turn, c.text, c.reviewer) for c in comments] == [
            (1, "Gut gemacht", "rita"),
            (None, "Insgesamt ok", "rita"),
        ]
        assert isinstance(app.screen, TranscriptScreen)
        fb = _plain(app.screen.query(TurnView)[1].query_one(".fb", Static))
        assert "Gut gemacht" in fb


async def test_override_requires_a_reason_and_shows_both_results(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_ben(pilot, app)
        path = screen.path
        await pilot.press("o")
        await pilot.pause()
        form = app.screen
        form.query_one("#target", Select).value = "pin_date"
        form.query_one("#verdict", Select).value = "passed"
        await pilot.click("#save")
        await pilot.pause()
        assert app.screen is form  # still open: no reason given
        # the core refuses it; the German form says why in German
        assert "braucht eine Begründung" in _plain(form.query_one("#error", Static))
        assert load_transcript(path).reviews.overrides == []
        form.query_one("#reason", Input).focus()
        await pilot.press(*"Datum war klar genannt", "enter")
        await pilot.pause()
        (o,) = load_transcript(path).reviews.overrides
        assert (o.target, o.passed, o.reviewer) == ("pin_date", True, "rita")
        head = _plain(app.screen.query_one("#head", Static))
        assert "50/100" in head and "nach Prüfung: 100/100" in head
        await pilot.press("escape")
        await pilot.pause()
        row = app.screen.query_one(DataTable).get_row_at(0)
        assert row[4].plain.strip().startswith("100*")


async def test_export_from_the_call_screen(make_call, tmp_path):
    folder = _folder(make_call)
    app = ReviewApp(folder, reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_ben(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")  # default: html into the transcripts' exports/ folder
        await pilot.pause()
        html = folder / "exports" / f"{screen.path.stem}.html"
        assert html.is_file() and "&lt;script&gt;" in html.read_text(encoding="utf-8")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#format", Select).value = "md"
        app.screen.query_one("#path", Input).value = str(tmp_path / "out" / "call.md")
        await pilot.click("#save")
        await pilot.pause()
        assert "## Gespräch" in (tmp_path / "out" / "call.md").read_text(encoding="utf-8")


async def test_review_screen_can_be_pushed_by_another_app(make_call):
    folder = _folder(make_call)

    class Host(App):
        def on_mount(self) -> None:
            self.push_screen(ReviewScreen(folder, reviewer="rita"))

    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.query_one(DataTable).row_count == 3
        await pilot.press("escape")
        assert not isinstance(app.screen, ReviewScreen)


async def test_table_fits_80_columns_and_widens_on_a_wide_terminal(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita", language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(DataTable)
        labels = [c.label.plain for c in table.columns.values()]
        assert labels == ["Date", "Learner", "Scenario", "Outcome", "Score/Tier", "Status"]
        used = sum(c.get_render_width(table) for c in table.columns.values())
        assert used <= 80 - 2  # every column visible beside the scroll bar
        assert table.get_row_at(0)[0].plain == "01-03 09:00"  # short date
        await pilot.press("s", "s", "s", "s")  # sort still works: by Score/Tier
        assert "Score/Tier" in _plain(screen.query_one("#summary", Static))
        await pilot.resize_terminal(160, 48)
        # The screen hears of the resize after the app: wait for it, not for a fixed time.
        await until(pilot, lambda: screen.layout_name == "wide", "the wide layout")
        assert table.row_count == 3
        assert table.get_row_at(0)[0].plain.startswith("2026-")
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: screen.layout_name == "narrow", "the narrow layout")


async def test_f6_switches_the_review_screens_language(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita", language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert next(c.label.plain for c in table.columns.values()) == "Date"
        await pilot.press("f6")  # as the scenario -> Deutsch
        await pilot.pause()
        assert next(c.label.plain for c in table.columns.values()) == "Datum"
        assert "von 3 Protokollen" in _plain(app.screen.query_one("#summary", Static))
        keys = {b.action: b.description for b in bindings_of(app.screen).key_to_bindings["s"]}
        assert keys["cycle_sort"] == "Sortieren"
        await pilot.press("f6")  # -> English
        await pilot.pause()
        assert next(c.label.plain for c in table.columns.values()) == "Date"


async def test_a_call_opens_in_its_scenario_language_and_follows_a_switch(make_call):
    folder = _folder(make_call)
    app = ReviewApp(folder, reviewer="rita", language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_ben(pilot, app)
        assert "Ausgang:" in _plain(screen.query_one("#head", Static))  # German scenario
        app.ui_language = "de"
        await pilot.press("f6")  # de -> en
        await pilot.pause()
        assert "outcome:" in _plain(app.screen.query_one("#head", Static))


async def test_withdraw_own_comment_with_confirmation(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita", language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_ben(pilot, app)
        path = screen.path
        await pilot.press("w")
        await pilot.pause()
        assert app.screen is screen  # nothing of mine yet: a warning, no dialog
        await pilot.press("g")
        await pilot.pause()
        await pilot.press(*"zu streng", "enter")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        form = app.screen
        assert form is not screen
        await pilot.click("#cancel")  # the dialog opens on Cancel: nothing happens
        await pilot.pause()
        assert load_transcript(path).reviews.comments[0].active
        await pilot.press("w")
        await pilot.pause()
        await pilot.click("#save")
        await pilot.pause()
        (c,) = load_transcript(path).reviews.comments
        assert c.text == "zu streng" and c.withdrawn and c.withdrawn.by == "rita"
        side = " ".join(_plain(s) for s in app.screen.query("#side Static"))
        assert "zu streng" in side and "zurückgezogen von rita" in side


async def test_a_wrapped_turn_continues_under_its_text(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita", language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_ben(pilot, app)
        view = next(v for v in screen.query(TurnView) if HOSTILE in _plain(v.query_one(".said")))
        who, said = view.query_one(".who", Static), view.query_one(".said", Static)
        assert said.region.x > who.region.x  # the text has its own column...
        assert said.region.height > 1  # ...and wraps inside it


async def test_the_progress_line_shows_the_weighting_of_transcripts_stats(make_call):
    from trainer.transcripts.index import load_index
    from trainer.transcripts.stats import learner_stats

    folder = _folder(make_call)  # anna: 100, then 0
    # A finished call without a score between them: one call of age, no score.
    make_call(learner="anna", seed=4, started_at="2026-01-02T10:00:00+00:00", score=None)
    stats = learner_stats(load_index(folder).rows, "anna")
    assert stats.scores == [100, 0] and stats.weighted_score is not None
    app = ReviewApp(folder, reviewer="rita", language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.selected().learner == "anna"
        label = _plain(app.screen.query_one("#progress-label", Static))
        assert f"weighted {stats.weighted_score:.0f}, latest 0" in label
        assert "43" in label  # the stats' figure, not 47 (ages counted in scored calls only)
        assert list(app.screen.query_one(Sparkline).data) == stats.scores


async def test_a_failed_export_keeps_the_old_file_and_says_why(make_call, tmp_path, monkeypatch):
    import errno

    from trainer import safety

    out = tmp_path / "out" / "call.md"
    out.parent.mkdir()
    out.write_text("the export of last week", encoding="utf-8")
    app = ReviewApp(_folder(make_call), reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_ben(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#format", Select).value = "md"
        app.screen.query_one("#path", Input).value = str(out)

        def full(src: str, dst: str) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(safety.os, "replace", full)
        await pilot.click("#save")
        await pilot.pause()
        error = _plain(app.screen.query_one("#error", Static))
        assert "cannot write" in error and "No space left" in error  # the form stays open
    assert out.read_text(encoding="utf-8") == "the export of last week"
    assert [p.name for p in out.parent.iterdir()] == ["call.md"]  # no temporary file


def test_an_export_goes_to_the_typed_file_into_a_typed_folder_or_beside_the_calls(tmp_path):
    from trainer.tui.review.annotate import export_target

    exports = tmp_path / "exports"
    assert export_target("  ", exports, "call-1", "html") == exports / "call-1.html"
    assert export_target(str(tmp_path), exports, "call-1", "md") == tmp_path / "call-1.md"
    typed = tmp_path / "new" / "x.json"
    assert export_target(f" {typed} ", exports, "call-1", "json") == typed


async def test_escape_clears_the_filter_then_ends_the_review_app_with_0(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"ben", "escape")
        assert isinstance(app.screen, ReviewScreen) and app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert not app.is_running
    assert app.return_value == 0


async def test_a_browser_reviewer_types_their_name_once_and_it_is_offered_after(make_call):
    """A reviewer audit: in the browser every form offered the word "reviewer", and three
    comments were saved under it."""
    app = ReviewApp(_folder(make_call), reviewer="")  # as `trainer serve` starts it
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_ben(pilot, app)
        path = screen.path
        await pilot.press("g", *"ohne Namen", "enter")
        await pilot.pause()
        assert load_transcript(path).reviews.comments == []  # no name: refused, form stays
        app.screen.query_one("#reviewer", Input).value = "Sandra"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert app.screen.query_one("#reviewer", Input).value == "Sandra"
        await pilot.press(*"zweiter", "enter")
        await pilot.pause()
        comments = load_transcript(path).reviews.comments
        assert [(c.text, c.reviewer) for c in comments] == [
            ("ohne Namen", "Sandra"),
            ("zweiter", "Sandra"),
        ]


async def test_the_reviews_come_first_in_the_side_panel(make_call):
    """A reviewer audit: at 120x40 the overrides and general comments, at the end of the
    checks, could not be scrolled to."""
    from textual.widgets import Label

    app = ReviewApp(_folder(make_call), reviewer="rita", language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_ben(pilot, app)
        await pilot.press("g", *"Insgesamt ok", "enter")
        await pilot.pause()
        side = app.screen.query_one("#side")
        first_label = side.query(Label).first()
        assert str(first_label.render()) in ("Review", "Prüfung")
        assert "Insgesamt ok" in _plain(side.query(Static)[1])


async def test_back_from_a_call_the_cursor_stays_on_it(make_call):
    """A reviewer audit: after Esc from a call the cursor jumped back to the first row."""
    app = ReviewApp(_folder(make_call), reviewer="rita", language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        table = screen.query_one(DataTable)
        table.focus()
        await pilot.press("down", "down")
        chosen = screen.selected()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TranscriptScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.selected() == chosen
        assert table.cursor_row == 2


async def test_down_from_the_filter_goes_to_the_list(make_call):
    app = ReviewApp(_folder(make_call), reviewer="rita", language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"anna", "down")
        await pilot.pause()
        assert isinstance(app.focused, DataTable)
        await pilot.press("down")
        assert app.focused.cursor_row == 1  # the table's own Down moves the cursor
