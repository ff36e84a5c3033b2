"""Understanding the learner: intents with confidence and evidence, and facts.

Public API::

    rec = load_recogniser("de")     # the model of scenarios/_intents/de.yaml + de/*.yaml
    r = rec.recognise("Ich rufe wegen der offenen Rechnung an", Context(learner_turn=1))
    r.names, r.intents[0].evidence, r.facts

The core never imports textual.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import startup
from .context import apply_context
from .facts import extract_facts
from .library import (
    IntentLibrary,
    IntentSpec,
    library_files,
    library_from_data,
    load_library,
    load_library_folder,
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
    "library_files",
    "library_from_data",
    "load_library",
    "load_library_folder",
    "load_recogniser",
    "validate_intent_library",
    "validate_intents_block",
]

LANGUAGES = ("de", "en")

_CACHE: dict[str, LinearRecogniser] = {}


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
    """The recogniser for `language`, from the model saved for this library version.

    The model is trained once per version of the library (its files' content, the
    scenario's own intents, the code) and saved in the cache folder (see `cache.py`);
    later starts load it without scikit-learn. Cached in memory per key too, so many
    calls in one process share one model. Raises ValueError for an unknown language or
    malformed extras, and trainer.scenario.findings.ScenarioError for a library file that
    is not valid YAML.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: expected one of {', '.join(LANGUAGES)}")
    from . import cache
    from .model import DEFAULT, LinearRecogniser

    folder = Path(library_dir) if library_dir is not None else default_library_dir()
    files = library_files(folder, language)
    if extra_intents:
        # Malformed extras fail here, before any training (same message as ever).
        IntentLibrary(language).add_extras(extra_intents)
    try:
        key = cache.model_key(files, extra_intents, DEFAULT)
    except OSError:
        key = None
    with _LOCK:
        if key is not None and key in _CACHE:
            return _CACHE[key]
        data = cache.load(language, key) if key is not None else None
        if data is None:
            library = load_library_folder(folder, language)
            library.add_extras(extra_intents)
            from .train import fit

            data = fit(library, DEFAULT)
            if key is not None:
                cache.save(data, key)
        rec = LinearRecogniser.from_data(data)
        if key is not None:
            _CACHE[key] = rec
    startup.done()  # the model is the last thing a start loads (see trainer/startup.py)
    return rec
