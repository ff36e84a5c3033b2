"""The customer in the eighth session: what the learner's line leaves open stays open.

Played through the real recogniser and the one script runner, as `trainer play --script …
--seed 1 --today 2026-12-01`.
"""

from __future__ import annotations

import pytest

from tests.helpers import SCENARIOS
from tests.scenarios.test_customer_v4 import TODAY, _reply, _runner
from tests.scenarios.test_customer_v6 import FLORIST
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.session.script import PAUSE, ScriptRunner

STAMMKUNDE = (  # seventh audit, 01_stammkunde.txt
    "Moin, Herr Müller, Anna Berger hier, von Berger Elektrotechnik.",
    "Ich rufe wegen der noch offenen Rechnung 2026-117 an.",
    PAUSE,
    "Na, das kann ja jedem mal passieren, Herr Müller. Bis wann bekommen Sie das hin?",
)


def test_thanks_after_a_yes_leaves_the_call_open_for_the_confirmation():
    """ "Ja, passt, danke!" to his Friday is the promise, not the end of the call: the
    learner still confirms it in writing (it ended the call, and the confirmation was lost)."""
    runner = _runner("de-stammkunde-urlaub")
    *_, yes, mail = runner.play(
        [*STAMMKUNDE, "Ja, passt, danke!", "Ich schicke Ihnen das gleich noch per Mail."]
    )
    assert yes.state == "zusage" and "04.12.2026" in _reply(yes)
    assert mail.state == "bestaetigt"
    assert not runner.session.call.ended


def test_thanks_in_english_too_and_a_farewell_still_ends_it():
    runner = _runner("en-florist-forgot")
    *_, yes = runner.play([*FLORIST, "Yes, that's fine, thanks Claire!"])
    assert yes.state == "promised" and not runner.session.call.ended
    runner = _runner("en-florist-forgot")
    runner.play([*FLORIST, "Yes, that's fine, thanks, bye!"])
    assert runner.session.call.ended


def test_an_ultimatum_is_heard_as_the_threat_not_the_date():
    """ "… if it isn't paid by Friday I'm handing it to our solicitor": the debrief fails the
    threat check, and the customer reacts to it too (eighth audit: "Ah. Yeah. The bill.")."""
    runner = _runner("en-chippy-instalments")
    *_, ultimatum = runner.play(
        [
            "Dave, Fiona Walsh, Walsh Plumbing and Heating.",
            "Invoice WPH-3310 is six weeks overdue and if it isn't paid by Friday I'm handing "
            "it to our solicitor.",
        ]
    )
    assert ultimatum.state == "hangs_up"


def test_a_german_ultimatum_offends_her_instead_of_repeating_her_line():
    runner = _runner("de-maler-berechtigter-einwand")
    *_, before, ultimatum = runner.play(
        [
            "Krause, Malerbetrieb Krause, Tach Frau Lindner.",
            "Ich rufe wegen der offenen Rechnung M-2026-311 an.",
            PAUSE,
            "Ich erwarte die 3.570 Euro bis Freitag auf dem Konto.",
            "Wenn bis Freitag nix da ist, geht dat ans Inkasso, dat sag ich Ihnen gleich.",
        ]
    )
    assert ultimatum.state == "gekraenkt"
    assert _reply(ultimatum) != _reply(before)


def _werkstatt() -> ScriptRunner:
    loaded = load_scenario(find_scenario("de-werkstatt-ueberraschung", SCENARIOS))
    rec = default_recogniser("de", loaded)
    return ScriptRunner.open(loaded, seed=1, today=TODAY, recogniser=rec, persona="cash_problems")


WERKSTATT = (  # eighth audit, C5
    "Guten Tag Herr Becker, Deniz Yilmaz hier, vom Kfz-Meisterbetrieb Yilmaz.",
    "Ich möchte mit Ihnen klären, wie wir die offene Rechnung KFZ-2026-1903 über 1.865,40 Euro "
    "aus der Welt schaffen. Ich hätte da einen Vorschlag.",
    PAUSE,
)


