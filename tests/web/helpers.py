"""Starting `trainer serve` on a free loopback port, and waiting on what it writes."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "scenarios"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(what: str, check: Callable[[], object], timeout: float = 30.0) -> object:
    """Poll `check` until it returns something truthy; fail naming `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)  # a poll interval, not a wait for something to happen


def one_scenario(folder: Path, ref: str = "de/stammkunde-urlaub.yaml") -> Path:
    """A scenario folder holding one shipped scenario and the shared libraries."""
    for shared in ("_intents", "_blocks"):
        if (SHIPPED / shared).is_dir():
            shutil.copytree(SHIPPED / shared, folder / shared)
    target = folder / ref
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(SHIPPED / ref, target)
    return folder


@contextmanager
def serving(
    scenarios: Path, transcripts: Path, probe: Path, *extra: str, env: dict[str, str] | None = None
) -> Iterator[str]:
    """`trainer serve` in a subprocess on 127.0.0.1; yields its base URL; always stopped."""
    port = free_port()
    probe.mkdir(parents=True, exist_ok=True)
    environment = {
        **os.environ,
        "TRAINER_TYPING_DELAY": "0",
        "TRAINER_SERVE_PROBE": str(probe),
        "TRAINER_CONFIG": str(probe / "config.json"),
        **(env or {}),
    }
    log = open(probe / "server.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "trainer", "--scenarios", str(scenarios),
         "--transcripts", str(transcripts), "serve", "--host", "127.0.0.1",
         "--port", str(port), "--today", "2026-03-02", *extra],
        stdout=log, stderr=subprocess.STDOUT, env=environment, cwd=ROOT,
    )  # fmt: skip
    (probe / "server.pid").write_text(str(proc.pid))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until("the server to answer", lambda: _answers(base, proc), timeout=30)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _answers(base: str, proc: subprocess.Popen[bytes]) -> bool:
    if proc.poll() is not None:
        raise AssertionError(f"trainer serve exited with {proc.returncode}")
    try:
        urllib.request.urlopen(base + "/static/css/xterm.css", timeout=2).close()
    except (urllib.error.URLError, OSError):
        return False
    return True


def probe_lines(probe: Path) -> list[str]:
    """Every line the probed sessions wrote (one session per test: one file)."""
    lines: list[str] = []
    for log in sorted(probe.glob("[0-9]*.log")):
        lines += log.read_text(encoding="utf-8").splitlines()
    return lines


def journal_records(folder: Path) -> list[dict[str, object]]:
    """The records of the one journal in `folder` (empty if none yet)."""
    journals = list(folder.glob("*.journal"))
    if len(journals) != 1:
        return []
    out = []
    for raw in journals[0].read_bytes().splitlines():
        try:
            out.append(json.loads(raw))
        except ValueError:
            continue  # the line being written right now
    return out


def customer_turns(folder: Path) -> int:
    return sum(
        1
        for r in journal_records(folder)
        if r.get("type") == "turn" and r.get("speaker") == "customer"
    )
