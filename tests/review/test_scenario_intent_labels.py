"""A reviewer reads a scenario's own moves by the label its trainer gave them
("Rechnung mit Bestellnummer nachreichen"), never by their id (`rechnung_nachreichen`):
in the review app and in every export. The transcript records the labels when the call
is played, so they survive the scenario file being edited, renamed or deleted; an older
transcript without them still opens and shows the id."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.helpers import SCENARIOS, KeywordRecogniser
from trainer.i18n import label
from trainer.scenario import find_scenario, load_scenario
from trainer.session import Session
from trainer.transcripts import TranscriptError, load_transcript, recover
from trainer.transcripts.export import export, read_as, to_html, to_json, to_markdown
from trainer.transcripts.schema import Intent, Turn
from trainer.transcripts.store import write_atomic
from trainer.tui.review import ReviewApp, TurnView

from ..tui.tui_helpers import until

OWN = "rechnung_nachreichen"
LABEL = "Rechnung mit Bestellnummer nachreichen"
LINE = "Ich schicke Ihnen die Rechnung mit der Bestellnummer heute noch einmal."
MARKERS = {
    "guten tag": "greeting_identify",
    "bestellnummer": OWN,
    "offen": "neutral_opener_open_invoice",
}


def _scenario_copy(tmp_path: Path) -> Path:
    """The Behörde scenario in a folder of its own (with the blocks it uses), so a test
    can edit, rename or delete it after the call."""
    root = tmp_path / "scenarios"
    shutil.copytree(SCENARIOS / "_blocks", root / "_blocks")
    (root / "de").mkdir(parents=True)
    path = root / "de" / "behoerde-bestellnummer.yaml"
    shutil.copy(find_scenario("de-behoerde-bestellnummer", SCENARIOS), path)
    return path


def _play(scenario: Path, folder: Path, *, finish: bool = True) -> Session:
    session = Session(
        load_scenario(scenario),
        learner="anna",
        seed=1,
        transcripts=folder,
        recogniser=KeywordRecogniser(dict(MARKERS)),
    )
    session.start()
    for line in ["Guten Tag, Hoffmann hier.", "Die Rechnung ist noch offen.", "", LINE]:
        session.say(line)
    if finish:
        session.finish()
    return session


@pytest.fixture
def played(tmp_path: Path) -> tuple[Path, Path]:
    """(scenario file, saved transcript) of a call with a line read as the scenario's move."""
    scenario = _scenario_copy(tmp_path)
    session = _play(scenario, tmp_path / "transcripts")
    assert session.transcript is not None
    path = tmp_path / "transcripts" / f"{session.transcript.id}.json"
    return scenario, path


def _learner_turn(path: Path) -> Turn:
    return next(t for t in load_transcript(path).turns if t.text == LINE)


def test_a_call_records_the_labels_of_the_scenarios_own_intents(played):
    _, path = played
    data = load_transcript(path)
    assert data.scenario.intent_labels == {OWN: LABEL}
    assert [i.intent for i in _learner_turn(path).intents] == [OWN]  # the turn keeps the id


def test_an_interrupted_call_keeps_the_labels_too(tmp_path):
    folder = tmp_path / "transcripts"
    session = _play(_scenario_copy(tmp_path), folder, finish=False)
    assert session.writer is not None
    journal = session.writer.journal_path
    session.writer.close()
    header = json.loads(journal.read_text(encoding="utf-8").splitlines()[0])
    header["pid"] = 2**22 + 1  # a writer that is gone: the next start recovers the call
    lines = journal.read_text(encoding="utf-8").splitlines()
    journal.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n", encoding="utf-8")
    (saved,) = recover(folder)
    data = load_transcript(saved)
    assert data.status == "interrupted" and data.scenario.intent_labels == {OWN: LABEL}
    assert f"erkannt: {LABEL}" in to_markdown(data)


def test_read_as_names_a_scenario_intent_by_its_label_in_any_review_language():
    turn = Turn(
        index=3,
        speaker="learner",
        text=LINE,
        move="say",
        intents=[Intent(intent=OWN, confidence=0.9), Intent(intent="empathise", confidence=0.2)],
    )
    labels = {OWN: LABEL}
    feel = label("intents", "empathise", "en")
    # The label is the trainer's words in the scenario's language: an English review of a
    # German call shows it as written, the library's intent in English beside it.
    assert read_as(turn, "en", labels) == f"recognised: {LABEL}, {feel} (unsure)"
    assert read_as(turn, "de", labels) == (
        f"erkannt: {LABEL}, {label('intents', 'empathise', 'de')} (unsicher)"
    )
    assert read_as(turn, "de") == (
        f"erkannt: {OWN}, {label('intents', 'empathise', 'de')} (unsicher)"
    )  # no labels recorded: the id, as before


