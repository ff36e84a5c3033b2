"""Twenty-eighth and twenty-ninth outside audits (fourteenth session): what trainers found
in whole calls — a past deadline heard as next year's, sarcasm thanked as empathy, an
invented late fee, a court ultimatum before any negotiation, a name given after the money."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import SCENARIOS, call_checks
from tests.scenarios.test_customer_v4 import TODAY, _reply, _runner
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.session.script import ScriptRunner
from trainer.understanding import load_recogniser
from trainer.understanding.context import DEMAND
from trainer.understanding.facts import extract_facts
from trainer.understanding.pressure import unlawful_pressure
from trainer.understanding.types import Context

CALL_DAY = dt.date(2026, 12, 2)


def _checks(result: dict) -> dict[str, dict]:
    return call_checks(result)


def _days(text: str) -> list[tuple[str, str]]:
    return [(f.kind, str(f.value)) for f in extract_facts(text, CALL_DAY) if "date" in f.kind]


# --- a deadline told in the past ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Payment was due by the 15th of November and we still have not received it.",
            ("past_date", "2026-11-15"),
        ),
        ("The invoice was due on the 3rd of November.", ("past_date", "2026-11-03")),
        ("You were supposed to pay by the 20th of November.", ("past_date", "2026-11-20")),
        (
            "Laut unserer Vereinbarung war die Zahlung bis zum 31. Oktober fällig.",
            ("past_date", "2026-10-31"),
        ),
        ("Sie hätten bis zum 15. November zahlen sollen.", ("past_date", "2026-11-15")),
        # a deadline asked for stays ahead, whatever tense the politeness is in
        ("I was wondering if you could pay by the 11th.", ("date", "2026-12-11")),
        ("I was hoping you could pay by the 30th of November.", ("date", "2027-11-30")),
        ("The deal was you would pay by the 15th of December.", ("date", "2026-12-15")),
        ("Ich war gestern bei der Bank, ich zahle bis zum 3. Dezember.", ("date", "2026-12-03")),
        ("Können Sie bis zum 15. Januar zahlen?", ("date", "2027-01-15")),
    ],
)
def test_a_deadline_told_in_the_past_is_a_past_day(text, expected):
    assert _days(text) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Payment was due by the 15th of November and we still have not received it."),
        ("en", "The invoice was due on the 3rd of November."),
        ("en", "To date we haven't received anything."),
        ("de", "Bis zum heutigen Tag ist bei uns kein Geld angekommen."),
        ("de", "Der ursprünglich vereinbarte Zahlungstermin war der 17. Mai."),
    ],
)
def test_a_day_gone_by_or_the_span_up_to_now_asks_for_no_date(lang, text):
    rec = load_recogniser(lang).recognise(text, call_date=CALL_DAY)
    assert "fix_payment_date" not in {h.intent for h in rec.intents}, rec.intents
    assert "ask_reason" not in {h.intent for h in rec.intents[:1]}, rec.intents


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a quoted letter's deadline whose year has passed still asks for that day
        ("de", "Wir bitten um Begleichung bis zum 30. Oktober 2025."),
        ("de", "Sie hätten bis zum 15. November zahlen sollen — schaffen Sie es bis Freitag?"),
        ("en", "It was due on the 3rd of November — can you pay it by Friday?"),
    ],
)
def test_a_deadline_asked_for_keeps_its_date_reading(lang, text):
    rec = load_recogniser(lang).recognise(text, call_date=CALL_DAY)
    assert rec.intents[0].intent == "fix_payment_date", rec.intents


def test_the_customer_does_not_promise_next_years_date_for_a_missed_deadline():
    """Probe: "Payment was due by the 15th of November and we still have not received it."
    was a date request for 15 November 2027, and Claire answered "Deal. £640.00 by 15
    November 2027."; the call passed bronze on it."""
    runner = _runner("en-florist-forgot")
    steps = runner.play(
        [
            "Hi Claire, Priya Shah from Shah Print Studio, about invoice SPS-2291.",
            "Payment was due by the 15th of November and we still have not received it.",
        ]
    )
    assert "2027" not in _reply(steps[-1])
    result = runner.session.finish()
    assert not (result["agreed_terms"] or {}).get("date")
    assert result["passed"] is False


