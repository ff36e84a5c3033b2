"""Amounts in words, US month/day dates and fractions (call date: Thursday 2026-11-26)."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.understanding import extract_facts
from trainer.understanding.facts import words_to_number

CALL = date(2026, 11, 26)  # a Thursday


def _facts(text):
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, CALL)]


def _amounts(text):
    return [(f.value, f.unit) for f in extract_facts(text, CALL) if f.kind == "amount"]


# -- 1. amounts in words and shorthand --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("fünfhundert Euro", 500.0, "EUR"),
        ("zweitausendvierhundert Euro", 2400.0, "EUR"),
        ("dreihundertfünfzig €", 350.0, "EUR"),
        ("tausend Euro", 1000.0, "EUR"),
        ("eineinhalbtausend Euro", 1500.0, "EUR"),
        ("anderthalb tausend Euro", 1500.0, "EUR"),
        ("zweieinhalbtausend Euro", 2500.0, "EUR"),
        ("fünfzehnhundert Euro", 1500.0, "EUR"),
        ("zwei tausend Euro", 2000.0, "EUR"),
        ("dreiundzwanzig Euro", 23.0, "EUR"),
        ("five hundred pounds", 500.0, "GBP"),
        ("two thousand four hundred euros", 2400.0, "EUR"),
        ("a thousand dollars", 1000.0, "USD"),
        ("fifteen hundred quid", 1500.0, "GBP"),
        ("one hundred and fifty pounds", 150.0, "GBP"),
        ("two grand", 2000.0, None),
        ("a grand", 1000.0, None),
        ("1,5k €", 1500.0, "EUR"),
        ("2k", 2000.0, None),
        ("€1.2k", 1200.0, "EUR"),
        ("£2 grand", 2000.0, "GBP"),
        ("2 grand", 2000.0, None),
        ("500 Mäuse", 500.0, "EUR"),
        ("500 Öcken", 500.0, "EUR"),
    ],
)
def test_amounts_in_words_and_shorthand(text, value, unit):
    assert _amounts(text) == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ich kann Ihnen morgen dreihundertfünfzig Euro überweisen und den Rest in drei Raten.",
            [("date", "2026-11-27", None), ("amount", 350.0, "EUR"), ("count", 3, None)],
        ),
        (
            "Could you do a payment of a thousand pounds by Friday?",
            [("amount", 1000.0, "GBP"), ("date", "2026-11-27", None)],
        ),
        (
            "Ich kann 300 Euro oder vierhundert Euro zahlen",
            [("amount", 300.0, "EUR"), ("amount", 400.0, "EUR")],
        ),
    ],
)
def test_word_amounts_in_sentences(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a couple of hundred quid",
        "a few hundred pounds",
        "ein paar hundert Euro",
        "einige tausend Euro",
        "thousands of pounds",
        "in drei Raten",
        "zwei Wochen",
        "in two weeks",
        "tausend Dank",
        "a thousand times sorry",
        "a grand total of",
        "ein Euro mehr oder weniger",  # a single unit is too small to be an agreed sum
        "zwölf Monate",
    ],
)
def test_number_words_without_currency_are_no_amounts(text):
    assert _amounts(text) == []


def test_number_words_keep_their_other_meanings():
    assert _facts("in drei Raten") == [("count", 3, None)]
    assert _facts("in zwei Wochen") == [("date", "2026-12-10", None)]


def test_word_amount_positions_match_text():
    text = "Also: zweitausendvierhundert Euro, dann two grand."
    for f in extract_facts(text, CALL):
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("zweitausendvierhundert", 2400),
        ("neunhundertneunundneunzig", 999),
        ("eintausendzweihundert", 1200),
        ("eineinhalb tausend", 1500),
        ("twenty five", 25),
        ("two thousand and fifty", 2050),
        ("five five", None),
        ("hundred", None),  # English needs "a"/"one" before "hundred"
        ("Raten", None),
    ],
)
def test_words_to_number(phrase, value):
    assert words_to_number(phrase) == value


# -- 2. US month/day dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12/15", "2026-12-15"),
        ("by 12/15/2026", "2026-12-15"),
        ("bis 12/15/26", "2026-12-15"),
        ("15/12", "2026-12-15"),
        ("Dec 15th", "2026-12-15"),
        ("December 15", "2026-12-15"),
        ("December 15th, 2026", "2026-12-15"),
        ("the 15th of December", "2026-12-15"),
        ("03/04", "2027-04-03"),  # ambiguous: day first, the 3rd of April
        ("03.04.", "2027-04-03"),
    ],
)
def test_slash_and_month_name_dates(text, day):
    assert ("date", day, None) in _facts(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Days said as words, as people (and speech-to-text) say them (twentieth audit:
        # "bis zum zehnten dezember" named no day, and a good call lost its gold).
        ("bis zum zehnten dezember da", "2026-12-10"),
        ("also zahlung zum zehnten", "2026-12-10"),
        ("am einundzwanzigsten passt", "2026-12-21"),
        ("Am dreißigsten November?", "2026-11-30"),
        ("by the tenth of December then?", "2026-12-10"),
        ("so payment on the tenth", "2026-12-10"),
        ("by the twenty-first, okay?", "2026-12-21"),
        ("December the twenty first", "2026-12-21"),
        ("the first of January", "2027-01-01"),
        # ... and the nominative, or without its n, as said on the phone (thirty-fifth
        # session: "Also der elfte Dezember, gell?" named no day)
        ("Also der elfte Dezember, gell?", "2026-12-11"),
        ("Passt Ihnen der erste Februar?", "2027-02-01"),
        ("am fünfzehnte januar dann", "2027-01-15"),
        ("bis zum dreißigste, passt des?", "2026-11-30"),
    ],
)
def test_days_said_as_words(text, day):
    assert [f for f in _facts(text) if f[0] == "date"] == [("date", day, None)]


@pytest.mark.parametrize(
    "text",
    [
        "zum ersten Mal",
        "Wir mahnen jetzt zum zweiten Mal.",
        "am ersten Tag nach der Lieferung",
        "for the first time",
        "the second payment is the smaller one",
        "on the third attempt",
        "Das ist die dritte Mahnung.",
        "die erste Rate ist die kleinere",
        "zum zweite Mal schon",
    ],
)
def test_ordinal_words_that_are_no_day(text):
    assert [f for f in _facts(text) if f[0] in ("date", "past_date")] == []


def test_us_date_about_the_past():
    assert _facts("the invoice from 11/20") == [("past_date", "2026-11-20", None)]


def test_impossible_slash_date_is_no_date():
    assert [f for f in _facts("13/13") if f[0] == "date"] == []


# -- 3. fractions and shares ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ein Drittel", 0.3333),
        ("ein Viertel", 0.25),
        ("a third", 0.3333),
        ("a quarter", 0.25),
        ("a quarter of the amount", 0.25),
        ("die Hälfte", 0.5),
        ("half", 0.5),
        ("zwei Drittel", 0.6667),
        ("three quarters", 0.75),
    ],
)
def test_fractions(text, value):
    assert _facts(text) == [("fraction", value, None)]


@pytest.mark.parametrize(
    "text",
    [
        "a third party",
        "a third reminder",
        "a quarter past three",
        "in half an hour",
        "half past ten",
    ],
)
def test_ordinals_and_clock_times_are_no_fractions(text):
    assert [f for f in _facts(text) if f[0] == "fraction"] == []


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("die Hälfte davon, also 1.190 Euro", 1190.0, "EUR"),
        ("half of it, so 1,190 euros", 1190.0, "EUR"),
        ("die Hälfte, also elfhundertneunzig Euro", 1190.0, "EUR"),
    ],
)
def test_fraction_and_amount_together(text, amount, unit):
    assert _facts(text) == [("fraction", 0.5, None), ("amount", amount, unit)]
