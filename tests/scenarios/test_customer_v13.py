"""Twenty-second outside audit (thirteenth session): what a trainer found in whole calls."""

from __future__ import annotations

import pytest

from tests.helpers import call_checks, top_but_the_letter
from tests.scenarios.test_customer_v4 import _reply, _runner
from trainer.scoring.opening import identified

MALER_DEAL = [
    "Guten Morgen Frau Lindner, hier ist Stefan Krause vom Malerbetrieb Krause. Ich hoffe, in "
    "der Praxis ist nach dem Streichen alles gut angelaufen. Ich ruf kurz wegen der noch "
    "offenen Rechnung an.",
    "",
    "Oh, das hör ich jetzt zum ersten Mal, das tut mir leid. Was genau ist denn in Raum 3 "
    "nicht in Ordnung? Können Sie mir das ein bisschen beschreiben, oder haben Sie vielleicht "
    "Fotos gemacht?",
    "Das ist ärgerlich, da haben Sie völlig recht, so hätten wir das nicht übergeben dürfen. "
    "Mein Vorschlag: Ich komme selbst vorbei, mach die Spritzer vom Parkett weg und streich die "
    "Sockelleisten nach. Und für den Ärger ziehe ich Ihnen zehn Prozent von der Rechnung ab.",
    "Dann wären das statt 3.570 Euro noch 3.213 Euro. Die Nachbesserung mache ich am Montag, "
    "den 7. Dezember, nach Ihrer Sprechstunde, wenn Ihnen das passt. Könnten Sie den Betrag "
    "dann bis Freitag, den 18. Dezember, überweisen?",
    "Prima, dann halten wir das so fest: Nachbesserung am 7. Dezember, zehn Prozent Nachlass, "
    "3.213 Euro bis zum 18. Dezember. Ich schicke Ihnen das heute noch per E-Mail an die "
    "Praxisadresse, damit wir beide das schriftlich haben.",
]


def _checks(result: dict) -> dict[str, dict]:
    return call_checks(result)


def test_see_you_on_the_rework_day_is_no_wrong_read_back_of_the_payment_day():
    """Call 03: the rework set for Monday 7 December, the payment for the 18th, read back
    right; "Dann bis Montag, Frau Lindner, schönen Tag noch" was taken as a read-back of the
    payment day (a summary 0.41), and the debrief said she had to correct the learner."""
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play(
        [*MALER_DEAL, "Dann bis Montag, Frau Lindner, schönen Tag noch und auf Wiederhören!"]
    )
    result = runner.session.finish()
    assert _checks(result)["confirm_in_writing"]["passed"] is True
    assert result["agreed_terms"]["date"] == "2026-12-18"
    assert top_but_the_letter(result)


def test_the_rework_day_named_for_the_money_is_still_a_wrong_read_back():
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play([*MALER_DEAL, "Also, die 3.213 Euro dann bis Montag, ja? Schönen Tag noch!"])
    result = runner.session.finish()
    confirm = _checks(result)["confirm_in_writing"]
    assert confirm["passed"] is False and "bis Montag" in confirm["evidence"]
    assert result["tier"] == "silver"


def test_the_wrong_terms_reason_does_not_claim_a_correction_or_a_gender():
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play([*MALER_DEAL, "Also, die 3.213 Euro dann bis Montag, ja? Schönen Tag noch!"])
    result = runner.session.finish()
    said = " ".join(str(v) for v in _checks(result)["confirm_in_writing"].values())
    assert "falsch zurückgelesen" in said
    assert " er musste" not in said


def test_a_surname_before_von_and_the_firm_is_the_callers_name():
    """Call 06: "Grüß Gott Herr Becker, Yilmaz von der Kfz-Werkstatt" for Deniz Yilmaz of
    Kfz-Meisterbetrieb Yilmaz: "Ihr Name (Deniz Yilmaz) fehlt"."""
    name, firm = "Deniz Yilmaz", "Kfz-Meisterbetrieb Yilmaz"
    opening = "Grüß Gott Herr Becker, Yilmaz von der Kfz-Werkstatt, wie geht's Ihnen?"
    assert identified(opening, name, firm) == (True, True)
    # the firm said by its trade word names no person
    assert identified("Hallo Herr Becker, hier ist die Werkstatt Yilmaz.", name, firm) == (
        False,
        True,
    )


