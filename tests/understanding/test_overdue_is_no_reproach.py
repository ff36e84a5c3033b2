"""The invoice overdue, told as a fact with the invoice as its subject, is the neutral opener;
the customer "late" or the caller "not a bank" is a reproach (GUIDE §5, eval/README: blame
wording is accusatory_opener "also behind a polite veneer"; the opener names the open invoice
"without blame").

Spending sealed set 29 as training turned the forty-seventh audit's snippy start ("… six weeks
overdue now, Dave, I'm not a bank like.") into the neutral opener, and showed that plain overdue
statements were blame already ("The bill is two months overdue now." 0.80): the library had three
lines of that shape against many "You're two months late" reproaches. Lines of both kinds were
added to `gaps`. The ten lines below were written (twentieth session) after the failure and
before the additions, and are not in the library: before, five of the six statements were read
as the opener and three of the four jabs as blame; now all ten are read right.
"""

from __future__ import annotations

import pytest

OVERDUE_STATED = [
    "The invoice for the roof repair is now five weeks overdue.",
    "Your payment for March is three weeks late on our system.",
    "Invoice 2231 is now sixty days past due.",
    "Just so you know, the bill from October is a month overdue now.",
    "The balance on your account is two months overdue, Mrs Grant.",
    "Our invoice from the 3rd is now over four weeks outstanding.",
]

REPROACHES = [
    "You're six weeks late and you haven't even called me.",
    "We're not your bank, Kevin.",
    "You've been sitting on our money for two months now.",
    "I'm not a charity, you know.",
]


@pytest.mark.parametrize("text", OVERDUE_STATED)
def test_the_invoice_overdue_is_the_neutral_opener(text, recognise):
    rec = recognise("en", text)
    assert rec.names and rec.names[0] == "neutral_opener_open_invoice", rec.intents
    assert "accusatory_opener" not in rec.names, rec.intents


@pytest.mark.parametrize("text", REPROACHES)
def test_the_customer_late_or_the_caller_no_bank_is_a_reproach(text, recognise):
    rec = recognise("en", text)
    assert rec.names and rec.names[0] == "accusatory_opener", rec.intents
