"""Fifty-eighth session: the start round V268–V271 and the leads the last round left — a
mock apology for what he forgot himself, a thought broken off and dropped, a day corrected with
"no, let's say", a fee or a flat refusal credited as objection handling, the legal route said as
an ultimatum or as unlawful pressure, the refused down payment said again before uneven parts,
a week in the letter for a promised day, a third party told beside a lawyer, a wish held
against him, blame put on his side by a guess, and a veiled "anders regeln"
(benchmarks/README.md, "Fifty-eighth session")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner, _script
from tests.scenarios.test_customer_v43 import _heard
from trainer.understanding import load_recogniser
from trainer.understanding.facts import extract_facts
from trainer.understanding.pressure import unlawful_pressure
from trainer.understanding.retraction import dropped_thought_end
from trainer.understanding.types import TENTATIVE

DAY = dt.date(2026, 12, 7)


def _customer(result: dict[str, Any]) -> list[str]:
    return [t["text"] for t in result["turns"] if t["speaker"] == "customer"]


def _check(result: dict[str, Any], check: str) -> dict[str, Any]:
    return next(c for c in result["checks"] if c["id"] == check)


# --- reproaches said as an apology, a wish or a guess -------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V264 09: empathy 0.96, and the call passed 87
        ("en", "Sorry Helen, but I'm sorry you've forgotten your own email."),
        ("en", "I'm sorry you forgot your own order, to be fair."),
        ("de", "Tut mir leid, dass Sie Ihre eigene Mail vergessen haben."),
        # V268 08 and p6: empathy 0.98, 86 silver
        (
            "en",
            "Well, these things happen, I suppose, though it would have been nice to hear from "
            "you.",
        ),
        ("en", "A quick call would've been nice, to be honest."),
        ("de", "Na ja, kann passieren, aber es wäre schön gewesen, wenn Sie sich gemeldet hätten."),
        ("de", "Ein kurzer Anruf wäre nett gewesen."),
        # V270 12: empathy and a rebuttal, "A factual opening without blame"
        (
            "en",
            "oh no, im really sorry about that. but gareth said they were totaly fine when he "
            "left, so maybe someone leaned on them?",
        ),
        ("de", "Oh, das tut mir leid. Aber vielleicht hat sich ja jemand draufgesetzt?"),
    ],
)
def test_blame_said_as_an_apology_a_wish_or_a_guess_is_blame(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I'm sorry you forgot about the invoice, happens to all of us."),
        ("en", "These things happen, no worries at all."),
        ("en", "It would be nice to hear from you by Friday."),
        ("de", "Tut mir leid, dass Sie die Rechnung vergessen haben, kann passieren."),
        ("de", "Es wäre schön, wenn Sie bis Freitag zahlen."),
        ("en", "Maybe someone could take a look at it with you next week."),
    ],
)
def test_kind_words_beside_those_shapes_stay_kind(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) < TENTATIVE, heard


def test_a_mock_apology_fails_the_call_it_passed() -> None:
    """V264 09: "Sorry Helen, but I'm sorry you've forgotten your own email" passed 87."""
    result = _played("en-web-studio-unjustified", "V264", "09_adelaide_office.txt")
    assert result["passed"] is False
    assert "forgotten your own email" in _failed(result)["no_accusation"][0]["evidence"]


def test_a_wish_held_against_the_regular_costs_the_call() -> None:
    """V268 08: the dig read as sympathy, and the call passed at 71 (its auditor: fail)."""
    result = _played("en-florist-forgot", "V268", "08_welsh_florist.txt", "08_letter.txt")
    assert result["passed"] is False
    assert "no_accusation" in _failed(result)


# --- what he said before is held against him ---------------------------------------------------
def test_what_he_said_before_is_still_held_against_him() -> None:
    heard = _heard("de", "Aber Sie haben gesagt, das Geld kommt diese Woche.", learner_turn=4)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


# --- a thought broken off and dropped offers nothing ---------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        # V264 12: a compromise 0.92, credited in handle_objection
        ("en", "I could come back and – actually, sorry, no, never mind.", None),
        (
            "en",
            "We could knock 50 off – no, scratch that. Full amount by Friday?",
            "fix_payment_date",
        ),
        (
            "de",
            "Wir könnten Ihnen 100 Euro nachlassen – ach nee, vergessen Sie's. Bis wann können "
            "Sie zahlen?",
            "fix_payment_date",
        ),
    ],
)
def test_an_offer_in_a_dropped_thought_is_not_made(lang: str, line: str, kept: str | None) -> None:
    heard = _heard(lang, line, learner_turn=5, objection_raised=True)
    assert "offer_compromise" not in heard and "offer_solution" not in heard, heard
    if kept is not None:
        assert kept in heard, heard
    facts = load_recogniser(lang).recognise(line, call_date=DAY).facts
    assert not [f for f in facts if f.kind == "amount"], facts


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "never mind the invoice number, when can you pay?"),
        ("en", "Anyway, never mind that, I'm sure you've got plenty on."),
        ("de", "Das geht doch nicht."),
        ("de", "Das ist doch nicht so schlimm."),
    ],
)
def test_no_thought_is_dropped_without_the_words_for_it(lang: str, line: str) -> None:
    assert dropped_thought_end(line, lang) is None


def test_a_dropped_offer_earns_no_compromise_in_the_call() -> None:
    result = _played("en-handyman-waive", "V264", "12_nervous_trainee.txt")
    handle = _check(result, "handle_objection")
    assert handle["passed"] is False, handle
    assert result["passed"] is False


# --- a day corrected with "no, let's say" --------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "days"),
    [
        # V264 07: both days stayed, and the customer answered the first
        (
            "Grand. And the rest, that's £815, by Friday the 8th of January – no, let's say "
            "Thursday the 31st of December, before the new year?",
            ["2026-12-31"],
        ),
        ("Den Rest bis 15. Januar – nein, sagen wir 30. Dezember?", ["2026-12-30"]),
        # no correction: both days stay
        ("£400 by the 11th and the rest by the 8th of January", ["2026-12-11", "2027-01-08"]),
    ],
)
def test_a_day_taken_back_with_lets_say_is_gone(line: str, days: list[str]) -> None:
    found = [str(f.value) for f in extract_facts(line, DAY) if f.kind == "date"]
    assert found == days


# --- a fee, a flat refusal and an ultimatum are no handling of the objection ---------------------
def test_an_invented_fee_is_no_compromise() -> None:
    """V265 06: a threat 0.90 and a compromise 0.43, credited "Auf den berechtigten Einwand
    mit einem Kompromiss reagiert"."""
    line = "Ab nächster Woche kommen 50 Euro Bearbeitungsgebühr pro Mahnung dazu."
    heard = _heard("de", line, learner_turn=5, objection_raised=True)
    assert "offer_compromise" not in heard and "threaten_legal" in heard, heard
    result = _played("de-maler-berechtigter-einwand", "V265", "06_hannover_maler.txt")
    assert _check(result, "handle_objection")["passed"] is False


