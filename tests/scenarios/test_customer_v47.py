"""Forty-seventh session: what the outside audits (benchmarks/audits/) found."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v36 import CALL_DAY, _failed, _played, _runner, _script
from tests.scenarios.test_customer_v41 import _customer
from tests.scenarios.test_customer_v43 import _heard
from tests.scenarios.test_customer_v46 import CHIPPY_REFUSED
from trainer.scoring.opening import identified
from trainer.simulation.names import company_words, own_name
from trainer.understanding.facts import extract_facts
from trainer.understanding.pressure import unlawful_pressure
from trainer.understanding.types import TENTATIVE


# --- the better plan for a customer with nothing up front starts after the refused day --------
def _better_plan() -> str:
    result = _played("en-chippy-instalments", "V171", "11r_gore_instalments.txt", "11r_letter.txt")
    (rest,) = _failed(result)["date_for_rest"]
    return str(rest["better"])


def test_the_better_plan_does_not_start_on_the_day_he_refused_a_down_payment() -> None:
    """V171 11r: after "I haven't got £300.00 spare" for "a smaller first payment of £300 by
    Friday 18 December", the better line was "three monthly instalments of £920.00, the first
    by Friday 18 December" — three times the refused sum by the refused day."""
    better = _better_plan()
    assert "£920.00" in better, better
    assert "18 December" not in better, better
    assert "January" in better, better


def test_the_better_plan_is_one_the_customer_agrees_to() -> None:
    """The guard: said as it stands after his refusal, the better line is his plan."""
    steps = _runner("en-chippy-instalments").play([*CHIPPY_REFUSED, _better_plan()])
    assert steps[-1].state == "plan_agreed", (steps[-1].state, steps[-1].customer)


# --- a count said after the monthly sum ----------------------------------------------------------
def test_a_count_said_after_the_monthly_sum_is_a_plan_not_the_whole_sum_by_one_day() -> None:
    """V168 08: "Right, so that's £920 on the 15th of each month, three times, first one on the
    15th of December." was a date for one payment of £920, and the customer answered "The
    whole lot by then? Not a chance." He answers the plan instead."""
    steps = _runner("en-chippy-instalments").play(_script("V168", "08_tenby_chippy.txt")[:6])
    assert "whole lot" not in " ".join(steps[-1].customer), steps[-1].customer
    assert "propose_instalments" in steps[-1].intents, steps[-1].intents


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Right, so that's £920 on the 15th of each month, three times.", 3),
        ("920 Euro monatlich, dreimal, ab dem 15. Dezember.", 3),
        ("£920 a month, 3 times, from the 15th.", 3),
        # the guards: times said of calls, not of payments
        ("I have called you three times about the £920 each month.", None),
        ("I've called three times about the invoice.", None),
    ],
)
def test_a_count_after_a_monthly_sum_is_read(text: str, count: int | None) -> None:
    counts = [f.value for f in extract_facts(text, CALL_DAY) if f.kind == "count"]
    assert counts == ([count] if count else []), counts


# --- a first name typed in lower case, presented by the firm -----------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # V165 02: "Ihr Name fehlt" to a trainee who typed everything in lower case
        ("hallo, hier ist jonas vom grafikbüro vogt, ich bin da der azubi", ("Jonas",)),
        ("hi dave its sam from walsh plumbing", ("Sam",)),
        ("it is mike weber from walsh", ("Mike", "Weber")),
        # the guards: no name in these frames
        ("its me from walsh plumbing", None),
        ("this is about the invoice from march", None),
        ("this is just a quick call from walsh", None),
        ("hier ist die buchhaltung von vogt", None),
        ("its me again", None),
    ],
)
def test_a_lower_case_name_before_the_firm_is_the_callers_name(
    text: str, name: tuple[str, ...] | None
) -> None:
    said = own_name(text, company_words("Vogt Grafikdesign"))
    assert (said.words if said else None) == name, said
    assert identified(text, "Lena Vogt", "Vogt Grafikdesign")[0] is (name is not None)


