"""Forty-third session: what the outside audits V128-V131 (benchmarks/audits/) found."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played
from tests.scenarios.test_customer_v41 import _customer
from trainer.scoring.opening import identified
from trainer.understanding import load_recogniser
from trainer.understanding.context import apply_context
from trainer.understanding.smalltalk import small_talk
from trainer.understanding.types import Context

DAY = dt.date(2026, 12, 7)


def _heard(lang: str, line: str, **context: object) -> dict[str, float]:
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    applied = apply_context(recognition, Context(**context))  # type: ignore[arg-type]
    return {h.intent: h.confidence for h in applied.intents}


# --- reproaches the last round let through ----------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V131 02 and probe 3: empathy 0.95 ("Danke, dass Sie so nett sind") or small talk
        ("de", "Tut mir leid, aber wer eine zweite Filiale eröffnet, sollte seine Post schon im "
               "Blick haben."),
        ("de", "Wer eine zweite Filiale eröffnet, sollte seine Post schon im Blick haben."),
        ("de", "Sie sollten Ihre Post schon im Blick haben."),
        ("en", "Anyone who runs a second shop should keep an eye on their post."),
        # V128 12 and probe 3: empathy 0.77, or a rebuttal; no_accusation passed
        ("en", "Well, I'm real sorry you feel they got wobbly, but they were rock solid when I "
               "left, so somebody must've loaded them up pretty heavy after."),
        # V130 10 and probe 4: empathy 0.90, "Thank you."
        ("en", "Well, I'm sorry you don't remember your own email from August, Helen."),
        # V129 probe 2 and V130 probe 3: the neutral opener, strategy 1 passed
        ("de", "Ich ruf wegen der offenen Rechnung GL-2026-215 an, die ist ja schon seit über "
               "einem Monat fällig, gell."),
        ("de", "Ich rufe wegen der noch offenen Rechnung S-2026-0877 an – die Mahnung haben Sie ja "
               "schließlich auch schon bekommen."),
        # V129 10: small talk, "Mm, yes."
        ("en", "The booking form is phase two, you know that. That's not a reason to stiff me."),
    ],
)  # fmt: skip
def test_blame_the_last_round_let_through_is_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=3)
    assert "accusatory_opener" in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Ich rufe wegen der Rechnung GL-2026-215 an, die ist seit drei Wochen fällig."),
        ("de", "Wer bei Ihnen ist denn für die Zahlungen zuständig?"),
        ("de", "Wer das freigibt, sollte am besten kurz zurückrufen, geht das?"),
        ("en", "Someone from your team should pay by Friday?"),
        ("en", "Somebody must have signed for it, could you check with your front desk?"),
        ("en", "I'm sorry to hear the shelves came loose."),
    ],
)  # fmt: skip
def test_the_same_words_without_the_jab_stay_neutral(lang: str, line: str) -> None:
    """The guards: a due date told plainly, a question about who decides, an apology."""
    assert "accusatory_opener" not in _heard(lang, line, learner_turn=3)


def test_the_german_reproach_costs_as_the_english_one_does() -> None:
    """V131 02: the one German reproach passed no_accusation and the customer thanked her;
    the English twin (probe 6) cost the check."""
    result = _played("de-erstkunde-rechnung-verloren", "V131", "02_goettingen_verloren.txt")
    assert "no_accusation" in _failed(result)
    assert "Danke, dass Sie so nett sind." not in _customer(result)


# --- a relative "what" asks nothing ---------------------------------------------------------------
def test_a_learners_relative_what_is_no_reason_question() -> None:
    """V131 10: "the invoice what is still open" read as a reason question 0.81; strategy 1
    failed for asking why (probe 1, with "that", passed)."""
    heard = _heard("en", "i am calling because of the invoice what is still open.", learner_turn=1)
    assert "ask_reason" not in heard and "neutral_opener_open_invoice" in heard
    result = _played("en-cash-problems-cafe", "V131", "10_polish_cafe.txt")
    assert "strategy" not in _failed(result)


def test_a_real_what_question_is_still_one() -> None:
    """The guard."""
    assert "ask_reason" in _heard("en", "What is the reason the invoice is still open?")


# --- the caller's own name --------------------------------------------------------------------
def test_the_german_im_gives_nobody_a_name() -> None:
    """V131 02: "… sollte seine Post schon im Blick haben" gave the caller the name "Blick",
    and identify quoted that line as the one where she said who she was."""
    line = "Tut mir leid, aber wer eine Filiale eröffnet, sollte seine Post schon im Blick haben."
    assert identified(line, "Lena Vogt", "Vogt Grafikdesign") == (False, False)
    assert identified("Hi, I'm Lena from Vogt Grafikdesign.", "Lena Vogt", "Vogt Grafikdesign")[0]


# --- the customer keeps track of the terms -------------------------------------------------------
def test_a_figure_taken_back_with_hang_on_is_gone() -> None:
    """V128 08: "the rest, £2,160 — hang on, £2,060 — in two instalments of £1,030" kept the
    £2,160: the customer agreed to a plan £1,030 over the invoice and the right letter
    "lacked £2,060". Without the slip (probe 1) he turned the refused £700 down again."""
    result = _played("en-chippy-instalments", "V128", "08_hobart_chippy.txt")
    terms = result["agreed_terms"] or {}
    assert 2060.0 not in (terms.get("parts") or [])
    assert not any("That I can do" in s for s in _customer(result))
    assert any("£700.00" in s and "haven't got" in s for s in _customer(result))


def test_a_split_read_back_keeps_each_day_with_its_sum() -> None:
    """V129 probe 3 (before the mid-call reproach cost the deal, see below): "So: £400 by the
    11th of December, and £790 by the 8th of January …?" was read as a plan of two parts: he
    said "Deal. £400.00 right away, the rest by 11 December 2026", and the agreed terms had
    the rest due on the 11th and on the 8th."""
    from trainer.simulation.terms import read_offer

    line = "So: £400 by the 11th of December, and £790 by the 8th of January. Is that right?"
    recognition = load_recogniser("en").recognise(line, call_date=DAY)
    recognition = apply_context(recognition, Context(learner_turn=6))
    assert recognition.names[0] == "propose_instalments"
    on_table = {"now": 400.0, "now_date": dt.date(2026, 12, 11), "rest": 790.0}
    offer = read_offer(recognition, "en", on_table, DAY, total=1190.0, dispute=False)
    assert offer.terms["now_date"] == dt.date(2026, 12, 11)
    assert offer.terms["rest_date"] == dt.date(2027, 1, 8)
    assert not offer.terms.get("dates") and not offer.terms.get("each")


def test_a_reproach_never_taken_back_keeps_the_cafe_owner_offended() -> None:
    """V129 probe 3: "Well, that's not really my problem, is it, Tom?" and no apology; the
    "sorry" of "£890 – sorry, no, £790" won him back (empathy 0.94) and the call kept 89
    silver ("I would cap a call like that at bronze, or fail it")."""
    result = _played("en-cash-problems-cafe", "V129", "p3_hull_midcall_reproach.txt")
    assert not result["passed"]
    assert "no_accusation" in _failed(result)


def test_a_first_payment_asked_of_a_wary_customer_is_answered() -> None:
    """V129 probe 1: "What could you manage now, as a first payment, just to show good will?"
    got "Then 3 times £920.00 — that I can do" (the plan he had just refused), 94 silver."""
    result = _played("en-chippy-instalments", "V129", "p1_waterford_downpayment.txt")
    said = _customer(result)
    assert any("Nothing up front, I can't" in s for s in said), said
    assert not any("that I can do" in s for s in said)
    assert not result["passed"]


def test_a_smaller_first_payment_with_the_plan_is_answered_with_the_part_he_lacks() -> None:
    """V130 08r: "let's make the first payment smaller: £250 this Friday, and the rest, £2,510,
    in three monthly payments …" got "Nothing up front, I can't", then "So what's the plan?"."""
    result = _played("en-chippy-instalments", "V130", "08r_darwin_chippy.txt")
    said = _customer(result)
    assert any(s.startswith("The £250.00 up front") for s in said), said
    assert "Cheers. So what's the plan?" not in said


