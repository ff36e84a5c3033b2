"""Fifty-fifth session: the start round V244–V247 — a plan's payments lost in the customer's
answer, a rest short of the reduced sum, money given on a documented claim, a read-back slip
filed under the letter, the fault made small, disappointment as blame, the word let loose
about a debt (benchmarks/README.md, "Fifty-fifth session")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played
from tests.scenarios.test_customer_v43 import _heard
from trainer.simulation.terms import read_offer, says_farewell
from trainer.understanding import load_recogniser
from trainer.understanding.facts import extract_facts
from trainer.understanding.pressure import pressure_kind, unlawful_pressure

DAY = dt.date(2026, 12, 7)  # a Monday
DEC11, JAN15, FEB15 = dt.date(2026, 12, 11), dt.date(2027, 1, 15), dt.date(2027, 2, 15)


def _customer(result: dict[str, Any]) -> list[str]:
    return [t["text"] for t in result["turns"] if t["speaker"] == "customer"]


# --- a bare figure before its day is money ------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "amounts"),
    [
        # V245 08: the read-back "so 760 on the 11th, then 1,000 on jan 15 …" had no sums at all
        (
            "ok great. so 760 on the 11th, then 1,000 on jan 15 and 1,000 on feb 15.",
            [760, 1000, 1000],
        ),
        ("Also, 1.865,40 bis Freitag. Wiederhören.", [1865.40]),
        ("Gut, also 400 am Montag und der Rest am 15.", [400]),
        ("Can you transfer the 1,280 by the 15th?", [1280]),
        # not a time, a year or a day
        ("The goods were signed for at 10:42 on Tuesday.", []),
        ("That is 15 January 2027 by bank transfer.", []),
        ("Die Arbeiten liefen vom 20 bis zum 28. November.", []),
        ("Call me at 14 on Monday.", []),
    ],
)
def test_a_bare_figure_before_the_day_it_is_paid_on_is_an_amount(
    line: str, amounts: list[float]
) -> None:
    found = [f.value for f in extract_facts(line, DAY) if f.kind == "amount"]
    assert found == amounts


# --- the plan's payments stay in the customer's answer ------------------------------------------
def test_the_refused_down_payment_answer_names_the_plans_payments() -> None:
    """V245 08: "£760 now, by Friday the 11th, and then two payments of £1,000, on January 15
    and February 15" got "£760.00 up front and the rest by 15 January 2027?" — the February
    payment dropped from his answer."""
    result = _played("en-chippy-instalments", "V245", "08_chicago_chippy.txt")
    said = _customer(result)
    assert any(
        "in 2 payments of £1,000.00 on 15 January 2027 and 15 February 2027" in s for s in said
    ), said
    assert not any("the rest by 15 January 2027" in s for s in said), said


def test_a_plan_of_parts_read_back_with_bare_figures_is_the_plan_on_the_table() -> None:
    """V245 p2: "three instalments: £760 on December 11, £1,000 on January 15 and £1,000 on
    February 15", then "so 760 on the 11th, then 1,000 on jan 15 and 1,000 on feb 15" — heard
    as £760 up front and three more of £1,000."""
    table = {
        "count": 3,
        "each": None,
        "parts": [760.0, 1000.0, 1000.0],
        "rest_date": DEC11,
        "dates": [DEC11, JAN15, FEB15],
    }
    line = "ok great. so 760 on the 11th, then 1,000 on jan 15 and 1,000 on feb 15."
    recognition = load_recogniser("en").recognise(line, call_date=DAY)
    terms = read_offer(recognition, "en", table, DAY, 2760.0, dispute=False, invoice=2760.0).terms
    assert terms.get("parts") == [760.0, 1000.0, 1000.0] and terms.get("count") == 3, terms
    assert terms.get("dates") == [DEC11, JAN15, FEB15] and not terms.get("now"), terms
    said = _customer(_played("en-chippy-instalments", "V245", "p2_08_instalments.txt"))
    assert not any("up front" in s for s in said), said


# --- a rest short of the sum left after the reduction --------------------------------------------
def test_a_rest_short_of_the_reduced_sum_fails_the_call() -> None:
    """V244 p5: 200 € off 3.570 €, then "die restlichen 3.270 Euro bis Freitag" — taken up by
    the customer, 93 silver, the lost 100 € unnamed."""
    result = _played("de-maler-berechtigter-einwand", "V244", "p5_maler_wrong_sum.txt")
    assert result["passed"] is False
    (v,) = _failed(result)["outcome"]
    assert v["critical"] and "3.370,00 €" in v["reason"] and "100,00 €" in v["reason"], v


def test_the_right_rest_after_the_reduction_passes() -> None:
    """The guard: the same call with 3.370 € (the reduced sum) agreed keeps its pass."""
    from tests.scenarios.test_customer_v36 import _runner, _script

    runner = _runner("de-maler-berechtigter-einwand")
    lines = [ln.replace("3.270", "3.370") for ln in _script("V244", "p5_maler_wrong_sum.txt")]
    runner.play(lines)
    result = runner.session.finish()
    assert "outcome" not in _failed(result), _failed(result)
    assert result["passed"] is True


# --- money given on a documented claim ----------------------------------------------------------
def test_a_discount_after_a_bare_word_against_the_claim_fails_the_call() -> None:
    """V244 10: "I kind of thought the booking form was phase two, but I might be wrong." then
    "we could take 15% off the invoice" — "rebutted bare", 87 silver."""
    result = _played(
        "en-web-studio-unjustified", "V244", "10_hedging_webstudio.txt", "10_letter.txt"
    )
    assert result["passed"] is False
    (v,) = _failed(result)["handle_objection"]
    assert v["critical"] and "15%" in v["evidence"], v


def test_a_discount_after_the_facts_settled_it_stays_a_lesser_fault() -> None:
    """V244 p2: the facts said, "Fine — I'll pay.", then 15 % off anyway — 87 silver, its
    auditor: fail. Made critical as a draft, it failed ten older calls their auditors had
    passed (benchmarks/README.md, "Fifty-fifth session"): the rubric keeps it a lesser fault."""
    result = _played(
        "en-web-studio-unjustified", "V244", "p2_webstudio_facts_plus_discount.txt", "10_letter.txt"
    )
    (v,) = _failed(result)["handle_objection"]
    assert "nobody had asked for" in v["reason"], v
    assert "handle_objection" not in result["critical"] and result["passed"] is True


# --- the read-back slip is the call's, not the letter's -----------------------------------------
def test_a_read_back_slip_beside_a_right_letter_is_named_under_pin_date() -> None:
    """V247 p2: "Gut, also 2.380 Euro bis zum 18. Dezember. Ich schick Ihnen das kurz per Mail."
    for his 11th, corrected and left standing; the letter has the 11th. The call fails, as
    before, but under pin_date — not under the written confirmation (V246 10, p4; V243 11)."""
    result = _played("de-stammkunde-urlaub", "V247", "p2_kiel_readback.txt", "01_letter.txt")
    assert result["passed"] is False
    failed = _failed(result)
    (v,) = failed["pin_date"]
    assert v["critical"] and "18. Dezember" in v["evidence"], v
    assert "confirm_in_writing" not in failed, failed


# --- the fault made small; disappointment that he has not paid ----------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "blame"),
    [
        # V246 02: empathy 0.89, handle_objection passed, 93 silver
        (
            "de",
            "Ei, die paar Spritzer, des geht doch mit'm feuchte Lappe weg, des is ja kein "
            "Beinbruch.",
            True,
        ),
        ("en", "Those few marks come off with a damp cloth, it's no big deal.", True),
        # the rework offered beside it, or comfort without the fault
        (
            "de",
            "Die paar Spritzer machen wir Ihnen weg, das ist kein Beinbruch, mein Geselle kommt "
            "am Montag.",
            False,
        ),
        ("de", "Kein Beinbruch, wir finden eine Lösung.", False),
        ("en", "A few scuffs, no big deal, I'll pop round and touch them up.", False),
    ],
)
def test_the_fault_he_complained_of_made_small_is_blame(lang: str, line: str, blame: bool) -> None:
    heard = _heard(lang, line, learner_turn=3, objection_raised=True)
    assert (heard.get("accusatory_opener", 0.0) >= 0.4) is blame, heard
    if blame:
        assert "empathise" not in heard, heard


def test_a_small_fault_without_a_complaint_is_no_blame() -> None:
    line = "Ei, die paar Spritzer, des geht doch mit'm feuchte Lappe weg, des is ja kein Beinbruch."
    assert "accusatory_opener" not in _heard("de", line, learner_turn=3, objection_raised=False)


def test_the_belittled_complaint_fails_the_call() -> None:
    """V246 02: the Hessian painter's "die paar Spritzer … kein Beinbruch" before the rework —
    93 silver; its auditor: fail, 50–69."""
    result = _played("de-maler-berechtigter-einwand", "V246", "02_hessen_maler.txt")
    assert result["passed"] is False
    failed = _failed(result)
    assert "no_accusation" in failed and "handle_objection" in failed, failed


@pytest.mark.parametrize(
    ("line", "blame"),
    [
        # V245 12: the neutral opener 0.54 and empathy 0.52, "A factual opening without blame"
        (
            "I must say I am rather disappointed that invoice LHS-077 has not yet been settled; "
            "punctuality is, after all, a courtesy.",
            True,
        ),
        ("I'm disappointed to hear the shelves gave way, that's not what we want.", False),
    ],
)
def test_disappointment_that_he_has_not_paid_is_blame(line: str, blame: bool) -> None:
    heard = _heard("en", line, learner_turn=0)
    assert ("accusatory_opener" in heard) is blame, heard


# --- the word let loose about a debt ------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "found"),
    [
        (
            "en",
            "Mind, I know most of the trades on your street, Tom, and word gets round quick when "
            "folk don't pay.",
            True,
        ),
        ("en", "People who never pay their bills, word gets around.", True),
        ("de", "So was spricht sich schnell rum, wenn einer nicht zahlt.", True),
        ("en", "Word gets round fast in this town, thanks for paying so quickly.", False),
        ("de", "Das hat sich rumgesprochen, dass Sie gute Arbeit machen.", False),
    ],
)
def test_the_word_let_loose_about_a_debt_is_telling_third_parties(
    lang: str, line: str, found: bool
) -> None:
    phrase = unlawful_pressure(line, lang)
    assert (phrase is not None) is found, phrase
    if found:
        assert pressure_kind(phrase or "") == "third"


def test_the_word_let_loose_fails_the_call_as_unlawful_pressure() -> None:
    """V244 p4: "Threatened legal action", weight 2, where GUIDE §6 fails the call."""
    result = _played("en-cash-problems-cafe", "V244", "p4_cafe_thirdparty.txt", "07_letter.txt")
    (v,) = _failed(result)["no_premature_threat"]
    assert v["critical"] and "third parties" in v["reason"], v


# --- goodbyes ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "farewell"),
    [
        ("en", "Thanks a million, Dave. Mind yourself.", True),  # V236 10: "I'm not sure I follow."
        ("en", "Thanks very much, mind how you go.", True),
        ("de", "Danke, Kalle, schönen Abend noch, tschö!", True),
        ("de", "Na gut, dann bis die Tage!", True),
        ("en", "Sorry that took so long, thanks for your patience.", False),
        ("de", "Servas, i bin da Ferdl von da Schreinerei Lechner.", False),
    ],
)
def test_regional_goodbyes_take_leave(lang: str, line: str, farewell: bool) -> None:
    assert says_farewell(line, lang) is farewell


# --- a bare introduction is the greeting ----------------------------------------------------------
def test_a_bare_introduction_is_heard_as_the_greeting() -> None:
    """V246 11: "Now then, Gareth Lewis, Lewis Handyman Services." had no reading, and the
    customer asked "Sorry, what was that about?" while the debrief passed `identify`."""
    result = _played("en-handyman-waive", "V246", "11_yorkshire_handyman.txt")
    first = next(t for t in result["turns"] if t["speaker"] == "learner")
    assert [i["intent"] for i in first["intents"]] == ["greeting_identify"], first
    assert "what was that about" not in _customer(result)[1], _customer(result)
    assert "identify" not in _failed(result)


def test_a_name_without_the_company_gets_no_greeting_reading() -> None:
    from tests.scenarios.test_customer_v36 import _runner

    runner = _runner("en-handyman-waive")
    runner.play(["Now then, Gareth Lewis."])
    learner = next(t for t in runner.session.finish()["turns"] if t["speaker"] == "learner")
    assert "greeting_identify" not in [i["intent"] for i in learner["intents"]], learner


# --- sympathy taken back by the caller's own need ------------------------------------------------
@pytest.mark.parametrize(
    ("line", "pressed"),
    [
        ("I totally get it, Claire, but honestly we need this money too, we can't keep "
         "carrying it.", True),
        ("Ich verstehe das, aber ich brauche das Geld auch, meine Lieferanten warten ja auch "
         "nicht.", True),
        ("I hear you, love, times are tough – but I need the full £2,760 by Friday, I've got "
         "suppliers to pay an' all.", True),
        # sympathy kept, or the caller's need said without taking it back
        ("I totally get it, Claire. What could you manage, and by when?", False),
        ("I've got suppliers to pay too, so could you manage £400 by Friday?", False),
    ],
)  # fmt: skip
def test_sympathy_taken_back_by_own_need_is_found(line: str, pressed: bool) -> None:
    from trainer.understanding.context import pressure_after_sympathy

    assert (pressure_after_sympathy(line) is not None) is pressed


def test_sympathy_taken_back_costs_half_the_conduct_check_and_gold() -> None:
    """V245 p5: "I totally get it, Claire, but honestly we need this money too, we can't keep
    carrying it." to the florist who had apologised — 100 gold; its auditor and nine before
    (V80 … V247 10): it should cost a conduct point at least."""
    result = _played("en-florist-forgot", "V245", "p5_09_pressure.txt", "09_letter.txt")
    assert result["passed"] is True and result["tier"] == "silver", result["tier"]
    (v,) = _failed(result)["no_accusation"]
    assert "no_accusation" not in result["critical"] and "need this money too" in v["evidence"], v
    assert v["weight"] == pytest.approx(1.0), v  # half of the check's weight 2
    assert result["tier_cap"]["check"] == "no_accusation"


def test_a_call_to_pay_without_a_day_is_no_by_then() -> None:
    """V247 10: "… I can't be waiting on £1,190 … forever, can I." got "By then? I just don't
    have £1,190.00 by then" — a day nobody had named."""
    said = _customer(_played("en-cash-problems-cafe", "V247", "10_bristol_cafe.txt"))
    assert not any(s.startswith("By then?") for s in said), said
    assert any(s.startswith("The whole £1,190.00?") for s in said), said


