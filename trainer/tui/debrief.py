"""After the call: the score and why, line by line; the written confirmation; retry."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, ClassVar

from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalGroup, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Header, Static, TextArea

from ..safety import reason as safety_reason
from ..safety import shown
from ..scenario import LoadedScenario
from ..session import CallScore, Session
from ..transcripts.export import turn_number
from ..transcripts.schema import CheckVerdict, FeedbackCheck
from ..transcripts.store import TranscriptError
from .base import Key, TrainerFooter, TrainerScreen
from .i18n import CHECKS, OUTCOMES, STRATEGIES, TIERS, ending, label

log = logging.getLogger(__name__)

#: Checks judged on the confirmation letter (GUIDE §4); shown again after checking it.
LETTER_CHECKS = {"confirm_in_writing", "instalment_terms", "countersign"}


def check_head(check: CheckVerdict, lang: str, t: Any) -> Text:
    """A check's first line: met or not (in words), its name, the turn."""
    out = Text()
    head = "check_pass" if check.passed else "check_note" if check.is_note else "check_fail"
    out.append(t(head), style="bold")
    out.append(f"  {label(CHECKS, check.id, lang)}")
    if check.turn is not None:
        out.append(f"  ({t('at_turn', n=turn_number(check.turn))})", style="italic")
    return out


def check_lines(check: CheckVerdict, t: Any) -> list[Text]:
    """The reason and the learner's words; the advice and a better wording if not met."""
    lines: list[Text] = []
    if check.reason:
        lines.append(Text(check.reason))
    for key, value in (
        ("evidence", check.evidence),
        ("advice", check.advice),
        ("better", check.better),
    ):
        # Advice and a better wording only where the check was missed: a passed check
        # says what earned it and the learner's words, nothing to correct.
        if not value or (check.passed and key in ("advice", "better")):
            continue
        line = Text()
        line.append(f"{t(key)}: ", style="bold")
        line.append(value)  # the scorer quotes the learner's words itself
        lines.append(line)
    return lines


class CheckView(VerticalGroup):
    """One check: its head line, then each detail on its own, indented as a block.

    Each detail is a widget with left padding, so a line that wraps continues under its
    indent (a single Text with leading spaces wraps back to the margin).
    """

    def __init__(self, check: CheckVerdict, lang: str, t: Any) -> None:
        super().__init__(classes="check")
        self.head = check_head(check, lang, t)
        self.lines = check_lines(check, t)

    def compose(self) -> ComposeResult:
        yield Static(self.head, classes="check-head", markup=False)
        for line in self.lines:
            yield Static(line, classes="check-line", markup=False)


def conversation_table(rows: list[tuple[str, Text, list[tuple[bool, Text]]]]) -> Table:
    """The call as a grid: turn numbers in their own column, feedback indented below.

    Rich lays out each cell on its own, so wrapped lines stay under their column.
    """
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(justify="right", no_wrap=True, width=3)
    grid.add_column(ratio=1)
    for number, said, notes in rows:
        grid.add_row(Text(number, style="bold"), said)
        for passed, note in notes:
            line = Table.grid(padding=(0, 1), expand=True)
            line.add_column(no_wrap=True, width=1)
            line.add_column(ratio=1)
            line.add_row(Text("✓" if passed else "✗", style="italic"), note)
            grid.add_row("", Padding(line, (0, 0, 0, 2)))
    return grid


