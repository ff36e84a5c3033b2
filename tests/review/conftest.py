"""Transcripts for the review tests: real calls (keyword recogniser) plus a scoring block."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import SCENARIOS, KeywordRecogniser
from trainer.scenario import find_scenario, load_scenario
from trainer.session import Session
from trainer.transcripts.store import write_atomic

#: A learner who types markup, HTML and quotes: it must be shown and exported literally.
HOSTILE = "Hallo [bold]Chef[/bold] <script>alert('x')</script> & \"Zitat\" — Rechnung"

MARKERS = {
    "hallo": "greeting_identify",
    "rechnung": "neutral_opener_open_invoice",
    "warum": "accusatory_opener",
    "freitag": "fix_payment_date",
    "anwalt": "threaten_legal",
}
GOOD = ["Hallo, Anna Berger von Berger Elektrotechnik.", "Wegen der offenen Rechnung.", ""]
GOOD += ["Geht es bis Freitag?"]


@pytest.fixture
def recogniser() -> KeywordRecogniser:
    return KeywordRecogniser(dict(MARKERS))


@pytest.fixture(scope="session")
def loaded():
    return load_scenario(find_scenario("de-stammkunde-urlaub", SCENARIOS))


def scoring(passed: dict[str, bool], strategy: str | None = "let_them_talk") -> dict[str, Any]:
    """A scoring block of the contract's shape (the scorer is written elsewhere)."""
    checks = [
        {
            "id": cid,
            "passed": ok,
            "weight": 1.0,
            "turn": 1,
            "evidence": f"evidence for {cid} <b>",
            "advice": f"advice for {cid}",
            "better": "Ich rufe wegen der noch offenen Rechnung an …",
        }
        for cid, ok in passed.items()
    ]
    score = round(100 * sum(passed.values()) / len(passed)) if passed else 0
    return {
        "opening": {"strategy": strategy, "score": score, "checks": []},
        "checks": checks,
        "score": score,
        "passed": score >= 70,
        "tier": "silver" if score >= 75 else None,
        "feedback": [
            {"turn": 1, "checks": [{"id": c["id"], "passed": c["passed"], "reason": "why"}]}
            for c in checks[:1]
        ],
    }


MakeCall = Callable[..., Path]


@pytest.fixture
def make_call(tmp_path: Path, loaded, recogniser) -> MakeCall:
    """Play a call into tmp_path/transcripts; optional scoring and other fields patched in."""
    folder = tmp_path / "transcripts"

    def make(
        lines: list[str] | None = None,
        *,
        learner: str = "anna",
        seed: int = 1,
        started_at: str | None = None,
        **fields: Any,
    ) -> Path:
        session = Session(
            loaded, learner=learner, seed=seed, transcripts=folder, recogniser=recogniser
        )
        session.start()
        for line in GOOD if lines is None else lines:
            if session.ended:
                break
            session.say(line)
        path = Path(session.finish()["transcript"])
        if fields or started_at:
            data = json.loads(path.read_text(encoding="utf-8"))
            data.update(fields)
            if started_at:
                data["started_at"] = started_at
            write_atomic(path, data)
        return path

    return make
