"""Helpers shared by tests: a fake recogniser and running the trainer command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests import cliserver
from trainer.understanding.types import Context, Fact, IntentHit, Recognition

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"


class KeywordRecogniser:
    """Maps marker words to intents: tests of the engine must not depend on the classifier."""

    language = "de"

    def __init__(self, mapping: dict[str, str] | None = None):
        self.mapping = mapping or {}
        self.seen: list[Context | None] = []

    def recognise(self, text: str, context: Context | None = None) -> Recognition:
        self.seen.append(context)
        hits = [
            IntentHit(intent, 0.9, word)
            for word, intent in self.mapping.items()
            if word in text.lower()
        ]
        facts = ()
        if "freitag" in text.lower():
            facts = (Fact("date", "Freitag", "2026-11-27"),)
        return Recognition(text, tuple(hits), facts)


def run_trainer(
    *args: str, input: bytes | str | None = None, cwd: Path | None = None, env=None, real=False
):
    """Run the trainer command in a child process, as a user would: forked from a server
    that has the trainer imported (tests/cliserver.py), or with `real=True` a fresh
    `python -m trainer` (for what a fork cannot show, e.g. a new hash seed per run)."""
    full_env = {**os.environ, **(env or {})}
    if isinstance(input, str):
        input = input.encode("utf-8")
    if not real:
        return cliserver.run(args, input=input, cwd=cwd, env=full_env, timeout=120)
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        input=input,
        capture_output=True,
        cwd=cwd or ROOT,
        env=full_env,
        timeout=120,
    )
