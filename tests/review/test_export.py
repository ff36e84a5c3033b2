"""Export: Markdown, self-contained printable HTML, JSON; the learner's text escaped."""

from __future__ import annotations

import html
import json
import re
from typing import get_args

from trainer import guide
from trainer.i18n import label
from trainer.scenario.model import CustomerType, Outcome, Persona
from trainer.transcripts import load_transcript
from trainer.transcripts.annotations import add_comment, add_override, withdraw
from trainer.transcripts.export import export, read_as, to_html, to_json, to_markdown
from trainer.transcripts.schema import Intent, Turn
from trainer.transcripts.store import write_atomic

from .conftest import HOSTILE, scoring


def _call(make_call):
    path = make_call(
        [HOSTILE, "Geht es bis Freitag?"],
        learner='Eve "<i>"',
        letter="Sehr geehrter Herr Müller,\n<script>evil()</script> [red]x[/red]",
        **scoring({"identify": True, "pin_date": False}),
    )
    add_comment(path, "<b>bold claim</b> [bold]x[/bold]", reviewer="rita", turn=1)
    add_override(path, "pin_date", passed=True, reason='said "Freitag" <ok>', reviewer="rita")
    return load_transcript(path)


def test_html_escapes_everything_the_learner_typed(make_call):
    out = to_html(_call(make_call))
    assert "<script>" not in out and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in out
    assert "&quot;Zitat&quot;" in out and "&amp;" in out
    assert "[bold]Chef[/bold]" in out  # markup is text, shown as typed
    assert "<b>bold claim</b>" not in out and "&lt;b&gt;bold claim&lt;/b&gt;" in out
    assert "Eve &quot;&lt;i&gt;&quot;" in out and 'Eve "<i>"' not in out  # the name too
    assert "evil()" in out and "<script>evil" not in out


def test_html_is_self_contained_and_prints_well(make_call):
    out = to_html(_call(make_call), "en")
    assert out.startswith("<!DOCTYPE html>") and "<style>" in out and "@media print" in out
    assert not re.search(r"<(script|link|img|iframe)\b", out)
    assert "src=" not in out and "http" not in out
    assert "after review; automatic: 50/100" in out  # both results shown


def test_markdown_escapes_html_and_markdown_syntax(make_call):
    out = to_markdown(_call(make_call), "en")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert r"\[bold\]Chef\[/bold\]" in out
    assert "## Conversation" in out and "## Checks" in out and "## Confirmation letter" in out
    assert "| Concrete payment date | passed (reviewed; automatic: failed) |" in out
    assert "💬 *rita:* &lt;b&gt;bold claim&lt;/b&gt;" in out


def test_a_learner_line_says_what_it_was_read_as_and_marks_a_guess():
    def said(*intents: tuple[str, float | None], text: str = "Geht es bis Freitag?") -> Turn:
        hits = [Intent(intent=i, confidence=c) for i, c in intents]
        return Turn(index=0, speaker="learner", text=text, move="say", intents=hits)

    date, feel = (label("intents", i, "en") for i in ("fix_payment_date", "empathise"))
    line = said(("fix_payment_date", 0.97), ("empathise", 0.3))
    assert read_as(line, "en") == f"recognised: {date}, {feel} (unsure)"
    assert read_as(said(("fix_payment_date", None)), "en") == f"recognised: {date}"
    assert read_as(said(), "en") == "recognised: nothing clear"
    assert read_as(said(), "de") == "erkannt: nichts Eindeutiges"
    assert "(unsicher)" in str(read_as(line, "de"))
    # Nothing to read: the customer, a pause, a line the app never answered.
    assert read_as(Turn(index=1, speaker="customer", text="Ja?"), "en") is None
    assert read_as(Turn(index=2, speaker="learner", move="pause"), "en") is None
    assert read_as(said(text="Hallo").model_copy(update={"unprocessed": True}), "en") is None


def test_exports_show_the_reading_beside_each_learner_line(make_call):
    data = _call(make_call)
    date = label("intents", "fix_payment_date", "de")
    md_lines = to_markdown(data).splitlines()
    at = next(i for i, line in enumerate(md_lines) if "Geht es bis Freitag?" in line)
    assert md_lines[at + 1] == f"   - _erkannt: {date}_"
    assert f'<li class="read">erkannt: {html.escape(date)}</li>' in to_html(data)


def test_json_export_is_the_transcript_plus_the_effective_result(make_call):
    data = _call(make_call)
    out = json.loads(to_json(data))
    assert out["turns"] == data.to_json()["turns"] and out["score"] == 50
    assert out["effective"]["score"] == 100 and out["effective"]["overridden"] is True


def test_export_of_an_unscored_interrupted_call(make_call):
    path = make_call(["Hallo"], status="interrupted", outcome=None)
    data = load_transcript(path).to_json()
    for key in ("checks", "opening", "feedback", "score", "reviews", "letter"):
        data.pop(key, None)
    for fmt in ("md", "html", "json"):
        assert "interrupted" in export(data, fmt, "en")
    assert "unterbrochen" in to_markdown(data) and "interrupted" not in to_markdown(data)
    assert "No checks were scored" in to_markdown(data, "en")
    assert "keine Prüfpunkte bewertet" in to_markdown(data)  # the scenario's language


def test_undecodable_learner_bytes_are_shown_not_dropped(make_call):
    data = load_transcript(make_call(["Hallo \udcff Rechnung"]))
    assert "Hallo \\\\xff Rechnung" in to_markdown(data)  # the backslash escaped for Markdown
    assert "Hallo \\xff Rechnung" in to_html(data)


