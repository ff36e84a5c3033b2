"""Wherever a reviewer reads a tier, a tier the scorer held down for a failed check
(scoring TIER_CAPS, the transcript's `tier_cap`) reads as capped, with the reason: the
review table and `review --list`, the call's head line, the Markdown, HTML and JSON
exports. Once a reviewer passes the capping check the cap is gone everywhere; an older
transcript without the field reads as before."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.helpers import SCENARIOS
from tests.scoring.regression import recogniser_for
from trainer.cli import main
from trainer.scenario import find_scenario, load_scenario
from trainer.session import Session
from trainer.transcripts import load_transcript
from trainer.transcripts.annotations import ReviewError, add_override, effective, withdraw
from trainer.transcripts.export import to_html, to_json, to_markdown
from trainer.transcripts.index import summarize
from trainer.tui.review import ReviewApp, ReviewScreen, TranscriptScreen

from ..tui.tui_helpers import until
from .conftest import scoring

REASON = "Höchstens Bronze: Sie haben bei einem Einwand nachgegeben, den die Fakten klären."
#: 3 of 4 checks: 75, silver by the share; the failed objection holds it at bronze.
CHECKS = {"identify": True, "strategy": True, "pin_date": True, "handle_objection": False}


def _capped(make_call, cap_tier: str = "bronze", **extra) -> Path:
    block = scoring(CHECKS)
    block["tier"] = cap_tier if cap_tier == "bronze" else "silver"
    block["tier_cap"] = {"tier": cap_tier, "check": "handle_objection", "reason": REASON}
    return make_call(**block, **extra)


def _lift(path: Path) -> str:
    """A reviewer passes the capping check; returns the override's id."""
    return add_override(
        path, "handle_objection", passed=True, reason="Einwand war berechtigt", reviewer="rita"
    ).id


def test_the_effective_result_names_the_cap_that_holds_the_tier_down(make_call):
    eff = effective(load_transcript(_capped(make_call)))
    assert (eff.score, eff.tier) == (75, "bronze")
    assert eff.cap is not None and eff.cap.reason == REASON and eff.auto_cap == eff.cap
    assert summarize(load_transcript(_capped(make_call, seed=2)), "x.json").capped


def test_a_cap_the_score_never_reached_is_not_shown(make_call):
    """Silver at most, but 75 is silver by the share anyway: nothing was held down."""
    data = load_transcript(_capped(make_call, "silver"))
    eff = effective(data)
    assert eff.tier == "silver" and eff.cap is None and eff.auto_cap is None
    assert "(gedeckelt)" not in to_markdown(data) and REASON not in to_markdown(data)


def test_passing_the_capped_check_lifts_the_cap_everywhere_and_withdrawing_restores_it(
    make_call,
):
    path = _capped(make_call)
    with pytest.raises(ReviewError):  # passing a check that passed changes nothing (R2)
        add_override(path, "identify", passed=True, reason="Name war da", reviewer="rita")
    assert effective(load_transcript(path)).cap is not None  # the cap holds
    override = _lift(path)
    data = load_transcript(path)
    eff = effective(data)
    assert (eff.score, eff.tier, eff.cap) == (100, "gold", None)
    assert eff.auto_cap is not None  # the scorer's own record stays
    assert not summarize(data, "x.json").capped
    md = to_markdown(data)
    after = "100/100, bestanden, Gold (nach Prüfung; automatisch: 75/100, bestanden, Bronze ("
    assert after in md  # the scorer's own result stays on record, capped
    assert "Warum die Stufe gedeckelt ist" not in md and REASON not in md
    assert "Warum die Stufe gedeckelt ist" not in to_html(data)
    assert "tier_cap" not in json.loads(to_json(data))["effective"]
    withdraw(path, override, reviewer="rita")
    assert effective(load_transcript(path)).cap is not None


def test_markdown_html_and_json_exports_show_the_capped_tier_and_the_reason(make_call):
    data = load_transcript(_capped(make_call))
    md = to_markdown(data)
    assert "**Punkte:** 75/100, bestanden, Bronze (gedeckelt)" in md
    assert f"**Warum die Stufe gedeckelt ist:** {REASON}" in md
    assert "75/100, passed, bronze (capped)" in to_markdown(data, "en")
    assert "Why the tier is capped:" in to_markdown(data, "en")
    page = to_html(data)
    assert "Bronze (gedeckelt)" in page and html.escape(REASON) in page
    effective_json = json.loads(to_json(data))["effective"]
    assert effective_json["tier_cap"] == {
        "tier": "bronze",
        "check": "handle_objection",
        "reason": REASON,
    }


