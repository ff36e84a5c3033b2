"""Recognition on independent held-out lines: the shipped library, scored on unseen lines.

Run: .venv/bin/python benchmarks/heldout.py [path/to/heldout_utterances.yaml]

`benchmarks/heldout_utterances.yaml` was written without looking at the intent library or the
dev set's lines (see its header and benchmarks/README.md). It is never used for training or
tuning: no line of it, and no paraphrase of one, may go into scenarios/_intents/*.yaml. The
recogniser is trained on the full shipped library (no cross-validation needed: the library
never saw these lines); the script counts lines that happen to equal a library example
(after normalisation), since those make the figures optimistic.

Targets (issue 3): macro-F1 >= 0.90 per language on single-intent lines, multi-label
micro-F1 >= 0.85. Exit 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from trainer.understanding import default_library_dir, load_library  # noqa: E402
from trainer.understanding.evaluation import load_eval_file, predict, report  # noqa: E402
from trainer.understanding.library import IntentLibrary  # noqa: E402
from trainer.understanding.model import LinearRecogniser  # noqa: E402
from trainer.understanding.normalize import norm_key  # noqa: E402

TARGETS = {"macro_f1": 0.90, "micro_f1": 0.85}


def _library_keys(library: IntentLibrary) -> set[str]:
    lang = library.language
    keys = {norm_key(e, lang) for spec in library.intents.values() for e in spec.examples}
    keys |= {norm_key(t, lang) for t, _ in library.combined}
    keys |= {norm_key(e, lang) for e in library.no_intent}
    return keys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "benchmarks/heldout_utterances.yaml"))
    parser.add_argument("--worst", type=int, default=4, help="how many weakest intents to list")
    args = parser.parse_args()
    items = load_eval_file(Path(args.file))
    ok = True
    for lang in ("de", "en"):
        subset = [i for i in items if i.language == lang]
        library = load_library(default_library_dir() / f"{lang}.yaml", lang)
        keys = _library_keys(library)
        overlap = sum(1 for i in subset if norm_key(i.text, lang) in keys)
        rep = report(predict(LinearRecogniser(library), subset), lang)
        checks = {
            "macro_f1": rep.macro_f1 >= TARGETS["macro_f1"],
            "micro_f1": rep.micro_f1_multi >= TARGETS["micro_f1"],
        }
        ok = ok and all(checks.values())
        c = rep.counts
        none_hits = round(rep.none_false_positive * c["none"])
        worst = sorted(rep.per_intent.items(), key=lambda kv: (kv[1]["f1"], kv[0]))[: args.worst]

        def mark(key: str, checks: dict[str, bool] = checks) -> str:
            return "ok" if checks[key] else "MISSED"

        print(
            f"[{lang}] held-out: {c['single']} single, {c['multi']} multi, {c['none']} no-intent"
            f" lines; {overlap} equal to a library example"
        )
        print(f"  macro-F1 single-intent   {rep.macro_f1:.3f}  (target >= 0.90) {mark('macro_f1')}")
        print(
            f"  micro-F1 multi-intent    {rep.micro_f1_multi:.3f}  (target >= 0.85) {mark('micro_f1')}"  # noqa: E501
        )
        print(f"  micro-F1 all lines       {rep.micro_f1_all:.3f}")
        print(f"  no-intent lines flagged  {none_hits}/{c['none']}")
        print("  weakest intents (F1): " + ", ".join(f"{n} {m['f1']:.2f}" for n, m in worst))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