def test_the_trainee_who_types_in_lower_case_has_given_his_name() -> None:
    """V165 02 as the auditor played it: identify was not met for "hier ist jonas vom
    grafikbüro vogt"; the call still fails (only a call-back)."""
    result = _played("de-erstkunde-rechnung-verloren", "V165", "02_holzminden_mediocre.txt")
    assert "identify" not in _failed(result), _failed(result).get("identify")
    assert result["passed"] is False


# --- the fourth round of audits (V172–V175, at 7fa9f04) ----------------------------------------
def test_asking_why_the_numbered_invoice_is_still_unpaid_is_blame() -> None:
    """V173 10: "I'm calling to find out why invoice GEC-5521 has still not been paid." — the
    article's forbidden opener — was the neutral opener 0.96, "A factual opening without
    blame"."""
    result = _played("en-logistics-approval", "V173", "10_boise_logistics.txt")
    assert "no_accusation" in _failed(result), result["checks"]


@pytest.mark.parametrize(
    "line",
    [
        "I'm calling to find out why invoice GEC-5521 has still not been paid.",
        "Can you tell me why invoice #4471 hasn't been paid yet?",
    ],
)
def test_why_the_invoice_by_its_number_is_unpaid_reads_as_a_reproach(line: str) -> None:
    heard = _heard("en", line, learner_turn=1)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


def test_why_it_is_stuck_in_approval_is_no_reproach() -> None:
    """The guard: a question about the process asks nothing of his conduct."""
    heard = _heard(
        "en",
        "I'm calling to find out why invoice 118 was not paid, is it stuck in approval?",
        learner_turn=1,
    )
    assert heard.get("accusatory_opener", 0.0) < TENTATIVE, heard


def test_the_german_solution_opener_with_wie_is_strategy_two() -> None:
    """V173 03 and p6: "Ich möchte mit Ihnen klären, wie wir die offene Rechnung … bei Ihnen
    durchbekommen. Ich habe einen Vorschlag." (the offer 1.00, the reason question 0.57 for
    its "wie") failed strategy as "Nach dem Grund gefragt"; the English twin passed."""
    for script in ("03_muenchen_behoerde.txt", "p6_muenchen_pause.txt"):
        result = _played("de-behoerde-bestellnummer", "V173", script)
        assert "strategy" not in _failed(result), (script, _failed(result).get("strategy"))


def test_the_refused_first_payment_at_the_head_of_an_uneven_plan_is_turned_down() -> None:
    """V172 07r: after "I haven't got £160.00 spare", "Then monthly: £160 on Friday the 18th
    of December, then £650 on the 15th of January, February, March and April" was five
    payments of £650 (£490 over the invoice), agreed, and the right read-back "corrected"."""
    result = _played("en-chippy-instalments", "V172", "07r_leicester_credit.txt", "07r_letter.txt")
    said = _customer(result)
    assert any("£160.00 up front" in s and "I told you" in s for s in said), said
    assert not any("5 payments of £650.00" in s for s in said), said
    assert result["agreed_terms"] is None or result["agreed_terms"].get("each") != 650.0


def test_the_same_uneven_plan_after_the_whole_sum_was_put_into_parts_is_agreed() -> None:
    """The guard (V121 08r): "the whole £2,760 into monthly instalments: £460 on the 15th of
    December, then £575 on …" after a refused £750 is five parts of his own plan."""
    result = _played("en-chippy-instalments", "V121", "08r_manila_chippy.txt", "08r_letter.txt")
    assert result["agreed_terms"]["parts"] == [460.0, 575.0, 575.0, 575.0, 575.0]


def test_a_reduction_taken_off_the_invoice_leaves_the_rest_to_pay() -> None:
    """V174 p4: "als entschuldigung ziehen wir 150 euro von der rechnung ab" made the 150 €
    the sum to pay; the right read-back of 3.420 € was "corrected" to 150 € and the call
    failed (69, 93 uncapped)."""
    result = _played("de-maler-berechtigter-einwand", "V174", "p4_stuttgart_readback.txt")
    said = _customer(result)
    assert not any("Nein, nicht ganz" in s for s in said), said
    assert result["agreed_terms"].get("amount") != 150.0, result["agreed_terms"]
    assert result["passed"] is True


