"""The message catalogue (trainer/data/messages) and Babel formatting (trainer.i18n).

German and English must be complete and in step: the same keys, the same {placeholders},
no empty text, a name for every GUIDE.md id. Money and dates are written as each locale
writes them. A third language is a file, not code.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import string
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml

from trainer import guide
from trainer.i18n import (
    LANGUAGES,
    format_date,
    format_datetime,
    format_money,
    format_number,
    label,
    raw,
    t,
)
from trainer.scenario.model import CustomerType, Outcome, Persona

ROOT = Path(__file__).resolve().parents[2]


def leaves(node: Any, path: str = "") -> dict[str, Any]:
    """Every text (and list of texts) of a catalogue by its dotted key path."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            out.update(leaves(value, f"{path}.{key}" if path else str(key)))
        return out
    return {path: node}


def fields(text: str) -> list[str]:
    """The str.format placeholders of a text ('{}' counts as '')."""
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


@pytest.fixture(scope="module")
def shipped() -> dict[str, dict[str, Any]]:
    return {lang: leaves(raw(lang)) for lang in ("de", "en")}


def test_german_and_english_have_the_same_keys(shipped) -> None:
    de, en = set(shipped["de"]), set(shipped["en"])
    assert not en - de, f"missing in de.yaml: {sorted(en - de)}"
    assert not de - en, f"missing in en.yaml: {sorted(de - en)}"


def test_placeholders_are_the_same_in_both_languages(shipped) -> None:
    differ = {
        key: (fields(shipped["de"][key]), fields(en))
        for key, en in shipped["en"].items()
        if isinstance(en, str) and fields(shipped["de"][key]) != fields(en)
    }
    assert not differ, f"placeholders differ (de, en): {differ}"


def test_no_text_is_empty(shipped) -> None:
    empty = [
        f"{lang}:{key}"
        for lang, texts in shipped.items()
        for key, value in texts.items()
        if not value
        or (isinstance(value, str) and not value.strip())
        or (isinstance(value, list) and not all(isinstance(v, str) and v.strip() for v in value))
    ]
    assert not empty, f"empty texts: {empty}"


def test_every_guide_id_has_a_name_in_both_languages() -> None:
    outcomes = (*get_args(Outcome), "learner_ended", "turn_limit", "gave_up", "end_state")
    ids = {
        "checks": guide.CHECK_IDS,
        "intents": guide.INTENTS,
        "outcomes": outcomes,
        "reviewer_outcomes": outcomes,  # the review list's and the export's words
        "customer_types": get_args(CustomerType),
        "personas": get_args(Persona),
        "strategies": ("let_them_talk", "offer_solution", "none"),
        "tiers": ("gold", "silver", "bronze"),
        "modes": ("practice", "exam"),
        "statuses": ("finished", "interrupted"),
        "channels": ("call", "written"),
    }
    missing = [
        f"{lang}:{table}.{i}"
        for lang in ("de", "en")
        for table, wanted in ids.items()
        for i in wanted
        if i not in raw(lang)["labels"].get(table, {})
    ]
    assert not missing, f"ids without a name: {missing}"
    assert label("checks", "pin_date", "de") == "Konkreter Zahlungstermin"
    assert label("strategies", None, "en") == "neither of the two strategies"


def test_every_interface_key_the_code_asks_for_exists() -> None:
    """t(lang, "key") shows the bare key when it is missing: a typo would reach a screen."""
    asked = re.compile(r"""\bt\(\s*(?:[\w.\[\]"']+,\s*)?"([a-z][a-z0-9_]*)"[,)]""")
    used = {
        (path.relative_to(ROOT).as_posix(), key)
        for path in (ROOT / "trainer").rglob("*.py")
        for key in asked.findall(path.read_text(encoding="utf-8"))
    }
    assert len(used) > 100, "the scan found the t(...) calls"
    unknown = sorted(f"{where}: {key}" for where, key in used if key not in raw("en")["ui"])
    assert not unknown, f"keys asked for but not in the catalogue: {unknown}"


def test_each_catalogue_names_a_locale_babel_knows() -> None:
    from babel import Locale

    for lang in LANGUAGES:
        assert Locale.parse(raw(lang)["meta"]["locale"]).language == lang


def test_catalogue_files_are_plain_yaml_data() -> None:
    """safe_load reads them (no tags, no code) and each is a mapping of sections."""
    for lang in ("de", "en"):
        path = ROOT / "trainer" / "data" / "messages" / f"{lang}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert {"meta", "ui", "labels", "export", "coaching"} <= set(data)


# --- formatting ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("amount", "currency", "lang", "expected"),
    [
        (1190, "EUR", "de", "1.190,00 €"),
        (1190, "GBP", "en", "£1,190.00"),
        (2380.5, "EUR", "en", "€2,380.50"),
        (1190, "GBP", "de", "1.190,00 £"),
        (0.5, "EUR", "de", "0,50 €"),
    ],
)
def test_money_is_written_as_the_locale_writes_it(amount, currency, lang, expected) -> None:
    assert format_money(amount, currency, lang) == expected


def test_a_scenario_locale_can_differ_from_the_language() -> None:
    assert format_money(1190, "CHF", "de", locale="de_CH") == "CHF 1'190.00"
    assert format_money(1190, "USD", "en", locale="en_US") == "$1,190.00"


