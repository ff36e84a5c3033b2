"""`trainer ARGS` in a child process without paying the interpreter's start each time.

A real `python -m trainer` spends ~0.3 s of CPU starting Python and importing the trainer
(numpy, pydantic, the scenario model) before it does anything; the suite runs it about a
hundred times. Here one server process per pytest worker imports all of that once, then
FORKS a fresh child per command. The child is still a separate process: its own pid,
current folder, environment, stdin/stdout/stderr as files at file-descriptor level, resource
limits, exit code (a signal is a negative code, as with subprocess), and it runs
trainer/__main__.py through runpy exactly as `python -m trainer` does (an uncaught exception
prints its traceback and exits 1; atexit handlers run).

Variables that act at interpreter start or at import (PYTHON*, LANG, LC_*, TEXTUAL_*,
TRAINER_MESSAGES) are the server's own: a command run under other values gets a server
started under those. TRAINER_REAL_SUBPROCESS=1 runs every command the slow, real way (the
cross-check: the suite passes both ways). Every child shares its server's hash seed, so
tests of determinism across runs (tests/core/test_play_cli.py) keep real subprocesses.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import random
import runpy
import select
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from os import _exit  # (imported by name: Textual's App has an `_exit` too)
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Variables read when Python starts or when a module is imported: a child forked from a
#: server started under other values would not be what a fresh process is.
_AT_START = ("PYTHON", "LANG", "LC_", "TEXTUAL_", "TRAINER_MESSAGES")
#: BLAS thread counts change speed, never results; the server runs single-threaded BLAS so
#: that forking it is safe (no BLAS thread pool to lose).
_IGNORED = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")
_SERVER_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}


def _at_start(env: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k.startswith(_AT_START) and k not in _IGNORED}


class _Server:
    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = {**env, **_SERVER_ENV}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.cliserver"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=self.env,
            # Unbuffered: a buffered reader could take the exit code's line together with
            # the pid's, and `select` on the pipe would then wait for a line already read
            # (a fast command under load timed out, then its kill found no process).
            bufsize=0,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.requests = self.proc.stdin
        self.replies = self.proc.stdout
        self.lock = threading.Lock()

    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        self.requests.close()
        self.proc.wait(timeout=10)

    def run(
        self, argv: list[str], *, stdin: str | None, stdout: str, stderr: str, cwd: str,
        env: dict[str, str], limits: Sequence[tuple[int, int, int]], timeout: float | None,
    ) -> int:  # fmt: skip
        request = {"argv": argv, "stdin": stdin, "stdout": stdout, "stderr": stderr,
                   "cwd": cwd, "env": env, "limits": [list(x) for x in limits]}  # fmt: skip
        with self.lock:
            self.requests.write(json.dumps(request).encode() + b"\n")
            self.requests.flush()
            pid = int(self._reply(None))
            try:
                return int(self._reply(timeout))
            except subprocess.TimeoutExpired:
                # The child may have ended between the timeout and the kill: its exit
                # code is still on the way and must be read, or the next command reads it.
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                self._reply(None)
                raise subprocess.TimeoutExpired(["trainer", *argv], timeout or 0) from None

    def _reply(self, timeout: float | None) -> str:
        ready, _, _ = select.select([self.replies], [], [], timeout)
        if not ready:
            raise subprocess.TimeoutExpired("trainer", timeout or 0)
        line = self.replies.readline()
        if not line:
            raise RuntimeError("the trainer fork server died")
        return line.decode().strip()


#: One server per environment of the variables that act at start (usually just one).
_servers: dict[frozenset[tuple[str, str]], _Server] = {}


def _server_for(env: Mapping[str, str]) -> _Server:
    key = frozenset(_at_start(env).items())
    server = _servers.get(key)
    if server is None or not server.alive():
        server = _servers[key] = _Server(env)
        atexit.register(server.close)
    return server


def run(
    args: Sequence[str],
    *,
    input: bytes | None = None,
    cwd: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
    limits: Sequence[tuple[int, int, int]] = (),
) -> subprocess.CompletedProcess[bytes]:
    """`trainer ARGS` with stdin `input`, output captured: subprocess.run's result."""
    env = dict(os.environ if env is None else env)
    cwd = str(cwd or ROOT)
    if os.environ.get("TRAINER_REAL_SUBPROCESS"):
        return _real(list(args), input=input, cwd=cwd, env=env, timeout=timeout, limits=limits)
    with tempfile.TemporaryDirectory(prefix="trainer-run-") as folder:
        paths = {name: os.path.join(folder, name) for name in ("in", "out", "err")}
        Path(paths["in"]).write_bytes(input or b"")
        code = _server_for(env).run(
            list(args), stdin=paths["in"], stdout=paths["out"], stderr=paths["err"],
            cwd=cwd, env=env, limits=limits, timeout=timeout,
        )  # fmt: skip
        out, err = Path(paths["out"]).read_bytes(), Path(paths["err"]).read_bytes()
    return subprocess.CompletedProcess(["trainer", *args], code, out, err)