def test_the_whole_bare_sum_by_a_day_is_no_down_payment() -> None:
    """ "Could you pay the 640 by Friday?" on the florist's £640: the bare figure is now a sum
    (a down payment 0.72 to the recogniser alone), and the call, which knows the invoice,
    hears all of it by Friday."""
    from tests.scenarios.test_customer_v36 import _runner

    runner = _runner("en-florist-forgot")
    runner.play(
        [
            "Hi Claire, it's Priya Shah from Shah Print Studio.",
            "I'm calling about the invoice that's still open.",
            "",
            "Could you pay the 640 by Friday?",
        ]
    )
    turns = runner.session.finish()["turns"]
    asked = [t for t in turns if t["speaker"] == "learner"][-1]
    assert [i["intent"] for i in asked["intents"]] == ["fix_payment_date"], asked
    assert turns[-1]["text"] == "Deal. £640.00 by 11 December 2026.", turns[-1]


# --- after the end round (V248-V251; not fresh) --------------------------------------------------
def test_a_sum_slip_owned_with_the_right_sum_is_put_right() -> None:
    """V250 probe 6: "Ta – £3,850, my mistake. Bye." to his "No, not quite: £3,850.00 by 15
    December 2026." was "you let it stand", 69; without the words ("Ta. Bye.", V250 11) the
    forty-fifth session's rule still fails it."""
    owned = _played("en-logistics-approval", "V250", "p6_logistics_ack.txt", "11_letter.txt")
    assert owned["passed"] is True and "pin_date" not in _failed(owned), _failed(owned)
    left = _played("en-logistics-approval", "V250", "11_lancashire_logistics.txt", "11_letter.txt")
    assert left["passed"] is False and "pin_date" in left["critical"]


