"""Fortieth session: what the outside audits V104-V107 (benchmarks/audits/) found — a fair
clarifying question and a formal "Sehr wohl" heard as blame, blame behind a non-apology heard
as sympathy, a reduced sum read back and written as the full invoice unnoticed, a signature
someone else gave credited as asking for the customer's, a letter claiming a promise never
given kept gold, and advice asking a customer with nothing up front for the rest in a week."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import SCENARIOS
from tests.scenarios.test_customer_v36 import _failed, _played
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.understanding import load_recogniser
from trainer.understanding.context import apply_context
from trainer.understanding.normalize import clean, tokenize
from trainer.understanding.types import Context

DAY = dt.date(2026, 12, 7)


def _heard(lang: str, line: str, **context: object) -> dict[str, float]:
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    applied = apply_context(recognition, Context(**context))  # type: ignore[arg-type]
    return {h.intent: h.confidence for h in applied.intents}


def _check(result: dict, check: str) -> dict:
    return next(c for c in result["checks"] if c["id"] == check)


# --- fair lines heard as blame -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "Oh no — wobbly again? Which of the three, and what's happening exactly — are they "
            "pulling away from the wall or just tilting?",
        ),
        ("de", "Oh nein, wackelt es schon wieder? Was genau ist denn los?"),
    ],
)
def test_the_fault_said_to_recur_is_asked_about_not_blamed(lang: str, line: str) -> None:
    """V107 11: the echo of the customer's own "again" was blame 0.96; she hung up."""
    heard = _heard(lang, line, learner_turn=3, objection_raised=True)
    assert "clarify_objection" in heard
    assert "accusatory_opener" not in heard, heard


@pytest.mark.parametrize(
    "line",
    [
        "Sehr wohl. Ich werde das intern mit unserer Buchhaltung abklären und mich sodann "
        "nochmals bei Ihnen melden, sobald mir alles vorliegt.",
        "Sehr wohl, Frau Krause.",
    ],
)
def test_a_formal_very_well_is_no_reproach(line: str) -> None:
    """V107 02: "Sehr wohl." was blame 0.90 and the clerk answered "In diesem Ton …"."""
    assert "accusatory_opener" not in _heard("de", line, learner_turn=3)


def test_the_formal_call_back_line_no_longer_offends_the_clerk() -> None:
    result = _played(
        "de-behoerde-bestellnummer", "V107", "02_karlsruhe_behoerde.txt", "02_letter.txt"
    )
    assert "no_accusation" not in _failed(result)


# --- blame behind a non-apology ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "I'm sorry you feel that way, but you postponed it yourself on 12 August, you should "
            "read your own e-mails.",
        ),
        ("en", "Oh, the booking form. Sorry, but I'm sorry you didn't read your own e-mail."),
        (
            "en",
            "I'm sorry you feel that way, but I checked the work myself. You must've put summat "
            "heavy on them.",
        ),
        ("de", "Lesen Sie doch mal Ihre eigenen Mails, da steht alles drin."),
    ],
)
def test_blame_behind_a_non_apology_is_a_reproach(lang: str, line: str) -> None:
    """V104 probe 4 (a rebuttal, 100 gold), V107 12 (empathy 0.94, "Thank you."), V104 09."""
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert heard.get("accusatory_opener", 0) >= 0.5, heard
    assert "empathise" not in heard


