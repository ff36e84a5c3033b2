"""Issue 11 "done when": calls that achieve nothing, vague promises and unlawful pressure
fail in every shipped scenario, with an explanation in the scenario's language; the
customer takes "X now and the remaining Y by DATE" as X now and Y later."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.scoring.regression import (
    TODAY,
    _recogniser,
    _scenario,
    load_calls,
    play,
    recogniser_for,
)
from trainer.session import Session

SCENARIOS = sorted({c["scenario"] for c in load_calls()})
#: A persona for the scenario whose reaction is drawn at random.
PERSONA = {"de-werkstatt-ueberraschung": "apologises"}


def _opening(sid: str) -> list[str]:
    """The exemplary call's greeting and strategy-1 opener, then the pause."""
    exemplary = next(c for c in load_calls() if c["scenario"] == sid and c["kind"] == "exemplary")
    return [exemplary["lines"][0], exemplary["lines"][1], ""]


def _session(sid: str, persona: str | None = None) -> Session:
    loaded = _scenario(sid)
    session = Session(
        loaded,
        learner="test",
        seed=0,
        recogniser=recogniser_for(sid),
        call_date=TODAY,
        persona=persona or PERSONA.get(sid),
    )
    session.start()
    return session


def _run(sid: str, lines: list[str], *, hang_up: bool = False) -> dict[str, Any]:
    session = _session(sid)
    for line in lines:
        if session.ended:
            break
        session.say(line)
    if hang_up:
        session.hang_up()
    return session.finish()


def _check(result: dict[str, Any], cid: str) -> dict[str, Any]:
    return next(c for c in result["checks"] if c["id"] == cid)


def _explained_fail(result: dict[str, Any], cid: str) -> dict[str, Any]:
    check = _check(result, cid)
    assert check["passed"] is False and check.get("critical") is True
    assert cid in result["critical"]
    assert check["reason"] and check["evidence"] and check["advice"]
    assert result["passed"] is False and result["tier"] is None
    return check


def _lang(sid: str) -> str:
    return sid.split("-", 1)[0]


@pytest.mark.parametrize("sid", SCENARIOS)
def test_do_nothing_call_fails_with_an_explanation(sid):
    bye = "Alles klar, dann schönen Tag noch, auf Wiederhören." if _lang(sid) == "de" else (
        "Alright, have a nice day, goodbye."
    )  # fmt: skip
    result = _run(sid, [*_opening(sid), bye])
    check = _explained_fail(result, "outcome")
    assert result["score"] < 70
    if _lang(sid) == "de":
        assert "verhandelt" in check["evidence"] or "Vereinbarung" in check["evidence"]
    else:
        assert "negotiated" in check["evidence"] or "agree" in check["evidence"]


@pytest.mark.parametrize("sid", SCENARIOS)
def test_hang_up_after_a_vague_promise_fails(sid):
    soon = "Können Sie das bald überweisen?" if _lang(sid) == "de" else "Could you pay it soon?"
    result = _run(sid, [*_opening(sid), soon], hang_up=True)
    _explained_fail(result, "outcome")


@pytest.mark.parametrize("sid", SCENARIOS)
def test_accepting_a_vague_promise_fails(sid):
    de = _lang(sid) == "de"
    lines = ["Können Sie das bald überweisen?", "Gut, dann eben bald. Tschüss."] if de else [
        "Could you pay it soon?", "Okay, whenever you can then. Bye!"
    ]  # fmt: skip
    result = _run(sid, [*_opening(sid), *lines])
    _explained_fail(result, "outcome")


THREATS = {
    "de": "Wenn Sie nicht zahlen, geht die Akte an die Staatsanwaltschaft und wir melden Sie "
    "bei der Schufa.",
    "en": "If you don't pay, I'll report you to the credit agencies and the police.",
}


