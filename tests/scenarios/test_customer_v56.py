"""Fifty-sixth session: the start round V252–V255 — a legal step put off rather than ruled out,
a plain "pay soon" heard as a threat, sarcasm and excuses waved off in German and English,
sympathy taken back in the next breath, the visit's day taken for the payment's, a deadline
behind the customer's payment run, the reason a down payment without its rest was given, a fee
taken for the sum to pay (benchmarks/README.md, "Fifty-sixth session")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner, _script
from tests.scenarios.test_customer_v43 import _heard
from trainer.scoring.checks import _sums_to_pay
from trainer.scoring.view import Line
from trainer.understanding import load_recogniser
from trainer.understanding.types import TENTATIVE


def _customer(result: dict[str, Any]) -> list[str]:
    return [t["text"] for t in result["turns"] if t["speaker"] == "customer"]


# --- a legal step put off is a threat; one ruled out is not --------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V252 04 and probe 3: the neutral opener, "Keine vorschnelle Drohung", 100 gold
        (
            "de",
            "Ich möcht Sie wirklich nicht gleich mit unserem Anwalt belästigen müssen, drum "
            "ruf ich lieber selbst wegen der noch offenen Rechnung an.",
        ),
        # V253 03: empathy 0.67 with "Anwalt" as its evidence
        ("de", "Ich will jo net glei mim Anwalt kumme, gell, awwer lang guck ich mer des nimmi a."),
        ("de", "Ich möchte Ihnen nicht gleich mit dem Anwalt drohen."),
        ("de", "Ich will nicht sofort das Inkasso einschalten, deshalb rufe ich an."),
        ("en", "I'd rather not get the solicitors involved just yet."),
        ("en", "We don't want to go straight to court over this."),
    ],
)
def test_a_legal_step_put_off_is_a_threat(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=1)
    assert heard.get("threaten_legal", 0.0) >= TENTATIVE, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Keine Sorge, wir gehen nicht vor Gericht."),
        ("de", "Einen Anwalt schalten wir nicht ein."),
        ("en", "Don't worry, nobody is going to court."),
    ],
)
def test_a_legal_step_ruled_out_stays_no_threat(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=1)
    assert "threaten_legal" not in heard, heard


# --- a plain "pay soon" threatens nothing ------------------------------------------------------
def test_a_plain_ask_to_pay_soon_is_no_threat() -> None:
    """V253 05 and probe 3: "Und dann Sie bezahlen bald, ja? Ist gut so." was a threat 0.64 —
    the words of a library threat "… und dann zahlen Sie alles doppelt" — the clerk took
    offence and the learner was told "Mit Nachteilen gedroht"."""
    for line in ("Und dann Sie bezahlen bald, ja? Ist gut so.", "Und dann zahlen Sie bald."):
        assert "threaten_legal" not in _heard("de", line, learner_turn=3), line
    # ... unless a condition makes it the price of not paying
    threat = _heard("de", "Und dann zahlen Sie bald, oder Sie lernen mich kennen.", learner_turn=3)
    assert threat.get("threaten_legal", 0.0) >= TENTATIVE, threat


# --- thanks and a time-of-day wish take leave --------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # sealed set 45 (spent): a greeting 0.95 and no goodbye
        ("en", "Thank you for your time, Mr. Mensah. Good afternoon."),
        (
            "en",
            "Thank you so much, Mr. Reyes. And, um, good luck with the job search. Tell Sofia hi!",
        ),
        ("de", "Vielen Dank, Frau Berger, und einen schönen Tag noch."),
    ],
)
def test_thanks_and_a_parting_wish_are_a_goodbye_not_a_greeting(lang: str, line: str) -> None:
    result = load_recogniser(lang).recognise(line)
    assert result.intents and result.intents[0].intent == "close_politely", result.intents
    assert "greeting_identify" not in result.names


def test_a_greeting_with_the_callers_name_stays_a_greeting() -> None:
    line = "Good afternoon, this is Tom from Northside Plumbing, thanks for picking up."
    result = load_recogniser("en").recognise(line)
    assert result.intents[0].intent == "greeting_identify", result.intents


# --- sarcasm and waved-off excuses are reproaches ------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V255 04: the neutral opener 0.99, "Sachlicher Einstieg ohne Vorwurf"
        (
            "de",
            "Ich ruf wegen der noch offenen Rechnung S-2026-0877 an, die Mahnung haben Sie ja "
            "schon bekommen, und ich frag mich decht schon, wie lang eine Stadtverwaltung für "
            "eine Überweisung braucht.",
        ),
        # V255 04: empathy 1.00
        (
            "de",
            "Des tut mir leid, dass bei Ihnen in der Beschaffung so was untergeht – eigentlich "
            "hätten Sie die Bestellnummer ja selber im Akt.",
        ),
        # V254 11: empathy 0.94, "A factual opening without blame"
        (
            "en",
            "Look, I totally get it, you're busy, it's a wicked busy time. But I need that "
            "money asap, Helen, no more runaround.",
        ),
        ("de", "Gut, aber jetzt bitte keine Ausreden mehr."),
        # V252 06: the reason question, where "warum die Rechnung …" was blame (probe 4)
        (
            "de",
            "Es geht um die Rechnung S-2026-0877 über 6.240,00 Euro, die seit dem 29.10.2026 "
            "fällig ist. Können Sie mir sagen, warum diese noch nicht beglichen wurde?",
        ),
    ],
)
def test_sarcasm_and_excuses_waved_off_are_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=3)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "de",
            "Ich frage mich, wie lange Sie für die Prüfung noch brauchen, damit ich planen kann.",
        ),
        ("en", "I wonder how long the approval usually takes on your side?"),
    ],
)
def test_wondering_how_long_a_process_takes_is_no_reproach(lang: str, line: str) -> None:
    assert "accusatory_opener" not in _heard(lang, line, learner_turn=3)


# --- sympathy taken back in the next breath ----------------------------------------------------
def test_sympathy_then_the_callers_own_need_in_the_next_line_costs_half_the_check() -> None:
    """V252 08: "Ah, I hear you, Tom …" then "But I've got my own bills to pay too, Tom, and
    I've been waiting near a month now, so something's got to give." — a solution 0.41 and
    "A factual opening without blame", 88 silver."""
    result = _played("en-cash-problems-cafe", "V252", "08_cornwall_cafe.txt")
    failed = _failed(result)
    (blame,) = failed["no_accusation"]
    assert blame["reason"].startswith("Sympathy, then your own need"), blame
    assert result["score"] < 88


# --- the visit's day is no payment day, also after a self-correction -----------------------------
def test_a_corrected_visit_day_is_no_payment_day() -> None:
    """V255 01: "Wir kommen am Donnerstag, 10. Dezember – nee, Moment, Mittwoch, den 9. –,
    machen die Spritzer vom Parkett weg …" got "bis zum 09.12.2026 ist das Geld bei Ihnen"."""
    result = _played("de-maler-berechtigter-einwand", "V255", "01_emsland_maler.txt")
    said = _customer(result)
    assert not any("09.12.2026 ist das Geld" in s for s in said), said
    assert result["passed"] and result["outcome"] == "compromise"


