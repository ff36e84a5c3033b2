"""Sixty-fourth session: the start round V324–V327 — a fax number in the letter read as a sum,
the signed plan's return day heard as a wrong read-back, a promised confirmation scoring above a
written one with a slip, "schon wieder Dezember" heard as blame, a weekday taken for the
customer's name, reproaches in plain words ("three bloody weeks", "the cheque's in the post, is
it?", "wir sind keine Bank"), the time given away in the opener, and the missing item of an
invoice named by what it does (benchmarks/README.md, "Sixty-fourth session")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.helpers import SCENARIOS
from tests.scenarios.test_customer_v36 import _failed, _letter, _script
from tests.scenarios.test_customer_v43 import _heard
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.session.script import ScriptRunner
from trainer.understanding.facts import extract_facts

#: this round's call day (the audits' calls.yaml)
DAY = dt.date(2026, 12, 8)


def _played(sid: str, audit: str, script: str, letter: str | None = None) -> dict[str, Any]:
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    recogniser = default_recogniser(loaded.scenario.language, loaded)
    runner = ScriptRunner.open(loaded, seed=1, today=DAY, recogniser=recogniser)
    runner.play(_script(audit, script))
    result = runner.session.finish()
    if letter is not None:
        result = runner.session.finish(letter=_letter(audit, letter))
    return result


def _customer(result: dict[str, Any]) -> list[str]:
    return [t["text"] for t in result["turns"] if t["speaker"] == "customer"]


# --- the letter's fax number, the signed plan's return day -------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Please sign below and fax this page back to me at 0117 496 0321 by Thursday, 10 December.",
        "Rückfax bitte an 0711 2345 678 bis Freitag.",
    ],
)
def test_a_phone_or_fax_number_is_no_sum(line: str) -> None:
    """V327 12r: "0321 by Thursday" was a sum, and the right letter failed critically as one
    that "names 0321"."""
    assert not [f for f in extract_facts(line, DAY) if f.kind == "amount"]


def test_bare_sums_before_a_day_are_still_sums() -> None:
    facts = extract_facts("so 760 on the 11th, then 1,000 on jan 15", DAY)
    assert [f.value for f in facts if f.kind == "amount"] == [760.0, 1000.0]


def test_a_plan_with_a_fax_number_and_a_return_day_passes() -> None:
    """V327 12r: "Could you sign it and fax it back to me by Thursday?" after his yes to the
    right read-back got "No, not quite: 4 payments of £690.00 …", and the letter's fax number
    was a wrong sum: 69, "without the cap: 94" (its auditor: pass 80–100)."""
    result = _played("en-chippy-instalments", "V327", "12r_auckland_chippy.txt", "12r_letter.txt")
    assert not any(t.startswith("No, not quite") for t in _customer(result))
    assert result["passed"] is True
    assert "confirm_in_writing" not in _failed(result)


# --- a promise to write is not a letter written ---------------------------------------------------
def test_a_promised_confirmation_earns_less_than_a_written_one() -> None:
    """V324 probe 2: "Ich schreibe Ihnen E-Mail mit alles." and no letter scored 100, above the
    same call with a letter that left out the date (98)."""
    promised = _played("de-behoerde-bestellnummer", "V324", "p2_polish_no_letter.txt")
    written = _played("de-behoerde-bestellnummer", "V324", "06_polish_l1.txt", "06_letter.txt")
    assert promised["score"] <= written["score"]
    (unwritten,) = _failed(promised)["confirm_in_writing"]
    assert unwritten["part"] == "letter"
    assert "Schriftliche Bestätigung" in unwritten["reason"]
    assert promised["tier"] != "gold"
    said = [c for c in promised["checks"] if c["id"] == "confirm_in_writing" and c["passed"]]
    assert [c["part"] for c in said] == ["announced"]


def test_the_right_letter_still_earns_the_whole_check_and_gold() -> None:
    result = _played("de-stammkunde-urlaub", "V327", "01_kaernten_urlaub.txt", "01_letter.txt")
    assert result["score"] == 100 and result["tier"] == "gold"


# --- the calendar, a weekday, and reproaches in plain words ---------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Nu is ja schon wieder Dezember, ne, und bei uns an der Küste weht dat wie "
               "verrückt, da kommt man mit dem Streichen draußen gar nicht mehr hinterher."),
        ("de", "Grüezi Herr Müller, hier ist Anna Berger von Berger Elektrotechnik. Schon wieder "
               "Dezember, wie die Zeit vergeht!"),
        ("en", "Monday again, eh? Anyway."),
    ],
)  # fmt: skip
def test_the_calendar_come_round_again_is_no_reproach(lang: str, line: str) -> None:
    """V325 04 and probe 6: a reproach 0.87 / 0.79; the customer took offence at small talk."""
    assert "accusatory_opener" not in _heard(lang, line, learner_turn=1)


def test_schon_wieder_beside_the_unpaid_invoice_stays_a_reproach() -> None:
    line = "Schon wieder Monatsende und Ihre Rechnung ist immer noch offen."
    assert "accusatory_opener" in _heard("de", line, learner_turn=1)


def test_small_talk_about_december_keeps_a_good_call_at_gold() -> None:
    result = _played("de-stammkunde-urlaub", "V325", "p6_stammkunde_smalltalk.txt", "06_letter.txt")
    assert result["passed"] is True and result["tier"] == "gold"


def test_a_weekday_after_a_dialect_mr_is_no_name() -> None:
    """V326 05: "nei, sagen mr Montag, den 14. Dezember" got "Becker übrigens, nicht Montag."."""
    result = _played("de-werkstatt-ueberraschung", "V326", "05_swabian_empathy_pressure.txt")
    assert not any("nicht Montag" in t for t in _customer(result))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I'm calling about invoice CWS-118 – I mean, it's been sitting there three bloody "
               "weeks now, eh."),
        ("en", "I'm calling about invoice CWS-118 – I mean, it's been sitting there three weeks "
               "now, eh."),
        ("en", "So Rachel, I'm guessing the cheque's in the post, is it?"),
        ("de", "Des versteh i, Herr Becker, des isch ärgerlich. Aber zahle müsset Se trotzdem, "
               "gell, mir send au koi Bank."),
        ("de", "Das verstehe ich, Herr Becker. Aber zahlen müssen Sie trotzdem, wir sind auch "
               "keine Bank."),
        ("de", "Okay, ich verstehe. Aber Rechnung ist schon drei Woche über Termin."),
    ],
)  # fmt: skip
def test_plain_reproaches_are_heard(lang: str, line: str) -> None:
    """V326 08 and probe 1 (the neutral opener, 100 gold), V324 11 (small talk, and the
    customer: "Oh — yes, I suppose so."), V326 05 and probe 2 (empathy alone), V327 04."""
    heard = _heard(lang, line, learner_turn=2)
    assert "accusatory_opener" in heard
    assert "neutral_opener_open_invoice" not in heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Could you put the cheque in the post today?"),
        ("en", "I'm calling about invoice CWS-118, it's been with you since the 3rd."),
        ("de", "Das verstehe ich gut, Herr Becker, das ist ärgerlich."),
    ],
)
def test_the_cheque_and_plain_sympathy_are_no_reproach(lang: str, line: str) -> None:
    assert "accusatory_opener" not in _heard(lang, line, learner_turn=2)


# --- the opener that gives the time away --------------------------------------------------------
def test_no_rush_in_the_opener_breaks_strategy_one() -> None:
    """V326 10: "… invoice SPS-2291, no rush at all darlin', whenever you get to it." passed
    strategy 1, "then stayed silent", and failed the outcome as "whenever suits"."""
    result = _played("en-florist-forgot", "V326", "10_texas_folksy_bad.txt")
    (strategy,) = _failed(result)["strategy"]
    assert "no rush" in strategy["reason"]


# --- the missing item named by what it does ------------------------------------------------------
def test_resending_with_everything_his_system_needs_is_resending() -> None:
    """V327 08 and probe 3: "… resend the invoice to you today with everything your system
    needs" was a payment date and a reason question, and he named no day: 50 (its auditor:
    pass); with "the PO number on it" 100 gold."""
    result = _played("en-logistics-approval", "V327", "08_manila_logistics.txt", "08_letter.txt")
    assert any("4500-7781" in t for t in _customer(result))
    assert result["passed"] is True


def test_resending_with_the_required_details_is_heard_in_german() -> None:
    """V326 06 and probe 3: "Ich werde Ihnen die Rechnung mit den erforderlichen Angaben
    umgehend erneut zusenden." had no reading: "Das habe ich jetzt nicht ganz verstanden."."""
    result = _played("de-behoerde-bestellnummer", "V326", "06_prokurist_stiff.txt")
    said = next(t for t in result["turns"] if "erforderlichen Angaben" in t["text"])
    assert said["intents"][0]["intent"] == "rechnung_nachreichen"
    assert not any("nicht ganz verstanden" in t for t in _customer(result))


