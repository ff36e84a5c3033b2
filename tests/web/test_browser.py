"""`trainer serve` in a real browser: Debian's Chromium, headless, driven by Playwright.

Nothing is downloaded at run time: Playwright's Python package talks to the system
browser (`executable_path`), and the browser may resolve no host but 127.0.0.1. Where
no Chromium can be had the test is skipped, and says why (`-rs` prints the reason).

The terminal is drawn on a canvas, so the test cannot read the screen; it waits on what
the session writes instead: the probe lines (which screen is up) and the call's journal.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.web.helpers import (
    customer_turns,
    journal_records,
    one_scenario,
    probe_lines,
    serving,
    wait_until,
)

CHROMIUM = os.environ.get("TRAINER_CHROMIUM") or shutil.which("chromium")


def _browser_or_skip() -> str:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("no browser test: Playwright's Python package is not installed")
    if not CHROMIUM:
        pytest.skip("no browser test: no Chromium (apt-get install -y chromium)")
    return CHROMIUM


def settled(page: Any, path: Path, unlike: bytes = b"") -> None:
    """A screenshot once the picture has stopped changing (and differs from `unlike`):
    the app may be on the new screen before its frame has reached the browser."""
    last = b""

    def same_twice() -> bool:
        nonlocal last
        shot = page.screenshot()
        done = shot == last and shot != unlike
        last = shot
        return done

    wait_until(f"a still picture for {path.name}", same_twice)
    path.write_bytes(last)


def test_a_german_call_in_chromium(tmp_path: Path) -> None:
    browser_path = _browser_or_skip()
    from playwright.sync_api import sync_playwright

    scenarios = one_scenario(tmp_path / "scenarios")
    transcripts = tmp_path / "transcripts"
    probe = tmp_path / "probe"
    shots = tmp_path / "screenshots"
    shots.mkdir()

    def shown(line: str) -> bool:
        return line in probe_lines(probe)

    def now() -> str:
        """The screen on top now, as the probe last reported it."""
        screens = [line for line in probe_lines(probe) if line.startswith("screen ")]
        return screens[-1] if screens else ""

    with serving(scenarios, transcripts, probe) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=browser_path,
            # Loopback only: the page must not reach for anything on another host.
            args=["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
        )
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            remote = []
            page.on(
                "request",
                lambda r: None if r.url.startswith(base) else remote.append(r.url),
            )
            page.goto(base + "/")
            wait_until("the name question", lambda: shown("screen NameScreen"))
            wait_until("the library's table", lambda: shown("ready"))
            page.click("#terminal")  # the keyboard goes to the terminal
            page.keyboard.type("Anna Test")
            page.keyboard.press("Enter")
            wait_until("the library", lambda: now() == "screen LibraryScreen")
            settled(page, shots / "library.png")

            page.keyboard.press("Enter")  # the one scenario
            wait_until("the briefing", lambda: shown("screen BriefingScreen"))
            page.keyboard.press("1")  # decide to call
            page.keyboard.press("s")
            wait_until("the call", lambda: shown("screen CallScreen"))
            wait_until("the customer's greeting", lambda: customer_turns(transcripts) >= 1)
            said = 1
            for line in (
                "Guten Tag, Anna Berger von Berger Elektrotechnik.",
                "Ich rufe wegen der noch offenen Rechnung an.",
                None,  # the pause key: a deliberate silence
                "Geht es bis Freitag?",
            ):
                if line is None:
                    page.keyboard.press("F3")
                else:
                    page.keyboard.type(line)
                    page.keyboard.press("Enter")
                said += 1
                wait_until(
                    f"the customer's answer {said}",
                    lambda n=said: customer_turns(transcripts) >= n,
                )
            page.keyboard.press("F4")  # hang up: asked first, F4 again says yes
            wait_until("the question", lambda: now() == "screen ConfirmHangUp")
            page.keyboard.press("F4")
            wait_until("the ended call", lambda: now() == "screen CallScreen")
            wait_until("the call's end", lambda: any(
                r.get("type") == "ended" for r in journal_records(transcripts)))  # fmt: skip
            before = page.screenshot()
            page.keyboard.press("Enter")  # on to the debrief, which saves the transcript
            wait_until("the debrief", lambda: now() == "screen DebriefScreen")
            wait_until("the transcript", lambda: list(transcripts.glob("2*.json")))
            settled(page, shots / "debrief.png", unlike=before)
            # A small window (1024x640): the browser resizes the terminal, the app relays out.
            page.set_viewport_size({"width": 1024, "height": 640})
            settled(
                page, shots / "debrief-1024x640.png", unlike=(shots / "debrief.png").read_bytes()
            )
            page.keyboard.press("Escape")  # back to the library, at the small size
            wait_until("the library again", lambda: now() == "screen LibraryScreen")
            settled(page, shots / "library-1024x640.png")
            assert remote == [], f"the page fetched from other hosts: {remote}"
        except BaseException:
            page.screenshot(path=str(shots / "failure.png"))  # what the browser showed
            raise
        finally:
            browser.close()

    (saved,) = (p for p in transcripts.glob("*.json") if not p.name.startswith("."))
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["learner"] == "Anna Test"
    assert data["scenario"]["id"] == "de-stammkunde-urlaub"
    learner = [t for t in data["turns"] if t["speaker"] == "learner"]
    assert [t["move"] for t in learner] == ["say", "say", "pause", "say"]
    assert learner[0]["text"] == "Guten Tag, Anna Berger von Berger Elektrotechnik."
    assert data.get("status", "finished") == "finished"
    assert not list(transcripts.glob("*.journal"))
    for name in ("library.png", "debrief.png", "library-1024x640.png", "debrief-1024x640.png"):
        assert (shots / name).stat().st_size > 10_000  # a real picture, not a blank page