def test_soon_instead_of_his_day_is_no_promise() -> None:
    """V174 p1: "Nein, bald reicht völlig, Herr Becker, das eilt nicht." to his "Bis Freitag
    nächster Woche ist das überwiesen, passt das?" was sympathy 0.42, he said "Abgemacht,
    bis zum 18.12.2026" and the call passed 93 with a call-back as its end."""
    result = _played("de-werkstatt-ueberraschung", "V174", "p1_passau_bald.txt")
    assert result["passed"] is False
    assert "pin_date" in _failed(result)


def test_yes_to_his_day_is_still_the_promise() -> None:
    """The guard: "Ja passt scho." to the same question is his day taken up."""
    lines = _script("V174", "p1_passau_bald.txt")
    lines = ["Ja passt scho." if ln.startswith("Nein, bald") else ln for ln in lines]
    steps = _runner("de-werkstatt-ueberraschung").play(lines[: lines.index("Ja passt scho.") + 1])
    assert "bis zum 18.12.2026" in " ".join(steps[-1].customer), steps[-1].customer


def test_the_feedback_on_a_day_never_agreed_names_no_he_for_a_woman() -> None:
    """V172 p2, V173 11, V174 08: "a day he turns down is no result; ask what he can do" to
    calls with Claire Dawson — and after she had said yes to part of it."""
    result = _played("en-florist-forgot", "V172", "p2_florist_asap.txt")
    texts = [str(c.get("evidence") or "") + str(c.get("reason") or "") for c in result["checks"]]
    assert not any(" he " in t or " he;" in t for t in texts), texts


def test_swearing_at_her_and_calling_her_a_dodger_is_a_reproach() -> None:
    """V175 p4: "wobbly my arse. ye're just at it to get out of paying" was blame 0.20, and
    no_accusation passed with the neutral opener as its evidence."""
    result = _played("en-handyman-waive", "V175", "p4_handyman_neutral_open.txt")
    assert "no_accusation" in _failed(result), result["checks"]


def test_i_do_get_it_is_understanding() -> None:
    """V174 07r: "I do get it, Dave, honestly — fish up, electric up, and you still opening six
    days a week. I'm not trying to make it harder for you." was small talk in the call (blame
    0.48 as the chip-shop scenario heard it)."""
    lines = _script("V174", "07r_sligo.txt")
    at = next(i for i, ln in enumerate(lines) if ln.startswith("I do get it"))
    steps = _runner("en-chippy-instalments").play(lines[: at + 1])
    assert "empathise" in steps[-1].intents, steps[-1].intents
    assert "accusatory_opener" not in steps[-1].intents, steps[-1].intents


def test_a_court_threat_that_will_affect_her_credit_fails_the_call() -> None:
    """V173 p5: "… take it to the small claims court, and it will affect your credit." was a
    legal threat of weight 2; the guide makes a credit entry used as a threat critical."""
    result = _played("en-handyman-waive", "V173", "p5_lagos_threat_only.txt")
    failed = _failed(result)
    assert failed["no_premature_threat"][0]["critical"], failed["no_premature_threat"]


@pytest.mark.parametrize(
    "line",
    [
        "Paying in instalments won't affect your credit at all.",
        "You could pay it with your credit card.",
    ],
)
def test_credit_named_without_a_threat_is_no_pressure(line: str) -> None:
    assert unlawful_pressure(line, "en") is None


def test_a_read_back_with_a_wrong_sum_in_cents_is_corrected() -> None:
    """V173 06: "also nochmal: 500 bis freitag un 1356,40 bis zum 18. dezember" for his
    1.365,40 € — only the 500 was heard, and the wrong rest went by unnoticed."""
    result = _played("de-werkstatt-ueberraschung", "V173", "06_bautzen_werkstatt.txt")
    said = _customer(result)
    assert any(s.startswith("Nein, nicht ganz") and "1.365,40" in s for s in said), said


# --- the end round (V176–V179, at bb50631) ------------------------------------------------------
def test_the_day_in_the_reason_given_is_not_the_day_asked_for() -> None:
    """V176 03: "… bis Freitag, den 18. Dezember, überweisen? Pardon, ich mein bis Donnerstag,
    den 17. Dezember, weil wir am Freitag zusperren." — she agreed "bis zum 11.12.2026", the
    Friday of the reason, and the right read-back of the 17th failed the call (69)."""
    result = _played("de-maler-berechtigter-einwand", "V176", "03_graz_maler.txt", "03_letter.txt")
    said = _customer(result)
    assert any("bis zum 17.12.2026" in s for s in said), said
    assert not any("11.12.2026" in s for s in said), said
    assert result["passed"] is True