@pytest.mark.parametrize("sid", SCENARIOS)
def test_unlawful_pressure_fails_even_an_otherwise_exemplary_call(sid):
    exemplary = next(c for c in load_calls() if c["scenario"] == sid and c["kind"] == "exemplary")
    lines = list(exemplary["lines"])
    lines.insert(3, THREATS[_lang(sid)])  # right after the opener and the pause
    result = play({**exemplary, "lines": lines})
    check = _explained_fail(result, "no_premature_threat")
    # The reason names the kind of pressure (here the credit entry, named first in the list)
    assert check["reason"] in (
        "Mit einem Schufa- oder Auskunftei-Eintrag gedroht – unzulässiger Druck; damit ist das "
        "Gespräch nicht bestanden.",
        "A credit-agency entry used as a threat – unlawful pressure; this fails the call.",
    )
    assert ("Schufa" in check["advice"]) if _lang(sid) == "de" else ("credit" in check["advice"])
    assert result["score"] < 70


def test_a_calm_legal_route_is_not_unlawful_pressure():
    from trainer.understanding.pressure import unlawful_pressure

    assert unlawful_pressure("Dann leiten wir das gerichtliche Mahnverfahren ein.", "de") is None
    assert unlawful_pressure("We'll pass the matter to our solicitor.", "en") is None
    assert unlawful_pressure("Sonst kommt der Gerichtsvollzieher.", "de") == "gerichtsvollzieher"
    assert unlawful_pressure("We'll send the bailiffs round.", "en") == "bailiff"
    # "betrug" is also the past of "betragen" (twelfth session: citing the invoice was fraud)
    assert unlawful_pressure("Die Rechnung betrug 850 Euro.", "de") is None
    assert unlawful_pressure("Der Betrag betrug insgesamt 1.200 €.", "de") is None
    assert unlawful_pressure("Das ist Betrug, was Sie da machen.", "de") == "betrug"
    # a fee ruled out reassures; a fee announced or threatened stays pressure
    assert unlawful_pressure("There's no extra fee for paying in instalments.", "en") is None
    assert unlawful_pressure("Es fällt keine Bearbeitungsgebühr an, keine Sorge.", "de") is None
    assert unlawful_pressure("We will add an admin fee of 50 pounds.", "en") == "admin fee"
    assert unlawful_pressure("Wenn Sie nicht zahlen, kommt eine Strafgebühr dazu.", "de")


def test_silence_earns_no_conduct_points():
    result = _run("en-florist-forgot", ["", "", ""])
    ids = {c["id"] for c in result["checks"]}
    assert "no_accusation" not in ids and "no_premature_threat" not in ids
    assert result["passed"] is False


def test_a_reproach_late_in_the_call_costs():
    result = _run(
        "en-florist-forgot",
        [*_opening("en-florist-forgot"), "Why haven't you paid our invoice yet? It's been weeks."],
    )
    check = _check(result, "no_accusation")
    assert check["passed"] is False and "later" in check["reason"]


# --- the customer negotiates --------------------------------------------------------------
def _say(session: Session, line: str) -> str:
    events = session.say(line)
    return " ".join(e.text for e in events if type(e).__name__ == "CustomerSaid")


def test_cafe_takes_x_now_and_the_rest_later():
    s = _session("en-cash-problems-cafe")
    for line in _opening("en-cash-problems-cafe"):
        s.say(line)
    reply = _say(
        s,
        "I understand. Could you pay £300 now as a down payment and the remaining £890 by "
        "the 18th of December?",
    )
    assert s.call.state == "plan_agreed"
    assert "£300.00 right away" in reply and "18 December 2026" in reply
    assert "£890.00 I can manage" not in reply and "What about the rest" not in reply
    assert reply.startswith("Thanks, I appreciate that.")  # the empathy is acknowledged too
    result = s.finish()
    assert result["agreed_terms"] == {"now": 300.0, "rest": 890.0, "rest_date": "2026-12-18"}
    assert result["outcome"] == "down_payment_and_plan" and result["passed"]


def test_cafe_counters_a_down_payment_above_his_limit_and_a_date_too_early():
    s = _session("en-cash-problems-cafe")
    for line in _opening("en-cash-problems-cafe"):
        s.say(line)
    reply = _say(
        s, "Could you pay £800 now as a down payment and the rest by the 18th of December?"
    )
    assert s.call.state == "too_much_now" and "£800.00" in reply and "£400.00" in reply
    reply = _say(s, "Could you pay £400 now as a down payment and the rest by the 1st of December?")
    assert s.call.state == "rest_too_early" and "1 December 2026" in reply
    assert "10 December 2026" in reply  # his earliest date: 14 days after the call
    _say(s, "Then the rest by the 18th of December.")
    assert s.call.state == "plan_agreed"
    assert s.call.agreed_terms == {"now": 400.0, "rest": 790.0, "rest_date": "2026-12-18"}


