"""The review table: every transcript in a folder, filtered, sorted, paged into a DataTable.

Usable from the practice app too (push `ReviewScreen` with the transcripts folder).
Leaving it dismisses the screen: whoever pushed it decides what comes next through the
push's callback (the review app ends; the practice app, or any other, is back where it
was), so the screen never needs to know which app it is in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from ...safety import shown
from ...transcripts import TranscriptError
from ...transcripts.export import tier_name
from ...transcripts.index import Index, Summary, load_index
from ..base import Key, TrainerFooter
from ..fit import clipped
from ..i18n import REVIEWER_OUTCOMES, TIERS, label, t
from .common import CSS, ReviewLanguage, reviewer_name
from .progress import LearnerProgress
from .transcript import TranscriptScreen

#: Column i18n key, sort key. Score and tier share a column (the tier follows the score).
COLUMNS: list[tuple[str, Callable[[Summary], Any]]] = [
    ("rv_col_date", lambda r: r.date),
    ("rv_col_learner", lambda r: r.learner.lower()),
    ("rv_col_scenario", lambda r: r.scenario_title or r.scenario_id),
    ("rv_col_outcome", lambda r: r.outcome or ""),
    ("rv_col_score", lambda r: -1 if r.score is None else r.score),
    ("rv_col_status", lambda r: r.status),
]
#: Fixed widths (columns do not jump as pages load): narrow fits 80 columns with the
#: cell padding and the scroll bar; wide (a terminal of WIDE columns or more) shows more.
#: Score/tier and status keep their room; learner, scenario and outcome shorten with …
#: ("promise to pay" and "Zahlungszusage" whole at 80 columns).
#: A capped tier ("  93* Silber▾") needs the wide score column's twelfth cell.
WIDTHS = {"narrow": (11, 9, 13, 15, 10, 7), "wide": (16, 16, 29, 22, 12, 11)}
WIDE = 120
#: Rows put into the DataTable at a time. DataTable measures every cell it is given
#: (about 0.25 ms a row), so 10,000 rows at once would take seconds; the filtered,
#: sorted list lives in memory and the table receives the next page as the cursor or
#: the scroll position nears the end of what it holds.
PAGE = 120

#: Tiers in four letters, for the narrow table.
TIERS_SHORT = {
    "gold": {"de": "Gold", "en": "gold"},
    "silver": {"de": "Silb", "en": "silv"},
    "bronze": {"de": "Bron", "en": "bron"},
}
TIER_STYLES = {"gold": "bold yellow", "silver": "bold", "bronze": "dark_orange"}
#: After a tier a failed check holds down (the summary line above the table explains it;
#: the call's head line gives the reason).
CAPPED = "▾"


def _cells(r: Summary, lang: str, layout: str) -> list[Text]:
    score = "—" if r.score is None else str(r.score)
    if r.overridden:
        score += "*"  # reviewed: the automatic score is shown in the call
    score_tier = Text(f"{score:>4}")
    if r.tier:
        tier = label(TIERS_SHORT if layout == "narrow" else TIERS, r.tier, lang)
        score_tier.append(" ")
        score_tier.append(tier, style=TIER_STYLES.get(r.tier, ""))
        if r.capped:
            score_tier.append(CAPPED)
    if r.status == "interrupted":
        status = Text(t(lang, "rv_interrupted"), style="yellow")
    else:
        status = Text(t(lang, "rv_finished") if r.status == "finished" else shown(r.status))
    date = shown(r.date[:16].replace("T", " "), newlines=False)
    return [
        Text(date[5:] if layout == "narrow" else date),
        Text(shown(r.learner, newlines=False)),
        Text(shown(r.scenario_title or r.scenario_id, newlines=False)),
        Text(label(REVIEWER_OUTCOMES, r.outcome, lang) if r.outcome else "—"),
        score_tier,
        status,
    ]


def _layout(width: int) -> str:
    return "wide" if width >= WIDE else "narrow"


def _haystack(r: Summary, lang: str = "en") -> str:
    parts = (r.date, r.learner, r.scenario_id, r.scenario_title, r.outcome, r.tier, r.status)
    shown_as = (
        label(REVIEWER_OUTCOMES, r.outcome, lang) if r.outcome else "",
        t(lang, "rv_interrupted" if r.status == "interrupted" else "rv_finished"),
        # "Silber (gedeckelt)": the tier as the call's head line names it.
        tier_name(r.tier, lang, r.capped),
    )
    return " ".join(p for p in (*parts, *shown_as) if p).lower()


class ReviewTable(DataTable[Text]):
    """The DataTable, but End (and ctrl+end) first has every remaining row paged in.

    The table holds only the rows paged in so far; which rows exist is its screen's
    business, so End asks for them (`WantsAllRows`) and the screen, once they are in,
    calls `to_last_row`.
    """

    # In a row table Home/End mean first/last row (DataTable uses them for columns).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "scroll_top", "First", show=False),
        Binding("end", "scroll_bottom", "Last", show=False),
    ]

    class WantsAllRows(Message):
        """End was pressed: page in every row, then call `to_last_row`."""

    def action_scroll_bottom(self) -> None:
        self.post_message(self.WantsAllRows())

    def to_last_row(self) -> None:
        super().action_scroll_bottom()


class ReviewScreen(ReviewLanguage, Screen[None]):
    """All transcripts in a folder: filter, sort, open one; a learner's progress below."""

    DEFAULT_CSS = CSS
    KEYS: ClassVar[list[Key]] = [
        Key("enter", "open", "rv_open"),
        Key("slash", "focus_filter", "rv_filter_key", key_display="/"),
        Key("s", "cycle_sort", "rv_sort"),
        Key("r", "reverse", "rv_reverse"),
        Key("ctrl+r", "reload", "rv_reload"),
        Key("escape", "leave", "rv_back"),
        # Down from the filter goes to the list (a reviewer audit: only Tab did, unsaid);
        # in the list the table's own Down moves the cursor first.
        Key("down", "focus_table", "rv_open", show=False),
    ]
    #: On a narrow terminal these footer keys give way first (all stay in the palette).
    FOOTER_DROP: ClassVar[tuple[str, ...]] = (
        "app.switch_language",
        "switch_language",
        "reload",
        "reverse",
    )

    def __init__(self, folder: Path, *, reviewer: str | None = None) -> None:
        super().__init__()
        self.folder = folder
        # "" (a browser session): nobody yet, the first form asks (`Annotating._remember`)
        self.reviewer = reviewer if reviewer is not None else reviewer_name()
        self.index: Index | None = None
        self.shown: list[Summary] = []
        self.sort_column = 0
        self.sort_reverse = True  # newest first
        self._resumed = False
        self._loaded = 0  # rows of self.shown that are in the DataTable
        self.layout_name = "narrow"

    def compose(self) -> ComposeResult:
        yield Static(Text(str(self.folder)), id="summary")
        yield Input(placeholder=self.t("rv_filter"), id="filter")
        yield ReviewTable(id="table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="unreadable")
        yield LearnerProgress(id="progress-row")
        yield TrainerFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        self.layout_name = _layout(self.app.size.width)
        self._add_columns()
        self.apply_language()
        self.reload()
        self.watch(table, "scroll_y", self._maybe_more, init=False)
        table.focus()

    def _add_columns(self) -> None:
        table = self.query_one(DataTable)
        widths = WIDTHS[self.layout_name]
        for (key, _), width in zip(COLUMNS, widths, strict=True):
            table.add_column(self.t(key), key=key, width=width)

    def relabel(self, changed: bool) -> None:
        self.query_one("#filter", Input).placeholder = self.t("rv_filter")
        if changed:
            self._rebuild()

    def _rebuild(self) -> None:
        """New column labels or widths: the table is rebuilt (rows are paged back in)."""
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        self._add_columns()
        if self.index is not None:
            self.refilter()
            if 0 <= cursor < len(self.shown):
                self.load_more(upto=cursor)
                table.move_cursor(row=cursor)

    def on_resize(self) -> None:
        layout = _layout(self.app.size.width)
        if layout != self.layout_name:
            self.layout_name = layout
            self._rebuild()

    def on_screen_resume(self) -> None:
        # Back from a call that may have been annotated: only changed files are re-read.
        # (The first resume is the screen being shown: on_mount just loaded it.)
        self.apply_language()
        if self._resumed:
            # Back on the call one came from, not the first row (a reviewer audit).
            was = self.selected()
            self.reload()
            at = next(
                (i for i, r in enumerate(self.shown) if was is not None and r.id == was.id), None
            )
            if at is not None:
                self.load_more(upto=at)
                self.query_one(DataTable).move_cursor(row=at)
        self._resumed = True

    # --- data ----------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.index = load_index(self.folder)
        except TranscriptError as exc:
            self.index = Index(self.folder, [], [])
            self.notify(str(exc), severity="error")
        self.query_one(LearnerProgress).set_rows(self.index.rows)
        self._show_unreadable()
        self.refilter()

    def _show_unreadable(self) -> None:
        assert self.index is not None
        bad = self.index.unreadable
        note = self.query_one("#unreadable", Static)
        if not bad:
            note.display = False
            return
        text = Text(self.t("rv_unreadable", n=len(bad)) + "\n")
        for u in bad[:4]:
            text.append(f"  {shown(u.file, newlines=False)}: {shown(u.reason)}\n")
        if len(bad) > 4:
            text.append(self.t("rv_unreadable_more", n=len(bad) - 4))
        note.update(text)
        note.display = True

    def refilter(self) -> None:
        assert self.index is not None
        terms = self.query_one("#filter", Input).value.lower().split()
        rows = self.index.rows
        if terms:
            lang = self.lang
            rows = [r for r in rows if all(w in _haystack(r, lang) for w in terms)]
        key = COLUMNS[self.sort_column][1]
        rows = sorted(rows, key=lambda r: (key(r), r.date), reverse=self.sort_reverse)
        self.shown = rows
        table = self.query_one(DataTable)
        table.clear()
        self._loaded = 0
        self.load_more()
        column = self.t(COLUMNS[self.sort_column][0])
        arrow = "↓" if self.sort_reverse else "↑"
        summary = self.t(
            "rv_summary",
            shown=len(rows),
            total=len(self.index.rows),
            folder=self.folder,
            column=column,
            arrow=arrow,
        )
        if any(r.capped for r in rows):
            summary += "  ·  " + self.t("rv_capped_legend")
        self.query_one("#summary", Static).update(Text(summary))
        self.query_one(LearnerProgress).show(rows[0] if rows else None, self.lang)

    def load_more(self, upto: int = 0) -> None:
        """Give the table the next page of rows (or up to row `upto`)."""
        end = min(len(self.shown), max(self._loaded + PAGE, upto + 1))
        if end <= self._loaded:
            return
        table = self.query_one(DataTable)
        lang, layout = self.lang, self.layout_name
        widths = WIDTHS[layout]
        table.add_rows(
            [clipped(cell, w) for cell, w in zip(_cells(r, lang, layout), widths, strict=True)]
            for r in self.shown[self._loaded : end]
        )
        self._loaded = end

    @on(ReviewTable.WantsAllRows)
    def _all_rows(self, message: ReviewTable.WantsAllRows) -> None:
        message.stop()
        self.load_more(upto=len(self.shown) - 1)
        self.query_one(ReviewTable).to_last_row()

    def _maybe_more(self, _: float = 0) -> None:
        table = self.query_one(DataTable)
        bottom = max(table.cursor_row, int(table.scroll_y) + table.size.height)
        if self._loaded < len(self.shown) and bottom >= self._loaded - PAGE // 4:
            self.load_more()

    def selected(self) -> Summary | None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row < 0 or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    # --- events --------------------------------------------------------------------
    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.refilter()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._maybe_more()
        self.query_one(LearnerProgress).show(self.selected(), self.lang)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        if event.column_index == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column = event.column_index
            self.sort_reverse = False
        self.refilter()

    # --- actions -------------------------------------------------------------------
    def action_open(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_call(self.folder / row.file)

    def open_call(self, path: Path) -> None:
        try:
            screen = TranscriptScreen(path, reviewer=self.reviewer)
        except TranscriptError as exc:
            self.notify(str(exc), severity="error")
            return
        self.app.push_screen(screen)

    def action_focus_table(self) -> None:
        self.query_one(DataTable).focus()

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_cycle_sort(self) -> None:
        self.sort_column = (self.sort_column + 1) % len(COLUMNS)
        self.sort_reverse = self.sort_column in (0, 4)  # newest / best first
        self.refilter()

    def action_reverse(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self.refilter()

    def action_reload(self) -> None:
        self.reload()

    def action_leave(self) -> None:
        flt = self.query_one("#filter", Input)
        if flt.value:
            flt.value = ""  # first Escape clears the filter
            self.query_one(DataTable).focus()
        else:
            self.dismiss()
