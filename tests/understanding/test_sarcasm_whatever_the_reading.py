"""Sarcasm is a reproach however the model happened to read its words (GUIDE §5
accusatory_opener: "sarcasm … at any point in the call"). `context._sneer` used to swap a weak
empathy reading (0.15) into an equally weak reproach no one heard, and to add a TENTATIVE one
(0.4) the customer took offence at only when the model gave no reading at all: whether the
forty-third audit's Ruhrpott call 03 heard its "Ja nee, is klar, …" as a sneer hung on which of
the two the last retraining gave (thirty-third session)."""

from __future__ import annotations

import pytest

from trainer.understanding.context import _sneer
from trainer.understanding.types import TENTATIVE, IntentHit

SNEER = "Ja nee, is klar, drei Wochen Urlaub und die Überweisung macht sich von allein."


@pytest.mark.parametrize(
    "model_read",
    [
        [],
        [IntentHit("empathise", 0.15, "Ja nee")],
        [IntentHit("accusatory_opener", 0.15, "Ja nee")],
        [IntentHit("empathise", 0.15, "Ja nee"), IntentHit("accusatory_opener", 0.1, "is klar")],
    ],
    ids=["no reading", "weak empathy", "weak reproach", "both weak"],
)
def test_a_sneer_is_heard_however_weakly_the_model_read_it(model_read) -> None:
    hits = {h.intent: h.confidence for h in _sneer(model_read, SNEER)}
    assert "empathise" not in hits, hits
    assert hits.get("accusatory_opener", 0.0) >= TENTATIVE, hits


def test_a_firm_reading_keeps_its_strength_and_the_line_its_other_moves() -> None:
    model_read = [IntentHit("empathise", 0.8, "is klar"), IntentHit("fix_payment_date", 0.7, "")]
    hits = {h.intent: h.confidence for h in _sneer(model_read, SNEER)}
    assert hits == {"accusatory_opener": 0.8, "fix_payment_date": 0.7}


def test_a_line_without_sarcasm_is_left_as_the_model_read_it() -> None:
    model_read = [IntentHit("empathise", 0.15, "Verstehe")]
    assert _sneer(model_read, "Verstehe, das war eine harte Zeit.") == model_read
