"""A figure named as the wrong one contradicts nothing: "Sorry, my mistake — £920 each, not
£290." puts a wrong read-back right. Its £290 made the customer hold to "what we said" against
his own terms once the line was read as a proposal (twenty-fifth session: with the sealed sets
33 and 34 in training the plan came first, the empathy second, and the twenty-sixth audit's
call fell from 100 gold to a failed confirmation)."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.simulation.call import _negated_figure
from trainer.understanding.facts import extract_facts


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Sorry, my mistake — £920 each, not £290.", [False, True]),
        ("Also 500 Euro jetzt, nicht 600 Euro.", [False, True]),
        ("That's £400 instead of £300 today.", [False, True]),
        ("Dann 920 € statt 290 €.", [False, True]),
        ("Not bad: £300 now and £890 by Friday.", [False, False]),
        ("It's £640, not £460 — by Friday.", [False, True]),
    ],
)
def test_a_figure_named_as_the_wrong_one(text: str, negated: list[bool]) -> None:
    amounts = [f for f in extract_facts(text, date(2026, 12, 3)) if f.kind == "amount"]
    assert [_negated_figure(text, f) for f in amounts] == negated