# --- sarcasm ---------------------------------------------------------------------------------
SARCASM = [
    ("de", "Ja ja, Urlaub, schon klar – andere Leute arbeiten halt."),
    ("de", "Vergessen, ja ne, das sagen sie alle."),
    ("en", "Wedding season, right, must be nice to be that busy."),
    ("en", "Yeah right, the cheque's in the post."),
    ("en", "Nice for some, I've been working all weekend."),
    # thirty-first to thirty-fifth audits: empathy up to 0.99, and thanks for it
    ("en", "As I'm sure you're aware, the invoice is overdue."),
    ("de", "Ja, das sagen alle."),
    (
        "de",
        "Ach so, Winterreifen-Saison, na klar. Da hat man natürlich keine Zeit, mal eben ne "
        "Überweisung zu machen, ne?",
    ),
    (
        "en",
        "Oh wedding season, of course. Must be SO hard remembering one invoice when you're busy "
        "selling flowers.",
    ),
    ("de", "Ja nee, is klar, drei Wochen Urlaub und die Überweisung macht sich von allein."),
    (
        "en",
        "Bit rich telling me you're skint when there's a shiny new coffee machine on that "
        "counter, isn't it?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SARCASM)
def test_sarcasm_in_a_call_is_a_reproach_not_empathy(lang, text):
    rec = load_recogniser(lang).recognise(text, Context(learner_turn=4, call_date=CALL_DAY))
    names = [h.intent for h in rec.intents]
    assert "accusatory_opener" in names and "empathise" not in names, rec.intents


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ja ja, passt schon, kann jedem mal passieren."),
        ("de", "Schon klar, das kann im Urlaub mal durchrutschen."),
        ("en", "Right, I understand, weddings are a busy time."),
        ("en", "Sure, no worries, it happens to all of us."),
    ],
)
def test_assent_and_real_understanding_stay_friendly(lang, text):
    rec = load_recogniser(lang).recognise(text, Context(learner_turn=4, call_date=CALL_DAY))
    assert "accusatory_opener" not in {h.intent for h in rec.intents}, rec.intents


def test_the_customer_takes_sarcasm_after_his_apology_as_a_reproach():
    """Probe P3 (twenty-eighth audit): "Danke, dass Sie das so locker sehen." and 100 gold."""
    runner = _runner("de-stammkunde-urlaub")
    steps = runner.play(
        [
            "Guten Tag Herr Müller, Anna Berger von Berger Elektrotechnik.",
            "Ich rufe wegen der noch offenen Rechnung 2026-117 an.",
            "",
            "Ja ja, Urlaub, schon klar – andere Leute arbeiten halt.",
        ]
    )
    assert "locker" not in _reply(steps[-1])
    runner.play(["Können Sie die 2.380 Euro bis Freitag, 4. Dezember überweisen?"])
    result = runner.session.finish()
    assert _checks(result)["no_accusation"]["passed"] is False
    assert result["tier"] != "gold"


# --- an invented fee ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "There'll be a £150 late fee on top if it's not with us by Friday the 4th."),
        ("en", "We'll have to add a late payment charge of £50."),
        ("en", "There's a surcharge if it's late."),
        ("de", "Sonst kommt ein Säumniszuschlag von 50 Euro dazu."),
        ("de", "Ab Montag berechnen wir eine Verspätungsgebühr."),
        # a credit-bureau entry used as a threat (GUIDE §6), in other words than "Schufa"
        ("de", "Einträge in die Bonitätsdatenbanken können sich nachteilig auswirken."),
        ("de", "Dann gibt es einen negativen Eintrag bei der Auskunftei."),
        ("en", "This could affect your credit score, you know."),
    ],
)
def test_a_fee_added_on_top_is_unlawful_pressure(lang, text):
    assert unlawful_pressure(text, lang) is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "There's no late fee if you pay by Friday."),
        ("en", "We won't add any late charge."),
        ("en", "We don't charge a late fee for this."),
        ("de", "Es gibt keinen Verspätungszuschlag."),
        ("de", "Wir berechnen keine Strafzahlung."),
        ("de", "Keine Sorge, das geht nicht an die Schufa."),
        ("de", "Wir melden das nicht an eine Auskunftei."),
        ("en", "This won't affect your credit score."),
    ],
)
def test_a_fee_ruled_out_reassures(lang, text):
    assert unlawful_pressure(text, lang) is None


