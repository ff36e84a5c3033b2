"""Fifteenth session: what the thirty-third and later outside audits found in whole calls —
an instalment plan that kept only its first day, and a customer with nothing spare who took a
first instalment due today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import SCENARIOS, top_but_the_letter
from tests.scenarios.test_customer_v4 import _reply
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.session.script import ScriptRunner
from trainer.understanding.facts import extract_facts
from trainer.understanding.pressure import unlawful_pressure

#: The audits' call day (they ran with --today 2026-12-02).
CALL_DAY = dt.date(2026, 12, 2)


def _runner(sid: str, persona: str | None = None) -> ScriptRunner:
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    recogniser = default_recogniser(loaded.scenario.language, loaded)
    return ScriptRunner.open(loaded, seed=1, today=CALL_DAY, recogniser=recogniser, persona=persona)


def _runner_persona(sid: str, persona: str) -> ScriptRunner:
    return _runner(sid, persona)


CHIPPY_GOODWILL = [
    "Hiya Dave, it's Fiona from Walsh Plumbing & Heating.",
    "Just ringing about invoice WPH-3310 for the boiler, it's still open on our side.",
    "",
    "Ah Dave I hear you, sure everyone's getting hammered with the energy prices at the minute.",
    "Look, we'll find a way through this together, I've a suggestion for you.",
]
FLORIST_OPENING = [
    "Hi Claire, Priya at Shah Print.",
    "Just calling about the open invoice, SPS-2291.",
    "",
]
PLAN_DAYS = (
    "How about three payments of £920, on the 15th of December, the 15th of January and "
    "the 15th of February?"
)


def test_a_plan_keeps_every_day_it_names():
    """Thirty-third audit: "three payments of £920 – one today, one on the 15th of December
    and one on the 15th of January" was agreed as {count, each, rest_date: today}; the later
    days were lost."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play([*CHIPPY_GOODWILL, PLAN_DAYS])
    assert "That I can do" in _reply(steps[-1])
    terms = runner.session.finish()["agreed_terms"]
    assert terms["count"] == 3 and terms["each"] == 920.0
    assert terms["dates"] == ["2026-12-15", "2027-01-15", "2027-02-15"]


def test_a_plan_read_back_with_a_wrong_later_day_is_corrected_with_every_day():
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [
            *CHIPPY_GOODWILL,
            PLAN_DAYS,
            "Grand, so that's £920 on the 15th of December, the 15th of January and the 15th "
            "of March.",
        ]
    )
    reply = _reply(steps[-1])
    assert reply.startswith("No, not quite")
    assert all(day in reply for day in ("15 December", "15 January", "15 February"))


