"""Before the call: the situation, the people, the invoice, and the first decision."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Header, Static
from textual.worker import Worker, WorkerState

from ..safety import reason as safety_reason
from ..scenario import LoadedScenario, ScenarioError
from ..transcripts.store import TranscriptError
from .base import Key, TrainerFooter, TrainerScreen
from .i18n import CUSTOMER_TYPES, PERSONAS, format_date, format_money, label

if TYPE_CHECKING:
    from ..session import Session

#: Makes the call's Session from the scenario and the channel chosen ("call"/"written").
SessionFactory = Callable[[LoadedScenario, str], "Session"]


@dataclass
class TypedAhead:
    """What the learner types before the call screen takes over.

    Making the session can take seconds on a cold start (the recogniser may still be
    training); a learner who starts speaking at once must not lose a word of it. Keys are
    kept here until the call screen attaches (`attach`), which says the finished lines
    and puts the unfinished one in its input; keys the briefing still receives after that
    (already queued to it when the screens were switched) go straight to the call screen.
    A line is a silence ("") where an empty Enter followed typing, as in the call's input.
    """

    lines: list[str] = field(default_factory=list)
    draft: str = ""
    receiver: Callable[[str, str | None], None] | None = None
    #: Whether the learner has typed anything: before that, an empty Enter is the start
    #: button pressed a second time, not a silence.
    typed: bool = False

    @property
    def empty(self) -> bool:
        """Nothing kept (nothing typed, or all of it handed to the call screen)."""
        return not self.lines and not self.draft

    def take(self, key: str, character: str | None) -> bool:
        """Keep one key press; False when it is not typing (left to the screen)."""
        if key not in ("enter", "backspace") and not (character and character.isprintable()):
            return False
        if key == "enter" and not self.typed:
            return True  # a second press of start: nothing was said yet
        self.typed = True
        if self.receiver is not None:
            self.receiver(key, character)
        elif key == "enter":
            self.lines.append(self.draft if self.draft.strip() else "")
            self.draft = ""
        elif key == "backspace":
            self.draft = self.draft[:-1]
        else:
            self.draft += character or ""
        return True

    def paste(self, text: str) -> None:
        # As in the call's input: a pasted paragraph is one thing said, on one line.
        for character in " ".join(text.split()):
            self.take(character, character)

    def attach(self, receiver: Callable[[str, str | None], None]) -> tuple[list[str], str]:
        """The call screen is there: hand over what was kept; later keys go to `receiver`."""
        kept = (list(self.lines), self.draft)
        self.lines.clear()
        self.draft = ""
        self.receiver = receiver
        return kept


def reflow(text: str) -> str:
    """Paragraphs as flowing text: a scenario's YAML block keeps its author's line breaks,
    which would leave ragged half-lines at any other width. List lines stay lines."""
    paragraphs = []
    for block in text.strip().split("\n\n"):
        lines: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if lines and line and not line.startswith(("-", "•", "*")):
                lines[-1] += " " + line
            elif line:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


class BriefingScreen(TrainerScreen):
    """`trainer play SCENARIO` opens here; the call starts from here."""

    KEYS: ClassVar[list[Key]] = [
        Key("1", "channel('call')", "key_call", key_display="1"),
        Key("2", "channel('written')", "key_written", key_display="2"),
        Key("s", "start", "key_start"),
        Key("escape", "back", "back"),
        Key("f6", "app.switch_language", "language"),
        Key("ctrl+q", "app.quit", "quit", priority=True),
    ]

    class CallReady(Message):
        """The call's Session is made: the app puts the call on screen."""

        def __init__(self, session: Session, typed_ahead: TypedAhead) -> None:
            super().__init__()
            self.session = session
            self.typed_ahead = typed_ahead

    def __init__(self, loaded: LoadedScenario, new_session: SessionFactory) -> None:
        """`new_session` runs in a worker thread (the recogniser may still be training),
        so it is handed in rather than asked of the app by a message."""
        super().__init__()
        self.loaded = loaded
        self.new_session = new_session
        self.scenario_language = loaded.scenario.language
        self.channel: str | None = None
        self.starting = False
        self.typed_ahead = TypedAhead()

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="briefing"):
            yield Static("", id="brief-title", classes="title", markup=False)
            yield Static("", id="brief-text", markup=False)
            yield Static("", id="brief-people", markup=False)
            yield Static("", id="channel-question", classes="section", markup=False)
            with Horizontal(id="channel-buttons"):
                yield Button("", id="call")
                yield Button("", id="written")
            yield Static("", id="channel-feedback", markup=False)
            yield Static("", id="typed-ahead", markup=False)
            with Horizontal(id="start-row"):
                yield Button("", id="start", variant="primary", disabled=True)
                yield Button("", id="back")
        yield TrainerFooter()

    def on_mount(self) -> None:
        super().on_mount()
        # Not scrolled to the buttons: the learner starts reading at the title.
        self.query_one("#call", Button).focus(scroll_visible=False)
        self.query_one("#typed-ahead").display = False
        self.warm_up()

    @work(thread=True, exclusive=True, group="warm-up")
    def warm_up(self) -> None:
        """Train the recogniser while the learner reads, so the call starts at once."""
        from ..session import default_recogniser

        if self.trainer.make_recogniser is not None:
            return  # the app was given its recogniser: nothing to train
        # A failure here is reported properly when the call itself starts.
        with contextlib.suppress(Exception):
            default_recogniser(self.loaded.scenario.language, self.loaded)

    def relabel(self) -> None:
        s = self.loaded.scenario
        lang = self.lang
        mode = self.t("exam" if self.trainer.exam else "practice")
        self.title = self.t("app_title")
        self.sub_title = f"{self.t('briefing')} — {mode}"
        self.query_one("#brief-title", Static).update(s.title)
        self.query_one("#brief-text", Static).update(
            Text.assemble((self.t("situation") + "\n", "bold"), reflow(s.briefing))
        )
        inv = s.invoice
        service = f" ({inv.service})" if inv.service else ""
        due = self.t("due_on", date=format_date(inv.due, lang)) if inv.due else ""
        if s.surprise:
            persona = self.t("persona_hidden")
        else:
            names = ", ".join(label(PERSONAS, p, lang) for p in s.customer.personas)
            persona = self.t("persona_line", persona=names)
        caller = s.caller.name + (f", {s.caller.role}" if s.caller.role else "")
        people = Text.assemble(
            (self.t("you") + ": ", "bold"),
            f"{caller} — {s.caller.company}\n",
            (self.t("customer") + ": ", "bold"),
            f"{s.customer.name} — {s.customer.company}\n    ",
            self.t("type_line", type=label(CUSTOMER_TYPES, s.customer.type, lang)),
            f"\n    {persona}\n",
            (self.t("invoice") + ": ", "bold"),
            self.t(
                "invoice_line",
                number=inv.number,
                # The amount as the invoice and the briefing write it (scenario locale),
                # whatever the interface language; the date is a word of the sentence.
                amount=format_money(inv.amount, inv.currency, s.language),
                service=service,
                due=due,
            ),
        )
        self.query_one("#brief-people", Static).update(people)
        self.query_one("#channel-question", Static).update(self.t("channel_question"))
        self._label_channels()
        self.query_one("#start", Button).label = self.t("start_call")
        self.query_one("#back", Button).label = self.t("back")
        self._show_feedback()
        self._show_typed_ahead()

    # --- the channel decision ------------------------------------------------------------
    @on(Button.Pressed, "#call")
    def _call(self) -> None:
        self.action_channel("call")

    @on(Button.Pressed, "#written")
    def _written(self) -> None:
        self.action_channel("written")

    def action_channel(self, choice: str) -> None:
        self.channel = choice
        self._label_channels()
        start = self.query_one("#start", Button)
        start.disabled = False
        self._show_feedback()
        start.focus(scroll_visible=False)
        # Once the feedback is laid out: show it and the button that goes on.
        self.call_after_refresh(self.query_one("#start-row").scroll_visible, animate=False)

    def _label_channels(self) -> None:
        for name in ("call", "written"):
            button = self.query_one(f"#{name}", Button)
            button.variant = "primary" if name == self.channel else "default"
            # The choice is also a mark, not only the button's colour; both labels always
            # carry one, so a button keeps its width when chosen.
            mark = "●" if name == self.channel else "○"
            number = "1" if name == "call" else "2"
            button.label = f"{mark} {number} {self.t('channel_' + name)}"

    def _show_feedback(self) -> None:
        widget = self.query_one("#channel-feedback", Static)
        if self.channel is None:
            widget.update("")
            return
        # The session layer answers (loaded only now: the library starts without scoring).
        from ..session.views import channel_feedback, written_first

        parts: list[str] = []
        if self.trainer.exam:
            parts.append(self.t("channel_noted"))
        else:
            check = channel_feedback(self.loaded.scenario, self.channel)
            if check is None:
                parts.append(self.t("channel_noted"))
            else:
                reason = check.advice or check.evidence or check.reason or ""
                key = "channel_right" if check.passed else "channel_wrong"
                parts.append(self.t(key, reason=reason).rstrip(": "))
                if not check.passed and check.better:
                    parts.append(f"{self.t('better')}: {check.better}")
        # Either way the learner goes on to the call: say honestly which call it is.
        if written_first(self.loaded.scenario):
            parts.append(self.t("channel_followup"))
        elif self.channel == "written" and not self.trainer.exam:
            parts.append(self.t("channel_call_anyway"))
        else:
            parts.append(self.t("channel_then_call"))
        widget.update("\n\n".join(parts))

    # --- starting the call ------------------------------------------------------------------
    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        if self.channel is None:
            self.notify(self.t("choose_channel_first"))
            return
        if self.starting:
            return
        self.starting = True
        self.query_one("#start", Button).disabled = True
        self.query_one("#channel-feedback", Static).update(self.t("preparing"))
        self.open_session()

    @work(thread=True, exclusive=True, group="session", exit_on_error=False)
    def open_session(self) -> Any:
        return self.new_session(self.loaded, self.channel or "call")

    def on_key(self, event: events.Key) -> None:
        if self._is_typing(event) and self.typed_ahead.take(event.key, event.character):
            event.stop()
            event.prevent_default()
            self._show_typed_ahead()

    def _is_typing(self, event: events.Key) -> bool:
        """Whether a key is the learner's first line rather than one of the briefing's.

        While the call is being made, every typed key is (measured in a terminal: on a
        cold start the keys arrive in time; they were lost to the briefing's keys). Before
        start, a learner who believes the call is on (e.g. pressed 's' before choosing how
        to go about it) types too: a letter that is no key here begins a line, and while
        one is kept '1', '2', 's' are letters and Enter ends the line — it must not press
        the focused button, making the scored choice the learner never made. Only at the
        start of a line do the briefing's own keys work (what the footer offers).
        """
        if self.starting:
            return True
        if self.typed_ahead.draft:
            return True
        if event.key in {key.key for key in self.KEYS}:
            return False
        if event.key == "enter":
            return not self.typed_ahead.empty  # after a kept line: a silence
        return bool(event.character and event.character.strip())

    def on_paste(self, event: events.Paste) -> None:
        # There is no input on the briefing: pasted text can only be the learner's line.
        self.typed_ahead.paste(event.text)
        event.stop()
        self._show_typed_ahead()

    def _show_typed_ahead(self) -> None:
        """What the learner typed before the call is on screen, so they see it is kept."""
        ahead = self.typed_ahead
        if ahead.receiver is not None:
            return  # the call screen has them (this screen is on its way out)
        widget = self.query_one("#typed-ahead", Static)
        if ahead.empty:
            widget.display = False
            return
        shown = [line or self.t("pause_turn") for line in ahead.lines]
        if ahead.draft:
            shown.append(ahead.draft + "▏")
        # Text, not markup: the learner's words are data.
        widget.update(Text("\n".join([self.t("typed_ahead"), *(f"› {s}" for s in shown)])))
        widget.display = True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "session":
            return
        if event.state == WorkerState.SUCCESS and event.worker.result is not None:
            self.post_message(self.CallReady(event.worker.result, self.typed_ahead))
        elif event.state == WorkerState.ERROR:
            self.starting = False
            self.query_one("#start", Button).disabled = False
            self._show_feedback()
            error = event.worker.error
            if isinstance(error, OSError | TranscriptError | ScenarioError):
                # A read-only or full transcripts folder: one sentence naming it, app stays.
                reason = safety_reason(error)
                self.notify(self.t("call_cannot_start", error=reason), severity="error")
            else:
                self.notify(self.t("error_unexpected", error=error), severity="error")

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.app.pop_screen()
