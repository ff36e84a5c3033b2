"""Export a transcript for the personnel file: Markdown, printable HTML, or JSON.

Everything that came from a person (the learner's lines, the letter, reviewer
comments, names) is untrusted text: in HTML it goes through `html.escape`, in
Markdown it is escaped so that neither HTML nor Markdown syntax in it is rendered.
Undecodable bytes the learner typed are shown as `\\xNN` rather than dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from .. import safety
from ..guide import ACCEPT
from ..i18n import LANGUAGES as LANGUAGES  # the CLI's --lang choices
from ..i18n import format_datetime, label, section
from ..scoring.results import TierCap
from ..understanding.context import demands_without_day
from ..understanding.smalltalk import asks_to_repeat, chat_kind, puts_off
from ..understanding.types import TENTATIVE
from .annotations import Data, Effective, LineVerdict, brief, effective, feedback_by_turn
from .schema import Annotation, Comment, Override, Transcript, Turn
from .store import as_transcript, dumps

FORMATS = ("md", "html", "json")
SUFFIX = {"md": ".md", "html": ".html", "json": ".json"}


def language_of(data: Data, lang: str | None = None) -> str:
    """`lang` if given, else the transcript's scenario language, else English."""
    if lang in LANGUAGES:
        return str(lang)
    language = as_transcript(data).scenario.language
    return language if language in LANGUAGES else "en"


def word(lang: str, key: str, **values: Any) -> str:
    """The export's word `key` (catalogue section `export`) in `lang`."""
    text = str(section(lang, "export").get(key, key))
    return text.format(**values) if values else text


def check_name(check: Any, lang: str) -> str:
    """ "Konkreter Zahlungstermin": the name a person reads (the id stays in the JSON)."""
    return label("checks", str(check), lang)


def named(table: str, value: Any, lang: str, empty: str = "—") -> str:
    """An id from the transcript as a word (`empty` when there is none); an id the
    catalogue does not know is shown as it is, escaped."""
    if value is None or value == "":
        return empty
    return label(table, shown(value), lang)


def moment(value: Any, lang: str) -> str:
    """A recorded ISO time as the language writes it; anything else as it was stored."""
    return shown(format_datetime(value, lang) if isinstance(value, str) else value)


def turn_number(index: int) -> int:
    """The number a person reads for a turn: 1 for the first line of the call.

    Transcripts keep 0-based indexes (comments and feedback point at them); every place
    that shows a number (debrief, review, export) counts from 1 through this function.
    """
    return index + 1


#: Text for display is the one sanitiser: raw learner bytes, control characters and
#: bidi overrides become visible escapes (re-exported: the review screen uses it).
shown = safety.shown


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#~])")


def md(text: Any) -> str:
    """Markdown-safe inline text: HTML neutralised, Markdown syntax backslash-escaped."""
    s = html.escape(shown(text), quote=False)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    # A line break inside a cell or list item would end it; keep it visible instead.
    return s.replace("\r\n", "\n").replace("\n", "<br>")


def h(text: Any) -> str:
    return html.escape(shown(text), quote=True)


def _verdict(passed: bool | None, lang: str = "en") -> str:
    return {True: word(lang, "check_passed"), False: word(lang, "check_failed"), None: "—"}[passed]


def _speaker(turn: Turn, data: Transcript, lang: str = "en") -> str:
    if turn.speaker == "learner":
        return data.learner or word(lang, "learner")
    return word(lang, "customer")


def _line(turn: Turn, pause: str = "(stays silent)") -> str:
    if turn.pause:
        return pause
    return shown(turn.text)


def intent_name(intent: str, lang: str, labels: Mapping[str, str] | None = None) -> str:
    """An intent as a reviewer reads it: a scenario's own by the label its trainer gave it
    (`labels`, as the transcript recorded them: in the scenario's language, whatever the
    review's), the library's by its catalogue name in `lang`, anything else by its id."""
    own = (labels or {}).get(intent)
    return shown(own) if own else named("intents", intent, lang)


