"""An opening that is neither strategy nor a demand is not called a demand: "Ich schick Ihnen
gleich nach dem Telefonat eine E-Mail mit allem, dann haben Sie's schriftlich." before the
invoice was named got "Gleich eine Forderung gestellt" (sixty-third audit, call 02)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import SCENARIOS
from trainer.scenario import find_scenario, load_scenario
from trainer.session.script import ScriptRunner


def _strategy(sid: str, lines: list[str]) -> dict:
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    runner = ScriptRunner.open(loaded, seed=1, today=dt.date(2026, 12, 3))
    runner.play(lines)
    return next(c for c in runner.finish()["checks"] if c["id"] == "strategy")


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (
            [
                "Grüß Gott Frau Albers, hier ist die Lena Vogt von Vogt Grafikdesign.",
                "Ich schick Ihnen gleich nach dem Telefonat eine E-Mail mit allem, dann haben "
                "Sie's schriftlich.",
            ],
            "Mit keiner der beiden Strategien eröffnet",
        ),
        (
            [
                "Grüß Gott Frau Albers, hier ist die Lena Vogt von Vogt Grafikdesign.",
                "Können Sie die Rechnung bis Freitag überweisen?",
            ],
            "Gleich eine Forderung gestellt",
        ),
    ],
)
def test_the_strategy_feedback_names_what_was_said(lines: list[str], reason: str) -> None:
    check = _strategy("de-erstkunde-rechnung-verloren", lines)
    assert check["passed"] is False
    assert check["reason"].startswith(reason), check
