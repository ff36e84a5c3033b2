"""Forty-ninth session: what the outside audits V192–V195 (benchmarks/audits/) found."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import call_checks
from tests.scenarios.test_customer_v36 import _failed, _played, _runner
from tests.scenarios.test_customer_v43 import _heard
from trainer.simulation.terms import read_offer
from trainer.understanding import load_recogniser
from trainer.understanding.pressure import pressure_kind, unlawful_pressure
from trainer.understanding.types import TENTATIVE

DAY = dt.date(2026, 12, 7)

_FLORIST = [
    "Morning Claire, it's Priya Shah from Shah Print Studio.",
    "I'd like to sort out the open invoice with you today, love – I've got a suggestion.",
]


# --- a word of thanks alone takes no leave -----------------------------------------------------
@pytest.mark.parametrize("thanks", ["Ta.", "Thanks.", "Thanks, Claire.", "Thank you very much."])
def test_thanks_while_she_looks_it_up_does_not_end_the_call(thanks: str) -> None:
    """V195 07 and p2: to "SPS-2291? Oh. Hang on …" a "Ta." ended the call as the learner's
    hang-up, and a gold call failed on "you did not negotiate a result"."""
    runner = _runner("en-florist-forgot")
    steps = runner.play([*_FLORIST, thanks])
    assert not runner.session.call.ended, steps[-1].customer
    said = " ".join(steps[-1].customer)
    assert "forgot" in said or "sorry" in said.lower(), said


def test_the_audited_call_with_ta_passes_as_played() -> None:
    result = _played("en-florist-forgot", "V195", "07_leeds_florist.txt", "07_letter.txt")
    assert result["passed"] is True, _failed(result)
    assert result["end_reason"] != "learner_ended"


@pytest.mark.parametrize("line", ["Thanks, bye.", "Thanks for your time, Claire. Bye!"])
def test_thanks_with_a_goodbye_still_ends_the_call(line: str) -> None:
    runner = _runner("en-florist-forgot")
    runner.play([*_FLORIST, line])
    assert runner.session.call.ended


def test_thanks_after_the_deal_is_answered_as_thanks() -> None:
    """The guard: with the deal made, thanks is what it is ("You're welcome."), not a pause."""
    runner = _runner("en-florist-forgot")
    runner.play(
        [*_FLORIST, "", "No bother. Could you pay the £640 by Friday the 11th of December?"]
    )
    assert runner.session.call.agreed_terms is not None
    steps = runner.play(["Thanks, Claire."])
    assert "welcome" in " ".join(steps[-1].customer).lower(), steps[-1].customer


# --- the sum named for the rest is the rest ----------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "That leaves £2,060 for the rest. Would two instalments work, £1,030 on 15 January "
            "and £1,030 on 15 February?",
        ),
        (
            "de",
            "Dann bleiben 2.060 € für den Rest, zwei Raten zu je 1.030 € am 15. Januar und "
            "15. Februar?",
        ),
    ],
)
def test_a_sum_said_for_the_rest_is_no_down_payment(lang: str, line: str) -> None:
    """V193 09 and p1: after the £700 he turned down, "That leaves £2,060 for the rest" made
    the £2,060 a second down payment: "The £2,060.00 up front — I told you …"."""
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    offer = read_offer(recognition, lang, {"now": 700.0}, DAY, 2760.0, dispute=False)
    assert offer.terms.get("now") is None, offer.terms
    assert offer.terms.get("rest") == 2060.0, offer.terms


def test_a_down_payment_before_the_rest_word_stays_one() -> None:
    line = (
        "£700 by Friday and the remaining £2,060 in two instalments on 15 January and 15 February."
    )
    recognition = load_recogniser("en").recognise(line, call_date=DAY)
    offer = read_offer(recognition, "en", {}, DAY, 2760.0, dispute=False)
    assert offer.terms.get("now") == 700.0 and offer.terms.get("rest") == 2060.0, offer.terms


def test_dave_names_the_down_payment_he_refused_not_the_rest() -> None:
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [
            "Hiya Dave, Fiona Walsh here from Walsh Plumbing and Heating.",
            "I'm ringing about the open invoice for the boiler.",
            "",
            "Ah Dave, I hear you, sure it's a hard winter for everyone in the trade.",
            "Could you manage a down payment of £700 this week, by Friday the 11th?",
            "That leaves £2,060 for the rest. Would two instalments work, £1,030 on 15 January "
            "and £1,030 on 15 February?",
        ]
    )
    said = " ".join(steps[-1].customer)
    assert "£2,060.00 up front" not in said, said


# --- a plan of uneven parts stays on the table --------------------------------------------------
def test_dave_answers_the_plan_on_the_table_after_his_question() -> None:
    """V194 11 and p4: after a plan of £755, £755 and £750 for the rest he asked "do you
    actually get what this year's been like for me?"; to the learner's "yes" he said "What did
    you have in mind?" — the plan lost — and the debrief said the lines went past his
    question, quoting the "yes" he had thanked her for."""
    result = _played("en-chippy-instalments", "V194", "11_london_chippy.txt", "11_letter.txt")
    said = " ".join(t["text"] for t in result["turns"] if t.get("speaker") == "customer")
    assert "What did you have in mind" not in said, said
    assert "The £500.00 up front" in said, said
    (outcome,) = _failed(result)["outcome"]
    assert "went past" not in str(outcome), outcome


# --- the customer takes his own offer, not the fallback ----------------------------------------
def test_the_customer_takes_his_own_day_over_the_fallback_offered_beside_it() -> None:
    """V192 05: to his own "Bis Freitag nächster Woche ist das überwiesen", the learner proposed
    the whole sum by that Friday and, if that was too much, 500 € this week and the rest by
    the same day; he took the fallback with both parts on the 18th and the call failed on a
    split nobody asked for. He takes what he offered."""
    result = _played("de-werkstatt-ueberraschung", "V192", "05_basel_werkstatt.txt")
    terms = result["agreed_terms"]
    assert terms.get("now") is None and terms.get("date") == "2026-12-18", terms
    assert "pin_date" not in _failed(result)


# --- an old excuse, heard again, is sarcasm -----------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Das höre ich von Ihnen ja nicht zum ersten Mal."),  # V194 p1: empathy 0.86
        ("de", "Jaja, dat hör ich öfter."),  # V195 03: empathy 0.64
        ("en", "Yeah, I've heard that one before, Dave."),
        ("en", "Right, that's what they all say."),
    ],
)
def test_an_excuse_heard_before_is_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=3, objection_raised=False)
    assert "empathise" not in heard, heard
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Das hören wir öfter, machen Sie sich keine Sorgen."),
        ("en", "Don't worry, I hear that a lot, it happens to everyone."),
    ],
)
def test_you_are_not_the_only_one_stays_sympathy(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=3)
    assert "accusatory_opener" not in heard, heard


def test_the_sarcastic_line_costs_the_regular_customer_call_its_gold() -> None:
    result = _played("de-stammkunde-urlaub", "V194", "p1_sarcasm_01.txt")
    assert "no_accusation" in _failed(result)
    assert result["tier"] != "gold"


# --- a reproach that asks nothing clarifies nothing --------------------------------------------
def test_a_blaming_apology_does_not_clarify_the_objection() -> None:
    """V195 09: "I'm sorry you feel the shelves are wobbly, but sure if you stack the whole
    deli on them that's not on me." was blame 0.86 and clarify_objection 0.65, and passed
    clarify_objection with that line as its evidence."""
    line = (
        "Ah look, I'm sorry you feel the shelves are wobbly, but sure if you stack the whole "
        "deli on them that's not on me."
    )
    heard = _heard("en", line, learner_turn=4, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    assert "clarify_objection" not in heard, heard


@pytest.mark.parametrize(
    "line",
    [
        "Don't you think you overloaded them a bit? What exactly is wobbling?",
        "That's not on us, you overloaded them. Tell me what exactly is wobbling.",
    ],
)
def test_a_reproach_with_a_question_still_asks(line: str) -> None:
    heard = _heard("en", line, learner_turn=4, objection_raised=True)
    assert {"clarify_objection", "ask_reason"} & set(heard), heard


# --- telling his caretaker -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V193 06: clarify_objection 0.63 and no conduct finding
        (
            "de",
            "Ihr Hausmeister hat mir übrigens gestern auch schon erzählt, dass bei Ihnen gerade "
            "einiges liegen bleibt, ich hab ihm gesagt, dass die Rechnung noch offen ist.",
        ),
        ("en", "Your caretaker rang me yesterday, and I told him the invoice is still unpaid."),
    ],
)
def test_telling_someone_of_his_about_the_open_invoice_is_unlawful_pressure(
    lang: str, line: str
) -> None:
    found = unlawful_pressure(line, lang)
    assert found is not None and pressure_kind(found) == "third", found


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Ihr Hausmeister hat mir gesagt, dass Sie diese Woche im Urlaub waren."),
        ("de", "Ihr Chef hat mich angerufen, ich habe ihm gesagt, dass ich mich bei Ihnen melde."),
        ("en", "Your bookkeeper said she'd check, so I told her the invoice number."),
    ],
)
def test_talking_with_his_people_without_the_debt_told_is_no_pressure(lang: str, line: str) -> None:
    assert unlawful_pressure(line, lang) is None, line


def test_telling_the_caretaker_fails_the_call_critically() -> None:
    result = _played("de-hausverwaltung-rechtsweg", "V193", "06_potsdam_hausverwaltung.txt")
    (threat,) = _failed(result)["no_premature_threat"]
    assert threat["critical"] is True, threat


# --- reproaches beside the opener stay reproaches -----------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # Guards for a rule tried and not kept (benchmarks/README.md, forty-ninth session): a
        # part of the line had to be blame at 0.9 or carry a word of reproach before it could
        # take the opener from the line. It made the article's forbidden question (V101 03,
        # V84 04) and "I expected better from you" (V56 11) neutral openers.
        (
            "de",
            "Ich möchte mich erkundigen, warum Sie unsere Rechnung GL-2026-215 über 4.760,00 Euro "
            "bis heute nicht beglichen haben.",
        ),
        (
            "en",
            "Listen, I'm ringing about the boiler invoice, WPH-3310 – it's six weeks overdue "
            "now, Dave, and to be honest I expected better from you.",
        ),
        ("en", "Look, that boiler invoice is six weeks overdue now, Dave, I'm not a bank like."),
    ],
)
def test_a_reproach_beside_the_opener_stays_one(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=2)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    assert "neutral_opener_open_invoice" not in heard, heard


# --- the invoice offered again before the reason, the run asked after ----------------------------
def test_the_clerk_names_the_run_to_a_learner_who_offered_the_invoice_again() -> None:
    """V194 08: "If anything is missing on your side, an approval or a PO number, I'll resend
    the invoice today with exactly what you need." (read first as a question) while he looked
    it up, then "Which payment run could it go into, and what date is that run?" got "I can't
    give you a date until it's approved, I'm afraid." and the call ended without a result."""
    result = _played("en-logistics-approval", "V194", "08_chicago_logistics.txt", "08_letter.txt")
    said = " ".join(t["text"] for t in result["turns"] if t.get("speaker") == "customer")
    assert "I can't give you a date" not in said, said
    assert "Our next payment run is on 15 December" in said, said
    assert result["passed"] is True, _failed(result)