def read_as(turn: Turn, lang: str = "en", labels: Mapping[str, str] | None = None) -> str | None:
    """What the judge read a learner line as, the way the call screen showed it:
    "recognised: Fix a payment date, Empathise (unsure)", or that it read nothing. A
    reviewer needs it to see why the customer reacted as it did and whether a check rests
    on a sure reading. None for the customer, a pause and a line never processed.
    `labels`: the scenario's own intents' names (`ScenarioRef.intent_labels`)."""
    if turn.speaker != "learner" or turn.pause or turn.unprocessed or not turn.text.strip():
        return None
    names = []
    for i in turn.intents:
        name = intent_name(i.intent, lang, labels)
        unsure = i.confidence is not None and i.confidence < TENTATIVE
        names.append(word(lang, "unsure", what=name) if unsure else name)
    if turn.trigger == ACCEPT:
        names.insert(0, word(lang, "read_yes"))
    elif turn.trigger == "pause" and not names:
        names.append(word(lang, "read_listening"))  # "Mhm.", answered as a short silence
    elif turn.trigger and not names and demands_without_day(turn.text, _kinds(turn)):
        names.append(word(lang, "read_demand"))  # "Bitte zahlen Sie.", answered as a call to pay
    elif not turn.trigger and any(asks_to_repeat(turn.text, lg) for lg in ("de", "en")):
        names.insert(0, word(lang, "read_asks_again"))  # answered with his line again
    elif not turn.trigger and puts_off(turn.text):
        names.insert(0, word(lang, "read_call_back"))  # answered as a call put off
    elif not turn.trigger and _chat(turn):
        names.insert(0, word(lang, "read_small_talk"))  # answered in kind
    return word(lang, "read_as", what=", ".join(names) if names else word(lang, "read_nothing"))


def _chat(turn: Turn) -> bool:
    """Small talk answered as chat (`understanding.smalltalk.chat_kind`), in the call's
    language: a line has the small words of one language only."""
    confidences = [1.0 if i.confidence is None else i.confidence for i in turn.intents]
    return any(
        chat_kind(turn.text, lang, confidences, _kinds(turn)) is not None for lang in ("de", "en")
    )


def _kinds(turn: Turn) -> list[str]:
    return [str(f.get("kind")) for f in turn.facts]


def _unset(value: Any, default: str) -> Any:
    return default if value is None else value


def _facts(data: Transcript, lang: str = "en") -> list[tuple[str, str]]:
    sc = data.scenario
    # Ids (status, mode, persona …) become words of `lang`; the JSON export keeps the ids.
    facts = [
        ("learner", shown(_unset(data.learner, "?"))),
        ("scenario", f"{shown(sc.title or '')} ({shown(_unset(sc.id, '?'))})"),
        ("started", moment(data.started_at or "", lang)),
        ("ended", moment(data.ended_at or "", lang)),
        ("status", named("statuses", data.status, lang)),
        ("mode", named("modes", data.mode, lang)),
        ("persona", named("personas", data.persona, lang)),
        ("seed", shown(_unset(data.seed, ""))),
        ("channel", named("channels", data.channel, lang)),
        # Worded for the reviewer reading the export ("learner hung up", not "you …").
        ("outcome", named("reviewer_outcomes", data.outcome, lang, word(lang, "none"))),
        ("end_reason", named("reviewer_outcomes", data.end_reason, lang)),
        ("transcript", shown(data.id or "")),
    ]
    return [(word(lang, k), v) for k, v in facts]


def tier_name(tier: str | None, lang: str, capped: bool = False) -> str:
    """A tier as a reviewer reads it: "silver", or "silver (capped)" where a failed check
    holds it down (`Effective.cap` / `auto_cap`); "" without a tier. One rule for the
    exports and the review screens."""
    if not tier:
        return ""
    name = label("tiers", tier, lang)
    return word(lang, "capped", tier=name) if capped else name


def _result_line(eff: Effective, lang: str = "en") -> str:
    def part(score: int | None, passed: bool | None, tier: str | None, cap: TierCap | None) -> str:
        s = "—" if score is None else f"{score}/100"
        verdict: dict[bool | None, str] = {
            True: word(lang, "call_passed"),
            False: word(lang, "call_not_passed"),
        }
        tier_shown = tier_name(tier, lang, cap is not None)
        return ", ".join(x for x in (s, verdict.get(passed, ""), tier_shown) if x)

    auto = part(eff.auto_score, eff.auto_passed, eff.auto_tier, eff.auto_cap)
    if not eff.overridden:
        return auto
    after = part(eff.score, eff.passed, eff.tier, eff.cap)
    return word(lang, "after_review", after=after, auto=auto)


