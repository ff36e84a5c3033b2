"""Which audited verdicts stand on a knife edge: every call replayed with each reading nudged.

A retraining moves readings by a few hundredths (the thirty-fifth session: an empathy 0.76 became
0.73 and a reproach 0.39 became 0.40), and a call whose pass/fail hangs on such a reading flips
with it — a "moved verdict" that says nothing about the change that moved it. This replays each
audited call (`benchmarks/audits/*/calls.yaml`, as `audit_replay.py` does) once as the app reads
it and `--draws` times with every intent's probability nudged by a uniform amount in
±`--delta` before any bar is applied (`LinearRecogniser.scores`; deterministic: the nudge is
drawn from the draw number and the line), and lists the calls whose pass/fail differs between
the runs:

    .venv/bin/python benchmarks/audit_fragility.py                 # all audits
    .venv/bin/python benchmarks/audit_fragility.py benchmarks/audits/V35 --delta 0.05

A fragile call's flip under a change is noise, not evidence; a verdict that hangs on a reading
within a few hundredths of a bar is also worth a look as a design question (a low reading
should not decide a call on its own). Not part of the product.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from audit_replay import play_args  # noqa: E402  (beside this script)

from trainer import cli  # noqa: E402  (after the path)
from trainer.understanding.model import LinearRecogniser  # noqa: E402

_SCORES = LinearRecogniser.scores
#: the draw being played (None: the readings as they are) and the size of the nudge
_NUDGE: dict[str, Any] = {"draw": None, "delta": 0.03}


def _nudged_scores(self: LinearRecogniser, text: str, today: Any = None) -> tuple[Any, dict]:
    probs, parts = _SCORES(self, text, today)
    draw = _NUDGE["draw"]
    if draw is None or not len(probs):
        return probs, parts
    digest = hashlib.sha256(f"{draw}|{self.language}|{text}".encode()).digest()
    rng = np.random.default_rng(int.from_bytes(digest[:8], "little"))
    noise = rng.uniform(-_NUDGE["delta"], _NUDGE["delta"], size=probs.shape)
    return np.clip(probs + noise, 0.0, 1.0), parts


LinearRecogniser.scores = _nudged_scores  # type: ignore[method-assign]


def play(folder: Path, call: dict[str, Any], seed: int, today: str, out: Path) -> dict[str, Any]:
    """One call played in this process (so the nudge reaches the recogniser); its verdict."""
    argv = play_args(folder, call, seed, today, out)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
        try:
            code = cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    if code != 0:
        return {"error": code}
    result = json.loads(buf.getvalue())
    return {"score": result["score"], "passed": result["passed"]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("folders", nargs="*", type=Path, help="audit folders (default: all)")
    p.add_argument("--draws", type=int, default=4, help="nudged replays per call (default 4)")
    p.add_argument("--delta", type=float, default=0.03, help="largest nudge (default 0.03)")
    args = p.parse_args(argv)
    if args.draws < 1 or not 0 < args.delta < 1:
        p.error("--draws must be at least 1 and --delta between 0 and 1")
    _NUDGE["delta"] = args.delta
    folders = args.folders or sorted(
        d for d in (ROOT / "benchmarks" / "audits").iterdir() if (d / "calls.yaml").is_file()
    )
    fragile: list[str] = []
    played = 0
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            try:
                spec = yaml.safe_load((folder / "calls.yaml").read_text(encoding="utf-8"))
                calls, seed, today = spec["calls"], spec["seed"], spec["today"]
            except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
                p.error(f"{folder}: no readable calls.yaml with calls, seed and today ({exc})")
            for call in calls:
                runs = []
                for draw in [None, *range(args.draws)]:
                    _NUDGE["draw"] = draw
                    runs.append(play(folder, call, seed, today, Path(tmp)))
                played += 1
                if any("error" in r for r in runs):
                    fragile.append(f"| {folder.name} | {call['script']} | error | | |")
                    continue
                verdicts = {r["passed"] for r in runs}
                if len(verdicts) > 1:
                    scores = [r["score"] for r in runs]
                    as_read = "pass" if runs[0]["passed"] else "fail"
                    fragile.append(
                        f"| {folder.name} | {call['script']} | {as_read} {scores[0]} "
                        f"| {min(scores)}–{max(scores)} | {call['verdict']} |"
                    )
    print(f"Nudge ±{args.delta}, {args.draws} draws per call, {played} calls.\n")
    print("| audit | call | as read | scores nudged | trainer |")
    print("|---|---|---|---|---|")
    print("\n".join(fragile) if fragile else "| — | no call flips | | | |")
    print(f"\n{len(fragile)} of {played} calls change pass/fail under the nudge.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
