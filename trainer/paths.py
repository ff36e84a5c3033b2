"""Where scenarios and transcripts live (DESIGN.md: ./scenarios else the shipped copy)."""

from __future__ import annotations

import os
from pathlib import Path

#: The scenarios shipped with the package (a source checkout or an editable install).
SHIPPED_SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"


def scenarios_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--scenarios DIR, else $TRAINER_SCENARIOS, else ./scenarios, else the shipped copy."""
    if override:
        return Path(override)
    env = os.environ.get("TRAINER_SCENARIOS")
    if env:
        return Path(env)
    local = Path.cwd() / "scenarios"
    if local.is_dir():
        return local
    return SHIPPED_SCENARIOS


def intents_dir(scenarios: Path | None = None) -> Path:
    """The shared intent library; falls back to the shipped one if a folder has none."""
    base = scenarios or scenarios_dir()
    own = base / "_intents"
    return own if own.is_dir() else SHIPPED_SCENARIOS / "_intents"


def transcripts_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--transcripts DIR, else $TRAINER_TRANSCRIPTS, else ./transcripts."""
    if override:
        return Path(override)
    env = os.environ.get("TRAINER_TRANSCRIPTS")
    if env:
        return Path(env)
    return Path.cwd() / "transcripts"


def cache_dir() -> Path:
    """$TRAINER_CACHE_DIR, else $XDG_CACHE_HOME/collection-call-trainer, else
    ~/.cache/collection-call-trainer: the recogniser's saved models and the checked scenarios."""
    env = os.environ.get("TRAINER_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "collection-call-trainer"
