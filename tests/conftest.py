"""Shared fixtures: a fake recogniser for exact control, and scenario files in tmp_path."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from tests.helpers import KeywordRecogniser
from trainer.tui.compat import quicker_pilot_idle

# Pilot's idle wait in finer steps (a private Textual module: see trainer.tui.compat,
# which fails loudly if an upgrade moves it rather than letting the tests slow down).
quicker_pilot_idle()


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto`: one and a half workers per core. A Pilot test spends about a third of its
    time waiting for the next frame, so a third worker on two cores fills those waits
    (measured on the 2-core machine: 73 s against 84 s for two). The environment variable
    PYTEST_XDIST_AUTO_NUM_WORKERS still decides when set (xdist's own hook reads it)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = cores or 1
    return cores + cores // 2


@pytest.fixture(scope="session", autouse=True)
def _state_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The log file goes to a temporary state folder (CLI subprocesses inherit it), never
    to ~/.local/state."""
    os.environ["TRAINER_STATE_DIR"] = str(tmp_path_factory.mktemp("state"))


@pytest.fixture(scope="session", autouse=True)
def _model_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One model cache for the test runs (CLI subprocesses inherit it): the first
    recogniser per language and library version trains and saves, every later one loads;
    ~/.cache is untouched. It lives in .pytest_cache/ (git-ignored), so a second `make test`
    on an unchanged library loads instead of training: the key is the hash of the library,
    the settings and the feature code (cache.py), so a warm cache never hides a change. A
    fresh clone (CI) trains; tests/understanding/test_model_cache.py trains in folders of its
    own. TRAINER_TEST_FRESH_CACHE=1 gives a run a fresh, empty cache.

    Under pytest-xdist the workers share one cache folder (the run's base temp folder, which
    xdist gives every worker as the parent of its own): saves are atomic, and a lock per
    language lets one worker train while the others wait and then load, so each model is
    trained once per run, not once per worker. Worker i starts with language i, so two
    workers train de and en at the same time.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if os.environ.get("TRAINER_TEST_FRESH_CACHE"):
        if worker is None:
            folder = tmp_path_factory.mktemp("model-cache")
        else:
            folder = tmp_path_factory.getbasetemp().parent / "model-cache"
    else:
        folder = Path(__file__).resolve().parents[1] / ".pytest_cache" / "model-cache"
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["TRAINER_CACHE_DIR"] = str(folder)
    if worker is None:
        return  # one process: each model trains on first use, as in the app
    from trainer.understanding import LANGUAGES, load_recogniser

    index = int(worker.removeprefix("gw") or 0) if worker.startswith("gw") else 0
    languages = list(LANGUAGES)
    shift = index % len(languages)
    for language in languages[shift:] + languages[:shift]:
        with open(folder / f"{language}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
            load_recogniser(language)


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
