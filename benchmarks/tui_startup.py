"""TUI speed: start-up to the library, and input-to-reply over a 200-turn call.

    .venv/bin/python benchmarks/tui_startup.py [--runs N] [--turns N]

1. Start-up: wall time from process start until the library table shows the scenarios
   (the app exits at that moment), as a ratio to a minimal Textual app (one Label, exits
   after its first paint) measured in the same run, both headless. Median of N runs.
   Target: ratio <= 1.5.
2. Input-to-reply: one call of 200 learner turns under Pilot with no typing delay; for
   each turn, the time from the Enter key event until the customer's reply has been
   laid out and painted (also: from the Input.Submitted handler). Target: < 50 ms
   (median and p95; the last 20 turns show whether a long conversation slows it down).
"""

from __future__ import annotations

import argparse
import asyncio
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
from textual.app import App
from textual.widgets import Label

class Minimal(App):
    def compose(self):
        yield Label("ready")
    def on_mount(self):
        self.call_after_refresh(self.exit)

Minimal().run(headless=True)
"""

TRAINER = """
import sys
from pathlib import Path
from trainer.tui.app import TrainerApp

class Bench(TrainerApp):
    def library_ready(self):
        self.call_after_refresh(self.exit)

Bench(scenarios=Path(sys.argv[1]), transcripts=Path(sys.argv[2]), learner="bench").run(
    headless=True
)
"""


def _wall(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def startup(runs: int, tmp: Path) -> tuple[float, float]:
    env = {**os.environ, "TRAINER_CONFIG": str(tmp / "config.json")}
    transcripts = tmp / "transcripts"
    minimal, trainer = [], []
    _wall(MINIMAL, env=env)  # warm the OS file cache and .pyc files for both
    _wall(TRAINER, str(ROOT / "scenarios"), str(transcripts), env=env)
    for _ in range(runs):  # interleaved, so machine load hits both alike
        minimal.append(_wall(MINIMAL, env=env))
        trainer.append(_wall(TRAINER, str(ROOT / "scenarios"), str(transcripts), env=env))
    return statistics.median(minimal), statistics.median(trainer)


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
            minimal, trainer = startup(args.runs, tmp)
            ratio = trainer / minimal
            print(f"start-up, median of {args.runs} (process start -> library ready, headless)")
            print(f"  minimal Textual app   {minimal * 1000:7.0f} ms")
            print(f"  trainer library       {trainer * 1000:7.0f} ms")
            verdict = "ok" if ratio <= 1.5 else "over target"
            print(f"  ratio                 {ratio:7.2f}x  (target <= 1.5x: {verdict})")
        times, painted = asyncio.run(reply_times(args.turns, tmp))
    print(f"input-to-reply over a {len(times)}-turn call (no typing delay; target < 50 ms)")
    for name, values in (
        ("in the app: Enter handled -> reply laid out and painted", painted),
        ("end to end: Enter key posted -> reply painted", times),
    ):
        ms = sorted(t * 1000 for t in values)
        p95 = ms[int(len(ms) * 0.95) - 1]
        first = statistics.median(t * 1000 for t in values[:20])
        last = statistics.median(t * 1000 for t in values[-20:])
        print(f"  {name}")
        print(
            f"    median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms;"
            f" first 20 turns {first:.1f} ms, last 20 {last:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