# --- pressure named as pressure ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("audit", "sid", "script"),
    [
        ("V324", "en-florist-forgot", "08_perth_clerk.txt"),
        ("V327", "en-cash-problems-cafe", "09_italian_cafe.txt"),
    ],
)
def test_an_ultimatum_or_the_callers_need_is_named_as_pressure(
    audit: str, sid: str, script: str
) -> None:
    """V324 08 ("… I really do need this one paid asap, my boss is on my back about it") and
    V327 09 ("… you must pay something this week, otherwise I cannot work more with you"):
    "A reproach later in the call" — its auditors: "the deduction is fair, the label is
    wrong"."""
    (blame,) = _failed(_played(sid, audit, script))["no_accusation"]
    assert blame["reason"].startswith("Pressure later in the call")


def test_blame_later_in_the_call_is_still_named_a_reproach() -> None:
    result = _played("de-werkstatt-ueberraschung", "V326", "05_swabian_empathy_pressure.txt")
    (blame,) = _failed(result)["no_accusation"]
    assert blame["reason"].startswith("Ein Vorwurf später im Gespräch")


# --- the end round ------------------------------------------------------------------------------
def test_the_corrected_sum_owned_in_so_many_words_puts_the_read_back_right() -> None:
    """V329 probe 1: "Richtig, 3.470,00 €, entschuldigen Sie." after his "Nein, nicht ganz:
    3.470,00 € …" was "seine Berichtigung stehen lassen", critical, word for word as without
    it."""
    result = _played(
        "de-maler-berechtigter-einwand", "V329", "p1_stuttgart_ack.txt", "01_letter.txt"
    )
    assert "confirm_in_writing" not in result["critical"]
    assert result["passed"] is True