def test_pay_soon_before_the_invoice_is_answered_in_character() -> None:
    """V130 06: "Und zahlen Sie dann halt bald, gell?" got "nicht ganz verstanden"."""
    result = _played("de-erstkunde-rechnung-verloren", "V130", "06_burgenland_erstkunde.txt")
    assert "Das habe ich jetzt nicht ganz verstanden." not in _customer(result)


@pytest.mark.parametrize(
    ("sid", "folder", "script", "line"),
    [
        ("en-logistics-approval", "V128", "11_bangalore_logistics.txt",
         "Kindly do the needful and release the payment asap."),
        ("en-logistics-approval", "V128", "11_bangalore_logistics.txt",
         "Okay sir, I will resend the invoice today itself with the required details."),
        ("en-cash-problems-cafe", "V130", "12_harare_cafe.txt",
         "We cannot accept part payments, the whole amount please."),
    ],
)  # fmt: skip
def test_plain_lines_of_other_englishes_are_answered(
    sid: str, folder: str, script: str, line: str
) -> None:
    """V128 11, V130 09 and 12: "I'm not sure I follow." / "Sorry, what was that about?"."""
    result = _played(sid, folder, script)
    turns = result["turns"]
    at = next(i for i, t in enumerate(turns) if t["speaker"] == "learner" and t["text"] == line)
    answer = turns[at + 1]["text"]
    assert answer not in ("I'm not sure I follow.", "Sorry, what was that about?"), answer