def test_a_down_payment_before_his_story_is_heard_and_keeps_its_day():
    """ "Können Sie bis Freitag 500 Euro anzahlen?" before he told his story: he tells it and
    takes the 500 ("Alles auf einmal schaffe ich nicht" answered a demand nobody made), and
    the 500 stay due on Friday, not "sofort" (the Friday had been read as the rest's day)."""
    runner = _werkstatt()
    *_, down, rest = runner.play(
        [
            *WERKSTATT,
            "Verstehe, im Winter ist es bei den Taxen knapp. Können Sie bis Freitag 500 Euro "
            "anzahlen?",
            "Gut. Und die restlichen 1.365,40 Euro dann bis zum 15. Januar?",
        ]
    )
    assert down.state == "anzahlung" and "500,00 €" in _reply(down)
    assert "Alles auf einmal schaffe ich nicht" not in _reply(down)
    assert rest.state == "plan_geteilt" and "04.12.2026" in _reply(rest)
    terms = runner.session.call.agreed_terms
    assert terms["now"] == 500 and terms["now_date"] == "2026-12-04"
    assert terms["rest_date"] == "2027-01-15"


CAFE = (  # eighth audit, C7
    "Hi Tom, it's Sam Whitfield from Whitfield Joinery, how's the café going?",
    "I'm just ringing about the open invoice INV-0412.",
    PAUSE,
    "Ah look, I understand, the first months are always tight.",
    "Could you manage a first payment of 400 pounds by this Friday?",
    "Grand. And the remaining 790 pounds by the 18th of December, would that work?",
)


@pytest.mark.parametrize(
    ("sid", "script", "state"),
    [
        (
            "de-stammkunde-urlaub",
            [*STAMMKUNDE, "Ja, passt.", "Also die 2.380 Euro bis Freitag, den 4. Dezember."],
            "bestaetigt",
        ),
        (
            "en-cash-problems-cafe",
            [*CAFE, "Lovely, so 400 by Friday and 790 by the 18th."],
            "confirmed",
        ),
    ],
)
def test_a_read_back_is_confirmed_without_an_email_nobody_offered(sid, script, state):
    """A summary of the agreement offers no e-mail: the customer confirms it ("Genau, so
    machen wir's."), he does not answer "schicken Sie mir das gern per Mail" (eighth audit:
    "Sure, put it in an email — I'll sign it")."""
    runner = _runner(sid)
    *_, read_back = runner.play(script)
    assert read_back.state == state
    offered = ("mail", "schriftlich", "writing", "send it", "sign")
    assert not any(w in _reply(read_back).lower() for w in offered)


def test_a_read_back_with_a_goodbye_is_answered_with_his_goodbye():
    runner = _runner("en-cash-problems-cafe")
    *_, last = runner.play(
        [*CAFE, "Lovely, so 400 by Friday and 790 by the 18th. Thanks Tom, talk soon, bye."]
    )
    assert last.state == "agreed_bye" and "email" not in _reply(last)
    assert runner.session.call.outcome == "down_payment_and_plan"


SOONER = "Ja, aber etwas früher bräuchte ich es schon."
BY_THEN = "Gut, bis dahin dann."


def test_yes_but_sooner_to_his_day_is_no_promise_he_asks_for_the_day():
    """A date request that names no day, said to his proposal, is no agreement to his day:
    he asks by when (the florist had promised "by 4 December" to "Yes, but sooner").
    The reading is pinned: this tests the customer, not the recogniser."""
    runner = _runner("de-stammkunde-urlaub", {SOONER: {"fix_payment_date": 0.9}})
    *_, proposal, sooner = runner.play([*STAMMKUNDE, SOONER])
    assert proposal.state == "schlaegt_termin_vor"
    assert sooner.state == "schlaegt_termin_vor" and "bis wann" in _reply(sooner).lower()
    assert runner.session.call.outcome is None
    *_, day = runner.play(["Bis zum 2. Dezember, ginge das?"])
    assert day.state == "zusage" and "02.12.2026" in _reply(day)