def test_export_speaks_the_scenario_language_unless_told(make_call):
    data = _call(make_call)  # a German scenario
    out = to_markdown(data)
    assert out.startswith("# Gesprächsauswertung:")
    assert "## Gespräch" in out and "## Prüfpunkte" in out and "## Schriftliche Bestätigung" in out
    row = "| Konkreter Zahlungstermin | erfüllt (geprüft; automatisch: nicht erfüllt) |"
    assert row in out
    assert "Call review" not in out and "Checks" not in out
    html = to_html(data)
    assert '<html lang="de">' in html and "<h2>Prüfpunkte</h2>" in html
    assert "nach Prüfung; automatisch: 50/100" in html
    english = to_html(data, "en")
    assert '<html lang="en">' in english and "<h2>Checks</h2>" in english
    english_ref = data.scenario.model_copy(update={"language": "en"})
    en_data = data.model_copy(update={"scenario": english_ref})
    assert to_markdown(en_data).startswith("# Call review:")


def test_withdrawn_annotations_are_exported_struck_through(make_call):
    data = _call(make_call)
    path = make_call(**scoring({"pin_date": False}))
    c = add_comment(path, "too harsh", reviewer="rita")
    o = add_override(path, "pin_date", passed=True, reason="fine", reviewer="rita")
    withdraw(path, c.id, reviewer="rita")
    withdraw(path, o.id, reviewer="rita")
    data = load_transcript(path)
    md = to_markdown(data, "en")
    assert "~~💬 *rita" in md and "withdrawn by rita" in md
    assert "~~⚖ check Concrete payment date set to passed" in md
    assert "(reviewed;" not in md  # the withdrawn override no longer applies
    html = to_html(data, "de")
    assert "<del>" in html and "zurückgezogen von rita" in html


# --- the German export for the personnel file: German words, no ids ----------------------
#: The English words the German export used to print (issue 13), and every GUIDE.md id.
ENGLISH_LABELS = ("finished", "exam", "disputes", "compromise", "silver")
GUIDE_IDS = {
    *guide.CHECK_IDS,
    *guide.INTENTS,
    *get_args(Outcome),
    *get_args(CustomerType),
    *get_args(Persona),
    "let_them_talk",
    "offer_solution",
    "learner_ended",
    "turn_limit",
    "gave_up",
    "end_state",
}


def visible_text(page: str) -> str:
    """What a browser shows of an HTML page: no style sheet, no tags, entities resolved."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def ids_and_english_words(text: str) -> set[str]:
    words = set(re.findall(r"[A-Za-z_]+", text))
    return {w for w in words if w in GUIDE_IDS or w.lower() in ENGLISH_LABELS}


def test_a_german_export_names_everything_in_german(make_call):
    """A real finished call (played and scored, reviewed with a comment and an override),
    in exam mode, with the persona, outcome, tier and channel whose ids leaked before."""
    path = make_call(mode="exam", persona="disputes", outcome="compromise", channel="written")
    data = load_transcript(path).to_json()
    data["tier"], data["end_reason"] = "silver", "end_state"
    write_atomic(path, data)
    checks = [c["id"] for c in data["checks"]]
    assert len(checks) >= 4, "the scorer judged the call"
    add_comment(path, "Gut gemacht.", reviewer="rita", turn=1)
    add_override(path, checks[0], passed=False, reason="zu knapp", reviewer="rita")
    add_override(path, "score", score=80, reason="insgesamt gut", reviewer="rita")
    data = load_transcript(path)
    markdown = to_markdown(data)
    page = visible_text(to_html(data))
    assert data.scenario.language == "de" and "Prüfpunkte" in markdown
    for name, text in (("md", markdown), ("html", page)):
        assert not ids_and_english_words(text), f"{name}: {ids_and_english_words(text)}"
    for german in ("Prüfung", "bestreitet Leistung", "Kompromiss", "Silber", "beendet"):
        assert german in markdown and german in page
    # The JSON export keeps the stable ids (DESIGN.md): only human-facing text changed.
    record = json.loads(export(data, "json"))
    assert record["mode"] == "exam" and record["outcome"] == "compromise"
    assert set(record["effective"]["checks"]) == set(checks)


def test_the_id_scan_sees_ids_and_english_words():
    assert ids_and_english_words("Ausgang: compromise, Prüfpunkt pin_date") == {
        "compromise",
        "pin_date",
    }
    assert ids_and_english_words("Ausgang: Kompromiss, Stufe: Silber") == set()


def test_a_listeners_sound_is_read_as_listening():
    """ "Mhm." answered as a short silence: a reviewer sees why the customer went on."""
    from trainer.transcripts.export import read_as
    from trainer.transcripts.schema import Turn

    turn = Turn.model_validate(
        {"index": 3, "speaker": "learner", "text": "Mhm.", "move": "say", "trigger": "pause"}
    )
    assert read_as(turn, "en") == "recognised: listening (like a short pause)"
    assert "Zuhören" in (read_as(turn, "de") or "")


def test_small_talk_is_read_as_small_talk():
    """Friendly chat answered in kind (nineteenth audit): the reviewer sees it was chat, not
    a line the judge could not read."""
    from trainer.transcripts.export import read_as
    from trainer.transcripts.schema import Turn

    chat = {"index": 3, "speaker": "learner", "move": "say"}
    turn = Turn.model_validate({**chat, "text": "Bei uns ist grad die Hölle los, echt."})
    assert read_as(turn, "en") == "recognised: small talk — no step towards a result"
    assert "Plauderei" in (read_as(turn, "de") or "")
    garbled = Turn.model_validate({**chat, "text": "asdf qwer zxcv"})
    assert read_as(garbled, "en") == "recognised: nothing clear"
