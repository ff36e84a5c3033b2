"""Start of one browser session (a new process each): the library with its table filled,
against a bare Textual app (header, table, footer) settling in the same terminal.

    .venv/bin/python benchmarks/serve_startup.py [--runs N]

All apps run headless at 80x24 in a fresh interpreter, interleaved run by run (machine
load hits them alike), median of N runs after one warm-up each; time from spawning the
child until it prints its event (its own wall clock). Events:
- bare: Header + DataTable with 12 rows + Footer, first paint after mount;
- trainer, warm cache: the library's table filled and painted, the checked scenarios read
  from the cache (the normal case: every session after the server's first);
- trainer, cold cache: the same with an empty cache folder (every file parsed and checked).
Target (issue 14, item 5): warm / bare <= 1.5. Also reported: whether the session had
imported scikit-learn or the scenario code by then (it should not need either).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import time
from textual.app import App
from textual.widgets import DataTable, Footer, Header

class Bare(App):
    def compose(self):
        yield Header()
        yield DataTable()
        yield Footer()
    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("Title", "Lang.", "Customer type", "Reaction", "Level", "Best", "Tries")
        for i in range(12):
            table.add_row(f"Scenario {i}", "de", "regular", "apologises", "**", "-", "0")
        self.call_after_refresh(self.painted)
    def painted(self):
        print("event", time.time(), flush=True)
        self.exit()

Bare().run(headless=True)
"""

TRAINER = """
import sys, time
from pathlib import Path
from trainer.tui.app import TrainerApp

def ready(self):
    def painted():
        mods = sys.modules
        print("event", time.time(), flush=True)
        print("modules", int("sklearn" in mods), int("trainer.scenario" in mods), flush=True)
        self.exit()
    self.call_after_refresh(painted)

TrainerApp.library_ready = ready
TrainerApp(scenarios=Path(sys.argv[1]), transcripts=Path(sys.argv[2]), learner="bench",
           remember=False).run(headless=True)
"""


def _run(code: str, *args: str, env: dict[str, str]) -> tuple[float, list[str]]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    event = None
    modules: list[str] = []
    for line in out.splitlines():
        name, _, rest = line.partition(" ")
        if name == "event":
            event = float(rest) - start
        elif name == "modules":
            modules = rest.split()
    if event is None:
        raise SystemExit(f"no event from the child: {out!r}")
    return event, modules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="serve-start-") as name:
        tmp = Path(name)
        config = tmp / "config.json"
        config.write_text(json.dumps({}), encoding="utf-8")
        base_env = {**os.environ, "TRAINER_CONFIG": str(config), "COLUMNS": "80", "LINES": "24"}
        warm_env = {**base_env, "TRAINER_CACHE_DIR": str(tmp / "cache-warm")}
        folders = (str(ROOT / "scenarios"), str(tmp / "transcripts"))
        for env in (base_env, warm_env):  # .pyc files, the OS file cache, the warm cache
            _run(BARE, env=env)
            _run(TRAINER, *folders, env=warm_env)
        samples: dict[str, list[float]] = {"bare": [], "warm": [], "cold": []}
        seen: dict[str, list[str]] = {}
        for i in range(args.runs):
            samples["bare"].append(_run(BARE, env=base_env)[0])
            t, seen["warm"] = _run(TRAINER, *folders, env=warm_env)
            samples["warm"].append(t)
            cold_env = {**base_env, "TRAINER_CACHE_DIR": str(tmp / f"cache-cold-{i}")}
            t, seen["cold"] = _run(TRAINER, *folders, env=cold_env)
            samples["cold"].append(t)
    med = {k: statistics.median(v) for k, v in samples.items()}
    bare = med["bare"]
    print(f"session start, median of {args.runs} interleaved runs (headless, 80x24)")
    print(f"  bare Textual app (header, table, footer) settled  {bare * 1000:6.0f} ms")
    for key, what in (("warm", "library filled, scenario cache warm"),
                      ("cold", "library filled, cache cold")):  # fmt: skip
        ratio = med[key] / bare
        mark = f"  target <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'}" if key == "warm" else ""
        print(f"  {what:<49} {med[key] * 1000:6.0f} ms  {ratio:4.2f}x{mark}")
    sk, sc = seen["warm"] or ["?", "?"]
    print(f"  warm start imported scikit-learn: {sk == '1'}, the scenario code: {sc == '1'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