def test_dialect_chat_is_chat() -> None:
    """V128 01: "Wie geht et Ihnen? Brennt dat Licht …" got "nicht ganz verstanden"."""
    assert small_talk("Wie geht et Ihnen? Brennt dat Licht im neuen Lager ordentlich?", "de")
    assert small_talk("asdf qwer zxcv is", "de") is None


# --- the judge --------------------------------------------------------------------------------
def test_the_invoice_sent_again_is_no_written_confirmation() -> None:
    """V128 02: "Schick ich nochmal per Mail." (to "Schicken Sie mir die Rechnung noch mal?")
    passed confirm_in_writing for the day agreed later, 86 silver."""
    result = _played("de-erstkunde-rechnung-verloren", "V128", "02_flensburg_verloren.txt")
    (writing,) = _failed(result)["confirm_in_writing"]
    assert "Nur die Rechnung" in writing["reason"]


def test_his_day_is_quoted_where_she_took_it_up() -> None:
    """V131 05: the evidence of "took up the customer's date" was her Friday he turned down."""
    result = _played("de-behoerde-bestellnummer", "V131", "05_ungarisch_behoerde.txt")
    evidence = [c["evidence"] for c in result["checks"] if c["id"] == "pin_date"]
    assert evidence and not any("bis freitag" in (e or "") for e in evidence), evidence
    assert any("zahlungslauf" in (e or "") for e in evidence)


def test_an_ultimatum_on_his_not_paying_is_a_threat_before_any_refusal() -> None:
    """V129 12 said it after his refusal (the calm route there); before one it is an
    ultimatum."""
    heard = _heard(
        "en",
        "If you are not paying, I will have no choice but to take this matter to the small "
        "claims court.",
        learner_turn=4,
    )
    assert "threaten_legal" in heard and "announce_legal_route" not in heard


@pytest.mark.parametrize(
    ("folder", "script"),
    [("V131", "04_ulm_hausverwaltung.txt"), ("V127", "04_portugiesisch_hausverwaltung.txt")],
)
def test_a_deal_summed_up_after_his_refusal_is_named(folder: str, script: str) -> None:
    """V131 04 ("Also, dann halte ich fest: Sie überweisen die 4.760 Euro bis zum 21.
    Dezember." after "Ich zahle keinen Cent …") and V127 04 ("Gut, dann wir haben: 4.760 Euro
    bis zum 22. Dezember." after "Nein."): the debrief named only the missing next step."""
    result = _played("de-hausverwaltung-rechtsweg", folder, script, one_fact=True)
    (outcome,) = [c for c in result["checks"] if c["id"] == "outcome"]
    assert not outcome["passed"] and "als vereinbart zusammengefasst" in outcome["reason"]
    assert "4.760 Euro" in outcome["evidence"]


def test_the_sorry_of_a_correction_with_no_is_no_sympathy() -> None:
    """V129 probe 3: "And the rest, that's £890 – sorry, no, £790 – by Friday the 8th of
    January?" was empathy 0.94 beside the date."""
    line = "And the rest, that's £890 – sorry, no, £790 – by Friday the 8th of January?"
    assert "empathise" not in _heard("en", line, learner_turn=5, objection_raised=True)
    heard = _heard("en", "Sorry, no, I can't accept that, but I understand it's hard.")
    assert "empathise" in heard