def test_an_invented_late_fee_fails_the_call():
    """Probe P6 (twenty-ninth audit): 93 silver, and Claire took the £150 for the sum owed."""
    runner = _runner("en-florist-forgot")
    steps = runner.play(
        [
            "Hi Claire, Priya Shah from Shah Print Studio, about invoice SPS-2291.",
            "",
            "No worries. There'll be a £150 late fee on top if it's not with us by Friday the "
            "4th though.",
        ]
    )
    assert "£150" not in _reply(steps[-1])
    result = runner.session.finish()
    threat = _checks(result)["no_premature_threat"]
    assert threat["passed"] is False and threat.get("critical") is True
    assert result["passed"] is False


# --- the legal route before the negotiation failed ------------------------------------------------
def test_a_court_ultimatum_right_after_the_first_objection_is_premature():
    """Probe P5 (twenty-eighth audit): the refusal it provoked counted as the negotiation
    having failed before it, so "No threat in the whole call"."""
    runner = _runner("en-handyman-waive")
    runner.play(
        [
            "Hello, is that Rachel? Gareth Lewis here, Lewis Handyman.",
            "I'm ringing about the open invoice for the shelves.",
            "",
            "If it's not paid by Friday I'll have to take you to the small claims court.",
        ]
    )
    result = runner.session.finish()
    assert _checks(result)["no_premature_threat"]["passed"] is False


# --- who is calling, said after the money ---------------------------------------------------------
def test_a_name_given_after_the_demand_is_named_as_late_not_missing():
    """Call 12 (twenty-ninth audit): "Gave neither your name nor your company." to a learner
    who had given both, in her second line, after the demand."""
    runner = _runner("en-chippy-instalments")
    runner.play(
        [
            "Dave. Invoice WPH-3310, £2,760, due the 22nd of October. Why haven't you paid it?",
            "it's fiona walsh, walsh plumbing. i need the full amount by friday",
        ]
    )
    identify = _checks(runner.session.finish())["identify"]
    assert identify["passed"] is False
    assert "neither" not in identify["reason"] and "money" in identify["reason"]


def test_a_name_after_the_sum_in_the_same_line_does_not_pass():
    """Call 03 (twenty-ninth audit): "Guten Tag, es geht um 4.760 Euro, die seit dem 25.
    Oktober fällig sind. Brandt hier, …" passed identify."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(
        [
            "Guten Tag, es geht um 4.760 Euro, die seit dem 25. Oktober fällig sind. Brandt "
            "hier, von Brandt Garten- und Landschaftsbau.",
            "",
        ]
    )
    identify = _checks(runner.session.finish())["identify"]
    assert identify["passed"] is False and "Geld" in identify["reason"]


def test_name_and_company_before_the_invoice_in_one_line_still_pass():
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(
        [
            "Guten Tag Herr Kessler, Jana Brandt von Brandt Garten- und Landschaftsbau, es geht "
            "um die offene Rechnung über 4.760 Euro.",
            "",
        ]
    )
    assert _checks(runner.session.finish())["identify"]["passed"] is True


# --- instalments that leave part of the bill open ------------------------------------------------
def test_dated_instalments_short_of_the_invoice_fix_no_date_for_the_rest():
    """Probe P4 (twenty-ninth audit): "three instalments of £500" on £2,760, and Dave asked
    "What about the rest?" — yet "Fixed a date for the rest."."""
    runner = _runner("en-chippy-instalments")
    runner.play(
        [
            "Hi Dave, Fiona Walsh here from Walsh Plumbing and Heating, how's things?",
            "I'm ringing about the open invoice for the boiler, WPH-3310.",
            "",
            "Ah sure look, I know it's been a desperate year, I'm not here to give you grief.",
            "I'd like to sort this out with you so it's manageable. I've a suggestion.",
            "What if you pay three instalments of £500, on the 18th of December, the 18th of "
            "January and the 18th of February?",
        ]
    )
    rest = _checks(runner.session.finish())["date_for_rest"]
    assert rest["passed"] is False and "leave part" in rest["reason"]


# --- the customer offers his signature -----------------------------------------------------------
CAFE_YOU_LEAD = [
    "Hiya Tom, Sam Whitfield here from Whitfield Joinery, how's the café doing?",
    "I'm calling about the open invoice for the counter and shelving, INV-0412.",
    "",
    "Aye, I hear you, that's a tough spot when you've just opened.",
    "How would you like to settle it? Tell me what works for you and we'll sort something out.",
    "",
    "Aye, that sounds fair. So could you do £400 today as a first payment?",
    "And the remaining £790 by Friday the 18th of December?",
    "Right, so that's £400 today and £790 by the 18th of December. I'll email that over to "
    "you the day.",
    "Cheers Tom, all the best with the café, bye now.",
]


def test_a_signature_the_customer_offers_is_named_in_the_feedback():
    """Call 06 (twenty-ninth audit): "send it over and I'll sign it and send it back", and
    the debrief said only "Did not ask the customer to sign". The learner still has to ask
    (GUIDE §4), but the feedback now says what happened, with his words."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(CAFE_YOU_LEAD)
    assert any("sign" in _reply(s) for s in steps)
    sign = _checks(runner.session.finish())["countersign"]
    assert sign["passed"] is False and "offered to sign" in sign["reason"]
    assert "I'll sign it" in sign["evidence"]