class DebriefScreen(TrainerScreen):
    """Everything the learner needs to do better next time, and the letter step."""

    KEYS: ClassVar[list[Key]] = [
        Key("f5", "retry", "retry", priority=True),
        Key("f7", "check_letter", "key_letter", priority=True),
        Key("escape", "library", "key_library"),
        Key("f6", "app.switch_language", "language"),
        Key("ctrl+q", "app.quit", "quit", priority=True),
    ]

    class Shown(Message):
        """The call is over and scored: it is no longer the app's running call."""

        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session

    class Retry(Message):
        """The learner wants the scenario again, from its briefing."""

        def __init__(self, loaded: LoadedScenario) -> None:
            super().__init__()
            self.loaded = loaded

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.scenario_language = session.loaded.scenario.language
        self.error: str | None = None
        #: The scored result shown (typed); `result` is the same as the play --json object.
        self.score: CallScore | None = None
        self.result: dict[str, Any] = self._finish(None)
        self.letter_checked = False
        self._retrying = False

    def _finish(self, letter: str | None) -> dict[str, Any]:
        try:
            result = self.session.finish(letter=letter)
        except (OSError, TranscriptError) as exc:  # a full or read-only folder
            reason = safety_reason(exc)
            self.error = self.t("save_failed", error=reason)
            return self.session.result or {}
        except Exception as exc:  # show the call anyway; the journal holds every turn
            log.exception("scoring the call failed (%s)", self.session.loaded.path)
            self.error = self.t("scoring_failed", error=f"{type(exc).__name__}: {exc}")
            return self.session.result or {}
        self.score = self.session.score
        return result

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="debrief"):
            yield Static("", id="summary", classes="section", markup=False)
            yield VerticalGroup(id="opening")
            yield Static("", id="checks-title", classes="section", markup=False)
            yield VerticalGroup(id="checks")
            yield Static("", id="conversation-title", classes="section", markup=False)
            yield Static("", id="transcript", markup=False)
            yield Static("", id="letter-title", classes="section", markup=False)
            yield Static("", id="letter-help", markup=False)
            yield TextArea(self.session.letter_draft(), id="letter", soft_wrap=True)
            yield Button("", id="check-letter")
            yield VerticalGroup(id="letter-result")
            with Horizontal(id="debrief-buttons"):
                yield Button("", id="retry", variant="primary")
                yield Button("", id="library")
        yield TrainerFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.post_message(self.Shown(self.session))
        if self.error:
            self.notify(self.error, severity="error")
        self.query_one("#debrief").focus()

    @property
    def agreement(self) -> bool:
        return self.session.agreement

    def relabel(self) -> None:
        r = self.result
        lang = self.lang
        self.sub_title = self.t("debrief")
        self.title = self.session.loaded.scenario.title
        summary = Text()
        if self.error:
            summary.append(shown(self.error) + "\n", style="bold")
        score = self.score
        checks = score.checks if score else []
        if score and checks:
            verdict = self.t("passed") if score.passed else self.t("not_passed")
            summary.append(self.t("score_line", score=score.score, verdict=verdict))
            tier = score.tier
            summary.append("   " + self.t("tier", tier=label(TIERS, tier, lang)) if tier else "")
            summary.append("" if tier else "   " + self.t("tier", tier=self.t("tier_none")))
            summary.append("\n")
            if score.capped_from is not None:
                # A capped 69 read as "one point short" (seventy-first and seventy-fifth
                # audits): say what the checks gave and why it is not the score.
                summary.append(self.t("capped_line", score=score.capped_from) + "\n")
            if score.tier_cap is not None and score.rubric.tier(score.score) != tier:
                # Why the tier is lower than the score alone would give (scoring TIER_CAPS);
                # a cap that holds nothing down (70, bronze anyway) is no news to the learner.
                summary.append(shown(score.tier_cap.reason) + "\n")
        outcome = ending(self.session.outcome, self.session.end_reason)
        summary.append(self.t("outcome", outcome=label(OUTCOMES, outcome, lang)) + "\n")
        path = r.get("transcript")
        if path and not getattr(self.trainer, "remember", True):
            # A browser session: the server's folders are none of the learner's business.
            path = Path(str(path)).name
        summary.append(self.t("transcript_at", path=path) if path else self.t("no_transcript"))
        self.query_one("#summary", Static).update(summary)

        opening = score.opening if score else None
        strategy = opening.strategy if opening else None
        head = Text()
        head.append(self.t("opening") + "\n", style="bold")
        head.append(
            self.t(
                "strategy_line",
                strategy=label(STRATEGIES, strategy, lang),
                score=(opening.score if opening else None) or 0,
            )
        )
        opening_checks = opening.checks if opening else []
        self._fill(
            "#opening",
            [Static(head, markup=False), *(CheckView(c, lang, self.t) for c in opening_checks)],
        )
        self.query_one("#opening").display = bool(opening_checks)

        self.query_one("#checks-title", Static).update(self.t("checks"))
        # Each check once: those of the opening stand in their own section above.
        shown_above = {c.id for c in opening_checks}
        rest = [c for c in checks if c.id not in shown_above]
        if rest:
            self._fill("#checks", [CheckView(c, lang, self.t) for c in rest])
        else:
            self._fill("#checks", [Static(self.t("no_checks"), markup=False)])

        self.query_one("#conversation-title", Static).update(self.t("conversation"))
        self.query_one("#transcript", Static).update(self._conversation())

        self.query_one("#letter-title", Static).update(self.t("letter"))
        help_key = "letter_help" if self.agreement else "letter_no_agreement"
        self.query_one("#letter-help", Static).update(self.t(help_key))
        self.query_one("#check-letter", Button).label = self.t("check_letter")
        self.query_one("#retry", Button).label = self.t("retry")
        self.query_one("#library", Button).label = self.t("to_library")
        self._letter_result()

    def _fill(self, selector: str, widgets: list[Any]) -> None:
        """Replace what a section shows (relabel runs again on a language switch)."""
        box = self.query_one(selector)
        box.remove_children()
        if widgets:
            box.mount_all(widgets)

    def _conversation(self) -> Table:
        s = self.session.loaded.scenario
        feedback: dict[int, list[FeedbackCheck]] = {}
        for item in self.score.feedback if self.score else []:
            feedback.setdefault(item.turn, []).extend(item.checks)
        rows: list[tuple[str, Text, list[tuple[bool, Text]]]] = []
        for turn in self.session.turns:
            learner = turn.speaker == "learner"
            said = Text()
            said.append(f"{s.caller.name if learner else s.customer.name}: ", style="bold")
            if learner and turn.move == "pause":
                said.append(self.t("pause_turn"), style="italic")
            else:
                said.append(shown(turn.text))  # plain text: learner markup stays literal
            notes: list[tuple[bool, Text]] = []
            for check in feedback.get(turn.index, []):
                note = Text(label(CHECKS, check.id, self.lang), style="italic")
                if check.reason:
                    note.append(f" — {shown(check.reason)}", style="italic")
                notes.append((bool(check.passed), note))
            rows.append((str(turn_number(turn.index)), said, notes))
        return conversation_table(rows)

    def _letter_result(self) -> None:
        if not self.letter_checked:
            self._fill("#letter-result", [])
            return
        checks = self.score.checks if self.score else []
        found = [c for c in checks if c.id in LETTER_CHECKS]
        if not self.agreement:
            # Without an agreement the letter does not count, but it is still worth practising.
            found = self.session.letter_checks(self.query_one("#letter", TextArea).text)
        if not found:
            self._fill("#letter-result", [Static(self.t("letter_no_checks"), markup=False)])
            return
        title = Static(Text(self.t("letter_results"), style="bold"), markup=False)
        views = [CheckView(c, self.lang, self.t) for c in found]
        self._fill("#letter-result", [title, *views])

    # --- actions ------------------------------------------------------------------------
    @on(Button.Pressed, "#check-letter")
    def action_check_letter(self) -> None:
        text = self.query_one("#letter", TextArea).text
        self.error = None
        self.result = self._finish(text)
        self.letter_checked = True
        self.relabel()
        self.notify(self.t("letter_checked"))
        self.query_one("#letter-result").scroll_visible()

    @on(Button.Pressed, "#retry")
    def action_retry(self) -> None:
        if not self._retrying:  # once, though F5 and the button may both arrive first
            self._retrying = True
            self.post_message(self.Retry(self.session.loaded))

    @on(Button.Pressed, "#library")
    def action_library(self) -> None:
        self.app.pop_screen()