def test_bavarian_words_of_a_denial_are_read() -> None:
    """V128 03: "Naa, des ko ned sei, mei Geselle schafft sauber, de Spritzer warn vielleicht
    scho vorher da." had no reading at all; "ko", "warn", "miassn", "wern", "ihna" are now in
    the dialect map, and the line reads as the contradiction it is."""
    from trainer.understanding.normalize import tokenize

    assert [t.norm for t in tokenize("des ko ned sei", "de")][1] == "kann"
    line = (
        "Naa, des ko ned sei, mei Geselle schafft sauber, de Spritzer warn vielleicht scho "
        "vorher da."
    )
    assert "rebut_unjustified_objection" in _heard(
        "de", line, learner_turn=5, objection_raised=True
    )


def test_a_call_back_said_goodbye_to_is_named_as_a_call_back() -> None:
    """V131 11: "Then I will call you back next week to check the status, is that okay?" —
    "Fine, speak then." — then a goodbye: "The call ended without an agreement", not that a
    call-back is no result."""
    result = _played("en-logistics-approval", "V131", "11_jakarta_logistics.txt")
    (outcome,) = [c for c in result["checks"] if c["id"] == "outcome"]
    assert not outcome["passed"] and "call-back" in outcome["reason"]


def test_a_demand_and_the_invoice_resent_are_moves_on_the_debt() -> None:
    """V130 09 replayed after the demand was heard: "I will resend the invoice with the PO
    number today itself" and "Kindly do the needful and release the payment asap", the clerk
    named his run and she took it — "Too few moves to judge … Nothing was negotiated"."""
    result = _played("en-logistics-approval", "V130", "09_kolkata_logistics.txt")
    (outcome,) = [c for c in result["checks"] if c["id"] == "outcome"]
    assert outcome["passed"], outcome["reason"]


# --- the end round (V132-V135) ----------------------------------------------------------------
def test_a_lawyer_one_would_not_like_to_call_is_a_threat_before_any_refusal() -> None:
    """V135 probe 5: "… we would really not like to hand this to our lawyers." empathy 0.99,
    and "No threat in the whole call"."""
    line = (
        "As a firm of solicitors you will know better than me how these things end, we would "
        "really not like to hand this to our lawyers."
    )
    heard = _heard("en", line, learner_turn=4, objection_raised=True)
    assert "threaten_legal" in heard and "announce_legal_route" not in heard
    assert "threaten_legal" not in _heard("en", "We would not want to lose you as a client.")


def test_a_day_taken_back_and_named_again_as_the_reason_stays_taken_back() -> None:
    """V133 07: "by Friday the 11th? Sorry – I mean Friday the 18th, the 11th is a bit tight
    for you before Christmas" — "Deal. £640.00 by 11 December 2026", and the right letter
    (the 18th) failed as critical, 69."""
    result = _played("en-florist-forgot", "V133", "07_york_florist.txt", "07_letter.txt")
    assert result["agreed_terms"]["date"] == "2026-12-18"
    assert result["passed"]


def test_a_palatine_admission_argues_nothing() -> None:
    """V133 03: "Da hawwe Sie recht, … kostenlos." kept a rebuttal guess (0.42), and the
    debrief said she had argued against a justified objection."""
    result = _played("de-maler-berechtigter-einwand", "V133", "03_speyer_maler.txt")
    assert "handle_objection" not in _failed(result)


def test_the_clerk_takes_the_missing_order_number_offered_after_a_jab() -> None:
    """V133 probe 3: "Die Bestellnummer schick ich Ihnen heute noch per Mail rüber." after the
    opener's jab — "Dazu äußere ich mich in diesem Ton nicht." — and he hung up: the fix he
    needs, offered factually, brings him back (the opener still costs its checks)."""
    result = _played("de-behoerde-bestellnummer", "V133", "p3_02_nojanee.txt")
    assert result["outcome"] == "promise_to_pay"
    assert {"no_accusation", "strategy"} <= set(_failed(result))


@pytest.mark.parametrize(
    ("sid", "script", "letter"),
    [
        ("de-stammkunde-urlaub", "01_wuppertal_urlaub.txt", "01_letter.txt"),
        ("de-maler-berechtigter-einwand", "02_konstanz_maler.txt", "02_letter.txt"),
    ],
)
def test_weather_chat_is_no_reproach_and_no_date(sid: str, script: str, letter: str) -> None:
    """V132 01: "Hier in Wuppertal regnet et mal wieder, wie immer." a reproach 0.82, the
    regular snapped, 67 fail; V132 02: "… so ein Nebel heute?" a date request, strategy
    failed, 87. Without the line (probes 1 and 2) both were 100 gold."""
    result = _played(sid, "V132", script, letter)
    assert result["passed"] and result["tier"] == "gold", _failed(result)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Bei dem Regen zahlen Sie ja wohl wieder nicht pünktlich."),
        ("en", "Rainy again, and you still haven't paid, love."),
    ],
)
def test_blame_beside_the_weather_stays_blame(lang: str, line: str) -> None:
    assert "accusatory_opener" in _heard(lang, line, learner_turn=2)


