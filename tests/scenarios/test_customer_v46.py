"""Forty-sixth session: what the outside audits (benchmarks/audits/) found."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner
from tests.scenarios.test_customer_v41 import _customer
from tests.scenarios.test_customer_v43 import _heard
from trainer.understanding.types import TENTATIVE

#: The fish-and-chip shop owner, up to his refusal of a £760 down payment.
CHIPPY_REFUSED = [
    "G'day Dave, Fiona Walsh here from Walsh Plumbing & Heating. How's the new boiler treating "
    "you?",
    "I'd like to sort out with you how we bring down what's still open on WPH-3310 – I've got a "
    "suggestion.",
    "No worries mate, I know it's been a slow few months. Here's what I'd suggest: you pay £760 "
    "now as a down payment, by Friday 11 December, and the rest in two instalments.",
]


# --- the rest alone in instalments, the refused down payment still counted ---------------------
def test_a_plan_for_the_rest_alone_after_the_refused_down_payment_is_no_deal() -> None:
    """V156 10: after "I haven't got £760 spare", "£1,000 by 15 January and the last £1,000 by
    12 February" got "That I can do"; the read-back with the refused £760 was "the deal", the
    letter naming it passed, 100 gold. He reminds her of the refusal instead, and the read-back
    that heads the plan with the £760 is that down payment again — no deal."""
    result = _played("en-chippy-instalments", "V156", "10_tamworth_chippy.txt", "10_letter.txt")
    said = _customer(result)
    assert any("I told you" in s and "£760.00" in s for s in said), said
    assert not any("That I can do" in s for s in said), said
    assert not result["passed"]
    assert result["agreed_terms"] is None or not result["agreed_terms"].get("now")


def test_the_whole_sum_in_parts_after_the_refusal_is_still_agreed() -> None:
    """The guard: the whole £2,760 put into the monthly payments, as he asked, is his plan."""
    steps = _runner("en-chippy-instalments").play(
        [
            *CHIPPY_REFUSED,
            "Okay, no up-front payment then: £920 on 15 January, £920 on 15 February and £920 on "
            "15 March, that's the full £2,760.",
        ]
    )
    assert steps[-1].state == "plan_agreed", (steps[-1].state, steps[-1].customer)


def test_the_refused_down_payment_read_back_at_the_head_of_a_plan_is_turned_down() -> None:
    """ "£760 by Friday 11 December, £1,000 by 15 January, £1,000 by 12 February, £2,760 all up"
    after he refused the £760 was read as three payments of £1,000 and agreed."""
    steps = _runner("en-chippy-instalments").play(
        [
            *CHIPPY_REFUSED,
            "Just to read it back: £760 by Friday 11 December, £1,000 by 15 January, £1,000 by 12 "
            "February, £2,760 all up.",
        ]
    )
    assert "I told you" in " ".join(steps[-1].customer), steps[-1].customer
    assert steps[-1].state != "plan_agreed"


# --- readings the third round of the forty-fifth session found ---------------------------------
@pytest.mark.parametrize(
    "line",
    [
        # V161 11: the faint legal route beside "no worries" — empathy, no threat
        "if its not paid by next week ill take you to small claims, no worries, ill win that easy",
        "if thats not sorted by friday ill have to take you to court",
    ],
)
def test_an_ultimatum_typed_without_apostrophe_is_a_threat(line: str) -> None:
    heard = _heard("en", line, learner_turn=4)
    assert heard.get("threaten_legal", 0.0) > 0.0, heard
    assert "announce_legal_route" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V161 09 and p2: a rebuttal and empathy, no_accusation met
        ("en", "I'm sorry, but I think you did not read what you signed — the booking form was "
               "never part of phase one."),
        ("en", "I think you didn't read what you signed."),
        # V162 10: read as the date request alone, 80 silver
        ("en", "Sorry if nobody over there reads their e-mails, but phase one is done. Can you "
               "pay the $2,400 by Friday the 18th?"),
        ("de", "Tut mir leid, wenn bei Ihnen niemand die E-Mails liest, aber Phase eins ist "
               "fertig."),
    ],
)  # fmt: skip
def test_condescending_lines_are_reproaches(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    # (at least the tentative reading the customer takes offence at)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    assert "empathise" not in heard, heard


@pytest.mark.parametrize(
    "line",
    [
        "Did you read what you signed?",
        "Sorry that nobody told you about the delay, I'll send the invoice again today.",
    ],
)
def test_a_question_and_plain_sympathy_are_no_reproach(line: str) -> None:
    heard = _heard("en", line, learner_turn=4, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) < TENTATIVE, heard


def test_the_invoice_is_the_invoice_asks_nothing() -> None:
    """V160 09: "I hear you, but the invoice is the invoice." was empathy 0.95 and the reason
    question 0.88, and cleared clarify_objection ("Asked what exactly is wrong")."""
    heard = _heard("en", "I hear you, but the invoice is the invoice.", learner_turn=4,
                   objection_raised=True)  # fmt: skip
    assert not {"empathise", "ask_reason", "clarify_objection"} & set(heard), heard
    # a real question beside the same words still asks
    asked = _heard("en", "I hear you, but the bill is the bill. What exactly is the problem?",
                   learner_turn=4, objection_raised=True)  # fmt: skip
    assert {"ask_reason", "clarify_objection"} & set(asked), asked


def test_a_demand_bolted_onto_the_opener_breaks_strategy_one() -> None:
    """V160 08 and p1: "just ringing about the open invoice, could you sort it asap?" then
    "ok" passed strategy 1 ("mentioned the open invoice, then stayed silent"); the demand cut
    gave the same 93."""
    result = _played("en-florist-forgot", "V160", "08_skipton_florist.txt")
    failed = _failed(result)
    assert "strategy" in failed, [c["id"] for c in result["checks"]]
    assert result["score"] < 93


def test_the_plain_opener_and_silence_keep_strategy_one() -> None:
    runner = _runner("en-florist-forgot")
    runner.play(
        ["hiya claire, priya from shah print studio", "just ringing about the open invoice", ""]
    )
    result = runner.session.finish()
    assert "strategy" not in _failed(result)


def test_a_letter_confirming_a_deal_after_a_hang_up_is_flagged() -> None:
    """V163 10: "as agreed ill come round thurs 10 dec and re-fix the 3 shelves, no charge." after
    "This isn't getting us anywhere. … Goodbye." drew no comment ("no charge" read as the
    letter saying there was no agreement)."""
    result = _played("en-handyman-waive", "V163", "10_ipswich_handyman.txt", "10_letter.txt")
    assert result["outcome"] == "hang_up"
    failed = _failed(result)
    assert "confirm_in_writing" in failed
    assert failed["confirm_in_writing"][0]["critical"]


# --- the first round of this session (V164–V167) ------------------------------------------------
@pytest.mark.parametrize(
    ("sid", "audit", "script"),
    [
        # "Alright, we shall call you back next week to check on the progress." after his run
        ("en-logistics-approval", "V166", "11_kitwe_logistics.txt"),
        # "Ja gut, bald ist in Ordnung …" — "… bis zum 18.12.2026. Versprochen." — "Ich ruf Sie
        # dann nächste Woche einfach noch mal an, und dann schauen wir weiter."
        ("de-erstkunde-rechnung-verloren", "V167", "02_nienburg_verloren.txt"),
    ],
)
def test_his_day_put_off_to_another_call_fails_the_call(sid: str, audit: str, script: str) -> None:
    """93 silver where both auditors failed the call: the day was left open (rule (4))."""
    result = _played(sid, audit, script)
    failed = _failed(result)
    assert any(v.get("critical") for v in failed.get("pin_date", [])), failed.get("pin_date")
    assert not result["passed"]


def test_a_call_back_after_his_day_said_back_is_a_next_step() -> None:
    """The guard: his run said back and confirmed, then a call to check on the approval."""
    runner = _runner("en-logistics-approval")
    runner.play(
        [
            "Good morning Mr Jensen, Ruth Obi from Obi Catering.",
            "I'm calling about invoice GEC-5521, which is still open.",
            "",
            "I'll send you the invoice again today with the purchase order number on it.",
            "When is your next payment run?",
            "Great, so the full £3,850 in your payment run on 15 December. I'll confirm that by "
            "e-mail, and I'll call you next week to check the approval went through.",
        ]
    )
    result = runner.session.finish()
    assert not any(v.get("critical") for v in _failed(result).get("pin_date", []))
    assert result["passed"], [(c["id"], c["reason"]) for c in result["checks"] if not c["passed"]]


def test_his_correction_taken_up_with_the_confirmation_is_no_dispute() -> None:
    """V167 06: "Ich bestätige Ihnen das per E-Mail" right after "Nein, nicht ganz: … bis zum
    10.12.2026", and the clerk answered "Richtig, am 10. Dezember geht das Geld raus" — failed as
    a read-back left standing (69) against its auditor's pass. Now a pass, held below gold: his
    terms were never said back (rule (5))."""
    result = _played("de-behoerde-bestellnummer", "V167", "06_langenthal_behoerde.txt")
    assert result["passed"]
    assert result["tier"] != "gold"
    assert "pin_date" in _failed(result)


def test_a_correction_left_standing_still_fails() -> None:
    """The guard: V164 06 without its letter — "Gut, dann halte ich fest: Zahlung im
    Zahlungslauf am 24. Dezember. Ich bestätige Ihnen das per E-Mail." — "Nein, nicht ganz:
    6.240,00 € bis zum 10.12.2026." — goodbye: left standing, fails as before."""
    result = _played("de-behoerde-bestellnummer", "V164", "06_buelach_behoerde.txt")
    assert not result["passed"]
    assert any(v.get("critical") for v in _failed(result).get("pin_date", []))