def test_the_same_slip_left_standing_still_fails() -> None:
    result = _played(
        "de-maler-berechtigter-einwand", "V329", "01_stuttgart_maler.txt", "01_letter.txt"
    )
    assert result["passed"] is False


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Einen Nachlass gebe ich Ihnen aber nicht, die Arbeit wird ja ordentlich "
               "nachgebessert."),
        ("de", "Rabatt kann ich Ihnen keinen geben."),
        ("en", "I won't give you a discount though, the work will be put right."),
    ],
)  # fmt: skip
def test_a_discount_refused_is_no_compromise(lang: str, line: str) -> None:
    """V329 01: a compromise 0.95, and the customer answered "Ja, so machen wir es."."""
    heard = _heard(lang, line, learner_turn=6, objection_raised=True)
    assert "offer_compromise" not in heard


def test_a_discount_offered_is_still_a_compromise() -> None:
    heard = _heard("de", "Ich gebe Ihnen einen Nachlass von 100 Euro.", learner_turn=6,
                   objection_raised=True)  # fmt: skip
    assert "offer_compromise" in heard


def test_his_day_said_back_with_the_down_payment_is_his_day_taken() -> None:
    """V329 probe 6: "Grand. So: £350 today, and the remaining £840 by Tuesday 22 December." to
    "From 22 December 2026 I could pay it" got "I'm not sure I follow" — and once heard as a
    yes, his refused 17th was taken for his counter; the letter's 17th must fail."""
    result = _played("en-cash-problems-cafe", "V329", "p6_dublin_22dec.txt", "08_letter.txt")
    assert result["agreed_terms"]["rest_date"] == "2026-12-22"
    assert not any("not sure I follow" in t for t in _customer(result))
    assert "confirm_in_writing" in result["critical"]
    (day,) = [c for c in _failed(result)["confirm_in_writing"] if c.get("part") == "date"]
    assert "17 December 2026" in day["reason"]