# --- the invoice sent again is no confirmation, and the debrief says why ----------------------
def test_sending_the_invoice_is_named_as_such_not_as_no_confirmation_at_all():
    """Call 10 (twenty-eighth audit): the call screen showed "written confirmation" under "I'll
    send a revised invoice over by email", the check said "No written confirmation mentioned"."""
    runner = _runner("en-web-studio-unjustified")
    runner.play(
        [
            "Hi Helen, Ben Carter here from Carter Web Studio.",
            "I'm calling about invoice CWS-118 for the website relaunch, it's still open.",
            "",
            "Right, I hear you. Tell you what, I'll knock 10% off if you can pay this week.",
            "So that'd be £2,160 by Friday the 4th?",
            "Great, I'll send a revised invoice over by email. Thanks Helen, speak soon.",
        ]
    )
    confirm = _checks(runner.session.finish())["confirm_in_writing"]
    assert confirm["passed"] is False
    assert "only the invoice" in confirm["reason"] and "revised invoice" in confirm["evidence"]


# --- asked what would work, the customer with cash problems proposes ------------------------------
def test_an_open_question_is_no_demand_for_the_whole_sum():
    """Call 06 (twenty-ninth audit): "How would you like to settle it?" was heard as a call to
    pay, and Tom answered "The whole £1,190.00? I just don't have it right now"."""
    assert DEMAND.search("How would you like to settle it?") is None
    assert DEMAND.search("Wie würden Sie das gern bezahlen?") is None
    assert DEMAND.search("Could you settle it this week?") is not None
    assert DEMAND.search("Können Sie das bitte bis Freitag bezahlen?") is not None


@pytest.mark.parametrize(
    ("sid", "persona", "script", "offer"),
    [
        (
            "en-cash-problems-cafe",
            None,
            [
                "Hiya Tom, Sam Whitfield here from Whitfield Joinery.",
                "I'm calling about the open invoice for the counter and shelving, INV-0412.",
                "",
                "That's a tough spot when you've just opened, I get it.",
                "What would work for you?",
            ],
            "£400.00 I could put down today",
        ),
        (
            "de-werkstatt-ueberraschung",
            "cash_problems",
            [
                "Grüß Gott Herr Becker, Yilmaz von der Kfz-Werkstatt Yilmaz.",
                "Ich ruf wegen der offenen Rechnung für die Reparatur an.",
                "",
                "Oh, das tut mir leid, das ist eine schwierige Lage.",
                "Was würde Ihnen denn helfen, wie könnten wir das lösen?",
            ],
            "500 Euro könnte ich heute",
        ),
    ],
)
def test_asked_what_would_work_he_proposes_and_a_yes_agrees_his_plan(sid, persona, script, offer):
    """Call 06 and probe P5 (twenty-ninth audit): "What would work for you?" got "Go on, I'm
    listening." twice, so a learner who let him lead got nowhere."""
    runner = _runner(sid) if persona is None else _runner_persona(sid, persona)
    steps = runner.play(script)
    assert offer in _reply(steps[-1])
    runner.play(["Ja, passt." if sid.startswith("de") else "Yes, that works for me."])
    result = runner.session.finish()
    terms = result["agreed_terms"] or {}
    assert terms.get("now") and terms.get("rest_date"), terms


