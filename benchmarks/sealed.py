"""The recogniser on sealed sets, beside the plain baseline on the same lines.

Run: .venv/bin/python benchmarks/sealed.py [FILE ...]   (default: benchmarks/sealed/*.yaml)

Only unspent sets lie in benchmarks/sealed/; a set moves to benchmarks/sealed/spent/ once it has
been measured and its lines have gone into the training library (they are then no measure at all).

A sealed set is written by someone who did not see the intent library, is measured once
against the committed recogniser, and is never used for training or tuning afterwards
(benchmarks/README.md, "Protocol"). Two formats:
- `single` / `multi` / `none` (like ../shared/eval/dev_utterances.yaml): macro-F1 of the
  best intent on single-intent lines, micro-F1 of the intent sets on multi-intent lines;
- `lines:` (real collector lines quoted from published scripts): top-1 accuracy (the best
  intent is one of the gold ones; no intent for a line with none) and the share of
  on-topic lines left without any intent.

Models, each trained from scratch here:
- baseline (issue 10): plain char 2-5 + word 1-2 TF-IDF, one-vs-rest logistic regression
  C=10, always its best intent, trained on `scenarios/_intents/<lang>.yaml` + the shared dev set;
- baseline on our data: the same model trained on the whole shipped library;
- shipped: the recogniser the app uses (`load_recogniser`).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.recognition_ablation import (  # noqa: E402
    BASELINE,
    DEV,
    INTENTS_DIR,
    items_to_library,
)
from trainer.understanding import load_recogniser  # noqa: E402
from trainer.understanding.evaluation import (  # noqa: E402
    NONE,
    Item,
    load_eval_file,
    predict,
    report,
)
from trainer.understanding.library import (  # noqa: E402
    load_library,
    load_library_folder,
)
from trainer.understanding.model import LinearRecogniser  # noqa: E402
from trainer.understanding.modeldata import Settings  # noqa: E402
from trainer.understanding.types import TENTATIVE  # noqa: E402


def _site(url: str) -> str:
    return url.split("://")[-1].removeprefix("www.").rstrip("/")


#: Pages a corpus writer read (search excerpts) while writing training lines: lines quoted
#: from them are left out of the real-line sets, which would otherwise measure a style the
#: model was taught from those very pages.
READ = ROOT / "benchmarks/sealed/pages_read_by_corpus_writers.txt"


def load_set(path: Path) -> list[Item]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and "lines" in data:
        read = {_site(u) for u in READ.read_text().split()} if READ.is_file() else set()
        out = []
        for row in data["lines"]:
            if _site(str(row.get("source", ""))) in read:
                continue
            labels = tuple(row.get("intents") or ())
            section = "none" if not labels else ("single" if len(labels) == 1 else "multi")
            out.append(Item(row["lang"], row["text"], labels, section))
        return out
    return load_eval_file(path)


def issue_baseline(language: str) -> LinearRecogniser:
    lib = load_library(INTENTS_DIR / f"{language}.yaml", language)
    if DEV.is_file():
        dev = [i for i in load_eval_file(DEV) if i.language == language]
        lib.merge(items_to_library(dev, language))
    return LinearRecogniser(lib, BASELINE)


def top1(preds) -> tuple[float, int, int]:
    ok = 0
    for p in preds:
        gold = set(p.item.labels)
        ok += (p.top == NONE) if not gold else (p.top in gold)
    on_topic = [p for p in preds if p.item.labels]
    empty = sum(1 for p in on_topic if p.top == NONE)
    return ok / max(len(preds), 1), empty, len(on_topic)


def multi_found(preds) -> tuple[int, int]:
    """Of the labelled moves on lines with two or more, how many the model gives firmly."""
    found = moves = 0
    for p in preds:
        if len(p.item.labels) < 2:
            continue
        given = {k for k, v in p.intents if v >= TENTATIVE}
        moves += len(p.item.labels)
        found += len(given & set(p.item.labels))
    return found, moves


def candidate(ap: argparse.ArgumentParser, change: str) -> Settings:
    """The shipped settings with some changed (NAME=VALUE[,NAME=VALUE...]); a usage error for
    anything else."""
    settings = Settings()
    for one in change.split(","):
        name, sep, value = one.strip().partition("=")
        default = getattr(Settings(), name, None)
        if not sep or default is None:
            ap.error(f"--candidate {change!r}: expected NAME=VALUE with NAME a setting of Settings")
        try:
            if isinstance(default, bool):
                typed: object = {"true": True, "1": True, "false": False, "0": False}[value.lower()]
            else:
                typed = type(default)(value)
        except (KeyError, ValueError):
            ap.error(f"--candidate {change!r}: {value!r} is no {type(default).__name__}")
        settings = replace(settings, **{name: typed})
    return settings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument(
        "--candidate",
        action="append",
        default=[],
        metavar="NAME=VALUE[,NAME=VALUE]",
        help="measure a changed setting beside the shipped model (e.g. knn_weight=0.2); "
        "for a change decided on other data: a sealed set chooses nothing",
    )
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((ROOT / "benchmarks/sealed").glob("*.yaml"))
    models = {}
    for lang in ("de", "en"):
        models[lang] = {
            "baseline (issue 10)": issue_baseline(lang),
            "baseline on our data": LinearRecogniser(
                load_library_folder(INTENTS_DIR, lang), BASELINE
            ),
            "shipped": load_recogniser(lang),
        }
        for change in args.candidate:
            library = load_library_folder(INTENTS_DIR, lang)
            models[lang][f"candidate {change}"] = LinearRecogniser(library, candidate(ap, change))
    for path in files:
        items = load_set(path)
        real = "lines" in (yaml.safe_load(path.read_text(encoding="utf-8")) or {})
        print(f"\n### {path.name}\n")
        if real:
            print(
                "| model | lang | lines | top-1 accuracy | top-1, on-topic lines "
                "| on-topic lines without intent | moves found on multi-move lines |"
            )
            print("|---|---|---|---|---|---|---|")
        else:
            print("| model | lang | single macro-F1 | multi micro-F1 | no-intent lines given one |")
            print("|---|---|---|---|---|")
        for lang in ("de", "en"):
            subset = [i for i in items if i.language == lang]
            if not subset:
                continue
            for name, rec in models[lang].items():
                preds = predict(rec, subset)
                if real:
                    acc, empty, n = top1(preds)
                    found, moves = multi_found(preds)
                    # beside top-1 over all lines, as recognition_ablation.py prints it: an
                    # outside set of on-topic lines only would measure this one
                    on = [p for p in preds if p.item.labels]
                    on_topic = sum(p.top in p.item.labels for p in on) / max(len(on), 1)
                    print(
                        f"| {name} | {lang} | {len(subset)} | {acc:.3f} | {on_topic:.3f} "
                        f"| {empty}/{n} | {found}/{moves} |"
                    )
                else:
                    rep = report(preds, lang)
                    none = [p for p in preds if p.item.section == "none"]
                    given = sum(1 for p in none if p.intents)
                    print(
                        f"| {name} | {lang} | {rep.macro_f1:.3f} | {rep.micro_f1_multi:.3f} "
                        f"| {given}/{len(none)} |"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
