"""The first screen: the scenarios as a table, the learner's record, and what is broken."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, DataTable, Header, Input, Label, Static

from ..safety import shown
from .base import Key, TrainerFooter, TrainerModal, TrainerScreen
from .catalogue import Entry, Record, records, scan
from .fit import clipped, fit_widths, natural_widths
from .i18n import CUSTOMER_TYPES, OUTCOMES, PERSONAS, label

if TYPE_CHECKING:
    from ..scenario import LoadedScenario

#: The library's columns, left to right; FLEXIBLE are those that shorten to fit.
COLUMN_KEYS = (
    "col_title",
    "col_lang",
    "col_type",
    "col_persona",
    "col_difficulty",
    "col_best",
    "col_attempts",
)
FLEXIBLE = (0, 2, 3)


class NameScreen(TrainerModal):
    """Asks the learner's name once; the app remembers it."""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.t("name_title"), classes="dialog-title")
            # A browser session remembers nothing (the server's config is nobody's).
            web = not getattr(self.app, "remember", True)
            yield Static(self.t("name_help_web" if web else "name_help"), markup=False)
            yield Input(placeholder=self.t("name_placeholder"), id="name", max_length=80)
            yield Static("", id="name-error", markup=False)
            yield Button(self.t("name_ok"), id="name-ok", variant="primary")

    @on(Input.Submitted, "#name")
    @on(Button.Pressed, "#name-ok")
    def _submit(self) -> None:
        name = " ".join(self.query_one("#name", Input).value.split())
        if not name:
            self.query_one("#name-error", Static).update(self.t("name_empty"))
            return
        self.dismiss(name)

    def action_dismiss_none(self) -> None:
        # Escape must not leave the app without a name: fall back to the account name.
        self.dismiss(None)