def test_workshop_takes_x_now_and_the_rest_later():
    s = _session("de-werkstatt-ueberraschung", persona="cash_problems")
    for line in [*_opening("de-werkstatt-ueberraschung"), ""]:
        s.say(line)
    assert s.call.state == "knapp"
    _say(s, "Könnten Sie heute 500 Euro anzahlen und den Rest von 1.365,40 Euro bis zum "
         "18. Dezember überweisen?")  # fmt: skip
    assert s.call.state == "plan_geteilt"  # he repeats both parts, each with its date
    assert s.call.agreed_terms == {
        "now": 500.0,
        "now_date": "2026-11-26",
        "rest": 1365.4,
        "rest_date": "2026-12-18",
    }


def test_chippy_refuses_the_part_now_not_the_rest():
    s = _session("en-chippy-instalments")
    for line in _opening("en-chippy-instalments"):
        s.say(line)
    reply = _say(s, "Could you pay £300 now and the remaining £2,460 by the 15th of January?")
    # He can pay nothing up front: the refusal is about the part now, never "£2,460 now".
    assert "2,460" not in reply
    assert s.call.table.terms["now"] == 300.0 and s.call.table.terms["rest"] == 2460.0
    assert s.call.agreed_terms is None


# --- dates relative to the call ----------------------------------------------------------
def test_invoice_dates_and_weekdays_follow_the_call_day():
    loaded = _scenario("de-stammkunde-urlaub")
    day = dt.date(2027, 3, 2)  # a Tuesday
    session = Session(loaded, learner="t", seed=0, recogniser=_recogniser("de"), call_date=day)
    scenario = session.call.scenario
    assert scenario.invoice.due == day - dt.timedelta(days=42)
    assert scenario.invoice.due.strftime("%d.%m.%Y") in scenario.briefing
    session.start()
    session.say("Schaffen Sie die Überweisung bis Freitag?")
    assert session.call.learner_facts["learner.date"] == "2027-03-05"


# --- the letter follows the call ---------------------------------------------------------
def _agreed_florist() -> Session:
    s = _session("en-florist-forgot")
    for line in [
        *_opening("en-florist-forgot"),
        "Could you transfer it by Friday the 4th of December?",
    ]:
        s.say(line)
    s.hang_up()  # the letter is drafted once the call is over
    assert s.call.outcome == "promise_to_pay"
    return s


def test_no_agreement_no_letter():
    from trainer.scoring import draft_letter, letter_step

    s = _session("de-stammkunde-urlaub")
    for line in [*_opening("de-stammkunde-urlaub"), "Alles klar, tschüss dann."]:
        s.say(line)
    assert not letter_step(s.call) and draft_letter(s.call) == ""


def test_the_unedited_draft_earns_only_what_it_says():
    from trainer.scoring import draft_letter

    s = _agreed_florist()
    draft = draft_letter(s.call)
    assert "[…]" in draft and "SPS-2291" not in draft and "4 December" not in draft
    result = s.finish(letter=draft)
    parts = {c["part"]: c["passed"] for c in result["checks"] if c.get("part")}
    assert parts == {"thanks": True, "invoice_number": False, "date": False}
    full = draft_letter(s.call, gaps=False)
    assert "SPS-2291" in full and "4 December 2026" in full


def test_a_threat_in_the_letter_fails_the_call():
    from trainer.scoring import draft_letter

    s = _agreed_florist()
    letter = (
        draft_letter(s.call, gaps=False)
        + "\nOtherwise we will report you to the credit agencies.\n"
    )
    result = s.finish(letter=letter)
    check = next(
        c
        for c in result["checks"]
        if c["reason"].startswith("A credit-agency entry threatened in the letter")
    )
    assert check["critical"] and "credit agencies" in check["evidence"]
    assert result["passed"] is False
