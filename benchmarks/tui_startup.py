"""TUI speed: start-up to the library, and input-to-reply over a 200-turn call.

    .venv/bin/python benchmarks/tui_startup.py [--runs N] [--turns N] [--skip-startup]

1. Start-up: wall time from process start (taken in this process just before the child is
   spawned) until an event in the child (its wall clock, printed at that moment; exit and
   interpreter teardown are not counted for any app). All apps run headless at the same
   size, same interpreter, same cwd and environment, interleaved run by run so machine load
   hits them alike; median of N runs (after one warm-up run each for the file cache and
   .pyc files). Reference: a minimal Textual app (one Label), event = its first paint.
   - library painted: the library screen's first paint (header, search, the table saying
     "Loading scenarios …", footer; keys work). Target: ratio <= 1.5.
   - table filled: the scenario files have been read and checked in the worker and the rows
     are on screen (reported, no target: see the README for what it costs).
   - via `trainer`: the same two events, started through the real command line
     (trainer.cli.main), which builds the argument parser first.
2. Input-to-reply: one call of 200 learner turns under Pilot with no typing delay; for
   each turn, the time from the Enter key event until the customer's reply has been
   laid out and painted (also: from the Input.Submitted handler). Target: < 50 ms
   (median, p95 and p99 are printed; the first and last 20 turns show whether a long
   conversation slows it down).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MINIMAL = """
import time
from textual.app import App
from textual.widgets import Label

class Minimal(App):
    def compose(self):
        yield Label("ready")
    def on_mount(self):
        self.call_after_refresh(self.painted)
    def painted(self):
        print("painted", time.time(), flush=True)
        self.exit()

Minimal().run(headless=True)
"""

# The trainer app, told to report its two moments and leave once the table is filled.
HOOKS = """
import sys, time
from trainer.tui.app import TrainerApp

def shown(self):
    print("painted", time.time(), flush=True)

def ready(self):
    print("filled", time.time(), flush=True)
    self.call_after_refresh(self.exit)

TrainerApp.library_shown = shown
TrainerApp.library_ready = ready
"""

TRAINER = (
    HOOKS
    + """
from pathlib import Path
TrainerApp(scenarios=Path(sys.argv[1]), transcripts=Path(sys.argv[2]), learner="bench").run(
    headless=True
)
"""
)

# Through the command a learner types: `trainer --scenarios DIR --transcripts DIR`.
COMMAND = (
    HOOKS
    + """