def test_the_firm_said_by_its_own_name_without_its_trade_is_the_company():
    """An authoring audit: "Jana Petersen von Elbröster" for "Elbröster Kaffeerösterei GmbH"
    was "Ihren Namen genannt, aber nicht Ihre Firma"."""
    firm = "Elbröster Kaffeerösterei GmbH"
    assert identified("Guten Tag, Jana Petersen von Elbröster.", "Jana Petersen", firm) == (
        True,
        True,
    )
    # the trade alone names no firm
    assert identified("Stefan hier vom Malerbetrieb.", "Stefan Krause", "Malerbetrieb Krause") == (
        True,
        False,
    )


def test_one_payment_of_less_than_the_invoice_is_put_right_by_the_customer():
    """Probe P3: "Could you pay the £460 by Friday the 11th of December?" for £640 — she
    said "Deal. £640.00 by 11 December" while £460 was recorded as agreed."""
    runner = _runner("en-florist-forgot")
    *_, ask = runner.play(
        [
            "Hi Claire, it's Priya from Shah Print Studio.",
            "I'm ringing about invoice SPS-2291, that's still open.",
            "",
            "No worries at all. Could you pay the £460 by Friday the 11th of December?",
        ]
    )
    assert "£640.00 on the invoice" in _reply(ask) and "not £460.00" in _reply(ask)
    result = runner.session.finish()
    assert result["agreed_terms"] == {"date": "2026-12-11", "amount": 640.0}


def test_the_full_sum_asked_is_not_put_right():
    runner = _runner("en-florist-forgot")
    *_, ask = runner.play(
        [
            "Hi Claire, it's Priya from Shah Print Studio.",
            "I'm ringing about invoice SPS-2291, that's still open.",
            "",
            "No worries at all. Could you pay the £640 by Friday the 11th of December?",
        ]
    )
    assert "on the invoice" not in _reply(ask)
    assert runner.session.finish()["agreed_terms"]["amount"] == 640.0


def test_the_next_phase_whenever_you_are_ready_leaves_no_payment_open():
    """Call 10: "… happy to start phase two whenever you're ready, that's a separate quote"
    was heard as "pay whenever" ("Oh — that's generous of you, Ben")."""
    runner = _runner("en-web-studio-unjustified")
    *_, line = runner.play(
        [
            "Hi Helen, Ben Carter from Carter Web Studio.",
            "I'm calling about invoice CWS-118 for the website, it's still open.",
            "",
            "I'm sorry to hear that. What exactly is missing?",
            "I can forward you both emails right now so you have them in front of you. And "
            "we're happy to start phase two whenever you're ready, that's a separate quote.",
        ]
    )
    assert "generous" not in _reply(line)
    assert "get round to it" not in _reply(line)


def test_asking_to_sign_the_written_plan_gets_his_yes_to_signing():
    """Call 09: after "Yeah, that's the deal." to the read-back, "could you sign it and send
    it back to me?" got "Thanks for being decent about it, Fiona. Cheers." and he hung up."""
    from tests.scenarios.test_customer_v12 import CHIPPY_PLAN

    runner = _runner("en-chippy-instalments")
    *_, ask = runner.play(
        [
            *CHIPPY_PLAN,
            "Grand, so just to read it back: £920 on 15 December, £920 on 15 January, £920 on "
            "15 February, that's the £2,760 cleared.",
            "I'll write the terms up and email them over, could you sign it and send it back?",
        ]
    )
    assert "I'll sign it" in _reply(ask)


# --- thirteenth session, twenty-third audit and a trainer's scenario ---------------------------
WEB_STUDIO_OBJECTION = [
    "Hello Helen, Ben Carter from Carter Web Studio here.",
    "I'm ringing about invoice CWS-118 for phase one of the website, it's still outstanding.",
    "",
    "Oh right, what exactly is missing from the site?",
    "Tell you what, to keep things sweet I'll knock ten percent off, call it £2,160.",
]