def test_asked_for_the_run_without_the_invoice_offered_he_still_waits_for_it() -> None:
    runner = _runner("en-logistics-approval")
    steps = runner.play(
        [
            "Hi Mark, this is Olivia Grant with Grant Event Catering.",
            "I'm calling about invoice GEC-5521 for £3,850.00.",
            "",
            "",
            "Which payment run could it go into, and what date is that run?",
        ]
    )
    assert "I can't give you a date" in " ".join(steps[-1].customer), steps[-1].customer


# --- the article's forbidden question, with a sum in it ------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the neutral opener 0.85: the sum's dot ended the sentence for the rule that reads
        # "erkundigen, warum … nicht" as blame
        (
            "de",
            "Guten Tag, ich möchte mich erkundigen, warum die Rechnung über 1.428,00 Euro noch "
            "nicht beglichen wurde.",
        ),
        ("en", "I'd like to enquire why invoice GEC-5521 for £3,850.00 has still not been paid."),
    ],
)
def test_the_forbidden_question_with_a_sum_in_it_is_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=2)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


# --- after the end round (V196–V199; not fresh) --------------------------------------------------
def test_the_invoice_offered_once_he_named_the_run_is_answered() -> None:
    """V197 04: "ich schick ihnen die rechnung nochmal mit der bestellnummer, heute noch" after
    "Dann ist sie im nächsten Zahlungslauf dabei, am 10. Dezember." got "Das habe ich jetzt
    nicht ganz verstanden." He says where to, and asks about the run again."""
    runner = _runner("de-behoerde-bestellnummer")
    steps = runner.play(
        [
            "hallo herr schulte, hier ist miriam hofmann von hoffmann it-trainig",
            "ich rufe wegen der noch offenen rechung S-2026-0877 an",
            "",
            "Ich schicke Ihnen die Rechnung heute mit der Bestellnummer noch einmal.",
            "",
        ]
    )
    assert "10. Dezember" in " ".join(steps[-1].customer), steps[-1].customer
    steps = runner.play(["ich schick ihnen die rechnung nochmal mit der bestellnummer, heute noch"])
    said = " ".join(steps[-1].customer)
    assert "nicht ganz verstanden" not in said, said
    assert "rechnungseingang@neuhausen.de" in said, said


