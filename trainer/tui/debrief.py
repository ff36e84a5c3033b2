"""After the call: the score and why, line by line; the written confirmation; retry."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Static, TextArea

from ..scenario.model import AGREEMENTS
from ..session import Session
from .base import Key, TrainerScreen
from .i18n import CHECKS, OUTCOMES, STRATEGIES, TIERS, label

#: Checks judged on the confirmation letter (GUIDE §4); shown again after checking it.
LETTER_CHECKS = {"confirm_in_writing", "instalment_terms", "countersign"}


def draft_for(session: Session) -> str:
    """The scorer's draft of the confirmation, or empty while scoring lacks it."""
    from .. import scoring

    draft = getattr(scoring, "draft_letter", None)
    if draft is None:
        return ""
    try:
        return str(draft(session.call) or "")
    except Exception:  # an empty page is better than no letter step
        return ""


def letter_checks(session: Session, text: str) -> list[dict[str, Any]]:
    """The scorer's checks of a letter on their own (used when it does not count)."""
    from .. import scoring

    check = getattr(scoring, "check_letter", None)
    if check is None:
        return []
    try:
        return list(check(session.call, text) or [])
    except Exception:
        return []


def check_text(check: dict[str, Any], lang: str, t: Any) -> Text:
    """One check as a coach says it: met or not (in words), the learner's words, advice."""
    passed = bool(check.get("passed"))
    out = Text()
    out.append(t("check_pass") if passed else t("check_fail"), style="bold")
    out.append(f"  {label(CHECKS, check.get('id'), lang)}")
    turn = check.get("turn")
    if isinstance(turn, int):
        out.append(f"  ({t('at_turn', n=turn + 1)})", style="italic")
    if check.get("reason"):
        out.append(f"\n    {check['reason']}")
    for key in ("evidence", "advice", "better"):
        value = check.get(key)
        if not value or (passed and key == "better"):
            continue
        out.append(f"\n    {t(key)}: ", style="bold")
        out.append(str(value))  # the scorer quotes the learner's words itself
    return out


