"""What a line puts on the table (`simulation.terms.read_offer`), eighth outside audit: side
readings of a line must not turn into terms nobody proposed."""

from __future__ import annotations

import datetime as dt

from trainer.simulation.terms import read_offer
from trainer.understanding.types import Fact, IntentHit, Recognition

TODAY = dt.date(2026, 12, 1)  # a Tuesday
FRIDAY = dt.date(2026, 12, 4)


def _rec(text: str, hits: dict[str, float], *facts: Fact) -> Recognition:
    return Recognition(text, tuple(IntentHit(i, c) for i, c in hits.items()), facts)


def test_a_down_payment_by_a_day_keeps_its_day():
    """ "bis Freitag 500 Euro anzahlen": the 500 are due on Friday ("anzahlen" names the
    payment; it does not put it now and the Friday to the rest)."""
    rec = _rec(
        "Können Sie bis Freitag 500 Euro anzahlen?",
        {"fix_payment_date": 0.96, "request_down_payment": 0.93},
        Fact("date", "bis Freitag", FRIDAY.isoformat()),
        Fact("amount", "500 Euro", 500.0),
    )
    terms = read_offer(rec, "de", {}, TODAY, total=1865.40).terms
    assert terms == {"now": 500.0, "now_date": FRIDAY}


def test_now_and_the_rest_by_a_day_still_splits():
    rec = _rec(
        "Können Sie 300 Euro jetzt zahlen und bis Freitag dann noch was?",
        {"request_down_payment": 0.9},
        Fact("amount", "300 Euro", 300.0),
        Fact("date", "bis Freitag", FRIDAY.isoformat()),
    )
    terms = read_offer(rec, "de", {}, TODAY, total=1865.40).terms
    assert terms["now"] == 300.0 and terms["rest_date"] == FRIDAY and "now_date" not in terms


def test_the_whole_amount_by_a_day_is_one_payment_not_an_instalment():
    """ "Ich schlage vor: Sie überweisen die 4.760 Euro bis zum 11. Dezember." also reads a
    little as instalments (0.58): the agreed terms said "each 4,760" with a rest date."""
    day = dt.date(2026, 12, 11)
    rec = _rec(
        "Ich schlage vor: Sie überweisen die 4.760 Euro bis zum 11. Dezember.",
        {"fix_payment_date": 0.98, "propose_instalments": 0.58},
        Fact("amount", "4.760 Euro", 4760.0),
        Fact("date", "11. Dezember", day.isoformat()),
    )
    terms = read_offer(rec, "de", {}, TODAY, total=4760.0).terms
    assert terms == {"date": day, "amount": 4760.0}


def test_a_plan_with_a_count_is_still_a_plan():
    rec = _rec(
        "Wie wäre es mit vier Raten zu 1.190 Euro?",
        {"propose_instalments": 0.95},
        Fact("count", "vier", 4),
        Fact("amount", "1.190 Euro", 1190.0),
    )
    terms = read_offer(rec, "de", {}, TODAY, total=4760.0).terms
    assert terms == {"count": 4, "each": 1190.0}


def test_a_fact_rebuttal_read_a_little_as_a_compromise_records_none():
    rec = _rec(
        "Sie haben die Abnahme am 2. Oktober aber ohne Vorbehalt unterschrieben, und wir haben "
        "das Gefälle von 2 Prozent gemessen und fotografiert.",
        {"rebut_unjustified_objection": 1.0, "empathise": 0.95, "offer_compromise": 0.43},
    )
    assert "compromise" not in read_offer(rec, "de", {}, TODAY, total=4760.0).terms


def test_a_named_reduction_beside_a_date_is_still_a_compromise():
    rec = _rec(
        "Ich ziehe Ihnen 10 % ab, wenn der Rest bis Freitag da ist.",
        {"fix_payment_date": 0.9, "offer_compromise": 0.45},
        Fact("date", "bis Freitag", FRIDAY.isoformat()),
    )
    assert read_offer(rec, "de", {}, TODAY, total=4760.0).terms.get("compromise") is True


def test_the_size_of_a_reduction_is_no_down_payment():
    """ "dafür ziehe ich Ihnen 150 Euro von der Rechnung ab, und Sie überweisen den Rest bis
    zum 18. Dezember": the rest after the reduction is the one payment (eleventh audit: the
    150 became a down payment and she paid the full amount in two parts)."""
    day = dt.date(2026, 12, 18)
    text = (
        "Mein Geselle kommt am Montag, dafür ziehe ich Ihnen 150 Euro von der Rechnung ab, "
        "und Sie überweisen den Rest bis zum 18. Dezember."
    )
    rec = _rec(
        text,
        {"offer_compromise": 0.95, "fix_payment_date": 0.86},
        Fact("amount", "150 Euro", 150.0, "EUR", text.index("150"), text.index("150") + 8),
        Fact("date", "18. Dezember", day.isoformat(), None, text.index("18."), len(text) - 1),
    )
    terms = read_offer(rec, "de", {}, TODAY, total=3570.0).terms
    assert terms == {"date": day, "amount": 3420.0, "compromise": True, "rework": True}


def test_knock_off_then_the_amount_to_pay():
    day = dt.date(2026, 12, 18)
    text = "How about I knock £60 off, so £120, and you pay that by the 18th of December?"
    rec = _rec(
        text,
        {"offer_compromise": 0.95, "fix_payment_date": 0.92},
        Fact("amount", "£60", 60.0, "GBP", text.index("£60"), text.index("£60") + 3),
        Fact("amount", "£120", 120.0, "GBP", text.index("£120"), text.index("£120") + 4),
        Fact("date", "18th of December", day.isoformat(), None, text.index("18th"), len(text) - 1),
    )
    terms = read_offer(rec, "en", {}, TODAY, total=180.0).terms
    assert terms["amount"] == 120.0 and terms["date"] == day and "now" not in terms
