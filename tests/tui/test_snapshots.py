"""What learners see, pinned: library, briefing, call, debrief and review in German and
English at 80×24 and 120×40 (pytest-textual-snapshot; accept changes with
`pytest tests/tui/test_snapshots.py -p no:xdist --snapshot-update` and look at the SVGs).

Deterministic by construction: fixed seed, call date and clock, no typing delay, a steady
cursor, the keyword recogniser (recognition is not the subject), and a relative transcript
folder so the debrief's "saved in …" line names no temporary path.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import types
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.tui_helpers import library, open_scenario, say, start_call, until
from trainer import guide
from trainer.transcripts import store
from trainer.tui.debrief import DebriefScreen
from trainer.tui.i18n import CUSTOMER_TYPES, OUTCOMES, PERSONAS, STRATEGIES
from trainer.tui.review import ReviewScreen

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
#: A scenario in each language and two lines the keyword recogniser knows.
CALLS = {
    "de": ("Stammkunde", ["Guten Tag, hier ist Test Learner.", "Es geht um die Rechnung."]),
    "en": ("short of cash", ["Hello, this is Test Learner.", "It is about the invoice."]),
}
TODAY = dt.date(2026, 11, 2)
SNAPSHOTS = Path(__file__).parent / "__snapshots__" / Path(__file__).stem


class _FixedClock(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _FixedClock:
        return cls(2026, 11, 2, 9, 30, tzinfo=tz or dt.UTC)


@pytest.fixture
def pinned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Transcript names and times that do not change from run to run."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(store, "dt", types.SimpleNamespace(datetime=_FixedClock, UTC=dt.UTC))
    monkeypatch.setattr(store, "_now", lambda: "2026-11-02T09:30:00+00:00")
    monkeypatch.setattr(store.secrets, "token_hex", lambda n: "0" * 2 * n)


async def _library(pilot: Pilot, lang: str) -> None:
    await library(pilot)


async def _briefing(pilot: Pilot, lang: str) -> None:
    await open_scenario(pilot, CALLS[lang][0])


async def _call(pilot: Pilot, lang: str) -> None:
    title, lines = CALLS[lang]
    await start_call(pilot, title)
    for line in lines:
        await say(pilot, line)


async def _debrief(pilot: Pilot, lang: str) -> None:
    await _call(pilot, lang)
    await pilot.press("f4", "f4")  # F4 asks; F4 again hangs up
    await pilot.pause()
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, DebriefScreen), "debrief")
    await pilot.app.workers.wait_for_complete()


async def _review(pilot: Pilot, lang: str) -> None:
    await _debrief(pilot, lang)
    await pilot.press("escape")
    await library(pilot)
    await pilot.press("r")
    await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen), "review")
    await pilot.app.workers.wait_for_complete()
    await until(pilot, lambda: pilot.app.screen.query_one("#table").row_count > 0, "rows")


SCENES: dict[str, Callable[[Pilot, str], Awaitable[None]]] = {
    "library": _library,
    "briefing": _briefing,
    "call": _call,
    "debrief": _debrief,
    "review": _review,
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("scene", SCENES)
def test_screen(snap_compare, make_app, pinned, scene: str, lang: str, size: str) -> None:
    app = make_app(keywords=True, today=TODAY, transcripts=Path("transcripts"))
    app.ui_language = lang

    async def run_before(pilot: Pilot) -> None:
        await SCENES[scene](pilot, lang)
        # The text box's cursor blinks every 0.5 s of real time: on a loaded machine the
        # picture caught it dark (the call screen failed CI once, nineteenth session). A
        # steady cursor is what the pinned pictures show.
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZES[size], run_before=run_before)


#: Raw ids of GUIDE.md that must never reach a learner's screen: check ids, intent names,
#: strategy ids (their words are in the catalogue; an id on screen is a missing label).
RAW_ID = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
GUIDE_IDS = {
    *guide.INTENTS,
    *guide.CHECK_IDS,
    *STRATEGIES,
    *CUSTOMER_TYPES,
    *PERSONAS,
    *OUTCOMES,
} - {guide.PAUSE}


RUN = re.compile(r'<text[^>]*terminal-line-(\d+)\)"[^>]*>([^<]*)</text>')


def raw_ids(svg: str) -> set[str]:
    """The GUIDE.md ids in the text a snapshot shows: each screen line is one or more
    <text> runs (one per style), joined back into the line before searching."""
    lines: dict[str, str] = {}
    for line, run in RUN.findall(svg):
        lines[line] = lines.get(line, "") + html.unescape(run).replace("\xa0", " ")
    return {hit for text in lines.values() for hit in RAW_ID.findall(text)} & GUIDE_IDS


def test_the_id_scan_sees_an_id_and_passes_words() -> None:
    svg = (
        '<text x="0" clip-path="url(#terminal-line-3)">Check:&#160;fix_pay</text>'
        '<text x="9" clip-path="url(#terminal-line-3)">ment_date</text>'
        '<text x="0" clip-path="url(#terminal-line-4)">pin&#160;the&#160;date</text>'
    )
    assert raw_ids(svg) == {"fix_payment_date"}
    assert "fix_payment_date" in GUIDE_IDS and "promise_to_pay" in GUIDE_IDS


def test_no_raw_id_in_any_snapshot() -> None:
    svgs = sorted(SNAPSHOTS.glob("*.svg"))
    assert len(svgs) == len(SCENES) * 2 * len(SIZES), "one snapshot per scene, language, size"
    found = {}
    for svg in svgs:
        content = svg.read_text(encoding="utf-8")
        assert RUN.search(content), f"{svg.name}: no screen text found (SVG format changed?)"
        hits = raw_ids(content)
        if hits:
            found[svg.name] = sorted(hits)
    assert not found, f"raw ids on screen: {found}"
