"""Fifty-first session: what the outside audits V208–V211 (benchmarks/audits/) found."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import SCENARIOS, score_but_the_letter
from tests.scenarios.test_customer_v36 import _failed, _played, _runner, _script
from tests.scenarios.test_customer_v43 import _heard
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.understanding import load_recogniser
from trainer.understanding.context import apply_context
from trainer.understanding.pressure import unlawful_pressure
from trainer.understanding.types import TENTATIVE, Context

DAY = dt.date(2026, 12, 7)  # a Monday


# --- a weekday with its day of the month, no "den" between ---------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "day"),
    [
        # V209 02: "Bis Freitag 18.?" was Friday the 11th, and the customer promised the 11th
        ("de", "Bis Freitag 18.?", "2026-12-18"),
        ("de", "bis freitag 18. dann?", "2026-12-18"),
        ("de", "Am Montag 14. rufe ich nochmal an.", "2026-12-14"),
        ("en", "by Friday 18th?", "2026-12-18"),
        # the guards: with "den" / "the" as before, and the weekday alone is next Friday
        ("de", "Bis Freitag, den 18.?", "2026-12-18"),
        ("en", "by Friday the 18th", "2026-12-18"),
        ("de", "Bis Freitag?", "2026-12-11"),
        ("de", "Freitag um 18 Uhr ruf ich an.", "2026-12-11"),
    ],
)
def test_a_weekday_with_its_day_of_the_month_is_that_day(lang: str, line: str, day: str) -> None:
    recognised = load_recogniser(lang).recognise(line, call_date=DAY)
    assert [f.value for f in recognised.facts if f.kind == "date"] == [day]


def test_the_learners_day_is_the_day_the_customer_promises() -> None:
    """V209 02: "Bis Freitag 18.?" — "Gut, dann überweise ich bis zum 11.12.2026", and pin_date
    passed with "Termin: 11.12.2026" as its evidence."""
    result = _played("de-erstkunde-rechnung-verloren", "V209", "02_magdeburg_erstkunde.txt")
    assert result["agreed_terms"]["date"] == "2026-12-18"


# --- the caller's own aside is no reproach -------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        # V208 05r and p2: a reproach 0.93 for "schon wieder" said of herself; the regular took
        # offence and the call was lost (27; 60 without the two words)
        "Guten Morgen Frau Lindner, wie geht's Ihnen denn, die Praxis läuft, hoff ich? – ach, "
        "ich schweif schon wieder ab.",
        # V208 05: a reproach 0.86 for "mal wieder" said of her back
        "Guten Morgen Frau Lindner, Stefan Krause vom Malerbetrieb Krause – ach, bei Ihnen ist "
        "ja immer so viel los, ich hoffe, ich stör nicht grad mitten in einer Behandlung, mein "
        "Rücken könnte übrigens auch mal wieder – na ja, egal.",
        "Ach, ich red schon wieder zu viel.",
    ],
)
def test_an_aside_about_oneself_is_no_reproach(line: str) -> None:
    heard = _heard("de", line, learner_turn=1)
    assert "accusatory_opener" not in heard, heard


@pytest.mark.parametrize(
    "line",
    [
        # the guards: said of him, or the reproach beside the aside
        "Sie kommen schon wieder vom Thema ab.",
        "Ich rede schon wieder zu viel, Sie haben die Rechnung immer noch nicht bezahlt.",
    ],
)
def test_again_said_of_him_stays_a_reproach(line: str) -> None:
    heard = _heard("de", line, learner_turn=1)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


def test_the_aside_keeps_the_regular_customer_calm() -> None:
    """V208 05r: "… ach, ich schweif schon wieder ab." — "und jetzt dieser Ton?", 27."""
    result = _played("de-maler-berechtigter-einwand", "V208", "05r_mainz_catering.txt")
    blamed = [c["evidence"] for c in _failed(result).get("no_accusation", [])]
    assert blamed and not any("schweif" in e for e in blamed), blamed  # her later jab only
    assert score_but_the_letter(result) >= 60


# --- threats and brush-offs dressed up -----------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V210 p4: empathy and a date, "No premature threat", 93 silver
        (
            "en",
            "no stress, just pop it through by friday the 11th so i don't have to hand it over "
            "to our collections people, yeah?",
        ),
        ("en", "Pay by Friday so that we don't need to involve the court."),
        ("de", "Überweisen Sie bis Freitag, damit ich das nicht ans Inkasso geben muss."),
    ],
)
def test_payment_asked_so_the_legal_step_need_not_follow_is_a_threat(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert heard.get("threaten_legal", 0.0) >= TENTATIVE, heard


def test_so_i_dont_forget_is_no_threat() -> None:
    heard = _heard("en", "So I don't forget, our collections team will send the statement.")
    assert "threaten_legal" not in heard, heard


def test_the_friendly_collections_threat_costs_the_threat_check() -> None:
    """V210 p4: 93 silver, "No premature threat"."""
    result = _played("en-florist-forgot", "V210", "p4_queensland_veiled.txt")
    assert "no_premature_threat" in _failed(result)
    assert result["tier"] not in ("gold", "silver")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V209 04 and p6: the neutral opener 1.00, strategy 1 passed
        (
            "de",
            "Gemäß unseren Unterlagen ist die Rechnung Nr. S-2026-0877 über 2.340 Euro trotz "
            "unserer Zahlungserinnerung bis heute nicht ausgeglichen.",
        ),
        ("en", "Despite our reminders, invoice 4471 has still not been paid."),
        # V209 11: a compromise 0.70 beside a faint reproach
        ("en", "I'm only ringing cos you're a hard woman to get money out of, ha"),
        # V209 09
        ("en", "Sir, I understand, but that is not our concern."),
    ],
)
def test_the_reminder_held_against_him_is_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=2)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    assert "neutral_opener_open_invoice" not in heard and "empathise" not in heard, heard


def test_despite_the_holidays_is_no_reproach() -> None:
    heard = _heard("de", "Trotz der Feiertage melde ich mich kurz wegen der offenen Rechnung.")
    assert "accusatory_opener" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V210 09: empathy 0.98, "Thanks, I appreciate that"
        (
            "en",
            "I hear you, Mr Kemp, times are tough for everyone. But the boiler is installed and "
            "working, and that is what you are paying for.",
        ),
        ("de", "Ja, das geht gerade allen so. Trotzdem brauche ich das Geld bis Freitag."),
    ],
)
def test_his_trouble_made_everyones_is_no_sympathy(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=3)
    assert "empathise" not in heard, heard


@pytest.mark.parametrize(
    "line",
    [
        "I know it's tough for a lot of small businesses right now.",
        # V102 09: no "but" after it — sympathy, as before
        "I hear ya, times are tough for everybody, I truly get it.",
    ],
)
def test_trouble_named_as_common_still_sympathises(line: str) -> None:
    heard = _heard("en", line, learner_turn=3)
    assert heard.get("empathise", 0.0) >= TENTATIVE, heard


# --- payment pressed over a justified complaint --------------------------------------------------
def test_payment_pressed_before_the_compromise_costs_the_objection_check() -> None:
    """V211 p1: "Verstehe, das ist ärgerlich, klar. Aber … ich brauche das Geld bis Freitag."
    to the painter's justified complaint, the rework only after — 100 gold (here with a day
    after the rework, which she now asks for)."""
    script = _script("V211", "p1_04_noblame.txt")
    script = [
        ln.replace("bis Freitag, den 11. Dezember", "bis Freitag, den 18. Dezember")
        for ln in script
    ]
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play(script)
    result = runner.session.finish()
    assert result["outcome"] == "compromise"
    (handled,) = _failed(result)["handle_objection"]
    assert handled["reason"].startswith("Auf Zahlung gedrängt, solange ein berechtigter")
    assert "Geld bis Freitag" in handled["evidence"]
    assert result["tier"] == "silver"


def test_the_compromise_first_keeps_the_objection_check() -> None:
    """The guard: the rework offered once she had said what was wrong, the date after (V205
    02, 100 gold before and after)."""
    result = _played(
        "de-maler-berechtigter-einwand", "V205", "02_bamberg_maler.txt", "02_letter.txt"
    )
    assert "handle_objection" not in _failed(result)
    assert result["tier"] == "gold"


# --- the customer keeps the rework's week in mind ------------------------------------------------
def test_money_before_the_rework_is_no_agreement() -> None:
    """V211 04: "Mein Geselle kommt nächste Woche …", then "… komplett bis Freitag, den 11.
    Dezember" — "Einverstanden. Raum 3 wird nachgebessert, und bis zum 11.12.2026 ist das Geld
    bei Ihnen", though she pays "wenn das erledigt ist"."""
    result = _played("de-maler-berechtigter-einwand", "V211", "04_mannheim_maler.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any("Geselle ja noch gar nicht da" in line for line in said), said
    assert result["outcome"] != "compromise"


# --- after the end round (V212–V215; not fresh) ------------------------------------------------
def test_amounted_to_is_no_fraud_charge() -> None:
    """V213 p1: "Das Gefälle betrug bei der Abnahme exakt 2 Prozent, …" failed the call as a
    threat of a fraud charge ("betrug", the past of "betragen")."""
    fact = (
        "Der Vollständigkeit halber: Das Gefälle betrug bei der Abnahme exakt 2 Prozent, "
        "gemessen und fotografiert; der Hofablauf war nicht Gegenstand des Auftrags."
    )
    assert unlawful_pressure(fact, "de") is None
    # the guards: the charge itself
    assert unlawful_pressure("Das ist Betrug, und das zeige ich an.", "de") == "betrug"
    assert unlawful_pressure("Das nenne ich Betrug.", "de") == "betrug"


def test_the_facts_pass_the_call_without_a_threat() -> None:
    result = _played("de-hausverwaltung-rechtsweg", "V213", "p1_06_facts_only.txt", "06_letter.txt")
    threats = [c["evidence"] for c in _failed(result).get("no_premature_threat", [])]
    assert not any("Gefälle" in (e or "") for e in threats), threats


def test_a_call_back_with_sympathy_takes_no_day_up() -> None:
    """V215 11: "Okay, I understand, you must first look in your books. Then I call you back on
    Thursday and we fix the date, yes?" to her "end of next week?" got "Deal. £640.00 by 18
    December 2026" — 93 silver for a call that settled nothing."""
    result = _played("en-florist-forgot", "V215", "11_oxford_florist.txt")
    assert result["outcome"] != "promise_to_pay"
    assert not result["passed"]


def test_the_second_language_own_need_is_no_reproach() -> None:
    """V212 11: a reproach 0.92, and the chip-shop owner hung up."""
    heard = _heard(
        "en",
        "But I need also the money, we have bills too, so I need something this week.",
        learner_turn=4,
    )
    assert "accusatory_opener" not in heard, heard
    assert (
        _heard("en", "You never pay your bills too.", learner_turn=4).get("accusatory_opener", 0.0)
        >= TENTATIVE
    )


@pytest.mark.parametrize(
    ("line", "vague"),
    [
        # V214 04 and p5: "pay whenever" 0.41 beside the date request; the customer heard it
        ("wann sie können bezahlen?", False),
        ("ok. wann können sie zahlen?", False),
        # the guard: the time handed to him
        ("Zahlen Sie, wann Sie können?", True),
    ],
)
def test_a_question_for_when_hands_him_no_time(line: str, vague: bool) -> None:

    loaded = load_scenario(find_scenario("de-werkstatt-ueberraschung", SCENARIOS))
    recogniser = default_recogniser("de", loaded)
    heard = apply_context(recogniser.recognise(line, call_date=DAY), Context(learner_turn=4))
    assert ("zahlung_ohne_termin" in heard.names) is vague, heard.names


@pytest.mark.parametrize(
    "line", ["Ach, no bother.", "no bother.", "Ah sure, not to worry at all, love."]
)
def test_the_mishap_played_down_is_sympathy(line: str) -> None:
    """V208 07, V214 12: "Ach, no bother." to the florist's apology got "Sorry, what was that
    about?" where "no worries" is sympathy."""
    heard = _heard("en", line, learner_turn=3)
    assert heard.get("empathise", 0.0) >= TENTATIVE, heard


def test_no_bother_with_a_demand_is_the_demand() -> None:
    heard = _heard("en", "no bother, but I need it by Friday", learner_turn=3)
    assert "fix_payment_date" in heard and "empathise" not in heard, heard


def test_aye_is_heard_as_listening_and_yes() -> None:
    """V208 07: "Aye." got "I'm not sure I follow."; now she goes on with her proposal."""
    result = _played("en-florist-forgot", "V208", "07_belfast_florist.txt")
    customer = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert not any("not sure I follow" in line for line in customer), customer
    assert not any("what was that about" in line for line in customer), customer
