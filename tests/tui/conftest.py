"""Pilot tests for the practice app: real scenarios copied to tmp, no typing delay, no sleeps."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import KeywordRecogniser
from trainer.tui.app import TrainerApp

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = ("de/stammkunde-urlaub.yaml", "en/cash-problems-cafe.yaml")

#: Marker words -> intents for tests whose subject is the screen, not recognition: their
#: calls go on whatever the recogniser of the day makes of a line (and start at once).
KEYWORDS = {
    "de": {
        "guten tag": "greeting_identify",
        "rechnung": "neutral_opener_open_invoice",
        "warum": "accusatory_opener",
        "freitag": "fix_payment_date",
        "wiederhören": "close_politely",
    },
    "en": {
        "hello": "greeting_identify",
        "invoice": "neutral_opener_open_invoice",
        "understand": "empathise",
        "friday": "fix_payment_date",
        "goodbye": "close_politely",
    },
}


def keyword_recogniser(loaded: Any) -> KeywordRecogniser:
    language = loaded.scenario.language
    recogniser = KeywordRecogniser(KEYWORDS[language])
    recogniser.language = language
    return recogniser


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never read or write the real user's config; always start from the shipped UI language."""
    path = tmp_path / "config" / "config.json"
    monkeypatch.setenv("TRAINER_CONFIG", str(path))
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("TRAINER_TYPING_DELAY", raising=False)
    return path


@pytest.fixture
def scenarios(tmp_path: Path) -> Path:
    """A scenario folder with two known scenarios and the shared blocks they use."""
    root = tmp_path / "scenarios"
    for rel in SCENARIOS:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "scenarios" / rel, root / rel)
    shutil.copytree(REPO / "scenarios" / "_blocks", root / "_blocks")
    return root


@pytest.fixture
def make_app(scenarios: Path, tmp_path: Path) -> Callable[..., TrainerApp]:
    """The app on the two scenarios; `keywords=True` gives its calls the keyword recogniser
    (for tests of screens and resilience, where recognition is not the subject)."""

    def make(*, keywords: bool = False, **kwargs: Any) -> TrainerApp:
        if keywords:
            kwargs.setdefault("recogniser", keyword_recogniser)
        options: dict[str, Any] = {
            "scenarios": scenarios,
            "transcripts": tmp_path / "transcripts",
            "learner": "Test Learner",
            "seed": 1,
            "typing_delay": 0,
        }
        options.update(kwargs)
        return TrainerApp(**options)

    return make
