"""The fitted model on disk: trained once per library version, loaded in milliseconds.

The key is a hash of every library file's bytes, the scenario's own intents, the settings
and the source of the modules that decide what a feature means (normalisation, facts,
features, training). An edited example, a new corpus file or a code change gives a new key,
so a stale model is never used and a trainer never runs a training step by hand. A file
that cannot be read as a complete model of that key (corrupt, truncated, another version)
is rebuilt silently.

Where: $TRAINER_CACHE_DIR, else $XDG_CACHE_HOME/collection-call-trainer, else
~/.cache/collection-call-trainer. If that folder cannot be written the model is kept in
memory for this process only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from ..paths import cache_dir
from .lexicon import files as lexicon_files
from .modeldata import FORMAT_VERSION, ModelData, Settings

#: Modules whose source decides what a line's features are: a change to any of them
#: invalidates every saved model.
_CODE = (
    "normalize.py",
    "facts.py",
    "features.py",
    "modeldata.py",
    "train.py",
    "library.py",
)


@cache
def code_version() -> str:
    h = hashlib.sha256(str(FORMAT_VERSION).encode())
    here = Path(__file__).resolve().parent
    # The lexicons are code in data form: a new dialect word changes features too.
    for path in [*(here / name for name in _CODE), *lexicon_files()]:
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(path.name.encode())
    return h.hexdigest()[:16]


def model_key(files: list[Path], extras: dict[str, Any] | None, settings: Settings) -> str:
    """The hash that names one trained model."""
    h = hashlib.sha256(code_version().encode())
    h.update(settings.to_json().encode())
    for path in files:
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    h.update(json.dumps(extras or {}, sort_keys=True, default=str).encode())
    return h.hexdigest()[:32]


def load(language: str, key: str) -> ModelData | None:
    """The saved model of this key, or None (missing, corrupt, or another key's)."""
    path = cache_dir() / f"{language}-{key}.npz"
    try:
        data = ModelData.from_file(path)
    except (OSError, ValueError):
        return None
    if data.meta.get("key") != key or data.language != language:
        return None
    # Used now: pruning removes the least recently used models, not the oldest written
    # (the library's own model is written first and used most).
    with contextlib.suppress(OSError):
        path.touch()
    return data


def save(data: ModelData, key: str) -> None:
    """Write atomically with the project's one safe writer; never raises."""
    from ..safety import write_atomic

    folder = cache_dir()
    data.meta["key"] = key
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A cache can be rebuilt: no fsync, and private to its user.
        write_atomic(
            folder / f"{data.language}-{key}.npz", data.to_bytes(), durable=False, mode=0o600
        )
        _prune(folder, data.language)
    except OSError:
        pass  # a read-only or full cache folder: the model stays in memory for this run


#: Saved models kept per language (≈ 5 MB each): the library's, one per scenario with its
#: own intents, and a few recent versions (a trainer switching between scenario folders);
#: the least recently used beyond these are removed.
KEEP = 16


def _prune(folder: Path, language: str) -> None:
    saved = sorted(
        folder.glob(f"{language}-*.npz"), key=lambda p: p.stat().st_mtime_ns, reverse=True
    )
    for old in saved[KEEP:]:
        old.unlink(missing_ok=True)