def test_sending_it_after_he_said_what_is_missing_is_the_resend() -> None:
    """V248 09: "Very well, I shall send that this afternoon. Would it then be possible to
    include invoice GEC-5521 in your next payment run …?" — "I can't give you a date until
    it's approved", and a good call failed (50); its auditor: pass."""
    result = _played("en-logistics-approval", "V248", "09_kenya_logistics.txt", "09_letter.txt")
    assert result["passed"] is True, _failed(result)
    assert not any("can't give you a date" in s for s in _customer(result)), _customer(result)


@pytest.mark.parametrize(
    ("line", "threat"),
    [
        ("Und wann, glauben Sie, wird das dann bezahlt?", False),  # V249 02, p1: a threat 0.77
        ("Und wann zahlen Sie, bevor ich zum Anwalt gehe?", True),
        ("Bis wann, sonst gehe ich zum Gericht?", True),
    ],
)
def test_a_plain_question_for_when_threatens_nothing(line: str, threat: bool) -> None:
    heard = _heard("de", line, learner_turn=4)
    assert ("threaten_legal" in heard) is threat, heard


def test_a_threat_without_a_legal_step_is_not_called_legal_action() -> None:
    """V248 06: "… sonst kann ich eure Taxis nicht mehr vorziehen" was told "Mit rechtlichen
    Schritten gedroht", with advice about court and lawyers."""
    result = _played("de-werkstatt-ueberraschung", "V248", "06_du_werkstatt.txt", "06_letter.txt")
    (v,) = _failed(result)["no_premature_threat"]
    assert v["reason"].startswith("Mit Nachteilen gedroht"), v