def _runner_persona(sid: str, persona: str) -> ScriptRunner:
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    recogniser = default_recogniser(loaded.scenario.language, loaded)
    return ScriptRunner.open(loaded, seed=1, today=TODAY, recogniser=recogniser, persona=persona)


# --- a compromise without limit ---------------------------------------------------------------
HANDYMAN_OPENING = [
    "Hello Rachel, Gareth Lewis here, Lewis Handyman Services, you alright?",
    "Just ringing about the open invoice for the shelves, LHS-077.",
    "",
    "Oh no, sorry to hear that. What's happening with them exactly, all three or just the one?",
]


@pytest.mark.parametrize(
    ("offer", "tier", "reason"),
    [
        (
            "Tell you what, I'll come back and fix them for free, and any time they wobble again "
            "I'll sort them free of charge, forever, no matter what.",
            "silver",
            "without limit",
        ),
        ("Tell you what, I'll come back and fix them for free.", None, None),
    ],
)
def test_free_work_forever_is_no_model_compromise(offer, tier, reason):
    """Call 09 (twenty-ninth audit): "… free of charge, forever, no matter what" scored 100
    gold; a bounded rework stays the model answer."""
    runner = _runner("en-handyman-waive")
    runner.play(
        [
            *HANDYMAN_OPENING,
            offer,
            "So if I come Monday the 7th and fix them, could you pay the £180 by Friday the 11th?",
            "Lovely. I'll pop that in an email for you to confirm.",
            "Thanks Rachel, ta-ra.",
        ]
    )
    result = runner.session.finish()
    handle = _checks(result)["handle_objection"]
    if tier:
        assert result["tier"] == tier, (result["score"], handle)
    if reason:
        assert handle["passed"] is False and reason in handle["reason"]
    else:
        assert handle["passed"] is True


# --- thirtieth audit -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Sie zahlen einfach die Hälfte, 1.785 Euro, und den Rest vergessen wir."),
        ("en", "Pay £1,200 and we'll forget the rest."),
        ("en", "Pay £2,000 and we'll write the rest off."),
    ],
)
def test_paying_part_and_letting_the_rest_go_is_a_compromise(lang, text):
    rec = load_recogniser(lang).recognise(text, call_date=CALL_DAY)
    names = [h.intent for h in rec.intents]
    assert names[0] == "offer_compromise", rec.intents
    assert "request_down_payment" not in names and "propose_instalments" not in names


def test_the_customer_does_not_split_a_sum_whose_rest_was_let_go():
    """Call 05 (thirtieth audit): "Sie zahlen einfach die Hälfte, 1.785 Euro, und den Rest
    vergessen wir" — "Eine Ratenzahlung?", then "1.785,00 € sofort und die restlichen
    1.785,00 € bis zum 15.12.2026" was recorded as agreed."""
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play(
        [
            "Hallo Frau Lindner, Krause hier vom Malerbetrieb Krause.",
            "Ich ruf wegen der offenen Rechnung M-2026-311 an.",
            "",
            "Oh je. Was genau ist denn in Raum 3 nicht in Ordnung?",
            "Mist, das tut mir echt leid, da hat mein Geselle am letzten Tag gehudelt.",
            "Wissen Sie was, damit das aus der Welt ist: Sie zahlen einfach die Hälfte, 1.785 "
            "Euro, und den Rest vergessen wir.",
            "Passt das, wenn die 1.785 Euro bis zum 15. Dezember kommen?",
        ]
    )
    terms = runner.session.finish()["agreed_terms"] or {}
    assert "rest" not in terms and terms.get("amount") == 1785.0, terms


@pytest.mark.parametrize(
    "text",
    [
        "Na, bei dem Schneematsch habt ihr bestimmt gut zu tun, oder? Und bald is schon "
        "Weihnachten, Wahnsinn wie die Zeit rennt.",
    ],
)
def test_weather_chat_is_no_reproach_and_no_goodbye(text):
    """Call 06 (thirtieth audit): blame 0.47 and a goodbye 0.79; the customer snapped "Na hör
    mal!" and the opening failed as an accusation."""
    rec = load_recogniser("de").recognise(text, Context(learner_turn=1, call_date=CALL_DAY))
    names = {h.intent for h in rec.intents}
    assert not names & {"accusatory_opener", "close_politely"}, rec.intents