def test_a_yes_that_takes_up_his_day_without_naming_it_is_the_promise():
    """ "Gut, bis dahin dann." reads as a date request, names no day, and starts with a yes:
    it takes up his Friday."""
    runner = _runner("de-stammkunde-urlaub", {BY_THEN: {"fix_payment_date": 0.8}})
    *_, yes = runner.play([*STAMMKUNDE, BY_THEN])
    assert yes.state == "zusage" and "04.12.2026" in _reply(yes)


def test_a_listeners_okay_is_answered_as_a_short_silence():
    """ "Oh, okay." while he looks for the invoice: he goes on as after silence, not "I'm not
    sure I follow", and strategy 1 (let him talk) is met."""
    runner = _runner("en-logistics-approval")
    *_, looking, okay = runner.play(
        [
            "Hi Mark, it's Olivia Grant from Grant Office Supplies.",
            "I'm calling about the open invoice.",
            "Oh, okay.",
        ]
    )
    assert okay.state != looking.state
    assert "follow" not in _reply(okay) and "approval" in _reply(okay)
    result = runner.session.finish()
    strategy = next(c for c in result["checks"] if c["id"] == "strategy")
    assert strategy["passed"] is True


@pytest.mark.parametrize(
    ("sid", "opening", "counter", "state"),
    [
        ("en-florist-forgot", FLORIST, "Yes, but that's too late for us.", "suggests_date"),
        (
            "de-stammkunde-urlaub",
            STAMMKUNDE,
            "Ja, aber nicht so spät, bitte.",
            "schlaegt_termin_vor",
        ),
    ],
)
def test_asking_for_an_earlier_day_than_his_is_no_reproach(sid, opening, counter, state):
    """Right after his proposal, "too late" / "nicht so spät" asks for an earlier day: no
    offended customer, no failed conduct check (the words sit mostly in reproaches in the
    library; `understanding.context`)."""
    runner = _runner(sid)
    *_, step = runner.play([*opening, counter])
    assert step.state == state
    turn = next(t for t in reversed(runner.session.call.turns) if t.speaker == "learner")
    assert "accusatory_opener" not in {i["intent"] for i in turn.intents}
    result = runner.session.finish()
    blame = next(c for c in result["checks"] if c["id"] == "no_accusation")
    assert blame["passed"] is True


EXCUSES = "Look, I don't want excuses, I want the 2,760 pounds."


def test_a_guess_at_a_threat_does_not_make_him_hang_up():
    """A threat read below TENTATIVE fails no check in the debrief; the customer must not hang
    up on it either (eighth audit: "he hung up after your threat" quoting this line)."""
    runner = _runner("en-chippy-instalments", {EXCUSES: {"threaten_legal": 0.18}})
    *_, step = runner.play(
        [
            "Dave, Fiona Walsh, Walsh Plumbing and Heating.",
            "I'm calling about the boiler invoice, it's still open.",
            PAUSE,
            EXCUSES,
        ]
    )
    assert step.state != "hangs_up" and not runner.session.call.ended
    runner = _runner("en-chippy-instalments", {EXCUSES: {"threaten_legal": 0.6}})
    *_, step = runner.play(
        [
            "Dave, Fiona Walsh, Walsh Plumbing and Heating.",
            "I'm calling about the boiler invoice, it's still open.",
            PAUSE,
            EXCUSES,
        ]
    )
    assert step.state == "hangs_up"  # read firmly, it is a threat


