"""Asking whether the customer can pay by a day or within a span is a payment date — not a
reproach, and not a first payment (GUIDE §5: fix_payment_date "asks for or proposes a
concrete payment date"; request_down_payment "a first or partial payment").

Seen in the twenty-sixth session, in calls: "Would you be able to pay within two weeks?" was
a reproach 0.70 beside the date, and the café owner answered "Whoa, there's no need for that
tone"; "Could you pay in 14 days?" was a down payment 0.98, and he answered "Right, £14.00 I
can manage". The probes were written before `model._paying_by_a_day_is_no_first_payment`: 6 of 8
failed before it, 2 after it (the reproach beside "able to pay within …": fourteen new
library lines of that shape did not move it and were taken out again), none after
`model._asking_to_pay_is_no_reproach` (tests/understanding/test_asking_to_pay_is_no_reproach.py)."""

from __future__ import annotations

import pytest

A_DAY_ONLY = [
    ("en", "Would you be able to pay within two weeks?"),
    ("en", "Are you able to pay within a week?"),
    ("en", "Could you pay in 14 days?"),
    ("en", "Could you pay within 14 days?"),
    ("en", "Could you pay by the 15th?"),
    ("en", "Could you pay by Friday?"),
    ("de", "Könnten Sie innerhalb von 14 Tagen zahlen?"),
    ("de", "Wären Sie in der Lage, innerhalb einer Woche zu zahlen?"),
]


@pytest.mark.parametrize(("lang", "text"), A_DAY_ONLY)
def test_able_to_pay_by_a_day_is_a_payment_date(recognise, lang, text):
    rec = recognise(lang, text)
    assert rec.names[:1] == ("fix_payment_date",), rec.intents
    assert not {"accusatory_opener", "request_down_payment"} & set(rec.names), rec.intents


A_FIRST_PAYMENT = [
    ("en", "Could you pay 300 by Friday?"),
    ("en", "Could you pay something by Friday?"),
    ("en", "Could you pay part of it within 14 days?"),
    ("en", "Could you pay half by the 15th?"),
    ("de", "Können Sie bis Freitag eine Anzahlung leisten?"),
    ("de", "Könnten Sie bis zum 15. schon mal einen Teil überweisen?"),
]


@pytest.mark.parametrize(("lang", "text"), A_FIRST_PAYMENT)
def test_a_part_by_a_day_stays_a_first_payment(recognise, lang, text):
    assert "request_down_payment" in recognise(lang, text).names
