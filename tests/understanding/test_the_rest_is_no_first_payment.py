"""Paying the rest is no first payment (GUIDE §5 request_down_payment: "a first or partial
payment now"). "Could you pay the rest by Friday?" after a 20 % reduction was a down payment
0.93 (twenty-fifth session's self-audit, S25 D1): the rest is named in most requests for one
("£300 now and the rest by …"), so the words alone pulled it in. A part, a sum, "now" or an
advance beside the rest keeps the first payment. The probes were written after the rule: 2 of
the 5 failed before it; the 6 with a first payment pass before and after."""

from __future__ import annotations

import pytest

THE_REST_ONLY = [
    ("en", "Could you pay the rest by Friday?"),
    ("en", "Can you clear the remaining balance by the 15th?"),
    ("en", "So would the remainder be possible by the end of next week?"),
    ("de", "Könnten Sie den Rest bis Freitag zahlen?"),
    ("de", "Schaffen Sie den Restbetrag bis zum 15.?"),
]
A_FIRST_PAYMENT_TOO = [
    ("en", "Could you pay 300 now and the rest by Friday?"),
    ("en", "Can you send a bit over now and the rest later?"),
    ("en", "We'd appreciate a good-faith payment before we discuss the remainder."),
    ("en", "Is an advance payment possible while the approval for the rest is still running?"),
    ("de", "Wir würden uns über eine Anzahlung freuen, bevor wir über den Rest reden."),
    ("de", "Können Sie heute schon 500 Euro überweisen und den Rest bis Monatsende?"),
]


@pytest.mark.parametrize(("lang", "text"), THE_REST_ONLY)
def test_the_rest_alone_is_a_payment_date_not_a_first_payment(recognise, lang, text):
    rec = recognise(lang, text)
    assert "request_down_payment" not in rec.names, rec.intents
    assert "fix_payment_date" in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), A_FIRST_PAYMENT_TOO)
def test_a_first_payment_beside_the_rest_stays(recognise, lang, text):
    assert "request_down_payment" in recognise(lang, text).names
