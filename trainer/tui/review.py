"""The review browser: all transcripts in a table, one call with its feedback, annotations.

`ReviewScreen` is the table (usable from the practice app: push it with the
transcripts folder); `TranscriptScreen` shows one call; the modal forms add comments,
overrides and exports through the headless core (`trainer.transcripts`). Everything
a person typed is shown through `rich.text.Text`, never parsed as markup.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
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

from ..transcripts import TranscriptError, read_transcript, recover
from ..transcripts.annotations import (
    SCORE,
    ReviewError,
    add_comment,
    add_override,
    check_ids,
    effective,
    reviews_of,
)
from ..transcripts.export import FORMATS, SUFFIX, encode, export, shown
from ..transcripts.index import Index, Summary, find_transcript, load_index
from ..transcripts.stats import decay
from .base import TrainerFooter

#: Column label, sort key. The key sorts None last whatever the direction.
#: Column label, width, sort key. Fixed widths: columns do not jump as pages load.
COLUMNS: list[tuple[str, int, Callable[[Summary], Any]]] = [
    ("Date", 16, lambda r: r.date),
    ("Learner", 16, lambda r: r.learner.lower()),
    ("Scenario", 30, lambda r: r.scenario_title or r.scenario_id),
    ("Outcome", 20, lambda r: r.outcome or ""),
    ("Score", 5, lambda r: -1 if r.score is None else r.score),
    ("Tier", 6, lambda r: {"gold": 3, "silver": 2, "bronze": 1}.get(r.tier or "", 0)),
    ("Status", 11, lambda r: r.status),
]
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
ReviewScreen #progress-label { width: 46; }
ReviewScreen #progress { width: 1fr; height: 2; }
ReviewScreen #summary { padding: 0 1; color: $text-muted; }
TranscriptScreen #head { padding: 0 1; background: $boost; }
TranscriptScreen #body { height: 1fr; }
TranscriptScreen #conversation { width: 3fr; }
TranscriptScreen #side { width: 2fr; border-left: solid $primary; padding: 0 1; }
TurnView { height: auto; padding: 0 1; }
TurnView:focus { background: $accent 25%; }
TurnView .said { width: 1fr; }
TurnView .fb { width: 45%; color: $text-muted; padding-left: 1; }
TurnView .fb.empty { display: none; }
TurnView.learner .said { color: $text; }
TurnView.customer .said { color: $text-muted; }
.section { text-style: bold; margin-top: 1; }
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
    except Exception:  # no user database entry, e.g. in a container
        return "reviewer"


def _cells(r: Summary) -> list[Text]:
    score = "—" if r.score is None else str(r.score)
    if r.overridden:
        score += "*"  # reviewed: the automatic score is shown in the call
    status = Text("interrupted", style="yellow") if r.status == "interrupted" else Text(r.status)
    tier_style = {"gold": "bold yellow", "silver": "bold", "bronze": "dark_orange"}
    return [
        Text(r.date[:16].replace("T", " ")),
        Text(r.learner),
        Text(r.scenario_title or r.scenario_id),
        Text(r.outcome or "—"),
        Text(score, justify="right"),
        Text(r.tier or "—", style=tier_style.get(r.tier or "", "")),
        status,
    ]


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


class ReviewScreen(Screen):
    """All transcripts in a folder: filter, sort, open one; a learner's progress below."""

    DEFAULT_CSS = CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", show=True),
        Binding("slash", "focus_filter", "Filter"),
        Binding("s", "cycle_sort", "Sort"),
        Binding("r", "reverse", "Reverse"),
        Binding("ctrl+r", "reload", "Reload"),
        Binding("escape", "leave", "Back"),
    ]
    #: On a narrow terminal these footer keys give way first (all stay in the palette).
    FOOTER_DROP: ClassVar[tuple[str, ...]] = ("switch_language", "reload", "reverse")

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

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Transcripts in {self.folder}"), id="summary")
        yield Input(
            placeholder="filter: learner, scenario, outcome, tier, status … (/)", id="filter"
        )
        yield ReviewTable(id="table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="unreadable")
        with Horizontal(id="progress-row"):
            yield Static("", id="progress-label")
            yield Sparkline([], id="progress")
        yield TrainerFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label, width, _ in COLUMNS:
            table.add_column(label, key=label.lower(), width=width)
        self.reload()
        self.watch(table, "scroll_y", self._maybe_more, init=False)
        table.focus()

    def on_screen_resume(self) -> None:
        # Back from a call that may have been annotated: only changed files are re-read.
        # (The first resume is the screen being shown: on_mount just loaded it.)
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
        text = Text(f"⚠ {len(bad)} unreadable file(s) — the others open normally:\n")
        for u in bad[:4]:
            text.append(f"  {u.file}: {u.reason}\n")
        if len(bad) > 4:
            text.append(f"  … and {len(bad) - 4} more (trainer review --list shows all)")
        note.update(text)
        note.display = True

    def refilter(self) -> None:
        assert self.index is not None
        terms = self.query_one("#filter", Input).value.lower().split()
        rows = self.index.rows
        if terms:
            rows = [r for r in rows if all(t in _haystack(r) for t in terms)]
        key = COLUMNS[self.sort_column][2]
        rows = sorted(rows, key=lambda r: (key(r), r.date), reverse=self.sort_reverse)
        self.shown = rows
        table = self.query_one(DataTable)
        table.clear()
        self._loaded = 0
        self.load_more()
        total = len(self.index.rows)
        label = COLUMNS[self.sort_column][0]
        arrow = "↓" if self.sort_reverse else "↑"
        self.query_one("#summary", Static).update(
            Text(f"{len(rows)} of {total} transcripts in {self.folder} · sorted by {label} {arrow}")
        )
        self._show_progress(rows[0] if rows else None)

    def load_more(self, upto: int = 0) -> None:
        """Give the table the next page of rows (or up to row `upto`)."""
        end = min(len(self.shown), max(self._loaded + PAGE, upto + 1))
        if end <= self._loaded:
            return
        table = self.query_one(DataTable)
        table.add_rows(_cells(r) for r in self.shown[self._loaded : end])
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
            text = Text(f"{row.learner}: {n} scored call(s)\nweighted {weighted:.0f}")
            text.append(f", latest {scores[-1]}")
        else:
            text = Text(f"{row.learner}: no scored calls yet")
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


def _haystack(r: Summary) -> str:
    parts = (r.date, r.learner, r.scenario_id, r.scenario_title, r.outcome, r.tier, r.status)
    return " ".join(p for p in parts if p).lower()


# --- one call -----------------------------------------------------------------------------
class TurnView(Horizontal):
    """One line of the call with its feedback and comments beside it; focusable."""

    can_focus = True
    # On the turn itself: the scroll container around it would otherwise take ↑/↓.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "screen.next_turn(1)", "Next line", show=False),
        Binding("up,k", "screen.next_turn(-1)", "Previous line", show=False),
    ]

    def __init__(self, turn: dict[str, Any], who: str, notes: list[Text], index: int) -> None:
        speaker = turn.get("speaker", "customer")
        super().__init__(classes=speaker if speaker in ("learner", "customer") else "customer")
        self.turn_index = index
        said = Text()
        said.append(f"{index:>2} {who}: ", style="bold")
        if speaker == "learner" and turn.get("move") == "pause":
            said.append("(stays silent)", style="italic")
        else:
            said.append(shown(turn.get("text", "")))  # literal: never markup
        if turn.get("unprocessed"):
            said.append("  (typed, not processed)", style="italic")
        self._said = said
        self._notes = Text("\n").join(notes) if notes else Text("")

    def compose(self) -> ComposeResult:
        yield Static(self._said, classes="said")
        yield Static(self._notes, classes="fb" if self._notes.plain else "fb empty")


