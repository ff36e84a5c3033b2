"""Sixtieth session: the start round V288–V291 and the last round's leads — a guess that the
fault is the customer's own (half the conduct check, and he bristles instead of hanging up),
polite-veneer reproaches, a courteous preface that is no reproach, regional goodbyes, a yes
to his question for a day, his day given back after he agreed, a later day asked where his
state answers only a read-back, a monthly plan read back over a span of months, sympathy
taken back in the next sentence, Swabian small talk, a thought waved away, and "like we
agree" in a letter (benchmarks/README.md, "Sixtieth session")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner, _script
from tests.scenarios.test_customer_v43 import _heard
from tests.scenarios.test_customer_v58 import _check, _customer
from trainer.understanding.context import pressure_after_sympathy
from trainer.understanding.faultguess import guessed_fault


def _played_lines(sid: str, lines: list[str]) -> dict[str, Any]:
    runner = _runner(sid)
    runner.play(lines)
    return runner.session.finish()


# --- a guess that the fault is his own ----------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "I am sorry you feel like this, but maybe somebody put too much heavy things on them.",
        "maybe someone's been leaning on them",
        "I bet the marks were already there before we started.",
        "Perhaps one of your staff knocked it with a trolley?",
        "Nu, die paar Spritzer, die waren doch sicher schon vorher auf dem Parkett, oder?",
        "Tut mir leid, aber vielleicht Spritzer kommt von Ihre Patienten.",
        "Vielleicht hat jemand was Schweres draufgestellt?",
        "Die Kratzer waren bestimmt schon vorher da.",
    ],
)
def test_a_guess_at_his_own_fault_is_found(line: str) -> None:
    assert guessed_fault(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Maybe you could pay by Friday?",
        "Perhaps you put it on the card?",
        "Maybe you hit a rough patch, that happens.",
        "Maybe someone put the invoice in the wrong tray.",
        "Maybe we put too little glue on them, I'm sorry.",
        "Vielleicht kann ich vorher vorbeikommen?",
        "Vielleicht ist die Rechnung bei Ihnen in der Post untergegangen?",
        "Ich war sicher, dass wir vorher telefoniert haben.",
        "Das war sicher nicht einfach für Sie.",
    ],
)
def test_a_hedge_without_his_fault_is_no_guess(line: str) -> None:
    assert guessed_fault(line) is None


def test_the_guess_costs_half_the_conduct_check_and_he_bristles() -> None:
    """V285 probe 1: "Maybe somebody put too much heavy things on them, when I leave they were
    very firm." was chat ("Mm, yes.") and 93 silver with no remark; its auditor wanted the
    conduct point and the pass."""
    result = _played("en-handyman-waive", "V285", "p1_12_blame_bare.txt")
    assert result["passed"] is True
    assert result["tier"] == "silver"
    reason = _check(result, "no_accusation")["reason"]
    assert "guess that the fault is the customer's own" in reason
    said = _customer(result)
    assert "Mm, yes." not in said
    assert any("not having that" in line or "wasn't like that before" in line for line in said)


def test_the_german_insinuation_costs_conduct_and_keeps_the_pass() -> None:
    """V287 02: "die waren doch sicher schon vorher auf dem Parkett, oder?" passed 80 with "no
    blame in the whole call"; its auditor: pass, 65–85, the conduct flagged."""
    result = _played(
        "de-maler-berechtigter-einwand", "V287", "02_thueringen_wurst.txt", "02_letter.txt"
    )
    assert result["passed"] is True
    assert "Vermutet, der Fehler liege beim Kunden" in _check(result, "no_accusation")["reason"]


def test_a_reproach_in_words_beside_the_guess_stays_the_whole_check() -> None:
    result = _played("de-maler-berechtigter-einwand", "V122", "02_allgaeu_maler.txt")
    assert "später im Gespräch" in _check(result, "no_accusation")["reason"]