def test_a_read_back_of_rework_discount_and_day_is_no_instalment_plan() -> None:
    """V255 probe 3: "… Nachbesserung in Raum 3 am Mittwoch, 9. Dezember, 150 Euro
    Preisnachlass, und Sie überweisen 3.420,00 Euro bis zum 18. Dezember." was a plan ("Eine
    Ratenzahlung? Nein, daran liegt es nicht.") once the visit's day was no payment day."""
    result = _played(
        "de-maler-berechtigter-einwand", "V255", "p3_no_payment_question.txt", "01_letter.txt"
    )
    said = _customer(result)
    assert not any("Ratenzahlung" in s for s in said), said
    assert result["passed"], _failed(result)


# --- a deadline behind the customer's payment run ----------------------------------------------
def test_a_latest_day_behind_his_payment_run_is_his_day_said_back() -> None:
    """V254 10: "paid in your next payment run, latest 18 December" for his run on the 15th got
    "No, not quite", and the letter's "18 December at the latest" failed a 97 call; V254 06 the
    same in German with "spätestens am 18." for his run on the 10th."""
    english = _played(
        "en-logistics-approval", "V254", "10_singapore_logistics.txt", "10_letter.txt"
    )
    assert not any(s.startswith("No, not quite") for s in _customer(english))
    assert english["passed"], _failed(english)
    german = _played(
        "de-behoerde-bestellnummer", "V254", "06_sachbearbeiterin_behoerde.txt", "06_letter.txt"
    )
    assert not any(s.startswith("Nein, nicht ganz") for s in _customer(german))
    assert not any(c.get("critical") for c in _failed(german).get("confirm_in_writing", []))