def test_a_read_back_says_again_once_more_takes_nothing_off_again() -> None:
    """V199 02: "Also nochmal: Nachbesserung am Donnerstag, 10.12., 150 Euro Nachlass, 3.420
    Euro bis 18. Dezember." took the 150 € off the 3.420 € again ("nochmal" read as a further
    reduction): 3.270 € agreed, and the right letter failed the call critically."""
    result = _played(
        "de-maler-berechtigter-einwand", "V199", "02_rosenheim_maler.txt", "02_letter.txt"
    )
    assert result["agreed_terms"]["amount"] == 3420.0, result["agreed_terms"]
    assert result["passed"] is True, _failed(result)


def test_once_more_before_a_sum_off_is_still_a_further_reduction() -> None:
    line = "Ich zieh Ihnen nochmal 50 Euro ab, also 3.370 Euro bis 18. Dezember."
    recognition = load_recogniser("de").recognise(line, call_date=DAY)
    offer = read_offer(
        recognition,
        "de",
        {"compromise": True, "amount": 3420.0},
        DAY,
        3420.0,
        dispute=True,
        invoice=3570.0,
    )
    assert offer.terms.get("amount") == 3370.0, offer.terms


def test_the_refix_with_a_day_after_her_refusal_is_agreed() -> None:
    """V198 07: "Tell you what, I'll pop back Thursday and re-fix them, no charge, and you
    settle the £180 on Friday once you're happy with them." after "We're done here" got "…
    Fine. Fix them properly and I'll pay. When?" and the call ended without an agreement."""
    result = _played("en-handyman-waive", "V198", "07_newport_handyman.txt")
    assert result["outcome"] == "compromise", result["outcome"]
    assert result["agreed_terms"].get("date") == "2026-12-11", result["agreed_terms"]


