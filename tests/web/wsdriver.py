"""A browser session without a browser: textual-serve's websocket protocol, spoken directly.

What textual.js sends is what this sends (`["stdin", keys]`, `["resize", …]`), so the
server starts the same app process per connection. Used by the concurrency benchmark
and the closed-mid-call test, where twenty Chromium tabs would cost more than they prove.
The app's screen is waited for through the session probe (TRAINER_SERVE_PROBE) and the
journal on disk, as in the browser test.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp

ENTER = "\r"
ESCAPE = "\x1b"
F3 = "\x1bOR"  # the pause key
F4 = "\x1bOS"  # hang up


async def until(what: str, check: Callable[[], object], timeout: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(0.05)  # a poll interval, not a wait for something to happen


def probe_logs(probe: Path) -> set[Path]:
    return set(probe.glob("[0-9]*.log"))


class WebSession:
    """One connection = one app process; `pid` is learned from the probe's new log file."""

    def __init__(self, base: str, probe: Path, transcripts: Path) -> None:
        self.url = base.replace("http://", "ws://") + "/ws?width=120&height=40"
        self.probe = probe
        self.transcripts = transcripts
        self.pid = 0
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self._http: aiohttp.ClientSession | None = None
        self._reader: asyncio.Task[None] | None = None

    async def open(self) -> None:
        """Connect and wait for this session's process to report (connect one at a time)."""
        before = probe_logs(self.probe)
        self._http = aiohttp.ClientSession()
        self.ws = await self._http.ws_connect(self.url, max_msg_size=0)
        self._reader = asyncio.create_task(self._drain())
        new = await until("a new session", lambda: probe_logs(self.probe) - before)
        (log,) = new
        self.pid = int(log.stem)

    async def _drain(self) -> None:
        # The app's output must be read, or the server's writes back up.
        assert self.ws is not None
        async for _ in self.ws:
            pass

    async def keys(self, *keys: str) -> None:
        assert self.ws is not None
        for key in keys:
            await self.ws.send_str(json.dumps(["stdin", key]))

    def lines(self) -> list[str]:
        try:
            return (self.probe / f"{self.pid}.log").read_text(encoding="utf-8").splitlines()
        except OSError:
            return []

    def screen(self) -> str:
        screens = [line[7:] for line in self.lines() if line.startswith("screen ")]
        return screens[-1] if screens else ""

    async def wait_screen(self, name: str, timeout: float = 60.0) -> None:
        await until(f"{name} in session {self.pid}", lambda: self.screen() == name, timeout)

    def journal(self) -> list[dict[str, Any]]:
        """The records of this session's call journal (found by the header's pid)."""
        for path in self.transcripts.glob("*.journal"):
            try:
                raw = path.read_bytes().splitlines()
                first = json.loads(raw[0]) if raw else {}
            except (OSError, ValueError):
                continue
            if first.get("pid") == self.pid:
                out = []
                for line in raw:
                    try:
                        out.append(json.loads(line))
                    except ValueError:
                        continue
                return out
        return []

    def customer_turns(self) -> int:
        return sum(
            1 for r in self.journal() if r.get("type") == "turn" and r.get("speaker") == "customer"
        )

    async def say(self, text: str | None, timeout: float = 60.0) -> None:
        """One learner turn (None = the pause key); returns once the customer answered."""
        before = self.customer_turns()
        await (self.keys(F3) if text is None else self.keys(text, ENTER))
        await until(
            f"the customer's answer in session {self.pid}",
            lambda: self.customer_turns() > before,
            timeout,
        )

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self._reader is not None:
            await self._reader
        if self._http is not None:
            await self._http.close()


async def play_call(s: WebSession, name: str, lines: list[str | None]) -> str:
    """Name → library → briefing → call → debrief → library; returns the transcript id."""
    await s.wait_screen("NameScreen")
    await until("the library's table", lambda: "ready" in s.lines())
    await s.keys(name, ENTER)
    await s.wait_screen("LibraryScreen")
    await s.keys(ENTER)
    await s.wait_screen("BriefingScreen")
    await s.keys("1", "s")
    await s.wait_screen("CallScreen")
    await until("the greeting", lambda: s.customer_turns() >= 1)
    transcript = str(s.journal()[0]["id"])
    for line in lines:
        await s.say(line)
    await s.keys(F4)
    await s.wait_screen("ConfirmHangUp")
    await s.keys(F4)
    await until("the call's end", lambda: any(r.get("type") == "ended" for r in s.journal()))
    await s.wait_screen("CallScreen")
    await s.keys(ENTER)
    await s.wait_screen("DebriefScreen")
    await until("the transcript", lambda: (s.transcripts / f"{transcript}.json").is_file())
    return transcript
