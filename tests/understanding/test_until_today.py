"""The span up to today, told with a negation or "as of", names no payment day: "Leider ist
bis heute keine Zahlung eingegangen" carried the date "today", and with it a date request
beside the neutral opener (0.58 over 0.55): the customer heard "pay today"."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.understanding import extract_facts

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Leider ist bis heute keine Zahlung bei uns eingegangen.",
        "Bis heute haben wir leider keinen Zahlungseingang feststellen können.",
        "Die Rechnung ist bis heute nicht bezahlt.",
        "As of today, invoice 2024-117 is still showing as open.",
        "Until today we haven't received the payment.",
    ],
)
def test_the_span_up_to_today_is_no_payment_day(text):
    assert not [f for f in extract_facts(text, TODAY) if f.kind == "date"]


@pytest.mark.parametrize(
    "text",
    [
        "Können Sie bis heute Abend überweisen?",
        "Bitte überweisen Sie bis heute.",
        "Could you pay it by today?",
        "Heute noch, bitte, nicht erst morgen.",
    ],
)
def test_today_as_a_deadline_stays_a_day(text):
    assert [f for f in extract_facts(text, TODAY) if f.kind == "date"]


def test_the_neutral_statement_is_no_date_request(de):
    rec = de.recognise("Leider ist bis heute keine Zahlung bei uns eingegangen.")
    assert rec.names and rec.names[0] == "neutral_opener_open_invoice", rec.intents
    assert "fix_payment_date" not in rec.names, rec.intents