def test_a_plan_read_back_with_its_days_goes_through():
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [
            *CHIPPY_GOODWILL,
            PLAN_DAYS,
            "Grand, so that's £920 on the 15th of December, the 15th of January and the 15th "
            "of February. I'll fax it over for you to sign.",
            "Thanks a million Dave, mind yourself.",
        ]
    )
    assert not any("not quite" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert top_but_the_letter(result)


def test_a_plan_starting_today_is_money_he_has_not_got():
    """Thirty-third audit: his notes say a payment right now is more than he can do, yet
    "one today, one on the 15th …" got "Right. That I can do." A plan started later goes
    through."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [
            *CHIPPY_GOODWILL,
            "How about three payments of £920, one today, one on the 15th of December and one "
            "on the 15th of January?",
        ]
    )
    assert "nothing spare today" in _reply(steps[-1])
    steps = runner.play([PLAN_DAYS])
    assert "That I can do" in _reply(steps[-1])


def test_a_day_said_with_a_shrug_beside_no_rush_is_no_promise():
    """Thirty-sixth audit, call 04: "Okay, also so Ende des Monats irgendwann, ja? Das passt
    schon, kein Stress." turned into her promise for 31 December and the call passed 93."""
    runner = _runner("de-erstkunde-rechnung-verloren")
    call = Path(__file__).parents[2] / "benchmarks/audits/V36/04_de_erstkunde_irgendwann.txt"
    script = [ln for ln in call.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    steps = runner.play(script)
    assert not any("31.12.2026" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert result["passed"] is False and result["agreed_terms"] is None


def test_a_generous_day_said_plainly_is_still_a_date():
    """The twentieth audit's case stays: "Lassen Sie sich ruhig Zeit – es reicht völlig, wenn
    die 1.428 Euro bis zum 31. Dezember da sind" names the day."""
    runner = _runner("de-erstkunde-rechnung-verloren")
    call = Path(__file__).parents[2] / "benchmarks/audits/V36/04_de_erstkunde_irgendwann.txt"
    script = [ln for ln in call.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    script[-2] = (
        "Lassen Sie sich ruhig Zeit – es reicht völlig, wenn die 1.428 Euro bis zum 31. "
        "Dezember da sind."
    )
    runner.play(script)
    assert runner.session.finish()["agreed_terms"]["date"] == "2026-12-31"


def _script(audit: str, name: str) -> list[str]:
    path = Path(__file__).parents[2] / "benchmarks/audits" / audit / name
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]


def test_the_invoice_sum_said_without_its_currency_is_the_amount():
    """Thirty-seventh audit, probe 5: "Could you get the 640 across by Friday?" got "Deal.
    £640.00 by 4 December 2026", yet pin_date said "left the amount open" (86 silver)."""
    runner = _runner("en-florist-forgot")
    runner.play(_script("V37", "probes/P5_en_florist_bare_amount.txt"))
    result = runner.session.finish()
    assert result["agreed_terms"] == {"date": "2026-12-04", "amount": 640.0}
    pin = [c for c in result["checks"] if c["id"] == "pin_date"]
    assert pin and all(c["passed"] for c in pin)
    assert top_but_the_letter(result)


def test_a_figure_that_is_no_sum_of_the_call_stays_a_figure():
    runner = _runner("en-florist-forgot")
    steps = runner.play(
        [*FLORIST_OPENING, "Could you get it across by Friday? Our unit is 212 on the estate."]
    )
    assert "£212" not in _reply(steps[-1])
    assert runner.session.finish()["agreed_terms"].get("amount") in (None, 640.0)


def test_asked_what_he_can_manage_the_cafe_owner_proposes():
    """Thirty-seventh audit, probe 6: "So what can you manage?" was the reason 0.60 and the
    café owner said "I'm not sure I follow"."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(_script("V37", "probes/P6_en_cafe_what_can_you_manage.txt"))
    reply = _reply(steps[-1])
    assert "not sure I follow" not in reply and "£400.00" in reply


def test_offering_to_send_the_emails_again_is_no_reproach():
    """Thirty-seventh audit, call 12: the model rebuttal ending "Happy to send you both emails
    again." was blame 0.79 too; the customer took offence and the call failed 57."""
    runner = _runner("en-web-studio-unjustified")
    steps = runner.play(_script("V37", "12_en_webstudio_good.txt"))
    assert not any("beg your pardon" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert result["passed"] is True
    assert all(c["passed"] for c in result["checks"] if c["id"] == "no_accusation")


def test_the_agreement_sent_with_the_corrected_invoice_is_a_confirmation():
    """Thirty-sixth audit, call 06: "Ich schick Ihnen das heute noch per Mail mit der
    korrigierten Rechnung." was "only the invoice sent" (silver), while the customer answered
    "Ja, schicken Sie mir das bitte schriftlich"."""
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play(_script("V36", "06_de_maler_summe_korrigiert.txt"))
    result = runner.session.finish()
    confirm = [c for c in result["checks"] if c["id"] == "confirm_in_writing"]
    assert confirm and all(c["passed"] for c in confirm if c.get("part") != "letter")
    assert top_but_the_letter(result)


def test_a_plan_that_drops_the_refused_first_payment_is_agreed_as_said():
    """Thirty-ninth audit, call 09: "Ok, fair enough, nothing today then. What if the first
    £690 comes on Friday 18 December, then 18 January, 18 February and 18 March?" kept the
    refused £690 today as the terms, and the call failed (critical) on "no date"."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play(_script("V39", "09_en_chippy_today_adapt.txt"))
    assert "nothing spare today" in _reply(steps[5])
    assert "That I can do" in _reply(steps[6])
    result = runner.session.finish()
    assert result["agreed_terms"] == {
        "count": 4, "each": 690.0, "rest_date": "2026-12-18",
        "dates": ["2026-12-18", "2027-01-18", "2027-02-18", "2027-03-18"],
    }  # fmt: skip
    assert top_but_the_letter(result)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("bis freitag den elften", "2026-12-11"),
        ("Können Sie bis Freitag, den elften überweisen?", "2026-12-11"),
        ("bis Mittwoch den neunten, passt das?", "2026-12-09"),
        ("by friday the eleventh", "2026-12-11"),
        ("Could you do Friday, the eleventh?", "2026-12-11"),
        # a weekday alone stays the next one, an ordinal that is no day stays none
        ("bis Freitag", "2026-12-04"),
        ("on Monday the second payment goes out", "2026-12-07"),
    ],
)
def test_a_weekday_with_its_day_as_a_word_is_that_day(text, day):
    """Thirty-eighth audit, call 01: "bis freitag den elften" was the 4th, and the customer
    promised "bis zum 04.12.2026"."""
    days = [str(f.value) for f in extract_facts(text, CALL_DAY) if f.kind == "date"]
    assert days == [day]


def test_the_rest_in_instalments_keeps_its_days_and_the_customer_says_them():
    """Thirty-ninth audit, call 08: "And the rest, £790, in two instalments: £395 on Wednesday
    16 December and £395 on Wednesday 6 January" was agreed as "the rest by 16 December"."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(_script("V39", "08_en_cafe_plan_readback.txt"))
    deal = next(_reply(s) for s in steps if "Deal." in _reply(s) or "That works" in _reply(s))
    assert "2 payments of £395.00 on 16 December 2026 and 6 January 2027" in deal
    assert not any("not quite" in _reply(s) for s in steps)
    terms = runner.session.finish()["agreed_terms"]
    assert terms["now"] == 400.0 and terms["rest"] == 790.0
    assert terms["dates"] == ["2026-12-16", "2027-01-06"] and terms["each"] == 395.0


def test_a_down_payment_read_back_with_a_wrong_day_for_the_rest_is_corrected():
    """Thirty-eighth audit, call 12: "£300 today and the other £890 on Tuesday the 8th of
    December" for the 18th got "That's it, yeah." (94 gold)."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(_script("V38", "12_en_cafe_wrong_date.txt")[:6])
    reply = _reply(steps[-1])
    assert reply.startswith("No, not quite") and "18 December 2026" in reply


def test_a_discount_for_paying_today_leaves_no_rest_in_a_dispute():
    """Thirty-ninth audit, call 06: after "if you can pay today I'll knock ten percent off, so
    £2,160", Helen promised "the remaining £240.00 by 2 December" — the discount itself."""
    runner = _runner("en-web-studio-unjustified")
    steps = runner.play(_script("V39", "06_en_webstudio_discount.txt"))
    assert not any("£240" in _reply(s) for s in steps)
    terms = runner.session.finish()["agreed_terms"]
    assert terms["amount"] == 2160.0 and "rest" not in terms and "now" not in terms


def test_free_work_nobody_asked_for_is_not_called_a_discount():
    """Thirty-eighth audit, call 08: "komm einfach vorbei, ich guck kostenlos drauf" got "Ein
    Nachlass?" and the debrief said a discount gave money away."""
    runner = _runner_persona("de-werkstatt-ueberraschung", "disputes")
    steps = runner.play(_script("V38", "08_de_werkstatt_einwand_du.txt"))
    assert not any("Nachlass" in _reply(s) for s in steps)
    handle = [c for c in runner.session.finish()["checks"] if c["id"] == "handle_objection"]
    # A free look in case it still squeaks is no concession (V38 and V44 both said so, the
    # forty-fourth audit with a call that failed on it): the check passes and says why.
    assert handle and handle[0]["passed"] and "kostenlose Blick" in handle[0]["reason"]
    assert "Nachlass" not in handle[0]["reason"]


def test_a_veiled_threat_to_the_credit_rating_is_unlawful_pressure():
    """Thirty-ninth audit, call 05: "… the agencies notice, and you'd hate your rating to take
    a knock over six hundred quid, wouldn't you?" was empathy 0.19 and 100 gold."""
    runner = _runner("en-florist-forgot")
    runner.play(_script("V39", "05_en_florist_veiled_credit.txt"))
    result = runner.session.finish()
    assert result["passed"] is False and "no_premature_threat" in result["critical"]


@pytest.mark.parametrize(
    ("text", "unlawful"),
    [
        ("Ihre Bonität leidet, wenn das so weitergeht.", True),
        ("Das schadet am Ende Ihrer Bonität.", True),
        ("Das geht nicht auf Ihre Bonität, keine Sorge.", False),
        ("This won't affect your rating at all.", False),
        ("Your credit with us is good, Dave.", False),
    ],
)
def test_the_rating_named_as_a_threat_and_ruled_out(text, unlawful):
    lang = "de" if "Ihr" in text else "en"
    assert (unlawful_pressure(text, lang) is not None) is unlawful


def test_german_sarcasm_about_the_forgetting_is_a_reproach():
    """Thirty-eighth audit, call 07: "Ja klar, Reifensaison – da ist Ihnen ganz zufällig auch
    entfallen, wer Ihnen die Bremsen gemacht hat." was empathy 0.67, "Danke, dass Sie das so
    sehen", 100 gold."""
    runner = _runner_persona("de-werkstatt-ueberraschung", "apologises")
    steps = runner.play(_script("V38", "07_de_werkstatt_sarkasmus.txt"))
    assert not any("Danke, dass Sie das so sehen" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert result["passed"] is False
    assert any(c["id"] == "no_accusation" and not c["passed"] for c in result["checks"])


@pytest.mark.parametrize(
    "offer",
    [
        "Two options, you pick: either four monthly payments of £690, on the 15th of each month "
        "starting the 15th of December, or six of £460 on the same dates. Which suits you better?",
        "Either six payments of £460 or four of £690, monthly from the 15th of December - your "
        "call.",
    ],
)
def test_of_two_plans_offered_the_customer_takes_one_and_says_which(offer):
    """Forty-first audit, call 08 and probe 1: the two plans were read as "4 times £460.00?
    That's only part of the £2,760.00", or agreed without anyone knowing which."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play([*CHIPPY_GOODWILL, offer])
    reply = _reply(steps[-1])
    assert reply.startswith("The 6 payments of £460.00, then.") and "That I can do" in reply
    terms = runner.session.finish()["agreed_terms"]
    assert terms["count"] == 6 and terms["each"] == 460.0 and terms["rest_date"] == "2026-12-15"


def test_a_german_choice_of_plans_is_read_as_two_options():
    from trainer.simulation.terms import choose_plan
    from trainer.understanding import load_recogniser

    text = (
        "Entweder vier Raten zu je 690 Euro oder sechs Raten zu je 460 Euro, jeweils zum 15., "
        "ab dem 15. Dezember."
    )
    rec = load_recogniser("de").recognise(text)
    offer = choose_plan(rec, "de", {}, CALL_DAY, 2760.0)
    assert offer is not None and offer.chosen
    assert offer.terms["count"] == 6 and offer.terms["each"] == 460.0
    # one plan, no choice
    one = load_recogniser("de").recognise("Vier Raten zu je 690 Euro ab dem 15. Dezember?")
    assert choose_plan(one, "de", {}, CALL_DAY, 2760.0) is None


def test_an_unreasoned_waiver_fails_the_next_step():
    """Forty-first audit, call 11: "Okay. Forget it then, I'll write it off. You don't need to
    pay." passed 88 silver as "Waived the claim – court would not pay off here"."""
    runner = _runner("en-handyman-waive", "disputes")
    runner.play(_script("V41", "11_en_handyman_waive.txt"))
    result = runner.session.finish()
    step = [c for c in result["checks"] if c["id"] == "next_step"]
    assert step and not step[0]["passed"] and "without a reason" in step[0]["reason"]
    assert result["passed"] is False


def test_sarcasm_about_needing_the_money_is_a_reproach():
    """Forty-first audit, probe 6: "Oh no worries, we're only a small business, it's not like
    we need paying or anything." was empathy 0.99 and thanked."""
    runner = _runner("en-florist-forgot")
    steps = runner.play(
        [*FLORIST_OPENING,
         "Oh no worries, we're only a small business, it's not like we need paying or anything."]
    )  # fmt: skip
    assert "so nice about it" not in _reply(steps[-1])
    result = runner.session.finish()
    assert any(c["id"] == "no_accusation" and not c["passed"] for c in result["checks"])


def test_his_full_name_after_the_title_is_no_wrong_name():
    """Forty-third audit, call 07: "may I speak with Mr. Tom Hughes?" got "It's Hughes, by
    the way, not Tom." — from a customer who had just said "Tom speaking"."""
    from trainer.simulation.names import wrong_surname

    assert wrong_surname("May I speak with Mr. Tom Hughes?", "Tom Hughes", "Sam", None) is None
    assert wrong_surname("Hi Mr Tom, how are you?", "Tom Hughes", "Sam", None) == "Tom"
    assert wrong_surname("Guten Tag Herr Schulze", "Bernd Schulte", "Anna", None) == "Schulze"


def test_four_lots_of_a_sum_is_a_plan_of_four():
    """Forty-third audit, call 09: "four lots of £690, first one on the 15th of December, then
    the 15th of Jan, Feb and March" got "2 times £690.00? That's only part of the £2,760.00"."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [*CHIPPY_GOODWILL, "What if we split it into four lots of £690, first one on the 15th "
         "of December, then the 15th of Jan, Feb and March?"]
    )  # fmt: skip
    assert "That I can do" in _reply(steps[-1])
    terms = runner.session.finish()["agreed_terms"]
    assert terms["count"] == 4 and terms["each"] == 690.0 and terms["rest_date"] == "2026-12-15"


def test_a_split_agreed_after_a_refused_day_drops_that_day():
    """Forty-third audit, call 07: "Sir can you settle the full amount until this Friday?"
    (refused), then £400 today and £790 on 16 December: the agreed terms kept "date: 4
    December" beside the split."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(_script("V43", "07_en_cafe_manila.txt"))
    terms = runner.session.finish()["agreed_terms"]
    assert "date" not in terms
    assert terms["now"] == 400.0 and terms["rest"] == 790.0 and terms["rest_date"] == "2026-12-16"


@pytest.mark.parametrize(
    "text",
    [
        "Ich wollt mich nur mal melden wegen der Rechnung fürs Lager, die ist noch offen, aber "
        "das ist wirklich gar kein Stress, ehrlich.",
        "Ich wollt mich nur mal melden wegen der Rechnung fürs Lager, die ist noch offen, aber "
        "das ist kein Stress.",
    ],
)
def test_a_softened_opener_is_still_the_opener(text):
    """Forty-second audit: "…, die ist noch offen, aber das ist wirklich gar kein Stress,
    ehrlich." was empathy alone (", ehrlich" read as blame 0.82 on its own took the opener),
    the regular said "nicht ganz verstanden" and the debrief "never named the invoice"."""
    from trainer.understanding import load_recogniser

    names = load_recogniser("de").recognise(text).names
    assert "neutral_opener_open_invoice" in names and "accusatory_opener" not in names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Well I'm not having that. If it's not paid by Friday I'll be taking you to the "
               "small claims court."),
        ("de", "Das lass ich mir nicht bieten. Wenn bis Freitag nichts da ist, geht das ans "
               "Mahngericht."),
    ],
)  # fmt: skip
def test_the_legal_route_announced_in_anger_is_a_threat(lang, text):
    """Forty-second audit, call 12r: the English line was the calm legal route 0.96 and the
    debrief said "No threat in the whole call"."""
    from trainer.understanding import load_recogniser
    from trainer.understanding.types import Context

    rec = load_recogniser(lang).recognise(text, Context(learner_turn=6, objection_raised=True))
    assert "threaten_legal" in rec.names and "announce_legal_route" not in rec.names
    calm = "If we can't agree, I'll file a claim at the small claims court, that's the next step."
    if lang == "en":
        assert (
            "threaten_legal"
            not in load_recogniser("en")
            .recognise(calm, Context(learner_turn=6, objection_raised=True))
            .names
        )
