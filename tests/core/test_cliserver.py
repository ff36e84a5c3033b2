"""The fork runner (tests/cliserver.py) is `python -m trainer` without the start-up: for
each command the suite forks, a real interpreter gives the same bytes and exit code.

These are also the real-subprocess runs of the commands whose other tests fork
(play keeps its own in tests/core/test_play_cli.py, serve in tests/web).
"""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import cliserver
from tests.helpers import SCENARIOS, run_trainer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts" / "v1"
SCRIPT = "Guten Tag, hier ist Anna Berger.\nEs geht um die Rechnung.\n\nGeht es bis Freitag?\n"
#: command -> (its arguments, stdin); {s} is the shipped scenarios folder, {t} a
#: transcripts folder holding the v1 fixtures.
COMMANDS = {
    "bare-usage-error": ("nonsense", ""),
    "version": ("--version", ""),
    "schema": ("schema", ""),
    "validate": ("validate {s}/de/stammkunde-urlaub.yaml", ""),
    "validate-missing": ("validate nope.yaml", ""),
    "test": ("test {s}/en/cash-problems-cafe.yaml", ""),
    "graph": ("graph de-stammkunde-urlaub", ""),
    "fuzz": ("fuzz {s}/de/stammkunde-urlaub.yaml --runs 3 --seed 1", ""),
    "review": ("--transcripts {t} review --list", ""),
    "export": ("--transcripts {t} export {t}/en-reviewed.json -f md -o -", ""),
    "stats": ("--transcripts {t} stats", ""),
    "play": ("--transcripts {t} play de-stammkunde-urlaub --script - --seed 3", SCRIPT),
}


def _transcripts(tmp_path: Path) -> Path:
    folder = tmp_path / "transcripts"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns("*.md"))
    return folder


def _masked(data: bytes, folder: Path) -> bytes:
    """The run's own folder and a new transcript's random id, which differ by design."""
    data = data.replace(str(folder).encode(), b"<t>")
    return re.sub(rb"\d{8}-\d{6}-[a-z-]+-[0-9a-f]+\.json", b"<id>.json", data)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_forked_command_is_what_a_real_one_is(tmp_path: Path, command: str) -> None:
    args, stdin = COMMANDS[command]
    runs = []
    for real in (False, True):
        folder = _transcripts(tmp_path / ("real" if real else "fork"))
        argv = args.format(s=SCENARIOS, t=folder).split()
        run = run_trainer(*argv, input=stdin, real=real)
        runs.append((run.returncode, _masked(run.stdout, folder), _masked(run.stderr, folder)))
    assert runs[0] == runs[1], f"{command}: the fork differs from `python -m trainer`"
    assert b"Traceback" not in runs[0][1] + runs[0][2]


def test_a_fork_keeps_its_memory_cap_and_time_limit(tmp_path: Path) -> None:
    """The limits the hostile suite sets apply to the forked child itself."""
    argv = ["--transcripts", str(tmp_path), "play", "de-stammkunde-urlaub", "--script", "-"]
    capped = cliserver.run(
        argv, input=SCRIPT.encode(), limits=[(resource.RLIMIT_AS, 1 << 20, 1 << 20)]
    )
    assert capped.returncode != 0  # 1 MB of address space: nothing can be allocated
    with pytest.raises(subprocess.TimeoutExpired):
        cliserver.run(argv, input=SCRIPT.encode(), timeout=0.001)
    after = cliserver.run(argv, input=SCRIPT.encode())  # the server carries on
    assert after.returncode == 0, after.stderr