def test_a_flat_refusal_asks_nothing() -> None:
    """V265 p2: "Die Arbeit war in Ordnung, die Rechnung bleibt, wie sie ist." passed
    clarify_objection ("Beim Einwand genau nachgefragt")."""
    result = _played("de-maler-berechtigter-einwand", "V265", "p2_no_fee.txt")
    assert _check(result, "clarify_objection")["passed"] is False
    assert _check(result, "handle_objection")["passed"] is False


def test_the_legal_route_as_an_ultimatum_is_no_result() -> None:
    """V269 03: "4.760 € bis Freitag. Sonst sehen wir uns vor Gericht." after his refusal
    passed 88 as "den richtigen nächsten Schritt angekündigt" (its auditor: fail)."""
    result = _played("de-hausverwaltung-rechtsweg", "V269", "03_rostock_rechtsweg.txt")
    assert result["passed"] is False
    outcome = _check(result, "outcome")
    assert outcome["passed"] is False and "Ultimatum" in outcome["reason"], outcome
    assert "Gericht" in outcome["evidence"]
    assert _check(result, "next_step")["passed"] is False


def test_unlawful_pressure_is_no_calm_legal_route() -> None:
    """V269 p1: the SCHUFA threat failed the call, and next_step and outcome praised
    "Rechtsweg sachlich angekündigt" in the same debrief."""
    result = _played("de-hausverwaltung-rechtsweg", "V269", "p1_polite_schufa.txt")
    failed = _failed(result)
    assert {"no_premature_threat", "next_step", "outcome"} <= set(failed), failed
    assert not any("sachlich" in c["reason"] for c in result["checks"] if c["passed"])


def test_the_same_step_said_calmly_is_the_result() -> None:
    """The guard: the calm announcement in the ultimatum's place passes next_step and the
    outcome, with its own words as the evidence."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    lines = _script("V269", "03_rostock_rechtsweg.txt")
    at = next(i for i, ln in enumerate(lines) if "Gericht" in ln)
    calm = (
        "Schade, dass wir uns nicht einigen konnten. Ich werde die Forderung nun im "
        "gerichtlichen Mahnverfahren geltend machen."
    )
    runner.play([*lines[:at], calm])
    result = runner.session.finish()
    step = _check(result, "next_step")
    assert step["passed"] is True and "Mahnverfahren" in step["evidence"], step
    assert _check(result, "outcome")["passed"] is True


# --- the refused down payment said again before parts of different sizes -------------------------
def test_the_chip_shop_owner_echoes_the_parts_he_heard() -> None:
    """V269 10: "£1,000 on Friday, then £760 on the 8th of January and £1,000 on the 5th of
    February" after he refused the £1,000 got "2 times £1,000.00 — and the £1,000.00 up
    front?"."""
    result = _played("en-chippy-instalments", "V269", "10_texas_chippy.txt", "10_letter.txt")
    said = _customer(result)
    after = said[said.index(next(s for s in said if s.startswith("2 times £880.00"))) + 1]
    assert "2 times £1,000.00" not in after, after
    assert after.startswith("The £1,000.00 up front"), after


