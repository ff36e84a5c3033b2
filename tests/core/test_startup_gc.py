"""A command's start runs without garbage collection, and collection resumes once the start
is over (trainer/startup.py): collecting the objects a start builds cost ≈ 10 % of the
first answer, which issue 10 allows 0.5 s. Each case runs in a fresh process, as a trainer
starting the command would; a test calling `main(argv)` in its own process changes nothing.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Counts the collections made between the command's start and `startup.done()`, and records
# whether the collector was on when the command's own work began (the scenario loading).
SNIPPET = """
import gc, json, sys
import trainer.startup as startup
from trainer.cli import main

seen = {"collections": 0, "before_done": None, "loading_with_gc": None, "done_calls": 0}

def count(phase, info):
    if phase == "start":
        seen["collections"] += 1

gc.callbacks.append(count)
real_done = startup.done

def done():
    seen["done_calls"] += 1
    if seen["before_done"] is None:
        seen["before_done"] = seen["collections"]
    real_done()

startup.done = done
real_hold = startup.hold

def hold():
    seen["collections"] = 0  # the snippet's own imports ran before the command started
    real_hold()

startup.hold = hold

import trainer.scenario.loader as loader
real_load = loader.load_scenario

def load_scenario(*a, **k):
    if seen["loading_with_gc"] is None:
        seen["loading_with_gc"] = gc.isenabled()
    return real_load(*a, **k)

loader.load_scenario = load_scenario
sys.argv = ["trainer", *sys.argv[1:]]
try:
    code = main()
except SystemExit as exc:
    code = exc.code
seen.update(code=code, enabled_after=gc.isenabled(), frozen=gc.get_freeze_count() > 0)
print(json.dumps(seen), file=sys.stderr)
"""


def _start(*args: str, stdin: str = "", transcripts: Path | None = None) -> dict:
    env = dict(os.environ)
    if transcripts is not None:
        # `play` saves its transcript: into the test's folder, not the checkout's
        env["TRAINER_TRANSCRIPTS"] = str(transcripts)
    out = subprocess.run(
        [sys.executable, "-c", SNIPPET, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    return json.loads(out.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("classify", "--lang", "en"), "Hello, Sam here from Northside Plumbing.\n"),
        (
            ("play", "de-stammkunde-urlaub", "--script", "-", "--seed", "1"),
            "Guten Tag, hier ist Anna Berger von Berger Elektro.\n",
        ),
    ],
    ids=["classify", "play-script"],
)
def test_a_timed_start_collects_nothing_until_it_is_over(
    args: tuple, stdin: str, tmp_path: Path
) -> None:
    seen = _start(*args, stdin=stdin, transcripts=tmp_path)
    assert seen["code"] == 0
    # Without the hold, the same start made ≈ 150 collections, one of them a full one.
    assert seen["before_done"] == 0
    assert seen["enabled_after"] is True
    # What the start built is frozen: later full collections skip it.
    assert seen["frozen"] is True


def test_a_batch_command_collects_as_usual_from_the_start() -> None:
    # `validate` is no timed start: the collector is on before it loads any scenario.
    seen = _start("validate", "scenarios/de/behoerde-bestellnummer.yaml")
    assert seen["code"] == 0
    assert seen["loading_with_gc"] is True
    assert seen["enabled_after"] is True


def test_calling_main_inside_a_process_leaves_its_collector_alone() -> None:
    from trainer.cli import main

    frozen = gc.get_freeze_count()
    assert main(["validate", str(ROOT / "scenarios/de/behoerde-bestellnummer.yaml")]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