def _real(
    args: list[str], *, input: bytes | None, cwd: str, env: dict[str, str],
    timeout: float | None, limits: Sequence[tuple[int, int, int]],
) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    def apply_limits() -> None:  # pragma: no cover - runs in the child
        import resource

        for which, soft, hard in limits:
            resource.setrlimit(which, (soft, hard))

    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        input=input or b"",
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
        preexec_fn=apply_limits if limits else None,
    )


# --- the server (python -m tests.cliserver) -------------------------------------------


def _serve() -> None:
    # The protocol moves off fds 0 and 1, which become the children's stdin and stdout;
    # sys.stdin/stdout/stderr stay the objects this interpreter made at its start (same
    # encoding, error handler and buffering as a fresh `python -m trainer` would get).
    requests = os.fdopen(os.dup(0), "rb")
    replies = os.fdopen(os.dup(1), "wb")
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    _preload()
    for line in requests:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            requests.close()
            replies.close()
            _child(request)  # never returns
        replies.write(f"{pid}\n".encode())
        replies.flush()
        _, status = os.waitpid(pid, 0)
        replies.write(f"{os.waitstatus_to_exitcode(status)}\n".encode())
        replies.flush()


def _preload() -> None:
    """Import what the commands import (nothing runs: no recogniser, no scenario)."""
    import importlib

    from trainer import cli

    for name in cli.COMMANDS:
        importlib.import_module(f"trainer.cli.{name}")


def _child(request: dict) -> None:  # pragma: no cover - runs in the forked child
    code = 1
    try:
        import resource

        for which, soft, hard in request["limits"]:
            resource.setrlimit(which, (soft, hard))
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        for fd, path, flags in (
            (0, request["stdin"] or os.devnull, os.O_RDONLY),
            (1, request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
            (2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        ):
            opened = os.open(path, flags, 0o600)
            os.dup2(opened, fd)
            os.close(opened)
        sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__
        # A fresh process draws fresh random state; a fork would repeat the server's.
        random.seed()
        if "numpy" in sys.modules:
            sys.modules["numpy"].random.seed()
        sys.argv = ["-m", *request["argv"]]
        try:
            runpy.run_module("trainer", run_name="__main__", alter_sys=True)
            code = 0
        except SystemExit as exc:
            code = _exit_code(exc.code)
        except BaseException:
            sys.excepthook(*sys.exc_info())
            code = 1
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # as at interpreter exit: nowhere to report
                stream.flush()
    finally:
        _exit(code & 0xFF)  # no interpreter teardown: the server's, not this child's


def _exit_code(value: object) -> int:
    """What the interpreter makes of sys.exit(value)."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    print(value, file=sys.stderr)
    return 1


if __name__ == "__main__":
    _serve()
