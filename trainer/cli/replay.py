"""`trainer replay TRANSCRIPT [--scenario FILE] [--json]`: exit 1 when the call now differs."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from ..authoring.replay import format_report, replay
from ..scenario import ScenarioError, find_scenario, load_scenario
from ..transcripts import TranscriptError, load_transcript
from ..transcripts.index import find_transcript
from .common import fail, scenarios_root, transcripts_root

log = logging.getLogger(__name__)


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "replay", help="replay a transcript against the current scenario (regression check)"
    )
    p.add_argument("transcript", metavar="TRANSCRIPT", help="transcript file or id")
    p.add_argument(
        "--scenario",
        metavar="SCENARIO",
        help="scenario id or file to replay against (default: the transcript's, by id)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="pin the call date (default: the date the call was made)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..session import parse_today

    try:
        today = parse_today(getattr(args, "today", None))
    except ValueError as exc:
        return fail(str(exc))
    try:
        path = find_transcript(args.transcript, transcripts_root(args))
        data = load_transcript(path)
    except TranscriptError as exc:
        return fail(str(exc))
    ref = args.scenario or data.scenario.id
    if not isinstance(ref, str) or not ref:
        return fail(f"{path.name}: the transcript does not name its scenario; use --scenario")
    try:
        loaded = load_scenario(find_scenario(ref, scenarios_root(args)))
    except ScenarioError as exc:
        return fail(f"cannot replay {path.name}: {exc}")
    try:
        report = replay(data, loaded, today=today)
    except Exception as exc:  # a scenario edit can break the call; say so, no traceback
        log.exception("replaying %s against %s failed", path, loaded.path)
        return fail(f"cannot replay {path.name}: {type(exc).__name__}: {exc}")
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    sys.stdout.flush()
    return 1 if report.differs else 0
