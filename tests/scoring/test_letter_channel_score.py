"""The channel decision, the confirmation letter, and how checks become a score."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import ROOT, run_trainer
from tests.scoring.helpers import by_id, ids, play
from trainer.scoring import channel_check, check_letter, draft_letter, score_call
from trainer.scoring.results import FeedbackCheck

DE_GOOD = [
    "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
    "Ich rufe wegen der noch offenen Rechnung an.",
    "",
    "Können Sie die 2.380 Euro bis zum 4. Dezember überweisen?",
    "Vielen Dank, auf Wiederhören!",
]
EN_PLAN = [
    "Hi Tom, it's Sam Whitfield from Whitfield Joinery.",
    "I'm calling about the invoice for the counter, which is still open.",
    "",
    "I understand, that sounds like a tough autumn.",
    "Could you pay £300 now as a first payment?",
    "And the remaining £890 by the 18th of December?",
    "Thanks Tom, speak soon.",
]


# --- channel (GUIDE §1) ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "right", "wrong"),
    [("regular", "call", "written"), ("first_time", "call", "written"),
     ("large_company", "written", "call"), ("authority", "written", "call")],
)  # fmt: skip
@pytest.mark.parametrize("lang", ["de", "en"])
def test_channel_per_customer_type(request, lang, kind, right, wrong):
    base = request.getfixturevalue(lang)
    scenario = base.model_copy(update={"customer": base.customer.model_copy(update={"type": kind})})
    good, bad = channel_check(scenario, right), channel_check(scenario, wrong)
    assert good.id == bad.id == "channel"
    assert good.passed and not bad.passed
    assert good.turn is None and good.weight == 1.0
    # The advice says why, from the article.
    why = {"regular": ("schweres Geschütz", "heavy artillery"),
           "first_time": ("Urlaub", "holiday"),
           "large_company": ("Buchhaltung", "accounts payable"),
           "authority": ("Buchhaltung", "accounts payable")}[kind]  # fmt: skip
    assert why[0 if lang == "de" else 1] in bad.advice


def test_channel_is_scored_when_the_learner_chose(de, rec_de):
    call = play(de, DE_GOOD, rec_de)
    assert "channel" not in ids(score_call(call))
    result = score_call(call, channel="written")
    assert not by_id(result, "channel").passed
    assert result.checks[0].id == "channel"


# --- the letter (GUIDE §4) -----------------------------------------------------------
def test_draft_letter_is_the_articles_model_filled_from_the_call(de, rec_de):
    call = play(de, DE_GOOD, rec_de)
    letter = draft_letter(call, gaps=False)
    assert letter.startswith("Sehr geehrter Herr Müller,")
    assert "herzlichen Dank für das freundliche Gespräch" in letter
    assert "Rechnung Nr. 2026-117" in letter and "2.380,00 €" in letter
    assert "04.12.2026" in letter and "weitere Zusammenarbeit" in letter
    assert all(c.passed for c in check_letter(call, letter))


def test_letter_without_date_loses_only_that_part(de, rec_de):
    call = play(de, DE_GOOD, rec_de)
    text = "Sehr geehrter Herr Müller, vielen Dank für das Gespräch. Rechnung 2026-117."
    checks = {c.part: c for c in check_letter(call, text)}
    assert checks["thanks"].passed and checks["invoice_number"].passed
    assert not checks["date"].passed and "04.12.2026" in checks["date"].evidence
    assert sum(c.weight for c in checks.values()) == pytest.approx(1.0, abs=1e-3)
    result = score_call(call, letter=text)
    letter_checks = [c for c in result.checks if c.id == "confirm_in_writing"]
    assert len(letter_checks) == 3 and all(c.turn is None for c in letter_checks)


def test_instalment_letter_has_terms_and_countersignature(en, rec_en):
    call = play(en, EN_PLAN, rec_en)
    assert call.outcome == "down_payment_and_plan"
    letter = draft_letter(call, gaps=False)
    assert "£300.00" in letter and "£890.00 by 18 December 2026" in letter
    assert "signature" in letter
    checks = {(c.id, c.part): c for c in check_letter(call, letter)}
    assert checks[("instalment_terms", None)].passed
    assert checks[("countersign", None)].passed
    bare = "Dear Mr Hughes, thank you for the call about INV-0412. See you."
    checks = {(c.id, c.part): c for c in check_letter(call, bare)}
    assert not checks[("instalment_terms", None)].passed
    assert "£890.00" in checks[("instalment_terms", None)].evidence
    assert not checks[("countersign", None)].passed


def test_in_call_countersign_request_counts_without_a_letter(en, rec_en):
    steps = [*EN_PLAN[:-1], "I'll put that in an email for you to sign and send back.",
             EN_PLAN[-1]]  # fmt: skip
    result = score_call(play(en, steps, rec_en))
    assert by_id(result, "countersign").passed
    assert by_id(result, "confirm_in_writing").passed


def test_a_sign_of_good_will_is_no_request_to_sign(en, rec_en):
    # Third outside audit: "sign" alone matched "as a sign of good will" and passed the check.
    steps = [*EN_PLAN[:-1], "Thanks, and think of it as a sign of good will on both sides.",
             EN_PLAN[-1]]  # fmt: skip
    result = score_call(play(en, steps, rec_en))
    assert not by_id(result, "countersign").passed


# --- score, weights, pass mark, tiers --------------------------------------------------
def test_score_is_the_weighted_share_and_tier_follows(de, rec_de):
    result = score_call(play(de, DE_GOOD, rec_de))
    # Everything but confirm_in_writing (weight 1 of 14, outcome weighs 4) passed.
    assert not by_id(result, "confirm_in_writing").passed
    assert by_id(result, "outcome").passed and by_id(result, "outcome").critical
    # 93 is gold by the share, but an agreement left unconfirmed keeps at most silver
    # (GUIDE §4, the standard close; third outside audit D8).
    assert result.score == 93 and result.passed and result.tier == "silver"
    assert result.tier_cap is not None and result.tier_cap.check == "confirm_in_writing"


def test_rubric_weights_pass_mark_and_tiers_are_the_scenarios(de, rec_de):
    rubric = de.rubric.model_copy(
        update={"checks": {"confirm_in_writing": 8, "no_premature_threat": 0},
                "pass_mark": 95, "tiers": {"bronze": 10, "silver": 40, "gold": 99}}
    )  # fmt: skip
    scenario = de.model_copy(update={"rubric": rubric})
    result = score_call(play(scenario, DE_GOOD, rec_de))
    assert "no_premature_threat" not in ids(result)  # weight 0 disables
    assert by_id(result, "confirm_in_writing").weight == 8
    # 11 of 19 passed: identify 1, opening 2+2, pin_date 2, outcome 4
    assert result.score == 58
    # Tiers are for passed calls only (GUIDE §6).
    assert result.passed is False and result.tier is None


def test_feedback_names_the_line_for_every_point(de, rec_de):
    call = play(de, DE_GOOD, rec_de)
    result = score_call(call)
    learner = [t.index for t in call.turns if t.speaker == "learner"]
    assert [f.turn for f in result.feedback] == learner
    for check in result.checks:
        for turn in check.turns:
            entry = next(f for f in result.feedback if f.turn == turn)
            mine = FeedbackCheck(id=check.id, passed=check.passed, reason=check.reason)
            assert mine in entry.checks
    pause = next(f for f in result.feedback if call.turns[f.turn].move == "pause")
    assert pause.checks[0].id == "strategy"


def test_every_check_has_the_contract_fields(en, rec_en):
    result = score_call(play(en, EN_PLAN, rec_en), channel="call", letter="Thanks!")
    for check in result.checks:
        contract = {"id", "passed", "evidence", "advice", "better", "turn", "weight"}
        assert contract <= set(check.to_json())
        assert check.evidence and check.advice and check.better
        assert "{" not in check.advice + check.better + check.evidence


# The coaching texts' keys in every language: tests/core/test_messages.py (the catalogue).


def test_scoring_never_imports_textual():
    code = "import sys, trainer.scoring; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_play_json_carries_opening_checks_score_and_passed(tmp_path):
    script = "\n".join(DE_GOOD) + "\n"
    # the call date pinned: DE_GOOD names "den 4. Dezember", a far date once it has passed
    proc = run_trainer("--transcripts", str(tmp_path), "play", "de-stammkunde-urlaub",
                       "--script", "-", "--json", "--today", "2026-11-26",
                       input=script)  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["opening"]["strategy"] == "let_them_talk"
    assert data["opening"]["score"] == 100
    assert isinstance(data["score"], int) and data["passed"] is True
    for check in data["opening"]["checks"] + data["checks"]:
        assert check["evidence"] and check["advice"]
    pin = by_id(data, "pin_date")
    assert data["turns"][pin["turn"]]["text"] == DE_GOOD[3]


def test_a_promise_in_two_parts_is_confirmed_in_two_parts(de, rec_de):
    # "300 bis Freitag, den Rest bis zum 15." accepted as such: the confirmation names the
    # down payment with its date and the rest with its date, not 2.380 € by the 15th.
    call = play(
        de,
        [
            "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
            "Ich rufe wegen der noch offenen Rechnung an.",
            "",
            "Kein Problem. Schaffen Sie 300 Euro bis Freitag und den Rest bis zum 15. Dezember?",
        ],
        rec_de,
    )
    assert call.agreed_terms and call.agreed_terms.get("now") == 300
    letter = draft_letter(call, gaps=False)
    assert "300,00 € Anzahlung bis zum 27.11.2026" in letter
    assert "den Rest von 2.080,00 € bis zum 15.12.2026" in letter
    assert "über 2.380,00 €" in letter
    assert all(c.passed for c in check_letter(call, letter))
    # The draft the learner edits leaves every amount and date as a gap.
    gapped = draft_letter(call)
    assert "300" not in gapped and "15.12.2026" not in gapped


def test_play_text_names_the_tier_its_cap_and_each_check_not_met(tmp_path):
    """The plain-text run showed only "Score: 93/100 (passed)"; the tier, why it is held
    down and what was missed were only in --json (sixteenth outside audit)."""
    script = "\n".join(DE_GOOD) + "\n"  # no written confirmation: at most silver
    proc = run_trainer("--transcripts", str(tmp_path), "play", "de-stammkunde-urlaub",
                       "--script", "-", "--today", "2026-11-26", input=script)  # fmt: skip
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "(passed, silver)" in out, out
    assert "Höchstens Silber: Die Vereinbarung wurde nicht schriftlich bestätigt." in out, out
    assert "not met: confirm_in_writing" in out, out


def test_a_letter_with_another_day_says_so_and_holds_the_tier(de, rec_de):
    """Twenty-sixth audit: a letter with the 18th for a promise on the 11th lost 2 points as
    "the date is missing" and kept gold."""
    call = play(de, DE_GOOD, rec_de)
    text = (
        "Sehr geehrter Herr Müller, herzlichen Dank für das freundliche Gespräch. Sie hatten "
        "zugesichert, die Rechnung Nr. 2026-117 bis zum 18. Dezember 2026 zu begleichen."
    )
    date = {c.part: c for c in check_letter(call, text)}["date"]
    assert not date.passed and "18.12.2026" in date.reason and "04.12.2026" in date.reason
    # Two weeks off: another promise in writing, which fails the call as a wrong sum does
    # (thirty-eighth session; five audits asked for it, the replay of all audits agreed).
    result = score_call(call, letter=text)
    assert not result.passed and "confirm_in_writing" in result.critical
    # A day off stays the lesser fault: at most silver.
    near = text.replace("18. Dezember", "5. Dezember")
    result = score_call(call, letter=near)
    assert result.tier != "gold" and result.to_json()["tier_cap"]["check"] == "confirm_in_writing"


def test_a_reproach_in_the_letter_costs_as_on_the_phone(de, rec_de):
    """Twenty-sixth audit: "Das ist jetzt das letzte Mal, dass ich dir hinterhertelefoniere"
    in the confirmation kept gold."""
    call = play(de, DE_GOOD, rec_de)
    polite = draft_letter(call, gaps=False)
    assert "no_accusation" not in ids_of(check_letter(call, polite))
    rude = polite + "\nDas ist jetzt das letzte Mal, dass ich Ihnen hinterhertelefoniere."
    blame = [c for c in check_letter(call, rude) if c.id == "no_accusation"]
    assert blame and not blame[0].passed and "hinterhertelefoniere" in blame[0].evidence


def ids_of(checks) -> list[str]:
    return [c.id for c in checks]


def test_a_letter_missing_a_part_costs_its_share_and_no_tier(de, rec_de):
    call = play(de, DE_GOOD, rec_de)
    text = draft_letter(call, gaps=False).replace("Rechnung Nr. 2026-117", "Rechnung")
    result = score_call(call, letter=text)
    assert not by_id_part(result, "invoice_number").passed
    assert "tier_cap" not in result.to_json()


def by_id_part(result, part: str):
    return next(c for c in result.checks if c.id == "confirm_in_writing" and c.part == part)


def test_a_letter_with_a_sum_never_agreed_fails_the_call(de, rec_de):
    """Thirty-sixth audit, probe 6: "3.280,00 €" in the letter for the 2.380 € agreed kept 95
    silver — above the same call with no letter at all."""
    call = play(de, DE_GOOD, rec_de)
    text = (
        "Sehr geehrter Herr Müller, herzlichen Dank für das freundliche Gespräch. Sie hatten "
        "zugesichert, die Rechnung Nr. 2026-117 über 3.280,00 € bis zum 4. Dezember 2026 zu "
        "begleichen."
    )
    wrong = {c.part: c for c in check_letter(call, text)}["amount"]
    assert not wrong.passed and wrong.critical
    assert "3.280,00 €" in wrong.reason and "2.380,00 €" in wrong.reason
    result = score_call(call, letter=text)
    assert not result.passed and "confirm_in_writing" in result.critical
    # The sum agreed (or none, as in the article's model) is no fault.
    right = text.replace("3.280,00", "2.380,00")
    assert "amount" not in {c.part for c in check_letter(call, right)}
    assert score_call(call, letter=right).passed


def test_the_guides_model_sentence_is_no_reproach_when_cut_at_nr(de, rec_de):
    """Sixty-second audit: "Sie hatten zugesichert, die Rechnung Nr. 2026-117 …" was cut after
    "Nr." and the fragment "Sie hatten zugesichert, die Rechnung Nr." failed no_accusation
    (100 gold -> 87 silver); with "offene" before "Rechnung" it had passed."""
    call = play(de, DE_GOOD, rec_de)
    text = (
        "Sehr geehrter Herr Müller,\n\nherzlichen Dank für das freundliche Gespräch heute. Sie "
        "hatten zugesichert, die Rechnung Nr. 2026-117 über 2.380,00 € bis zum 4. Dezember 2026 "
        "zu begleichen.\n\nMit freundlichen Grüßen\nAnna Berger"
    )
    assert "no_accusation" not in ids_of(check_letter(call, text))
    assert score_call(call, letter=text).tier == "gold"


DE_NO_AGREEMENT = [
    "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
    "Ich rufe wegen der noch offenen Rechnung an.",
    "",
    "Vielen Dank, auf Wiederhören!",
]


def test_a_letter_confirming_a_promise_never_given_is_named(de, rec_de):
    """Sixty-second audit: letters after calls without agreement ("Sie hatten zugesichert, …
    6.420,00 € … bis zum 15. Dezember 2026 zu begleichen" after the clerk refused any date; a
    15 % reduction the landlord had rejected) got no comment at all."""
    call = play(de, DE_NO_AGREEMENT, rec_de)
    assert call.outcome not in ("promise_to_pay", "compromise")
    text = (
        "Sehr geehrter Herr Müller,\n\nherzlichen Dank für das Gespräch. Sie hatten zugesichert, "
        "die Rechnung Nr. 2026-117 über 2.380,00 € bis zum 11. Dezember 2026 zu begleichen."
    )
    result = score_call(call, letter=text)
    claimed = [c for c in result.checks if c.id == "confirm_in_writing" and not c.passed]
    assert claimed and "Zusage, die der Kunde im Gespräch nicht gegeben hat" in claimed[0].reason
    assert "Sie hatten zugesichert" in claimed[0].evidence
    assert [c.passed for c in check_letter(call, text) if c.id == "confirm_in_writing"] == [False]
    # "No." of an invoice number is no "no agreement".
    for number in ("No. 2026-117", "No. BE-2026-117"):
        english = f"Thank you for the call. You agreed to pay invoice {number} by 11 December 2026."
        assert "confirm_in_writing" in ids_of(score_call(call, letter=english).checks)
    # What the call did settle, or the next step, may be written down.
    calm = (
        "Sehr geehrter Herr Müller,\n\nda wir keine Einigung erzielt haben, übergeben wir die "
        "Forderung über 2.380,00 € am 15. Dezember 2026 an unseren Anwalt."
    )
    assert "confirm_in_writing" not in ids_of(score_call(call, letter=calm).checks)