def test_telling_the_customers_committee_is_unlawful_pressure() -> None:
    """V165 probe 3: "I've already mentioned to the Wedding Fayre committee that it's
    outstanding" — 100 gold; the guide makes telling third parties a critical failure."""
    result = _played("en-florist-forgot", "V165", "p3_07_thirdparty.txt")
    failed = _failed(result)
    assert "no_premature_threat" in failed and failed["no_premature_threat"][0]["critical"]
    assert not result["passed"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V164 04: chat, before the customer had said a word about water
        ("de", "Das mit dem Wasser ist nicht unser Problem, Herr Kessler."),
        # V164 12: a date request only, "A factual opening without blame"
        ("en", "Yeah look, I don't need the paperwork story mate, I just need it paid by Friday."),
    ],
)
def test_waving_his_trouble_off_is_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=2, opened=True)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


def test_no_need_for_the_whole_story_is_no_reproach() -> None:
    heard = _heard("en", "I don't need the full story, just tell me when the run is.",
                   learner_turn=2, opened=True)  # fmt: skip
    assert "accusatory_opener" not in heard, heard


def test_a_split_for_a_customer_who_only_forgot_fails_the_call() -> None:
    """V166 05: the garage owner forgot and offered "Bis Freitag nächster Woche ist das
    überwiesen, passt das?"; the learner asked for 500 € now and the rest on 8 January — 94
    bronze. Credit nobody asked for (rule (6)): pin_date fails critically."""
    result = _played("de-werkstatt-ueberraschung", "V166", "05_lippstadt_werkstatt.txt")
    pin = _failed(result).get("pin_date", [])
    assert any(v.get("critical") for v in pin), pin
    assert not result["passed"]