class TranscriptScreen(Screen):
    """One call: the conversation with feedback beside each line, checks, letter, reviews."""

    DEFAULT_CSS = CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("c", "comment_turn", "Comment", tooltip="Comment on the selected turn"),
        Binding("g", "comment_general", "General", tooltip="A general comment on the call"),
        Binding("o", "override", "Override"),
        Binding("e", "export", "Export"),
    ]

    def __init__(self, path: Path, *, reviewer: str) -> None:
        super().__init__()
        self.path = path
        self.reviewer = reviewer
        self.data = read_transcript(path)  # TranscriptError: the caller says why

    def compose(self) -> ComposeResult:
        data = self.data
        eff = effective(data)
        sc = data.get("scenario") if isinstance(data.get("scenario"), dict) else {}
        head = Text()
        head.append(shown(sc.get("title") or sc.get("id") or "call"), style="bold")
        head.append(f"  ·  {shown(data.get('learner', '?'))}  ·  ")
        head.append(shown(data.get("started_at", ""))[:16].replace("T", " "))
        head.append(f"  ·  {shown(data.get('status', 'finished'))}\n")
        head.append(f"outcome: {shown(data.get('outcome') or 'none')}  ·  ")
        head.append(f"persona: {shown(data.get('persona') or '—')}  ·  ")
        head.append(f"strategy: {eff.strategy or 'none recognised'}  ·  ")
        head.append("score: ")
        head.append(_score_text(eff.auto_score, eff.auto_passed, eff.auto_tier))
        if eff.overridden:
            head.append("  → after review: ", style="bold")
            after = _score_text(eff.score, eff.passed, eff.tier)
            after.stylize("bold")
            head.append_text(after)
        yield Static(head, id="head")
        with Horizontal(id="body"):
            with VerticalScroll(id="conversation"):
                yield from self._turns()
            with VerticalScroll(id="side"):
                yield from self._side()
        yield TrainerFooter()

    def _turns(self) -> ComposeResult:
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
        learner = shown(data.get("learner") or "Learner")
        turns = [t for t in data.get("turns") or [] if isinstance(t, dict)]
        if not turns:
            yield Static(Text("No turns were recorded in this call.", style="italic"))
        for i, turn in enumerate(turns):
            idx = turn.get("index", i) if isinstance(turn.get("index", i), int) else i
            who = learner if turn.get("speaker") == "learner" else "Customer"
            notes: list[Text] = []
            for fb in feedback.get(idx, []):
                ok = bool(fb.get("passed"))
                note = Text("✓ " if ok else "✗ ", style="green" if ok else "red")
                note.append(f"{shown(fb.get('id', ''))}: ", style="bold")
                note.append(shown(fb.get("reason", "")))
                notes.append(note)
            for c in comments.get(idx, []):
                note = Text("💬 ", style="italic")
                note.append(f"{shown(c.get('reviewer', ''))}: ", style="italic bold")
                note.append(shown(c.get("text", "")), style="italic")
                notes.append(note)
            yield TurnView(turn, who, notes, idx)

    def _side(self) -> ComposeResult:
        data = self.data
        eff = effective(data)
        yield Label("Checks", classes="section")
        if not eff.checks:
            yield Static(Text("No checks were scored for this call.", style="italic"))
        for c in eff.checks:
            line = Text()
            mark = {True: ("✓ ", "green"), False: ("✗ ", "red"), None: ("· ", "")}[c.passed]
            line.append(mark[0], style=mark[1])
            line.append(c.id, style="bold")
            if c.override:
                auto = {True: "passed", False: "failed", None: "not judged"}[c.auto]
                line.append(f"  (reviewed; automatic: {auto})", style="italic")
            if c.evidence:
                line.append("\n  evidence: ")
                line.append(shown(c.evidence))
            if c.advice:
                line.append("\n  advice: ")
                line.append(shown(c.advice))
            if c.better:
                line.append("\n  better: ")
                line.append(shown(c.better), style="italic")
            yield Static(line)
        yield Label("Confirmation letter", classes="section")
        letter = data.get("letter")
        yield Static(Text(shown(letter)) if letter else Text("No letter was written.", "italic"))
        yield Label("Review", classes="section")
        reviews = reviews_of(data)
        general = [c for c in reviews["comments"] if isinstance(c, dict) and c.get("turn") is None]
        if not general and not reviews["overrides"]:
            yield Static(Text("No general comments or overrides yet.", style="italic"))
        for c in general:
            t = Text(f"💬 {shown(c.get('reviewer', ''))}, {shown(c.get('at', ''))}:\n  ")
            t.append(shown(c.get("text", "")))
            yield Static(t)
        for o in reviews["overrides"]:
            if not isinstance(o, dict):
                continue
            if o.get("target") == SCORE:
                change = f"score → {o.get('score')}"
            else:
                change = f"{o.get('target')} → {'passed' if o.get('passed') else 'failed'}"
            t = Text(f"⚖ {change} by {shown(o.get('reviewer', ''))}, {shown(o.get('at', ''))}:")
            t.append("\n  ")
            t.append(shown(o.get("reason", "")))
            yield Static(t)

    def on_mount(self) -> None:
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
    def action_next_turn(self, step: int) -> None:
        views = list(self.query(TurnView))
        if not views:
            return
        current = self.focused_turn()
        at = next((i for i, v in enumerate(views) if v.turn_index == current), -step)
        target = views[max(0, min(len(views) - 1, at + step))]
        target.focus()
        target.scroll_visible()

    def action_comment_turn(self) -> None:
        turn = self.focused_turn()
        if turn is None:
            self.notify("Select a line of the conversation first (↑/↓).", severity="warning")
            return
        self._comment(turn)

    def action_comment_general(self) -> None:
        self._comment(None)

    def _comment(self, turn: int | None) -> None:
        title = "General comment" if turn is None else f"Comment on turn {turn}"

        def save(values: dict[str, str]) -> None:
            add_comment(self.path, values["text"], reviewer=values["reviewer"], turn=turn)

        self.app.push_screen(CommentForm(title, self.reviewer, save), self._after_form)

    def action_override(self) -> None:
        def save(values: dict[str, Any]) -> None:
            target = values["target"]
            if target == SCORE:
                raw = str(values.get("score", "")).strip()
                if not raw.isdigit():
                    raise ReviewError("the score must be a whole number from 0 to 100")
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
            OverrideForm(check_ids(self.data), self.reviewer, save), self._after_form
        )

    def action_export(self) -> None:
        exports = self.path.parent / "exports"
        stem = self.path.stem

        def save(values: dict[str, Any]) -> None:
            fmt = values["format"]
            target = Path(values["path"].strip() or exports / f"{stem}{SUFFIX[fmt]}")
            if target.is_dir():
                target = target / f"{stem}{SUFFIX[fmt]}"
            payload = encode(export(self.data, fmt))
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(f".{target.name}.tmp")
                tmp.write_bytes(payload)
                os.replace(tmp, target)
            except OSError as exc:
                raise ReviewError(f"cannot write {target}: {exc.strerror}") from None
            self.notify(f"Exported to {target}", markup=False)

        self.app.push_screen(ExportForm(exports, stem, save))

    def _after_form(self, saved: bool | None) -> None:
        if saved:
            self.reload()