# --- reproaches with a polite veneer, and courtesy that is none ---------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V290 p3, 12 and p2: empathy 0.80-1.00, thanks, 100 gold
        ("en", "I am sorry you seem to find it so hard to keep track of your own e-mails."),
        (
            "en",
            "I am sorry that you appear to have found it so difficult to keep track of your "
            "obligations.",
        ),
        ("de", "Tut mir leid, dass Sie offenbar Schwierigkeiten haben, Ihre Post im Blick zu "
               "behalten."),
        # V291 12: chat and a faint rebuttal; p4: a rebuttal, 100 gold
        ("en", "Yeah look, sorry if our scope document was too complicated for you to follow, eh."),
        ("de", "Tut mir leid, falls Sie das Abnahmeprotokoll nicht richtig gelesen haben."),
        # V288 10 and p2: the reason question 0.87
        ("en", "Did you forget or something?"),
        ("en", "did u forget or something lol"),
    ],
)  # fmt: skip
def test_reproaches_with_a_polite_veneer_are_read(lang: str, line: str) -> None:
    assert "accusatory_opener" in _heard(lang, line, learner_turn=3, objection_raised=True)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I'm so sorry you're finding it hard to pay right now."),
        ("en", "Sorry you had a hard time with the new till system."),
        ("de", "Tut mir leid, dass Sie gerade Schwierigkeiten haben."),
        ("de", "Tut mir leid, dass Sie Schwierigkeiten haben, das Geld zusammenzubekommen."),
    ],
)
def test_sympathy_for_his_hardship_stays_sympathy(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=3, objection_raised=True)
    assert "accusatory_opener" not in heard
    assert "empathise" in heard


def test_a_courteous_preface_is_no_reproach() -> None:
    """V288 04 and p3: "Na gut, ich will Sie nicht lang aufhalten – …" was a reproach 0.77, the
    regular took offence and the opening failed; without the preface, the opener 1.00."""
    heard = _heard(
        "de",
        "Na gut, ich will Sie nicht lang aufhalten – ich ruf wegen der noch offenen Rechnung an.",
        learner_turn=1,
    )
    assert "accusatory_opener" not in heard
    assert heard.get("neutral_opener_open_invoice", 0.0) >= 0.5


# --- goodbyes --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Ta, Dave. Mind how you go."),  # V288 08: a greeting 0.32
        ("en", "cheers dave, good on ya. hooroo."),  # V290 09: a greeting 0.64
        ("en", "Thanks a lot Mark, really appreciate it. Tara!"),  # V291 07: chat
    ],
)
def test_regional_goodbyes_close_the_call(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=8)
    assert "close_politely" in heard
    assert "greeting_identify" not in heard


@pytest.mark.parametrize(
    "line",
    ["Grüß Gott, Servus, Huber hier.", "Servus Frau Berger, Huber Elektro, grüß Sie."],
)
def test_a_greeting_with_servus_stays_a_greeting(line: str) -> None:
    heard = _heard("de", line, learner_turn=0)
    assert "greeting_identify" in heard
    assert "close_politely" not in heard


# --- terms ------------------------------------------------------------------------------------
def test_a_yes_to_his_question_for_a_day_takes_up_no_day() -> None:
    """V288 10: "Oh, okay — by when would you need it?" — "cool thx bye" took up the end of
    next week he had offered before ("Deal. £640.00 by 18 December 2026"), 79 silver. Its
    auditor: fail, 5–35."""
    result = _played("en-florist-forgot", "V288", "10_student_florist.txt")
    assert result["passed"] is False
    assert not any(line.startswith("Deal.") for line in _customer(result))
    assert _check(result, "outcome")["critical"] is True


def test_his_day_given_back_after_he_agreed_is_no_result() -> None:
    """V291 probe 3: "And the £180, just pay it dreckly, whenever suits, no rush." after "Fine.
    Then I'll pay £180.00 by 10 December 2026." passed 93 silver with her day."""
    result = _played("en-handyman-waive", "V291", "p3_handyman_nofragment.txt")
    assert result["passed"] is False
    assert "gave it back" in _check(result, "outcome")["reason"]
    assert any("When I get round to it" in s or "Whenever it suits" in s for s in _customer(result))


