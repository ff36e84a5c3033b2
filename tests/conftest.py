"""Shared fixtures: a fake recogniser for exact control, and scenario files in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import KeywordRecogniser


@pytest.fixture(scope="session", autouse=True)
def _model_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One fresh model cache for the whole run (CLI subprocesses inherit it): the first
    recogniser per language trains and saves, every later one loads; ~/.cache is untouched."""
    os.environ["TRAINER_CACHE_DIR"] = str(tmp_path_factory.mktemp("model-cache"))


@pytest.fixture
def keywords() -> KeywordRecogniser:
    return KeywordRecogniser(
        {
            "hallo": "greeting_identify",
            "rechnung": "neutral_opener_open_invoice",
            "warum": "accusatory_opener",
            "vorschlag": "offer_solution",
            "freitag": "fix_payment_date",
            "verstehe": "empathise",
            "tschüss": "close_politely",
            "anwalt": "threaten_legal",
        }
    )


@pytest.fixture
def write_yaml(tmp_path: Path):
    """Write a YAML text to tmp_path/<name> and return its path."""

    def write(text: str, name: str = "scenario.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write