class DebriefScreen(TrainerScreen):
    """Everything the learner needs to do better next time, and the letter step."""

    KEYS: ClassVar[list[Key]] = [
        Key("f5", "retry", "retry", priority=True),
        Key("f7", "check_letter", "check_letter", priority=True),
        Key("escape", "library", "to_library"),
        Key("f6", "app.switch_language", "language"),
        Key("ctrl+q", "app.quit", "quit", priority=True),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.scenario_language = session.loaded.scenario.language
        self.error: str | None = None
        self.result: dict[str, Any] = self._finish(None)
        self.letter_checked = False

    def _finish(self, letter: str | None) -> dict[str, Any]:
        try:
            return self.session.finish(letter=letter)
        except Exception as exc:  # show the call anyway; the journal holds every turn
            self.error = f"{type(exc).__name__}: {exc}"
            return self.session.result or {}

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="debrief"):
            yield Static("", id="summary", classes="section", markup=False)
            yield Static("", id="opening", markup=False)
            yield Static("", id="checks-title", classes="section", markup=False)
            yield Static("", id="checks", markup=False)
            yield Static("", id="conversation-title", classes="section", markup=False)
            yield Static("", id="transcript", markup=False)
            yield Static("", id="letter-title", classes="section", markup=False)
            yield Static("", id="letter-help", markup=False)
            yield TextArea(draft_for(self.session), id="letter", soft_wrap=True)
            yield Button("", id="check-letter")
            yield Static("", id="letter-result", markup=False)
            with Horizontal(id="debrief-buttons"):
                yield Button("", id="retry", variant="primary")
                yield Button("", id="library")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.trainer.call_finished(self.session)
        if self.error:
            self.notify(self.t("scoring_failed", error=self.error), severity="error")
        self.query_one("#debrief").focus()

    @property
    def agreement(self) -> bool:
        return self.session.call.outcome in AGREEMENTS

    def relabel(self) -> None:
        r = self.result
        lang = self.lang
        self.sub_title = self.t("debrief")
        self.title = self.session.loaded.scenario.title
        summary = Text()
        if self.error:
            summary.append(self.t("scoring_failed", error=self.error) + "\n", style="bold")
        checks = r.get("checks") or []
        if checks:
            verdict = self.t("passed") if r.get("passed") else self.t("not_passed")
            summary.append(self.t("score_line", score=r.get("score", 0), verdict=verdict))
            tier = r.get("tier")
            summary.append("   " + self.t("tier", tier=label(TIERS, tier, lang)) if tier else "")
            summary.append("" if tier else "   " + self.t("tier", tier=self.t("tier_none")))
            summary.append("\n")
        call = self.session.call
        outcome = call.outcome or call.end_reason or "learner_ended"
        summary.append(self.t("outcome", outcome=label(OUTCOMES, outcome, lang)) + "\n")
        path = r.get("transcript")
        summary.append(self.t("transcript_at", path=path) if path else self.t("no_transcript"))
        self.query_one("#summary", Static).update(summary)

        opening = r.get("opening") or {}
        op = Text()
        op.append(self.t("opening") + "\n", style="bold")
        strategy = opening.get("strategy")
        op.append(
            self.t(
                "strategy_line",
                strategy=label(STRATEGIES, strategy, lang),
                score=opening.get("score", 0),
            )
        )
        for check in opening.get("checks") or []:
            op.append("\n")
            op.append_text(check_text(check, lang, self.t))
        self.query_one("#opening", Static).update(op if opening.get("checks") else "")
        self.query_one("#opening").display = bool(opening.get("checks"))

        self.query_one("#checks-title", Static).update(self.t("checks"))
        body = Text()
        if not checks:
            body.append(self.t("no_checks"))
        for i, check in enumerate(checks):
            if i:
                body.append("\n")
            body.append_text(check_text(check, lang, self.t))
        self.query_one("#checks", Static).update(body)

        self.query_one("#conversation-title", Static).update(self.t("conversation"))
        self.query_one("#transcript", Static).update(self._conversation())

        self.query_one("#letter-title", Static).update(self.t("letter"))
        help_key = "letter_help" if self.agreement else "letter_no_agreement"
        self.query_one("#letter-help", Static).update(self.t(help_key))
        self.query_one("#check-letter", Button).label = self.t("check_letter")
        self.query_one("#retry", Button).label = self.t("retry")
        self.query_one("#library", Button).label = self.t("to_library")
        self._letter_result()

    def _conversation(self) -> Text:
        s = self.session.loaded.scenario
        feedback: dict[int, list[dict[str, Any]]] = {}
        for item in self.result.get("feedback") or []:
            if isinstance(item, dict) and isinstance(item.get("turn"), int):
                feedback.setdefault(item["turn"], []).extend(item.get("checks") or [])
        out = Text()
        for turn in self.session.call.turns:
            learner = turn.speaker == "learner"
            name = s.caller.name if learner else s.customer.name
            out.append(f"{turn.index + 1:>3} {name}: ", style="bold")
            if learner and turn.move == "pause":
                out.append(self.t("pause_turn"), style="italic")
            else:
                out.append(turn.text)  # appended as plain text: learner markup stays literal
            out.append("\n")
            for check in feedback.get(turn.index, []):
                mark = "✓" if check.get("passed") else "✗"
                name = label(CHECKS, check.get("id"), self.lang)
                reason = f" — {check['reason']}" if check.get("reason") else ""
                out.append(f"      {mark} {name}{reason}\n", style="italic")
        return out

    def _letter_result(self) -> None:
        widget = self.query_one("#letter-result", Static)
        if not self.letter_checked:
            widget.update("")
            return
        found = [c for c in self.result.get("checks") or [] if c.get("id") in LETTER_CHECKS]
        if not self.agreement:
            # Without an agreement the letter does not count, but it is still worth practising.
            found = letter_checks(self.session, self.query_one("#letter", TextArea).text)
        if not found:
            widget.update(self.t("letter_no_checks"))
            return
        out = Text(self.t("letter_results") + "\n", style="bold")
        for i, check in enumerate(found):
            if i:
                out.append("\n")
            out.append_text(check_text(check, self.lang, self.t))
        widget.update(out)

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
        self.trainer.retry(self.session.loaded)

    @on(Button.Pressed, "#library")
    def action_library(self) -> None:
        self.app.pop_screen()
