"""Instalments named without any term announce a proposal (eval/README: "offer_solution
announces a proposal without concrete terms; concrete terms are propose_instalments").
A number of instalments, an amount, a period, a date or a split of the sum keeps the plan.
The figures live in benchmarks/README.md (tenth session)."""

from __future__ import annotations

import pytest

WITHOUT_TERMS = [
    ("de", "Wir können Ihnen gerne eine Ratenzahlung anbieten."),
    ("de", "Wir bieten Ihnen die Möglichkeit, die Rechnung in Raten zu zahlen."),
    ("de", "Wäre eine Ratenzahlung für Sie eine Option?"),
    ("en", "We could set you up on a payment plan."),
    ("en", "Would paying in instalments help you?"),
]

WITH_TERMS = [
    ("de", "Wie wäre es mit drei Raten?"),
    ("de", "Sie zahlen monatlich 200 Euro, bis alles beglichen ist."),
    ("de", "raten a fuffzig euro woechentlich"),
    ("de", "Die Hälfte jetzt und den Rest in Raten, wäre das machbar?"),
    ("en", "How about four instalments of 250 pounds?"),
    ("en", "You could pay it off monthly over the next half year."),
]


@pytest.mark.parametrize(("lang", "text"), WITHOUT_TERMS)
def test_instalments_without_terms_are_an_offer(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "offer_solution", rec.intents
    assert "propose_instalments" not in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), WITH_TERMS)
def test_terms_keep_the_instalment_plan(lang, text, recognise):
    rec = recognise(lang, text)
    assert "propose_instalments" in rec.names, rec.intents