def test_an_older_transcript_without_the_field_reads_as_before(make_call):
    block = scoring(CHECKS)
    block["tier"] = "silver"
    data = load_transcript(make_call(**block))
    eff = effective(data)
    assert eff.cap is None and eff.tier == "silver"
    md = to_markdown(data)
    assert "75/100, bestanden, Silber  " in md and "gedeckelt" not in md
    assert "tier_cap" not in json.loads(to_json(data))["effective"]


def test_review_list_marks_the_capped_tier(make_call, capsys):
    path = _capped(make_call)
    assert main(["--transcripts", str(path.parent), "review", "--list"]) == 0
    out = capsys.readouterr().out
    assert "  bronze (capped)  " in out
    _lift(path)
    assert main(["--transcripts", str(path.parent), "review", "--list"]) == 0
    out = capsys.readouterr().out
    assert "capped" not in out and "  gold  " in out


def _plain(widget: Static) -> str:
    return str(widget.render())


@pytest.mark.parametrize(
    ("lang", "width", "cell", "word"),
    [
        ("en", 120, "bronze▾", "capped"),
        ("en", 80, "bron▾", "capped"),
        ("de", 120, "Bronze▾", "gedeckelt"),
        ("de", 80, "Bron▾", "gedeckelt"),
    ],
)
async def test_the_review_table_marks_a_capped_tier_and_the_call_gives_the_reason(
    make_call, lang, width, cell, word
):
    path = _capped(make_call)
    app = ReviewApp(path.parent, reviewer="rita", language=lang)
    async with app.run_test(size=(width, 40)) as pilot:
        await until(pilot, lambda: app.screen.query_one(DataTable).row_count == 1, "rows")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.query_one(DataTable).get_row_at(0)[4].plain == f"  75 {cell}"
        # The table speaks the reviewer's language, the call its scenario's (German).
        assert f"▾ = {word}" in _plain(screen.query_one("#summary", Static))
        await pilot.press("slash", *word)  # the word the reviewer reads finds it
        assert screen.query_one(DataTable).row_count == 1
        await pilot.press("enter", "enter")
        await until(pilot, lambda: isinstance(app.screen, TranscriptScreen), "call")
        head = _plain(app.screen.query_one("#head", Static))
        assert "75/100 bestanden, Bronze (gedeckelt)" in head
        assert f"Warum die Stufe gedeckelt ist: {REASON}" in head.replace("\n", " ")


async def test_after_the_check_is_passed_on_review_the_screens_show_no_cap(make_call):
    path = _capped(make_call)
    _lift(path)
    app = ReviewApp(path.parent, reviewer="rita")
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.screen.query_one(DataTable).row_count == 1, "rows")
        screen = app.screen
        assert screen.query_one(DataTable).get_row_at(0)[4].plain == "100* gold"
        assert "▾" not in _plain(screen.query_one("#summary", Static))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TranscriptScreen), "call")
        head = _plain(app.screen.query_one("#head", Static))
        assert "nach Prüfung: 100/100 bestanden, Gold" in head
        assert "Warum" not in head and REASON not in head


def test_a_real_capped_call_is_exported_as_capped(tmp_path):
    """A terse call that pins the date and never confirms in writing (fifth audit, call 09,
    en-florist-forgot): 93 by the share, held at silver for the missing confirmation."""
    loaded = load_scenario(find_scenario("en-florist-forgot", SCENARIOS))
    folder = tmp_path / "transcripts"
    session = Session(
        loaded,
        learner="priya",
        seed=1,
        transcripts=folder,
        recogniser=recogniser_for("en-florist-forgot"),
        call_date=dt.date(2026, 12, 1),
    )
    session.start()
    for line in [
        "Claire. Priya, Shah Print.",
        "About SPS-2291. Still open.",
        "",
        "Happens. Friday?",
        "Friday the 4th then. £640.",
        "Right. Cheers.",
    ]:
        if not session.ended:
            session.say(line)
    result = session.finish()
    assert result["tier"] == "silver" and result["tier_cap"]["check"] == "confirm_in_writing"
    md = to_markdown(load_transcript(Path(result["transcript"])))
    assert f"{result['score']}/100, passed, silver (capped)" in md
    assert "Why the tier is capped:** At most silver: the agreement was not confirmed" in md