def test_a_later_day_asked_where_he_expects_a_read_back_moves_the_agreement() -> None:
    """V289 probe 4: "… bis Freitag, de 11. Dezember …? Nee, wart, sage mer Montag, de 14.
    Dezember" after his 11th got "Genau, so machen wir's.", then "Nein, nicht ganz" to the
    read-back of the 14th, and the letter was failed as confirming what he had refused."""
    result = _played(
        "de-stammkunde-urlaub", "V289", "p4_01_sarcastic_smalltalk.txt", "01_letter.txt"
    )
    said = _customer(result)
    assert not any(line.startswith("Nein, nicht ganz") for line in said)
    assert any("14.12.2026" in line for line in said)
    assert "confirm_in_writing" not in _failed(result)


def test_a_plan_read_back_over_a_span_of_months_is_his_plan() -> None:
    """V287 probe 6: "£460 on the 8th of each month, January to June, six payments" — his own
    plan — got "No, not quite", and the call failed at 69; the letter's "from 8 January 2027
    to 8 June 2027" lacked the months between."""
    result = _played("en-chippy-instalments", "V287", "p6_07r_nodown.txt", "p6_letter.txt")
    assert not any(line.startswith("No, not quite") for line in _customer(result))
    assert result["passed"] is True
    assert "instalment_terms" not in _failed(result)


def test_a_span_a_month_off_is_still_corrected() -> None:
    lines = _script("V287", "p6_07r_nodown.txt")
    read_back = next(i for i, ln in enumerate(lines) if ln.startswith("Champion."))
    lines[read_back] = lines[read_back].replace("January to June", "February to July")
    result = _played_lines("en-chippy-instalments", lines)
    assert any(line.startswith("No, not quite") for line in _customer(result))


def test_a_letter_that_says_like_we_agree_claims_an_agreement() -> None:
    """V289 11: "Like we agree, you pay the invoice … in three parts" after a call that agreed
    nothing had no word in the debrief."""
    result = _played("en-chippy-instalments", "V289", "11_spanish_l2.txt", "11_letter.txt")
    assert "never gave" in " ".join(c["reason"] for c in _failed(result)["confirm_in_writing"])


# --- conduct read in more of its forms -----------------------------------------------------------
def test_sympathy_taken_back_in_the_next_sentence_costs_half_the_check() -> None:
    """V287 08: "… first winter, that's tough. But I do need this sorted this week, eh, I've
    got my own bills to pay." — no remark, where one sentence cost half the check."""
    result = _played("en-cash-problems-cafe", "V287", "08_canada_snow.txt")
    assert "Sympathy, then your own need" in _check(result, "no_accusation")["reason"]


def test_koelsch_sympathy_then_own_need_costs_half_the_check() -> None:
    """V290 05 and probe 4: "… dat gönn ich Ihnen. Aber jetzt muss dat Geld auch mal kommen, ich
    hab ja auch meine Leute zu bezahlen." — 100 gold with the read-back put right."""
    result = _played(
        "de-stammkunde-urlaub", "V290", "p4_stammkunde_pressure_only.txt", "05_letter.txt"
    )
    assert "Verständnis, dann der eigene Geldbedarf" in _check(result, "no_accusation")["reason"]
    assert result["tier"] != "gold"


def test_swabian_small_talk_asks_no_reason() -> None:
    """V291 01: "Wie goht's Ihne? Isch des neue Lager scho voll eigräumt?" was the reason
    question 0.27, answered as one, and strategy 1 failed on the guess (86; standard German
    100 gold)."""
    result = _played("de-stammkunde-urlaub", "V291", "01_schwaebin_urlaub.txt", "01_letter.txt")
    assert "strategy" not in _failed(result)
    assert result["score"] == 100