def test_a_discount_taken_back_is_off_the_table_and_no_model_call():
    """Call 10: the discount taken back, the facts given, the full £2,400 asked: she said
    "Fine — with the reduction", the call ended as a compromise at 100 gold."""
    runner = _runner("en-web-studio-unjustified")
    *_, back, ask = runner.play(
        [
            *WEB_STUDIO_OBJECTION,
            "Actually, sorry, no, I have to take that back, I can't do the discount. The booking "
            "form is phase two, you postponed it yourself by email on 12 August, and phase one "
            "was signed off on 3 October.",
            "So could you settle the full £2,400 by Friday the 11th of December?",
        ]
    )
    assert "first a discount" in _reply(back)
    assert "reduction" not in _reply(ask)
    result = runner.session.finish()
    assert "compromise" not in result["agreed_terms"]
    assert result["outcome"] == "promise_to_pay"
    handle = _checks(result)["handle_objection"]
    assert handle["passed"] is False and "took it back" in handle["reason"]
    assert result["tier"] == "silver"


def test_a_discount_offered_before_the_facts_and_kept_gives_money_away():
    runner = _runner("en-web-studio-unjustified")
    runner.play(
        [
            *WEB_STUDIO_OBJECTION,
            "The booking form is phase two, you postponed it yourself by email on 12 August, "
            "and phase one was signed off on 3 October.",
            "So could you settle the £2,160 by Friday the 11th of December?",
        ]
    )
    handle = _checks(runner.session.finish())["handle_objection"]
    assert handle["passed"] is False and handle.get("critical") is True


def test_letting_him_pay_whenever_is_no_threat():
    """A trainer's scenario: "Dann zahlen Sie eben, wenn Sie können." carried a threat 0.56
    beside the vague payment and failed the threat check ("Mit rechtlichen Schritten
    gedroht"); "Dann zahlen Sie bis Freitag." was a threat 0.55 and offended the customer."""
    opening = [
        "Guten Tag Herr Müller, Anna Berger von Berger Elektrotechnik.",
        "Ich rufe wegen der offenen Rechnung 2026-117 an.",
        "",
    ]
    for line in ("Dann zahlen Sie eben, wenn Sie können.", "Dann zahlen Sie bis Freitag."):
        runner = _runner("de-stammkunde-urlaub")
        *_, said = runner.play([*opening, line])
        assert "threaten_legal" not in said.intents, (line, said.intents)
        assert _checks(runner.session.finish())["no_premature_threat"]["passed"] is True


def test_the_same_thanks_is_not_said_twice_in_a_row():
    """ "Danke für Ihr Verständnis." before two replies running (an authoring audit; seen in
    the twenty-second audit's call 03 too)."""
    runner = _runner("de-maler-berechtigter-einwand")
    steps = runner.play(MALER_DEAL[:4])
    replies = [_reply(s) for s in steps[2:4]]
    assert replies[0].startswith("Danke für Ihr Verständnis")
    assert not replies[1].startswith("Danke für Ihr Verständnis"), replies


# --- twenty-fourth audit -----------------------------------------------------------------------
CHIPPY_NO_DATES = [
    "Hi Dave, Fiona Walsh here from Walsh Plumbing and Heating.",
    "I'm ringing about the invoice for the boiler, WPH-3310, that's still open.",
    "",
    "Ah Dave, I hear you, it's been a brutal year with the prices.",
    "Look, I'd like to sort this out with you, I've a suggestion.",
    "How about three instalments of £920?",
]


def test_a_plan_without_any_date_is_no_result_and_he_asks_when():
    """Probe 4: "How about three instalments of £920?" — "Right. That I can do." passed the
    critical outcome check at 87 silver."""
    runner = _runner("en-chippy-instalments")
    *_, plan = runner.play(CHIPPY_NO_DATES)
    assert "When would the first one be due" in _reply(plan)
    runner.play(["Grand, I'll put that in an email for you to sign.", "Thanks Dave, bye."])
    result = runner.session.finish()
    outcome = _checks(result)["outcome"]
    assert outcome["passed"] is False and "without a single date" in outcome["reason"]
    assert result["passed"] is False


