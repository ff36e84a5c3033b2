"""The recogniser's word lists are data (trainer/data/lexicon): read once, checked with a
file:line message, used by normalisation and facts, and part of the model cache key."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from trainer.scenario.findings import ScenarioError
from trainer.understanding import cache, lexicon
from trainer.understanding.facts import extract_facts
from trainer.understanding.normalize import clean, tokenize


@pytest.fixture
def lexdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped lexicon folder that a test may break; the cache is reset."""
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon.LEXICON_DIR, folder)
    monkeypatch.setattr(lexicon, "LEXICON_DIR", folder)
    lexicon.lexicon.cache_clear()
    yield folder
    lexicon.lexicon.cache_clear()


def _error(language: str = "de") -> str:
    with pytest.raises(ScenarioError) as info:
        lexicon.lexicon(language)
    assert len(info.value.findings) == 1
    return str(info.value)


def _line_of(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


def test_read_once_per_process() -> None:
    assert lexicon.lexicon("de") is lexicon.lexicon("de")


def test_the_shipped_words_are_what_recognition_uses() -> None:
    de = [t.norm for t in tokenize(clean("Griaß Eana, i zoin ned"), "de")]
    assert de == ["gruess", "ihnen", "ich", "zahlen", "nicht"]
    en = [t.norm for t in tokenize(clean("uh ok, the installment, um"), "en")]
    assert en == ["okay", "the", "instalment"]
    facts = extract_facts(
        clean("500 Mäuse bis 3. März oder fifteen hundred quid"), date(2026, 1, 5)
    )
    assert [(f.kind, f.value, f.unit) for f in facts] == [
        ("amount", 500.0, "EUR"),
        ("date", "2026-03-03", None),
        ("amount", 1500.0, "GBP"),
    ]


def test_a_yaml_syntax_error_names_file_and_line(lexdir: Path) -> None:
    path = lexdir / "de.yaml"
    path.write_text("language: de\nfillers: [aeh, aehm\n", encoding="utf-8")
    message = _error()
    assert message.startswith(f"{path}:")
    assert "Traceback" not in message


def test_a_month_out_of_range_names_its_line(lexdir: Path) -> None:
    path = lexdir / "en.yaml"
    text = path.read_text(encoding="utf-8").replace("  march: 3\n", "  march: 13\n")
    path.write_text(text, encoding="utf-8")
    message = _error("en")
    assert message.startswith(f"{path}:{_line_of(path, '  march: 13')}:")
    assert "'march' in 'months' must be a whole number from 1 to 12" in message


def test_an_unknown_section_and_a_duplicate_word_are_refused(lexdir: Path) -> None:
    path = lexdir / "de.yaml"
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "monthz:\n  mai: 5\n", encoding="utf-8")
    message = _error()
    assert f"{path}:{_line_of(path, 'monthz:')}:" in message
    assert "unknown section 'monthz'" in message
    path.write_text(original.replace("  ick: ich\n", "  ick: ich\n  ick: ick\n"), encoding="utf-8")
    assert "duplicate key 'ick'" in _error()


def test_a_word_must_mean_the_same_in_every_language(lexdir: Path) -> None:
    path = lexdir / "en.yaml"
    text = path.read_text(encoding="utf-8").replace("  april: 4\n", "  april: 5\n")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        lexicon.merged("months")
    assert str(info.value).startswith(f"{path}:{_line_of(path, '  april: 5')}:")
    assert "'april' means 5 here but 4 in another language" in str(info.value)


def test_a_lexicon_edit_changes_the_model_key(
    lexdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.code_version.cache_clear()
    monkeypatch.setattr(cache, "lexicon_files", lambda: sorted(lexdir.glob("*.yaml")))
    try:
        before = cache.code_version()
        path = lexdir / "de.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        cache.code_version.cache_clear()
        assert cache.code_version() != before
    finally:
        cache.code_version.cache_clear()