def _reviewed(fb: LineVerdict, lang: str) -> str:
    """ " (reviewed; automatic: not met)" after a line's check a reviewer changed."""
    return f" ({word(lang, 'reviewed', auto=_verdict(fb.auto, lang))})" if fb.reviewed else ""


def _withdrawn_note(item: Annotation, lang: str) -> str:
    w = item.withdrawn
    return word(lang, "withdrawn", who=w.by if w else "?", at=moment(w.at if w else "?", lang))


# --- Markdown --------------------------------------------------------------------------
def to_markdown(record: Data, lang: str | None = None) -> str:
    data = as_transcript(record)
    lang = language_of(data, lang)
    eff = effective(data)
    feedback = feedback_by_turn(data)
    comments = data.comments_by_turn()
    sc = data.scenario
    out = [f"# {word(lang, 'title')}: {md(sc.title or sc.id or 'call')}", ""]
    out += [f"- **{k}:** {md(v)}" for k, v in _facts(data, lang)]
    out += ["", f"## {word(lang, 'result')}", ""]
    out.append(f"**{word(lang, 'score')}:** {md(_result_line(eff, lang))}  ")
    if eff.cap is not None:
        out.append(f"**{word(lang, 'tier_capped')}:** {md(eff.cap.reason)}  ")
    strategy = (
        label("strategies", eff.strategy, lang) if eff.strategy else word(lang, "none_recognised")
    )
    out.append(f"**{word(lang, 'opening_strategy')}:** {md(strategy)}")
    out += ["", f"## {word(lang, 'conversation')}", ""]
    pause = word(lang, "stays_silent")
    for turn in data.turns:
        idx = turn.index
        number = turn_number(idx)
        out.append(f"{number}. **{md(_speaker(turn, data, lang))}:** {md(_line(turn, pause))}")
        reading = read_as(turn, lang, sc.intent_labels)
        if reading:
            out.append(f"   - _{md(reading)}_")
        for fb in feedback.get(idx, []):
            mark = "✓" if fb.passed else "✗"
            name = md(check_name(fb.id, lang))
            out.append(f"   - {mark} {name}: {md(fb.reason or '')}{md(_reviewed(fb, lang))}")
        for comment in comments.get(idx, []):
            out.append(f"   - {_md_comment(comment, lang, when=False)}")
    out += ["", f"## {word(lang, 'checks')}", ""]
    if eff.checks:
        heads = [word(lang, k) for k in ("check", "result", "evidence", "advice")]
        out += ["| " + " | ".join(heads) + " |", "|---|---|---|---|"]
        for c in eff.checks:
            result = _verdict(c.passed, lang)
            if c.override:
                result += f" ({word(lang, 'reviewed', auto=_verdict(c.auto, lang))})"
            advice = c.advice or ""
            if c.better:
                advice += f" {word(lang, 'better')}: {c.better}"
            name = md(check_name(c.id, lang))
            out.append(f"| {name} | {md(result)} | {md(c.evidence)} | {md(advice)} |")
    else:
        out.append(f"_{word(lang, 'no_checks')}_")
    out += ["", f"## {word(lang, 'letter')}", ""]
    letter = data.letter
    if letter:
        out += ["> " + md(line) if line else ">" for line in shown(letter).split("\n")]
    else:
        out.append(f"_{word(lang, 'no_letter')}_")
    out += _md_reviews(data, comments, lang)
    return "\n".join(out) + "\n"


def _md_comment(c: Comment, lang: str, *, when: bool = True) -> str:
    who = md(c.reviewer)
    if when:
        who += f", {md(moment(c.at, lang))}"
    text = f"💬 *{who}:* {md(c.text if c.active else brief(c.text))}"
    if not c.active:
        return f"~~{text}~~ ({md(_withdrawn_note(c, lang))})"
    return text