def test_the_day_given_when_he_asks_completes_the_plan():
    runner = _runner("en-chippy-instalments")
    *_, day = runner.play(
        [*CHIPPY_NO_DATES, "The first on the 15th of December, then the 15th of each month."]
    )
    assert "15 December 2026" in _reply(day)
    runner.play(["Grand, I'll put that in an email for you to sign.", "Thanks Dave, bye."])
    result = runner.session.finish()
    assert result["agreed_terms"]["count"] == 3
    assert _checks(result)["outcome"]["passed"] is True


def test_no_signature_is_asked_of_a_learner_he_hung_up_on():
    """Call 09: "£790 by 15th." — "Cheers, Sam. Bye for now." — and countersign "not met",
    though no turn was left to ask for it."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(
        ["Hi Tom.", "Sam, Whitfield Joinery.", "About INV-0412.", "", "Ah, understood.",
         "Tough autumn, eh?", "Let's sort it.", "£400 today?", "Rest by 15th?",
         "15th December, yes?", "So: £400 today.", "£790 by 15th."]
    )  # fmt: skip
    result = runner.session.finish()
    assert result["outcome"] == "down_payment_and_plan"
    assert "countersign" not in _checks(result)
    assert "confirm_in_writing" not in _checks(result)


def test_more_facts_after_the_facts_won_her_over_get_a_nod():
    """Call 11: "And phase one was signed off on the 3rd of October …" after she had conceded
    got "I'm not sure I follow"."""
    runner = _runner("en-web-studio-unjustified")
    *_, again = runner.play(
        [
            *WEB_STUDIO_OBJECTION[:4],
            "The booking form is phase two, you postponed it yourself by email on 12 August.",
            "And phase one was signed off on the 3rd of October, I've got the sign-off here.",
        ]
    )
    assert "follow" not in _reply(again)
    assert "point" in _reply(again) or "right about that" in _reply(again)


# --- twenty-fifth audit ------------------------------------------------------------------------
MALER_150_OFF = [
    "Grüß Gott Frau Lindner, Krause vom Malerbetrieb Krause.",
    "Ich ruf wegen der noch offenen Rechnung für die Praxisräume an.",
    "",
    "Oh, des tut mir leid. Was genau passt denn in Raum 3 ned?",
    "Sie ham völlig recht, des hätt so ned rausgehn dürfen.",
    "Ich schlag vor, mein Geselle kommt nächsten Montag, macht die Spritzer weg und streicht "
    "die Sockelleisten nach – und für den Ärger ziehen wir Ihnen 150 Euro von der Rechnung ab.",
    "Dann wärn's 3.420 Euro – könnten Sie die bis zum 18. Dezember überweisen, wenn Raum 3 "
    "fertig is?",
]


def test_the_reduced_sum_after_a_reduction_by_its_size_is_the_whole_payment():
    """Call 06r: "150 Euro ab", then "Dann wärn's 3.420 Euro – bis zum 18.?" was a down
    payment of 3,420 against the old total; "keinen Rest" then made a rest of 3,420 and the
    agreement doubled the debt at 100 gold."""
    runner = _runner("de-maler-berechtigter-einwand")
    *_, ask = runner.play(MALER_150_OFF)
    assert "vorab" not in _reply(ask) and "Rest" not in _reply(ask)
    runner.play(["Naa, da gibt's keinen Rest – die 3.420 Euro sind der ganze Betrag."])
    terms = runner.session.finish()["agreed_terms"]
    assert terms.get("amount") == 3420.0 and terms.get("date") == "2026-12-18"
    assert "now" not in terms and "rest" not in terms


def test_saying_yes_to_his_day_is_a_move_on_the_debt():
    """Probe P5: after three silences "Ja, passt." to "… passt Ihnen das?" reached the
    promise and failed as "Zu wenig verhandelt"."""
    runner = _runner("de-stammkunde-urlaub")
    runner.play(
        [
            "Hallo Herr Müller, Anna Berger von Berger Elektrotechnik.",
            "Ich ruf wegen der noch offenen Rechnung an, 2026-117.",
            "",
            "",
            "",
            "Ja, passt.",
        ]
    )
    result = runner.session.finish()
    assert result["outcome"] == "promise_to_pay"
    assert _checks(result)["outcome"]["passed"] is True


def test_arguing_on_after_his_no_is_named_as_such_when_he_gives_up():
    """Call 03: after his refusal the learner kept arguing until he gave up, and the debrief
    said "Ihre letzten Sätze gingen an dem vorbei, was er gerade gesagt hatte"."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(
        [
            "Guten Tag Herr Kessler, Brandt hier, Brandt Garten- und Landschaftsbau.",
            "Ich rufe wegen der noch offenen Rechnung für den Innenhof in der Lindenstraße an.",
            "",
            "Also Herr Kessler, das kann nicht sein, die Pflasterung ist einwandfrei, Sie haben "
            "die Abnahme am 2. Oktober ohne Vorbehalt unterschrieben.",
            "Das Gefälle haben wir gemessen, 2 Prozent, steht im Protokoll.",
            "Was genau ist denn Ihrer Meinung nach uneben?",
            "Das Wasser steht, weil der Hofablauf verstopft ist, und der war gar nicht Teil vom "
            "Auftrag.",
        ]
    )
    outcome = _checks(runner.session.finish())["outcome"]
    assert outcome["passed"] is False
    assert "weiter argumentiert" in outcome["reason"] and "vorbei" not in outcome["reason"]