def test_asking_him_by_when_after_his_proposal_keeps_his_day():
    """ "Bis wann schaffen Sie das?" right after "Wie wäre es mit nächstem Freitag?" names no
    day and asks for no earlier one: he keeps to his Friday (it got "bis wann bräuchten Sie
    es denn?", seen in tmux)."""
    runner = _runner("de-stammkunde-urlaub")
    *_, proposal, again = runner.play([*STAMMKUNDE, "Kein Problem. Bis wann schaffen Sie das?"])
    assert proposal.state == "schlaegt_termin_vor"
    assert again.state == "zusage" and "04.12.2026" in _reply(again)


def test_thanks_after_his_promise_is_answered_and_the_call_goes_on():
    """ "Ja, passt, danke!" after "Abgemacht, … bis zum 02.12." is thanks, not a goodbye: he
    says "Gern." and the written confirmation can still follow (it ended the call, in tmux)."""
    runner = _runner("de-stammkunde-urlaub")
    *_, promise, thanks, mail = runner.play(
        [
            *STAMMKUNDE,
            "Bis zum 2. Dezember, ginge das?",
            "Ja, passt, danke!",
            "Ich schicke Ihnen das noch per Mail.",
        ]
    )
    assert promise.state == "zusage"
    assert thanks.state == "zusage" and _reply(thanks) in ("Gern.", "Nichts zu danken.")
    assert mail.state == "bestaetigt"
    result = runner.session.finish()
    assert next(c for c in result["checks"] if c["id"] == "confirm_in_writing")["passed"]


REPROACH = "Took you long enough, didn't it."


def test_a_reproach_after_her_promise_costs_the_check_not_the_promise():
    """Where a threat after the promise leaves it standing, a reproach does too: it fails the
    conduct check, the promise stays (ninth audit: a misread reassurance undid it)."""
    runner = _runner("en-florist-forgot", {REPROACH: {"accusatory_opener": 0.95}})
    *_, yes, reproach = runner.play([*FLORIST, "Yes, that's fine.", REPROACH])
    assert yes.state == "promised" and reproach.state == "promised"
    result = runner.session.finish()
    assert runner.session.call.outcome == "promise_to_pay"
    assert next(c for c in result["checks"] if c["id"] == "no_accusation")["passed"] is False


CHIPPY_PLAN = (  # ninth audit, 08_en-chippy-instalments.txt
    "Dave, how you keeping? It's Fiona from Walsh Plumbing and Heating.",
    "Listen, I'd like to sort out the boiler invoice with you, WPH-3310, and I've got a "
    "proposal for you.",
    "I hear you, Dave, twenty years in that shop, I know it's been a hard winter for everybody.",
    "Could you pay it off bit by bit, a few hundred a month until it's cleared?",
    "Three instalments of £920, on the 15th of December, the 15th of January and the 15th "
    "of February.",
)


def test_a_read_back_with_the_wrong_amount_is_corrected_and_the_plan_stands():
    """ "three payments of £900" for the £920 each he agreed: he says so ("Yeah, that's the
    deal" had taught the learner the wrong plan), and the agreed terms stay £920."""
    runner = _runner("en-chippy-instalments")
    *_, plan, recap = runner.play(
        [*CHIPPY_PLAN, "Just to recap then: three payments of £900, 15th of December, January "
         "and February."]
    )  # fmt: skip
    call = runner.session.call
    assert plan.state == recap.state and call.agreed_terms["each"] == 920
    assert _reply(recap).startswith("No, not quite") and "£920.00" in _reply(recap)
    *_, right = runner.play(["So three payments of £920 from the 15th of December."])
    assert "not quite" not in _reply(right)


