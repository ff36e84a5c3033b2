"""`trainer validate` on 1,008 scenario files (84 copies of each shipped scenario).

Target (issue 13): under 5 s for 1,000 files, the whole command as a trainer runs it
(interpreter start and imports included). Run: .venv/bin/python benchmarks/validate_scale.py
[--keep DIR] (DIR keeps the copies; run again to measure only).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"
COPIES = 84
TARGET_S = 5.0


def make_library(folder: Path) -> int:
    """Copies of the shipped scenarios (own ids, so they stay distinct) and their blocks."""
    shutil.copytree(SCENARIOS / "_blocks", folder / "_blocks", dirs_exist_ok=True)
    count = 0
    for lang in ("de", "en"):
        (folder / lang).mkdir(parents=True, exist_ok=True)
        for path in sorted((SCENARIOS / lang).glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            for n in range(COPIES):
                copy = text.replace("\nid: ", f"\nid: c{n}-", 1)
                (folder / lang / f"{path.stem}-{n}.yaml").write_text(copy, encoding="utf-8")
                count += 1
    return count


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--keep", type=Path, help="keep the copies in this folder")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="validate-scale-"))
    try:
        files = sum(1 for _ in folder.glob("*/*.yaml")) if args.keep else 0
        if not files:
            files = make_library(folder)
        trainer = Path(sys.executable).parent / "trainer"
        cmd = [str(trainer), "validate", str(folder)]
        subprocess.run(cmd, capture_output=True, check=False)  # warm the file cache
        runs, cpu = [], []
        for _ in range(3):
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            runs.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            # CPU time as well: on a shared machine the wall clock says more about the others
            cpu.append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
        summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
        best = min(runs)
        print(
            f"trainer validate, {files} scenario files: best of 3 {best:.2f} s "
            f"(runs {', '.join(f'{r:.2f}' for r in runs)}); target < {TARGET_S:.0f} s"
        )
        print(f"  CPU (user+sys) best {min(cpu):.2f} s; {summary}")
        return 0 if best < TARGET_S and done.returncode == 0 else 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