def test_a_thought_waved_away_is_no_reproach() -> None:
    """V291 10: "… I checked — but look, I don't want you — never mind that. I'll come back
    Thursday and re-fix them, no charge." was blame 0.95; without the fragment (p3), none."""
    heard = _heard(
        "en",
        "Well they were proper level when I left, I checked — but look, I don't want you — "
        "never mind that. I'll come back Thursday and re-fix them, no charge.",
        learner_turn=4,
        objection_raised=True,
    )
    assert "accusatory_opener" not in heard
    assert "offer_compromise" in heard
    assert "accusatory_opener" in _heard(
        "en", "You never pay on time — never mind that. Can you pay by Friday?", learner_turn=4
    )


def test_soon_after_his_day_and_the_next_job_whenever_give_no_day_back() -> None:
    """Guards on the day given back: "ok super, dann bald, ja?" after his 18th points back to it
    (V118 06, its auditor's pass), and "And we'll book phase two in whenever you're ready."
    leaves the next job open, not the payment (V57 11, 100 gold)."""
    result = _played("de-erstkunde-rechnung-verloren", "V118", "06_kiosk_erstkunde.txt")
    assert result["passed"] is True
    result = _played("en-web-studio-unjustified", "V57", "11_en_webstudio_good.txt")
    assert result["passed"] is True
    assert "outcome" not in _failed(result)


def test_a_read_back_slip_said_not_asked_is_still_corrected() -> None:
    """V93 03: "Guat, no hemmer's: die 1.428 Euro bis zum 15. Dezember." for his 11th is the
    read-back slip its auditor wrote (fail 45–69), not a later day asked."""
    result = _played("de-erstkunde-rechnung-verloren", "V93", "03_allgaeu_erstkunde.txt")
    assert any(line.startswith("Nein, nicht ganz") for line in _customer(result))


# --- after the second round (V292–V295) -----------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V293 p3 and V162 p6: sympathy 0.99, 100 gold to a justified complaint
        ("de", "Na ja, tut mir leid, wenn Sie das so empfinden."),
        ("en", "Sorry you feel that way."),
    ],
)
def test_a_bare_non_apology_brushes_the_complaint_off(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert "accusatory_opener" in heard
    assert "empathise" not in heard


def test_a_non_apology_beside_a_way_out_is_only_no_sympathy() -> None:
    heard = _heard(
        "en",
        "I'm sorry you feel that way, let me come back Thursday and re-fix them for free.",
        learner_turn=4,
        objection_raised=True,
    )
    assert "accusatory_opener" not in heard
    assert "empathise" not in heard
    assert "offer_compromise" in heard


def test_a_learners_relative_was_asks_nothing() -> None:
    """V295 04 and p2: "Ich rufe an wegen Rechnung, was noch offen ist." was the reason question
    0.56 beside the opener 1.00, and strategy 1 failed; "die" passed."""
    heard = _heard("de", "Ich rufe an wegen Rechnung, was noch offen ist.", learner_turn=1)
    assert "ask_reason" not in heard
    assert "neutral_opener_open_invoice" in heard
    assert "ask_reason" in _heard("de", "Es geht um die Rechnung, was ist da los?", learner_turn=1)


@pytest.mark.parametrize(
    "line",
    [
        # V294 11: sympathy 1.00 and a date, "A factual opening without blame"
        "Oh man, I totally hear you, winter's rough … But honestly I need the full £2,760 by "
        "Friday, period. I've got bills too.",
        "I hear you, but I've got bills too.",
    ],
)
def test_an_ultimatum_or_own_bills_after_sympathy_is_pressure(line: str) -> None:
    assert pressure_after_sympathy(line) is not None


# --- after the final round (V296–V299) ------------------------------------------------------------
def test_here_is_introduces_the_caller() -> None:
    """V297 12: "Hello Mrs Price, here is Joana Ferreira from Carter Web Studio." — "Gave the
    company but not your own name" (with "this is", probe 1, the name counted). A second
    language's "here is" ("hier ist", "aqui é") presents the caller's own name."""
    result = _played("en-web-studio-unjustified", "V297", "12_portuguese.txt")
    assert "identify" not in _failed(result)
