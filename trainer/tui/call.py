"""The call: one widget per turn in a conversation that stays at the bottom.

Idiom of Textual's examples/mother.py: a VerticalScroll that anchors, one widget per
turn, `@on(Input.Submitted)`. The learner's line is in the journal (Session.say)
before anything is drawn, so a crash or Ctrl+Q after Enter loses nothing.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Button, Header, Input, Label, Static
from textual.worker import Worker, WorkerState

from ..safety import reason as safety_reason
from ..safety import shown
from ..session import Session
from ..session.events import CallEnded, CustomerSaid, Event, LearnerSaid, Paused
from ..transcripts.export import intent_name
from ..transcripts.store import TranscriptError
from ..understanding.types import TENTATIVE
from .base import Key, TrainerFooter, TrainerModal, TrainerScreen
from .briefing import TypedAhead
from .i18n import GUIDE_CARDS, MOOD_WORDS, OUTCOMES, ending, label

log = logging.getLogger(__name__)

#: Turns kept laid out at the bottom of the conversation. Older turns stay mounted (and
#: selectable) but hidden until the learner scrolls up: every widget that is displayed is
#: re-arranged by Textual's compositor on each new turn, so an unbounded list makes each
#: reply slower than the one before (about 65 ms after 200 turns; about 20 ms bounded).
WINDOW = 40
#: Turns shown again each time the learner scrolls to the top of what is displayed.
REVEAL = 40


class HintScreen(TrainerModal):
    """The guide card for the situation at hand; Escape or Enter closes it."""

    BINDINGS: ClassVar[list[Any]] = [
        Binding("escape", "dismiss_none", "Close", show=False),
        Binding("enter", "dismiss_none", "Close", show=False),
        Binding("f2", "dismiss_none", "Close", show=False),
    ]

    def __init__(self, lang: str, card: str) -> None:
        super().__init__(lang)
        self.card = card

    def compose(self) -> ComposeResult:
        title, body = GUIDE_CARDS[self.card][self.lang]
        with Vertical(id="dialog", classes="hint"):
            yield Label(f"{self.t('hint')}: {title}", classes="dialog-title", markup=False)
            yield Static(body, id="hint-body", markup=False)
            yield Button(self.t("back"), id="hint-close")

    @on(Button.Pressed, "#hint-close")
    def _close(self) -> None:
        self.dismiss(None)


class ConfirmHangUp(TrainerModal):
    """F4 asks first: hanging up ends the call for good (Enter or F4 again = yes)."""

    BINDINGS: ClassVar[list[Any]] = [
        Binding("escape", "dismiss_none", "Close", show=False),
        Binding("f4", "hang_up", "Hang up", show=False),
        Binding("alt+x", "hang_up", "Hang up", show=False),  # F4's browser alternative
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="confirm"):
            yield Label(self.t("hang_up_title"), classes="dialog-title", markup=False)
            yield Static(self.t("hang_up_question"), id="hang-up-text", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(self.t("hang_up_yes"), id="hang-up-yes", variant="error")
                yield Button(self.t("hang_up_no"), id="hang-up-no")

    def on_mount(self) -> None:
        # The safe answer has the focus: a stray Enter keeps the call going.
        self.query_one("#hang-up-no", Button).focus()

    @on(Button.Pressed, "#hang-up-yes")
    def action_hang_up(self) -> None:
        self.dismiss("hang_up")

    @on(Button.Pressed, "#hang-up-no")
    def _keep(self) -> None:
        self.dismiss(None)


class TurnView(Static):
    """One line of the conversation. Built from Text, so learner markup stays literal."""

    def __init__(
        self,
        speaker: str,
        text: str,
        *,
        kind: str,
        note: str | None = None,
        index: int | None = None,
    ) -> None:
        super().__init__("", classes=f"turn {kind}", markup=False)
        self.speaker = speaker
        self.said = text
        self.note = note
        #: The turn's index in the transcript (the opening reading attaches to it).
        self.index = index
        self.reading: str | None = None
        self._render_body()

    def _render_body(self) -> None:
        # shown(): an ESC or a bidi override in a line is drawn as an escape, never sent.
        body = Text.assemble((shown(self.speaker), "bold"), "\n", Text(shown(self.said)))
        for extra in (self.note, self.reading):
            if extra:  # what was recognised and judged: part of the turn, one widget per turn
                body.append(f"\n↳ {shown(extra)}", style="italic dim")
        self.update(body)

    def show_reading(self, reading: str) -> None:
        """The judge's reading of the opening, on the line that decided it."""
        self.reading = reading
        self._render_body()


