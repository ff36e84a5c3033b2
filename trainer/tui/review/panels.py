"""What the transcript screen shows around the conversation: the head line with the
result, and the side panel with the checks, the letter and the reviews.

Plain functions from a transcript to `Text`/widgets: every string from the file goes
through `shown` into a `Text`, never into markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Label, Static

from ...safety import shown
from ...transcripts.annotations import (
    SCORE,
    Effective,
    comments_by_turn,
    is_withdrawn,
    reviews_of,
)
from ...transcripts.export import turn_number
from ..i18n import CHECKS, PERSONAS, REVIEWER_OUTCOMES, STRATEGIES, label, t
from .common import score_text


def head(data: dict[str, Any], eff: Effective, lang: str) -> Text:
    """Scenario, learner, date, status; outcome, persona, strategy, score (and after review)."""
    raw = data.get("scenario")
    sc: dict[str, Any] = raw if isinstance(raw, dict) else {}
    text = Text()
    text.append(shown(sc.get("title") or sc.get("id") or "call"), style="bold")
    text.append(f"  ·  {shown(data.get('learner', '?'))}  ·  ")
    text.append(shown(data.get("started_at", ""))[:16].replace("T", " "))
    status = str(data.get("status", "finished"))
    status = t(
        lang, {"interrupted": "rv_interrupted", "finished": "rv_finished"}.get(status, status)
    )
    text.append(f"  ·  {status}\n")
    outcome = data.get("outcome")
    outcome = label(REVIEWER_OUTCOMES, outcome, lang) if outcome else t(lang, "rv_none")
    text.append(f"{t(lang, 'rv_head_outcome')}: {shown(outcome)}  ·  ")
    persona = data.get("persona")
    persona = label(PERSONAS, persona, lang) if persona else "—"
    text.append(f"{t(lang, 'rv_head_persona')}: {shown(persona)}  ·  ")
    strategy = label(STRATEGIES, eff.strategy, lang) if eff.strategy else t(lang, "rv_no_strategy")
    text.append(f"{t(lang, 'rv_head_strategy')}: {strategy}  ·  ")
    text.append(f"{t(lang, 'rv_head_score')}: ")
    text.append(score_text(eff.auto_score, eff.auto_passed, eff.auto_tier, lang))
    if eff.overridden:
        text.append(t(lang, "rv_after_review"), style="bold")
        after = score_text(eff.score, eff.passed, eff.tier, lang)
        after.stylize("bold")
        text.append_text(after)
    return text


def struck(text: Text, item: dict[str, Any], lang: str) -> Text:
    """A withdrawn annotation: struck through, dimmed, with who took it back when."""
    if not is_withdrawn(item):
        return text
    text.stylize("strike dim")
    w = item["withdrawn"]
    note = t(lang, "rv_withdrawn", who=shown(w.get("by", "?")), at=shown(w.get("at", "?")))
    text.append(f"  ({note})", style="italic")
    return text


def override_line(o: dict[str, Any], lang: str) -> str:
    """ "check X set to passed by rita, <time>" (or the score set to N)."""
    if o.get("target") == SCORE:
        change = t(lang, "rv_score_to", score=o.get("score"))
    else:
        verdict = t(lang, "rv_check_passed" if o.get("passed") else "rv_check_failed")
        check = label(CHECKS, shown(o.get("target")), lang)
        change = t(lang, "rv_check_to", check=check, verdict=verdict)
    who, at = shown(o.get("reviewer", "")), shown(o.get("at", ""))
    return t(lang, "rv_by", change=change, who=who, at=at)


def describe(item: dict[str, Any], lang: str) -> str:
    """One annotation in a line (the withdraw form's choices)."""
    if "target" in item:
        return f"⚖ {override_line(item, lang)} {shown(item.get('reason', ''))}"[:70]
    turn = item.get("turn")
    where = f"#{turn_number(turn)} " if isinstance(turn, int) else ""
    return f"💬 {where}{shown(item.get('text', ''))}"[:70]


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


def side(data: dict[str, Any], eff: Effective, lang: str) -> Iterator[Widget]:
    """The side panel: checks, the confirmation letter, general comments and overrides."""
    yield from check_lines(eff, lang)
    yield Label(t(lang, "rv_letter"), classes="section")
    letter = data.get("letter")
    no_letter = Text(t(lang, "rv_no_letter"), "italic")
    yield Static(Text(shown(letter)) if letter else no_letter)
    yield Label(t(lang, "rv_review"), classes="section")
    general = comments_by_turn(data).get(None, [])
    overrides = reviews_of(data)["overrides"]
    if not general and not overrides:
        yield Static(Text(t(lang, "rv_no_reviews"), style="italic"))
    for comment in general:
        who, at = shown(comment.get("reviewer", "")), shown(comment.get("at", ""))
        text = Text(f"💬 {who}, {at}:\n  ")
        text.append(shown(comment.get("text", "")))
        withdrawn = "withdrawn" if is_withdrawn(comment) else ""
        yield Static(struck(text, comment, lang), classes=withdrawn)
    for o in overrides:
        if not isinstance(o, dict):
            continue
        text = Text(f"⚖ {override_line(o, lang)}\n  ")
        text.append(shown(o.get("reason", "")))
        yield Static(struck(text, o, lang), classes="withdrawn" if is_withdrawn(o) else "")
