"""Asking whether the customer can pay is no reproach (GUIDE §5 accusatory_opener: blame, an
accusation). Seen in the twenty-sixth session, in a call: "Would you be able to pay within
two weeks?" was a reproach 0.70 beside the date, and the café owner answered "Whoa, there's
no need for that tone" — the learner lost the conduct check for a polite question. The
library's reproaches that name paying within a span compare or expect ("most of our clients
manage to pay within thirty days", "A business your size should surely be able to pay …").
Probes written before `model._asking_to_pay_is_no_reproach`; the reproaches below must stay."""

from __future__ import annotations

import pytest

POLITE = [
    ("en", "Would you be able to pay within two weeks?"),
    ("en", "Are you able to pay within a week?"),
    ("en", "I understand. Would you be able to pay within ten days?"),
    ("en", "Could you pay it within the next fortnight?"),
    ("en", "Will you be in a position to settle within seven days?"),
    ("en", "Do you think you could pay within a week or two?"),
]
REPROACH = [
    ("en", "Why weren't you able to pay within two weeks like everyone else?"),
    ("en", "Surely you're able to pay within thirty days?"),
    ("en", "Most of our clients manage to pay within thirty days, so what's the problem?"),
    ("en", "Are you ever going to pay, or do I have to keep chasing you?"),
]


@pytest.mark.parametrize(("lang", "text"), POLITE)
def test_asking_to_pay_by_a_day_is_no_reproach(recognise, lang, text):
    rec = recognise(lang, text)
    assert "accusatory_opener" not in rec.names, rec.intents
    assert "fix_payment_date" in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), REPROACH)
def test_a_reproach_about_paying_stays(recognise, lang, text):
    assert "accusatory_opener" in recognise(lang, text).names
