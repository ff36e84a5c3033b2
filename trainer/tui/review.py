"""The review browser: all transcripts in a table, one call with its feedback, annotations.

`ReviewScreen` is the table (usable from the practice app: push it with the
transcripts folder); `TranscriptScreen` shows one call; the modal forms add comments,
overrides and exports through the headless core (`trainer.transcripts`). Everything
a person typed is shown through `rich.text.Text`, never parsed as markup.
"""

from __future__ import annotations

import argparse
import getpass
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    Button,
    DataTable,
    Input,
    Label,
    Select,
    Sparkline,
    Static,
)

from .. import safety
from ..transcripts import TranscriptError, read_transcript, recover
from ..transcripts.annotations import (
    SCORE,
    ReviewError,
    add_comment,
    add_override,
    check_ids,
    effective,
    is_withdrawn,
    reviews_of,
    withdraw,
)
from ..transcripts.export import FORMATS, SUFFIX, encode, export, shown, turn_number
from ..transcripts.index import Index, Summary, find_transcript, load_index
from ..transcripts.stats import decay
from .base import Key, LanguageApp, TrainerFooter, translated_bindings
from .fit import clipped
from .i18n import (
    CHECKS,
    LANGUAGES,
    OUTCOMES,
    PERSONAS,
    STRATEGIES,
    STRINGS,
    TIERS,
    label,
    system_language,
    t,
)

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
WIDTHS = {"narrow": (11, 9, 13, 15, 10, 7), "wide": (16, 16, 30, 22, 11, 11)}
WIDE = 120
#: Rows put into the DataTable at a time. DataTable measures every cell it is given
#: (about 0.25 ms a row), so 10,000 rows at once would take seconds; the filtered,
#: sorted list lives in memory and the table receives the next page as the cursor or
#: the scroll position nears the end of what it holds.
PAGE = 120

CSS = """
ReviewScreen #filter { margin: 0 1; }
ReviewScreen #table { height: 1fr; }
ReviewScreen #unreadable { color: $warning; padding: 0 1; max-height: 6; }
ReviewScreen #progress-row { height: 3; padding: 0 1; }
ReviewScreen #progress-label { width: 40; }
ReviewScreen #progress { width: 1fr; height: 2; }
ReviewScreen #summary { padding: 0 1; color: $text-muted; }
TranscriptScreen #head { padding: 0 1; background: $boost; }
TranscriptScreen #body { height: 1fr; }
TranscriptScreen #conversation { width: 3fr; }
TranscriptScreen #side { width: 2fr; border-left: solid $primary; padding: 0 1; }
TurnView { height: auto; padding: 0 1; }
TurnView:focus { background: $accent 25%; }
TurnView .who { width: auto; max-width: 18; text-style: bold; }
TurnView .said { width: 1fr; }
TurnView .fb { width: 42%; color: $text-muted; padding-left: 1; }
TurnView .fb.empty { display: none; }
TurnView.learner .said { color: $text; }
TurnView.customer .said { color: $text-muted; }
.section { text-style: bold; margin-top: 1; }
.withdrawn { color: $text-disabled; }
FormScreen { align: center middle; }
FormScreen > Vertical { width: 90%; max-width: 76; height: auto; max-height: 100%;
    overflow-y: auto; border: thick $primary; padding: 1 2;
    background: $surface; }
FormScreen Input, FormScreen Select { margin-bottom: 1; }
FormScreen #error { color: $error; height: auto; }
FormScreen #buttons { height: auto; align-horizontal: right; }
"""


def reviewer_name(args: Any = None) -> str:
    """--reviewer, else $TRAINER_REVIEWER, else the login name."""
    name = getattr(args, "reviewer", None) or os.environ.get("TRAINER_REVIEWER")
    if name:
        return str(name)
    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):  # no user database entry, e.g. in a container
        return "reviewer"


def _cells(r: Summary, lang: str, layout: str) -> list[Text]:
    score = "—" if r.score is None else str(r.score)
    if r.overridden:
        score += "*"  # reviewed: the automatic score is shown in the call
    tier_style = {"gold": "bold yellow", "silver": "bold", "bronze": "dark_orange"}
    score_tier = Text(f"{score:>4}")
    if r.tier:
        tier = label(TIERS_SHORT, r.tier, lang) if layout == "narrow" else r.tier
        score_tier.append(" ")
        score_tier.append(tier, style=tier_style.get(r.tier, ""))
    if r.status == "interrupted":
        status = Text(t(lang, "rv_interrupted"), style="yellow")
    else:
        status = Text(t(lang, "rv_finished") if r.status == "finished" else shown(r.status))
    date = shown(r.date[:16].replace("T", " "), newlines=False)
    return [
        Text(date[5:] if layout == "narrow" else date),
        Text(shown(r.learner, newlines=False)),
        Text(shown(r.scenario_title or r.scenario_id, newlines=False)),
        Text(label(OUTCOMES, r.outcome, lang) if r.outcome else "—"),
        score_tier,
        status,
    ]


