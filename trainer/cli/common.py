"""Helpers the subcommands share: loading a scenario with one clear message."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..paths import scenarios_dir, transcripts_dir
from ..scenario import LoadedScenario, ScenarioError, find_scenario, load_scenario


class Fail(Exception):
    """Stop the command with this message on stderr and exit code 2."""


def scenarios_root(args: Any) -> Path:
    return scenarios_dir(getattr(args, "scenarios", None))


def transcripts_root(args: Any) -> Path:
    return transcripts_dir(getattr(args, "transcripts", None))


def load(ref: str, args: Any) -> LoadedScenario:
    """A scenario by id or path; its errors become one Fail with file:line:column lines."""
    try:
        return load_scenario(find_scenario(ref, scenarios_root(args)))
    except ScenarioError as exc:
        raise Fail(str(exc)) from None


def fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code


def read_lines(source: str):
    """Learner lines from a file or '-' (stdin), one at a time as they arrive.

    Bytes that are not UTF-8 are kept (surrogateescape) so the transcript holds
    exactly what was typed.
    """
    if source == "-":
        stream = sys.stdin.buffer
        close = False
    else:
        try:
            stream = open(source, "rb")  # noqa: SIM115 - closed below, streamed lazily
        except OSError as exc:
            raise Fail(f"cannot read script {source}: {exc.strerror}") from None
        close = True
    try:
        for raw in stream:
            yield raw.decode("utf-8", errors="surrogateescape").rstrip("\r\n")
    finally:
        if close:
            stream.close()