def _md_reviews(
    data: Transcript, comments: dict[int | None, list[Comment]], lang: str = "en"
) -> list[str]:
    overrides = data.reviews.overrides
    out = ["", f"## {word(lang, 'review')}", ""]
    if not comments.get(None) and not overrides:
        out.append(f"_{word(lang, 'no_reviews')}_")
    for c in comments.get(None, []):
        out.append(f"- {_md_comment(c, lang)}")
    for o in overrides:
        text = f"⚖ {md(_override_text(o, lang))}"
        if not o.active:
            text = f"~~{text}~~ ({md(_withdrawn_note(o, lang))})"
        out.append(f"- {text}")
    return out


def _override_text(o: Override, lang: str = "en") -> str:
    if o.target == "score":
        change = word(lang, "score_set", score=o.score)
    else:
        verdict = _verdict(o.passed, lang)
        change = word(lang, "check_set", check=check_name(o.target, lang), verdict=verdict)
    return word(
        lang,
        "override_by",
        change=change,
        who=o.reviewer or "?",
        at=moment(o.at or "?", lang),
        reason=o.reason,
    )


# --- HTML ------------------------------------------------------------------------------
_CSS = """
body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;margin:2em auto;
max-width:60em;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;border-bottom:1px solid #ccc;
margin-top:1.6em}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em}dt{font-weight:600}
dd{margin:0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em .5em;
vertical-align:top;text-align:left}
th{background:#f3f3f3}.turn td{white-space:pre-wrap}
.who{width:9em;font-weight:600}.learner .who{color:#034}.customer{background:#fafafa}
.pass{color:#060}.fail{color:#a00}.fb{font-size:.9em}.fb ul{margin:0;padding-left:1.1em}
.comment{color:#543;font-style:italic}.letter{white-space:pre-wrap;border-left:3px solid #ccc;
padding:.3em 1em}
.read{color:#555;font-style:italic;list-style:none}
.result{font-size:1.2em;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:10pt}tr,.letter{break-inside:avoid}
h2{break-after:avoid}.customer,th{background:none}a{color:inherit}}
"""