BEHOERDE = (  # ninth audit, probe 04a (the § 288 remark left out)
    "Guten Tag Herr Schulte, mein Name ist Miriam Hoffmann, Geschäftsführerin der Hoffmann "
    "IT-Training.",
    "Ich rufe an bezüglich unserer Rechnung S-2026-0877 vom Oktober über 6.240,00 Euro, zu der "
    "wir Ihnen vor zwei Wochen eine schriftliche Zahlungserinnerung übersandt haben.",
    PAUSE,
    "Welche Angaben benötigen Sie von uns, damit die Rechnung im nächsten Zahlungslauf "
    "berücksichtigt werden kann?",
    "Selbstverständlich übersende ich Ihnen die Rechnung heute noch einmal per E-Mail mit der "
    "vollständigen Bestellnummer.",
    "Können Sie mir bitte bestätigen, dass die Zahlung dann bis zum 15. Dezember erfolgt?",
    "Ich fasse zusammen: Sie erhalten heute die Rechnung mit Bestellnummer, und die 6.240,00 "
    "Euro werden bis zum 15. Dezember angewiesen. Das bestätige ich Ihnen schriftlich per E-Mail.",
    "Vielen Dank für Ihre Unterstützung, Herr Schulte. Auf Wiederhören.",
)


def test_a_read_back_of_a_later_day_than_his_payment_run_is_corrected_not_undone():
    """The clerk committed to the run on the 10th; "bis zum 15. Dezember" in the read-back is
    corrected and the promise stands (ninth audit: he asked again, and the goodbye that
    followed ended the call with no agreement, failing a fair call)."""
    runner = _runner("de-behoerde-bestellnummer")
    steps = runner.play(list(BEHOERDE))
    recap = steps[-2]
    assert "10.12.2026" in _reply(recap) and _reply(recap).startswith("Nein, nicht ganz")
    call = runner.session.call
    assert call.outcome == "promise_to_pay" and call.agreed_terms["date"] == "2026-12-10"
    # the promise stands; the read-back left standing fails the call since the forty-fifth
    # session (pin_date, critical), not the outcome
    result = runner.session.finish()
    assert result["critical"] == ["pin_date"]


LONG_WARM = (
    "Oh don't worry about it at all Claire, honestly it happens to everyone, we had the same "
    "thing last year with our own suppliers and it was a nightmare, so no judgement, I was just "
    "wondering whether you could get the £640 over to us by Friday the 11th of December because "
    "that would really help us with our own end of year and then we're all square."
)


def test_a_date_asked_for_after_a_long_warm_preface_is_answered():
    """The seventh audit's run-on line: the empathy before it can sink the date reading below
    the bar (it did in the florist's own model after a library change, and she answered only
    the empathy); the day the line asks her to pay by is what she answers. Pinned to the
    reading that lost it."""
    runner = _runner("en-florist-forgot", {LONG_WARM: {"empathise": 0.99}})
    *_, step = runner.play(
        [
            "Hi Claire, it's Priya from Shah Print Studio, hope you're well.",
            "I'm calling about the open invoice SPS-2291.",
            PAUSE,
            LONG_WARM,
        ]
    )
    assert step.state == "promised" and "11 December 2026" in _reply(step)


MALER_GOOD = (  # tenth audit, 03_de-maler-berechtigter-einwand.txt
    "Guten Tag Frau Lindner, Stefan Krause vom Malerbetrieb Krause.",
    "Ich rufe wegen der noch offenen Rechnung M-2026-311 für die Praxisräume an.",
    PAUSE,
    "Oh, das wusste ich nicht. Was genau ist denn in Raum 3 nicht in Ordnung?",
    "Das tut mir leid, da haben Sie recht, das hätte so nicht passieren dürfen. Mein Vorschlag: "
    "Ich schicke nächste Woche einen Gesellen, der die Spritzer entfernt und die Sockelleisten "
    "streicht, und ich ziehe Ihnen für den Ärger 10 Prozent von der Rechnung ab.",
    "Dann wären es 3.213 Euro. Können Sie die bis Freitag, 18. Dezember, überweisen, nachdem "
    "die Nacharbeit erledigt ist?",
)