def test_a_word_of_approval_after_the_deal_does_not_end_the_call() -> None:
    """V132 07: "Great." to "Deal. £640.00 by 10 December 2026." ended the call ("Speak
    soon!"), and the read-back and the e-mail were never said."""
    result = _played("en-florist-forgot", "V132", "07_derby_florist.txt", "07_letter.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "learner"]
    assert any(s.startswith("So that's invoice SPS-2291") for s in said), said
    assert result["tier"] == "gold"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I'm sorry you misunderstood what was in phase one, Helen."),
        ("de", "Na, des tut ma leid, dass bei Ihnen mit der Post so a Durcheinander is. Bei "
               "meinen andern Kunden kommen die Rechnungen alle an."),
    ],
)  # fmt: skip
def test_sorry_that_he_got_it_wrong_is_a_reproach(lang: str, line: str) -> None:
    """V132 10 (empathy 0.91, "Thank you.", 87 silver) and 05 (empathy 0.98)."""
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert "accusatory_opener" in heard and "empathise" not in heard


def test_sorry_for_a_misunderstanding_is_still_sympathy() -> None:
    assert "empathise" in _heard("en", "I'm sorry if there was a misunderstanding about phase one.")


def test_the_whole_invoice_named_before_the_part_is_no_down_payment() -> None:
    """V134 12: "how to clear the £180 outstanding, … you pay £100 now and balance £80 end of
    month" made £180 the down payment beside £80: "I pay £180.00 right away and the other
    £80.00" — £260 on a £180 invoice."""
    result = _played("en-handyman-waive", "V134", "12_penang_handyman.txt", "12_letter.txt")
    said = " ".join(_customer(result))
    assert "£180.00 right away" not in said and "£100.00 right away" in said


def test_a_day_said_to_be_too_late_is_no_day_agreed() -> None:
    """V134 probe 1: "Sir, 15 December is too late for us, kindly pay asap only." — "Yes — 15
    December", 100 gold for the day she had turned down."""
    result = _played("en-logistics-approval", "V134", "p1_logistics_reject_date.txt")
    assert any(s.startswith("Sooner isn't possible") for s in _customer(result))
    assert not result["passed"]
    (pin,) = _failed(result)["pin_date"]
    assert "without a concrete date" in pin["reason"]


def test_a_letter_of_the_part_he_took_beside_the_invoice_total_is_named_for_that() -> None:
    """V132 09: "As discussed, you'll pay £300.00 … by Friday, 11 December, and the rest of the
    £1,190.00 as soon as possible." after he took the £300: "a promise never given"."""
    result = _played("en-cash-problems-cafe", "V132", "09_baltimore_cafe.txt", "09_letter.txt")
    (writing,) = _failed(result)["confirm_in_writing"]
    assert "down payment the customer took" in writing["reason"]
    assert not writing.get("critical")


def test_a_letter_wrapped_over_lines_is_read_whole() -> None:
    """V134 07: "As agreed on the phone, invoice WPH-3310 / for £2,760.00 … will be paid as
    follows: / 1. £850.00 …" — terms he had refused, sent for his signature, no comment."""
    from trainer.understanding.sentences import sentences

    letter = "As agreed on the phone, invoice WPH-3310\nfor £2,760.00 will be paid as follows:\n"
    letter += "  1. £850.00 by Friday 11 December 2026\n"
    assert sentences(letter) == [
        "As agreed on the phone, invoice WPH-3310 for £2,760.00 will be paid as follows:",
        "1. £850.00 by Friday 11 December 2026",
    ]
    result = _played("en-chippy-instalments", "V134", "07_exeter_chippy.txt", "07_letter.txt")
    (writing,) = _failed(result)["confirm_in_writing"]
    assert writing["critical"]


