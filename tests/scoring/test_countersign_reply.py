"""A written "yes" by e-mail instead of a signature is half the countersign check (GUIDE §4:
the signed agreement acknowledges the debt; §6: a half-met criterion must not silently become
zero). Fifth outside audit, call 05: "schreib kurz zurück, dass es passt" scored nothing."""

from __future__ import annotations

import datetime as dt

from tests.helpers import SCENARIOS
from trainer.scenario import find_scenario, load_scenario
from trainer.session.script import PAUSE, ScriptRunner

DEAL = (
    "Servus Frank, Deniz hier vom Kfz-Meisterbetrieb Yilmaz.",
    "Ich ruf wegen der offenen Rechnung für die Inspektion an.",
    PAUSE,
    PAUSE,
    "Okay, verstehe, ist grad knapp bei dir.",
    "Dann machen wir's so: du zahlst 500 Euro bis Freitag und den Rest bis zum 15. Januar, okay?",
)


def _countersign(close: str) -> list[dict]:
    loaded = load_scenario(find_scenario("de-werkstatt-ueberraschung", SCENARIOS))
    runner = ScriptRunner.open(loaded, seed=1, today=dt.date(2026, 12, 1), persona="cash_problems")
    runner.play([*DEAL, close, "Alles klar, danke dir, mach's gut!"])
    return [c for c in runner.finish()["checks"] if c["id"] == "countersign"]


def test_a_written_reply_by_email_is_half_the_countersignature():
    parts = _countersign("Ich schick dir das per Mail, schreib kurz zurück, dass es passt.")
    assert [(c["part"], c["passed"], c["weight"]) for c in parts] == [
        ("written", True, 0.5),
        ("signature", False, 0.5),
    ]
    assert "Unterschrift" in parts[1]["reason"]


def test_a_signature_asked_for_is_the_whole_check():
    parts = _countersign(
        "Ich schick dir die Vereinbarung, unterschreib sie bitte und schick sie zurück."
    )
    assert [(c.get("part"), c["passed"], c["weight"]) for c in parts] == [(None, True, 1.0)]


def test_neither_is_no_credit():
    parts = _countersign("Passt, dann machen wir das so.")
    assert [(c.get("part"), c["passed"]) for c in parts] == [(None, False)]