# --- a down payment agreed, its rest not: the reason says so ----------------------------------
def test_pin_date_names_the_down_payment_agreed_without_its_rest() -> None:
    """V252 05: "Gut, 600,00 € kriege ich hin. Und der Rest?" and the rest "bis Mitte Januar
    oder so" — pin_date said "a date and amount the customer never agreed to"."""
    result = _played("de-werkstatt-ueberraschung", "V252", "05_deniz_becker.txt")
    (pin,) = _failed(result)["pin_date"]
    assert pin["reason"].startswith("Die Anzahlung (600,00 €) hat der Kunde zugesagt"), pin


# --- a fee named is no sum to pay -----------------------------------------------------------------
def test_a_fee_named_beside_its_sum_is_not_the_sum_to_pay() -> None:
    """V255 04: "… und dann kommen noch 80 Euro Mahngebühren dazu" was the pin_date evidence
    "Termin: 11.12.2026, Betrag: 80,00 €"."""

    def line(text: str, *amounts: tuple[str, float]) -> Line:
        facts = tuple({"kind": "amount", "text": t, "value": v} for t, v in amounts)
        return Line(0, text, False, frozenset(), facts, "a", "b")

    assert (
        _sums_to_pay(line("… dann kommen noch 80 Euro Mahngebühren dazu.", ("80 Euro", 80.0))) == []
    )
    assert _sums_to_pay(line("Plus a late fee of £40, mind.", ("£40", 40.0))) == []
    assert _sums_to_pay(line("Also 6.240 Euro bis Freitag.", ("6.240 Euro", 6240.0))) == [6240.0]


# --- the whole sum asked for "asap" is no down payment ------------------------------------------
def test_the_whole_reduced_sum_asap_is_no_down_payment() -> None:
    """V255 11: "So that'd be £1,920, and if you could send that over asap that would be
    awesome." after 20 % off got "Paying some of it now? No, that's not the issue."."""
    result = _played("en-web-studio-unjustified", "V255", "11_california_founder.txt")
    said = _customer(result)
    assert not any("Paying some of it now" in s for s in said), said


# --- a call-back in dialect is a call-back ------------------------------------------------------
def test_a_call_back_in_dialect_is_named_as_a_call_back() -> None:
    """V255 02: "Wisse Se was, ich ruf Sie nägschd Woch nomol aa, dann gucke mer, ob's drauße
    is." was small talk, and the debrief never said that a call-back is no result."""
    result = _played("de-stammkunde-urlaub", "V255", "02_monnem_elektriker.txt")
    (outcome,) = _failed(result)["outcome"]
    assert outcome["reason"].startswith("Nur ein Rückruf"), outcome


def test_a_corrected_reduction_is_still_the_reduction() -> None:
    """V231 03: "… ziehe ich Ihnen 150 Franken – äh, 150 Euro – von der Rechnung ab" made the
    150 € the sum to pay (agreed 150 € and a rest of 3.420 €); once "Preisnachlass" was read as
    a reduction, the right read-back "Preisnachlass 150 Euro, Zahlung von 3.420 Euro bis 18.
    Dezember" was "corrected" to 150 € and a gold call failed."""
    result = _played("de-maler-berechtigter-einwand", "V231", "03_bern_maler.txt", "03_letter.txt")
    assert not any(s.startswith("Nein, nicht ganz") for s in _customer(result))
    assert result["score"] == 100, _failed(result)


def test_a_silence_after_a_reproach_once_the_deal_stood_is_no_new_offence() -> None:
    """The fuzzer (seed 228780292 once the library grew): a pause after a reproach that came
    after the agreement crashed the call — the silence was taken for the reproach again."""
    runner = _runner("en-chippy-instalments")
    lines = [ln for ln in _script("V192", "07r_cardiff_chippy.txt")][:7]
    lines += ["Honestly Dave, you should have sorted this out months ago, you always do this.", ""]
    steps = runner.play(lines)
    assert len(steps) == len(lines)
    assert steps[-2].customer and steps[-1].customer  # he answered the reproach and the silence


def test_the_bills_total_named_as_costs_stays_the_sum_to_pay() -> None:
    """The guard: "Gesamtkosten" are the bill, not a fee."""
    line = Line(
        0,
        "Die Gesamtkosten von 3.420 Euro bis Freitag, bitte.",
        False,
        frozenset(),
        ({"kind": "amount", "text": "3.420 Euro", "value": 3420.0},),
        "a",
        "b",
    )
    assert _sums_to_pay(line) == [3420.0]
