"""Each convention of the recogniser left out in turn, on folds it was not written against.

Run: .venv/bin/python benchmarks/convention_ablation.py --lang en [--folds real|test] [--lines]

Issue 10 asks every layer to earn its place on data it was not written against;
`recognition_ablation.py` switches all conventions off at once, this script leaves out one
rule of `trainer.understanding.model.CONVENTIONS` at a time. Each fold's model is trained
once and reads its held-out lines with every variant (≈ 5 min per language on the real
folds). Printed per variant: top-1 accuracy, single macro-F1, multi micro-F1, how many lines
read differently from the shipped model, and how many of those become right (+) or wrong (−)
without the rule. A rule whose row shows more + than − costs lines it was not written for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import recognition_ablation as ra  # noqa: E402

from trainer.understanding import model as M  # noqa: E402
from trainer.understanding.evaluation import Prediction, predict, report  # noqa: E402
from trainer.understanding.model import LinearRecogniser  # noqa: E402


def _right(p: Prediction) -> bool:
    return (p.top == ra.NONE) if not p.item.labels else (p.top in p.item.labels)


def run(language: str, folds: str, lines: bool) -> None:
    gs = ra.groups(language)
    if folds == "real":
        tests = [g for g in gs if g.name in ra.REAL_AUTHORS]
    else:
        tests = [g for g in gs if g.test]
    shipped = M.CONVENTIONS
    variants = {"shipped": shipped}
    for rule in shipped:
        variants[f"− {rule.__name__}"] = tuple(r for r in shipped if r is not rule)
    preds: dict[str, list[Prediction]] = {k: [] for k in variants}
    try:
        for held in tests:
            rec = LinearRecogniser(ra.train_library(gs, held, language), ra.FULL)
            for name, rules in variants.items():
                M.CONVENTIONS = rules
                preds[name] += predict(rec, held.items)
            M.CONVENTIONS = shipped
            print(f"  fold {held.name} done", file=sys.stderr, flush=True)
    finally:
        M.CONVENTIONS = shipped
    base = preds["shipped"]
    print(f"\n## {language}, {folds} folds ({len(base)} lines)\n")
    print("| variant | top-1 | single macro-F1 | multi micro-F1 | lines read differently | + / − |")
    print("|---|---|---|---|---|---|")
    for name, ps in preds.items():
        rep = report(ps, language)
        fixed = [p for p, b in zip(ps, base, strict=True) if _right(p) and not _right(b)]
        broken = [p for p, b in zip(ps, base, strict=True) if not _right(p) and _right(b)]
        changed = sum(1 for p, b in zip(ps, base, strict=True) if p.intents != b.intents)
        print(
            f"| {name} | {ra.top1(ps):.3f} | {rep.macro_f1:.3f} | {rep.micro_f1_multi:.3f} "
            f"| {changed} | +{len(fixed)} / −{len(broken)} |"
        )
        if lines:
            for sign, group in (("+", fixed), ("−", broken)):
                for p in group:
                    said = p.item.text[:120]
                    print(f"|   {sign} {list(p.item.labels)} ← {p.top}: {said} | | | | | |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=("de", "en"), action="append")
    ap.add_argument("--folds", choices=("real", "test"), default="real")
    ap.add_argument("--lines", action="store_true", help="print the lines each rule decides")
    args = ap.parse_args()
    for language in args.lang or ["de", "en"]:
        run(language, args.folds, args.lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
