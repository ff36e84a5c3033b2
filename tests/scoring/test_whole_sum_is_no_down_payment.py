"""Asking for the whole sum on a day is no down payment (GUIDE §5 request_down_payment: "a
first or partial payment"). Seen in tmux on the florist's £640 invoice: "No worries at all.
Could you manage the 640 pounds by Friday?" — she answered "Done — you'll have it by
4 December", the line's feedback said "asks for a down payment". Through the real
recogniser and the real Call."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import DE, ROOT, play
from trainer.scenario import load_scenario
from trainer.understanding import load_recogniser

FLORIST = ROOT / "scenarios" / "en" / "florist-forgot.yaml"  # £640
HOLIDAY = DE  # 2.380 €

WHOLE = [
    (FLORIST, "en", "No worries at all. Could you manage the 640 pounds by Friday?"),
    (FLORIST, "en", "Could you pay the £640 by the 18th?"),
    (FLORIST, "en", "could u get the 640 over to us by friday"),
    (HOLIDAY, "de", "Kein Problem. Schaffen Sie die 2.380 Euro bis Freitag?"),
    (HOLIDAY, "de", "Könnten Sie die 2.380 Euro bis Freitag schon mal überweisen?"),
    (HOLIDAY, "de", "Könnten Sie bis Freitag 2380 Euro anweisen?"),
]
PART = [
    (FLORIST, "en", "Could you manage 200 pounds by Friday?"),
    (FLORIST, "en", "Could you pay half of the 640 by Friday?"),
    (HOLIDAY, "de", "Schaffen Sie 500 Euro als ersten Teil bis Freitag?"),
]


def intents_of(path, lang, line) -> list[str]:
    call = play(load_scenario(path).scenario, [line], load_recogniser(lang))
    turn = [t for t in call.turns if t.speaker == "learner"][-1]
    assert turn.text == line
    return [i["intent"] for i in turn.intents]


@pytest.mark.parametrize(("path", "lang", "line"), WHOLE)
def test_the_whole_sum_on_a_day_is_a_payment_date(path, lang, line) -> None:
    names = intents_of(path, lang, line)
    assert "fix_payment_date" in names
    assert "request_down_payment" not in names


@pytest.mark.parametrize(("path", "lang", "line"), PART)
def test_a_part_on_a_day_is_still_a_down_payment(path, lang, line) -> None:
    names = intents_of(path, lang, line)
    assert "request_down_payment" in names
