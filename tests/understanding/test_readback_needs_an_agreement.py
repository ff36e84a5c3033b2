"""A read-back needs something agreed (GUIDE §5: summarise_agreement "reads back what was
agreed"). Before any agreement the same words dictate terms: a plan or a payment day
(eighteenth audit)."""

from __future__ import annotations

import datetime as dt

import pytest

from trainer.understanding.context import apply_context
from trainer.understanding.types import Context

LINE = "So, to sum up: £600 by Friday the 11th of December."
PLAN = "Right, here's what we'll do: £1,000 today, then £880 on the 8th and £880 on the 15th."


@pytest.mark.parametrize(
    ("text", "agreed", "proposed", "expected"),
    [
        (LINE, True, False, "summarise_agreement"),
        (LINE, False, True, "summarise_agreement"),  # taking up his day is a read-back of it
        (LINE, False, False, "fix_payment_date"),
        (PLAN, False, False, "propose_instalments"),
    ],
)
def test_a_read_back_needs_an_agreement(en, text, agreed, proposed, expected):
    # the facts read on the call's day: "Friday the 11th of December" is a past day (no
    # payment date) once the real date has passed it
    rec = en.recognise(text, call_date=dt.date(2026, 12, 1))
    assert "summarise_agreement" in rec.names, rec.intents  # the words alone read back
    ctx = Context(
        call_date=dt.date(2026, 12, 1), learner_turn=6, agreed=agreed, customer_proposed=proposed
    )
    assert expected in apply_context(rec, ctx).names