def test_the_whole_sum_by_a_near_day_for_a_customer_who_forgot_keeps_gold() -> None:
    runner = _runner("de-stammkunde-urlaub")
    runner.play(
        [
            "Guten Tag, hier ist Anna Berger von Berger Elektrotechnik.",
            "Ich rufe wegen der offenen Rechnung an.",
            "",
            "Kein Problem, das kann passieren. Können Sie die 2.380 Euro bis Freitag überweisen?",
            "Prima, also 2.380 Euro bis Freitag, den 11. Dezember. Ich schicke Ihnen das noch "
            "kurz per Mail.",
            "Vielen Dank, Herr Müller, schönen Tag noch!",
        ]
    )
    result = runner.session.finish()
    assert result["passed"] and "pin_date" not in _failed(result), _failed(result)


def test_after_a_tone_complaint_the_better_line_is_an_apology() -> None:
    """V165 05: after "So nicht. Nicht in diesem Ton." the learner talked past him, and the
    better line shown was "Verstehe – was würde denn für Sie gehen?"."""
    result = _played("de-hausverwaltung-rechtsweg", "V165", "05_uster_mediocre.txt")
    outcome = next(c for c in result["checks"] if c["id"] == "outcome")
    assert not outcome["passed"]
    assert outcome["better"].startswith("Entschuldigen Sie"), outcome["better"]


