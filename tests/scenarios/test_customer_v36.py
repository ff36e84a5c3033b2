"""Thirty-sixth session: the sixty-fourth and sixty-fifth outside audits (benchmarks/audits/V64,
V65) — a read-back the customer corrected cost nothing beside a right letter, a condition day
became the customer's promise, a date taken back in the same breath was kept, a read-back of
terms nobody had agreed was heard as a plan, and small talk before the opener failed it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import SCENARIOS
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.session.script import ScriptRunner
from trainer.simulation.events import LearnerSaid
from trainer.simulation.terms import named_day
from trainer.transcripts.export import read_as
from trainer.transcripts.schema import Turn
from trainer.understanding.facts import extract_facts

AUDITS = Path(__file__).parents[2] / "benchmarks" / "audits"
#: the audits' call day (their calls.yaml)
CALL_DAY = dt.date(2026, 12, 7)


def _runner(sid: str) -> ScriptRunner:
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    recogniser = default_recogniser(loaded.scenario.language, loaded)
    return ScriptRunner.open(loaded, seed=1, today=CALL_DAY, recogniser=recogniser)


def _script(audit: str, name: str) -> list[str]:
    text = (AUDITS / audit / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if not ln.startswith("#")]


def _letter(audit: str, name: str) -> str:
    return (AUDITS / audit / name).read_text(encoding="utf-8")


#: Since the fifty-fourth session all three courtyard facts in one line convince Herr Kessler
#: (`offer.fact_count`, test_customer_v54); the older calls that pin what follows his refusal
#: give him one fact in that line (`one_fact`).
_ONE_FACT = "Herr Kessler, Sie haben die Abnahme am 2. Oktober ohne Vorbehalt unterschrieben."


def _played(
    sid: str, audit: str, script: str, letter: str | None = None, *, one_fact: bool = False
) -> dict[str, Any]:
    runner = _runner(sid)
    lines = _script(audit, script)
    if one_fact:
        lines = [_ONE_FACT if "Gefälle" in ln and "Hofablauf" in ln else ln for ln in lines]
    runner.play(lines)
    result = runner.session.finish()
    if letter is not None:
        result = runner.session.finish(letter=_letter(audit, letter))
    return result


def _failed(result: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for c in result["checks"]:
        if not c["passed"]:
            out.setdefault(c["id"], []).append(c)
    return out


# --- 1. a read-back he corrected, left standing, fails however right the letter ------------------
def test_a_wrong_read_back_left_standing_fails_beside_a_right_letter() -> None:
    """V64 probe 1: "Dann halte ich fest: Rechnung 2026-117, 2.830 Euro, Zahlung bis Freitag,
    18. Dezember." for his 2.380 € by the 11th; "Nein, nicht ganz: …", and the learner went on
    to the e-mail. With the right letter it scored 100 gold, no remark; from the thirty-sixth
    session it cost half of pin_date and gold (93 silver); since the forty-fifth it fails the
    call (the auditors failed 29 of the 41 such calls whose verdict moved)."""
    result = _played("de-stammkunde-urlaub", "V64", "p1_readback_wrong.txt", "01_letter.txt")
    assert result["passed"] is False
    # named by pin_date (V114 05); the letter's check names it at no weight
    (wrong,) = _failed(result)["pin_date"]
    assert "2.830" in wrong["evidence"] and wrong["weight"] > 0
    assert "pin_date" in result["critical"]
    assert result["score"] == 69


def test_the_same_call_read_back_right_keeps_gold() -> None:
    result = _played("de-stammkunde-urlaub", "V64", "01_leipzig_stammkunde.txt", "01_letter.txt")
    assert result["tier"] == "gold" and not _failed(result)


# --- 2. a condition day is no payment day -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "today", "day"),
    [
        # said on the 7th, the bare "5." is the 5th of January: it was his promise
        (
            "Das wäre dann der nächste Zahlungslauf, am 10. Dezember. Wenn die Freigabe bis zum "
            "5. durch ist, sind Sie dabei.",
            "de",
            CALL_DAY,
            dt.date(2026, 12, 10),
        ),
        (
            "Our next payment run is on 15 December; if it's approved by the 10th, you're in it.",
            "en",
            dt.date(2026, 12, 12),
            dt.date(2026, 12, 15),
        ),
        # both days in sentences about the money: the later one, as before
        (
            "I can pay 200 on the 10th and the rest on the 18th.",
            "en",
            CALL_DAY,
            dt.date(2026, 12, 18),
        ),
    ],
)
def test_the_customer_day_is_the_one_about_the_money(
    text: str, language: str, today: dt.date, day: dt.date
) -> None:
    assert named_day(text, today, language) == day


def test_the_payment_run_is_the_agreed_day_after_its_release_deadline_passed() -> None:
    """V65 call 05: recorded as 05.01.2027, "Nein, nicht ganz: 6.240,00 € bis zum 05.01.2027",
    and the model answer taught that day."""
    result = _played("de-behoerde-bestellnummer", "V65", "05_luzern_behoerde.txt")
    assert result["agreed_terms"]["date"] == "2026-12-10"


# --- 3. a day taken back in the same breath ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Können Sie die 2.380 Euro bis Freitag, den 11. Dezember überweisen – nee, warten "
            "Sie, sagen wir lieber Montag, den 14. Dezember?",
            ["2026-12-14"],
        ),
        ("Could you pay by Friday the 11th, no, hang on, the 18th?", ["2026-12-18"]),
        ("Am 11. Dezember, nein, warten Sie, am 14.", ["2026-12-14"]),
        # two payments, no correction: both stay
        (
            "Zahlen Sie 200 am 11. Dezember und den Rest am 14. Januar.",
            ["2026-12-11", "2027-01-14"],
        ),
        ("Ne, das passt schon, also bis zum 11. Dezember.", ["2026-12-11"]),
    ],
)
def test_a_day_taken_back_is_no_day(text: str, days: list[str]) -> None:
    assert [f.value for f in extract_facts(text, CALL_DAY) if f.kind == "date"] == days


def test_the_corrected_day_is_the_one_the_customer_takes() -> None:
    """V65 call 01: "bis Freitag, den 11. Dezember überweisen – nee, warten Sie, sagen wir
    lieber Montag, den 14. Dezember" got "Nein, nicht ganz: … bis zum 11.12.2026"."""
    result = _played("de-stammkunde-urlaub", "V65", "01_dresden_stammkunde.txt", "01_letter.txt")
    assert result["agreed_terms"]["date"] == "2026-12-14"
    assert "confirm_in_writing" not in _failed(result)


