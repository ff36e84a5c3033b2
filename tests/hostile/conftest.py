"""The hostile suite: files and text an attacker controls, made small by each test.

Every case runs the real command in a subprocess under a time limit and a memory cap
(resource limits, no sleeps) and checks the same four things: it finishes, no
traceback, no raw control character reaches the output, and where input is refused
the message names file:line.
"""

from __future__ import annotations

import os
import re
import resource
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import cliserver
from tests.helpers import ROOT

#: Address space a command may use: a bomb that expands gets MemoryError, not the machine.
MEMORY_CAP = 1_500_000_000
#: Seconds a command may take; each of these finishes in well under two on a laptop.
TIME_CAP = 30

#: Bytes that must never reach a terminal: C0 controls except tab/newline (ESC starts
#: OSC/CSI, BEL ends OSC), DEL, C1 controls and bidi overrides in their UTF-8 forms.
_RAW_CONTROL = re.compile(
    rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]"
    rb"|\xe2\x80[\x8e\x8f\xa8\xa9]|\xd8\x9c"
)

#: What the tests put into files and lines: window title, clipboard write, screen clear,
#: bidi override, isolate, and Rich markup that would become a clickable action.
OSC_TITLE = "\x1b]0;pwned\x07"
OSC_CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"
CSI_CLEAR = "\x1b[2J"
BIDI = "\u202eevil\u2066x\u2069"
MARKUP = '[@click=app.screenshot("x.svg","/tmp")]klick[/] [/]'
HOSTILE_TEXT = f"Hallo {OSC_TITLE}{OSC_CLIPBOARD}{CSI_CLEAR}{BIDI} {MARKUP} Rechnung"


@dataclass
class Run:
    returncode: int
    stdout: bytes
    stderr: bytes

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")

    def assert_clean(self) -> None:
        """No traceback, no raw control character, a documented exit code."""
        both = self.stdout + self.stderr
        assert b"Traceback" not in both, self.err
        assert b"unexpected error" not in both, self.err
        found = _RAW_CONTROL.search(both)
        assert found is None, f"raw control bytes {found.group()!r} in output: {both[-400:]!r}"
        assert self.returncode in (0, 1, 2), (self.returncode, self.err)


def trainer(*args: str, input: bytes | str | None = None, cwd: Path | None = None) -> Run:
    """Run `trainer ARGS` as a user would, bounded in time and memory."""
    if isinstance(input, str):
        input = input.encode("utf-8", "surrogateescape")
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    env.pop("TRAINER_DEBUG", None)
    # A child forked from a server with the trainer imported (tests/cliserver.py): its own
    # process under the same caps, without paying Python's start for every case.
    proc = cliserver.run(
        args,
        input=input,
        cwd=cwd or ROOT,
        env=env,
        timeout=TIME_CAP,
        limits=[(resource.RLIMIT_AS, MEMORY_CAP, MEMORY_CAP)],
    )
    run = Run(proc.returncode, proc.stdout, proc.stderr)
    run.assert_clean()
    return run


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (not following links) with its bytes, to prove nothing
    outside the transcripts folder was touched."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(folder))] = path.read_bytes()
    return out


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file outside every folder the trainer is given: it must never change."""
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "precious.txt"
    target.write_text("do not touch\n", encoding="utf-8")
    return target