# --- the second round of this session (V168–V171) -----------------------------------------------
def test_a_typo_in_a_question_is_no_threat() -> None:
    """V170 05: "und wenn das fertig is, zahlen sie dann die rechnng?" was a legal threat 0.59
    (spelled right, no reading), the painter's customer took offence, "Mit rechtlichen Schritten
    gedroht"."""
    heard = _heard("de", "und wenn das fertig is, zahlen sie dann die rechnng?", learner_turn=5,
                   opened=True, objection_raised=True)  # fmt: skip
    assert not {"threaten_legal", "announce_legal_route"} & set(heard), heard
    # a question that names the step is still one
    asked = _heard("de", "Sollen wir das wirklich über den Anwalt klären, oder zahlen Sie bis "
                   "Freitag?", learner_turn=5, opened=True)  # fmt: skip
    assert {"threaten_legal", "announce_legal_route"} & set(asked), asked


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V170 p5: empathy 0.95
        ("en", "I'm sorry you feel they moved, but that's what happens when folks load them up "
               "with crates of jars."),
        # V171 04: a rebuttal 0.98, "Sachlicher Einstieg ohne Vorwurf"
        ("de", "Tut mir leid, wenn Sie das Abnahmeprotokoll nicht richtig gelesen haben, bevor Sie "
               "es unterschrieben haben."),
        # V169 p4: empathy 0.19, 100 gold
        ("en", "Sorry if our invoice was too complicated for you to find."),
    ],
)  # fmt: skip
def test_apologies_that_blame_are_reproaches(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, opened=True, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    assert "empathise" not in heard, heard


def test_checking_inside_the_firm_is_no_reproach() -> None:
    """V171 02: "Ich notiere mir das. Ehrlich gesagt muss ich das erst intern mit der Werkstatt
    besprechen." was blame 0.62, and the customer took offence."""
    line = (
        "Ich notiere mir das. Ehrlich gesagt muss ich das erst intern mit der Werkstatt besprechen."
    )
    heard = _heard("de", line, learner_turn=4, opened=True, objection_raised=True)
    assert "accusatory_opener" not in heard, heard


def test_telling_his_neighbour_in_german_is_unlawful_pressure() -> None:
    """V168 probe 2: "Ich hab übrigens Ihrem Nachbarn, Herrn Schmidt vom Autohaus, schon
    erzählt, dass die Rechnung … noch offen ist" — the reason question, 100 gold."""
    result = _played("de-stammkunde-urlaub", "V168", "p2_01_thirdparty.txt", "01_letter.txt")
    failed = _failed(result)
    assert "no_premature_threat" in failed and failed["no_premature_threat"][0]["critical"]


def test_a_correction_taken_up_names_what_happened() -> None:
    """V168 probe 1: the debrief said "never said it back" to a learner who had read back the
    17th; now it says the correction was taken up and the day never said, held at silver."""
    result = _played("de-behoerde-bestellnummer", "V168", "p1_06_noletter.txt")
    pin = [c for c in _failed(result).get("pin_date", [])]
    assert pin and "berichtigt" in pin[0]["reason"], pin
    assert result["passed"] and result["tier"] == "silver"
