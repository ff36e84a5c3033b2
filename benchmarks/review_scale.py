"""Review at scale: 10,000 transcripts, the table must open in < 1 s within < 200 MB.

    .venv/bin/python benchmarks/review_scale.py [--count 10000] [--keep DIR]

Generates realistic transcripts in a temporary folder: a few real calls are played
headless (the real recogniser and scenarios), then cloned with varied learners,
dates, seeds, ids and a synthetic scoring block (checks with evidence and advice,
feedback per turn, opening strategy), so files have the size and shape of real
ones; 0.5 % are interrupted and a handful are corrupt, foreign or too new. The
measurements then run in a fresh child process, so its peak RSS is the review's
alone and not the generator's:

- index build (cold): no `.index.json`, every file read and summarised;
- index load (warm): the index is fresh, only the folder is listed and stat'ed;
- index refresh: 10 transcripts changed since the index was written;
- review table open: `ReviewApp` under Pilot (headless) until the DataTable holds
  every row, warm index — what a reviewer waits for after `trainer review`;
- filter: one keystroke in the filter box re-filling the table;
- peak RSS of the measuring process (resource.getrusage).
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import datetime as dt
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {"open_s": 1.0, "rss_mb": 200.0}
SCRIPTS = [
    [
        "Guten Tag, Anna Berger von Berger Elektrotechnik.",
        "Ich rufe wegen der noch offenen Rechnung an.",
        "",
        "Geht es bis Freitag?",
        "Ich schicke Ihnen das per E-Mail.",
    ],
    [
        "Guten Tag, hier Berger.",
        "Warum haben Sie meine Rechnung nicht bezahlt?",
        "",
        "Dann gehe ich zum Anwalt.",
    ],
    [
        "Hallo, Anna Berger hier.",
        "Ich möchte mit Ihnen klären, wie wir Ihre Außenstände "
        "reduzieren. Ich habe einen Vorschlag.",
        "Können Sie bis Freitag 300 Euro anzahlen?",
    ],
]
LEARNERS = [f"learner{i:02d}" for i in range(40)] + ["anna", "ben", "[bold]mallory[/]"]
CHECKS = [
    "identify",
    "no_accusation",
    "strategy",
    "pin_date",
    "no_premature_threat",
    "confirm_in_writing",
    "down_payment",
    "date_for_rest",
]


def _templates() -> list[dict]:
    """A few real transcripts, played headless against the shipped scenario."""
    from trainer.scenario import find_scenario, load_scenario
    from trainer.session import Session

    loaded = load_scenario(find_scenario("de-stammkunde-urlaub", ROOT / "scenarios"))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed, script in enumerate(SCRIPTS):
            session = Session(loaded, learner="x", seed=seed, transcripts=Path(tmp))
            session.start()
            for line in script:
                if session.ended:
                    break
                session.say(line)
            path = Path(session.finish()["transcript"])
            out.append(json.loads(path.read_text(encoding="utf-8")))
    return out


def _scoring(rng: random.Random, turns: list[dict], skill: float) -> dict:
    learner_turns = [t["index"] for t in turns if t.get("speaker") == "learner"] or [0]
    checks = []
    for cid in CHECKS:
        passed = rng.random() < skill
        checks.append(
            {
                "id": cid,
                "passed": passed,
                "weight": 1.0,
                "turn": rng.choice(learner_turns),
                "evidence": "„Warum haben Sie nicht bezahlt?“"
                if not passed
                else "„Geht es bis Freitag?“",
                "advice": "Nennen Sie Ihren Namen und den Ihres Unternehmens, dann schweigen Sie.",
                "better": "Ich rufe wegen der noch offenen Rechnung an …",
            }
        )
    score = round(100 * sum(c["passed"] for c in checks) / len(checks))
    tier = "gold" if score >= 90 else "silver" if score >= 75 else "bronze" if score >= 50 else None
    feedback = [
        {
            "turn": c["turn"],
            "checks": [{"id": c["id"], "passed": c["passed"], "reason": c["advice"]}],
        }
        for c in checks[:4]
    ]
    return {
        "opening": {
            "strategy": rng.choice(["let_them_talk", "offer_solution", None]),
            "score": score,
            "checks": checks[:3],
        },
        "checks": checks,
        "score": score,
        "passed": score >= 70,
        "tier": tier,
        "feedback": feedback,
    }


def generate(folder: Path, count: int, seed: int = 7) -> None:
    from trainer.transcripts.store import dumps

    rng = random.Random(seed)
    templates = _templates()
    start = dt.datetime(2025, 1, 1, 8, 0, tzinfo=dt.UTC)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        record = copy.deepcopy(templates[i % len(templates)])
        learner = LEARNERS[i % len(LEARNERS)]
        when = start + dt.timedelta(minutes=47 * i)
        name = f"{when:%Y%m%d-%H%M%S}-de-stammkunde-urlaub-{i:06x}"
        record.update(
            {
                "id": name,
                "learner": learner,
                "seed": rng.randrange(2**31),
                "started_at": when.isoformat(),
                "ended_at": when.isoformat(),
            }
        )
        skill = min(0.95, 0.3 + 0.6 * (i / count)) * (0.7 + 0.3 * (hash(learner) % 3) / 2)
        record.update(_scoring(rng, record["turns"], skill))
        if i % 200 == 0:
            record["status"] = "interrupted"
            record["end_reason"] = "interrupted"
        (folder / f"{name}.json").write_bytes(dumps(record, indent=1))
    (folder / "corrupt.json").write_text('{"schema_version": 1, "turns": [', encoding="utf-8")
    (folder / "foreign.json").write_text('{"name": "package.json of something"}')
    (folder / "newer.json").write_text('{"schema_version": 99, "turns": []}')


def measure(folder: Path) -> dict:
    from trainer.transcripts.index import INDEX_NAME, load_index

    (folder / INDEX_NAME).unlink(missing_ok=True)
    t = time.perf_counter()
    cold = load_index(folder)
    build = time.perf_counter() - t
    t = time.perf_counter()
    warm = load_index(folder)
    load = time.perf_counter() - t
    assert warm.reread == 0, warm.reread
    changed = sorted(folder.glob("2*.json"))[:10]
    for p in changed:
        os.utime(p, ns=(time.time_ns(), time.time_ns()))
    t = time.perf_counter()
    refreshed = load_index(folder)
    refresh = time.perf_counter() - t
    bare_s = asyncio.run(_bare_app())
    open_s, filter_s, end_s = asyncio.run(_open_table(folder, len(cold.rows)))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "transcripts": len(cold.rows),
        "unreadable": len(cold.unreadable),
        "index_bytes": (folder / INDEX_NAME).stat().st_size,
        "index_build_cold_s": build,
        "index_load_warm_s": load,
        "index_refresh_10_changed_s": refresh,
        "refresh_reread": refreshed.reread,
        "table_open_s": open_s,
        "bare_app_start_s": bare_s,
        "filter_keystroke_s": filter_s,
        "end_of_filtered_s": end_s,
        "peak_rss_mb": rss_mb,
    }


async def _bare_app() -> float:
    """Start-up of an empty Textual app under Pilot: the floor under table_open_s."""
    from textual.app import App
    from textual.widgets import Footer

    class Bare(App):
        def compose(self):
            yield Footer()

    t = time.perf_counter()
    async with Bare().run_test(size=(120, 40)) as pilot:
        await pilot.pause()
    return time.perf_counter() - t


async def _open_table(folder: Path, rows: int) -> tuple[float, float, float]:
    from textual.widgets import DataTable, Input

    from trainer.tui.review import ReviewApp, ReviewScreen

    t = time.perf_counter()
    app = ReviewApp(folder, reviewer="bench")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and len(screen.shown) == rows, len(screen.shown)
        assert table.row_count > 0
        opened = time.perf_counter() - t
        t = time.perf_counter()
        app.screen.query_one("#filter", Input).value = "anna"
        await pilot.pause()
        filtered = time.perf_counter() - t
        assert 0 < len(screen.shown) < rows
        t = time.perf_counter()
        await pilot.press("end")  # the last of the rows, paged in on the way
        await pilot.pause()
        assert table.cursor_row == len(screen.shown) - 1, (table.cursor_row, len(screen.shown))
        to_end = time.perf_counter() - t
    return opened, filtered, to_end


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    ap.add_argument("--measure", metavar="DIR", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.keep and Path(args.keep).is_dir() and any(Path(args.keep).glob("2*.json")):
        args.measure = args.keep  # already generated: measure again
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return 0
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="review-scale-"))
    try:
        t = time.perf_counter()
        generate(folder, args.count)
        print(f"generated {args.count} transcripts in {folder} ({time.perf_counter() - t:.1f} s)")
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode:
            print(child.stdout, child.stderr, file=sys.stderr)
            return 1
        r = json.loads(child.stdout.strip().splitlines()[-1])
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(
        f"transcripts: {r['transcripts']} (+{r['unreadable']} unreadable), "
        f"index {r['index_bytes'] / 1e6:.1f} MB"
    )
    print(f"index build (cold):         {r['index_build_cold_s']:.2f} s")
    print(f"index load (warm):          {r['index_load_warm_s']:.3f} s")
    print(
        f"index refresh (10 changed): {r['index_refresh_10_changed_s']:.3f} s "
        f"({r['refresh_reread']} re-read)"
    )
    ok_open = r["table_open_s"] < TARGETS["open_s"]
    ok_rss = r["peak_rss_mb"] < TARGETS["rss_mb"]
    print(
        f"review table open (Pilot):  {r['table_open_s']:.2f} s   "
        f"target < {TARGETS['open_s']:.0f} s  {'OK' if ok_open else 'MISSED'}"
    )
    print(f"  (empty Textual app start-up under Pilot: {r['bare_app_start_s']:.2f} s)")
    print(f"filter keystroke:           {r['filter_keystroke_s']:.3f} s")
    print(f"End key (filtered rows):    {r['end_of_filtered_s']:.3f} s")
    print(
        f"peak RSS:                   {r['peak_rss_mb']:.0f} MB  "
        f"target < {TARGETS['rss_mb']:.0f} MB  {'OK' if ok_rss else 'MISSED'}"
    )
    return 0 if ok_open and ok_rss else 1


if __name__ == "__main__":
    sys.exit(main())
