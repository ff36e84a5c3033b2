"""`trainer graph SCENARIO [--format mermaid|dot] [-o FILE]`: the customer's state machine."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .. import safety
from ..scenario.graph import render
from .common import Fail, fail, load


def add_parser(sub: Any) -> None:
    p = sub.add_parser("graph", help="draw a scenario's state machine (Mermaid or DOT)")
    p.add_argument("scenario", metavar="SCENARIO", help="scenario id or path to a YAML file")
    p.add_argument("--format", choices=("mermaid", "dot"), default="mermaid")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        loaded = load(args.scenario, args)
    except Fail as exc:
        return fail(str(exc))
    text = render(loaded.scenario, args.format)
    if args.output:
        try:
            safety.write_atomic(Path(args.output), text.encode("utf-8"))
        except OSError as exc:
            return fail(f"cannot write {args.output}: {exc.strerror}")
    else:
        print(text, end="")
    return 0