# --- the letter's week against his day -----------------------------------------------------------
def test_a_week_in_the_letter_that_misses_his_day_is_a_wrong_day() -> None:
    """V271 11: "… you pay the invoice LHS-077 of £180.00 next week." for his 10 December cost
    a third of a point, 91 silver (its auditor: fail)."""
    result = _played("en-handyman-waive", "V271", "11_spanish_english.txt", "11_letter.txt")
    assert result["passed"] is False
    (day,) = [c for c in _failed(result)["confirm_in_writing"] if "next week" in c["reason"]]
    assert "10 December 2026" in day["reason"]
    assert "confirm_in_writing" in result["critical"]


# --- the re-send asked about and offered in one line ---------------------------------------------
def test_the_resend_offered_after_a_question_is_the_resend() -> None:
    """V265 12: "ok what exactly do you need from me so it can be approved i can send it over
    today" was the reason question and a date; the invoice never went, 50."""
    result = _played("en-logistics-approval", "V265", "12_stt_logistics.txt", "12_letter.txt")
    assert result["passed"] is True
    assert any("15 December" in s for s in _customer(result))


# --- third parties told beside a lawyer ----------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "found"),
    [
        # V270 09: "Threatened legal action" only
        (
            "en",
            "If it isn't in my account by Friday, my lawyer files in court on Monday, and I'll "
            "tell every supplier at the Bristol depot how Northwind pays its bills.",
            True,
        ),
        ("de", "Ich sage jedem Lieferanten, wie Sie zahlen.", True),
        ("en", "I told all the suppliers we would pay them on Friday", False),
        ("en", "We send every customer a reminder after 30 days.", False),
    ],
)
def test_every_supplier_told_how_he_pays(lang: str, line: str, found: bool) -> None:
    assert (unlawful_pressure(line, lang) is not None) is found


def test_a_third_party_beside_a_lawyer_fails_the_call() -> None:
    result = _played("en-logistics-approval", "V270", "09_newyork_caterer_logistics.txt")
    (threat,) = _failed(result)["no_premature_threat"]
    assert threat.get("critical") is True and "third parties" in threat["reason"], threat


# --- a veiled "anders regeln" --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V271 p3: small talk and a threat 0.24, 100 gold
        ("de", "Wäre ja schade, wenn wir das am Ende anders regeln müssten, nicht wahr?"),
        ("en", "It'd be a shame if we had to sort this out another way, wouldn't it?"),
    ],
)
def test_a_shame_if_we_had_to_settle_it_otherwise_is_a_threat(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=5)
    assert heard.get("threaten_legal", 0.0) >= TENTATIVE, heard


def test_a_shame_about_a_date_is_no_threat() -> None:
    heard = _heard("de", "Schade, wenn wir den Termin anders legen müssten.", learner_turn=5)
    assert "threaten_legal" not in heard, heard


# --- a fee written into the letter is named as one -----------------------------------------------
def test_a_fee_in_the_letter_is_named_and_no_wrong_sum() -> None:
    """V270 p2: "… zuzüglich einer Bearbeitungsgebühr von 25,00 € (insgesamt 2.405,00 €)" was
    "Unzulässiger Druck im Schreiben" and "Im Schreiben steht 25,00 €" for a letter that names
    the agreed 2.380,00 €."""
    result = _played("de-stammkunde-urlaub", "V270", "p2_fee_letter_de.txt", "p2_letter_fee.txt")
    assert result["passed"] is False
    (fee,) = _failed(result)["no_premature_threat"]
    assert "erfundene Gebühr im Schreiben" in fee["reason"] and fee.get("critical") is True
    assert not any("25,00" in c["reason"] for c in _failed(result).get("confirm_in_writing", []))


def test_the_question_and_the_resend_in_one_line_are_both_heard() -> None:
    """V210 10: "Is there anything missing on our side …? I'll gladly resend the invoice today
    with everything on it." — once the re-send read second he answered only the question,
    forgot the offer, and could not give the run asked next (98 → 50 in this session's
    replays, before the clerk's state took the offer up with the question)."""
    result = _played("en-logistics-approval", "V210", "10_filipino_va.txt", "10_letter.txt")
    said = _customer(result)
    assert any(s.startswith("It just needs the PO number — 4500-7781. Send it over") for s in said)
    assert any("Our next payment run is on 15 December" in s for s in said), said
    assert result["passed"] is True
