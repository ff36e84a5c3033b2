"""Replay outside audits' practice calls and compare the app's verdicts with the trainers'.

An audit folder (`benchmarks/audits/<name>/`) holds the auditor's scripts, the verdicts
written before any call was run, and `calls.yaml` naming each call's scenario, the trainer's
pass/fail and the score range expected (and the probes: one change against a call, no
verdict). Audits are spent once their findings are fixed, so a replay is a regression check of
whole-call verdicts ("which verdicts did this change move?"), not a measure of the judge:

    .venv/bin/python benchmarks/audit_replay.py benchmarks/audits/V15
    .venv/bin/python benchmarks/audit_replay.py benchmarks/audits/V15 --save /tmp/before.json
    .venv/bin/python benchmarks/audit_replay.py benchmarks/audits/V15 --against /tmp/before.json
    .venv/bin/python benchmarks/audit_replay.py --all --jobs 2 --save /tmp/before   # a folder
    .venv/bin/python benchmarks/audit_replay.py --all --jobs 2 --against /tmp/before

`--save` keeps this run's results (a file for one audit, a folder of `<audit>.json` for
several — the form `audit_tally.py` reads); `--against` lists the calls and probes whose score,
pass or failed checks moved since the saved run, and which first runs now agree or disagree
with their auditor where they did not before (rule (2) of benchmarks/README.md).

Calls are played in worker processes that import the app once (`--jobs`, default one per
core), which is why all 300-odd folders replay in minutes rather than the half hour a process
per call took; the result of a call does not depend on which worker played it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
AUDITS = ROOT / "benchmarks" / "audits"


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


def key(call: dict[str, Any], probe: bool) -> str:
    """A call's name in a saved run: its script; a probe's is marked (and carries its letter,
    since two probes may share a script and differ only in the letter sent after it)."""
    if not probe:
        return str(call["script"])
    return f"probe:{call['script']}" + (f"|{call['letter']}" if call.get("letter") else "")


_WORKER: dict[str, Any] = {}


def _start_worker() -> None:
    # imported once per worker: the app's start-up (model load, scenario parse) is most of a call
    sys.path.insert(0, str(ROOT))
    from trainer import cli

    _WORKER["cli"] = cli
    _WORKER["out"] = Path(tempfile.mkdtemp(prefix="audit_replay_"))


def play(job: tuple[Path, dict[str, Any], int, str]) -> dict[str, Any]:
    """One call played headless with the audit's seed and day; its scoring block."""
    folder, call, seed, today = job
    if "cli" not in _WORKER:
        _start_worker()
    buf, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(err):
        try:
            code = _WORKER["cli"].main(play_args(folder, call, seed, today, _WORKER["out"]))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    if code != 0:
        return {"error": (err.getvalue() or buf.getvalue()).strip().splitlines()[-1:]}
    result = json.loads(buf.getvalue())
    return {
        "score": result["score"],
        "passed": result["passed"],
        "tier": result["tier"],
        "outcome": result["outcome"],
        "failed": sorted(c["id"] for c in result["checks"] if c["passed"] is False),
    }


def _spec(folder: Path) -> dict[str, Any]:
    spec = yaml.safe_load((folder / "calls.yaml").read_text(encoding="utf-8"))
    if not isinstance(spec, dict) or not isinstance(spec.get("calls"), list):
        raise KeyError("calls")
    if "seed" not in spec or "today" not in spec:
        raise KeyError("seed/today")
    return spec


def _jobs(specs: dict[str, tuple[Path, dict[str, Any]]]) -> Iterator[tuple[str, str, Any]]:
    for name, (folder, spec) in specs.items():
        for probe, items in ((False, spec["calls"]), (True, spec.get("probes") or [])):
            for call in items:
                yield name, key(call, probe), (folder, call, spec["seed"], spec["today"])


