"""The customer's replies fit what the learner said, and the debrief names the fault made
(an outside trainer's audit of whole calls, /work/briefs/out/V_calls).

- Time handed over without a day ("den Rest, wenn's wieder läuft", "Anfang nächsten Jahres
  reicht") is a plain offer: the customer takes it gladly — he does not misunderstand it —
  and the score fails it (no date, no agreement; GUIDE §3, §6).
- A canned line must not presume what was not said (a drain nobody offered to clear, a
  payment day nobody named), and a question for the order number gets the number.
- The debrief says why a compromise was right (weak proof, not a justified objection) and
  that a learner who gave in at once gave in, rather than "argued".
- A customer greeting does not name the caller: the learner may have given another name.

Played through the real recogniser and the one script runner, as `trainer play --script`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.helpers import SCENARIOS, call_checks
from trainer.i18n import format_date
from trainer.scenario import find_scenario, load_scenario
from trainer.session.script import PAUSE, ScriptRunner, Step

CALL_DAY = dt.date(2026, 12, 1)  # the audit's call day
NOT_UNDERSTOOD = ("nicht ganz verstanden", "nicht verstanden", "Wie bitte", "not sure I follow")


def _runner(sid: str, persona: str | None = None, seed: int = 1) -> ScriptRunner:
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    return ScriptRunner.open(loaded, seed=seed, today=CALL_DAY, persona=persona)


def _reply(step: Step) -> str:
    return " ".join(step.customer)


def _check(result: dict[str, Any], cid: str) -> dict[str, Any]:
    return next(c for c in result["checks"] if c["id"] == cid)


WERKSTATT_CASH = [
    "Guten Tag Herr Becker, Deniz Yilmaz vom Kfz-Meisterbetrieb Yilmaz.",
    "Ich rufe wegen der noch offenen Rechnung KFZ-2026-1903 an.",
    PAUSE,
    PAUSE,
    "Verstehe. Könnten Sie diese Woche schon 600 Euro anzahlen?",
]
HAUSVERWALTUNG_CAVES = [
    "Brandt Garten- und Landschaftsbau, Jana Brandt, guten Tag Herr Kessler.",
    "Ich rufe wegen der noch offenen Rechnung GL-2026-215 an.",
    PAUSE,
    "Oh, das ist ärgerlich. Was halten Sie davon, wenn wir Ihnen 20 Prozent nachlassen?",
    "Dann kommen wir nochmal vorbei und pflastern den Bereich am Eingang neu, auf unsere Kosten.",
]


@pytest.mark.parametrize(
    "vague",
    [
        "Den Rest dann, wenn's bei Ihnen wieder besser läuft.",  # the audited line (de9)
        "Mit dem Rest hat es keine Eile, zahlen Sie ihn, wenn die Taxis wieder Geld bringen.",
    ],
)
def test_a_vague_rest_is_taken_gladly_and_fails_the_call(vague: str) -> None:
    runner = _runner("de-werkstatt-ueberraschung", persona="cash_problems")
    assert runner.play(WERKSTATT_CASH)[-1].state == "anzahlung"
    (step,) = runner.play([vague])
    reply = _reply(step)
    assert not any(w in reply for w in NOT_UNDERSTOOD), reply
    assert step.state == "rest_vage" and "600,00" in reply, reply
    assert runner.session.scenario.states[step.state].agreed is None
    runner.play(["Alles klar, Herr Becker, dann schönen Tag noch!"])
    result = runner.finish()
    assert result["outcome"] == "no_agreement" and not result["passed"]
    assert not _check(result, "date_for_rest")["passed"]
    assert not _check(result, "outcome")["passed"]


def test_after_a_vague_rest_a_date_still_makes_the_plan() -> None:
    runner = _runner("de-werkstatt-ueberraschung", persona="cash_problems")
    runner.play([*WERKSTATT_CASH, "Den Rest dann, wenn's bei Ihnen wieder besser läuft."])
    (step,) = runner.play(["Halt, lieber so: die restlichen 1.265,40 Euro bis zum 15. Januar."])
    assert step.state == "plan_geteilt_sofort", _reply(step)


def test_a_compromise_reply_names_nothing_that_was_not_offered() -> None:
    """de11: re-paving was offered; the customer must not accept a drain clearance."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    steps = runner.play(HAUSVERWALTUNG_CAVES)
    assert steps[-1].state == "kompromiss"
    assert "Ablauf" not in _reply(steps[-1]), _reply(steps[-1])