# --- 4. terms read out before anyone agreed propose what they are ---------------------------
def test_a_read_back_of_a_compromise_nobody_agreed_proposes_it() -> None:
    """V65 call 02: "Dann halten wir fest: Nachbesserung in Raum 3 am 10. Dezember, 150 €
    Nachlass, und 3.420,00 € bis zum 18. Dezember." was a plan (two sums, two days); she
    answered "Bis wann?" and the call failed 60."""
    runner = _runner("de-maler-berechtigter-einwand")
    steps = runner.play(_script("V65", "02_freiburg_maler.txt")[:6])
    names = steps[-1].intents
    assert set(names[:2]) == {"offer_compromise", "fix_payment_date"}
    assert "propose_instalments" not in names
    assert "18.12.2026" in " ".join(steps[-1].customer)


# --- 5. the opening: small talk and a reminder of the job --------------------------------------
@pytest.mark.parametrize(
    ("sid", "audit", "script"),
    [
        ("en-florist-forgot", "V64", "07_liverpool_florist.txt"),  # "How did the wedding fair go?"
        ("de-stammkunde-urlaub", "V65", "01_dresden_stammkunde.txt"),  # "… auf dem Striezelmarkt?"
        ("en-handyman-waive", "V65", "07_cardiff_handyman.txt"),  # "… I fixed the shelves …"
    ],
)
def test_chat_or_the_job_before_the_opener_keeps_the_strategy(
    sid: str, audit: str, script: str
) -> None:
    result = _played(sid, audit, script)
    strategy = next(c for c in result["opening"]["checks"] if c["id"] == "strategy")
    assert strategy["passed"] is True


