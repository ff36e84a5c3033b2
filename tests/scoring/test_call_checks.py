"""GUIDE §3-§4 whole-call checks, by persona and situation, passing and failing."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import by_id, dispute, ids, play
from tests.scoring.regression import play as play_session
from trainer.scoring import score_call

DE_HELLO = "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik."
DE_OPEN = "Ich rufe wegen der noch offenen Rechnung an."
EN_HELLO = "Hi Tom, it's Sam Whitfield from Whitfield Joinery."
EN_OPEN = "I'm calling about the invoice for the counter, which is still open."


# --- pin_date (apologises) ---------------------------------------------------------------
def test_pin_date_passes_with_a_concrete_date(de, rec_de):
    line = "Können Sie die 2.380 Euro bis zum 4. Dezember überweisen?"
    call = play(de, [DE_HELLO, DE_OPEN, "", line], rec_de)
    check = by_id(score_call(call), "pin_date")
    assert check.passed
    assert line in check.evidence and "04.12.2026" in check.evidence
    assert call.turns[check.turn].text == line


def test_pin_date_evidence_names_the_down_payment_and_the_rest_each_with_its_date(de, rec_de):
    line = "Ich verstehe. Können Sie 300 Euro bis Freitag zahlen und den Rest bis zum 15.?"
    check = by_id(score_call(play(de, [DE_HELLO, DE_OPEN, line], rec_de)), "pin_date")
    assert check.passed
    assert check.evidence.endswith(
        "– Anzahlung: 300,00 € bis 27.11.2026, Rest: 2.080,00 € bis 15.12.2026"
    )


def test_pin_date_evidence_says_right_away_for_a_down_payment_without_a_date(en, rec_en):
    line = "Could you pay £300 now and the rest by the 15th of December?"
    call = play(en, [EN_HELLO, EN_OPEN, "", line], rec_en, persona="apologises")
    check = by_id(score_call(call), "pin_date")
    # the script stops before his answer: proposed, never agreed, no point (thirty-eighth session)
    assert not check.passed and "never agreed" in check.reason
    assert check.evidence.endswith(
        "– down payment: £300.00 right away, rest: £890.00 by 15 December 2026"
    )


def test_pin_date_fails_with_bald(de, rec_de):
    line = "Können Sie das bald überweisen?"
    check = by_id(score_call(play(de, [DE_HELLO, DE_OPEN, "", line], rec_de)), "pin_date")
    assert not check.passed
    assert line in check.evidence
    assert "bald" in check.advice and "überweisen?" in check.better


def test_pin_date_in_english_needs_a_date_not_soon(en, rec_en):
    good = play(en, [EN_HELLO, EN_OPEN, "", "Could you pay the £1,190 by 4 December?"], rec_en,
                persona="apologises")  # fmt: skip
    vague = play(en, [EN_HELLO, EN_OPEN, "", "Could you pay it soon?"], rec_en,
                 persona="apologises")  # fmt: skip
    # Both unanswered, so neither earns the point (a day never agreed is no result); the day
    # is named as proposed, "soon" as no day at all.
    proposed = by_id(score_call(good), "pin_date")
    assert "never agreed" in proposed.reason and "4 December" in proposed.evidence
    check = by_id(score_call(vague), "pin_date")
    assert not check.passed and "“Soon” is not a promise" in check.advice


def test_pin_date_needs_the_amount_when_part_payments_were_discussed(de):
    call = play(
        de,
        [(DE_HELLO, ["greeting_identify"]), (DE_OPEN, ["neutral_opener_open_invoice"]), "",
         ("Wollen wir das in Raten machen?", ["propose_instalments"]),
         ("Die erste dann bis Freitag?", ["fix_payment_date"], {"date": "2026-11-27"})],
    )  # fmt: skip
    check = by_id(score_call(call), "pin_date")
    assert not check.passed and "welcher Betrag" in check.reason


# --- down_payment, date_for_rest (cash_problems) -----------------------------------------
def test_down_payment_and_date_for_rest_pass(en, rec_en):
    call = play(
        en,
        [EN_HELLO, EN_OPEN, "", "I understand, that sounds like a tough autumn.",
         "Could you pay £300 now as a first payment?",
         "And the remaining £890 by the 18th of December?"],
        rec_en,
    )  # fmt: skip
    result = score_call(call)
    assert by_id(result, "down_payment").passed
    rest = by_id(result, "date_for_rest")
    assert rest.passed and "18th of December" in rest.evidence
    assert "pin_date" not in ids(result)  # not this persona's check


def test_pushing_for_the_full_amount_fails_down_payment(en, rec_en):
    call = play(en, ["Hi, Sam from Whitfield Joinery, I'm calling about the open invoice.",
                     "Can you pay the full amount by Friday?"], rec_en)  # fmt: skip
    result = score_call(call)
    assert not by_id(result, "down_payment").passed
    assert not by_id(result, "date_for_rest").passed


def test_down_payment_without_a_date_for_the_rest_fails_date_for_rest(de):
    call = play(
        de,
        [(DE_HELLO, ["greeting_identify"]),
         ("Können Sie heute 500 Euro anzahlen?", ["request_down_payment"],
          {"amount": 500.0, "date": "2026-11-26"}),
         ("Gut, dann tschüss.", ["close_politely"])],
        persona="cash_problems",
    )  # fmt: skip
    result = score_call(call)
    assert by_id(result, "down_payment").passed
    rest = by_id(result, "date_for_rest")
    assert not rest.passed
    assert "500 Euro" in rest.evidence and rest.turn == 3
    assert "Rest" in rest.advice


def test_down_payment_and_rest_in_one_german_line(de, rec_de):
    line = "Können Sie heute 500 Euro anzahlen und den Rest bis 15. Dezember?"
    result = score_call(play(de, [DE_HELLO, line], rec_de, persona="cash_problems"))
    assert by_id(result, "down_payment").passed
    rest = by_id(result, "date_for_rest")
    # the rest's day is read (its own line is the evidence), not agreed: no point yet
    assert rest.turn is not None and "nie vereinbart" in rest.reason


# --- no_premature_threat ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "hello", "threat"),
    [("de", DE_HELLO, "Sonst gehe ich vor Gericht!"),
     ("en", EN_HELLO, "Otherwise I'll take you to court.")],
)  # fmt: skip
def test_early_legal_threat_fails_no_premature_threat(request, lang, hello, threat):
    scenario = request.getfixturevalue(lang)
    call = play(scenario, [hello, threat], request.getfixturevalue(f"rec_{lang}"))
    check = by_id(score_call(call), "no_premature_threat")
    assert not check.passed and threat in check.evidence


def test_calm_call_passes_no_premature_threat(de, rec_de):
    check = by_id(score_call(play(de, [DE_HELLO, DE_OPEN, ""], rec_de)), "no_premature_threat")
    assert check.passed and check.turn is None


# --- confirm_in_writing (agreement reached) --------------------------------------------
def test_confirm_in_writing_in_the_call(de, rec_de):
    steps = [DE_HELLO, DE_OPEN, "", "Schaffen Sie die Überweisung bis Freitag?"]
    confirm = "Ich schicke Ihnen das noch kurz per Mail zur Bestätigung."
    confirmed = play(de, [*steps, confirm, "Vielen Dank, auf Wiederhören!"], rec_de)  # fmt: skip
    assert confirmed.outcome == "promise_to_pay"
    assert by_id(score_call(confirmed), "confirm_in_writing").passed
    silent = play(de, [*steps, "Vielen Dank, Herr Müller, und einen schönen Tag noch!"], rec_de)
    assert silent.outcome == "promise_to_pay"
    check = by_id(score_call(silent), "confirm_in_writing")
    assert not check.passed and "E-Mail" in check.better


def test_confirm_in_writing_not_listed_without_agreement(de, rec_de):
    call = play(de, [DE_HELLO, DE_OPEN, "", "Alles klar, tschüss dann."], rec_de)
    assert call.outcome != "promise_to_pay"
    assert "confirm_in_writing" not in ids(score_call(call))


# --- objections (disputes) ----------------------------------------------------------------
HELLO = ("Anna Berger von Berger Elektrotechnik.", ["greeting_identify"])
OPEN = ("Ich rufe wegen der offenen Rechnung an.", ["neutral_opener_open_invoice"])
ASK = ("Was genau funktioniert denn nicht?", ["clarify_objection"])
REBUT = ("Die Abnahme haben Sie aber ohne Mängel unterschrieben.", ["rebut_unjustified_objection"])
COMPROMISE = ("Wir bessern das kostenlos nach.", ["offer_compromise"])


def test_clarify_objection_passes_when_asked_first():
    result = score_call(play(dispute(), [HELLO, OPEN, "", ASK, COMPROMISE]))
    check = by_id(result, "clarify_objection")
    assert check.passed and ASK[0] in check.evidence


def test_clarify_objection_fails_when_arguing_at_once():
    result = score_call(play(dispute(justified=False), [HELLO, OPEN, "", REBUT]))
    check = by_id(result, "clarify_objection")
    assert not check.passed and REBUT[0] in check.evidence


def test_justified_objection_needs_a_compromise():
    good = score_call(play(dispute(justified=True), [HELLO, OPEN, "", ASK, COMPROMISE]))
    assert by_id(good, "handle_objection").passed
    bad = by_id(score_call(play(dispute(justified=True), [HELLO, OPEN, "", ASK, REBUT])),
                "handle_objection")  # fmt: skip
    assert not bad.passed and REBUT[0] in bad.evidence
    assert "berechtigt" in bad.advice and "Steckdosen" in bad.advice


def test_unjustified_objection_is_rebutted_not_conceded():
    good = score_call(play(dispute(justified=False), [HELLO, OPEN, "", ASK, REBUT]))
    check = by_id(good, "handle_objection")
    assert check.passed and "Abnahme" in check.better
    bad = by_id(score_call(play(dispute(justified=False), [HELLO, OPEN, "", ASK, COMPROMISE])),
                "handle_objection")  # fmt: skip
    assert not bad.passed and "nachgegeben" in bad.reason


WEAK = {"evidence": "weak", "costs_exceed_award": True}


def test_a_rebuttal_without_proof_clears_nothing_up():
    """Weak evidence (third outside audit, D6): contradicting the customer is no "cleared up
    with facts"; the compromise was due — and after the rebuttal it still counts."""
    weak = dispute(justified=False, case=WEAK)
    bare = by_id(score_call(play(weak, [HELLO, OPEN, "", ASK, REBUT])), "handle_objection")
    assert not bare.passed and "ohne Beleg" in bare.reason and REBUT[0] in bare.evidence
    assert "mit Fakten ausgeräumt" not in bare.reason
    steps = [HELLO, OPEN, "", ASK, REBUT, COMPROMISE]
    assert by_id(score_call(play(weak, steps)), "handle_objection").passed