def test_dates_as_written_and_as_said() -> None:
    day = dt.date(2026, 10, 31)
    assert format_date(day, "de") == "31.10.2026"
    assert format_date(day, "en") == "31 October 2026"
    assert format_date("2026-11-04", "en") == "4 November 2026"
    assert format_date(day, "de", style="spoken") == "Samstag, den 31. Oktober"
    assert format_date(day, "en", style="spoken") == "Saturday 31 October"
    assert format_date("next Friday", "en") == "next Friday"  # not a date: as written
    assert format_date(None, "de") == ""


def test_times_and_numbers() -> None:
    stamp = "2026-11-02T09:30:00+01:00"
    assert format_datetime(stamp, "de") == "02.11.2026, 09:30"  # as recorded, not in UTC
    assert format_datetime(stamp, "en") == "2 November 2026, 09:30"
    assert format_datetime("yesterday", "en") == "yesterday"
    assert format_number(1234.5, "de") == "1.234,5"
    assert format_number(1234.5, "en", decimals=2) == "1,234.50"


def test_no_break_spaces_become_plain_spaces() -> None:
    """Babel's no-break spaces would not match what a learner types back into a letter."""
    assert "\u00a0" not in format_money(1190, "EUR", "de")
    assert "\u202f" not in format_money(1190, "EUR", "fr", locale="fr_FR")


# --- a third language ------------------------------------------------------------------
FRENCH = """\
meta:
  name: Français
  locale: fr_FR
  date: d MMMM y
ui:
  quit: Quitter
  language_now: "Interface : {name}"
labels:
  outcomes:
    compromise: compromis
export:
  title: Compte rendu d'appel
"""

PROBE = """\
import json, sys
from trainer.i18n import LANGUAGES, format_date, format_money, label, system_language, t
from trainer.transcripts.export import to_markdown
from trainer.tui.i18n import STRINGS, language_name
data = json.loads(sys.stdin.read())
md = to_markdown(data, "fr")
print(json.dumps({
    "languages": list(LANGUAGES),
    "quit": t("fr", "quit"),
    "fallback": t("fr", "app_title"),
    "now": t("fr", "language_now", name=language_name("fr", "fr")),
    "outcome": label("outcomes", "compromise", "fr"),
    "money": format_money(1190, "EUR", "fr"),
    "date": format_date("2026-10-31", "fr"),
    "strings": STRINGS["quit"].get("fr"),
    "system": system_language(),
    "export_head": md.splitlines()[0],
    "export_outcome": "compromis" in md,
}))
"""


def test_a_third_language_is_a_file_not_code(tmp_path: Path) -> None:
    """A French catalogue with a handful of keys, dropped into $TRAINER_MESSAGES: it is
    offered, used where it has words, English where it has not, formatted as fr_FR."""
    (tmp_path / "fr.yaml").write_text(FRENCH, encoding="utf-8")
    transcript = {
        "schema_version": 2,
        "scenario": {"id": "x", "title": "Test", "language": "de"},
        "learner": "anna",
        "outcome": "compromise",
        "turns": [],
    }
    env = dict(os.environ, TRAINER_MESSAGES=str(tmp_path), LANG="fr_FR.UTF-8", LC_ALL="")
    env.pop("LC_MESSAGES", None)
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        input=json.dumps(transcript),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["languages"] == ["de", "en", "fr"]
    assert got["quit"] == "Quitter" and got["strings"] == "Quitter"
    assert got["fallback"] == "Collection-call trainer"  # not translated: English
    assert got["now"] == "Interface : Français"
    assert got["outcome"] == "compromis"
    assert got["money"] == "1 190,00 €"
    assert got["date"] == "31 octobre 2026"
    assert got["system"] == "fr"
    assert got["export_head"] == "# Compte rendu d'appel: Test"
    assert got["export_outcome"]


def test_a_broken_added_catalogue_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "fr.yaml").write_text("ui: [not, a, mapping", encoding="utf-8")
    code = "from trainer.i18n import t; print(t('fr', 'quit'))"
    env = dict(os.environ, TRAINER_MESSAGES=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Quit"


def test_the_catalogue_is_core_and_never_imports_textual() -> None:
    code = textwrap.dedent(
        """
        import sys, trainer.i18n, trainer.scoring.texts
        trainer.i18n.t("de", "quit")
        print("textual" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_t_fills_placeholders_and_shows_an_unknown_key() -> None:
    assert t("de", "turns_n", n=3) == "3 Züge"
    assert t("en", "no_such_key") == "no_such_key"
    assert t("xx", "quit") == "Quit"  # a language without a catalogue is English


@pytest.mark.parametrize("hostile", ["fifo", "tag"])
def test_a_hostile_added_catalogue_neither_hangs_nor_runs_code(tmp_path: Path, hostile) -> None:
    """A `fr.yaml` in $TRAINER_MESSAGES that is a FIFO (it hung `read_text` until a writer
    came) or carries a Python tag: left out with a warning, English instead."""
    path = tmp_path / "fr.yaml"
    if hostile == "fifo":
        os.mkfifo(path)
    else:
        path.write_text(
            "ui: {quit: !!python/object/apply:os.system ['echo pwned']}\n", encoding="utf-8"
        )
    code = "from trainer.i18n import t; print(t('fr', 'quit'))"
    env = dict(os.environ, TRAINER_MESSAGES=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Quit"
    assert "pwned" not in out.stdout