def test_today_in_the_closing_service_question_is_no_payment_day() -> None:
    """V176 p4: "OK so asap then. Is there anything else I can help you with today?" got "Deal.
    £640.00 by 7 December 2026" — asap became the call day, and pin_date passed."""
    result = _played("en-florist-forgot", "V176", "p4_11_asap.txt")
    said = _customer(result)
    assert not any("7 December 2026" in s for s in said), said
    assert "pin_date" in _failed(result)


def test_the_arrival_after_his_payment_run_restates_his_day() -> None:
    """V176 10: "… goes out in your next payment run, with us by 18 December at the latest" for
    his run on the 15th was "No, not quite", and the letter saying the same failed the call
    (69, 98 uncapped). Now it passes; the letter's other day costs a third, not the call."""
    result = _played("en-logistics-approval", "V176", "10_vancouver_logistics.txt", "10_letter.txt")
    said = _customer(result)
    assert not any(s.startswith("No, not quite") for s in said), said
    assert result["passed"] is True
    dated = [c for c in _failed(result).get("confirm_in_writing", []) if c.get("part") == "date"]
    assert dated and not dated[0].get("critical"), dated
    assert "confirm_in_writing" not in (result.get("critical") or []), result.get("critical")


def test_a_day_a_week_past_his_run_is_still_another_day() -> None:
    """The guard: "at the latest" more than ten days after his run is another promise (a week
    and a day is still his run with a margin: V254 06, fifty-sixth session)."""
    from trainer.simulation.terms import arrival_after_run

    run = CALL_DAY.replace(day=15)
    text = "in your next payment run, with us by the 28th at the latest"
    assert arrival_after_run(text, run.replace(day=18), run)
    assert arrival_after_run(text, run.replace(day=23), run)
    assert not arrival_after_run(text, run.replace(day=28), run)
    assert not arrival_after_run("with us by 18 December", run.replace(day=18), run)


def test_our_own_busy_season_again_is_no_reproach() -> None:
    """V176 02 and p3: "Bei uns ist ja jetzt schon wieder Sessionsstress, ich sag's Ihnen." was
    blame 0.69, and the regular took offence at small talk."""
    heard = _heard(
        "de",
        "Hallo Herr Müller, Anna Berger hier, von Berger Elektrotechnik! Na, wie geht's, alles "
        "jeck bei Ihnen? Bei uns ist ja jetzt schon wieder Sessionsstress, ich sag's Ihnen.",
        learner_turn=1,
    )
    assert "accusatory_opener" not in heard, heard


@pytest.mark.parametrize(
    "line",
    [
        "Wir haben schon wieder keine Zahlung von Ihnen bekommen.",
        "Ich muss schon wieder wegen der Rechnung anrufen.",
        "Ich muss Sie schon wieder daran erinnern.",
    ],
)
def test_his_lateness_again_stays_a_reproach(line: str) -> None:
    assert _heard("de", line, learner_turn=1).get("accusatory_opener", 0.0) >= TENTATIVE


def test_refusing_to_redo_the_work_for_nothing_is_no_compromise() -> None:
    """V177 11 and p2: "Aye, well, I cannae do the job twice for nothing. The £180 is due …"
    was a compromise 0.46 and passed handle_objection ("Offered a compromise where your proof
    is thin")."""
    line = (
        "Aye, well, I cannae do the job twice for nothing. The £180 is due and I'd ask you to "
        "pay it by Friday."
    )
    assert "offer_compromise" not in _heard("en", line, learner_turn=4, objection_raised=True)
    result = _played("en-handyman-waive", "V177", "11_edinburgh_handyman.txt")
    assert "handle_objection" in _failed(result), result["checks"]


def test_free_rework_offered_is_still_a_compromise() -> None:
    heard = _heard("en", "I'll come back and re-fix them for free on Thursday.", learner_turn=4)
    assert heard.get("offer_compromise", 0.0) >= 0.5, heard