def _score_text(score: int | None, passed: bool | None, tier: str | None) -> Text:
    if score is None:
        return Text("—")
    style = {True: "green", False: "red", None: ""}[passed]
    verdict = {True: " passed", False: " not passed", None: ""}[passed]
    return Text(f"{score}/100{verdict}" + (f", {tier}" if tier else ""), style=style)


# --- forms ----------------------------------------------------------------------------------
class FormScreen(ModalScreen[bool]):
    """A modal form whose `save` raises ReviewError to keep it open with the message."""

    DEFAULT_CSS = CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, save: Callable[[dict[str, Any]], None]) -> None:
        super().__init__()
        self.title_text = title
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.title_text), classes="section")
            yield from self.fields()
            yield Static("", id="error")
            with Horizontal(id="buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

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
            self.query_one("#error", Static).update(Text(str(exc)))
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
    def __init__(self, title: str, reviewer: str, save: Callable[[dict[str, Any]], None]) -> None:
        super().__init__(title, save)
        self.reviewer = reviewer

    def on_mount(self) -> None:
        self.query_one("#text", Input).focus()

    def fields(self) -> ComposeResult:
        yield Input(placeholder="comment", id="text")
        yield Input(value=self.reviewer, placeholder="reviewer", id="reviewer")


class OverrideForm(FormScreen):
    def __init__(
        self, checks: list[str], reviewer: str, save: Callable[[dict[str, Any]], None]
    ) -> None:
        super().__init__("Override a check or the score (a reason is required)", save)
        self.checks = checks
        self.reviewer = reviewer

    def fields(self) -> ComposeResult:
        options = [("the call's score", SCORE)] + [(f"check {c}", c) for c in self.checks]
        yield Select(options, value=SCORE, allow_blank=False, id="target")
        yield Select(
            [("passed", "passed"), ("failed", "failed")],
            value="passed",
            allow_blank=False,
            id="verdict",
        )
        yield Input(placeholder="new score 0-100", type="integer", id="score")
        yield Input(placeholder="reason (required)", id="reason")
        yield Input(value=self.reviewer, placeholder="reviewer", id="reviewer")

    def on_mount(self) -> None:
        self._toggle()
        self.query_one("#target", Select).focus()

    @on(Select.Changed, "#target")
    def _toggle(self) -> None:
        is_score = self.query_one("#target", Select).value == SCORE
        self.query_one("#score", Input).display = is_score
        self.query_one("#verdict", Select).display = not is_score


class ExportForm(FormScreen):
    def __init__(self, folder: Path, stem: str, save: Callable[[dict[str, Any]], None]) -> None:
        super().__init__("Export this call", save)
        self.folder = folder
        self.stem = stem

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()  # Enter saves with the defaults

    def fields(self) -> ComposeResult:
        yield Select([(f, f) for f in FORMATS], value="html", allow_blank=False, id="format")
        yield Input(placeholder="file (empty: the default below)", id="path")
        yield Static(Text(f"default: {self.folder}/{self.stem}.<format>"), classes="default")


# --- the `trainer review` app -----------------------------------------------------------------
class ReviewApp(App[int]):
    """`trainer review`: the table, or straight into one call when one is named."""

    TITLE = "Call review"

    def __init__(self, folder: Path, *, reviewer: str, open_path: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.reviewer = reviewer
        self.open_path = open_path

    def on_mount(self) -> None:
        screen = ReviewScreen(self.folder, reviewer=self.reviewer)
        self.push_screen(screen)
        if self.open_path is not None:
            self.call_after_refresh(screen.open_call, self.open_path)


def run_review(args: argparse.Namespace, transcript_ref: str | None) -> int:
    """Entry point of `trainer review [TRANSCRIPT]`; errors are one line and exit 2."""
    import sys

    from ..paths import transcripts_dir

    folder = transcripts_dir(getattr(args, "transcripts", None))
    open_path = None
    try:
        recover(folder)
        if transcript_ref:
            open_path = find_transcript(transcript_ref, folder)
            read_transcript(open_path)  # refuse a broken file before the screen opens
    except TranscriptError as exc:
        print(exc, file=sys.stderr)
        return 2
    app = ReviewApp(folder, reviewer=reviewer_name(args), open_path=open_path)
    result = app.run()
    return int(result or 0)


__all__ = ["ReviewApp", "ReviewScreen", "TranscriptScreen", "run_review"]
