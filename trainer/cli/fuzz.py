"""`trainer fuzz [PATH...] --runs N --seed S`: random play-throughs of scenarios;
`trainer fuzz PATH --run N`: the one run a report named, as a script to play again."""

from __future__ import annotations

import argparse
from typing import Any

from ..authoring.fuzz import format_report, fuzz_scenario, learner_lines, run_seed
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
    p.add_argument(
        "--run",
        type=int,
        metavar="SEED",
        help='print the run a report named ("seed N in `state`") as a script: save it and '
        "play it with `trainer play ID --script FILE --seed N`",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.runs < 1:
        return fail("--runs must be at least 1")
    try:
        files = scenario_files_for(args)
    except Fail as exc:
        return fail(str(exc))
    if args.run is not None:
        return _one_run(files, args.run)
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


def _one_run(files: list[Any], seed: int) -> int:
    """The run `seed` of a report (an authoring audit: "stuck … seed 1042137389" could not be
    reproduced, `--seed` is the master seed of a whole report): the learner's lines as a
    script, the customer's as comments, so the call can be read and played again."""
    if len(files) != 1:
        return fail("--run needs exactly one scenario file")
    try:
        loaded = load_scenario(files[0])
    except ScenarioError as exc:
        print(exc)
        return 2
    call, _ = run_seed(loaded, real_recogniser(loaded), seed, learner_lines(loaded))
    sid = loaded.scenario.id
    print(f"# fuzz run {seed} of {sid}: trainer play {sid} --script FILE --seed {seed}")
    for turn in call.turns:
        if turn.speaker == "customer":
            print(f"# {turn.text}  [{turn.state_after}]")
        else:
            print("" if turn.move == "pause" else turn.text)
    print(f"# ended: {call.outcome or call.end_reason} in `{call.state}`")
    return 0
