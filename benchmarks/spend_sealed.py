"""Spend a sealed real-line set after its one measurement: its lines become training data.

Run: .venv/bin/python benchmarks/spend_sealed.py benchmarks/sealed/real_linesNN.yaml \\
         --measured-at COMMIT --describe "12 public sources (…)"

What spending does (benchmarks/README.md, "Protocol"), every time the same way:
- writes the lines as an author file `scenarios/_intents/<lang>/spent-realNN.yaml` (one-intent
  lines under their intent, several intents under `combined`, none under `no_intent`);
  `recognition_ablation.py --folds real` takes every `spent-real*` file as a real fold;
- appends the set's sources (its `#   - ` header lines) to `benchmarks/sealed/used_sources.txt`,
  so no later collector quotes them again;
- moves the set to `benchmarks/sealed/spent/` (with `git mv`, so its history stays).
Then run the suite and the audits: a retraining moves lines near the bars.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEALED = ROOT / "benchmarks" / "sealed"
INTENTS = ROOT / "scenarios" / "_intents"


def author_file(lines: list[dict], number: str, language: str, commit: str, describe: str) -> str:
    """The set as an intent corpus file of its own author, `spent-real<number>`."""
    single: dict[str, list[str]] = {}
    combined: list[tuple[str, list[str]]] = []
    none: list[str] = []
    for line in lines:
        intents = list(line.get("intents") or [])
        if not intents:
            none.append(line["text"])
        elif len(intents) == 1:
            single.setdefault(intents[0], []).append(line["text"])
        else:
            combined.append((line["text"], intents))

    def q(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    out = [
        f"# Intent corpus ({language}), author: spent-real{number}.",
        f"# Sealed real-line set {number} (benchmarks/sealed/spent/real_lines{number}.yaml): "
        f"{len(lines)} lines quoted from {describe},",
        f"# measured once at {commit} (benchmarks/README.md) and spent; now training data.",
        "# Never a test set again.",
        f"language: {language}",
        "intents:",
    ]
    for intent in sorted(single):
        out += [f"  {intent}:", "    examples:", *(f"      - {q(t)}" for t in single[intent])]
    if combined:
        out.append("combined:")
        for text, intents in combined:
            out += [f"  - text: {q(text)}", f"    intents: [{', '.join(intents)}]"]
    if none:
        out += ["no_intent:", *(f"  - {q(t)}" for t in none)]
    return "\n".join(out) + "\n"


def sources(header: str) -> list[str]:
    """The set's sources: its header lines `#   - <source>`."""
    return [m.group(1).rstrip() for m in re.finditer(r"^#   - (.+)$", header, re.M)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path, help="benchmarks/sealed/real_linesNN.yaml")
    ap.add_argument("--measured-at", required=True, help="the commit of its one measurement")
    ap.add_argument("--describe", required=True, help='its sources in words: "12 public …"')
    args = ap.parse_args()
    path: Path = args.file.resolve()
    m = re.fullmatch(r"real_lines(\d+)\.yaml", path.name)
    if m is None or path.parent != SEALED:
        print(f"spend_sealed: {args.file}: not an unspent set in {SEALED}", file=sys.stderr)
        return 2
    number = m.group(1)
    text = path.read_text(encoding="utf-8")
    lines = yaml.safe_load(text)["lines"]
    languages = {line["lang"] for line in lines}
    if len(languages) != 1:
        print(
            f"spend_sealed: {args.file}: one language per set, found {languages}", file=sys.stderr
        )
        return 2
    language = languages.pop()
    target = INTENTS / language / f"spent-real{number}.yaml"
    if target.exists():
        print(f"spend_sealed: {target} exists: set {number} is spent already", file=sys.stderr)
        return 2
    target.write_text(
        author_file(lines, number, language, args.measured_at, args.describe), encoding="utf-8"
    )
    found = sources(text)
    with (SEALED / "used_sources.txt").open("a", encoding="utf-8") as used:
        used.writelines(f"- {s}\n" for s in found)
    subprocess.run(["git", "mv", str(path), str(SEALED / "spent" / path.name)], check=True)
    print(f"{len(lines)} lines → {target.relative_to(ROOT)}; {len(found)} sources on the used list")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