def test_chat_about_the_callers_family_with_a_question_tag_is_no_blame() -> None:
    """V251 10: "… Everyone's got something, haven't they, my brother-in-law had the same with
    his - well, never mind him." — a reproach 0.77, "there's no need for that tone"."""
    line = (
        "Oh dear, that's a rotten time of year for it. Everyone's got something, haven't they, "
        "my brother-in-law had the same with his - well, never mind him."
    )
    assert "accusatory_opener" not in _heard("en", line, learner_turn=4)
    assert "accusatory_opener" in _heard(
        "en", "Your sort never pays on time, haven't you noticed, my brother says.", learner_turn=4
    )


def test_blame_that_filled_the_silence_gets_the_silence_as_better_move() -> None:
    """V251 probe 5: a neutral opener, then "… But I'd hate for this to end up in the small
    claims court …"; the feedback's better line was the opener the learner had just said."""
    result = _played("en-florist-forgot", "V251", "p5_derry_politethreat.txt")
    (v,) = _failed(result)["no_accusation"]
    assert "say nothing" in v["better"], v


def test_she_asks_for_the_invoice_again_rather_than_assume_it_comes() -> None:
    """V245 p3: "Sind Sie mit diesem Vorschlag einverstanden?" (read as a solution offered) to
    her "Schicken Sie sie mir noch einmal?" got "Super, bitte an info@… Dann zahle ich das
    bald." — as if the learner had said the invoice was coming."""
    said = _customer(_played("de-erstkunde-rechnung-verloren", "V245", "p3_04_script.txt"))
    asked = next(i for i, s in enumerate(said) if "Schicken Sie sie mir noch einmal?" in s)
    assert said[asked + 1].startswith("Ja, gern — schicken Sie sie mir doch einfach"), said
