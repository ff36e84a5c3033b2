"""A reduction taken back offers none; letting him pay whenever threatens nothing (thirteenth
session: a twenty-third audit and a trainer writing a scenario)."""

from __future__ import annotations

import pytest

from trainer.understanding.context import apply_context
from trainer.understanding.retraction import takes_back_reduction
from trainer.understanding.types import Context, IntentHit, Recognition


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Actually, sorry, no, I have to take that back, I can't do the discount."),
        ("en", "Just to be clear Helen: no discount, the full £2,400."),
        ("en", "I have to take that back about the discount."),
        ("de", "Den Nachlass kann ich Ihnen doch nicht geben."),
        ("de", "Ohne Rabatt, die vollen 3.570 Euro."),
        ("de", "Das nehme ich zurück, keinen Nachlass."),
    ],
)
def test_a_reduction_taken_back(lang, text):
    assert takes_back_reduction(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "How about I knock 10% off?"),
        ("en", "I can offer you a discount of 10%."),
        ("en", "I take that back, that was rude."),
        ("en", "There is no extra fee for instalments."),
        ("de", "Kein Problem, ich gebe Ihnen 5 Prozent Nachlass."),
        ("de", "Das nehme ich zurück, das war unhöflich."),
    ],
)
def test_an_offer_or_another_retraction_is_none(lang, text):
    assert not takes_back_reduction(text, lang)


def _read(text: str, *hits: tuple[str, float]) -> list[str]:
    rec = Recognition(text=text, intents=tuple(IntentHit(n, c) for n, c in hits))
    return [h.intent for h in apply_context(rec, Context(learner_turn=5)).intents]


def test_no_compromise_in_a_line_that_rules_it_out():
    text = "Just to be clear Helen: no discount, the full £2,400."
    assert _read(text, ("offer_compromise", 0.83)) == []


def test_letting_him_pay_whenever_carries_no_threat_unless_a_legal_step_is_named():
    assert _read(
        "Dann zahlen Sie eben, wenn Sie können.",
        ("zahlung_ohne_termin", 1.0),
        ("threaten_legal", 0.56),
    ) == ["zahlung_ohne_termin"]
    assert _read(
        "Zahlen Sie halt, wenn Sie können, sonst geht's zum Anwalt.",
        ("zahlung_ohne_termin", 0.9),
        ("threaten_legal", 0.8),
    ) == ["zahlung_ohne_termin", "threaten_legal"]


@pytest.mark.parametrize(
    "text",
    ["Das ist nicht unser Problem.", "That's not really my problem, mate.", "Not our problem."],
)
def test_waving_the_customers_trouble_away_is_no_empathy(text):
    """An authoring audit: "Das ist nicht unser Problem." was empathy (0.65) and calmed an
    offended customer; "That's not really my problem, mate" the same in three audits."""
    assert _read(text, ("empathise", 0.65)) == ["accusatory_opener"]


@pytest.mark.parametrize(
    "text", ["Kein Problem, das kriegen wir hin.", "It's not a problem, we can sort it."]
)
def test_no_problem_still_reassures(text):
    assert _read(text, ("empathise", 0.9)) == ["empathise"]
