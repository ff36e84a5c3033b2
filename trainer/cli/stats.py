"""`trainer stats [--learner NAME] [--json]`: progress per learner, recent calls weighted more."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..i18n import label
from ..transcripts import TranscriptError
from ..transcripts.index import load_index
from ..transcripts.stats import HALF_LIFE, LearnerStats, learner_stats, scenario_catalog
from .common import fail, scenarios_root, transcripts_root

_BARS = "▁▂▃▄▅▆▇█"


def add_parser(sub: Any) -> None:
    p = sub.add_parser("stats", help="progress per learner: scores, weak checks, what next")
    p.add_argument("--learner", metavar="NAME", help="only this learner")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def spark(values: list[int]) -> str:
    """Scores 0-100 as a one-line bar chart."""
    return "".join(_BARS[min(7, max(0, v) * 8 // 101)] for v in values)


def _text(s: LearnerStats) -> list[str]:
    extra = f", {s.interrupted} interrupted" if s.interrupted else ""
    out = [f"{s.learner}: {s.calls} call(s){extra}"]
    if s.scores:
        out.append(
            f"  score: weighted {s.weighted_score:.0f}, mean {s.mean_score:.0f}, "
            f"latest {s.scores[-1]}   {spark(s.scores[-40:])}"
        )
    for st in s.strategies:
        name = label("strategies", st.strategy, "en")
        out.append(f"  {name}: {st.calls} call(s), weighted score {st.score:.0f}")
    if s.checks:
        # The checks by the names the review app shows (ids are in --json).
        out.append("  checks (weighted pass rate, history oldest→newest):")
        width = max(len(label("checks", c.id, "en")) for c in s.checks)
        for c in s.checks:
            hist = "".join("✓" if p else "✗" for p in c.history[-20:])
            flag = "  ← keeps failing" if c.keeps_failing else ""
            name = label("checks", c.id, "en")
            out.append(f"    {name:<{width}} {c.rate:>4.0%}  {c.calls:>3}×  {hist}{flag}")
    if s.recommendation:
        r = s.recommendation
        out.append(f"  practise next: {r.scenario_id} ({r.title}): {r.reason}")
    return out


def run(args: argparse.Namespace) -> int:
    try:
        index = load_index(transcripts_root(args))
    except TranscriptError as exc:
        return fail(str(exc))
    learners = index.learners()
    if args.learner:
        if args.learner not in learners:
            known = ", ".join(learners[:10]) or "none"
            return fail(f"no calls by learner '{args.learner}' (learners: {known})")
        learners = [args.learner]
    catalog = scenario_catalog(scenarios_root(args))
    all_stats = [learner_stats(index.rows, name, catalog) for name in learners]
    if args.json:
        print(
            json.dumps(
                {"learners": [s.to_json() for s in all_stats], "half_life_calls": HALF_LIFE},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not all_stats:
        print(f"no transcripts in {index.folder}")
        return 0
    for s in all_stats:
        print("\n".join(_text(s)))
    if index.unreadable:
        print(f"({len(index.unreadable)} unreadable file(s) skipped; see 'trainer review --list')")
    return 0