# --- thirty-first audit --------------------------------------------------------------------------
CAFE_STT = [
    "hi um is that tom its sam whitfield from whitfield joinery",
    "um im calling about the open invoice for the counter and shelving inv 0412",
    "",
    "yeah no i get it um a slow autumn and a client not paying you thats rough",
]


def test_announcing_a_suggestion_is_not_asking_him_for_his():
    """Probe P3: "i have a suggestion" made Tom propose his own terms."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play([*CAFE_STT, "um id like to sort this out with you i have a suggestion"])
    assert "I could put down" not in _reply(steps[-1]) and "listening" in _reply(steps[-1])


def test_a_down_payment_said_without_a_currency_is_the_sum_and_the_rest_follows():
    """Probe P3 / call 08 (thirty-first audit): "could you um put 400 down today" left no sum
    on the table, and "the remaining £790 by Friday the 18th" got "I can't promise the whole
    amount by then"; the call failed."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(
        [
            *CAFE_STT,
            "um id like to sort this out with you i have a suggestion",
            "could you um put 400 down today as a first payment",
            "And the remaining £790 by Friday the 18th of December?",
        ]
    )
    assert "whole amount" not in _reply(steps[-1])
    terms = runner.session.finish()["agreed_terms"] or {}
    assert terms.get("now") == 400.0 and terms.get("rest_date") == "2026-12-18", terms


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Schade, dass wir da nicht zusammenkommen."),
        ("en", "That's a shame we can't agree."),
    ],
)
def test_regret_at_no_agreement_announces_no_legal_step(lang, text):
    """Call 03 (thirty-first audit): the legal route 0.60, "Dann sehen wir uns eben vor
    Gericht", and "Rechtsweg sachlich angekündigt" for a step nobody named."""
    rec = load_recogniser(lang).recognise(text, call_date=CALL_DAY)
    names = {h.intent for h in rec.intents}
    assert not names & {"announce_legal_route", "threaten_legal"}, rec.intents


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Schade, dass wir nicht zusammenkommen — dann leite ich das Mahnverfahren ein."),
        ("en", "Shame we can't agree, I'll have to pass it to our solicitor."),
    ],
)
def test_regret_with_the_step_named_still_announces_it(lang, text):
    rec = load_recogniser(lang).recognise(text, call_date=CALL_DAY)
    assert rec.intents[0].intent in ("announce_legal_route", "threaten_legal"), rec.intents


def test_a_confirmation_of_a_sum_the_customer_put_right_fails():
    """Probe P6 (thirty-first audit): "Great, so £3,580 paid in the run on the 15th … I'll put
    that in the email" for £3,850; he said "It's £3,850.00 on the invoice, mind, not
    £3,580.00", the learner said goodbye, and the call scored 100 gold."""
    runner = _runner("en-logistics-approval")
    runner.play(
        [
            "Hi Mark, it's Olivia Grant from Grant Event Catering.",
            "I'm following up on our reminder about invoice GEC-5521, the Bristol depot summer "
            "party, it's still showing as open on our side.",
            "",
            "Ah, the PO number. Can you give me that and I'll reissue the invoice with it today?",
            "Great, so £3,580 paid in the run on the 15th of December. I'll put that in the email "
            "with the corrected invoice.",
            "Thanks very much Mark, bye.",
        ]
    )
    result = runner.session.finish()
    confirm = _checks(result)["confirm_in_writing"]
    assert confirm["passed"] is False and "3,580" in confirm["evidence"]
    assert result["passed"] is False


def test_a_fact_cited_against_the_objection_is_heard_as_the_rebuttal():
    """Call 10 (thirty-first audit): "I've got your email here from the 12th of August where
    you asked us to push the booking form into phase two." got no intent and "I'm not sure I
    follow"."""
    runner = _runner("en-web-studio-unjustified")
    steps = runner.play(
        [
            "Hi Helen, Ben Carter from Carter Web Studio here.",
            "I'm calling about invoice CWS-118 for the website relaunch, it's still open.",
            "",
            "I've got your email here from the 12th of August where you asked us to push the "
            "booking form into phase two.",
        ]
    )
    assert "not sure I follow" not in _reply(steps[-1]), _reply(steps[-1])


