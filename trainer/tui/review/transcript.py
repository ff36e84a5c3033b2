"""One call: the conversation with feedback and comments beside each line.

The head line and the side panel are drawn by `panels`; the reviewer's actions
(comment, override, withdraw, export) are in `annotate`.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from ...safety import shown
from ...transcripts import load_transcript
from ...transcripts.annotations import LineVerdict, brief, effective, feedback_by_turn
from ...transcripts.export import read_as, turn_number
from ...transcripts.schema import Comment, Turn
from ..base import Key, TrainerFooter
from ..i18n import CHECKS, LANGUAGES, label, t
from . import panels
from .annotate import Annotating
from .common import CSS, ReviewLanguage

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
        self, turn: Turn, who: str, notes: list[Text], index: int, lang: str = "en"
    ) -> None:
        super().__init__(classes=turn.speaker)
        self.turn_index = index
        # Who speaks in a column of its own: a wrapped line continues under its text.
        self._who = Text(f"{turn_number(index):>2} {who}: ", style="bold")
        said = Text()
        if turn.pause:
            said.append(t(lang, "rv_silent"), style="italic")
        else:
            said.append(shown(turn.text))  # literal: never markup
        if turn.unprocessed:
            said.append(t(lang, "rv_unprocessed"), style="italic")
        self._said = said
        self._notes = Text("\n").join(notes) if notes else Text("")

    def compose(self) -> ComposeResult:
        yield Static(self._who, classes="who")
        yield Static(self._said, classes="said")
        yield Static(self._notes, classes="fb" if self._notes.plain else "fb empty")


class TranscriptScreen(Annotating, ReviewLanguage, Screen[None]):
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
        self.data = load_transcript(path)  # TranscriptError: the caller says why
        self._start = 0  # first turn of the window
        self._turn_list: list[Turn] = []
        self._feedback: dict[int, list[LineVerdict]] = {}
        self._comments: dict[int | None, list[Comment]] = {}
        language = self.data.scenario.language
        self.scenario_language = language if language in LANGUAGES else None

    def relabel(self, changed: bool) -> None:
        if changed:
            self.reload()

    def compose(self) -> ComposeResult:
        eff = effective(self.data)
        yield Static(panels.head(self.data, eff, self.lang), id="head")
        with Horizontal(id="body"):
            with VerticalScroll(id="conversation"):
                yield from self._turns()
            with VerticalScroll(id="side"):
                yield from panels.side(self.data, eff, self.lang)
        yield TrainerFooter()

    def _index_turns(self) -> None:
        """What a turn's view needs, looked up once; the views themselves are built only
        for the turns in the window (a crafted file may hold 200,000 of them)."""
        data = self.data
        self._feedback = feedback_by_turn(data)
        self._comments = data.comments_by_turn()
        self._turn_list = list(data.turns)
        self._learner = shown(data.learner or t(self.lang, "learner"))

    def _view(self, pos: int) -> TurnView:
        lang = self.lang
        turn = self._turn_list[pos]
        idx = turn.index
        who = self._learner if turn.speaker == "learner" else t(lang, "rv_customer")
        notes: list[Text] = []
        reading = read_as(turn, lang, self.data.scenario.intent_labels)
        if reading:
            notes.append(Text(shown(reading), style="dim italic"))
        for fb in self._feedback.get(idx, []):
            ok = bool(fb.passed)
            note = Text("✓ " if ok else "✗ ", style="green" if ok else "red")
            note.append(f"{label(CHECKS, shown(fb.id), lang)}: ", style="bold")
            note.append(shown(fb.reason))
            if fb.reviewed:
                auto = t(lang, "rv_check_passed" if fb.auto else "rv_check_failed")
                note.append(t(lang, "rv_reviewed", auto=auto), style="italic")
            notes.append(note)
        for c in self._comments.get(idx, []):
            note = Text("💬 ", style="italic")
            note.append(f"{shown(c.reviewer)}: ", style="italic bold")
            note.append(shown(c.text if c.active else brief(c.text)), style="italic")
            notes.append(panels.struck(note, c, lang))
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

    def on_mount(self) -> None:
        self.apply_language()
        turns = list(self.query(TurnView))
        if turns:
            turns[0].focus()

    def reload(self) -> None:
        focused = self.focused_turn()
        self.data = load_transcript(self.path)
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

    # --- moving through the call -----------------------------------------------------
    async def action_next_turn(self, step: int) -> None:
        if not self._turn_list:
            return
        focused = self.focused
        at = focused.position if isinstance(focused, TurnView) else self._start - step
        await self._show_turn(at + step)

    async def action_edge_turn(self, last: bool) -> None:
        if self._turn_list:
            await self._show_turn(len(self._turn_list) - 1 if last else 0)
