"""Export a transcript for the personnel file: Markdown, printable HTML, or JSON.

Everything that came from a person (the learner's lines, the letter, reviewer
comments, names) is untrusted text: in HTML it goes through `html.escape`, in
Markdown it is escaped so that neither HTML nor Markdown syntax in it is rendered.
Undecodable bytes the learner typed are shown as `\\xNN` rather than dropped.
"""

from __future__ import annotations

import html
import re
from typing import Any

from .annotations import Effective, effective, reviews_of
from .store import dumps

FORMATS = ("md", "html", "json")
SUFFIX = {"md": ".md", "html": ".html", "json": ".json"}


def shown(text: Any) -> str:
    """Text for display: lone surrogates (raw learner bytes) become visible `\\xNN`."""
    if text is None:
        return ""
    s = str(text)
    return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#~])")


def md(text: Any) -> str:
    """Markdown-safe inline text: HTML neutralised, Markdown syntax backslash-escaped."""
    s = html.escape(shown(text), quote=False)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    # A line break inside a cell or list item would end it; keep it visible instead.
    return s.replace("\r\n", "\n").replace("\n", "<br>")


def h(text: Any) -> str:
    return html.escape(shown(text), quote=True)


def _verdict(passed: bool | None) -> str:
    return {True: "passed", False: "failed", None: "—"}[passed]