def test_the_date_after_an_accepted_compromise_is_the_news():
    """Once the compromise is on the table, a line that gives its date and mentions the
    rework again is answered as the date (she said "Bleibt der Zahlungstermin" twice and the
    call ended with no agreement)."""
    runner = _runner("de-maler-berechtigter-einwand")
    *_, date = runner.play(list(MALER_GOOD))
    assert "18.12.2026" in _reply(date) and "Bleibt der Zahlungstermin" not in _reply(date)
    assert runner.session.call.agreed_terms is not None


CAFE_OVERREACH = (  # tenth audit, probe P3
    "Hello, is that Tom? Sam Whitfield here, Whitfield Joinery.",
    "I'm calling about invoice INV-0412, £1,190, which is still open.",
    PAUSE,
    "I hear you. How about £800 now and the remaining £390 next Friday?",
)


def test_yes_to_his_smaller_down_payment_and_his_day_for_the_rest_is_the_plan():
    """ "OK." to "£400 I could manage today — would that do?" takes his £400; "Yes, that's
    fine. I'll send you an email with that." to "From 15 December I could pay it" takes his
    day (both got "I'm not sure I follow")."""
    runner = _runner("en-cash-problems-cafe")
    *_, counter, ok, yes = runner.play(
        [*CAFE_OVERREACH, "OK.", "Yes, that's fine. I'll send you an email with that."]
    )
    assert counter.state == "too_much_now" and ok.state == "rest_too_early"
    assert "£400.00" in _reply(yes) and "15 December 2026" in _reply(yes)
    terms = runner.session.call.agreed_terms
    assert terms["now"] == 400 and terms["rest_date"] == "2026-12-15" and terms["rest"] == 790


def test_a_price_reduction_is_what_she_agrees_to_pay():
    """ "How about I knock £60 off, so £120, and you pay that by the 18th?": she agrees to
    £120, not "You fix them, and I'll pay the £180" (tenth audit)."""
    runner = _runner("en-handyman-waive")
    *_, agreed = runner.play(
        [
            "Hello Rachel, it's Gareth Lewis from Lewis Handyman Services.",
            "I'm calling about invoice LHS-077 for the three shelves, £180, which is still open.",
            PAUSE,
            "I'm sorry to hear that. What exactly happened with the shelves — are all three "
            "loose or just one?",
            "They were level and firm when I left, but I don't want you stuck with wobbly "
            "shelves. How about I knock £60 off, so £120, and you pay that by the 18th of "
            "December?",
        ]
    )
    assert "£120.00" in _reply(agreed) and "£180" not in _reply(agreed)
    assert runner.session.call.agreed_terms["amount"] == 120


TAIL = (
    "Können Sie die 2.380 Euro bis zum 15. Dezember überweisen, vielen Dank schon mal und "
    "schöne Grüße an Ihre Frau."
)


def test_a_date_with_a_polite_tail_is_answered_and_the_call_goes_on():
    """Thanks in advance and regards after the date are no goodbye (eleventh audit: goodbye
    0.97 above the date 0.95, "Äh, ja. Wiederhören.", and a fair call failed). Pinned to the
    audit's reading."""
    runner = _runner(
        "de-stammkunde-urlaub", {TAIL: {"close_politely": 0.97, "fix_payment_date": 0.95}}
    )
    *_, date = runner.play([*STAMMKUNDE[:3], TAIL])
    assert "15.12.2026" in _reply(date) and not runner.session.call.ended
    assert runner.session.call.agreed_terms["date"] == "2026-12-15"


MIRROR = "So with all the weddings you completely forgot about it, and you'll pay it soon."


def test_giving_her_words_back_is_listening():
    """Mirroring the customer's last words is active listening: she goes on as after a short
    silence, not "I'm not sure I follow" (eleventh audit). Pinned to the audit's reading."""
    runner = _runner("en-florist-forgot", {MIRROR: {"confirm_in_writing": 0.09}})
    *_, mirror = runner.play([*FLORIST[:3], MIRROR])
    assert mirror.state == "suggests_date" and "follow" not in _reply(mirror)
    assert runner.session.call.patience == runner.session.call.scenario.patience


