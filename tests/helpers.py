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


def call_checks(result: dict) -> dict[str, dict]:
    """Each check of a scored call by id, as the call itself judged it: the confirmation's
    `letter` part — the letter not yet written, which no call alone can earn — left out, so
    `confirm_in_writing` is the promise made on the phone (the sixty-fourth session split it)."""
    return {
        c["id"]: c
        for c in result["checks"]
        if not (c["id"] == "confirm_in_writing" and c.get("part") == "letter")
    }


def _unwritten(c: dict) -> bool:
    return c["id"] == "confirm_in_writing" and c.get("part") == "letter" and not c["passed"]


def score_but_the_letter(result: dict) -> int:
    """The call's score with the confirmation letter counted as written: what the call
    itself earned (a promise to confirm earns two thirds of the check until the letter is
    written — sixty-fourth session)."""
    total = sum(c["weight"] for c in result["checks"])
    earned = sum(c["weight"] for c in result["checks"] if c["passed"] or _unwritten(c))
    return round(100 * earned / total) if total else 0


def top_but_the_letter(result: dict) -> bool:
    """Passed at gold, or at silver held down only by the letter not yet written: the
    call's own top tier (gold needs the confirmation itself since the sixty-fourth session)."""
    if not result["passed"]:
        return False
    if result["tier"] == "gold":
        return True
    cap = result.get("tier_cap") or {}
    failed = [c for c in result["checks"] if not c["passed"] and c["weight"] > 0]
    return (
        result["tier"] == "silver"
        and cap.get("check") == "confirm_in_writing"
        and all(_unwritten(c) for c in failed)
    )