class LibraryScreen(TrainerScreen):
    """Scenarios with search; broken files with their file:line problem; recovered calls."""

    KEYS: ClassVar[list[Key]] = [
        Key("enter", "open", "start", show=True),
        Key("slash", "search", "search", key_display="/"),
        Key("r", "review", "review"),
        Key("x", "toggle_mode", "toggle_mode"),
        Key("f6", "app.switch_language", "language"),
        Key("ctrl+q", "app.quit", "quit", priority=True),
    ]

    # What the library asks of its app (handled by TrainerApp's on_library_screen_* methods).
    class Painted(Message):
        """The library is on screen, still loading (the startup benchmark times this)."""

    class Ready(Message):
        """The table shows the scenarios (the startup benchmark waits for this)."""

    class OpenScenario(Message):
        """The learner chose a scenario: its briefing comes next."""

        def __init__(self, loaded: LoadedScenario) -> None:
            super().__init__()
            self.loaded = loaded

    class OpenReview(Message):
        """The learner asked for the review of the transcripts."""

    class ToggleMode(Message):
        """Practice <-> exam (the mode is the app's: it outlives this screen)."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []
        self.records: dict[str, Record] = {}
        self.recovered: list[Path] = []
        self.loaded = False
        #: Column widths that fit the terminal (None until the table is laid out).
        self._widths: list[int] | None = None
        self._last_width = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(id="search")
        yield Static("", id="mode-line", markup=False)
        yield DataTable(id="scenarios", cursor_type="row", zebra_stripes=True)
        yield Static("", id="detail", markup=False)
        yield Static("", id="empty", markup=False)
        with VerticalScroll(id="extras"):
            yield Static("", id="broken", markup=False)
            yield Static("", id="recovered", markup=False)
        yield TrainerFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#scenarios", DataTable).focus()
        # Read the files once the screen is painted: the worker thread shares the GIL,
        # and the learner should see the library (with "loading…") at once.
        self.call_after_refresh(self._painted)

    def _painted(self) -> None:
        self.post_message(self.Painted())
        self.load()

    # --- loading, off the event loop --------------------------------------------------
    @work(thread=True, exclusive=True, group="library")
    def load(self) -> None:
        from ..transcripts import recover

        app = self.trainer
        try:
            # Journals of calls that were cut off become transcripts marked interrupted.
            recovered = recover(app.transcripts_path)
        except OSError:
            recovered = []
        entries = scan(app.scenarios_path)
        self.app.call_from_thread(self._loaded, entries, recovered)
        self.refresh_records()

    def refresh_records(self) -> None:
        """Attempts and best scores: read in the background, filled in when ready."""
        app = self.trainer
        if app.learner:
            found = records(app.transcripts_path, app.learner)
            if self.app.is_running:
                self.app.call_from_thread(self._records, found)

    @work(thread=True, exclusive=True, group="records")
    def reload_records(self) -> None:
        self.refresh_records()

    def _loaded(self, entries: list[Entry], recovered: list[Path]) -> None:
        if not self.is_attached:  # the app closed while the files were being read
            return
        self.entries = entries
        self.recovered = recovered
        self.loaded = True
        self.relabel()
        if recovered:
            self.notify(self.t("recovered_note", count=len(recovered)), timeout=8)
        self.post_message(self.Ready())

    def _records(self, found: dict[str, Record]) -> None:
        if not self.is_attached:
            return
        self.records = found
        self._fill_table()

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        if self.loaded:
            self.reload_records()

    # --- showing ------------------------------------------------------------------------
    def relabel(self) -> None:
        app = self.trainer
        learner = shown(app.learner, newlines=False)
        self.sub_title = self.t("library") + (f" — {learner}" if learner else "")
        self.query_one("#search", Input).placeholder = self.t("search_placeholder")
        mode = self.t("exam" if app.exam else "practice")
        when = self.t("feedback_end" if app.exam else "feedback_during")
        self.query_one("#mode-line", Static).update(self.t("mode_now", mode=mode, when=when))
        self.title = self.t("app_title")
        table = self.query_one("#scenarios", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        keys = [*COLUMN_KEYS]
        labels = [self.t(key) for key in keys]
        # Score, tries, level and language keep their width; title, customer type and
        # reaction give way (cut with …; the highlighted title is shown whole below).
        natural = natural_widths(labels, [self._cells(e) for e in self.entries if e.ok])
        # Records arrive after the table: room for the widest best score and tries now.
        natural[5] = max(natural[5], len("100/100"))
        natural[6] = max(natural[6], 3)
        width = self.size.width or self.app.size.width
        # The table's margin (1 each side) and room for a vertical scroll bar.
        self._widths = fit_widths(width - 4, natural, FLEXIBLE)
        for key, text, w in zip(keys, labels, self._widths, strict=True):
            table.add_column(text, key=key, width=w)
        self._fill_table()
        self._fill_extras()
        if 0 < cursor < table.row_count:
            table.move_cursor(row=cursor)

    def _row(self, entry: Entry) -> list[str | Text]:
        """The row as shown: each cell shortened to its column's width."""
        cells = self._cells(entry)
        if self._widths is None:
            return cells
        return [clipped(cell, w) for cell, w in zip(cells, self._widths, strict=True)]

    def _cells(self, entry: Entry) -> list[str | Text]:
        """The row's cells whole (for measuring and searching)."""
        assert entry.card is not None
        s = entry.card
        if s.surprise:
            persona = f"? ({self.t('surprise')})"
        else:
            persona = ", ".join(label(PERSONAS, p, self.lang) for p in s.customer.personas)
        rec = self.records.get(s.id, Record())
        best = "—" if rec.best is None else f"{rec.best}/100"
        return [
            s.title,
            s.language,
            label(CUSTOMER_TYPES, s.customer.type, self.lang),
            persona,
            f"{'★' * s.difficulty}{'☆' * (3 - s.difficulty)}",
            best,
            str(rec.attempts),
        ]

    def matches(self, entry: Entry, query: str) -> bool:
        words = query.lower().split()
        if not words:
            return True
        cells = [c.plain if isinstance(c, Text) else c for c in self._cells(entry)]
        assert entry.card is not None
        s = entry.card
        hay = " ".join([*cells, s.id, *s.tags]).lower()
        return all(word in hay for word in words)

    def _fill_table(self) -> None:
        table = self.query_one("#scenarios", DataTable)
        table.clear()
        query = self.query_one("#search", Input).value
        shown = 0
        for i, entry in enumerate(self.entries):
            if entry.ok and self.matches(entry, query):
                table.add_row(*self._row(entry), key=str(i))
                shown += 1
        if shown == 0:
            self.query_one("#detail", Static).update("")
        empty = self.query_one("#empty", Static)
        if not self.loaded:
            empty.update(self.t("loading"))
        elif not any(e.ok for e in self.entries):
            empty.update(self.t("no_scenarios", folder=self.trainer.scenarios_path))
        elif shown == 0:
            empty.update(self.t("no_match", query=query))
        else:
            empty.update("")
        empty.display = bool(empty.content)

    def _fill_extras(self) -> None:
        broken = [e for e in self.entries if not e.ok]
        text = Text()
        if broken:
            text.append(self.t("broken_title") + "\n", style="bold")
            for entry in broken:
                for problem in entry.problems:
                    text.append(f"✗ {shown(problem)}\n")
        widget = self.query_one("#broken", Static)
        widget.update(text)
        widget.display = bool(broken)
        rec = Text()
        if self.recovered:
            rec.append(self.t("recovered_title") + "\n", style="bold")
            for path in self.recovered:
                rec.append(f"• {shown(self._describe(path))}\n")
        widget = self.query_one("#recovered", Static)
        widget.update(rec)
        widget.display = bool(self.recovered)
        self.query_one("#extras").display = bool(broken or self.recovered)

    def _describe(self, path: Path) -> str:
        from ..transcripts import TranscriptError, load_transcript

        try:
            data = load_transcript(path)
        except TranscriptError as exc:
            return str(exc)
        title = data.scenario.title or "?"
        turns = len(data.turns)
        started = (data.started_at or "")[:16].replace("T", " ")
        state = label(OUTCOMES, data.end_reason or "interrupted", self.lang)
        return f"{started}  {title} — {self.t('turns_n', n=turns)}, {state} ({path.name})"

    def on_resize(self) -> None:
        if self.size.width != self._last_width:
            self.relabel()
        self._last_width = self.size.width

    # --- actions ------------------------------------------------------------------------
    @on(DataTable.RowHighlighted, "#scenarios")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The whole title of the highlighted row (cut short in the table on 80 columns)."""
        key = event.row_key.value if event.row_key is not None else None
        entry = self.entries[int(key)] if key is not None else None
        detail = self.query_one("#detail", Static)
        if entry is None or entry.card is None:
            detail.update("")
            return
        s = entry.card
        detail.update(
            Text.assemble(("▶ ", "bold"), (s.title, "bold"), f"  — {self.t('enter_starts')}")
        )

    @on(Input.Changed, "#search")
    def _search(self) -> None:
        self._fill_table()

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.query_one("#scenarios", DataTable).focus()

    @on(DataTable.RowSelected, "#scenarios")
    def _selected(self, event: DataTable.RowSelected) -> None:
        self._open_row(event.row_key.value)

    def _open_row(self, key: str | None) -> None:
        if key is None:
            return
        entry = self.entries[int(key)]
        if entry.card is None:
            return
        from ..scenario import ScenarioError

        try:
            loaded = entry.load()  # from the cache, the file is parsed only now
        except (ScenarioError, OSError) as exc:  # edited into something broken meanwhile
            self.notify(str(exc), severity="error", timeout=15, markup=False)
            return
        self.post_message(self.OpenScenario(loaded))

    def action_open(self) -> None:
        table = self.query_one("#scenarios", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            self._open_row(key.value)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_review(self) -> None:
        self.post_message(self.OpenReview())

    def action_toggle_mode(self) -> None:
        self.post_message(self.ToggleMode())

    def key_escape(self) -> None:
        self.query_one("#scenarios", DataTable).focus()