def test_a_wrong_plan_read_back_put_right_in_a_word_counts():
    """Twenty-sixth audit: "Sorry, my mistake — £920 each, not £290." (read as empathy and an
    offer, not a read-back) after his correction, then the confirmation: capped at silver."""
    from tests.scenarios.test_customer_v12 import CHIPPY_PLAN

    runner = _runner("en-chippy-instalments")
    *_, wrong, _fix, _confirm = runner.play(
        [
            *CHIPPY_PLAN,
            "Grand. So just to recap, that's three payments of £290, first one on the 15th of "
            "December.",
            "Sorry, my mistake — £920 each, not £290. Three times £920 is the £2,760.",
            "I'll put that in writing for you, could you sign it and send it back?",
        ]
    )
    assert "not quite" in _reply(wrong)
    result = runner.session.finish()
    assert _checks(result)["confirm_in_writing"]["passed"] is True
    assert top_but_the_letter(result)


def test_a_wrong_sum_he_corrected_confirmed_anyway_fails_the_call():
    """Twenty-seventh audit: "I'll email you a confirmation: invoice SPS-2291, £460 by
    Thursday 3 December." — "No, not quite: £640.00 …" — "Cheers Claire" passed 93 silver."""
    runner = _runner("en-florist-forgot")
    runner.play(
        [
            "Hi Claire, it's Priya from Shah Print Studio.",
            "I'm ringing about invoice SPS-2291, that's still open.",
            "",
            "No worries at all. Could you pay the £640 by Thursday the 3rd of December?",
            "I'll email you a confirmation: invoice SPS-2291, £460 by Thursday 3 December.",
            "Cheers Claire, catch ya.",
        ]
    )
    result = runner.session.finish()
    assert result["passed"] is False and "confirm_in_writing" in result["critical"]


@pytest.mark.parametrize(
    ("sid", "line", "reply"),
    [
        ("en-logistics-approval", "can I rather speak to your manager?", "deals with this"),
        ("de-behoerde-bestellnummer", "Kann ich bitte Ihren Vorgesetzten sprechen?", "zuständig"),
    ],
)
def test_asking_for_his_manager_gets_him_dealing_with_it(sid, line, reply):
    """Twenty-seventh audit: "can I rather speak to your manager?" was read as offering a
    solution and ignored; "Put me through to your manager please" got "I'm not sure I follow"."""
    runner = _runner(sid)
    *_, asked = runner.play(["Hello, this is the caller.", line])
    assert reply in _reply(asked)
    assert not asked.events[0].small_talk