class HistoryInput(Input):
    """An input line that remembers what was sent: up/down walk through it."""

    BINDINGS: ClassVar[list[Any]] = [
        Binding("up", "history(-1)", "Earlier", show=False),
        Binding("down", "history(1)", "Later", show=False),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.history: list[str] = []
        self._pos = 0
        self._draft = ""

    def remember(self, text: str) -> None:
        if text and (not self.history or self.history[-1] != text):
            self.history.append(text)
        self._pos = len(self.history)
        self._draft = ""

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._pos == len(self.history):
            self._draft = self.value
        self._pos = max(0, min(len(self.history), self._pos + step))
        self.value = self._draft if self._pos == len(self.history) else self.history[self._pos]
        self.cursor_position = len(self.value)

    def _on_paste(self, event: events.Paste) -> None:
        # A pasted paragraph is one thing said: keep all of it, on one line.
        event.prevent_default()
        event.stop()
        text = " ".join(event.text.split())
        if text:
            self.insert_text_at_cursor(text)


def reply_delay(typing_delay: float, reply: str) -> float:
    """How long the customer 'speaks' before the reply shows: longer for longer lines."""
    if typing_delay <= 0 or not reply:
        return 0.0
    return min(2.5, typing_delay * (0.6 + len(reply) / 90))


class CallScreen(TrainerScreen):
    """The learner types; the customer answers after a short 'speaking' moment."""

    KEYS: ClassVar[list[Key]] = [
        Key("f3", "pause", "pause", priority=True),
        Key("f2", "hint", "hint", priority=True),
        Key("f4", "end_call", "end_call", priority=True),
        Key("f6", "app.switch_language", "language"),
        Key("ctrl+q", "app.quit", "quit", priority=True),
        Key("pageup", "scroll_conversation(-1)", "scroll_up", show=False),
        Key("pagedown", "scroll_conversation(1)", "scroll_down", show=False),
    ]

    class DebriefRequested(Message):
        """The learner goes on to the debrief of this call."""

        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session

    def __init__(
        self,
        session: Session,
        *,
        typing_delay: float,
        typed_ahead: TypedAhead | None = None,
    ) -> None:
        """`typing_delay`: seconds a short reply 'speaks' (0: at once); read on every reply,
        so it is a value of the screen, not a question to the app. `typed_ahead`: what the
        learner typed while the call was being made (said once the call is on screen)."""
        super().__init__()
        self.session = session
        self.typing_delay = typing_delay
        self.typed_ahead = typed_ahead
        self.scenario_language = session.loaded.scenario.language
        self._pending: list[Event] = []
        self._timer: Timer | None = None
        self._frozen = False  # gc.freeze() is in force for this call (see on_mount)
        self.broken = False
        #: Seconds from the last Enter to the customer's reply on screen (benchmark).
        self.last_latency: float | None = None
        self.latencies: list[float] = []
        self._sent_at: float | None = None
        #: The move being understood in the worker thread (None: idle), and those after it.
        self._thinking: str | None = None
        self._waiting: list[str] = []
        self._end_requested = False
        self._debrief_requested = False

    @property
    def exam(self) -> bool:
        return self.session.mode == "exam"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Once the call is over, pausing, hints and hanging up mean nothing: the footer
        # shows them dimmed, and the one way on is the debrief button.
        if action in ("pause", "hint", "end_call") and (self.session.ended or self.broken):
            return None
        # Exam mode: no hints, so the key is not offered at all.
        return not (action == "hint" and self.exam)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="call-status"):
            yield Static("", id="who", markup=False)
            yield Static("", id="mood", markup=False)
        with VerticalScroll(id="conversation"):
            yield Static("", id="earlier", markup=False)
        yield Static("", id="typing", markup=False)
        with Horizontal(id="call-over"):
            yield Static("", id="over-text", markup=False)
            yield Button("", id="to-debrief", variant="primary")
        yield HistoryInput(id="say")
        yield TrainerFooter()

    def on_mount(self) -> None:
        super().on_mount()
        # What exists now (modules, the trained recogniser, the scenario) lives for the
        # whole call: keep it out of the cyclic collector, whose full passes over it
        # otherwise stall a reply by 100 ms or more. Undone when the screen goes, so the
        # rest of the app (and the next call) collects as usual; no collect() first: it
        # costs as much as the stall, and what it would free is freed after the call.
        if not self._frozen:
            gc.freeze()
            self._frozen = True
        view = self.query_one("#conversation", VerticalScroll)
        view.anchor()
        self.watch(view, "scroll_y", self._scrolled, init=False)
        self.query_one("#earlier").display = False
        self.query_one("#call-over").display = False
        self.query_one("#typing").display = False
        self.query_one("#say", HistoryInput).focus()
        s = self.session.loaded.scenario
        self._show_typing(self.t("ringing", name=s.customer.name))
        try:
            opening = self.session.start()
        except Exception as exc:
            log.exception("the call could not start (%s)", self.session.loaded.path)
            self._broke(exc)
            return
        self._queue(opening)
        self._say_typed_ahead()

    def _say_typed_ahead(self) -> None:
        """Lines typed before the call screen was there are said now, in order (after the
        customer picks up: `move` shows the opening first); an unfinished one stays in the
        input to be finished."""
        if self.typed_ahead is None:
            return
        lines, draft = self.typed_ahead.attach(self._typed_late)
        for line in lines:
            self._say_line(line)
        if draft:
            self.query_one("#say", HistoryInput).insert_text_at_cursor(draft)

    def _typed_late(self, key: str, character: str | None) -> None:
        """A key the briefing received after this screen took over: into the input."""
        box = self.query_one("#say", HistoryInput)
        if key == "enter":
            # An empty Enter is a silence, as in the input (the briefing's TypedAhead has
            # already dropped a second press of start).
            line = box.value
            box.clear()
            self._say_line(line)
        elif key == "backspace":
            box.action_delete_left()
        elif character:
            box.insert_text_at_cursor(character)

    def on_key(self, event: events.Key) -> None:
        # Typing reaches the screen, not the input, only while nothing has focus (the
        # moment the screen takes over) or a button has it: it is still the learner's line.
        box = self.query_one("#say", HistoryInput)
        if event.character and event.character.isprintable() and not box.disabled:
            box.focus()
            box.insert_text_at_cursor(event.character)
            event.stop()
            event.prevent_default()

    def _say_line(self, line: str) -> None:
        box = self.query_one("#say", HistoryInput)
        box.remember(line)
        self.move(line)

    def on_unmount(self) -> None:
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def relabel(self) -> None:
        s = self.session.loaded.scenario
        mode = self.t("exam" if self.exam else "practice")
        self.sub_title = f"{self.t('call')} — {mode}"
        self.title = s.title
        self.query_one("#who", Static).update(
            Text.assemble(
                (self.t("customer") + ": ", "bold"),
                f"{s.customer.name}, {s.customer.company}",
            )
        )
        self.query_one("#say", Input).placeholder = self.t("input_placeholder")
        self.query_one("#to-debrief", Button).label = self.t("to_debrief")
        self.query_one("#over-text", Static).update(self.t("call_over"))
        self._show_mood()
        self._show_earlier()

    # --- the learner's moves ------------------------------------------------------------
    @on(Input.Submitted, "#say")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.session.ended or self.broken:
            self.action_debrief()
            return
        self.query_one("#say", HistoryInput).clear()
        self._say_line(event.value)

    def action_pause(self) -> None:
        if self.session.ended or self.broken:
            return
        self.move("")

    def move(self, text: str) -> None:
        """One learner move ('' = silence): journalled by the session, then drawn.

        Recognition runs in a thread, so a slow line (a pattern that backtracks, a big
        model) never freezes the screen; moves made meanwhile wait their turn, in order.
        """
        if self._thinking is not None:
            self._waiting.append(text)
            return
        self._flush()  # the customer's previous reply comes first, whatever the timing
        self._sent_at = time.perf_counter()
        self._thinking = text
        self._understand(text)

    @work(thread=True, group="say", exit_on_error=False)
    def _understand(self, text: str) -> list[Event]:
        return self.session.say(text)

    @on(Worker.StateChanged)
    def _understood(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "say" or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
        ):
            return
        said, self._thinking = self._thinking, None
        if event.state == WorkerState.ERROR:
            self._waiting.clear()
            log.error("a learner line failed", exc_info=event.worker.error)
            self._broke(event.worker.error or RuntimeError("?"), said=said)  # type: ignore[arg-type]
            return
        self._queue(event.worker.result or [])
        if self._waiting and not (self.session.ended or self.broken):
            self.move(self._waiting.pop(0))
        elif self._end_requested:
            self._end_requested = False
            self.hang_up()

    def action_end_call(self) -> None:
        if self.session.ended or self.broken:
            self.action_debrief()
            return
        self.app.push_screen(ConfirmHangUp(self.lang), self._confirmed_hang_up)

    def _confirmed_hang_up(self, answer: str | None) -> None:
        if answer == "hang_up":
            self.hang_up()
        else:
            self.query_one("#say", HistoryInput).focus()

    def hang_up(self) -> None:
        """End the call now (after the learner confirmed)."""
        if self.session.ended or self.broken:
            return
        if self._thinking is not None:  # hang up once the line being understood is done
            self._end_requested = True
            return
        self._flush()
        try:
            evs = self.session.hang_up()
        except Exception as exc:
            log.exception("hanging up failed (%s)", self.session.loaded.path)
            self._broke(exc)
            return
        self._draw(evs)

    def action_hint(self) -> None:
        if self.exam:
            self.notify(self.t("hint_off_exam"))
            return
        self.app.push_screen(HintScreen(self.lang, self.session.hint()))

    @on(Button.Pressed, "#to-debrief")
    def action_debrief(self) -> None:
        self._flush()
        # Once: the app switches screens when it handles the message, and a second press
        # (key and button) may reach this screen before that.
        if not self._debrief_requested:
            self._debrief_requested = True
            self.post_message(self.DebriefRequested(self.session))

    # --- drawing events -----------------------------------------------------------------
    def _queue(self, evs: list[Event]) -> None:
        """Learner turns now; the customer's after the 'speaking' pause (0 in tests)."""
        now = [e for e in evs if isinstance(e, LearnerSaid | Paused)]
        later = [e for e in evs if not isinstance(e, LearnerSaid | Paused)]
        reply = " ".join(e.text for e in later if isinstance(e, CustomerSaid))
        delay = reply_delay(self.typing_delay, reply)
        if delay <= 0:  # one mount, one layout pass for the whole exchange
            self._pending = now + later
            self._flush()
            return
        self._draw(now)
        self._pending.extend(later)
        if not self._pending:
            self._hide_typing()
        elif delay <= 0:
            self._flush()
        else:
            name = self.session.loaded.scenario.customer.name
            if not self.query_one("#typing").display:
                self._show_typing(self.t("typing", name=name))
            self._timer = self.set_timer(delay, self._flush)

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        pending, self._pending = self._pending, []
        self._hide_typing()
        self._draw(pending)
        if self._sent_at is not None and any(isinstance(e, CustomerSaid) for e in pending):
            # Measured once the reply has been laid out and painted, as the learner sees it.
            self.call_after_refresh(self._replied, self._sent_at)
            self._sent_at = None

    def _replied(self, sent_at: float) -> None:
        self.last_latency = time.perf_counter() - sent_at
        self.latencies.append(self.last_latency)

    def _draw(self, evs: Sequence[Event]) -> None:
        if not evs:
            return
        s = self.session.loaded.scenario
        view = self.query_one("#conversation", VerticalScroll)
        widgets: list[Static] = []
        for event in evs:
            if isinstance(event, LearnerSaid):
                note = None if self.exam else self._feedback(event)
                widgets.append(
                    TurnView(
                        s.caller.name,
                        event.text,
                        kind="learner",
                        note=note,
                        index=self._learner_index(event.turn),
                    )
                )
            elif isinstance(event, Paused):
                widgets.append(
                    TurnView(
                        s.caller.name,
                        self.t("pause_turn"),
                        kind="pause",
                        index=self._learner_index(event.turn),
                    )
                )
            elif isinstance(event, CustomerSaid):
                widgets.append(TurnView(s.customer.name, event.text, kind="customer"))
            elif isinstance(event, CallEnded):
                what = label(OUTCOMES, ending(event.outcome, event.reason), self.lang)
                widgets.append(Static(self.t("call_ended", what=what), classes="turn system"))
        view.mount_all(widgets)
        self._show_reading()
        self._trim()
        self._show_mood()
        if self.session.ended:
            self._call_over()

    def _learner_index(self, number: int) -> int | None:
        """The transcript index of the learner's `number`-th move (1-based)."""
        learner = [t.index for t in self.session.turns if t.speaker == "learner"]
        return learner[number - 1] if 0 < number <= len(learner) else None

    def _show_reading(self) -> None:
        """Once the judge's reading of the opening is final, show it on its line: the
        debrief scores the opening the same way, in the same words."""
        if self.exam:
            return
        reading = self.session.opening_reading()
        if reading is None:
            return
        for widget in self.query(TurnView):
            if widget.index == reading.turn and widget.reading is None:
                widget.show_reading(self.opening_text(reading))

    def opening_text(self, reading: Any) -> str:
        mark = "✓" if reading.passed else "✗"
        return self.t("opening_reading", mark=mark, reason=reading.reason)

    # --- a long conversation --------------------------------------------------------------
    def _turn_widgets(self) -> list[Static]:
        view = self.query_one("#conversation", VerticalScroll)
        return [w for w in view.children if w.has_class("turn")]  # type: ignore[misc]

    def _trim(self) -> None:
        """Keep the last WINDOW turns laid out while the learner reads at the bottom."""
        view = self.query_one("#conversation", VerticalScroll)
        # Reading further up (the anchor is released by any scroll the learner makes):
        # leave what they see alone. A private flag, stable in Textual 8.
        if getattr(view, "_anchor_released", False):
            return
        shown = [w for w in self._turn_widgets() if w.display]
        for widget in shown[: max(0, len(shown) - WINDOW)]:
            widget.display = False
        self._show_earlier()

    def _show_earlier(self) -> None:
        hidden = sum(1 for w in self._turn_widgets() if not w.display)
        earlier = self.query_one("#earlier", Static)
        earlier.update(self.t("earlier_turns", n=hidden) if hidden else "")
        earlier.display = bool(hidden)

    def _scrolled(self, scroll_y: float) -> None:
        if scroll_y <= 0:
            self._reveal()

    def _reveal(self) -> None:
        """Show REVEAL more earlier turns, keeping the turn the learner reads in place."""
        hidden = [w for w in self._turn_widgets() if not w.display]
        if not hidden:
            return
        view = self.query_one("#conversation", VerticalScroll)
        first_shown = next((w for w in self._turn_widgets() if w.display), None)
        for widget in hidden[-REVEAL:]:
            widget.display = True
        self._show_earlier()
        if first_shown is not None:
            self.call_after_refresh(
                lambda: view.scroll_to(y=first_shown.virtual_region.y - 1, animate=False)
            )

    def action_scroll_conversation(self, direction: int) -> None:
        view = self.query_one("#conversation", VerticalScroll)
        if direction < 0:
            if view.scroll_y <= 0:
                self._reveal()
            else:
                view.scroll_page_up(animate=False)
        else:
            view.scroll_page_down(animate=False)

    def _feedback(self, event: LearnerSaid) -> str:
        # A tentative reading (an unusual line given its best reading rather than none) is
        # marked: the learner sees the judge was unsure, and that it will not count against.
        labels = self.session.intent_labels

        def name(intent: str) -> str:
            # One rule with the review and the export (the trainer's label, else the
            # catalogue's name, else the id).
            return intent_name(intent, self.lang, labels)

        names = [
            self.t("recognised_tentative", what=name(h.intent))
            if h.confidence < TENTATIVE
            else name(h.intent)
            for h in event.recognition.intents
            # answered as a call to pay, the line asked for no part of it: "could you do the
            # £640 asap?" showed "call to pay, no day named, asks for a down payment"
            if not (event.demand and h.intent == "request_down_payment")
        ]
        if event.accepted:
            names.insert(0, self.t("recognised_yes"))
        if event.listening:
            names.insert(0, self.t("recognised_listening"))
        if event.demand:
            names.insert(0, self.t("recognised_demand"))
        if event.small_talk:
            names.insert(0, self.t("recognised_small_talk"))
        if event.asks_again:
            names.insert(0, self.t("recognised_asks_again"))
        if event.call_back:
            names.insert(0, self.t("recognised_call_back"))
        return self.t("recognised", what=", ".join(names)) if names else self.t("recognised_none")

    def _show_mood(self) -> None:
        widget = self.query_one("#mood", Static)
        mood = self.session.variables.get("mood")
        if self.exam:
            widget.update(self.t("mood_hidden") if isinstance(mood, int | float) else "")
            return
        if not isinstance(mood, int | float) or isinstance(mood, bool):
            widget.update("")
            return
        level = max(0, min(5, round(mood)))
        words = MOOD_WORDS[self.lang]
        # Dots, a number and a word: the mood never relies on colour alone.
        widget.update(f"{self.t('mood')}: {'●' * level}{'○' * (5 - level)} {mood}/5 {words[level]}")

    def _show_typing(self, text: str) -> None:
        widget = self.query_one("#typing", Static)
        widget.update(text)
        widget.display = True

    def _hide_typing(self) -> None:
        self.query_one("#typing").display = False

    def _call_over(self) -> None:
        self.refresh_bindings()
        self.query_one("#call-over").display = True
        self.query_one("#say").display = False
        self.query_one("#to-debrief", Button).focus()

    def _broke(self, exc: Exception, said: str | None = None) -> None:
        """The scenario failed mid-call: say so in the conversation, keep what was said."""
        self.broken = True
        self._pending = []
        self._hide_typing()
        s = self.session.loaded.scenario
        widgets: list[Static] = []
        if said is not None:
            kind = "learner" if said.strip() else "pause"
            widgets.append(TurnView(s.caller.name, said or self.t("pause_turn"), kind=kind))
        if isinstance(exc, OSError | TranscriptError):  # the journal cannot be written
            message = self.t("call_not_saved", error=safety_reason(exc))
        else:
            message = self.t("scenario_broke", error=f"{type(exc).__name__}: {exc}")
        widgets.append(Static(message, classes="turn system error", markup=False))
        self.query_one("#conversation", VerticalScroll).mount_all(widgets)
        self.notify(message, severity="error", timeout=10)
        self._call_over()