def test_why_the_payment_has_not_been_done_is_blame() -> None:
    """V177 12 and p5: "… which is overdue since 29 days. Why has payment not been done?" was "A
    factual opening without blame" (the direct "Why haven't you paid it yet?" was caught)."""
    result = _played("en-florist-forgot", "V177", "p5_nothreat.txt")
    assert "no_accusation" in _failed(result), result["checks"]


def test_a_discount_she_did_not_ask_for_is_not_her_yes() -> None:
    """V178 04r: "Oh — darum hatte ich gar nicht gebeten, aber ich sag nicht nein." with her
    objection still open sounded like her yes, and the call ended without an agreement."""
    result = _played(
        "de-maler-berechtigter-einwand", "V178", "04r_winterthur_maler.txt", "04r_letter.txt"
    )
    said = _customer(result)
    assert not any("ich sag nicht nein" in s or "großzügig" in s for s in said), said


def test_a_read_back_with_the_wrong_sum_is_not_called_another_day() -> None:
    """V178 p5: "So just to confirm: GEC-5521, £3,580, paid in full on the 15th of December."
    — "You read back another day" for a right day and a wrong sum."""
    result = _played("en-logistics-approval", "V178", "p5_08_wrong_amount.txt", "08_letter.txt")
    texts = [str(c.get("evidence") or "") + str(c.get("reason") or "") for c in result["checks"]]
    assert not any("another day" in t for t in texts), texts


def test_the_good_news_said_nervously_is_no_reproach() -> None:
    """V179 06 and p1: "äh, die bremsen sin ja jetz ganz neu, des is doch gut, oder?" was blame
    0.70, and the regular said "So redet man nicht mit einem Stammkunden"."""
    heard = _heard(
        "de", "äh, die bremsen sin ja jetz ganz neu, des is doch gut, oder?", learner_turn=4
    )
    assert "accusatory_opener" not in heard, heard


def test_sorry_if_it_was_not_clear_to_you_is_a_reproach() -> None:
    """V179 11: "I'm sorry if the scope wasn't clear to you, but it was all in your own e-mail
    …" was a rebuttal and empathy, at no cost."""
    heard = _heard(
        "en",
        "I'm sorry if the scope wasn't clear to you, but it was all in your own e-mail: on the "
        "12th of August you postponed the booking form to phase two.",
        learner_turn=4,
        objection_raised=True,
    )
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


def test_sorry_if_we_were_not_clear_is_no_reproach() -> None:
    heard = _heard(
        "en", "Sorry if that wasn't clear from our side, I'll explain it again.", learner_turn=4
    )
    assert heard.get("accusatory_opener", 0.0) < TENTATIVE, heard


def test_the_letter_date_is_not_found_on_the_visit_day() -> None:
    """V179 12: "Subject: LHS-077 – shelves re-fix on Thursday" above "Kindly settle … as soon
    as possible after the re-fix" was "Promised date given" (the Thursday the re-fix falls
    on), 100 gold."""
    result = _played("en-handyman-waive", "V179", "12_auckland_handyman.txt", "12_letter.txt")
    dated = [c for c in _failed(result).get("confirm_in_writing", []) if c.get("part") == "date"]
    assert dated, result["checks"]


def test_bills_of_my_own_are_pressure_not_blame() -> None:
    """V178 09: "… But look, I've got bills of my own and I really need this sorted this week."
    — the caller's own need (the sympathy sentence before it keeps its reading)."""
    heard = _heard(
        "en", "I've got bills of my own and I really need this sorted this week.", learner_turn=4
    )
    assert "accusatory_opener" not in heard, heard


@pytest.mark.parametrize(
    "line",
    [
        "So the £640, as discussed by Friday 11 December?",
        "Could you pay the £640 by Friday 11 December, since that's the end of the week?",
    ],
)
def test_a_day_after_as_or_since_is_still_the_payment_day(line: str) -> None:
    """The guard of the reason clause: "as" and "since" also say when."""
    steps = _runner("en-florist-forgot").play(
        [
            "Hi Claire, Priya Shah from Shah Print Studio here.",
            "I'm calling about the open invoice SPS-2291.",
            "",
            line,
        ]
    )
    assert "11 December 2026" in " ".join(steps[-1].customer), steps[-1].customer


