"""Helpers the subcommands share: loading a scenario with one clear message."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import intents_dir, scenarios_dir, transcripts_dir
from ..safety import shown

if TYPE_CHECKING:
    from ..scenario import LoadedScenario


class Fail(Exception):
    """Stop the command with this message on stderr and exit code 2."""


def scenarios_root(args: Any) -> Path:
    return scenarios_dir(getattr(args, "scenarios", None))


def transcripts_root(args: Any) -> Path:
    return transcripts_dir(getattr(args, "transcripts", None))


def intents_root(args: Any) -> Path | None:
    """The intent library folder for --scenarios DIR; None means the default library."""
    scenarios = getattr(args, "scenarios", None)
    if not scenarios:
        return None
    return intents_dir(Path(scenarios))


def scenario_paths(args: Any) -> list[Path]:
    """The PATH... arguments (default: the scenario folder); Fail if one does not exist."""
    paths = [Path(p) for p in getattr(args, "paths", None) or []] or [scenarios_root(args)]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise Fail(f"no such file or folder: {', '.join(missing)}")
    return paths


def scenario_files_for(args: Any) -> list[Path]:
    """The scenario files the PATH... arguments name; Fail if there are none."""
    from ..scenario import scenario_files

    paths = scenario_paths(args)
    files = [f for p in paths for f in scenario_files(p)]
    if not files:
        raise Fail(f"no scenario files in {', '.join(map(str, paths))}")
    return files


def find(ref: str, args: Any) -> Path:
    """The file of a scenario id or path; Fail with one sentence if there is none."""
    from ..scenario import ScenarioError, find_scenario

    try:
        return find_scenario(ref, scenarios_root(args))
    except ScenarioError as exc:
        raise Fail(str(exc)) from None


def load(ref: str, args: Any) -> LoadedScenario:
    """A scenario by id or path; its errors become one Fail with file:line:column lines."""
    from ..scenario import ScenarioError, find_scenario, load_scenario

    try:
        loaded = load_scenario(find_scenario(ref, scenarios_root(args)))
    except ScenarioError as exc:
        raise Fail(str(exc)) from None
    persona = getattr(args, "persona", None)
    personas = loaded.scenario.customer.personas
    if persona is not None and persona not in personas:
        # A persona the scenario has no states for was played and scored as if real
        # ("--persona nonsense" recorded "nonsense" and judged the call by it).
        raise Fail(
            f"--persona {persona}: this customer reacts as {' or '.join(personas)} "
            f"(scenario {loaded.scenario.id})"
        )
    return loaded


def printable(text: str) -> str:
    """Learner text made safe for one line of a terminal: the one sanitiser, with line
    breaks escaped too. The transcript keeps the text verbatim; this is for display only."""
    return shown(text, newlines=False)


def fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code


def read_lines(source: str) -> Iterator[str]:
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