def test_pay_when_you_can_after_a_refused_down_payment_drops_it():
    """ "Look, just pay it when you can then, no rush" after he turned the £1,000 down: he
    takes the time gladly, he does not refuse the down payment again (eleventh audit)."""
    runner = _runner("en-chippy-instalments")
    *_, refused, vague = runner.play(
        [
            "Hi Dave, Fiona Walsh here from Walsh Plumbing and Heating.",
            "I'm calling about the open invoice for the boiler, WPH-3310.",
            PAUSE,
            "Ach, that's rough, Dave. Could you pay something up front, say £1,000 by Friday?",
            "Ah right, fair enough. Look, just pay it when you can then, no rush.",
        ]
    )
    assert "£1,000.00" in _reply(refused)
    assert "up front" not in _reply(vague) and "now" not in runner.session.call.table.terms
    assert runner.session.call.agreed_terms is None


REPROACH_DE = (
    "Also Herr Kessler, das ist ja wohl ein Witz, dass Sie immer noch nicht gezahlt haben."
)
SORRY_DE = "Entschuldigung, das war nicht in Ordnung von mir. Ich verstehe Ihren Ärger."


def test_back_in_a_state_he_says_his_line_as_said_before():
    """Brought back to his objection after a row, he does not restart it word for word as if
    new (eleventh audit): "Wie gesagt: Ihr Pflaster ist uneben …". Pinned readings: this
    tests the customer, not the recogniser."""
    pinned = {REPROACH_DE: {"accusatory_opener": 0.95}, SORRY_DE: {"empathise": 0.95}}
    runner = _runner("de-hausverwaltung-rechtsweg", pinned)
    *_, first, row, back = runner.play(
        [
            "Guten Tag Herr Kessler, Jana Brandt von Brandt Garten- und Landschaftsbau.",
            "Ich rufe wegen der noch offenen Rechnung GL-2026-215 für den Innenhof an.",
            PAUSE,
            REPROACH_DE,
            SORRY_DE,
        ]
    )
    assert first.state == "einwand" and row.state == "gereizt" and back.state == "einwand"
    assert _reply(back).startswith("Wie gesagt: Ihr Pflaster ist uneben")


BEHOERDE_QUESTIONS = (  # eleventh audit, C04
    "Guten Tag Herr Schulte, Miriam Hoffmann von Hoffmann IT-Training.",
    "Ich rufe wegen unserer Rechnung S-2026-0877 an, zu der wir Ihnen vor zwei Wochen eine "
    "schriftliche Zahlungserinnerung geschickt haben.",
    PAUSE,
    "Ist die Rechnung bei Ihnen angekommen, fehlt da noch was, und wann wird die denn bezahlt?",
    "Die Bestellnummer schicke ich Ihnen sofort per E-Mail, die steht in Ihrem Auftragsschreiben. "
    "Wann ist denn Ihr nächster Zahlungslauf?",
    "Gut, dann halten wir fest: Die Bestellnummer kommt heute per E-Mail, und die 6.240 Euro "
    "gehen mit diesem Zahlungslauf raus. Ich bestätige Ihnen das schriftlich.",
)


def test_the_clerk_answers_the_question_about_his_payment_run():
    """Re-sending and asking for the run in one line: he answers both; and "heute" in "kommt
    heute per E-Mail" is no payment day, so the read-back of his run is his promise (the
    question went unanswered, and "heute" would have been corrected as a wrong day)."""
    runner = _runner("de-behoerde-bestellnummer")
    *_, asked, read_back = runner.play(list(BEHOERDE_QUESTIONS))
    assert "10. Dezember" in _reply(asked)
    assert read_back.state == "zusage" and runner.session.call.agreed_terms["date"] == "2026-12-10"


