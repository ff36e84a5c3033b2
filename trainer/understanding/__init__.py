"""Understanding the learner: intents with confidence and evidence, and facts.

Public API::

    rec = load_recogniser("de")                       # trains from scenarios/_intents/de.yaml
    r = rec.recognise("Ich rufe wegen der offenen Rechnung an", Context(learner_turn=1))
    r.names, r.intents[0].evidence, r.facts

The core never imports textual.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .context import apply_context
from .facts import extract_facts
from .library import (
    IntentLibrary,
    IntentSpec,
    library_from_data,
    load_library,
    validate_intent_library,
    validate_intents_block,
)
from .types import INTENTS, PAUSE, Context, Fact, IntentHit, Recogniser, Recognition

if TYPE_CHECKING:
    from .model import LinearRecogniser, Settings

__all__ = [
    "INTENTS",
    "PAUSE",
    "Context",
    "Fact",
    "IntentHit",
    "IntentLibrary",
    "IntentSpec",
    "LinearRecogniser",
    "Recogniser",
    "Recognition",
    "Settings",
    "apply_context",
    "build_recogniser",
    "default_library_dir",
    "extract_facts",
    "library_from_data",
    "load_library",
    "load_recogniser",
    "validate_intent_library",
    "validate_intents_block",
]

LANGUAGES = ("de", "en")

_CACHE: dict[tuple[Any, ...], LinearRecogniser] = {}


def __getattr__(name: str) -> Any:
    # The model needs scikit-learn, about a second to import. Loading it only when a
    # recogniser is built keeps `import trainer.scenario` (and the TUI's start) fast.
    if name in ("LinearRecogniser", "Settings"):
        from . import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_LOCK = threading.Lock()


def default_library_dir() -> Path:
    """The `_intents` folder of the scenarios directory in use."""
    from ..paths import intents_dir

    return intents_dir()


def build_recogniser(library: IntentLibrary, settings: Settings | None = None) -> LinearRecogniser:
    """Train a recogniser from an in-memory library (used by eval's cross-validation)."""
    from .model import LinearRecogniser, Settings

    return LinearRecogniser(library, settings or Settings())


def load_recogniser(
    language: str,
    *,
    library_dir: Path | None = None,
    extra_intents: dict[str, dict] | None = None,
) -> Recogniser:
    """The recogniser for `language`, trained from the intent library at load time.

    Cached per (language, library file and its mtime, extras), so many calls in one
    process share one model and an edited library is picked up at the next start.
    Raises ValueError for an unknown language or malformed extras, and
    trainer.scenario.findings.ScenarioError for a library file that is not valid YAML.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: expected one of {', '.join(LANGUAGES)}")
    folder = Path(library_dir) if library_dir is not None else default_library_dir()
    path = folder / f"{language}.yaml"
    try:
        stamp = (path.stat().st_mtime_ns, path.stat().st_size)
    except OSError:
        stamp = None
    extras_key = json.dumps(extra_intents or {}, sort_keys=True, default=str)
    key = (language, str(path.resolve()), stamp, extras_key)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        library = load_library(path, language)
        library.add_extras(extra_intents)
        from .model import LinearRecogniser

        rec = LinearRecogniser(library)
        _CACHE[key] = rec
        return rec
