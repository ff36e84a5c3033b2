"""Cost of one learner turn: recognise, transition, journal — on the largest shipped scenario.

Target (issue 2): median under 2 ms. Run: .venv/bin/python benchmarks/turn_cost.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from trainer.scenario import load_scenario, scenario_files  # noqa: E402
from trainer.session import Session  # noqa: E402

TARGET_MEDIAN_MS = 2.0
LINES = {
    "de": [
        "Guten Tag, Anna Berger von Berger Elektrotechnik.",
        "Ich rufe wegen der noch offenen Rechnung an.",
        "",
        "Das verstehe ich gut. Geht es bis Freitag?",
        "Ich schicke Ihnen das per Mail.",
        "Wie war denn der Urlaub?",
    ],
    "en": [
        "Hi, it's Sam from Whitfield Joinery.",
        "I'm calling about the invoice that is still open.",
        "",
        "I understand. Could you pay £300 now?",
        "And the rest by the 18th of December?",
        "How was your weekend?",
    ],
}


def main() -> int:
    files = scenario_files(ROOT / "scenarios")
    loaded = max((load_scenario(f) for f in files), key=lambda s: len(s.scenario.states))
    lines = LINES[loaded.scenario.language]
    timings: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        session = Session(loaded, learner="bench", seed=0, transcripts=Path(tmp))
        session.start()
        session.say("warm-up")  # the recogniser is loaded and cached by now
        for i in range(2000):
            if session.ended:
                session.finish()
                session = Session(loaded, learner="bench", seed=i, transcripts=Path(tmp))
                session.start()
            line = lines[i % len(lines)]
            start = time.perf_counter()
            session.say(line)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    median = statistics.median(timings)
    p99 = timings[int(len(timings) * 0.99) - 1]
    ok = "OK" if median < TARGET_MEDIAN_MS else "MISSED"
    print(f"scenario: {loaded.id} ({len(loaded.scenario.states)} states), {len(timings)} turns")
    print(
        f"turn cost median {median:.3f} ms, p99 {p99:.3f} ms "
        f"(target median < {TARGET_MEDIAN_MS} ms: {ok})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