#: Tiers in four letters, for the narrow table.
TIERS_SHORT = {
    "gold": {"de": "Gold", "en": "gold"},
    "silver": {"de": "Silb", "en": "silv"},
    "bronze": {"de": "Bron", "en": "bron"},
}


def _layout(width: int) -> str:
    return "wide" if width >= WIDE else "narrow"


def language_of_app(app: Any, scenario_language: str | None = None) -> str:
    """The app's language for a screen (the practice app and ReviewApp both say)."""
    language_for = getattr(app, "language_for", None)
    if language_for is not None:
        return str(language_for(scenario_language))
    return scenario_language if scenario_language in LANGUAGES else "en"


class ReviewLanguage:
    """What the review screens share: a language that follows the app, translated keys."""

    KEYS: ClassVar[list[Key]] = []
    scenario_language: str | None = None
    _shown_lang: str | None = None

    @property
    def lang(self) -> str:
        return language_of_app(self.app, self.scenario_language)  # type: ignore[attr-defined]

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    def apply_language(self) -> None:
        lang = self.lang
        if lang != self._shown_lang:
            web = self.app.is_web  # type: ignore[attr-defined]
            self._bindings = translated_bindings(type(self), self.KEYS, lang, web=web)
            keys_in = getattr(self.app, "keys_in", None)  # type: ignore[attr-defined]
            if keys_in is not None:
                keys_in(lang)
            self.refresh_bindings()  # type: ignore[attr-defined]
            changed = self._shown_lang is not None
            self._shown_lang = lang
            self.relabel(changed)

    def relabel(self, changed: bool) -> None:
        """Re-set the screen's texts in the current language (subclasses)."""


class ReviewTable(DataTable):
    """The DataTable, but End (and ctrl+end) first pages in every remaining row."""

    # In a row table Home/End mean first/last row (DataTable uses them for columns).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "scroll_top", "First", show=False),
        Binding("end", "scroll_bottom", "Last", show=False),
    ]

    def action_scroll_bottom(self) -> None:
        screen = self.screen
        if isinstance(screen, ReviewScreen):
            screen.load_more(upto=len(screen.shown) - 1)
        super().action_scroll_bottom()