@pytest.mark.parametrize(
    "line",
    [
        "Es tut mir leid, dass Sie so empfinden, aber mein Geselle arbeitet immer sauber.",
        "Das tut mir leid, wenn das so rübergekommen ist – mein Geselle ist eigentlich sehr "
        "gründlich, vielleicht war das Parkett ja vorher schon nicht ganz sauber.",
    ],
)
def test_sorry_for_how_he_sees_it_is_no_sympathy(line: str) -> None:
    """V104 06, V107 04: empathy 0.98/0.99 beside the rebuttal of a justified complaint."""
    heard = _heard("de", line, learner_turn=4, objection_raised=True)
    assert "empathise" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Tut mir leid, wenn das so rübergekommen ist, ich wollte Sie nicht drängen."),
        ("en", "I'm sorry that you never got the e-mail."),
        ("en", "Could you check your own inbox for it?"),
    ],
)
def test_a_real_apology_and_a_question_stay_what_they_are(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert "accusatory_opener" not in heard, heard


def test_a_figure_taken_back_with_sorry_apologises_for_nothing() -> None:
    """V106 08: "… $180 — sorry, £180 — still hasn't been paid." was empathy 0.89 and the
    article's forbidden opener passed no_accusation."""
    words = [t.norm for t in tokenize(clean("why this balance of $180 — sorry, £180 — is"), "en")]
    assert "sorry" not in words and words.count("0") == 1
    line = "I need to know why this balance of $180 — sorry, £180 — still hasn't been paid."
    heard = _heard("en", line, learner_turn=1)
    assert "empathise" not in heard and "accusatory_opener" in heard, heard
    apology = [t.norm for t in tokenize(clean("Sorry, 500 Euro sind zu viel."), "de")]
    assert apology[0] == "sorry"


# --- the judge -----------------------------------------------------------------------------------
def test_the_full_invoice_read_back_after_a_reduction_is_corrected_and_fails_in_writing() -> None:
    """V104 probe 5: 10 % off to 3.213 € agreed, "Sie zahlen 3.570 Euro bis 23. Dezember" read
    back ("Ja, so ist es abgemacht") and written: 87 silver, the letter "Zugesagter Termin"."""
    result = _played(
        "de-maler-berechtigter-einwand", "V104", "p5_06_script.txt", "p5_06_letter_wrong_amount.txt"
    )
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any(s.startswith("Nein, nicht ganz: 3.213,00 €") for s in said), said
    assert result["passed"] is False
    wrong = [c for c in _failed(result)["confirm_in_writing"] if c.get("critical")]
    assert any("3.570,00" in str(c["evidence"]) for c in wrong), wrong


def test_a_signature_someone_else_gave_is_not_asking_for_his() -> None:
    """V106 06: "die Fahrer haben dat Prüfprotokoll ohne Beanstandung unterschrieben" passed
    countersign though the learner never asked the customer to sign."""
    result = _played("de-werkstatt-ueberraschung", "V106", "06_aachen_werkstatt.txt")
    assert _check(result, "countersign")["passed"] is False
    assert result["score"] < 100


def test_a_letter_claiming_a_promise_he_refused_fails_the_call() -> None:
    """V107 probe 4: the letter "Sie hatten zugesichert, … bis zum 18. Dezember 2026 zu
    begleichen" after his flat refusal and an announced Mahnbescheid kept 94 gold."""
    result = _played(
        "de-hausverwaltung-rechtsweg",
        "V107",
        "p4_hausverwaltung_rechtsweg.txt",
        "05_letter.txt",
        one_fact=True,
    )
    assert result["passed"] is False
    (claim,) = [c for c in _failed(result)["confirm_in_writing"] if c.get("critical")]
    assert "zugesichert" in claim["evidence"]


def test_like_we_said_in_a_letter_after_no_agreement_is_named() -> None:
    """V104 08: "Like we said, you'll pay £350 … by Friday and the remaining £840 when business
    picks up" after a call without agreement had no confirm_in_writing row at all."""
    result = _played("en-cash-problems-cafe", "V104", "08_en_texan_cafe.txt", "08_letter.txt")
    (claim,) = _failed(result)["confirm_in_writing"]
    assert "Like we said" in claim["evidence"]


def test_a_customer_with_nothing_up_front_is_shown_the_plan_for_the_rest() -> None:
    """V104 07, V105 11: date_for_rest advised "the remaining £2,000.00 by Friday 18 December"
    to a man who had just said he could not find £760, beside the outcome's monthly plan."""
    result = _played("en-chippy-instalments", "V105", "11_yorkshire_chippy.txt")
    rest = _check(result, "date_for_rest")
    assert rest["passed"] is False
    assert "instalments" in rest["better"] and "remaining" not in rest["better"], rest["better"]
    assert "nothing up front" in rest["advice"]


def test_a_plan_read_back_with_the_down_payment_he_refused_is_not_taken() -> None:
    """V104 07r: "Nothing up front, I can't." — then "So to read that back: £260 by Friday 11
    December, then £500 on the 15th …" got "Right. That I can do." and 100 gold."""
    result = _played("en-chippy-instalments", "V104", "07r_en_edinburgh_chippy.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any("£260.00 up front — I told you" in s for s in said), said
    assert result["outcome"] != "instalment_plan"


def test_the_question_that_drew_the_objection_out_is_asking_what_is_wrong() -> None:
    """V107 04: "Oje. Was genau passt denn nicht, in welchem Raum ist das?" after her hint
    "Darüber wollte ich ohnehin mit Ihnen reden." failed clarify_objection as "Gleich
    argumentiert, ohne nachzufragen"; and "… vielleicht war das Parkett ja vorher schon nicht
    ganz sauber" behind "Das tut mir leid, wenn das so rübergekommen ist" passed no_accusation."""
    result = _played("de-maler-berechtigter-einwand", "V107", "04_salzburg_maler.txt")
    clarify = _check(result, "clarify_objection")
    assert clarify["passed"] is True and "Was genau passt denn nicht" in clarify["evidence"]
    (blame,) = _failed(result)["no_accusation"]
    assert "vorher schon" in blame["evidence"]
    assert result["passed"] is False


def test_owning_ones_own_slip_is_no_reproach() -> None:
    """V22 05: "Pardon, ich hab mich eben versprochen: Es sind 6.240 Euro, nicht 6.420." was
    blame 0.42 once this session's lines were learned; the clerk would not go on."""
    result = _played("de-behoerde-bestellnummer", "V22", "05_de_behoerde_betrag_falsch.txt")
    assert "no_accusation" not in _failed(result)
    assert result["passed"] is True


def test_the_callers_own_check_of_the_work_is_no_reproach() -> None:
    """The handyman's factual rebuttal ("I did check all three before I left …") had a blame
    reading 0.41 beside it after the fortieth session's first library lines (V43 probe 6)."""
    loaded = load_scenario(find_scenario("en-handyman-waive", SCENARIOS))
    rec = default_recogniser("en", loaded)
    line = "I did check all three before I left and they were solid then."
    heard = rec.recognise(line, call_date=DAY)
    assert heard.names == ("rebut_unjustified_objection",), heard.intents


def test_a_threat_while_a_solution_was_open_keeps_at_most_bronze() -> None:
    """V105 probe 5: "I'd really hate for this to end up with a debt collector" to a new
    customer in the third line kept 89 silver; V107 probe 1 (small claims court) 87 silver."""
    result = _played("en-cash-problems-cafe", "V105", "p5_09_polite_threat.txt")
    assert result["passed"] is True and result["tier"] == "bronze", result["tier"]
    assert result["tier_cap"]["check"] == "no_premature_threat"


def test_taking_up_his_soon_is_the_line_that_lost_the_date() -> None:
    """V105 03: "Jo, bald is gut. Dat passt schon." — pin_date said only "Kein Satz mit einem
    konkreten Datum für die Zahlung", the line that let the date go never shown."""
    result = _played("de-stammkunde-urlaub", "V105", "03_ruhr_stammkunde.txt")
    assert "bald is gut" in _check(result, "pin_date")["evidence"]


# --- after the end audits V108-V111 (at 9f63620) ---------------------------------------------
def test_his_yes_to_the_learners_own_day_is_no_call_with_too_few_moves() -> None:
    """V111 10: "I really need that £640 today." — "Done — you'll have it by 7 December." —
    outcome said "Too few moves to judge: … no date, no amount" beside pin_date's date."""
    result = _played("en-florist-forgot", "V111", "10_joburg_print.txt")
    assert result["passed"] is False  # the invented fee fails it
    # (since the sixtieth session her day given back after the threat — "Ja, okay, soon is
    # fine then." — fails the outcome as that, never as "too few moves")
    reasons = " ".join(c["reason"] for c in _failed(result).get("outcome", []))
    assert "Too few moves" not in reasons


def test_thanks_for_what_he_just_did_with_nothing_agreed_ends_no_call() -> None:
    """V109 09: "Ah, I see. Thank you for checking that for me, I appreciate it." was a goodbye
    0.97; the customer hung up and the call failed as "Too few moves to judge". Probe 6: "Vielen
    Dank, dass Sie es so offen sagen." ended Herr Müller's call the same way."""
    result = _played("en-logistics-approval", "V109", "09_manchester_accounts.txt", "09_letter.txt")
    assert result["outcome"] == "promise_to_pay" and result["passed"] is True
    result = _played("de-stammkunde-urlaub", "V109", "p6_bare_danke.txt", "01_letter.txt")
    assert result["passed"] is True, result["end_reason"]
    assert result["end_reason"] != "learner_ended"
