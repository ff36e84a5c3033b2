"""The intent library: validation findings with file:line, and edits taking effect."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trainer.understanding import default_library_dir, load_recogniser, validate_intent_library


@pytest.mark.parametrize("lang", ["de", "en"])
def test_shipped_libraries_are_clean(lang):
    path = default_library_dir() / f"{lang}.yaml"
    findings = validate_intent_library(path)
    assert [f for f in findings if f.severity == "error"] == []


def _write(tmp_path: Path, text: str, name: str = "de.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_typo_in_intent_name(tmp_path):
    path = _write(
        tmp_path,
        "language: de\n"
        "intents:\n"
        "  fix_paymnt_date:\n"
        "    examples: ['Bis wann können Sie zahlen?']\n",
    )
    (finding,) = validate_intent_library(path)
    assert finding.line == 3
    assert "unknown intent 'fix_paymnt_date'" in finding.message
    assert "fix_payment_date" in finding.hint
    assert str(finding).startswith(f"{path}:3:")


def test_duplicate_example_under_two_intents(tmp_path):
    path = _write(
        tmp_path,
        "language: de\n"
        "intents:\n"
        "  fix_payment_date:\n"
        "    examples:\n"
        "      - Bis wann können Sie zahlen?\n"
        "  request_down_payment:\n"
        "    examples:\n"
        "      - 'bis wann koennen sie zahlen'\n",
    )
    (finding,) = validate_intent_library(path)
    assert finding.line == 8
    assert "also under 'fix_payment_date' (line 5)" in finding.message


def test_invalid_pattern_and_wrong_types(tmp_path):
    path = _write(
        tmp_path,
        "language: en\n"
        "intents:\n"
        "  close_politely:\n"
        "    examples:\n"
        "      - 42\n"
        "    patterns:\n"
        "      - '(goodbye'\n"
        "  empathise: just a string\n"
        "  greeting_identify:\n"
        "    examples: hello\n"
        "    sample: [x]\n",
        name="en.yaml",
    )
    findings = validate_intent_library(path)
    by_line = {f.line: f.message for f in findings}
    assert "example must be text" in by_line[5]
    assert "invalid pattern" in by_line[7]
    assert "must be a mapping" in by_line[8]
    assert "'examples' must be a list" in by_line[10]
    assert "unknown key 'sample'" in by_line[11]


def test_yaml_syntax_error_is_a_finding(tmp_path):
    path = _write(tmp_path, "intents:\n  close_politely: [\n")
    (finding,) = validate_intent_library(path)
    assert finding.file == str(path) and finding.line >= 2


def test_combined_and_no_intent_checked(tmp_path):
    path = _write(
        tmp_path,
        "intents:\n"
        "  close_politely:\n"
        "    examples: ['Danke, tschüss!']\n"
        "combined:\n"
        "  - {text: 'Danke, tschüss!', intents: [close_politely, sumarise_agreement]}\n"
        "no_intent:\n"
        "  - 'danke tschuess'\n",
    )
    messages = [(f.line, f.message) for f in validate_intent_library(path)]
    assert any(line == 5 and "unknown intent 'sumarise_agreement'" in m for line, m in messages)
    assert any(line == 5 and "duplicate example" in m for line, m in messages)
    assert any(line == 7 and "duplicate example" in m for line, m in messages)


def test_edit_takes_effect_at_next_load(tmp_path):
    lib = tmp_path / "de.yaml"
    lib.write_text(
        "intents:\n"
        "  close_politely:\n"
        "    examples: ['Danke und tschüss', 'Auf Wiederhören', 'Schönen Tag noch']\n"
        "  empathise:\n"
        "    examples: ['Das verstehe ich gut', 'Das tut mir leid', 'Oh je, das ist ärgerlich']\n"
        "no_intent: ['Moment bitte', 'Hallo?']\n",
        encoding="utf-8",
    )
    first = load_recogniser("de", library_dir=tmp_path)
    assert first.recognise("Das Wetter ist schön, ihr Bananenbrot").names[:1] != ("close_politely",)
    text = lib.read_text(encoding="utf-8").replace(
        "'Schönen Tag noch'", "'Schönen Tag noch', 'Ihr Bananenbrot ist das Beste'"
    )
    lib.write_text(text, encoding="utf-8")
    stat = lib.stat()
    os.utime(lib, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    second = load_recogniser("de", library_dir=tmp_path)
    assert second is not first
    assert second.recognise("Ihr Bananenbrot ist das Beste").names[:1] == ("close_politely",)


def test_a_pattern_that_can_backtrack_forever_is_refused(tmp_path):
    from trainer.understanding import validate_intent_library

    path = tmp_path / "de.yaml"
    path.write_text(
        "language: de\nintents:\n  close_politely:\n    examples: ['Tschüss']\n"
        "    patterns: ['(a+)+b']\n",
        encoding="utf-8",
    )
    (finding,) = validate_intent_library(path)
    assert finding.severity == "error" and finding.line == 5 and "nested" in finding.message


def test_a_scenario_move_carries_no_intent_until_a_scenario_names_it():
    # "Zahlen Sie, wenn Sie dazu kommen" has no GUIDE intent. Kept as plain "no intent"
    # lines, they outvoted a scenario's own intent of the same words (4th outside audit:
    # "Das habe ich jetzt nicht ganz verstanden" in the scenarios that define the move).
    from trainer.understanding.library import load_library_folder
    from trainer.understanding.modeldata import Settings
    from trainer.understanding.train import training_set

    library = load_library_folder(default_library_dir(), "de")
    lines = library.scenario_moves["zahlung_ohne_termin"]
    assert len(lines) >= 20

    def labels_of(lib):
        docs, labels = training_set(lib, Settings())
        by_text = {d[0]: names for d, names in zip(docs, labels, strict=True)}
        from trainer.understanding.modeldata import prepare

        return [by_text[prepare(t, "de", Settings())[0]] for t in lines]

    assert all(names == set() for names in labels_of(library))
    named = library.copy()
    named.add_extras({"zahlung_ohne_termin": {"examples": ["Zahlen Sie, wenn es passt."]}})
    assert all(names == {"zahlung_ohne_termin"} for names in labels_of(named))


def test_a_scenario_that_names_the_move_understands_it():
    extras = {"zahlung_ohne_termin": {"examples": ["Zahlen Sie, wenn es passt."]}}
    rec = load_recogniser("de", extra_intents=extras)
    line = "Na dann überweisen Sie's halt, sobald Sie so weit sind, gell?"
    assert rec.recognise(line).names[:1] == ("zahlung_ohne_termin",)
    assert "zahlung_ohne_termin" not in load_recogniser("de").recognise(line).names


def test_scenario_moves_are_checked(tmp_path):
    path = _write(
        tmp_path,
        "language: de\n"
        "intents: {}\n"
        "scenario_moves:\n"
        "  fix_payment_date: ['Bis Freitag.']\n"
        "  vage: 'nicht als Liste'\n",
    )
    findings = validate_intent_library(path)
    messages = [(f.line, f.message) for f in findings]
    assert (4, "'fix_payment_date' is an intent of GUIDE.md §5") in messages
    assert (5, "the move's lines must be a list of text") in messages
