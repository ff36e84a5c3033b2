"""Sixty-first session: the start round V300–V303 — a day someone is away is no payment day,
a weekday said after its date is that date, "on or before" as "at the latest" in English too,
the day left to the customer named as why there is no result, a rule of use that puts the
fault on him, "schön und gut, aber …" is no comfort, "ich ziehe 200 Euro ab" is a reduction, a
call-back named where nothing else was said, and the informal "when are you gonna sort it?"
asks for a day (benchmarks/README.md, "Sixty-first session")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played
from tests.scenarios.test_customer_v43 import _heard
from tests.scenarios.test_customer_v58 import _check
from trainer.simulation.terms import payment_dates
from trainer.understanding import load_recogniser
from trainer.understanding.facts import extract_facts
from trainer.understanding.faultguess import guessed_fault

DAY = dt.date(2026, 12, 7)


# --- the day of the payment ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "days"),
    [
        # V301 p1: the Friday she is away was taken, and her right read-back of the 10th failed
        ("en", "Would you be able to transfer the £640 by Thursday the 10th? I'm away on the "
               "Friday.", ["2026-12-10"]),
        ("en", "Can you pay by Friday? I'm off on Monday.", ["2026-12-11"]),
        ("de", "Können Sie bis Donnerstag, den 10., überweisen? Freitag bin ich nicht da.",
         ["2026-12-10"]),
        # ... but a day paid on stays one, whatever "off" or "out" is near it
        ("en", "Could you pay it off on Friday then?", ["2026-12-11"]),
        ("en", "If the cheque goes out on Friday, that's fine.", ["2026-12-11"]),
    ],
)  # fmt: skip
def test_a_day_someone_is_away_is_no_payment_day(lang: str, line: str, days: list[str]) -> None:
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    assert [f.value for f in payment_dates(recognition, lang)] == days


def test_the_day_she_is_away_is_not_agreed() -> None:
    """V301 07 and p1: "by Thursday the 10th? I'm away on the Friday." — "Deal. £640.00 by 11
    December 2026", and the learner's right read-back and letter of the 10th failed the call
    (69); its auditor: pass, 85–100."""
    for script in ("07_dublin_signwriter.txt", "p1_07_no_selfcorrection.txt"):
        result = _played("en-florist-forgot", "V301", script, "07_letter.txt")
        assert result["passed"] is True, script
        assert "pin_date" not in _failed(result)
        assert result["agreed_terms"]["date"] == "2026-12-10"


@pytest.mark.parametrize(
    "line",
    ["bis 17.12., Donnerstag", "Gut, dann bis zum 17.12., Donnerstag, passt das?"],
)
def test_a_weekday_after_its_date_is_that_date(line: str) -> None:
    """V299 04: "nein, ich meine 17.12., Donnerstag" named the 17th and next Thursday (the
    10th), and the 10th was agreed."""
    days = [f.value for f in extract_facts(line, DAY) if f.kind == "date"]
    assert days == ["2026-12-17"]


def test_a_weekday_that_does_not_fit_its_date_stays_a_day_of_its_own() -> None:
    days = [f.value for f in extract_facts("bis 17.12., Freitag", DAY) if f.kind == "date"]
    assert days == ["2026-12-17", "2026-12-11"]


def test_on_or_before_after_his_payment_run_is_his_promise_in_english_too() -> None:
    """V302 08: "in your next payment run, on or before Friday, 18th December" for his run on
    the 15th failed the call (69) where the German "spätestens bis" passed (V302 05, 98); its
    auditor: pass, 75–95."""
    english = _played("en-logistics-approval", "V302", "08_indian_logistics.txt", "08_letter.txt")
    german = _played("de-behoerde-bestellnummer", "V302", "05_stuttgart_behoerde.txt",
                     "05_letter.txt")  # fmt: skip
    for result in (english, german):
        assert result["passed"] is True
        failed = _failed(result)
        assert not any(c.get("critical") for checks in failed.values() for c in checks)
        assert [c["id"] for c in failed["confirm_in_writing"]] == ["confirm_in_writing"]


# --- the outcome named ---------------------------------------------------------------------------
def test_the_day_left_to_him_is_named_as_why_there_is_no_result() -> None:
    """V301 08: "Once that's sorted, just pay the £180 — sorry, £180 — whenever suits, no
    rush." was "You summed up terms as agreed that the customer never accepted"; its auditor:
    "No date — 'whenever suits' is not a promise"."""
    result = _played("en-handyman-waive", "V301", "08_kiwi_fencing.txt")
    outcome = _check(result, "outcome")
    assert outcome["passed"] is False and outcome["critical"] is True
    assert outcome["reason"].startswith("You left the day to the customer")
    assert "whenever suits" in outcome["evidence"]


def test_a_call_back_is_named_where_he_said_nothing_to_it() -> None:
    """V303 10: "Let me check on my end and I'll call you back tomorrow." after "Is there
    anything else?" was "Too few moves to judge"."""
    result = _played("en-logistics-approval", "V303", "10_ohio_print_shop.txt")
    assert _check(result, "outcome")["reason"] == "Only a call-back – nothing was settled."