def test_a_bavarian_call_back_is_a_call_back() -> None:
    """V134 05: "I ruaf Eana nächste Woch zruck, dann schau ma weiter, passt?" — "Wie bitte?"."""
    from trainer.understanding.smalltalk import puts_off

    assert puts_off("I ruaf Eana nächste Woch zruck, dann schau ma weiter, passt?")
    result = _played("de-maler-berechtigter-einwand", "V134", "05_innviertel_maler.txt")
    assert not any(s.startswith("Wie bitte?") for s in _customer(result))


def test_rain_as_the_subject_of_his_complaint_is_no_chat() -> None:
    """Caught in the replay of the older folders: "Wo genau steht das Wasser denn, und nach
    jedem Regen oder nur bei Starkregen?" after the landlord's complaint lost its clarifying
    question to the weather rule (V21 04: 100 gold → 56)."""
    result = _played("de-hausverwaltung-rechtsweg", "V21", "04_de_hausverwaltung_fakten.txt")
    assert result["passed"] and "clarify_objection" not in _failed(result)


def test_a_bare_grand_after_the_deal_lets_the_read_back_be_said() -> None:
    """Caught in the replay: "grand" after "Deal." is a word of approval too — as a silence it
    ended the call before the wrong read-back was said, and its check was lost (V118 07)."""
    result = _played("en-florist-forgot", "V118", "07_derry_florist.txt")
    (pin,) = _failed(result)["pin_date"]
    assert "another day" in pin["reason"]


# --- the last round (V136-V139, at e39b4cb) -----------------------------------------------------
def test_a_neighbour_told_he_is_always_behind_with_bills_is_unlawful() -> None:
    """V137 probe 6: "I only mentioned it to Jenny at the café next door, she says you're
    always a bit behind with bills, ha!" read as empathy, 100 gold."""
    from trainer.understanding.pressure import unlawful_pressure

    line = (
        "I only mentioned it to Jenny at the café next door, she says you're always a bit "
        "behind with bills, ha!"
    )
    assert unlawful_pressure(line, "en") is not None
    result = _played("en-florist-forgot", "V137", "p6_florist_thirdparty.txt", "07_letter.txt")
    assert not result["passed"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Hi Claire, I'm ringing about invoice SPS-2291, which I see you still haven't got "
               "round to paying."),
        ("en", "I'm sorry if our sign-off e-mail wasn't clear enough for your team to read."),
    ],
)  # fmt: skip
def test_the_last_rounds_english_reproaches(lang: str, line: str) -> None:
    """V137 probe 2 ("A factual opening without blame"), V138 09 (empathy 0.82)."""
    assert "accusatory_opener" in _heard(lang, line, learner_turn=2)


def test_blokes_to_pay_is_the_callers_need_not_blame() -> None:
    """V136 10 and probe 6: "I've got blokes to pay before Christmas, so I need something this
    week." a reproach 0.56: the café owner demanded an apology and the call failed at 44."""
    line = "But look, I've got blokes to pay before Christmas, so I need something this week."
    assert "accusatory_opener" not in _heard("en", line, learner_turn=5)


def test_a_palatine_lawyer_not_yet_is_a_threat() -> None:
    """V136 03: "Ich will Ihne jo net glei mit em Anwalt komme, awwer Sie wisse schun, wie sowas
    am End ausgeht, gell?" empathy 0.56, "Im ganzen Gespräch keine Drohung"."""
    line = (
        "Ich will Ihne jo net glei mit em Anwalt komme, awwer Sie wisse schun, wie sowas am "
        "End ausgeht, gell?"
    )
    assert "threaten_legal" in _heard("de", line, learner_turn=6)


def test_a_yes_to_his_question_is_the_move_he_waits_for() -> None:
    """V138 08r: "I do, Dave. Twenty years, and this winter's the hardest yet …" to "do you
    actually get what this year's been like for me?" was chat, and the call failed as "your
    lines went past it" quoting that answer (probe 6, "Yes, Dave, I understand …": 100 gold)."""
    result = _played("en-chippy-instalments", "V138", "08r_portrush_chippy.txt", "08r_letter.txt")
    assert result["passed"]
    assert "Mm, yes." not in _customer(result)


def test_a_word_of_approval_is_no_answer_to_his_question() -> None:
    """The guard, caught in the review's replay: "Great. I'll write the payment terms down …"
    to "do you actually get what this year's been like for me?" answers nothing he asked (V58
    11: he then took a plan with the refused £760 in it)."""
    result = _played("en-chippy-instalments", "V58", "11_chippy_good.txt", "11_letter.txt")
    assert result["outcome"] != "instalment_plan"
