"""The app's small memory between runs: the learner's name and interface choices.

Kept in $XDG_CONFIG_HOME/collection-trainer/config.json (else ~/.config/...);
$TRAINER_CONFIG names another file, which is how tests keep away from the real one.
A missing or unreadable file is simply an empty config: it is never worth a crash.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .. import safety

APP_DIR = "collection-trainer"


def config_path() -> Path:
    override = os.environ.get("TRAINER_CONFIG")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP_DIR / "config.json"


def load_config() -> dict[str, Any]:
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_config(values: dict[str, Any]) -> bool:
    """Merge `values` into the file; False (and no exception) if it cannot be written."""
    path = config_path()
    data = {**load_config(), **values}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        safety.write_atomic(path, payload, durable=False)
    except OSError:
        return False
    return True