def test_a_letter_that_says_nothing_was_agreed_fails_after_his_promise() -> None:
    """V329 probe 2: the call agreed, the letter "Da wir uns … nicht einigen konnten, werde ich
    das gerichtliche Mahnverfahren einleiten." — 86 silver."""
    result = _played(
        "de-hausverwaltung-rechtsweg", "V329", "p2_hannover_letter_contradicts.txt", "04_letter.txt"
    )
    assert result["passed"] is False
    denied = [c for c in _failed(result)["confirm_in_writing"] if "nicht geeinigt" in c["reason"]]
    assert denied and "4.760,00 €" in denied[0]["reason"]


def test_a_collection_agency_named_early_beside_sympathy_is_premature() -> None:
    """V328 probe 5: "I understand. Per our policy, accounts more than 30 days past due may be
    referred to a third-party collection agency." in the fourth line: empathy first, the legal
    route 0.76 beside it, and "No threat in the whole call"."""
    result = _played("en-logistics-approval", "V328", "p5_chicago_agency_only.txt")
    (threat,) = _failed(result)["no_premature_threat"]
    assert "collection agency" in threat["evidence"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I am calling to inform you that invoice LHS-077 in the amount of £180.00 remains "
               "outstanding. Kindly advise why payment has not been made."),
        ("de", "Die Rechnung ist noch offen. Teilen Sie mir bitte mit, warum sie noch nicht "
               "bezahlt wurde."),
    ],
)  # fmt: skip
def test_an_explanation_demanded_in_a_letters_words_is_the_forbidden_opener(
    lang: str, line: str
) -> None:
    """V328 12 and probe 1: the neutral opener 0.97, "A factual opening without blame"."""
    heard = _heard(lang, line, learner_turn=1)
    assert "accusatory_opener" in heard
    assert "neutral_opener_open_invoice" not in heard


def test_a_plain_reason_question_stays_a_reason_question() -> None:
    heard = _heard("en", "Could you tell me why the invoice hasn't been paid?", learner_turn=1)
    assert max(heard, key=heard.get) == "ask_reason"


def test_a_split_no_later_than_his_own_day_for_the_whole_is_a_note() -> None:
    """V331 probe 1: "Bis Freitag nächster Woche ist das überwiesen" (the 18th), then "800 Euro
    bis Freitag und den Rest … bis zum 18. Dezember" failed critically as "a credit nobody asked
    for" — 69, "ohne die Deckelung: 80", its better line the whole sum by that same 18th."""
    result = _played("de-werkstatt-ueberraschung", "V331", "p1_03_nothreat.txt", "03_letter.txt")
    assert "pin_date" not in result["critical"]
    notes = [c for c in result["checks"] if c["id"] == "pin_date" and not c["passed"]]
    assert notes and notes[0]["weight"] == 0 and "18.12.2026" in notes[0]["reason"]
    assert result["passed"] is True


def test_a_split_with_the_rest_after_his_day_still_fails() -> None:
    """V325 01: his "Bis Freitag nächster Woche" (the 18th), then 500 € by the 11th and the
    rest by the 23rd: credit he never asked for (decision rule (6) of the forty-sixth
    session)."""
    result = _played("de-werkstatt-ueberraschung", "V325", "01_ruhr_du_werkstatt.txt")
    assert "pin_date" in result["critical"]


def test_half_the_bill_given_away_after_the_facts_fails_the_call() -> None:
    """V330 probe 3: "We give you 50 percent off, then it is £1,200." after "Fine — I'll pay."
    scored 87 silver, as 10 % off did (V330 12: "£1,200 given away cannot score like £240")."""
    result = _played("en-web-studio-unjustified", "V330", "p3_12_half_off.txt", "p3_letter.txt")
    assert "handle_objection" in result["critical"]
    (gift,) = _failed(result)["handle_objection"]
    assert "£1,200.00" in gift["reason"]


def test_a_small_goodwill_discount_after_the_facts_stays_the_lesser_fault() -> None:
    result = _played("en-web-studio-unjustified", "V330", "12_dutch_webstudio.txt", "12_letter.txt")
    assert "handle_objection" in _failed(result)
    assert "handle_objection" not in result["critical"]


def test_dont_make_me_call_you_again_is_a_reproach() -> None:
    """V330 10: a date and a read-back, no reproach."""
    line = "Fine, Friday the 11th, the full £640. Don't make me call you again."
    assert "accusatory_opener" in _heard("en", line, learner_turn=6)