def test_a_confirmation_by_email_today_names_no_wrong_payment_day():
    """Call 10 (thirty-first audit): "Perfect, I'll confirm that by email today with the
    invoice number." got "No, not quite: £2,400.00 by 11 December 2026." — the same terms."""
    runner = _runner("en-web-studio-unjustified")
    steps = runner.play(
        [
            "Hi Helen, Ben Carter from Carter Web Studio here.",
            "I'm calling about invoice CWS-118 for the website relaunch, it's still open.",
            "",
            "Can you tell me exactly what's missing?",
            "And phase one, the site as it is now, was signed off on the 3rd of October, so the "
            "£2,400 is just for phase one.",
            "Would you be able to pay the £2,400 by Friday the 11th of December?",
            "Perfect, I'll confirm that by email today with the invoice number.",
        ]
    )
    assert "not quite" not in _reply(steps[-1]), _reply(steps[-1])
    assert _checks(runner.session.finish())["confirm_in_writing"]["passed"] is True


def test_free_rework_with_its_payment_day_is_the_compromise():
    """Call 12 (thirty-first audit): read as the date alone; Rachel refused a demand and the
    call failed 50 ("neither facts nor a compromise")."""
    runner = _runner("en-handyman-waive")
    runner.play(
        [
            "Hi Rachel, it's Gareth Lewis from Lewis Handyman Services.",
            "I'm calling about the open invoice LHS-077 for the shelves.",
            "",
            "Oh no, sorry to hear that. Which shelves are wobbly, and is it the brackets moving "
            "or the shelves themselves?",
            "Right. I'd rather put it right than argue about it: I'll come back and re-fix all "
            "three for free on Friday morning, and once they're solid you pay the £180 by the "
            "Friday after, the 11th. How's that?",
        ]
    )
    result = runner.session.finish()
    assert result["outcome"] == "compromise"
    assert _checks(result)["handle_objection"]["passed"] is True


def test_a_discount_for_paying_today_is_no_down_payment():
    """Call 05 (thirty-first audit): "if you can pay it today I'll knock 5% off, so £608" was
    £608 up front and "the other £32.00 by 2 January 2027"."""
    runner = _runner("en-florist-forgot")
    steps = runner.play(
        [
            "Good afternoon, is that Claire? It's Priya Shah at Shah Print Studio.",
            "I'm calling about invoice SPS-2291 for £640 which is still open.",
            "",
            "Oh don't worry about it, these things happen.",
            "Tell you what, if you can pay it today I'll knock 5% off, so £608 instead of £640.",
        ]
    )
    assert "up front" not in _reply(steps[-1]) and "the rest" not in _reply(steps[-1])
    result = runner.session.finish()
    assert "now" not in (result["agreed_terms"] or {})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "As I'm sure you're aware, the invoice is overdue."),
        ("de", "Wie Ihnen sicher bekannt ist, ist unsere Rechnung seit dem 24. Oktober fällig."),
    ],
)
def test_the_condescending_reminder_is_a_reproach(lang, text):
    """Twenty-eighth and thirty-first audits: the neutral opener, "a factual opening"."""
    rec = load_recogniser(lang).recognise(text, Context(learner_turn=1, call_date=CALL_DAY))
    assert "accusatory_opener" in {h.intent for h in rec.intents}, rec.intents


def test_the_day_of_the_month_said_on_that_day_is_today():
    assert _days("Great, so £608 by bank transfer today, Wednesday the 2nd.")[-1] == (
        "date",
        "2026-12-02",
    )


# --- thirty-second and thirty-third audits -----------------------------------------------------
def test_offering_the_du_is_friendly_and_the_regular_customer_takes_it():
    """Call 01 (thirty-second audit): "… wollen wir nicht einfach du sagen? Ich bin die Anna."
    was blame 0.84: "Na hör mal! Ich bin seit Jahren dein Kunde", and the call failed."""
    runner = _runner("de-stammkunde-urlaub")
    steps = runner.play(
        [
            "Guten Morgen Herr Müller, Anna Berger hier, von Berger Elektrotechnik.",
            "Ich ruf wegen der noch offenen Rechnung 2026-117 an, die fürs neue Lager.",
            "",
            "Sag mal, wir kennen uns jetzt sechs Jahre, wollen wir nicht einfach du sagen? Ich "
            "bin die Anna.",
        ]
    )
    assert "Jürgen" in _reply(steps[-1]) and "hör mal" not in _reply(steps[-1])
    runner.play(["Passt. Schaffst du die 2.380 Euro bis Freitag, den 11. Dezember?"])
    assert _checks(runner.session.finish())["no_accusation"]["passed"] is True