def test_the_english_rebuttal_without_proof_says_so():
    """The audit's call 09 (en-handyman-waive): no job sheet, no photo, 'I checked them'."""
    lines = [
        "Hello Ms Moore, Gareth here from Lewis Handyman Services.",
        "I'm calling about the open invoice LHS-077 for the shelves.",
        "",
        "The shelves were level and firm when I left, I checked them myself.",
    ]
    result = play_session({"scenario": "en-handyman-waive", "seed": 1, "lines": lines})
    check = by_id(result, "handle_objection")
    assert check["passed"] is False
    assert check["reason"].startswith("Contradicted the objection without proof")


def test_objection_checks_not_listed_when_no_objection_was_raised(de, rec_de):
    result = score_call(play(de, [DE_HELLO, DE_OPEN, ""], rec_de))
    assert "clarify_objection" not in ids(result) and "handle_objection" not in ids(result)


# --- next_step (after a failed call) ----------------------------------------------------
LEGAL = ("Dann werde ich das gerichtliche Mahnverfahren einleiten.", ["announce_legal_route"])
BYE = ("Dann tschüss.", ["close_politely"])


def test_legal_route_after_failure_with_evidence_passes_next_step():
    call = play(dispute(justified=False), [HELLO, OPEN, "", ASK, REBUT, LEGAL])
    assert call.outcome == "legal_route"
    result = score_call(call)
    check = by_id(result, "next_step")
    assert check.passed and LEGAL[0] in check.evidence
    # Announced calmly after the customer refused: not a premature threat.
    assert by_id(result, "no_premature_threat").passed