class ReviewScreen(ReviewLanguage, Screen):
    """All transcripts in a folder: filter, sort, open one; a learner's progress below."""

    DEFAULT_CSS = CSS
    KEYS: ClassVar[list[Key]] = [
        Key("enter", "open", "rv_open"),
        Key("slash", "focus_filter", "rv_filter_key", key_display="/"),
        Key("s", "cycle_sort", "rv_sort"),
        Key("r", "reverse", "rv_reverse"),
        Key("ctrl+r", "reload", "rv_reload"),
        Key("escape", "leave", "rv_back"),
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
        self.reviewer = reviewer or reviewer_name()
        self.index: Index | None = None
        self.shown: list[Summary] = []
        self.sort_column = 0
        self.sort_reverse = True  # newest first
        self._scores: dict[str, list[int]] = {}
        self._resumed = False
        self._loaded = 0  # rows of self.shown that are in the DataTable
        self.layout_name = "narrow"

    def compose(self) -> ComposeResult:
        yield Static(Text(str(self.folder)), id="summary")
        yield Input(placeholder=self.t("rv_filter"), id="filter")
        yield ReviewTable(id="table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="unreadable")
        with Horizontal(id="progress-row"):
            yield Static("", id="progress-label")
            yield Sparkline([], id="progress")
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
            self.reload()
        self._resumed = True

    # --- data ----------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.index = load_index(self.folder)
        except TranscriptError as exc:
            self.index = Index(self.folder, [], [])
            self.notify(str(exc), severity="error")
        self._scores = {}
        for r in sorted(self.index.rows, key=lambda r: (r.date, r.file)):
            if r.status != "interrupted" and r.score is not None:
                self._scores.setdefault(r.learner, []).append(r.score)
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
        total = len(self.index.rows)
        column = self.t(COLUMNS[self.sort_column][0])
        arrow = "↓" if self.sort_reverse else "↑"
        summary = self.t(
            "rv_summary",
            shown=len(rows),
            total=total,
            folder=self.folder,
            column=column,
            arrow=arrow,
        )
        self.query_one("#summary", Static).update(Text(summary))
        self._show_progress(rows[0] if rows else None)

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

    def _maybe_more(self, _: float = 0) -> None:
        table = self.query_one(DataTable)
        bottom = max(table.cursor_row, int(table.scroll_y) + table.size.height)
        if self._loaded < len(self.shown) and bottom >= self._loaded - PAGE // 4:
            self.load_more()

    def _show_progress(self, row: Summary | None) -> None:
        label = self.query_one("#progress-label", Static)
        spark = self.query_one("#progress", Sparkline)
        if row is None:
            label.update("")
            spark.data = []
            return
        scores = self._scores.get(row.learner, [])
        spark.data = scores[-200:] or [0]
        if scores:
            n = len(scores)
            weights = [decay(n - 1 - i) for i in range(n)]
            weighted = sum(w * s for w, s in zip(weights, scores, strict=True)) / sum(weights)
            name = shown(row.learner, newlines=False)
            text = Text(self.t("rv_progress", name=name, n=n) + "\n")
            text.append(self.t("rv_progress_line", weighted=f"{weighted:.0f}", latest=scores[-1]))
        else:
            text = Text(self.t("rv_no_scores", name=shown(row.learner, newlines=False)))
        label.update(text)

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
        self._show_progress(self.selected())

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
        elif len(self.app.screen_stack) > 1 and not isinstance(self.app, ReviewApp):
            self.app.pop_screen()
        else:
            self.app.exit(0)


def _haystack(r: Summary, lang: str = "en") -> str:
    parts = (r.date, r.learner, r.scenario_id, r.scenario_title, r.outcome, r.tier, r.status)
    shown_as = (
        label(OUTCOMES, r.outcome, lang) if r.outcome else "",
        t(lang, "rv_interrupted" if r.status == "interrupted" else "rv_finished"),
    )
    return " ".join(p for p in (*parts, *shown_as) if p).lower()


# --- one call -----------------------------------------------------------------------------
#: Turns laid out at a time on the transcript screen, as on the call screen: every
#: widget costs layout time, so a call of 5,000 turns (1,000 took 7 s to open, 1.5 s per
#: key) opens and moves as fast as one of 50; ↓/↑ past the edge moves the window.
TURN_WINDOW = 60


class TurnView(Horizontal):
    """One line of the call with its feedback and comments beside it; focusable."""

    can_focus = True
    # On the turn itself: the scroll container around it would otherwise take ↑/↓.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "screen.next_turn(1)", "Next line", show=False),
        Binding("up,k", "screen.next_turn(-1)", "Previous line", show=False),
        Binding("pagedown", "screen.next_turn(20)", "Later lines", show=False),
        Binding("pageup", "screen.next_turn(-20)", "Earlier lines", show=False),
        Binding("end", "screen.edge_turn(True)", "Last line", show=False),
        Binding("home", "screen.edge_turn(False)", "First line", show=False),
    ]
    #: Where the turn is in the call's list (turn_index is what the transcript says).
    position = 0

    def __init__(
        self, turn: dict[str, Any], who: str, notes: list[Text], index: int, lang: str = "en"
    ) -> None:
        speaker = turn.get("speaker", "customer")
        super().__init__(classes=speaker if speaker in ("learner", "customer") else "customer")
        self.turn_index = index
        # Who speaks in a column of its own: a wrapped line continues under its text.
        self._who = Text(f"{turn_number(index):>2} {who}: ", style="bold")
        said = Text()
        if speaker == "learner" and turn.get("move") == "pause":
            said.append(t(lang, "rv_silent"), style="italic")
        else:
            said.append(shown(turn.get("text", "")))  # literal: never markup
        if turn.get("unprocessed"):
            said.append(t(lang, "rv_unprocessed"), style="italic")
        self._said = said
        self._notes = Text("\n").join(notes) if notes else Text("")

    def compose(self) -> ComposeResult:
        yield Static(self._who, classes="who")
        yield Static(self._said, classes="said")
        yield Static(self._notes, classes="fb" if self._notes.plain else "fb empty")


class TranscriptScreen(ReviewLanguage, Screen):
    """One call: the conversation with feedback beside each line, checks, letter, reviews."""

    DEFAULT_CSS = CSS
    KEYS: ClassVar[list[Key]] = [
        Key("escape", "app.pop_screen", "rv_back"),
        Key("c", "comment_turn", "rv_comment"),
        Key("g", "comment_general", "rv_general"),
        Key("o", "override", "rv_override"),
        Key("w", "withdraw", "rv_withdraw"),
        Key("e", "export", "rv_export"),
    ]
    #: At 80 columns the language and withdraw keys give way (F6 and w still work).
    FOOTER_DROP: ClassVar[tuple[str, ...]] = (
        "app.switch_language",
        "switch_language",
        "withdraw",
        "comment_general",
    )

    def __init__(self, path: Path, *, reviewer: str) -> None:
        super().__init__()
        self.path = path
        self.reviewer = reviewer
        self.data = read_transcript(path)  # TranscriptError: the caller says why
        self._start = 0  # first turn of the window
        self._turn_list: list[dict[str, Any]] = []
        sc = self.data.get("scenario")
        language = sc.get("language") if isinstance(sc, dict) else None
        self.scenario_language = language if language in LANGUAGES else None

    def relabel(self, changed: bool) -> None:
        if changed:
            self.reload()

    def compose(self) -> ComposeResult:
        data = self.data
        eff = effective(data)
        raw = data.get("scenario")
        sc: dict[str, Any] = raw if isinstance(raw, dict) else {}
        head = Text()
        head.append(shown(sc.get("title") or sc.get("id") or "call"), style="bold")
        head.append(f"  ·  {shown(data.get('learner', '?'))}  ·  ")
        head.append(shown(data.get("started_at", ""))[:16].replace("T", " "))
        lang = self.lang
        status = str(data.get("status", "finished"))
        status = t(
            lang, {"interrupted": "rv_interrupted", "finished": "rv_finished"}.get(status, status)
        )
        head.append(f"  ·  {status}\n")
        outcome = data.get("outcome")
        outcome = label(OUTCOMES, outcome, lang) if outcome else t(lang, "rv_none")
        head.append(f"{t(lang, 'rv_head_outcome')}: {shown(outcome)}  ·  ")
        persona = data.get("persona")
        persona = label(PERSONAS, persona, lang) if persona else "—"
        head.append(f"{t(lang, 'rv_head_persona')}: {shown(persona)}  ·  ")
        strategy = (
            label(STRATEGIES, eff.strategy, lang) if eff.strategy else t(lang, "rv_no_strategy")
        )
        head.append(f"{t(lang, 'rv_head_strategy')}: {strategy}  ·  ")
        head.append(f"{t(lang, 'rv_head_score')}: ")
        head.append(_score_text(eff.auto_score, eff.auto_passed, eff.auto_tier, lang))
        if eff.overridden:
            head.append(t(lang, "rv_after_review"), style="bold")
            after = _score_text(eff.score, eff.passed, eff.tier, lang)
            after.stylize("bold")
            head.append_text(after)
        yield Static(head, id="head")
        with Horizontal(id="body"):
            with VerticalScroll(id="conversation"):
                yield from self._turns()
            with VerticalScroll(id="side"):
                yield from self._side()
        yield TrainerFooter()

    def _index_turns(self) -> None:
        """What a turn's view needs, looked up once; the views themselves are built only
        for the turns in the window (a crafted file may hold 200,000 of them)."""
        data = self.data
        feedback: dict[int, list[dict[str, Any]]] = {}
        for item in data.get("feedback") or []:
            if isinstance(item, dict) and isinstance(item.get("turn"), int):
                feedback.setdefault(item["turn"], []).extend(
                    c for c in item.get("checks") or [] if isinstance(c, dict)
                )
        comments: dict[int, list[dict[str, Any]]] = {}
        for c in reviews_of(data)["comments"]:
            if isinstance(c, dict) and isinstance(c.get("turn"), int):
                comments.setdefault(c["turn"], []).append(c)
        self._feedback, self._comments = feedback, comments
        self._turn_list = [x for x in data.get("turns") or [] if isinstance(x, dict)]
        self._learner = shown(data.get("learner") or t(self.lang, "learner"))

    def _view(self, pos: int) -> TurnView:
        lang = self.lang
        turn = self._turn_list[pos]
        idx = turn.get("index", pos) if isinstance(turn.get("index", pos), int) else pos
        who = self._learner if turn.get("speaker") == "learner" else t(lang, "rv_customer")
        notes: list[Text] = []
        for fb in self._feedback.get(idx, []):
            ok = bool(fb.get("passed"))
            note = Text("✓ " if ok else "✗ ", style="green" if ok else "red")
            note.append(f"{label(CHECKS, shown(fb.get('id', '')), lang)}: ", style="bold")
            note.append(shown(fb.get("reason", "")))
            notes.append(note)
        for c in self._comments.get(idx, []):
            note = Text("💬 ", style="italic")
            note.append(f"{shown(c.get('reviewer', ''))}: ", style="italic bold")
            note.append(shown(c.get("text", "")), style="italic")
            notes.append(self._struck(note, c))
        view = TurnView(turn, who, notes, idx, lang)
        view.position = pos
        return view

    def _turns(self) -> ComposeResult:
        self._index_turns()
        total = len(self._turn_list)
        if not total:
            yield Static(Text(t(self.lang, "rv_no_turns"), style="italic"))
            return
        self._start = max(0, min(self._start, total - 1))
        yield from self._window()

    def _window(self) -> list[Static | TurnView]:
        """The turns [start, start + TURN_WINDOW) and a line for those before and after."""
        total = len(self._turn_list)
        end = min(total, self._start + TURN_WINDOW)
        before = Static(Text(self.t("rv_turns_before", n=self._start), style="dim italic"))
        after = Static(Text(self.t("rv_turns_after", n=total - end), style="dim italic"))
        before.display, after.display = self._start > 0, end < total
        return [before, *(self._view(pos) for pos in range(self._start, end)), after]

    async def _show_turn(self, pos: int) -> None:
        """Focus the turn at `pos`, moving the window first if it lies outside."""
        total = len(self._turn_list)
        pos = max(0, min(total - 1, pos))
        if not self._start <= pos < self._start + TURN_WINDOW:
            self._start = max(0, min(pos - TURN_WINDOW // 2, total - TURN_WINDOW))
            conversation = self.query_one("#conversation", VerticalScroll)
            await conversation.remove_children()
            await conversation.mount_all(self._window())
        for view in self.query(TurnView):
            if view.position == pos:
                view.focus()
                view.scroll_visible(animate=False)
                break

    def _struck(self, text: Text, item: dict[str, Any]) -> Text:
        """A withdrawn annotation: struck through, dimmed, with who took it back when."""
        if not is_withdrawn(item):
            return text
        text.stylize("strike dim")
        w = item["withdrawn"]
        note = self.t("rv_withdrawn", who=shown(w.get("by", "?")), at=shown(w.get("at", "?")))
        text.append(f"  ({note})", style="italic")
        return text

    def _side(self) -> ComposeResult:
        data = self.data
        eff = effective(data)
        lang = self.lang
        yield Label(t(lang, "checks"), classes="section")
        if not eff.checks:
            yield Static(Text(t(lang, "rv_no_checks"), style="italic"))
        verdicts = {
            True: t(lang, "rv_check_passed"),
            False: t(lang, "rv_check_failed"),
            None: t(lang, "rv_not_judged"),
        }
        for c in eff.checks:
            line = Text()
            mark = {True: ("✓ ", "green"), False: ("✗ ", "red"), None: ("· ", "")}[c.passed]
            line.append(mark[0], style=mark[1])
            line.append(label(CHECKS, shown(c.id), lang), style="bold")
            if c.override:
                line.append(t(lang, "rv_reviewed", auto=verdicts[c.auto]), style="italic")
            if c.evidence:
                line.append(f"\n  {t(lang, 'evidence')}: ")
                line.append(shown(c.evidence))
            if c.advice:
                line.append(f"\n  {t(lang, 'advice')}: ")
                line.append(shown(c.advice))
            if c.better:
                line.append(f"\n  {t(lang, 'better')}: ")
                line.append(shown(c.better), style="italic")
            yield Static(line)
        yield Label(t(lang, "rv_letter"), classes="section")
        letter = data.get("letter")
        no_letter = Text(t(lang, "rv_no_letter"), "italic")
        yield Static(Text(shown(letter)) if letter else no_letter)
        yield Label(t(lang, "rv_review"), classes="section")
        reviews = reviews_of(data)
        general = [c for c in reviews["comments"] if isinstance(c, dict) and c.get("turn") is None]
        if not general and not reviews["overrides"]:
            yield Static(Text(t(lang, "rv_no_reviews"), style="italic"))
        for comment in general:
            who, at = shown(comment.get("reviewer", "")), shown(comment.get("at", ""))
            text = Text(f"💬 {who}, {at}:\n  ")
            text.append(shown(comment.get("text", "")))
            withdrawn = "withdrawn" if is_withdrawn(comment) else ""
            yield Static(self._struck(text, comment), classes=withdrawn)
        for o in reviews["overrides"]:
            if not isinstance(o, dict):
                continue
            text = Text(f"⚖ {self._override_line(o)}\n  ")
            text.append(shown(o.get("reason", "")))
            yield Static(self._struck(text, o), classes="withdrawn" if is_withdrawn(o) else "")

    def _override_line(self, o: dict[str, Any]) -> str:
        lang = self.lang
        if o.get("target") == SCORE:
            change = t(lang, "rv_score_to", score=o.get("score"))
        else:
            verdict = t(lang, "rv_check_passed" if o.get("passed") else "rv_check_failed")
            check = label(CHECKS, shown(o.get("target")), lang)
            change = t(lang, "rv_check_to", check=check, verdict=verdict)
        who, at = shown(o.get("reviewer", "")), shown(o.get("at", ""))
        return t(lang, "rv_by", change=change, who=who, at=at)

    def on_mount(self) -> None:
        self.apply_language()
        turns = list(self.query(TurnView))
        if turns:
            turns[0].focus()

    def reload(self) -> None:
        focused = self.focused_turn()
        self.data = read_transcript(self.path)
        self.refresh(recompose=True)

        def refocus() -> None:
            for view in self.query(TurnView):
                if focused is None or view.turn_index == focused:
                    view.focus()
                    break

        self.call_after_refresh(refocus)

    def focused_turn(self) -> int | None:
        focused = self.focused
        return focused.turn_index if isinstance(focused, TurnView) else None

    # --- actions -------------------------------------------------------------------
    async def action_next_turn(self, step: int) -> None:
        if not self._turn_list:
            return
        focused = self.focused
        at = focused.position if isinstance(focused, TurnView) else self._start - step
        await self._show_turn(at + step)

    async def action_edge_turn(self, last: bool) -> None:
        if self._turn_list:
            await self._show_turn(len(self._turn_list) - 1 if last else 0)

    def action_comment_turn(self) -> None:
        turn = self.focused_turn()
        if turn is None:
            self.notify(self.t("rv_select_turn"), severity="warning")
            return
        self._comment(turn)

    def action_comment_general(self) -> None:
        self._comment(None)

    def _comment(self, turn: int | None) -> None:
        if turn is None:
            title = self.t("rv_general_comment")
        else:
            title = self.t("rv_comment_on", n=turn_number(turn))

        def save(values: dict[str, str]) -> None:
            add_comment(self.path, values["text"], reviewer=values["reviewer"], turn=turn)

        form = CommentForm(title, self.reviewer, save, lang=self.lang)
        self.app.push_screen(form, self._after_form)

    def action_override(self) -> None:
        def save(values: dict[str, Any]) -> None:
            target = values["target"]
            if target == SCORE:
                raw = str(values.get("score", "")).strip()
                if not raw.isdigit():
                    raise ReviewError(self.t("rv_score_number"))
                add_override(
                    self.path,
                    SCORE,
                    score=int(raw),
                    reason=values["reason"],
                    reviewer=values["reviewer"],
                )
            else:
                add_override(
                    self.path,
                    target,
                    passed=values["verdict"] == "passed",
                    reason=values["reason"],
                    reviewer=values["reviewer"],
                )

        self.app.push_screen(
            OverrideForm(check_ids(self.data), self.reviewer, save, lang=self.lang),
            self._after_form,
        )

    def action_export(self) -> None:
        exports = self.path.parent / "exports"
        stem = self.path.stem

        web = self.app.is_web

        def save(values: dict[str, Any]) -> None:
            fmt = values["format"]
            payload = encode(export(self.data, fmt))
            if web:
                # In a browser (`trainer serve`) the file goes to the reviewer's computer;
                # no path on the server is ever typed in, so none outside it can be named.
                self.app.deliver_binary(io.BytesIO(payload), save_filename=f"{stem}{SUFFIX[fmt]}")
                self.notify(self.t("rv_downloaded"), markup=False)
                return
            target = Path(values["path"].strip() or exports / f"{stem}{SUFFIX[fmt]}")
            if target.is_dir():
                target = target / f"{stem}{SUFFIX[fmt]}"
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                safety.write_atomic(target, payload)
            except OSError as exc:
                raise ReviewError(f"cannot write {target}: {exc.strerror}") from None
            self.notify(self.t("rv_exported", path=shown(target)), markup=False)

        self.app.push_screen(ExportForm(exports, stem, save, lang=self.lang, web=web))

    def mine(self) -> list[dict[str, Any]]:
        """The reviewer's own annotations that still count (what they may withdraw)."""
        reviews = reviews_of(self.data)
        me = self.reviewer.strip().casefold()
        return [
            item
            for item in [*reviews["comments"], *reviews["overrides"]]
            if isinstance(item, dict)
            and not is_withdrawn(item)
            and isinstance(item.get("id"), str)
            and str(item.get("reviewer", "")).strip().casefold() == me
        ]

    def action_withdraw(self) -> None:
        """Withdraw one of my comments or overrides, after a confirmation."""
        mine = self.mine()
        if not mine:
            self.notify(self.t("rv_withdraw_none"), severity="warning")
            return
        focused = self.focused_turn()
        # Offer the selected turn's comment first, then the rest newest first.
        mine.sort(key=lambda i: (i.get("turn") != focused or "target" in i, str(i.get("at"))))
        options = [(self._describe(item), item["id"]) for item in mine]

        def save(values: dict[str, Any]) -> None:
            withdraw(self.path, str(values["which"]), reviewer=self.reviewer)
            self.notify(self.t("rv_withdrawn_done"))

        self.app.push_screen(WithdrawForm(options, save, lang=self.lang), self._after_form)

    def _describe(self, item: dict[str, Any]) -> str:
        if "target" in item:
            return f"⚖ {self._override_line(item)} {shown(item.get('reason', ''))}"[:70]
        turn = item.get("turn")
        where = f"#{turn_number(turn)} " if isinstance(turn, int) else ""
        return f"💬 {where}{shown(item.get('text', ''))}"[:70]

    def _after_form(self, saved: bool | None) -> None:
        if saved:
            self.reload()


def _score_text(score: int | None, passed: bool | None, tier: str | None, lang: str = "en") -> Text:
    if score is None:
        return Text("—")
    style = {True: "green", False: "red", None: ""}[passed]
    verdicts = {True: f" {t(lang, 'rv_passed')}", False: f" {t(lang, 'rv_not_passed')}", None: ""}
    verdict = verdicts[passed]
    tier_name = label(TIERS, tier, lang) if tier else ""
    return Text(f"{score}/100{verdict}" + (f", {tier_name}" if tier else ""), style=style)


# --- forms ----------------------------------------------------------------------------------
class FormScreen(ModalScreen[bool]):
    """A modal form whose `save` raises ReviewError to keep it open with the message."""

    DEFAULT_CSS = CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, title: str, save: Callable[[dict[str, Any]], None], *, lang: str = "en"
    ) -> None:
        super().__init__()
        self.title_text = title
        self.save = save
        self.lang = lang
        self.save_label = "rv_save"

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.title_text), classes="section")
            yield from self.fields()
            yield Static("", id="error")
            with Horizontal(id="buttons"):
                yield Button(t(self.lang, self.save_label), variant="primary", id="save")
                yield Button(t(self.lang, "rv_cancel"), id="cancel")

    def explain(self, exc: Exception) -> str:
        """The core's sentence in the form's language, when there is a translation."""
        code = getattr(exc, "code", "")
        if code and f"rv_err_{code}" in STRINGS:
            return t(self.lang, f"rv_err_{code}", **getattr(exc, "params", {}))
        return str(exc)

    def fields(self) -> ComposeResult:  # pragma: no cover - overridden
        yield from ()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for widget in self.query("Input, Select"):
            if widget.id:
                out[widget.id] = widget.value  # type: ignore[attr-defined]
        return out

    def submit(self) -> None:
        try:
            self.save(self.values())
        except (ReviewError, TranscriptError) as exc:
            self.query_one("#error", Static).update(Text(self.explain(exc)))
            return
        self.dismiss(True)

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        self.submit()

    @on(Input.Submitted)
    def _enter(self) -> None:
        self.submit()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)