def test_the_rest_left_to_whenever_fixes_no_date_for_it():
    """Probe P5 (thirty-third audit): "£400 today and the rest whenever the catering money
    comes in, no rush" passed date_for_rest ("Fixed a date for the rest")."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(
        [
            "G'day, is that Tom? Sam Whitfield here from Whitfield Joinery.",
            "I'm just calling about invoice INV-0412 for the counter and shelving, it's still "
            "open.",
            "",
            "Ah mate, that's rough, a slow autumn is the last thing you need when you've just "
            "opened.",
            "Yeah no worries, £400 today and the rest whenever the catering money comes in, no "
            "rush.",
        ]
    )
    assert _checks(runner.session.finish())["date_for_rest"]["passed"] is False


def test_a_date_asked_for_in_the_opening_is_no_reason_question():
    """Call 04 (thirty-third audit): "Invoice 2291. Open. When?" — the strategy check said
    "Asked for the reason instead of staying silent"; "When?" asks for a day."""
    runner = _runner("en-florist-forgot")
    runner.play(["Hi Claire, Priya from Shah Print Studio.", "Invoice 2291. Open. When?"])
    strategy = _checks(runner.session.finish())["strategy"]
    assert strategy["passed"] is False and "reason" not in strategy["reason"]


def test_a_credit_note_is_a_reduction():
    """Call 06 (thirty-second audit): "… Gutschrift 100 Euro, und 3.470 Euro bis 18. Dezember"
    was read as an instalment plan, and she said "Eine Ratenzahlung?"."""
    from trainer.understanding.context import REDUCTION

    assert REDUCTION.search("Sie kriegen von uns eine Gutschrift über 100 Euro.")
    assert REDUCTION.search("We'll send you a credit note for £50.")


# --- thirty-fourth and thirty-fifth audits -----------------------------------------------------
def test_a_slip_put_right_in_the_same_breath_is_no_wrong_read_back():
    """Call 06 (thirty-fifth audit): "four payments of 960 - sorry, 690, …" got "No, not
    quite" and the model instalment call failed on its critical confirmation."""
    runner = _runner("en-chippy-instalments")
    call = Path(__file__).parents[2] / "benchmarks/audits/V35/06_en_chippy_good.txt"
    lines = call.read_text(encoding="utf-8").splitlines()
    script = [ln for ln in lines if not ln.startswith("#")]
    steps = runner.play(script)
    assert not any("not quite" in _reply(s) for s in steps)
    assert runner.session.finish()["passed"] is True


def test_asked_what_would_work_while_he_explains_he_proposes():
    """Call 04 (thirty-fifth audit): asked in his first explanation, Tom told his story again."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(
        [
            "Hiya Tom, Sam Whitfield here from Whitfield Joinery.",
            "I'm calling about the open invoice for the counter and shelving, INV-0412.",
            "",
            "What would work for you?",
        ]
    )
    assert "I could put down" in _reply(steps[-1]), _reply(steps[-1])


def test_the_payment_run_taken_up_is_no_legal_route():
    """Call 12 (thirty-fifth audit): "Perfect, so it'll go out in the next payment run then"
    was the legal route 0.54 and failed no_premature_threat."""
    rec = load_recogniser("en").recognise(
        "Perfect, so it'll go out in the next payment run then", call_date=CALL_DAY
    )
    names = {h.intent for h in rec.intents}
    assert not names & {"announce_legal_route", "threaten_legal"}, rec.intents


def test_warm_slang_about_his_debtors_is_no_threat():
    """Call 04 (thirty-fifth audit): "… and then a client stiffs you on top." was a threat
    0.52 beside empathy 0.84: "Whoa, there's no need for that tone"."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(
        [
            "Hiya Tom, Sam Whitfield here from Whitfield Joinery.",
            "I'm calling about the open invoice for the counter and shelving, INV-0412.",
            "",
            "ah that's brutal, mate, honestly. first year's always the hardest and then a "
            "client stiffs you on top.",
        ]
    )
    assert "tone" not in _reply(steps[-1]), _reply(steps[-1])