ERSTKUNDE = (  # twelfth audit, 02
    "Guten Tag Frau Albers, Lena Vogt von Vogt Grafikdesign.",
    "Ich rufe wegen der noch offenen Rechnung GD-2026-044 für Ihr neues Logo an.",
    PAUSE,
    "Ach, das ist ja ärgerlich, das kann bei so einer Neueröffnung schon mal untergehen.",
    "Kein Problem, ich schicke Ihnen die Rechnung heute noch per E-Mail. Können Sie die 1.428 "
    "Euro dann bis zum 15. Dezember überweisen?",
)


def test_resending_the_invoice_with_a_day_in_one_breath_is_her_promise():
    """She asked for the invoice again and answered "bald" to the read-back (twelfth audit: a
    fair call failed); the re-send and the day in one line are her promise on that day."""
    runner = _runner("de-erstkunde-rechnung-verloren")
    *_, promise = runner.play(list(ERSTKUNDE))
    assert promise.state == "zusage" and "15.12.2026" in _reply(promise)


def test_the_journeymans_visit_day_is_no_payment_day():
    """ "Mein Geselle kommt am Dienstag, den 8. Dezember" is the visit (it became the payment
    day, and a correct letter naming the 18th was marked wrong; twelfth audit)."""
    from trainer.simulation.terms import work_date

    text = "Mein Geselle kommt am Dienstag, den 8. Dezember, und bessert Raum 3 nach."
    at = text.index("Dienstag")
    assert work_date(text, at, text.index("Dezember") + 8, "de")


def test_a_threat_beside_a_reproach_is_heard_as_the_threat():
    """ "… I'm fed up chasing it. If it's not paid by Friday it's going to a collection agency."
    carries a reproach and a firm threat: he hangs up (twelfth audit: he took the reproach and
    stayed on the line). Pinned to the audit's readings."""
    line = (
        "That boiler invoice is six weeks overdue and I'm fed up chasing it. If it's not paid "
        "by Friday it's going to a collection agency."
    )
    readings = {"threaten_legal": 0.94, "fix_payment_date": 0.87, "accusatory_opener": 0.86}
    runner = _runner("en-chippy-instalments", {line: readings})
    *_, step = runner.play(["Now then Dave, it's Fiona from Walsh Plumbing.", line])
    assert step.state == "hangs_up"


def test_asked_for_his_figures_the_cafe_owner_names_them():
    """ "How much could you manage now?" / "And when could you do the rest?": he names £400
    and his day, and a yes makes the plan (twelfth audit: "Right, the amount I can manage",
    then "I can't promise the whole amount by then")."""
    runner = _runner("en-cash-problems-cafe")
    *_, how_much, when, yes = runner.play(
        [
            "Hello, is that Tom? It's Sam Whitfield from Whitfield Joinery.",
            "I'm ringing about invoice INV-0412 for the counter and shelving, which is still open.",
            PAUSE,
            "Oh, I'm sorry to hear that, the first months are always hard.",
            "How much do you think you could manage now?",
            "Okay. And when could you do the rest?",
            "Yes, that's fine.",
        ]
    )
    assert "£400.00" in _reply(how_much) and "the amount" not in _reply(how_much)
    assert "15 December 2026" in _reply(when)
    assert "£400.00" in _reply(yes)
    terms = runner.session.call.agreed_terms
    assert terms["now"] == 400 and terms["rest_date"] == "2026-12-15"


def test_a_yes_to_what_about_the_rest_gets_the_question_again():
    """ "Yes, that's fine." to "What about the rest?" leaves the rest open: he asks by when
    (it got "I'm not sure I follow" under "yes to the customer's proposal", seen in tmux)."""
    runner = _runner("en-cash-problems-cafe")
    *_, yes = runner.play(
        [
            "Hi Tom, it's Sam Whitfield from Whitfield Joinery.",
            "I'd like to sort out the open balance with you together — I have a suggestion.",
            "Could you pay £400 today as a down payment?",
            "Yes, that's fine.",
        ]
    )
    assert yes.state == "down_payment_agreed" and "by when" in _reply(yes)