def _feedback_by_turn(data: dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for item in data.get("feedback") or []:
        if isinstance(item, dict) and isinstance(item.get("turn"), int):
            checks = [c for c in item.get("checks") or [] if isinstance(c, dict)]
            out.setdefault(item["turn"], []).extend(checks)
    return out


def _comments_by_turn(data: dict[str, Any]) -> dict[int | None, list[dict[str, Any]]]:
    out: dict[int | None, list[dict[str, Any]]] = {}
    for c in reviews_of(data)["comments"]:
        if isinstance(c, dict):
            turn = c.get("turn") if isinstance(c.get("turn"), int) else None
            out.setdefault(turn, []).append(c)
    return out


def _speaker(turn: dict[str, Any], data: dict[str, Any]) -> str:
    if turn.get("speaker") == "learner":
        return str(data.get("learner") or "Learner")
    return "Customer"


def _line(turn: dict[str, Any], pause: str = "(stays silent)") -> str:
    if turn.get("speaker") == "learner" and turn.get("move") == "pause":
        return pause
    return shown(turn.get("text", ""))


def _facts(data: dict[str, Any]) -> list[tuple[str, str]]:
    sc = data.get("scenario") if isinstance(data.get("scenario"), dict) else {}
    return [
        ("Learner", shown(data.get("learner", "?"))),
        ("Scenario", f"{shown(sc.get('title', ''))} ({shown(sc.get('id', '?'))})"),
        ("Started", shown(data.get("started_at", ""))),
        ("Ended", shown(data.get("ended_at", ""))),
        ("Status", shown(data.get("status", "finished"))),
        ("Mode", shown(data.get("mode", ""))),
        ("Persona", shown(data.get("persona") or "—")),
        ("Seed", shown(data.get("seed", ""))),
        ("Channel", shown(data.get("channel") or "—")),
        ("Outcome", shown(data.get("outcome") or "none")),
        ("End reason", shown(data.get("end_reason") or "—")),
        ("Transcript", shown(data.get("id", ""))),
    ]


def _result_line(eff: Effective) -> str:
    def part(score: int | None, passed: bool | None, tier: str | None) -> str:
        s = "—" if score is None else f"{score}/100"
        verdict = {True: "passed", False: "not passed", None: ""}[passed]
        return ", ".join(x for x in (s, verdict, tier or "") if x)

    auto = part(eff.auto_score, eff.auto_passed, eff.auto_tier)
    if not eff.overridden:
        return auto
    return f"{part(eff.score, eff.passed, eff.tier)} (after review; automatic: {auto})"


# --- Markdown --------------------------------------------------------------------------
def to_markdown(data: dict[str, Any]) -> str:
    eff = effective(data)
    feedback = _feedback_by_turn(data)
    comments = _comments_by_turn(data)
    sc = data.get("scenario") if isinstance(data.get("scenario"), dict) else {}
    out = [f"# Call review: {md(sc.get('title') or sc.get('id') or 'call')}", ""]
    out += [f"- **{k}:** {md(v)}" for k, v in _facts(data)]
    out += ["", "## Result", "", f"**Score:** {md(_result_line(eff))}  "]
    out.append(f"**Opening strategy:** {md(eff.strategy or 'none recognised')}")
    out += ["", "## Conversation", ""]
    for i, turn in enumerate(data.get("turns") or []):
        idx = turn.get("index", i)
        out.append(f"{idx}. **{md(_speaker(turn, data))}:** {md(_line(turn))}")
        for fb in feedback.get(idx, []):
            mark = "✓" if fb.get("passed") else "✗"
            out.append(f"   - {mark} `{md(fb.get('id', ''))}`: {md(fb.get('reason', ''))}")
        for c in comments.get(idx, []):
            out.append(f"   - 💬 *{md(c.get('reviewer', ''))}:* {md(c.get('text', ''))}")
    out += ["", "## Checks", ""]
    if eff.checks:
        out += ["| Check | Result | Evidence | Advice |", "|---|---|---|---|"]
        for c in eff.checks:
            result = _verdict(c.passed)
            if c.override:
                result += f" (reviewed; automatic: {_verdict(c.auto)})"
            advice = c.advice or ""
            if c.better:
                advice += f" Better: {c.better}"
            out.append(f"| {md(c.id)} | {md(result)} | {md(c.evidence)} | {md(advice)} |")
    else:
        out.append("_No checks were scored for this call._")
    out += ["", "## Confirmation letter", ""]
    letter = data.get("letter")
    if letter:
        out += ["> " + md(line) if line else ">" for line in shown(letter).split("\n")]
    else:
        out.append("_No letter was written._")
    out += _md_reviews(data, comments)
    return "\n".join(out) + "\n"


def _md_reviews(data: dict[str, Any], comments: dict[int | None, list[dict[str, Any]]]) -> list:
    overrides = reviews_of(data)["overrides"]
    out = ["", "## Review", ""]
    if not comments.get(None) and not overrides:
        out.append("_No general comments or overrides._")
    for c in comments.get(None, []):
        who = f"{md(c.get('reviewer', ''))}, {md(c.get('at', ''))}"
        out.append(f"- 💬 *{who}:* {md(c.get('text', ''))}")
    for o in overrides:
        out.append(f"- ⚖ {md(_override_text(o))}")
    return out


def _override_text(o: dict[str, Any]) -> str:
    if o.get("target") == "score":
        change = f"score set to {o.get('score')}"
    else:
        change = f"check {o.get('target')} set to {_verdict(o.get('passed'))}"
    return f"{change} by {o.get('reviewer', '?')} at {o.get('at', '?')}: {o.get('reason', '')}"


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
.result{font-size:1.2em;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:10pt}tr,.letter{break-inside:avoid}
h2{break-after:avoid}.customer,th{background:none}a{color:inherit}}
"""


def to_html(data: dict[str, Any]) -> str:
    eff = effective(data)
    feedback = _feedback_by_turn(data)
    comments = _comments_by_turn(data)
    sc = data.get("scenario") if isinstance(data.get("scenario"), dict) else {}
    title = h(sc.get("title") or sc.get("id") or "call")
    lang = h(sc.get("language") or "en")
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>Call review: {title} — {h(data.get('learner', ''))}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Call review: {title}</h1>",
        '<dl class="facts">',
    ]
    out += [f"<dt>{h(k)}</dt><dd>{h(v)}</dd>" for k, v in _facts(data)]
    out += ["</dl>", "<h2>Result</h2>", f'<p class="result">{h(_result_line(eff))}</p>']
    out.append(f"<p>Opening strategy: {h(eff.strategy or 'none recognised')}</p>")
    out += ["<h2>Conversation</h2>", "<table>", "<tr><th>#</th><th>Who</th><th>Said</th>"]
    out.append("<th>Feedback</th></tr>")
    for i, turn in enumerate(data.get("turns") or []):
        idx = turn.get("index", i)
        who = "learner" if turn.get("speaker") == "learner" else "customer"
        notes = []
        for fb in feedback.get(idx, []):
            cls = "pass" if fb.get("passed") else "fail"
            mark = "✓" if fb.get("passed") else "✗"
            notes.append(
                f'<li class="{cls}">{mark} <b>{h(fb.get("id", ""))}</b>: {h(fb.get("reason", ""))}'
                "</li>"
            )
        for c in comments.get(idx, []):
            notes.append(
                f'<li class="comment">{h(c.get("reviewer", ""))}: {h(c.get("text", ""))}</li>'
            )
        fb_html = f"<ul>{''.join(notes)}</ul>" if notes else ""
        out.append(
            f'<tr class="turn {who}"><td>{h(idx)}</td><td class="who">{h(_speaker(turn, data))}'
            f'</td><td>{h(_line(turn))}</td><td class="fb">{fb_html}</td></tr>'
        )
    out.append("</table>")
    out.append("<h2>Checks</h2>")
    if eff.checks:
        out.append("<table><tr><th>Check</th><th>Result</th><th>Evidence</th><th>Advice</th></tr>")
        for c in eff.checks:
            cls = {True: "pass", False: "fail", None: ""}[c.passed]
            result = h(_verdict(c.passed))
            if c.override:
                result += f"<br><small>reviewed; automatic: {h(_verdict(c.auto))}</small>"
            advice = h(c.advice or "")
            if c.better:
                advice += f"<br><i>Better:</i> {h(c.better)}"
            out.append(
                f'<tr><td>{h(c.id)}</td><td class="{cls}">{result}</td>'
                f"<td>{h(c.evidence or '')}</td><td>{advice}</td></tr>"
            )
        out.append("</table>")
    else:
        out.append("<p><i>No checks were scored for this call.</i></p>")
    out.append("<h2>Confirmation letter</h2>")
    letter = data.get("letter")
    no_letter = "<p><i>No letter was written.</i></p>"
    out.append(f'<div class="letter">{h(letter)}</div>' if letter else no_letter)
    out.append("<h2>Review</h2><ul>")
    overrides = reviews_of(data)["overrides"]
    for c in comments.get(None, []):
        out.append(
            f'<li class="comment">{h(c.get("reviewer", ""))}, {h(c.get("at", ""))}: '
            f"{h(c.get('text', ''))}</li>"
        )
    for o in overrides:
        out.append(f"<li>{h(_override_text(o))}</li>")
    if not comments.get(None) and not overrides:
        out.append("<li><i>No general comments or overrides.</i></li>")
    out.append("</ul></body></html>")
    return "\n".join(out) + "\n"


# --- JSON ------------------------------------------------------------------------------
def to_json(data: dict[str, Any]) -> str:
    """The transcript as stored, plus the effective result a reader would otherwise compute."""
    eff = effective(data)
    record = dict(data)
    record["effective"] = {
        "score": eff.score,
        "passed": eff.passed,
        "tier": eff.tier,
        "overridden": eff.overridden,
        "checks": {c.id: c.passed for c in eff.checks},
    }
    return dumps(record, indent=1).decode("utf-8", "surrogateescape") + "\n"


def export(data: dict[str, Any], fmt: str) -> str:
    """The transcript in one of FORMATS."""
    if fmt == "md":
        return to_markdown(data)
    if fmt == "html":
        return to_html(data)
    if fmt == "json":
        return to_json(data)
    raise ValueError(f"unknown export format '{fmt}' (choose md, html or json)")


def encode(text: str) -> bytes:
    """Bytes for a file or stdout; any raw learner bytes survive."""
    return text.encode("utf-8", "surrogateescape")