_run = TrainerApp.run
TrainerApp.run = lambda self, **kw: _run(self, headless=True)
from trainer.cli import main
sys.exit(main(["--scenarios", sys.argv[1], "--transcripts", sys.argv[2]]))
"""
)


def _events(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the child to each event it printed."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout
    found = {}
    for line in out.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("painted", "filled"):
            found[name] = float(stamp) - start
    return found


def startup(runs: int, tmp: Path) -> dict[str, float]:
    config = tmp / "config.json"
    config.write_text(json.dumps({"learner": "bench"}), encoding="utf-8")
    env = {**os.environ, "TRAINER_CONFIG": str(config)}
    env.pop("TRAINER_TYPING_DELAY", None)
    folders = (str(ROOT / "scenarios"), str(tmp / "transcripts"))
    apps = {"minimal": (MINIMAL,), "trainer": (TRAINER, *folders), "command": (COMMAND, *folders)}
    for code in apps.values():  # warm the OS file cache and .pyc files for all
        _events(*code, env=env)
    samples: dict[str, list[float]] = {}
    for _ in range(runs):  # interleaved, so machine load hits all alike
        for name, code in apps.items():
            for event, seconds in _events(*code, env=env).items():
                samples.setdefault(f"{name} {event}", []).append(seconds)
    return {key: statistics.median(values) for key, values in samples.items()}


def long_scenario(tmp: Path) -> Path:
    """The café scenario with room for a long call (turn limit and patience raised)."""
    folder = tmp / "scenarios"
    shutil.copytree(ROOT / "scenarios" / "_blocks", folder / "_blocks")
    (folder / "en").mkdir(parents=True)
    text = (ROOT / "scenarios" / "en" / "cash-problems-cafe.yaml").read_text(encoding="utf-8")
    text = text.replace("patience: 3", "patience: 1000\nmax_turns: 1000")
    path = folder / "en" / "long-call.yaml"
    path.write_text(text, encoding="utf-8")
    return folder


async def reply_times(turns: int, tmp: Path) -> tuple[list[float], list[float]]:
    from trainer.tui.app import TrainerApp
    from trainer.tui.call import CallScreen

    os.environ["TRAINER_CONFIG"] = str(tmp / "config.json")
    app = TrainerApp(
        scenarios=long_scenario(tmp),
        transcripts=tmp / "transcripts",
        learner="bench",
        seed=1,
        typing_delay=0,
        scenario="en-cash-problems-cafe",
    )
    lines = [
        "I understand, that sounds like a hard autumn.",
        "I'd like to find a way together — I have a suggestion.",
    ]
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        while not hasattr(app.screen, "action_channel"):
            await pilot.pause()
        await pilot.press("1", "s")
        while not isinstance(app.screen, CallScreen):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.screen
        box = screen.query_one("#say")
        # Into the state where the customer keeps answering (he 'opens up').
        for line in ("Hello Tom, Sam Whitfield from Whitfield Joinery.", lines[0]):
            box.value = line  # type: ignore[attr-defined]
            await pilot.press("enter")
        await pilot.pause()
        for i in range(turns):
            before = len(screen.latencies)
            box.value = lines[i % 2]  # type: ignore[attr-defined]
            # The key goes in as a terminal would send it; no Pilot waiting in between
            # (Pilot's pause() walks every widget, which would be measured too).
            start = time.perf_counter()
            app.simulate_key("enter")
            while len(screen.latencies) == before:
                await asyncio.sleep(0.0005)
            times.append(time.perf_counter() - start)
            if screen.session.ended:
                raise SystemExit(f"the call ended after {i + 1} turns; the loop needs fixing")
        screen.session.close()
        painted = screen.latencies[-turns:]
    return times, painted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if not args.skip_startup:
            med = startup(args.runs, tmp)
            base = med["minimal painted"]
            print(f"start-up, median of {args.runs} (process start -> event, headless, 80x24)")
            print(f"  minimal Textual app, first paint       {base * 1000:6.0f} ms")
            for key, what in (
                ("trainer painted", "library painted"),
                ("trainer filled", "library table filled"),
                ("command painted", "`trainer` command, library painted"),
                ("command filled", "`trainer` command, table filled"),
            ):
                ratio = med[key] / base
                mark = ""
                if key == "trainer painted":
                    mark = "  target <= 1.5x: " + ("met" if ratio <= 1.5 else "NOT met")
                print(f"  {what:<38} {med[key] * 1000:6.0f} ms  {ratio:5.2f}x{mark}")
        times, painted = asyncio.run(reply_times(args.turns, tmp))
    print(f"input-to-reply over a {len(times)}-turn call (no typing delay; target < 50 ms)")
    for name, values in (
        ("in the app: Enter handled -> reply laid out and painted", painted),
        ("end to end: Enter key posted -> reply painted", times),
    ):
        ms = sorted(t * 1000 for t in values)
        p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
        p99 = ms[max(0, int(len(ms) * 0.99) - 1)]
        first = statistics.median(t * 1000 for t in values[:20])
        last = statistics.median(t * 1000 for t in values[-20:])
        print(f"  {name}")
        print(
            f"    median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms,"
            f" max {ms[-1]:.1f} ms; first 20 turns {first:.1f} ms, last 20 {last:.1f} ms"
        )
        verdict = "met" if p95 < 50 else "NOT met"
        print(f"    target < 50 ms at p95: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