def test_a_why_before_the_opener_is_still_asked() -> None:
    """No business word, but a why: not chat ("Warum melden Sie sich denn nicht?")."""
    runner = _runner("de-stammkunde-urlaub")
    steps = runner.play(
        [
            "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
            "Warum melden Sie sich denn nicht?",
        ]
    )
    assert steps[-1].intents, "a why-question is no small talk"


def test_a_business_question_in_german_is_no_chat_before_the_opener() -> None:
    """Its "an" and "was" are English function words and it has no English word of the
    business: read as English chat, the opener's question of the reason was dropped (found
    replaying the fifty-fifth audit, call 02: 76 → 46 while this rule was being written)."""
    from trainer.understanding import load_recogniser
    from trainer.understanding.types import Context

    line = (
        "Ich ruf wegen der offenen Rechnung KFZ-2026-1903 an – ist die nicht angekommen, "
        "oder passt was mit den Bremsen nicht, oder wann können Sie denn zahlen?"
    )
    first = Context(call_date=CALL_DAY, learner_turn=1, opened=False)
    assert "ask_reason" in load_recogniser("de").recognise(line, first).names
    chat = "You alright? How did the wedding fair go in the end?"
    assert "ask_reason" not in load_recogniser("en").recognise(chat, first).names


# --- 6. a call back put off to another day is understood, and is still no result -------------
@pytest.mark.parametrize(
    ("sid", "audit", "script", "line"),
    [
        (
            "en-logistics-approval",
            "V65",
            "10_auckland_logistics.txt",
            "Tell you what, I'll give you a bell back on Thursday",
        ),
        (
            "de-erstkunde-rechnung-verloren",
            "V65",
            "04_innsbruck_erstkunde.txt",
            "Ich ruf Sie nächste Woche nochmal an",
        ),
    ],
)
def test_a_call_back_is_understood_and_settles_nothing(
    sid: str, audit: str, script: str, line: str
) -> None:
    """ "I'm not sure I follow" / "Das habe ich jetzt nicht ganz verstanden" answered a
    call-back (sixty-fourth and sixty-fifth audits)."""
    runner = _runner(sid)
    steps = runner.play(_script(audit, script))
    (step,) = [s for s in steps if s.text.startswith(line)]
    reply = " ".join(step.customer)
    assert reply and "follow" not in reply and "verstanden" not in reply
    assert reply in ("Alright, talk then.", "Fine, speak then.", "Gut, dann hören wir uns.",
                     "In Ordnung, dann bis dann.")  # fmt: skip
    # the call screen and the export say what it was, not a guess at a compromise
    assert any(isinstance(e, LearnerSaid) and e.call_back for e in step.events)
    turn = Turn.model_validate(
        {"index": 5, "speaker": "learner", "text": step.text, "move": "say", "trigger": None}
    )
    assert "call back later" in (read_as(turn, "en") or "")
    assert "Rückruf vertagt" in (read_as(turn, "de") or "")
    result = runner.session.finish()
    assert result["passed"] is False and "outcome" in result["critical"]


def test_the_sorry_of_a_correction_is_no_sympathy() -> None:
    """V64 call 11: "sorry, i mean: can you confirm it'll be paid by december 17?" was
    empathy 0.90 beside the date, and the customer said "Thanks, I appreciate that."."""
    runner = _runner("en-logistics-approval")
    steps = runner.play(_script("V64", "11_toronto_logistics.txt"))
    (step,) = [s for s in steps if s.text.startswith("sorry, i mean")]
    assert "empathise" not in step.intents and "fix_payment_date" in step.intents
    assert "appreciate" not in " ".join(step.customer)


# --- 7. the sixty-sixth audit: a figure put right, and a reduction's size in the letter -------
def test_a_figure_put_right_with_a_bare_sorry_is_the_one_agreed() -> None:
    """V66 call 08: "a down payment of £300 – sorry, £275 – by this Friday" became £300 (and
    empathy 0.89); the right letter then failed as critical, 69."""
    text = (
        "Could you make a down payment of £300 – sorry, £275 – by this Friday, the 11th of "
        "December, as a sign of good faith?"
    )
    amounts = [f.value for f in extract_facts(text, CALL_DAY) if f.kind == "amount"]
    assert amounts == [275.0]
    result = _played("en-cash-problems-cafe", "V66", "08_belfast_cafe.txt", "08_letter.txt")
    assert result["agreed_terms"]["now"] == 275.0
    assert result["passed"] is True and not _failed(result)