def test_the_day_she_asked_for_is_answered_before_the_goodbye() -> None:
    """V198 p3: to her "When?", "Friday the 11th, after I've re-fixed them on Thursday. Cheers,
    Rachel, ta-ra." was heard as the goodbye alone: "Bye then", no agreement."""
    result = _played("en-handyman-waive", "V198", "p3_07_answer_when.txt")
    assert result["outcome"] == "compromise", result["outcome"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I hear you, I really do, but £180 is £180 and I need it paid this week, Rachel."),
        ("de", "Ich verstehe Sie ja, aber 180 Euro sind 180 Euro."),
    ],
)
def test_the_sum_said_twice_is_no_sympathy(lang: str, line: str) -> None:
    """V198 07: empathy 0.95, and nothing in the debrief."""
    assert "empathise" not in _heard(lang, line, learner_turn=5, objection_raised=True)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "Hi Mark, this is Olivia Grant with Grant Event Catering — how's your Monday going?",
        ),
        ("en", "Hope your Friday is going well!"),
        ("de", "Wie war Ihr Wochenende?"),
    ],
)
def test_asking_about_his_day_asks_for_no_payment(lang: str, line: str) -> None:
    """V198 08 and p1: "how's your Monday going?" was a payment date 0.91, and the opening
    failed as "Went straight to a demand"."""
    heard = _heard(lang, line, learner_turn=1)
    assert not {"fix_payment_date", "threaten_legal"} & set(heard), heard


def test_a_day_asked_for_the_payment_stays_a_date() -> None:
    heard = _heard("en", "Could you pay by Monday? How's your week looking?", learner_turn=3)
    assert "fix_payment_date" in heard, heard


def test_the_call_s_result_promised_by_e_mail_is_a_written_confirmation() -> None:
    """V196 05: "… die Unterlagen liegen vor. Ich halte das Ergebnis unseres Gesprächs per
    E-Mail fest." was "Nur die Rechnung geschickt, keine schriftliche Bestätigung" — the
    papers for the court taken for the invoice sent again."""
    result = _played("de-hausverwaltung-rechtsweg", "V196", "05_winterthur_hausverwaltung.txt")
    assert call_checks(result)["confirm_in_writing"]["passed"], _failed(result)
