"""Twenty learners on one `trainer serve`: complete distinct transcripts, a consistent
review index, and the memory each browser session costs.

    .venv/bin/python benchmarks/serve_concurrency.py [--sessions 20]

Drives the real server on 127.0.0.1 (a free port) through textual-serve's websocket
protocol, as textual.js does, without a browser (twenty Chromium tabs would measure
Chromium): each connection is a real app process. Sessions connect one after another
(so each is matched to its process), then all play their calls at the same time: name →
library → briefing → a short German call (two lines, a pause, a date) → debrief → back to
the library (which rewrites the review index, all at once). Two sessions share each
learner name, one name is hostile (`../`, markup). A warm-up session first fills the
model cache, as on any server after its first call.

Reported: calls complete, transcripts distinct, index rows = transcript files, each
session's memory (RSS and PSS from /proc, at its debrief), whether scikit-learn was
loaded in any session, and the server's own memory. Loops are bounded; it stops itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.web.helpers import one_scenario, serving  # noqa: E402
from tests.web.wsdriver import ESCAPE, WebSession, play_call  # noqa: E402

LINES: list[str | None] = [
    "Guten Tag, Anna Berger von Berger Elektrotechnik.",
    "Ich rufe wegen der noch offenen Rechnung an.",
    None,
    "Geht es bis Freitag?",
]
NAMES = ["Anna Berg", "Ben Kurz", "../../etc/passwd [b]x[/b]", "Dora Lang", "Emil Ost"]


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in KiB; PSS shares shared pages out fairly."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def loads_sklearn(pid: int) -> bool:
    try:
        return "/sklearn/" in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


async def session_run(s: WebSession, name: str, out: dict) -> None:
    t0 = time.perf_counter()
    tid = await play_call(s, name, LINES)
    out["memory"] = memory_kib(s.pid)
    out["sklearn"] = loads_sklearn(s.pid)
    out["id"] = tid
    out["name"] = name
    out["seconds"] = time.perf_counter() - t0
    await s.keys(ESCAPE)  # back to the library: it lists the folder and saves the index
    await s.wait_screen("LibraryScreen")


async def main_async(n: int, tmp: Path) -> int:
    scenarios = one_scenario(tmp / "scenarios")
    transcripts = tmp / "transcripts"
    probe = tmp / "probe"
    with serving(scenarios, transcripts, probe) as base:
        # Warm-up: the first call of a server trains or loads the model into the cache.
        warm = WebSession(base, probe, transcripts)
        await warm.open()
        await play_call(warm, "warm-up", LINES)
        await warm.close()
        warm_ids = {p.name for p in transcripts.glob("*.json")}

        sessions = []
        t0 = time.perf_counter()
        for _ in range(n):
            s = WebSession(base, probe, transcripts)
            await s.open()
            sessions.append(s)
        connect_s = time.perf_counter() - t0
        results: list[dict] = [{} for _ in sessions]
        t1 = time.perf_counter()
        await asyncio.wait_for(
            asyncio.gather(
                *(
                    session_run(s, NAMES[i // 2 % len(NAMES)], results[i])
                    for i, s in enumerate(sessions)
                )
            ),
            timeout=600,
        )
        play_s = time.perf_counter() - t1
        for s in sessions:
            await s.close()
        server_pid = _server_pid(probe)
        server_mem = memory_kib(server_pid) if server_pid else (0, 0)

    files = {p.name for p in transcripts.glob("*.json") if not p.name.startswith(".")} - warm_ids
    ids = [r["id"] for r in results]
    complete = 0
    for r in results:
        data = json.loads((transcripts / f"{r['id']}.json").read_text(encoding="utf-8"))
        said = [t for t in data["turns"] if t["speaker"] == "learner"]
        complete += data["learner"] == r["name"] and len(said) == len(LINES)
    raw = json.loads((transcripts / ".index.json").read_text(encoding="utf-8"))
    at = raw["fields"].index("file")
    index_rows = {row[at] for row in raw["rows"]}
    all_files = {p.name for p in transcripts.glob("*.json") if not p.name.startswith(".")}
    rss = [r["memory"][0] / 1024 for r in results]
    pss = [r["memory"][1] / 1024 for r in results]
    print(f"sessions: {n} (connected in {connect_s:.1f} s, all calls played in {play_s:.1f} s)")
    print(f"calls complete: {complete}/{n}")
    print(f"transcripts distinct: {len(set(ids))}/{n} (new files: {len(files)})")
    print(
        f"index rows = transcript files: {index_rows == all_files} "
        f"({len(index_rows)} rows, {len(all_files)} files)"
    )
    print(
        f"memory per session at its debrief: RSS median {statistics.median(rss):.0f} MiB "
        f"(max {max(rss):.0f}), PSS median {statistics.median(pss):.0f} MiB; "
        f"{n} sessions ≈ {sum(pss):.0f} MiB PSS"
    )
    print(f"server process: RSS {server_mem[0] / 1024:.0f} MiB")
    print(f"sessions that loaded scikit-learn: {sum(r['sklearn'] for r in results)}/{n}")
    ok = complete == n and len(set(ids)) == n and index_rows == all_files
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


def _server_pid(probe: Path) -> int | None:
    pid_file = probe / "server.pid"
    try:
        return int(pid_file.read_text())
    except (OSError, ValueError):
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="serve-bench-") as tmp:
        return asyncio.run(main_async(args.sessions, Path(tmp)))


if __name__ == "__main__":
    sys.exit(main())