# --- the third round (V180–V183, at 1042d76) ----------------------------------------------------
def test_a_kinder_down_payment_said_with_sorry_is_no_reproach_and_replaces_the_first() -> None:
    """V183 09 and 09r: "Could you manage a first payment of £400 this Friday, the 11th? Sorry,
    let's make it £300, that's easier on you." — "that's … on you" read as a reproach, the
    café owner took offence; in the revision he agreed the £400 taken back, £100 over the
    invoice (44 and 63, failed)."""
    result = _played("en-cash-problems-cafe", "V183", "09_ballarat_cafe.txt", "09_letter.txt")
    said = _customer(result)
    assert not any("tone" in s for s in said), said
    assert result["agreed_terms"].get("now") == 300.0, result["agreed_terms"]
    assert result["passed"] is True


@pytest.mark.parametrize(
    "line", ["Honestly, that is all on you.", "Look, it's on you to pay it, mate."]
)
def test_that_is_on_you_stays_a_reproach(line: str) -> None:
    assert _heard("en", line, learner_turn=4).get("accusatory_opener", 0.0) >= TENTATIVE


def test_sorry_you_feel_the_work_was_wrong_though_is_a_reproach() -> None:
    """V182 11: "I'm sorry you feel the shelves weren't done right – though to be fair, I'd
    guess they've had a fair bit more weight put on them …" was empathy, 93 silver."""
    heard = _heard(
        "en",
        "I'm sorry you feel the shelves weren't done right – though to be fair, I'd guess "
        "they've had a fair bit more weight put on them than a normal bathroom shelf.",
        learner_turn=4,
        objection_raised=True,
    )
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    assert "empathise" not in heard, heard


@pytest.mark.parametrize(
    "line",
    [
        "I'm sorry you feel unwell, I hope it passes soon.",
        "Sorry you feel the invoice was unclear – let me go through it with you.",
    ],
)
def test_sorry_you_feel_without_a_counter_is_sympathy(line: str) -> None:
    heard = _heard("en", line, learner_turn=4, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) < TENTATIVE, heard


def test_why_it_is_not_payed_yet_is_the_forbidden_question() -> None:
    """V182 12: "i wanted to ask you why it is not payed yet?" (a learner's typo) was a
    neutral question and passed at 80; the standard spelling was caught (p3)."""
    heard = _heard("en", "i wanted to ask you why it is not payed yet?", learner_turn=1)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


def test_his_smaller_down_payment_read_back_with_the_rest_is_the_deal() -> None:
    """V180 p3: after "I can't find £450.00 right now, sorry. £400.00 today, that I can do.",
    "so just so we're clear: £400 by 11 december, £790 by 15 january, invoice INV-0412." got
    "Really, £400.00 is the most I can do right now." — the £450 stayed the down payment — and
    the call ended without an agreement."""
    result = _played("en-cash-problems-cafe", "V180", "p3_09_correction_reversed.txt")
    said = _customer(result)
    assert not any("is the most I can do" in s for s in said), said
    assert result["agreed_terms"].get("now") == 400.0, result["agreed_terms"]
    assert result["agreed_terms"].get("rest") == 790.0, result["agreed_terms"]


def test_when_he_will_pay_asked_in_the_opener_breaks_strategy_one() -> None:
    """V181 11 and p2: "just phoning about the invoice, when are you paying it" was strategy 1
    (mention the invoice, then let the silence work), 100 gold."""
    result = _played("en-florist-forgot", "V181", "p2_07_demand_opener.txt", "07_letter.txt")
    assert "strategy" in _failed(result), result["checks"]


def test_the_bare_opener_still_lets_the_silence_work() -> None:
    """The guard: "just phoning about the invoice" and a pause is strategy 1."""
    runner = _runner("en-florist-forgot")
    runner.play(["Hi Claire, Priya from Shah Print Studio.", "just phoning about the invoice", ""])
    result = runner.session.finish()
    assert "strategy" not in _failed(result), _failed(result).get("strategy")