def to_html(record: Data, lang: str | None = None) -> str:
    data = as_transcript(record)
    lang = language_of(data, lang)
    eff = effective(data)
    feedback = feedback_by_turn(data)
    comments = data.comments_by_turn()
    sc = data.scenario
    title = h(sc.title or sc.id or "call")
    heading = h(word(lang, "title"))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{h(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{heading}: {title} — {h(data.learner or '')}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{heading}: {title}</h1>",
        '<dl class="facts">',
    ]
    out += [f"<dt>{h(k)}</dt><dd>{h(v)}</dd>" for k, v in _facts(data, lang)]
    out += ["</dl>", f"<h2>{h(word(lang, 'result'))}</h2>"]
    out.append(f'<p class="result">{h(_result_line(eff, lang))}</p>')
    if eff.cap is not None:
        out.append(f"<p><b>{h(word(lang, 'tier_capped'))}:</b> {h(eff.cap.reason)}</p>")
    strategy = (
        label("strategies", eff.strategy, lang) if eff.strategy else word(lang, "none_recognised")
    )
    out.append(f"<p>{h(word(lang, 'opening_strategy'))}: {h(strategy)}</p>")
    heads = "".join(f"<th>{h(word(lang, k))}</th>" for k in ("who", "said", "feedback"))
    out += [f"<h2>{h(word(lang, 'conversation'))}</h2>", "<table>", f"<tr><th>#</th>{heads}</tr>"]
    pause = word(lang, "stays_silent")
    for turn in data.turns:
        idx = turn.index
        number = turn_number(idx)
        who = turn.speaker
        notes = []
        reading = read_as(turn, lang, sc.intent_labels)
        if reading:
            notes.append(f'<li class="read">{h(reading)}</li>')
        for fb in feedback.get(idx, []):
            cls = "pass" if fb.passed else "fail"
            mark = "✓" if fb.passed else "✗"
            name = h(check_name(fb.id, lang))
            said = h((fb.reason or "") + _reviewed(fb, lang))
            notes.append(f'<li class="{cls}">{mark} <b>{name}</b>: {said}</li>')
        for comment in comments.get(idx, []):
            notes.append(_html_comment(comment, lang, when=False))
        fb_html = f"<ul>{''.join(notes)}</ul>" if notes else ""
        out.append(
            f'<tr class="turn {who}"><td>{h(number)}</td><td class="who">'
            f"{h(_speaker(turn, data, lang))}</td><td>{h(_line(turn, pause))}</td>"
            f'<td class="fb">{fb_html}</td></tr>'
        )
    out.append("</table>")
    out.append(f"<h2>{h(word(lang, 'checks'))}</h2>")
    if eff.checks:
        heads = "".join(
            f"<th>{h(word(lang, k))}</th>" for k in ("check", "result", "evidence", "advice")
        )
        out.append(f"<table><tr>{heads}</tr>")
        for c in eff.checks:
            cls = {True: "pass", False: "fail", None: ""}[c.passed]
            result = h(_verdict(c.passed, lang))
            if c.override:
                note = word(lang, "reviewed", auto=_verdict(c.auto, lang))
                result += f"<br><small>{h(note)}</small>"
            advice = h(c.advice or "")
            if c.better:
                advice += f"<br><i>{h(word(lang, 'better'))}:</i> {h(c.better)}"
            out.append(
                f'<tr><td>{h(check_name(c.id, lang))}</td><td class="{cls}">{result}</td>'
                f"<td>{h(c.evidence or '')}</td><td>{advice}</td></tr>"
            )
        out.append("</table>")
    else:
        out.append(f"<p><i>{h(word(lang, 'no_checks'))}</i></p>")
    out.append(f"<h2>{h(word(lang, 'letter'))}</h2>")
    letter = data.letter
    no_letter = f"<p><i>{h(word(lang, 'no_letter'))}</i></p>"
    out.append(f'<div class="letter">{h(letter)}</div>' if letter else no_letter)
    out.append(f"<h2>{h(word(lang, 'review'))}</h2><ul>")
    overrides = data.reviews.overrides
    for comment in comments.get(None, []):
        out.append(_html_comment(comment, lang))
    for o in overrides:
        text = h(_override_text(o, lang))
        if not o.active:
            text = f"<del>{text}</del> <small>({h(_withdrawn_note(o, lang))})</small>"
        out.append(f"<li>{text}</li>")
    if not comments.get(None) and not overrides:
        out.append(f"<li><i>{h(word(lang, 'no_reviews'))}</i></li>")
    out.append("</ul></body></html>")
    return "\n".join(out) + "\n"


def _html_comment(c: Comment, lang: str, *, when: bool = True) -> str:
    who = h(c.reviewer)
    if when:
        who += f", {h(moment(c.at, lang))}"
    text = f"{who}: {h(c.text if c.active else brief(c.text))}"
    if not c.active:
        text = f"<del>{text}</del> <small>({h(_withdrawn_note(c, lang))})</small>"
    return f'<li class="comment">{text}</li>'


# --- JSON ------------------------------------------------------------------------------
def to_json(data: Data) -> str:
    """The transcript as stored, plus the effective result a reader would otherwise compute."""
    transcript = as_transcript(data)
    eff = effective(transcript)
    record = transcript.to_json()
    record["effective"] = {
        "score": eff.score,
        "passed": eff.passed,
        "tier": eff.tier,
        "overridden": eff.overridden,
        "checks": {c.id: c.passed for c in eff.checks},
    }
    if eff.cap is not None:
        # Only where a cap holds the effective tier down, as the scorer's own tier_cap.
        record["effective"]["tier_cap"] = eff.cap.to_json()
    return dumps(record, indent=1).decode("utf-8", "surrogateescape") + "\n"


def export(record: Data, fmt: str, lang: str | None = None) -> str:
    """The transcript in one of FORMATS, worded in `lang` (default: the scenario's);
    a JSON dict (what the review screen holds) is read as a Transcript first."""
    data = as_transcript(record)
    if fmt == "md":
        return to_markdown(data, lang)
    if fmt == "html":
        return to_html(data, lang)
    if fmt == "json":
        # Control, C1 and bidi characters and raw learner bytes as JSON \u escapes: the
        # same data when parsed, nothing a terminal acts on when printed.
        return safety.shown_stream(to_json(data))
    raise ValueError(f"unknown export format '{fmt}' (choose md, html or json)")


def encode(text: str) -> bytes:
    """Bytes for a file or stdout; any raw learner bytes survive."""
    return text.encode("utf-8", "surrogateescape")
