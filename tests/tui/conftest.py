"""Pilot tests for the practice app: real scenarios copied to tmp, no typing delay, no sleeps."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from trainer.tui.app import TrainerApp

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = ("de/stammkunde-urlaub.yaml", "en/cash-problems-cafe.yaml")


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
    def make(**kwargs: Any) -> TrainerApp:
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