def test_markdown_and_html_exports_show_the_label_not_the_id(played):
    _, path = played
    data = load_transcript(path)
    md = to_markdown(data)
    md_lines = md.splitlines()
    at = next(i for i, line in enumerate(md_lines) if "Bestellnummer heute" in line)
    assert md_lines[at + 1] == f"   - _erkannt: {LABEL}_"
    assert OWN not in md and OWN.replace("_", r"\_") not in md
    out = to_html(data)
    assert f'<li class="read">erkannt: {html.escape(LABEL)}</li>' in out and OWN not in out
    assert f"recognised: {LABEL}" in to_markdown(data, "en")


def test_the_json_export_keeps_the_id_and_the_label(played):
    _, path = played
    out = json.loads(to_json(load_transcript(path)))
    assert out["scenario"]["intent_labels"] == {OWN: LABEL}
    said = next(t for t in out["turns"] if t.get("text") == LINE)
    assert [i["intent"] for i in said["intents"]] == [OWN]


@pytest.mark.parametrize("change", ["edited", "renamed", "deleted"])
def test_the_label_outlives_the_scenario_file(played, change):
    scenario, path = played
    if change == "edited":
        text = scenario.read_text(encoding="utf-8").replace(LABEL, "Ganz anders benannt")
        scenario.write_text(text, encoding="utf-8")
    elif change == "renamed":
        scenario.rename(scenario.with_name("umbenannt.yaml"))
    else:
        shutil.rmtree(scenario.parents[1])
    data = load_transcript(path)
    for fmt in ("md", "html"):
        out = export(data, fmt)
        assert LABEL in out and "Ganz anders" not in out and OWN not in out


def _without_labels(path: Path, *, version: int = 2) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["scenario"].pop("intent_labels", None)
    data["schema_version"] = version
    old = path.with_name(f"old-v{version}.json")
    write_atomic(old, data)
    return old


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_transcript_without_labels_opens_and_shows_the_id(played, version):
    old = load_transcript(_without_labels(played[1], version=version))
    assert old.scenario.intent_labels == {}
    assert "intent_labels" not in old.to_json()["scenario"]  # rewriting adds nothing
    assert r"erkannt: rechnung\_nachreichen" in to_markdown(old)
    assert f"erkannt: {OWN}" in to_html(old)


def test_a_damaged_labels_field_is_refused_in_one_sentence(played):
    data = json.loads(played[1].read_text(encoding="utf-8"))
    data["scenario"]["intent_labels"] = ["not", "a", "mapping"]
    write_atomic(played[1], data)
    with pytest.raises(TranscriptError, match=r"field 'scenario\.intent_labels'"):
        load_transcript(played[1])


def test_a_hostile_label_is_shown_as_text_in_every_export(played):
    data = json.loads(played[1].read_text(encoding="utf-8"))
    data["scenario"]["intent_labels"] = {OWN: "<script>x()</script> [bold]*fett*[/bold] \x1b[31m"}
    write_atomic(played[1], data)
    record = load_transcript(played[1])
    out = to_html(record)
    assert "<script>" not in out and "&lt;script&gt;x()&lt;/script&gt;" in out
    md = to_markdown(record)
    assert "<script>" not in md and r"\[bold\]\*fett\*\[/bold\]" in md and "\x1b" not in md


async def _review_notes(path: Path, lang: str | None = None) -> str:
    app = ReviewApp(path.parent, reviewer="rita", open_path=path, language=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bool(app.screen.query(TurnView)), "transcript shown")
        view = next(v for v in app.screen.query(TurnView) if LINE in v._said.plain)
        return str(view.query_one(".fb", Static).render())


async def test_the_review_app_shows_the_label_beside_the_line(played):
    notes = await _review_notes(played[1])
    assert f"erkannt: {LABEL}" in " ".join(notes.split()) and OWN not in notes


async def test_the_review_app_shows_the_id_for_an_older_transcript(played):
    notes = await _review_notes(_without_labels(played[1]))
    assert f"erkannt: {OWN}" in notes
