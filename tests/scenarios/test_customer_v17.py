"""Seventeenth session: what the fiftieth and fifty-first outside audits found in whole calls —
a plain "still not paid" heard as blame, a typed date lost to its weekday, a discount taken
twice, a calm write-off heard as a reproach, a rude dismissal of a fair complaint that cost
only the tone point."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v4 import _reply
from tests.scenarios.test_customer_v15 import CALL_DAY, _runner, _script
from trainer.simulation.call import _AGAIN, _OUTCRY
from trainer.understanding.facts import extract_facts


def _checks(result: dict) -> dict[str, dict]:
    return {c["id"]: c for c in result["checks"]}


def _names(sid: str, text: str) -> list[str]:
    return _runner(sid).session.recogniser.recognise(text).names


@pytest.mark.parametrize(
    "text",
    [
        "I'm calling about the invoice for the shelves, LHS-077, £180, that's still not paid.",
        "Hi, it's about invoice 4411, it's still not paid.",
    ],
)
def test_still_not_paid_said_as_a_fact_is_the_neutral_opener(text):
    """Fiftieth audit: "…, that's still not paid." read as blame 0.92; the florist, a regular,
    answered "Wow. That's a bit much, isn't it?" while "… die ist noch nicht bezahlt." was
    neutral."""
    names = _names("en-florist-forgot", text)
    assert "neutral_opener_open_invoice" in names and "accusatory_opener" not in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Why is it still not paid?",
        "hey its josh from the print shop why have you still not paid us",
    ],
)
def test_why_still_not_paid_is_still_a_reproach(text):
    assert _names("en-florist-forgot", text)[0] == "accusatory_opener"


def test_a_plain_still_not_paid_gets_no_offended_customer():
    runner = _runner("en-florist-forgot")
    steps = runner.play(_script("V50", "probes/P2_en_notpaid.txt"))
    assert "a bit much" not in _reply(steps[-1])
    assert _checks(runner.session.finish())["no_accusation"]["passed"] is True


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("gehts dann bis freitag den 11.12 mit der überweisung?", "2026-12-11"),
        ("bis 11.12 mit der überweisung", "2026-12-11"),
        ("am 3.1 zahlen", "2027-01-03"),
        ("bis 15.12, ok?", "2026-12-15"),
        ("bis Freitach die 500", "2026-12-04"),
    ],
)
def test_a_day_typed_without_its_last_dot_or_in_dialect_is_read(text, day):
    """Fiftieth audit, call 03: "bis freitag den 11.12" was read as Friday the 4th, and the
    customer promised a day the learner never named; fifty-first: "bis Freitach" named none."""
    dates = [f.value for f in extract_facts(text, CALL_DAY) if f.kind == "date"]
    assert dates == [day]


@pytest.mark.parametrize("text", ["11.12 Euro", "bis 12.50 € bitte", "um 11.30 Uhr", "den 31.13"])
def test_a_decimal_or_a_time_is_no_date(text):
    assert not [f for f in extract_facts(text, CALL_DAY) if f.kind in ("date", "past_date")]


def test_the_typed_day_is_the_day_she_promises():
    runner = _runner("de-erstkunde-rechnung-verloren")
    steps = runner.play(_script("V50", "03_de_erstkunde_tippfehler.txt"))
    assert any("11.12.2026" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert result["agreed_terms"]["date"] == "2026-12-11"
    assert result["passed"] is True


def test_the_same_discount_offered_twice_is_taken_once():
    """Fifty-first audit, call 11r: "10% off, so £2,160" twice, then the correct read-back
    "£2,160 by 11 December" got "No, not quite: £1,944.00", and the confirmation failed."""
    runner = _runner("en-web-studio-unjustified")
    steps = runner.play(_script("V51", "11r_en_webstudio_discount.txt"))
    assert not any("1,944" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert result["agreed_terms"]["amount"] == 2160.0
    assert _checks(result)["confirm_in_writing"]["passed"] is True


def test_another_discount_on_top_still_adds_to_the_first():
    runner = _runner("en-web-studio-unjustified")
    opening = _script("V51", "11r_en_webstudio_discount.txt")[:3]
    runner.play(
        [*opening, "Tell you what, I'll take another 10% off on top, and you pay by the 11th?"]
    )
    assert runner.session.call.table.terms.get("amount") == 1944.0


def test_a_calm_write_off_with_chase_in_it_is_no_reproach():
    """Fifty-first audit, probe 1: "Right. Fair play. I'm not going to chase you for it — it's
    £180, taking it to small claims would cost me more than it's worth. I'll write it off." read
    as waiver and blame 0.93; she said "Don't you take that tone with me"."""
    line = (
        "Right. Fair play. I'm not going to chase you for it — it's £180, taking it to small "
        "claims would cost me more than it's worth. I'll write it off."
    )
    names = _names("en-handyman-waive", line)
    assert list(names) == ["waive_claim_reasoned"], names
    assert _names("en-handyman-waive", "Why do I have to chase you every time?")[0] == (
        "accusatory_opener"
    )


def test_a_rude_dismissal_of_a_fair_complaint_argues_against_it():
    """Fiftieth audit, call 07: "Na ja, so ein paar Spritzer, das geht doch mit nem feuchten
    Lappen weg, deswegen hält man doch nicht die ganze Rechnung zurück." cost only the tone point
    and handle_objection passed at 87 silver; the polite twin failed it."""
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play(_script("V50", "07_de_maler_erholung.txt"))
    result = runner.session.finish()
    handle = _checks(result)["handle_objection"]
    assert handle["passed"] is False and "Spritzer" in handle["evidence"]
    assert result["passed"] is True and result["score"] < 80


def test_na_ja_alone_is_no_clause_of_blame():
    rec = _runner("de-maler-berechtigter-einwand").session.recogniser
    line = "Na ja, das kann jedem mal passieren, machen Sie sich keinen Kopf."
    names = rec.recognise(line).names
    assert "empathise" in names and "accusatory_opener" not in names, names


def test_a_down_payment_without_a_day_for_the_rest_is_said_so():
    """Fiftieth audit, call 08: "Gut, 600,00 € kriege ich hin" and the rest "wenn die Autos
    wieder fahren" was reported as "ohne konkreten Betrag und Termin"."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    runner.play(_script("V50", "08_de_werkstatt_cash_nichtmuttersprachler.txt"))
    result = runner.session.finish()
    outcome = _checks(result)["outcome"]
    assert result["passed"] is False
    assert "600,00 €" in outcome["evidence"] and "Rest" in outcome["evidence"]


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Excuse me? Don't you take that tone with me.", "Don't you take that tone with me."),
        ("Wie bitte?! So lasse ich nicht mit mir reden.", "So lasse ich nicht mit mir reden."),
    ],
)
def test_a_reaction_said_again_opens_with_again_not_like_i_said(line, rest):
    """Fiftieth audit: "Like I said: Excuse me? Don't you take that tone with me." — the outcry
    is replaced, the reaction kept."""
    m = _OUTCRY.match(line)
    assert m is not None and line[m.end() :] == rest
    assert _AGAIN["en"] == "Again?"


def test_an_ordinary_line_has_no_outcry():
    assert _OUTCRY.match("Those shelves were wobbly again a week after you left.") is None


def test_the_same_offence_taken_twice_is_not_like_i_said():
    runner = _runner("en-handyman-waive")
    steps = runner.play(
        [
            "Hi, is that Rachel? Gareth Lewis, Lewis Handyman Services.",
            "I'm calling about the shelves invoice, LHS-077, why have you still not paid it?",
            "Sorry, I only meant it's still open. Is there a problem with the shelves?",
            "No, they were rock solid when I left, I checked every one of them. Someone must "
            "have put too much weight on them.",
        ]
    )
    assert "Excuse me?" in _reply(steps[1])
    last = _reply(steps[-1])
    assert last.startswith("Again?") and "Like I said" not in last, last