@pytest.mark.parametrize(
    "text", ["That is £300, sorry, it is on the invoice.", "I am sorry, 300 pounds is a lot."]
)
def test_a_sorry_that_puts_nothing_right_keeps_the_figure(text: str) -> None:
    assert [f.value for f in extract_facts(text, CALL_DAY) if f.kind == "amount"] == [300.0]


def test_the_size_of_an_agreed_reduction_in_the_letter_is_no_wrong_sum() -> None:
    """V66 call 10: "invoice no. CWS-118 is reduced by £200.00 to £2,200.00" failed as "The
    letter names £200.00, but the call agreed £2,400.00" (critical)."""
    result = _played("en-web-studio-unjustified", "V66", "10_sydney_webstudio.txt", "10_letter.txt")
    assert result["agreed_terms"]["amount"] == 2200.0
    assert "confirm_in_writing" not in _failed(result)
    assert result["passed"] is True


def test_a_discount_after_the_facts_had_won_is_money_given_away() -> None:
    """V66 call 10: "Fine — I'll pay. When do you need it?", then "I'll knock £200 off, so
    £2,200 by Friday the 18th?": handle_objection passed as "cleared up with facts"."""
    result = _played("en-web-studio-unjustified", "V66", "10_sydney_webstudio.txt", "10_letter.txt")
    (handle,) = _failed(result)["handle_objection"]
    assert "£200" in handle["evidence"]
    assert result["passed"] is True  # the auditor's pass, 65-85


def test_a_discount_where_the_objection_still_stands_is_judged_as_before() -> None:
    """The same reduction before any fact, while she still disputes: conceded, not a gift
    after the facts (the reason names what came first)."""
    runner = _runner("en-web-studio-unjustified")
    script = _script("V66", "10_sydney_webstudio.txt")
    at = next(i for i, ln in enumerate(script) if ln.startswith("Right, the booking form"))
    runner.play([*script[:at], *script[at + 1 :]])
    result = runner.session.finish()
    handle = next(c for c in result["checks"] if c["id"] == "handle_objection")
    assert handle["passed"] is False and "nobody had asked" not in handle["reason"]


# --- 8. the sixty-seventh audit: blame behind an apology ----------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "de",
            "Tut mir leid, dass ich nachhaken muss, aber wenn Sie Ihre Post vor dem Urlaub "
            "erledigt hätten, müsste ich jetzt nicht anrufen.",
        ),
        (
            "en",
            "im sorry you feel that way, but if you had called me the same week i could have "
            "checked it.",
        ),
        ("en", "I understand, but you should have told us straight away."),
        # sixty-ninth audit, probe 1 (empathy 0.83, thanked, 100 gold)
        (
            "en",
            "Ah sure, I am sorry if the invoice got buried on your desk, but that is really on "
            "your end.",
        ),
        (
            "de",
            "Tut mir leid, dass die Rechnung liegen geblieben ist, aber das liegt wirklich bei "
            "Ihnen.",
        ),
    ],
)
def test_blame_behind_an_apology_is_blame(lang: str, line: str) -> None:
    """GUIDE §5: a reproach "with a polite veneer" is accusatory_opener; these were empathy
    0.95 and the customer thanked for them (V67 probe 5: 100 gold)."""
    from trainer.understanding import load_recogniser
    from trainer.understanding.types import Context

    mid = Context(call_date=CALL_DAY, learner_turn=4)
    names = load_recogniser(lang).recognise(line, mid).names
    assert names[0] == "accusatory_opener" and "empathise" not in names


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Sorry, but if you'd like, we could split it into three payments."),
        ("en", "I hear you, but we need the payment by the 18th."),
        ("de", "Tut mir leid, aber wenn Sie bis Freitag zahlen würden, wäre mir sehr geholfen."),
        ("de", "Ich verstehe, aber wenn Sie Fragen haben, rufen Sie mich einfach an."),
    ],
)
def test_an_apology_before_a_proposal_is_no_blame(lang: str, line: str) -> None:
    from trainer.understanding import load_recogniser
    from trainer.understanding.types import Context

    mid = Context(call_date=CALL_DAY, learner_turn=4)
    assert "accusatory_opener" not in load_recogniser(lang).recognise(line, mid).names