def test_a_vague_date_after_a_concession_is_accepted_and_the_learner_who_caved_is_told_so() -> None:
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(HAUSVERWALTUNG_CAVES)
    (step,) = runner.play(
        ["Zahlen Sie dann einfach, wenn die Arbeiten erledigt sind, Anfang nächsten Jahres reicht."]
    )
    reply = _reply(step)
    assert not any(w in reply for w in NOT_UNDERSTOOD), reply
    assert step.state == "kompromiss_vage", reply
    runner.play(["Gut, dann machen wir das so. Tschüss, Herr Kessler."])
    result = runner.finish()
    assert result["outcome"] == "no_agreement" and not _check(result, "outcome")["passed"]
    clarify = _check(result, "clarify_objection")
    assert not clarify["passed"]
    assert "nachgegeben" in clarify["reason"] and "argumentiert" not in clarify["reason"]


def test_the_handyman_customer_pays_on_the_day_the_learner_named() -> None:
    runner = _runner("en-handyman-waive")
    steps = runner.play(
        [
            "Hello, is that Rachel? It's Gareth Lewis, Lewis Handyman Services.",
            "I'm calling about the invoice LHS-077 that's still open.",
            PAUSE,
            "Oh, sorry to hear that. Which shelf is it?",
            "I'm happy to pop round and re-fix them at no charge, and then you settle the £180.",
            "Thursday morning? And then the £180 by Friday the 11th – does that work?",
        ]
    )
    reply = _reply(steps[-1])
    assert steps[-1].state == "agreed", reply
    assert "same day" not in reply and format_date(dt.date(2026, 12, 11), "en") in reply, reply
    result = runner.finish()
    handle = _check(result, "handle_objection")
    # The objection is not justified: the compromise is right because proof is thin.
    assert handle["passed"] and "justified" not in handle["reason"], handle["reason"]
    assert "proof" in handle["reason"] and "court" in handle["reason"], handle["reason"]


def test_the_handyman_briefing_dates_the_invoice_from_the_call_day() -> None:
    loaded = load_scenario(find_scenario("en-handyman-waive", SCENARIOS))
    dated = loaded.scenario.on(CALL_DAY)
    assert format_date(CALL_DAY - dt.timedelta(days=34), "en") in dated.briefing
    assert "23" not in dated.briefing.split("due on")[1].split(".")[0]


def test_asked_for_the_order_number_the_clerk_gives_it() -> None:
    runner = _runner("de-behoerde-bestellnummer")
    steps = runner.play(
        [
            "Guten Tag Herr Schulte, Miriam Hoffmann von Hoffmann IT-Training.",
            "Ich rufe wegen unserer Rechnung S-2026-0877 an.",
            PAUSE,
            "Verstehe. Wie lautet denn die Bestellnummer, die fehlt?",
        ]
    )
    assert "BE-4471" in _reply(steps[-1]), _reply(steps[-1])
    (step,) = runner.play(
        ["Ich schicke Ihnen die Rechnung heute per E-Mail neu. Welche Nummer ist das denn?"]
    )
    assert "BE-4471" in _reply(step), _reply(step)


GREETINGS = {
    "de-stammkunde-urlaub": "Berger",
    "de-erstkunde-rechnung-verloren": "Vogt",
    "de-maler-berechtigter-einwand": "Krause",
    "de-behoerde-bestellnummer": "Hoffmann",
    "de-werkstatt-ueberraschung": "Yilmaz",
    "de-hausverwaltung-rechtsweg": "Brandt",
}


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("sid", sorted(GREETINGS))
def test_the_greeting_does_not_name_a_caller_who_gave_another_name(sid: str, seed: int) -> None:
    runner = _runner(sid, seed=seed)
    (step,) = runner.play(["Guten Tag, hier ist Sommer von der Buchhaltung Sommer & Partner."])
    assert step.state == "begruesst"
    assert GREETINGS[sid] not in _reply(step), _reply(step)


