"""A sum called the whole, asked for by a day, is the payment date, not a first payment (GUIDE
§5 request_down_payment: "a first or partial payment"). "Could you pay the entire amount of £900
by Monday?" was a down payment 0.84, and the café's "Could you pay the whole 900 by Friday?" 0.40
after the twenty-seventh session's retraining (a pinned test of the simulation failed on it).
`model._paying_by_a_day_is_no_first_payment` now lets a sum called the whole pass as no part;
0 of the library's 15,522 lines change. A part named beside the whole keeps the first payment."""

from __future__ import annotations

import pytest

WHOLE = [
    ("en", "Could you pay the entire amount of £900 by Monday?"),
    ("en", "Could you pay the whole 900 by Friday?"),
    ("en", "Could you pay the full £1,190 by Friday?"),
    ("en", "Can you manage the whole 1,190 by the 12th?"),
    ("de", "Könnten Sie die gesamten 850 Euro bis Freitag überweisen?"),
]
PART = [
    ("en", "Could you pay £300 by Friday and the whole rest by the 15th?"),
    ("de", "Könnten Sie 300 Euro bis Freitag zahlen und den ganzen Rest bis zum 15.?"),
]


@pytest.mark.parametrize(("lang", "text"), WHOLE)
def test_the_whole_sum_by_a_day_is_the_date(recognise, lang, text):
    rec = recognise(lang, text)
    assert rec.names[:1] == ("fix_payment_date",), rec.intents
    assert "request_down_payment" not in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), PART)
def test_a_part_beside_the_whole_is_still_a_first_payment(recognise, lang, text):
    rec = recognise(lang, text)
    assert "request_down_payment" in rec.names, rec.intents
