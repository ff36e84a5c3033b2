"""`trainer eval FILE [--lang de|en] [--cv K] [--min-f1 X] [--json]`: the classifier report.

Per-intent precision/recall/F1, macro-F1, a confusion table, multi-label micro-F1 and
the misclassified lines, like `rasa test nlu`. With `--cv K` every line is scored by
a recogniser rebuilt without that line's fold (honest when the library was seeded
from the same file); without it, lines that are also library examples are counted
and flagged, because their figures are optimistic.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from ..scenario.findings import ScenarioError
from ..understanding import load_library_folder, load_recogniser
from ..understanding.evaluation import (
    NONE,
    EvalFileError,
    Report,
    cross_validate,
    load_eval_file,
    predict,
    report,
)
from ..understanding.normalize import norm_key
from .common import intents_root


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "eval",
        help="measure intent recognition on a labelled file",
        description="Per-intent precision/recall/F1, macro-F1, confusion table, "
        "multi-label micro-F1 and misclassified lines.",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help="labelled lines, e.g. benchmarks/sealed/spent/author6_utterances.yaml",
    )
    p.add_argument("--lang", choices=("de", "en"), help="only this language (default: all in FILE)")
    p.add_argument(
        "--cv", type=int, metavar="K", help="K-fold cross-validation (library rebuilt per fold)"
    )
    p.add_argument("--min-f1", type=float, metavar="X", help="exit 1 if a macro-F1 is below X")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=run)


def _table(rep: Report) -> list[str]:
    out = [f"{'intent':<30} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for name, m in rep.per_intent.items():
        out.append(
            f"{name:<30} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f1']:>6.3f} {m['support']:>8}"  # noqa: E501
        )
    return out


def _confusion(rep: Report) -> list[str]:
    """Rows: gold intent; columns: predicted (numbered like the rows, '-' = no intent)."""
    names = list(rep.per_intent)
    cols = [*names, NONE]
    extra = sorted({p for row in rep.confusion.values() for p in row} - set(cols))
    cols += extra
    head = "".join(f"{i + 1:>4}" if c != NONE else "   -" for i, c in enumerate(cols))
    label = "gold / predicted"
    out = [f"{label:<34}{head}"]
    for i, name in enumerate(names):
        row: Counter[str] | dict[str, int] = rep.confusion.get(name, {})
        cells = "".join(f"{row.get(c, 0) or '.':>4}" for c in cols)
        out.append(f"{i + 1:>2} {name:<31}{cells}")
    for j, c in enumerate(extra, start=len(names) + 2):
        out.append(f"{j:>2} {c} (predicted only)")
    return out


def _print_report(rep: Report, header: str, overlap: int, total: int) -> None:
    print(f"== {rep.language}: {header} ==")
    c = rep.counts
    print(f"lines: {c['single']} single-intent, {c['multi']} multi-intent, {c['none']} no-intent")
    if overlap:
        print(
            f"note: {overlap} of {total} lines are also examples in the intent library, so these "
            "figures are optimistic; use --cv K for an honest measure"
        )
    print()
    print("\n".join(_table(rep)))
    print()
    print(f"macro-F1 (single-intent lines, top intent): {rep.macro_f1:.3f}")
    print(f"micro-F1 (multi-intent lines, intent sets): {rep.micro_f1_multi:.3f}")
    print(f"micro-F1 (all lines, intent sets):          {rep.micro_f1_all:.3f}")
    none_n = c["none"]
    if none_n:
        wrong = round(rep.none_false_positive * none_n)
        print(f"no-intent lines given an intent:            {wrong}/{none_n}")
    print()
    print("confusion (single-intent lines):")
    print("\n".join(_confusion(rep)))
    print()
    print(f"misclassified lines ({len(rep.errors)}):")
    for e in rep.errors:
        got = ", ".join(f"{g['intent']} {g['confidence']:.2f}" for g in e["got"]) or "(none)"
        expected = ", ".join(e["expected"]) or "(none)"
        print(f"  [{e['section']}] expected {expected}; got {got}\n      {e['text']}")
    print()


def run(args: argparse.Namespace) -> int:
    if args.cv is not None and args.cv < 2:
        print("trainer eval: --cv needs K of at least 2", file=sys.stderr)
        return 2
    if args.min_f1 is not None and not 0.0 <= args.min_f1 <= 1.0:
        print("trainer eval: --min-f1 must be between 0 and 1", file=sys.stderr)
        return 2
    try:
        items = load_eval_file(Path(args.file))
    except EvalFileError as exc:
        print(f"trainer eval: {exc}", file=sys.stderr)
        return 2
    languages = [args.lang] if args.lang else sorted({i.language for i in items})
    unknown = [lang for lang in languages if lang not in ("de", "en")]
    if unknown:
        print(
            f"trainer eval: unknown language {unknown[0]!r} in {args.file}: use de or en",
            file=sys.stderr,
        )
        return 2
    library_dir = intents_root(args)
    reports: dict[str, Any] = {}
    failed = False
    for lang in languages:
        subset = [i for i in items if i.language == lang]
        if not subset:
            print(f"trainer eval: no {lang} lines in {args.file}", file=sys.stderr)
            return 2
        try:
            from ..understanding import default_library_dir

            folder = library_dir or default_library_dir()
            library = load_library_folder(folder, lang)
            if args.cv:
                preds = cross_validate(library, subset, args.cv)
                header = (
                    f"{args.cv}-fold cross-validation, library rebuilt without each held-out fold"
                )
                overlap = 0
            else:
                preds = predict(load_recogniser(lang, library_dir=library_dir), subset)
                header = "shipped intent library"
                known = {norm_key(e, lang) for s in library.intents.values() for e in s.examples}
                known |= {norm_key(t, lang) for t, _ in library.combined}
                known |= {norm_key(t, lang) for t in library.no_intent}
                known |= {norm_key(t, lang) for t, _ in library.move_lines()}
                overlap = sum(1 for i in subset if norm_key(i.text, lang) in known)
        except ScenarioError as exc:
            print(f"trainer eval: the intent library cannot be loaded:\n{exc}", file=sys.stderr)
            return 2
        rep = report(preds, lang)
        if args.min_f1 is not None and rep.macro_f1 < args.min_f1:
            failed = True
        if args.json:
            reports[lang] = {**rep.to_json(), "method": header, "library_overlap": overlap}
        else:
            _print_report(rep, header, overlap, len(subset))
    if args.json:
        print(
            json.dumps(
                {"cv": args.cv, "min_f1": args.min_f1, "passed": not failed, "languages": reports},
                ensure_ascii=False,
                indent=2,
            )
        )
    elif args.min_f1 is not None:
        verdict = "below" if failed else "meets"
        print(f"macro-F1 {verdict} --min-f1 {args.min_f1:.2f}")
    return 1 if failed else 0