# --- a rule of use that puts the fault on him ----------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Look, I'm sorry you've had trouble, but to be honest shelves only move like that when "
        "they're overloaded.",
        "Well, if folk lean on shelves full of jars they will shift, that's just how it is.",
        "They only ever wobble if someone leans on them.",
        "Die Regale wackeln nur, wenn man sie überlädt.",
        "Wenn man zu viel draufstellt, biegen die sich natürlich durch, ist doch klar.",
    ],
)
def test_a_rule_of_use_that_puts_the_fault_on_him_is_found(line: str) -> None:
    assert guessed_fault(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "We can move the date only if you pay half now.",
        "Only if you drop the complaint will we move.",
        "If you lean on the door it will open.",
        "It only moves forward when you sign.",
        "I only need it when you are ready.",
        "Wir können den Termin nur verschieben, wenn Sie die Hälfte anzahlen.",
    ],
)
def test_a_condition_without_misuse_and_failure_is_no_rule_of_use(line: str) -> None:
    assert guessed_fault(line) is None


def test_the_rule_of_use_costs_conduct_and_keeps_the_pass() -> None:
    """V302 12: "Well, I'm sorry, but if folk lean on shelves full of jars they will shift,
    that's not Gareth's doing." was sympathy and 93 with "no blame"; its auditor: pass, 60–80,
    the conduct flagged."""
    result = _played("en-handyman-waive", "V302", "12_yorkshire_handyman.txt")
    assert result["passed"] is True
    assert "guess that the fault is the customer's own" in _check(result, "no_accusation")["reason"]


# --- readings ------------------------------------------------------------------------------------
def test_schoen_und_gut_aber_is_no_comfort() -> None:
    """V303 06: "Das ist ja schön und gut, aber das Abnahmeprotokoll haben Sie am 2. Oktober
    ohne Vorbehalt unterschrieben." was comfort 1.00, and the debrief said no fact was given."""
    line = (
        "Das ist ja schön und gut, aber das Abnahmeprotokoll haben Sie am 2. Oktober ohne "
        "Vorbehalt unterschrieben."
    )
    heard = _heard("de", line, learner_turn=2)
    assert "empathise" not in heard
    assert "rebut_unjustified_objection" in heard
    # ... while the good news said nervously stays comfort
    assert "accusatory_opener" not in _heard(
        "de", "äh, die bremsen sin ja jetz ganz neu, des is doch gut, oder?", learner_turn=3
    )


def test_a_sum_taken_off_is_a_reduction() -> None:
    """V302 03: "… machen Sockelleisten fertig und Parkett sauber, und ich ziehe 200 Euro ab."
    was a payment day, a down payment and a solution — no compromise."""
    line = (
        "Gut, also ich mach Ihnen Vorschlag: wir kommen am Dienstag, 15. Dezember, machen "
        "Sockelleisten fertig und Parkett sauber, und ich ziehe 200 Euro ab."
    )
    heard = _heard("de", line, learner_turn=3, objection_raised=True)
    assert "offer_compromise" in heard
    assert "request_down_payment" not in heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V302 07: the opener alone, the day asked for unheard
        ("en", "im calling about the open invoice, SPS-2291... so when are you gonna sort it, "
               "like?"),
        ("de", "Ich ruf wegen der offenen Rechnung an, wann regeln Sie das denn?"),
    ],
)  # fmt: skip
def test_when_are_you_gonna_sort_it_asks_for_a_day(lang: str, line: str) -> None:
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    assert {"neutral_opener_open_invoice", "fix_payment_date"} <= set(recognition.names)


def test_not_my_department_is_no_sympathy() -> None:
    """V300 11: "That's not really my department. I just need a date." was empathy 0.70."""
    recognition = load_recogniser("en").recognise(
        "That's not really my department. I just need a date.", call_date=DAY
    )
    assert recognition.names[0] == "fix_payment_date"


def test_a_letter_repeating_the_corrected_day_names_the_call_too() -> None:
    """V300 02: the letter repeated the read-back she corrected, and the debrief named the
    letter only; with the letter put right (probe 6) the call failed anew on the read-back left
    standing — one fault, named once, but both places said."""
    result = _played("de-erstkunde-rechnung-verloren", "V300", "02_erfurt_pflegedienst.txt",
                     "02_letter.txt")  # fmt: skip
    reasons = [c["reason"] for c in _failed(result)["confirm_in_writing"]]
    assert any("Schon am Telefon blieb seine Berichtigung stehen" in r for r in reasons)
