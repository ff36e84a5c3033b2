"""`trainer review [TRANSCRIPT] [--list]`: the review browser, or its table headless."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..i18n import label
from ..transcripts import TranscriptError, recover
from ..transcripts.export import tier_name
from ..transcripts.index import Summary, load_index
from .common import fail, transcripts_root


def add_parser(sub: Any) -> None:
    p = sub.add_parser("review", help="browse transcripts: read, comment, override, export")
    p.add_argument(
        "transcript", nargs="?", metavar="TRANSCRIPT", help="open this transcript (file or id)"
    )
    p.add_argument("--list", action="store_true", help="print the table instead of the TUI")
    p.add_argument("--learner", metavar="NAME", help="--list: only this learner")
    p.add_argument("--reviewer", metavar="NAME", help="your name on comments and overrides")
    p.set_defaults(func=run)


def _row(r: Summary) -> str:
    score = "—" if r.score is None else f"{r.score}{'*' if r.overridden else ''}"
    # "silver (capped)": a failed check holds the tier down (the export gives the reason).
    tier = tier_name(r.tier, "en", r.capped) or "—"
    # The outcome in words, as the review app says it (a reviewer audit: "hang_up",
    # "down_payment_and_pla" cut mid-word).
    outcome = _fit(label("reviewer_outcomes", r.outcome, "en") if r.outcome else "—", 24)
    return (
        f"{r.date[:16].replace('T', ' '):<16}  {r.learner[:14]:<14}  {r.scenario_id[:28]:<28}  "
        f"{outcome:<24}  {score:>4}  {tier:<15}  {r.status:<11}  {r.id}"
    )


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def run(args: argparse.Namespace) -> int:
    folder = transcripts_root(args)
    if not args.list:
        try:
            from ..tui.review import run_review
        except ImportError as exc:  # textual missing from a headless install
            return fail(f"the review browser needs textual ({exc}); use --list")
        return run_review(args, args.transcript)
    try:
        recover(folder)
        index = load_index(folder)
    except TranscriptError as exc:
        return fail(str(exc))
    if args.learner and args.learner not in index.learners():
        # As `stats` does: an unknown name is a mistake, not an empty week.
        known = ", ".join(index.learners()[:10]) or "none"
        return fail(f"no calls by learner '{args.learner}' (learners: {known})")
    rows = [r for r in index.rows if not args.learner or r.learner == args.learner]
    out = sys.stdout
    out.write(
        f"{'date':<16}  {'learner':<14}  {'scenario':<28}  {'outcome':<24}  "
        f"{'score':>4}  {'tier':<15}  {'status':<11}  id\n"
    )
    for r in rows:
        out.write(_row(r) + "\n")
    for u in index.unreadable:
        out.write(f"unreadable: {u.file}: {u.reason}\n")
    out.write(f"{len(rows)} transcript(s), {len(index.unreadable)} unreadable\n")
    return 0