def test_a_rebuttal_with_a_faint_empathy_reading_is_not_thanked_for_understanding() -> None:
    # de10: the rebuttal also read as empathise 0.76 got "Danke für Ihr Verständnis.
    # Protokoll hin oder her …" — thanks for understanding while being contradicted.
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(
        [
            "Brandt Garten- und Landschaftsbau, Jana Brandt, guten Tag Herr Kessler.",
            "Ich rufe wegen der noch offenen Rechnung GL-2026-215 an.",
            PAUSE,
            "Das nehme ich ernst. Wo genau steht das Wasser denn – eher in der Mitte am Ablauf "
            "oder an den Rändern?",
        ]
    )
    (step,) = runner.play(
        [
            "Herr Kessler, bei der Abnahme am 2. Oktober haben wir das Gefälle gemessen, zwei "
            "Prozent, das ist fotografiert, und Sie haben das Protokoll ohne Vorbehalt "
            "unterschrieben. Dass das Wasser am Eingang steht, liegt am verstopften Hofablauf – "
            "der gehörte nicht zu unserem Auftrag."
        ]
    )
    assert "rebut_unjustified_objection" in step.intents
    assert "Verständnis" not in _reply(step)


HANDYMAN_DEAL = [
    "Hi Rachel, Gareth Lewis from Lewis Handyman Services.",
    "I'm calling about invoice LHS-077 for the shelves, it's still open.",
    PAUSE,
    "Oh, sorry to hear that. What exactly happened with the shelves?",
    "Tell you what, I'll come back on Thursday and re-fix all three for free, and once they're "
    "solid you pay the £180. Would that work?",
]


def test_the_customer_lets_the_learner_confirm_after_the_read_back() -> None:
    # Second audit: the read-back of the deal got "See you then. Bye." and the call ended
    # before the learner could promise the confirmation (then not failed: nothing was
    # exercised). Nineteenth audit: that made skipping the confirmation score higher than
    # giving it. She now says yes to the read-back and waits for the rest.
    runner = _runner("en-handyman-waive")
    runner.play(HANDYMAN_DEAL)
    (step,) = runner.play(["Great, so I'll fix them Thursday and you pay the £180 then."])
    assert not step.ended and "that's it" in _reply(step)
    (step,) = runner.play(["I'll pop that in an email to you today."])
    assert step.ended
    checks = call_checks(runner.finish())
    assert checks["confirm_in_writing"]["passed"] is True


def test_a_learner_who_had_a_turn_after_the_deal_must_still_confirm_in_writing() -> None:
    runner = _runner("en-handyman-waive")
    steps = runner.play(HANDYMAN_DEAL)
    assert not steps[-1].ended
    runner.play(["Brilliant. Thanks Rachel, bye."])
    assert _check(runner.finish(), "confirm_in_writing")["passed"] is False


def test_a_down_payment_answered_as_one_is_credited_though_read_otherwise() -> None:
    # Second audit: the engine answered the line as a down payment ("500,00 € kriege ich
    # hin. Und der Rest?") while the debrief said none was asked for.
    runner = _runner("de-werkstatt-ueberraschung", persona="cash_problems")
    runner.play(WERKSTATT_CASH[:4])
    (step,) = runner.play(
        ["Na gut. Dann überweis halt mal 500 Euro diese Woche, und den Rest, wenn's wieder läuft."]
    )
    assert "500,00" in _reply(step)
    result = runner.finish()
    assert _check(result, "down_payment")["passed"] is True
    assert _check(result, "date_for_rest")["passed"] is False


def test_no_compromise_is_recorded_where_there_was_no_dispute() -> None:
    # Second audit: a date proposal also read a little as a compromise put `compromise: true`
    # into the agreed terms of a call with no objection at all.
    runner = _runner("de-erstkunde-rechnung-verloren")
    runner.play(
        [
            "Grüß Gott Frau Albers, Lena Vogt von Vogt Grafikdesign.",
            "Ich wollt mit Ihnen kurz klären, wie wir die offene Rechnung am geschicktesten "
            "erledigen, ich hätt da einen Vorschlag.",
            "Oh, dann schicke ich Ihnen die Rechnung heute noch einmal an die neue Adresse.",
            "Wär's Ihnen recht, wenn die 1.428 Euro dann bis zum 11. Dezember bei uns sind?",
        ]
    )
    terms = runner.finish()["agreed_terms"]
    assert terms and terms.get("date") == "2026-12-11" and "compromise" not in terms
