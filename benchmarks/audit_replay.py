"""Replay an outside audit's practice calls and compare the app's verdicts with the trainer's.

An audit folder (`benchmarks/audits/<name>/`) holds the auditor's scripts, the verdicts
written before any call was run, and `calls.yaml` naming each call's scenario, the trainer's
pass/fail and the score range expected. Audits are spent once their findings are fixed, so a
replay is a regression check of whole-call verdicts ("which verdicts did this change move?"),
not a measure of the judge:

    .venv/bin/python benchmarks/audit_replay.py benchmarks/audits/V15
    .venv/bin/python benchmarks/audit_replay.py benchmarks/audits/V15 --save /tmp/before.json
    .venv/bin/python benchmarks/audit_replay.py benchmarks/audits/V15 --against /tmp/before.json

`--save` keeps this run's results; `--against` lists the calls whose score, pass or failed
checks moved since the saved run (the "verdicts changed" table of a closing note).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
TRAINER = ROOT / ".venv" / "bin" / "trainer"


def play_args(folder: Path, call: dict[str, Any], seed: int, today: str, out: Path) -> list[str]:
    """The `trainer` arguments that play one audited call headless with the audit's seed and
    day (also `audit_fragility.py`, which plays them in its own process)."""
    return [
        "--transcripts", str(out), "play", call["scenario"],
        "--script", str(folder / call["script"]), "--seed", str(seed), "--today", today, "--json",
        # a call with the first step chosen, or with the confirmation letter written after it
        *(["--channel", str(call["channel"])] if call.get("channel") else []),
        *(["--persona", str(call["persona"])] if call.get("persona") else []),
        *(["--letter", str(folder / call["letter"])] if call.get("letter") else []),
    ]  # fmt: skip


def play(folder: Path, call: dict[str, Any], seed: int, today: str, out: Path) -> dict[str, Any]:
    """One call played headless with the audit's seed and day; its scoring block."""
    cmd = [str(TRAINER), *play_args(folder, call, seed, today, out)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": (done.stderr or done.stdout).strip().splitlines()[-1:]}
    result = json.loads(done.stdout)
    return {
        "score": result["score"],
        "passed": result["passed"],
        "tier": result["tier"],
        "outcome": result["outcome"],
        "failed": sorted(c["id"] for c in result["checks"] if c["passed"] is False),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("folder", type=Path, help="audit folder with calls.yaml and the scripts")
    p.add_argument("--save", type=Path, help="write this run's results as JSON")
    p.add_argument("--against", type=Path, help="a saved run: list the calls that moved")
    args = p.parse_args(argv)
    try:
        spec = yaml.safe_load((args.folder / "calls.yaml").read_text(encoding="utf-8"))
        calls = spec["calls"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        p.error(f"{args.folder}: no readable calls.yaml with a 'calls' list ({exc})")
    results: dict[str, dict[str, Any]] = {}
    seed, today = spec["seed"], spec["today"]
    with tempfile.TemporaryDirectory() as tmp:
        for call in calls:
            results[call["script"]] = play(args.folder, call, seed, today, Path(tmp))

    print("| call | trainer | app | score (expected) | failed checks | matches |")
    print("|---|---|---|---|---|---|")
    matched = counted = 0
    for call in calls:
        got = results[call["script"]]
        if "error" in got:
            print(f"| {call['script']} | {call['verdict']} | error: {got['error']} | | | no |")
            continue
        verdict = "pass" if got["passed"] else "fail"
        low, high = call["score"]
        ok = verdict == call["verdict"]
        if not call.get("revision"):
            counted += 1
            matched += ok
        print(
            f"| {call['script']} | {call['verdict']} | {verdict} {got['tier'] or ''} "
            f"| {got['score']} ({low}–{high}) | {', '.join(got['failed']) or '—'} "
            f"| {'yes' if ok else '**no**'} |"
        )
    print(f"\npass/fail matched on first runs: {matched} of {counted}")

    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        moved = [k for k in results if before.get(k) != results[k]]
        print(f"\ncalls that moved since {args.against}: {len(moved)}")
        for k in moved:
            print(f"- {k}: {before.get(k)} -> {results[k]}")
    if args.save:
        args.save.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
