"""How far apart two careful labellers of real German collector lines are, and where the
recogniser stands between them (issue 10, tenth session).

Run: .venv/bin/python benchmarks/agreement.py        (≈ 1 min: four cross-validated fits)

`benchmarks/sealed/spent/agreement_de.yaml` holds the 184 German real lines of sealed sets 7,
9, 10 and 11 with their original labels and a second, blind labelling (annotator R1: GUIDE
and eval/README only, lines shuffled, no sources). Agreement is top-1 as everywhere here: the
first label of one is among the other's labels (no label on both for a line without intent).
The recogniser is scored by grouped cross-validation: each set's lines are held out of the
library it is trained on (`recognition_ablation.py --folds real`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import recognition_ablation as ra  # noqa: E402

from trainer.understanding.evaluation import predict  # noqa: E402
from trainer.understanding.model import LinearRecogniser  # noqa: E402
from trainer.understanding.normalize import norm_key  # noqa: E402

FILE = ROOT / "benchmarks" / "sealed" / "spent" / "agreement_de.yaml"
FOLDS = {
    "real_lines7.yaml": "spent-real7",
    "real_lines9.yaml": "spent-real9",
    "real_lines10.yaml": "spent-real10",
    "real_lines11.yaml": "spent-real11",
}


def top1(first: str | None, labels: list[str]) -> bool:
    return (first in labels) if labels else first is None


def main() -> int:
    rows = yaml.safe_load(FILE.read_text(encoding="utf-8"))["lines"]
    by_key = {norm_key(r["text"], "de"): r for r in rows}
    n = len(rows)
    both = sum(top1((r["r1"] or [None])[0], r["original"]) for r in rows)
    same = sum(set(r["r1"]) == set(r["original"]) for r in rows)
    print(f"{n} German real lines (sets 7, 9, 10, 11)\n")
    print("| measure | top-1 agreement |")
    print("|---|---|")
    print(
        "| second labeller (R1) vs original labels | "
        f"**{both / n:.3f}** (same label set: {same / n:.3f}) |"
    )
    groups = ra.groups("de")
    held = [g for g in groups if g.name in FOLDS.values()]
    for label, settings in (("plain baseline on our data", ra.BASELINE), ("shipped", ra.FULL)):
        orig = sec = seen = 0
        for fold in held:
            rec = LinearRecogniser(ra.train_library(groups, fold, "de"), settings)
            for p in predict(rec, fold.items):
                row = by_key.get(norm_key(p.item.text, "de"))
                if row is None:
                    continue
                first = None if p.top == ra.NONE else p.top
                orig += top1(first, row["original"])
                sec += top1(first, row["r1"])
                seen += 1
        print(
            f"| {label} vs original / vs R1 | {orig / seen:.3f} / {sec / seen:.3f} ({seen} lines) |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
