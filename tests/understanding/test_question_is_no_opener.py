"""A question about the invoice is the reason question, not the neutral opener: the opener
names the invoice "without blame, demand, question or proposal", and asking whether the
invoice arrived is ask_reason (eval/README). A statement beside the question keeps both."""

from __future__ import annotations

import pytest

ASKED = [
    ("de", "Ist unsere Rechnung Nummer 4471 bei Ihnen noch offen?"),
    ("de", "Wie sieht es denn mit der offenen Rechnung vom Oktober aus?"),
    ("en", "I wanted to check whether invoice 4471 for 1,200 pounds is still open on your side."),
    ("en", "Just checking if our invoice from the 3rd of November is still open?"),
]


@pytest.mark.parametrize(("lang", "text"), ASKED)
def test_a_question_about_the_invoice_asks_the_reason(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "ask_reason", rec.intents


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ich rufe wegen der offenen Rechnung an. Ist sie bei Ihnen angekommen?"),
        ("en", "I'm calling about the open invoice from November. Did it reach you?"),
    ],
)
def test_a_statement_beside_the_question_keeps_the_opener(lang, text, recognise):
    rec = recognise(lang, text)
    assert {"neutral_opener_open_invoice", "ask_reason"} <= set(rec.names), rec.intents
