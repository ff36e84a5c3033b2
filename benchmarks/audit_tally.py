"""Pass/fail as the auditors over all audits: the figure closing notes give ("551 of 625").

`audit_replay.py DIR --save SAVES/<name>.json` keeps one audit's replay; this counts, over
every audit folder (`benchmarks/audits/*/calls.yaml`) with a saved replay in SAVES, the calls
whose pass/fail the app gives as the auditor did — first runs (the auditor's original calls)
and all calls (revisions too):

    .venv/bin/python benchmarks/audit_tally.py /tmp/replay
    .venv/bin/python benchmarks/audit_tally.py /tmp/replay --only V64,V65,V66

A replay that failed to play a call counts that call as not matched.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

AUDITS = Path(__file__).resolve().parent / "audits"


def tally(saves: Path, only: set[str] | None = None) -> dict[str, list[int]]:
    """{"first": [matched, counted], "all": [matched, counted], "audits": [n, 0]}."""
    out = {"first": [0, 0], "all": [0, 0], "audits": [0, 0]}
    for spec_file in sorted(AUDITS.glob("*/calls.yaml")):
        name = spec_file.parent.name
        saved = saves / f"{name}.json"
        if (only and name not in only) or not saved.exists():
            continue
        results: dict[str, Any] = json.loads(saved.read_text(encoding="utf-8"))
        spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
        out["audits"][0] += 1
        for call in spec.get("calls", []):
            got = results.get(call["script"]) or {}
            ok = "passed" in got and got["passed"] == (call["verdict"] == "pass")
            keys = ["all"] if call.get("revision") else ["all", "first"]
            for key in keys:
                out[key][0] += ok
                out[key][1] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("saves", type=Path, help="folder of <audit>.json files from audit_replay.py")
    p.add_argument("--only", help="comma-separated audit names (default: all with a save)")
    args = p.parse_args(argv)
    if not args.saves.is_dir():
        p.error(f"{args.saves}: not a folder of saved replays")
    only = {n.strip() for n in args.only.split(",") if n.strip()} if args.only else None
    t = tally(args.saves, only)
    if not t["audits"][0]:
        p.error(f"{args.saves}: no saved replay of any audit folder")
    print(
        f"{t['audits'][0]} audits: pass/fail as the auditors on first runs "
        f"{t['first'][0]} of {t['first'][1]}; with revisions {t['all'][0]} of {t['all'][1]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