def _table(spec: dict[str, Any], results: dict[str, dict[str, Any]]) -> tuple[list[str], int, int]:
    rows = ["| call | trainer | app | score (expected) | failed checks | matches |"]
    rows.append("|---|---|---|---|---|---|")
    matched = counted = 0
    for call in spec["calls"]:
        got = results[key(call, False)]
        if "error" in got:
            counted += not call.get("revision")
            rows.append(
                f"| {call['script']} | {call['verdict']} | error: {got['error']} | | | no |"
            )
            continue
        verdict = "pass" if got["passed"] else "fail"
        low, high = call["score"]
        ok = verdict == call["verdict"]
        if not call.get("revision"):
            counted += 1
            matched += ok
        rows.append(
            f"| {call['script']} | {call['verdict']} | {verdict} {got['tier'] or ''} "
            f"| {got['score']} ({low}–{high}) | {', '.join(got['failed']) or '—'} "
            f"| {'yes' if ok else '**no**'} |"
        )
    return rows, matched, counted


def _crossings(spec: dict[str, Any], before: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """First runs whose agreement with their auditor changed: rule (2)'s gains and losses."""
    out = []
    for call in spec["calls"]:
        if call.get("revision"):
            continue
        old, new = before.get(call["script"]) or {}, now.get(call["script"]) or {}
        agree = [("passed" in r and r["passed"] == (call["verdict"] == "pass")) for r in (old, new)]
        if agree[0] != agree[1]:
            out.append(
                f"{'GAIN' if agree[1] else 'LOSS'} {call['script']} ({call['verdict']}): "
                f"{old.get('score')} -> {new.get('score')}"
            )
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("folders", nargs="*", type=Path, help="audit folders with calls.yaml")
    p.add_argument("--all", action="store_true", help="every folder in benchmarks/audits")
    p.add_argument("--save", type=Path, help="write this run's results (file, or folder)")
    p.add_argument("--against", type=Path, help="a saved run (file, or folder): what moved")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    args = p.parse_args(argv)
    folders = list(args.folders)
    if args.all:
        folders += sorted(d for d in AUDITS.iterdir() if (d / "calls.yaml").is_file())
    if not folders:
        p.error("name an audit folder, or --all")
    if args.jobs < 1:
        p.error("--jobs must be at least 1")
    many = len(folders) > 1
    specs: dict[str, tuple[Path, dict[str, Any]]] = {}
    for folder in folders:
        try:
            specs[folder.name] = (folder, _spec(folder))
        except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
            p.error(f"{folder}: no readable calls.yaml with calls, seed and today ({exc})")

    jobs = list(_jobs(specs))
    results: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in specs}
    todo = [job for _, _, job in jobs]
    # fork: the workers inherit the parent's path; each imports the app once
    with contextlib.ExitStack() as stack:
        if args.jobs == 1:
            played: Iterator[dict[str, Any]] = map(play, todo)
        else:
            pool = stack.enter_context(
                multiprocessing.get_context("fork").Pool(args.jobs, _start_worker)
            )
            played = pool.imap(play, todo, chunksize=4)
        for (name, k, _), got in zip(jobs, played, strict=True):
            results[name][k] = got

    matched = counted = 0
    for name, (_, spec) in specs.items():
        rows, m, c = _table(spec, results[name])
        matched, counted = matched + m, counted + c
        if many:
            print(f"{name}: {m} of {c}")
        else:
            print("\n".join(rows))
    print(f"\npass/fail matched on first runs: {matched} of {counted}")

    if args.against:
        moved_total, crossed = 0, []
        for name, (_, spec) in specs.items():
            saved = args.against / f"{name}.json" if many else args.against
            before = json.loads(saved.read_text(encoding="utf-8")) if saved.exists() else {}
            moved = [k for k in results[name] if before.get(k) != results[name][k]]
            moved_total += len(moved)
            for k in moved:
                print(f"- {name} {k}: {before.get(k)} -> {results[name][k]}")
            crossed += [f"{name} {line}" for line in _crossings(spec, before, results[name])]
        print(f"\nruns that moved since {args.against}: {moved_total}")
        print("first runs that crossed their auditor's verdict:", len(crossed))
        print("\n".join(crossed))
    if args.save:
        if many:
            args.save.mkdir(parents=True, exist_ok=True)
        for name, got in results.items():
            target = args.save / f"{name}.json" if many else args.save
            target.write_text(json.dumps(got, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
