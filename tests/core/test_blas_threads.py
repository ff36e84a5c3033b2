"""The CLI asks OpenBLAS for one thread before numpy loads (trainer.cli.main): its thread
pool spun for ≈ 0.12 s of CPU on the other core before the first answer. The setting only
works if nothing imports numpy before main() runs, and a user's own choice wins."""

from __future__ import annotations

import os
import subprocess
import sys

SNIPPET = """
import os, sys
import trainer.cli
before = "numpy" in sys.modules
try:
    trainer.cli.main(["--version"])
except SystemExit:
    pass
import numpy
print(before, os.environ.get("OPENBLAS_NUM_THREADS"))
"""


def _run(env: dict[str, str]) -> str:
    out = subprocess.run(
        [sys.executable, "-c", SNIPPET], capture_output=True, text=True, env=env, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def test_one_blas_thread_is_set_before_numpy_loads() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert _run(env) == "False 1"


def test_the_users_own_setting_wins() -> None:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "2"}
    assert _run(env) == "False 2"