class CommentForm(FormScreen):
    def __init__(
        self,
        title: str,
        reviewer: str,
        save: Callable[[dict[str, Any]], None],
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(title, save, lang=lang)
        self.reviewer = reviewer

    def on_mount(self) -> None:
        self.query_one("#text", Input).focus()

    def fields(self) -> ComposeResult:
        yield Input(placeholder=t(self.lang, "rv_comment_ph"), id="text")
        yield Input(value=self.reviewer, placeholder=t(self.lang, "rv_reviewer_ph"), id="reviewer")


class OverrideForm(FormScreen):
    def __init__(
        self,
        checks: list[str],
        reviewer: str,
        save: Callable[[dict[str, Any]], None],
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(t(lang, "rv_override_title"), save, lang=lang)
        self.checks = checks
        self.reviewer = reviewer

    def fields(self) -> ComposeResult:
        lang = self.lang
        prompts = [(t(lang, "rv_the_score"), SCORE)] + [
            (t(lang, "rv_check", check=label(CHECKS, shown(c, newlines=False), lang)), c)
            for c in self.checks
        ]
        # Text prompts: a Select parses a str prompt as markup ("[/]" in a check id
        # crashed the dropdown, "[@click=...]" became an action).
        options = [(Text(prompt), value) for prompt, value in prompts]
        yield Select(options, value=SCORE, allow_blank=False, id="target")
        yield Select(
            [
                (Text(t(lang, "rv_check_passed")), "passed"),
                (Text(t(lang, "rv_check_failed")), "failed"),
            ],
            value="passed",
            allow_blank=False,
            id="verdict",
        )
        yield Input(placeholder=t(lang, "rv_new_score"), type="integer", id="score")
        yield Input(placeholder=t(lang, "rv_reason"), id="reason")
        yield Input(value=self.reviewer, placeholder=t(lang, "rv_reviewer_ph"), id="reviewer")

    def on_mount(self) -> None:
        self._toggle()
        self.query_one("#target", Select).focus()

    @on(Select.Changed, "#target")
    def _toggle(self) -> None:
        is_score = self.query_one("#target", Select).value == SCORE
        self.query_one("#score", Input).display = is_score
        self.query_one("#verdict", Select).display = not is_score


class ExportForm(FormScreen):
    def __init__(
        self,
        folder: Path,
        stem: str,
        save: Callable[[dict[str, Any]], None],
        *,
        lang: str = "en",
        web: bool = False,
    ) -> None:
        super().__init__(t(lang, "rv_export_title"), save, lang=lang)
        self.folder = folder
        self.stem = stem
        #: In a browser: no path field, the browser downloads the file.
        self.web = web

    def on_mount(self) -> None:
        # Enter saves with the defaults.
        self.query_one("#save" if self.web else "#path").focus()

    def fields(self) -> ComposeResult:
        yield Select([(Text(f), f) for f in FORMATS], value="html", allow_blank=False, id="format")
        if self.web:
            yield Static(Text(t(self.lang, "rv_export_browser")), classes="default")
            return
        yield Input(placeholder=t(self.lang, "rv_export_file"), id="path")
        default = t(self.lang, "rv_export_default", path=f"{self.folder}/{self.stem}.<format>")
        yield Static(Text(default), classes="default")


class WithdrawForm(FormScreen):
    """Confirm withdrawing one of the reviewer's own annotations."""

    def __init__(
        self,
        options: list[tuple[str, str]],
        save: Callable[[dict[str, Any]], None],
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(t(lang, "rv_withdraw_title"), save, lang=lang)
        self.options = options
        self.save_label = "rv_withdraw_ok"

    def fields(self) -> ComposeResult:
        yield Label(t(self.lang, "rv_withdraw_pick"))
        # Text prompts: the descriptions quote comments, which must never be markup.
        options = [(Text(shown(prompt, newlines=False)), value) for prompt, value in self.options]
        yield Select(options, value=self.options[0][1], allow_blank=False, id="which")
        yield Static(Text(t(self.lang, "rv_withdraw_note"), style="italic"))

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()  # confirming takes a deliberate choice


# --- the `trainer review` app -----------------------------------------------------------------
class ReviewApp(LanguageApp):
    """`trainer review`: the table, or straight into one call when one is named.

    Its language works as the practice app's: F6 cycles "as the scenario" (a call in its
    scenario's language, the table in the app's language) -> Deutsch -> English.
    """

    TITLE = "Call review"

    def __init__(
        self,
        folder: Path,
        *,
        reviewer: str,
        open_path: Path | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.reviewer = reviewer
        self.open_path = open_path
        #: None = follow the transcript's scenario language.
        self.ui_language: str | None = None
        self.home_language = language if language in LANGUAGES else system_language()

    def on_mount(self) -> None:
        self.title = t(self.language_for(None), "rv_title")
        self.keys_in(self.language_for(None))
        screen = ReviewScreen(self.folder, reviewer=self.reviewer)
        self.push_screen(screen)
        if self.open_path is not None:
            self.call_after_refresh(screen.open_call, self.open_path)


def app_language(transcript: dict[str, Any] | None = None) -> str:
    """The default language: the transcript's scenario language when one is opened,
    else the practice app's (its saved choice, else its home language, else $LANG)."""
    if transcript is not None:
        sc = transcript.get("scenario")
        language = sc.get("language") if isinstance(sc, dict) else None
        if language in LANGUAGES:
            return str(language)
    from .config import load_config

    config = load_config()  # an unreadable config is an empty one
    for key in ("ui_language", "home_language"):
        if config.get(key) in LANGUAGES:
            return str(config[key])
    return system_language()


def run_review(args: argparse.Namespace, transcript_ref: str | None) -> int:
    """Entry point of `trainer review [TRANSCRIPT]`; errors are one line and exit 2."""
    import sys

    from ..paths import transcripts_dir

    folder = transcripts_dir(getattr(args, "transcripts", None))
    open_path = None
    data = None
    try:
        recover(folder)
        if transcript_ref:
            open_path = find_transcript(transcript_ref, folder)
            data = read_transcript(open_path)  # refuse a broken file before the screen opens
    except TranscriptError as exc:
        print(exc, file=sys.stderr)
        return 2
    app = ReviewApp(
        folder, reviewer=reviewer_name(args), open_path=open_path, language=app_language(data)
    )
    result = app.run()
    if result is None and app.return_code not in (0, None):
        return 1  # an internal error: never exit 0 (the crash line is already printed)
    return int(result or 0)


__all__ = ["ReviewApp", "ReviewScreen", "TranscriptScreen", "run_review"]
