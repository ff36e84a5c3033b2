"""`trainer test [PATH...] [-v] [--fail-on-uncovered]`: run the scenarios' test plans."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..authoring.testplans import FileResult, format_file, run_file, summary
from .common import Fail, fail, scenario_files_for


def add_parser(sub: Any) -> None:
    p = sub.add_parser("test", help="run the test plans of scenarios")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: scenarios)")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="show every plan's conversation and intents"
    )
    p.add_argument(
        "--fail-on-uncovered",
        action="store_true",
        help="exit 1 if an end state is reached by no plan",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="pin the call date of every plan (default: the scenario's, else the real date)",
    )
    p.set_defaults(func=run)


def _json(results: list[FileResult]) -> dict[str, Any]:
    return {
        "files": [
            {
                "path": str(r.path),
                "scenario": r.scenario_id,
                "errors": [f.to_json() for f in r.load_errors + r.check_errors],
                "uncovered": r.uncovered,
                "plans": [
                    {
                        "name": p.name,
                        "where": p.where,
                        "passed": p.passed,
                        "failures": p.failures,
                        "skipped": p.skipped,
                        "outcome": p.outcome,
                        "state": p.final_state,
                        "score": p.score,
                        "call_passed": p.passed_call,
                        "steps": [
                            {"say": e.say, "intents": e.intents, "state": e.state}
                            for e in p.exchanges
                        ],
                    }
                    for p in r.plans
                ],
            }
            for r in results
        ]
    }


def run(args: argparse.Namespace) -> int:
    from ..session import parse_today

    try:
        today = parse_today(getattr(args, "today", None))
    except ValueError as exc:
        return fail(str(exc))
    try:
        files = scenario_files_for(args)
    except Fail as exc:
        return fail(str(exc))
    results: list[FileResult] = []
    for file in files:
        result = run_file(file, today=today)
        results.append(result)
        if args.format == "text":
            for line in format_file(result, verbose=args.verbose):
                print(line, flush=True)
    if args.format == "json":
        print(json.dumps(_json(results), ensure_ascii=False, indent=2))
    else:
        for line in summary(results):
            print(line)
    if any(r.load_errors for r in results):
        return 2  # a file that cannot be read at all is bad input, not a failed test
    failed = any(r.failed for r in results)
    uncovered = args.fail_on_uncovered and any(r.uncovered for r in results)
    return 1 if failed or uncovered else 0