# --- 9. a customer who came round after refusing: no "next step after a failed call" ---------
@pytest.mark.parametrize(
    ("audit", "script", "day"),
    [("V64", "10_perth_handyman.txt", CALL_DAY), ("V68", "11_vancouver_handyman.txt", None)],
)
def test_a_call_back_after_an_accepted_rework_is_no_failed_negotiation(
    audit: str, script: str, day: dt.date | None
) -> None:
    """ "… Fine. Fix them properly and I'll pay. When?" — "I'll … give you a call back next
    week": the debrief said "After the refusal you announced no next step … it is wiser to
    waive the claim" (V64 call 10, V68 call 11); the rework had been accepted."""
    loaded = load_scenario(find_scenario("en-handyman-waive", SCENARIOS))
    recogniser = default_recogniser("en", loaded)
    runner = ScriptRunner.open(
        loaded, seed=1, today=day or dt.date(2026, 12, 10), recogniser=recogniser
    )
    runner.play(_script(audit, script))
    result = runner.session.finish()
    ids = {c["id"] for c in result["checks"]}
    outcome = next(c for c in result["checks"] if c["id"] == "outcome")
    assert "next_step" not in ids
    assert outcome["passed"] is False and "refusal" not in outcome["reason"]
    assert "waive" not in outcome["better"].casefold()


def test_a_refusal_that_stands_still_asks_for_the_next_step() -> None:
    """Refused, and nothing taken up after: the next step is judged as before."""
    runner = _runner("en-handyman-waive")
    script = _script("V64", "10_perth_handyman.txt")
    runner.play([ln for ln in script if not ln.startswith(("Tell you what", "Look, I'll"))])
    result = runner.session.finish()
    step = next(c for c in result["checks"] if c["id"] == "next_step")
    assert step["passed"] is False and result["passed"] is False


# --- 10. the sixty-eighth audit: the rest and the size of each instalment ----------------------
def test_the_rest_named_with_its_instalments_is_no_extra_part() -> None:
    """V68 call 08: "Then the remaining £2,000 in two instalments of £1,000, on 15 January and
    15 February" gave a rest of £3,000 (parts £2,000 and £1,000) on a £2,760 invoice, and the
    customer who had said "I haven't got £760 spare" took the same terms read back."""
    runner = ScriptRunner.open(
        load_scenario(find_scenario("en-chippy-instalments", SCENARIOS)),
        seed=1,
        today=dt.date(2026, 12, 10),
        recogniser=default_recogniser(
            "en", load_scenario(find_scenario("en-chippy-instalments", SCENARIOS))
        ),
    )
    steps = runner.play(_script("V68", "08_aberdeen_chippy.txt"))
    (read_back,) = [s for s in steps if s.text.startswith("Grand. So to read it back")]
    assert "haven't got it" in " ".join(read_back.customer)
    assert runner.session.call.agreed_terms is None


# --- 11. model answers name no holiday ----------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "days", "day"),
    [
        (dt.date(2026, 12, 9), 14, dt.date(2026, 12, 28)),  # not Friday 25 December
        (dt.date(2026, 12, 21), 7, dt.date(2027, 1, 4)),  # not Friday 1 January
        (dt.date(2026, 12, 3), 7, dt.date(2026, 12, 11)),  # an ordinary Friday stays
    ],
)
def test_a_suggested_payment_day_is_no_holiday(call: dt.date, days: int, day: dt.date) -> None:
    """V67 call 10: "And the remaining £890.00 by Friday 25 December" as the better line."""
    from trainer.scoring.view import suggested_date

    assert suggested_date(call, days) == day