def test_legal_route_with_weak_evidence_and_high_costs_fails_next_step():
    weak = dispute(justified=False, case={"evidence": "weak", "costs_exceed_award": True})
    check = by_id(score_call(play(weak, [HELLO, OPEN, "", ASK, REBUT, LEGAL])), "next_step")
    assert not check.passed and "verzichten" in check.advice


def test_waiving_with_weak_evidence_passes_next_step():
    weak = dispute(justified=False, case={"evidence": "weak", "costs_exceed_award": True})
    waive = (
        "Gut, dann verzichten wir auf die Forderung, ein Verfahren lohnt sich für den Betrag "
        "nicht. Tschüss.",
        ["close_politely"],
    )
    check = by_id(score_call(play(weak, [HELLO, OPEN, "", ASK, REBUT, waive])), "next_step")
    assert check.passed and "verzichten" in check.evidence


def test_a_waiver_without_a_reason_is_no_reasoned_waiver():
    """GUIDE §6 asks for a reasoned waiver (forty-first audit: "Okay. Forget it then, I'll
    write it off. You don't need to pay." passed as "court would not pay off here")."""
    weak = dispute(justified=False, case={"evidence": "weak", "costs_exceed_award": True})
    waive = ("Gut, dann verzichten wir auf die Forderung. Tschüss.", ["close_politely"])
    check = by_id(score_call(play(weak, [HELLO, OPEN, "", ASK, REBUT, waive])), "next_step")
    assert not check.passed and "ohne Begründung" in check.reason


def test_no_next_step_after_failure_fails():
    check = by_id(score_call(play(dispute(justified=False), [HELLO, OPEN, "", ASK, REBUT, BYE])),
                  "next_step")  # fmt: skip
    assert not check.passed and "Mahnverfahren" in check.better


def test_next_step_not_listed_after_an_agreement(de, rec_de):
    call = play(de, [DE_HELLO, DE_OPEN, "", "Schaffen Sie die Überweisung bis Freitag?"], rec_de)
    assert "next_step" not in ids(score_call(call))
