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
    ~/.cache/collection-call-trainer: the recogniser's saved models, the checked scenarios and
    the compiled code of the deferred regular expressions (trainer.lazyre)."""
    env = os.environ.get("TRAINER_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "collection-call-trainer"


def state_dir() -> Path | None:
    """$TRAINER_STATE_DIR, else $XDG_STATE_HOME/collection-call-trainer, else
    ~/.local/state/collection-call-trainer: the log file. None when there is no home to
    put it in; a relative $XDG_STATE_HOME is ignored (the XDG spec calls it invalid), so a
    log never lands in the current folder by accident."""
    env = os.environ.get("TRAINER_STATE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_STATE_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "collection-call-trainer"
    try:
        home = Path.home()
    except (RuntimeError, KeyError):  # no $HOME and no password entry (e.g. a container)
        return None
    return home / ".local" / "state" / "collection-call-trainer" if home.is_absolute() else None
