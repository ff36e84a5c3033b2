"""Paying today or now, with no part, sum or share named, is the day of the whole payment
(GUIDE §5: request_down_payment asks for "a first or partial payment"). "Are you able to make
a payment today?" was a down payment 0.94, so the customer heard a request for a first part
where the caller wanted the invoice paid; outside labellers of real caller lines read such
lines as fix_payment_date (`model._whole_payment_now_is_a_date`).

The lines below were written (twentieth session) before the rule and are not in the library.
Before it, 5 of the 9 English ones were read as a payment date first (the other four as a down
payment) and six of the eight German ones carried a down payment (one of them first); now all
are payment dates with no down payment. A request that names a part, a sum or a share stays a
first payment (all eleven before and after).
"""

from __future__ import annotations

import pytest

WHOLE_NOW = [
    ("en", "Could you make a payment today?"),
    ("en", "Are you in a position to pay it today?"),
    ("en", "Can we get this paid today over the phone?"),
    ("en", "Will you be able to settle this today?"),
    ("en", "Can you make the payment this afternoon?"),
    ("en", "Would you be able to clear the invoice today by card?"),
    ("en", "Is there any way you can pay this right now?"),
    ("en", "We really need this paid today, please."),
    ("en", "Could you sort out payment before the end of the day?"),
    ("de", "Können Sie die Zahlung heute noch leisten?"),
    ("de", "Schaffen Sie es, das heute zu bezahlen?"),
    ("de", "Können wir das gleich jetzt am Telefon erledigen, per Karte?"),
    ("de", "Wäre es möglich, die Rechnung heute noch zu begleichen?"),
    ("de", "Können Sie die Überweisung jetzt gleich machen?"),
    ("de", "Ich bräuchte die Zahlung bitte heute noch."),
    ("de", "Kriegen Sie das bis heute Abend überwiesen?"),
    ("de", "Können Sie die Rechnung sofort bezahlen?"),
]

A_PART_NOW = [
    ("en", "Could you make a part payment today?"),
    ("en", "Can you pay 200 of it today?"),
    ("en", "Could you manage something today to get things moving?"),
    ("en", "What could you pay towards it right now?"),
    ("en", "Would a small payment today be possible?"),
    ("en", "Could you pay half now and the rest next week?"),
    ("de", "Können Sie heute schon mal einen Teil zahlen?"),
    ("de", "Schaffen Sie heute 200 Euro?"),
    ("de", "Könnten Sie jetzt gleich eine kleine Anzahlung leisten?"),
    ("de", "Was können Sie heute schon überweisen?"),
    ("de", "Könnten Sie die Hälfte jetzt zahlen und den Rest im Januar?"),
]


@pytest.mark.parametrize(("lang", "text"), WHOLE_NOW)
def test_paying_today_with_no_part_named_is_a_payment_date(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "fix_payment_date", rec.intents
    assert "request_down_payment" not in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), A_PART_NOW)
def test_a_part_sum_or_share_today_stays_a_first_payment(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "request_down_payment", rec.intents
