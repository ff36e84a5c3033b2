"""What the transcript screen shows around the conversation: the head line with the
result, and the side panel with the checks, the letter and the reviews.

Plain functions from a transcript to `Text`/widgets: every string from the file goes
through `shown` into a `Text`, never into markup.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Label, Static

from ...safety import shown
from ...transcripts.annotations import SCORE, Effective, brief
from ...transcripts.export import moment, turn_number, word
from ...transcripts.schema import Annotation, Comment, Override, Transcript
from ..i18n import CHECKS, PERSONAS, REVIEWER_OUTCOMES, STRATEGIES, label, t
from .common import score_text


def head(data: Transcript, eff: Effective, lang: str) -> Text:
    """Scenario, learner, date, status; outcome, persona, strategy, score (and after review)."""
    sc = data.scenario
    text = Text()
    text.append(shown(sc.title or sc.id or "call"), style="bold")
    text.append(f"  ·  {shown('?' if data.learner is None else data.learner)}  ·  ")
    text.append(shown(data.started_at)[:16].replace("T", " "))
    status = t(lang, {"interrupted": "rv_interrupted", "finished": "rv_finished"}[data.status])
    text.append(f"  ·  {status}\n")
    outcome = data.outcome
    outcome = label(REVIEWER_OUTCOMES, outcome, lang) if outcome else t(lang, "rv_none")
    text.append(f"{t(lang, 'rv_head_outcome')}: {shown(outcome)}  ·  ")
    persona = data.persona
    persona = label(PERSONAS, persona, lang) if persona else "—"
    text.append(f"{t(lang, 'rv_head_persona')}: {shown(persona)}  ·  ")
    strategy = label(STRATEGIES, eff.strategy, lang) if eff.strategy else t(lang, "rv_no_strategy")
    text.append(f"{t(lang, 'rv_head_strategy')}: {strategy}  ·  ")
    text.append(f"{t(lang, 'rv_head_score')}: ")
    auto = score_text(eff.auto_score, eff.auto_passed, eff.auto_tier, lang, bool(eff.auto_cap))
    text.append(auto)
    if eff.overridden:
        text.append(t(lang, "rv_after_review"), style="bold")
        after = score_text(eff.score, eff.passed, eff.tier, lang, bool(eff.cap))
        after.stylize("bold")
        text.append_text(after)
    if eff.cap is not None:
        # Why the tier is lower than the score gives; gone once a reviewer passes the check.
        text.append(f"\n{word(lang, 'tier_capped')}: ", style="bold")
        text.append(shown(eff.cap.reason), style="italic")
    return text


def struck(text: Text, item: Annotation, lang: str) -> Text:
    """A withdrawn annotation: struck through, dimmed, with who took it back when."""
    w = item.withdrawn
    if w is None:
        return text
    text.stylize("strike dim")
    note = t(lang, "rv_withdrawn", who=shown(w.by), at=moment(w.at, lang))
    text.append(f"  ({note})", style="italic")
    return text


def override_line(o: Override, lang: str) -> str:
    """ "check X set to passed by rita, <time>" (or the score set to N)."""
    if o.target == SCORE:
        change = t(lang, "rv_score_to", score=o.score)
    else:
        verdict = t(lang, "rv_check_passed" if o.passed else "rv_check_failed")
        check = label(CHECKS, shown(o.target), lang)
        change = t(lang, "rv_check_to", check=check, verdict=verdict)
    who, at = shown(o.reviewer), moment(o.at, lang)
    return t(lang, "rv_by", change=change, who=who, at=at)


def describe(item: Annotation, lang: str) -> str:
    """One annotation in a line (the withdraw form's choices)."""
    if isinstance(item, Override):
        return f"⚖ {override_line(item, lang)} {shown(item.reason)}"[:70]
    if not isinstance(item, Comment):
        return ""
    where = f"#{turn_number(item.turn)} " if item.turn is not None else ""
    return f"💬 {where}{shown(item.text)}"[:70]


def check_lines(eff: Effective, lang: str) -> Iterator[Widget]:
    """Every check with its verdict (and the scorer's, when a reviewer changed it)."""
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
        if c.is_note:
            mark = ("• ", "yellow")  # a note that holds the tier down, no points lost
        line.append(mark[0], style=mark[1])
        line.append(label(CHECKS, shown(c.id), lang), style="bold")
        if c.override:
            line.append(t(lang, "rv_reviewed", auto=verdicts[c.auto]), style="italic")
        for key, value, style in (
            ("evidence", c.evidence, ""),
            ("advice", c.advice, ""),
            ("better", c.better, "italic"),
        ):
            if value:
                line.append(f"\n  {t(lang, key)}: ")
                line.append(shown(value), style=style)
        yield Static(line)


def side(data: Transcript, eff: Effective, lang: str) -> Iterator[Widget]:
    """The side panel: the reviews (general comments, overrides) first — a reviewer's own
    work, which at the end of a long checks list could not be scrolled to at 120x40 (a
    reviewer audit) — then the checks and the confirmation letter."""
    yield Label(t(lang, "rv_review"), classes="section")
    general = data.comments_by_turn().get(None, [])
    overrides = data.reviews.overrides
    if not general and not overrides:
        yield Static(Text(t(lang, "rv_no_reviews"), style="italic"))
    for comment in general:
        text = Text(f"💬 {shown(comment.reviewer)}, {moment(comment.at, lang)}:\n  ")
        text.append(shown(comment.text if comment.active else brief(comment.text)))
        yield Static(struck(text, comment, lang), classes="" if comment.active else "withdrawn")
    for o in overrides:
        text = Text(f"⚖ {override_line(o, lang)}\n  ")
        text.append(shown(o.reason))
        yield Static(struck(text, o, lang), classes="" if o.active else "withdrawn")
    yield from check_lines(eff, lang)
    yield Label(t(lang, "rv_letter"), classes="section")
    letter = data.letter
    no_letter = Text(t(lang, "rv_no_letter"), "italic")
    yield Static(Text(shown(letter)) if letter else no_letter)
