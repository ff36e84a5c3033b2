"""`trainer fuzz [PATH...] --runs N --seed S`: random play-throughs of scenarios."""

from __future__ import annotations

import argparse
from typing import Any

from ..authoring.fuzz import format_report, fuzz_scenario
from ..authoring.testplans import real_recogniser
from ..scenario import ScenarioError, load_scenario
from .common import Fail, fail, scenario_files_for


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "fuzz", help="random play-throughs: dead ends, unreached states, crashes, endless calls"
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: scenarios)")
    p.add_argument("--runs", type=int, default=200, help="calls per scenario (default 200)")
    p.add_argument("--seed", type=int, default=0, help="master seed: same seed, same report")
    p.add_argument("-v", "--verbose", action="store_true", help="also list runs stuck in a state")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.runs < 1:
        return fail("--runs must be at least 1")
    try:
        files = scenario_files_for(args)
    except Fail as exc:
        return fail(str(exc))
    problems = unreadable = 0
    for file in files:
        try:
            loaded = load_scenario(file)
        except ScenarioError as exc:
            print(exc)
            unreadable += 1
            continue
        report = fuzz_scenario(loaded, real_recogniser(loaded), runs=args.runs, seed=args.seed)
        for line in format_report(report, verbose=args.verbose):
            print(line, flush=True)
        problems += report.problems
    print(
        f"{len(files)} scenario(s), {args.runs} runs each: "
        f"{problems} with dead ends or crashes, {unreadable} unreadable"
    )
    if unreadable:
        return 2
    return 1 if problems else 0
