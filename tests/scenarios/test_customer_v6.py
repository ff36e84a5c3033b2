"""The customer's replies keep track of what was proposed (seventh session; sixth audit).

Played through the real recogniser and the one script runner, as `trainer play --script …
--seed 1 --today 2026-12-01`.
"""

from __future__ import annotations

import pytest

from tests.helpers import SCENARIOS
from tests.scenarios.test_customer_v4 import TODAY, _reply, _runner
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.session.script import PAUSE, ScriptRunner

WEB_OPENING = (
    "Hi Helen, it's Ben Carter from Carter Web Studio, I'm calling about the open invoice.",
    PAUSE,
)


def test_a_reduction_alone_leaves_no_rest_to_ask_about():
    """She took a reduction of the whole invoice: nothing was paid, so there is no "rest"."""
    steps = _runner("en-web-studio-unjustified").play(
        [*WEB_OPENING, "We'll add the booking form free of charge and take 10% off the invoice."]
    )
    assert steps[-1].state == "discount_agreed"
    reply = _reply(steps[-1])
    assert "reduc" in reply and "by when" in reply
    assert "rest" not in reply.split()


def test_a_learner_who_gives_a_name_with_the_company_is_called_by_it():
    """ "Sam from Walsh Plumbing here": the customer greets Sam, and `identify` is met."""
    steps = _runner("en-chippy-instalments").play(["Hi Dave, Sam from Walsh Plumbing here."])
    assert _reply(steps[0]).startswith("Sam.")
    assert "Fiona" not in _reply(steps[0])


HANDYMAN = (  # sixth audit, 10_handyman_compromise.txt
    "Hello Rachel, it's Gareth Lewis from Lewis Handyman Services.",
    "I'm calling about the open invoice LHS-077 for the shelves.",
    PAUSE,
    "Oh, I'm sorry to hear that. What exactly happened with them, which shelves are wobbly?",
    "Tell you what, I'll pop round on Thursday morning and re-fix all three for free, no "
    "charge. Would that work for you?",
    "And once they're solid, could you settle the 180 pounds by Friday the 11th of December?",
    "Brilliant. I'll send you a quick email confirming Thursday and the 11th. Thanks Rachel, "
    "bye for now.",
)


def test_the_day_of_a_visit_is_not_the_day_she_pays_by():
    """The re-fix "on Thursday" is no payment date: she asks for one, takes the 11th the
    learner then names, and the call stays open for the written confirmation."""
    runner = _runner("en-handyman-waive")
    steps = runner.play(HANDYMAN)
    offer, date, confirm = steps[4], steps[5], steps[6]
    assert offer.state == "accepts_refix"
    assert "3 December" not in _reply(offer) and "by when" in _reply(offer)
    assert date.state == "agreed" and "11 December 2026" in _reply(date)
    assert confirm.state == "compromise_bye"
    assert runner.session.call.agreed_terms["date"] == "2026-12-11"


def test_a_payment_date_said_beside_a_visit_still_counts():
    from trainer.simulation.terms import work_date

    text = "I'll come by on Thursday and you pay the balance on Friday."
    thursday, friday = text.index("Thursday"), text.index("Friday")
    assert work_date(text, thursday, thursday + 8, "en")
    assert not work_date(text, friday, friday + 6, "en")
    de = "Wir kommen am Donnerstag vorbei und bessern nach, und Sie überweisen bis zum 11."
    assert work_date(de, de.index("Donnerstag"), de.index("Donnerstag") + 10, "de")
    assert not work_date(de, de.index("11."), de.index("11.") + 3, "de")


# --- a plain yes to the customer's proposal (sixth audit: 09_florist_accept.txt) --------------
FLORIST = (
    "Hi Claire, it's Priya from Shah Print Studio.",
    "I'm just calling about the open invoice, SPS-2291, for the wedding brochures.",
    PAUSE,
    "Oh don't worry at all, wedding season, I can only imagine!",
    "When do you think you could pay it?",
)


def test_yes_to_her_date_with_a_goodbye_is_the_promise_on_her_day():
    runner = _runner("en-florist-forgot")
    *_, proposal, yes = runner.play(
        [*FLORIST, "Yes, end of next week is fine. Thanks Claire, bye!"]
    )
    assert proposal.state == "suggests_date"
    assert yes.state == "promised" and "11 December 2026" in _reply(yes)
    call = runner.session.call
    assert call.outcome == "promise_to_pay"
    assert call.agreed_terms["date"] == "2026-12-11"


def test_a_bare_yes_takes_up_her_day_and_is_shown_as_a_yes():
    from trainer.transcripts.export import read_as
    from trainer.transcripts.schema import Turn

    runner = _runner("en-florist-forgot")
    *_, yes = runner.play([*FLORIST, "Yes, that's fine."])
    assert yes.state == "promised" and "11 December 2026" in _reply(yes)
    call = runner.session.call
    turn = next(t for t in reversed(call.turns) if t.speaker == "learner")
    assert turn.trigger == "accept"
    recorded = Turn.model_validate(turn.to_json())  # as the transcript holds it
    assert "yes to the customer's proposal" in (read_as(recorded, "en") or "")
    assert "Ja zum Vorschlag" in (read_as(recorded, "de") or "")


def test_a_yes_where_nothing_was_proposed_is_not_understood():
    """Only a state that proposed something (`accept:` in the scenario) takes a yes."""
    runner = _runner("en-chippy-instalments")
    *_, step = runner.play(
        ["Hi Dave, it's Fiona from Walsh Plumbing.", "I'm calling about the open invoice.",
         PAUSE, "Yes, that's fine."]
    )  # fmt: skip
    assert step.state == "admits"
    assert "follow" in _reply(step) or "what was that" in _reply(step)


def test_agreeing_to_his_proposal_without_a_day_agrees_to_his_day():
    """Not "bis zum dem genannten Termin": after "Wie wäre es mit nächstem Freitag?" an
    e-mail offer is agreement to his Friday, named in his promise and recorded."""
    runner = _runner("de-stammkunde-urlaub")
    steps = runner.play(
        ["Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
         "Ich rufe wegen der noch offenen Rechnung an.", PAUSE, PAUSE,
         "Gut, das schicke ich Ihnen dann noch per Mail."]
    )  # fmt: skip
    assert steps[-2].state == "schlaegt_termin_vor"
    assert steps[-1].state == "zusage"
    assert "04.12.2026" in _reply(steps[-1]) and "genannten" not in _reply(steps[-1])
    assert runner.session.call.agreed_terms["date"] == "2026-12-04"


@pytest.mark.parametrize(
    ("sid", "opening", "offence", "on_topic"),
    [
        (
            "en-web-studio-unjustified",  # sixth audit, 12_webstudio_threat.txt
            ["Hi Helen, Ben Carter from Carter Web Studio.",
             "I'm calling about invoice CWS-118 for the website relaunch, which is still open.",
             PAUSE, "What exactly do you feel is missing?"],
            "Helen, if this isn't paid by Friday I'll have to hand it over to a debt collection "
            "agency.",
            "So can we say the 2,400 pounds by the 11th of December?",
        ),
        (
            "de-werkstatt-ueberraschung",
            ["Guten Tag Herr Becker, Deniz Yilmaz von der Kfz-Werkstatt Yilmaz."],
            "Warum haben Sie eigentlich immer noch nicht bezahlt? Das geht so nicht.",
            "Können Sie die Rechnung bis zum 11. Dezember überweisen?",
        ),
    ],
)  # fmt: skip
def test_an_offended_customer_answers_in_character_not_confused(sid, opening, offence, on_topic):
    """After a threat or a reproach a line he has no answer to gets a cold reply about the
    tone, not "I'm not sure I follow" / "Wie bitte? Worum geht es denn genau?"."""
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    rec = default_recogniser(loaded.scenario.language, loaded)
    persona = "disputes" if sid.startswith("de-") else None
    runner = ScriptRunner.open(loaded, seed=1, today=TODAY, recogniser=rec, persona=persona)
    *_, offended, reply = runner.play([*opening, offence, on_topic])
    assert offended.state == reply.state  # still offended: nothing moved him
    confused = ("follow", "what was that", "Wie bitte", "nicht ganz verstanden")
    assert not any(word in _reply(reply) for word in confused), _reply(reply)
    assert any(w in _reply(reply) for w in ("tone", "Ton", "threatened", "uncalled for"))


# --- a compromise and its date in one breath (seventh audit) ----------------------------------
def test_rework_discount_and_date_in_one_line_are_agreed_as_one():
    """Not "Erst muss Raum 3 in Ordnung kommen" to the rework just offered, nor "Bis wann?"
    to a date just named: she agrees to the compromise with its date."""
    runner = _runner("de-maler-berechtigter-einwand")
    *_, step = runner.play(
        ["Guten Tag Frau Lindner, Krause hier vom Malerbetrieb Krause, ich rufe wegen der noch "
         "offenen Rechnung M-2026-311 an.", PAUSE,
         "Was genau ist denn in Raum 3 nicht in Ordnung?",
         "Das tut mir leid. Ich schlage vor, mein Geselle kommt nächsten Montag und macht die "
         "Spritzer weg, ich ziehe Ihnen zehn Prozent ab, und den Rest überweisen Sie bis zum "
         "18. Dezember, wäre das in Ordnung?"]
    )  # fmt: skip
    assert step.state == "einigung", _reply(step)
    assert "18.12.2026" in _reply(step)
    assert runner.session.call.agreed_terms["date"] == "2026-12-18"  # not the Monday visit


def test_a_reduction_with_its_day_needs_no_by_when():
    runner = _runner("en-web-studio-unjustified")
    *_, step = runner.play(
        [*WEB_OPENING,
         "I hear you, Helen. Tell you what, I'll take 15 percent off and you pay the rest by the "
         "18th of December, how does that sound?"]
    )  # fmt: skip
    assert step.state == "compromise_dated", _reply(step)
    assert "18 December 2026" in _reply(step) and "by when" not in _reply(step)


def test_a_down_payment_is_answered_before_a_side_reading_of_the_same_line():
    """Down payment 0.94, a reason question 0.50 beside it: the down payment is answered (it
    was moved behind everything when the line carried no date or summary reading)."""
    runner = _runner("en-cash-problems-cafe")
    *_, step = runner.play(
        ["Hi Tom, it's Sam Whitfield from Whitfield Joinery.",
         "I'm calling about invoice INV-0412, which is still open.", PAUSE,
         "I totally understand, it's really tough when you've only just opened. Would it maybe "
         "be possible, perhaps, to pay something now, like maybe £300 this week?"]
    )  # fmt: skip
    assert "£300.00" in _reply(step) and "catering client" not in _reply(step)


def test_a_yes_to_as_soon_as_i_can_is_heard_and_agrees_to_nothing():
    """ "Ja, genau, so machen wir das." after his "sobald ich dazu komme" got "Das habe ich
    jetzt nicht ganz verstanden" (seventh audit); now he hears it, and still no day is
    agreed. With a goodbye in the line, the goodbye decides."""
    opening = [
        "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
        "Ich rufe wegen der noch offenen Rechnung an.",
        PAUSE,
        "Ach, das macht nix, dann überweisen Sie's halt, wenn Sie mal Luft haben.",
    ]
    runner = _runner("de-stammkunde-urlaub")
    *_, vague, yes = runner.play([*opening, "Ja, genau, so machen wir das."])
    assert vague.state == yes.state == "vage_zusage"
    assert "verstanden" not in _reply(yes) and "sobald ich kann" in _reply(yes)
    assert runner.session.call.agreed_terms is None
    runner = _runner("de-stammkunde-urlaub")
    *_, bye = runner.play([*opening, "Gut, dann noch einen schönen Tag, Herr Müller!"])
    assert bye.state == "ohne_ergebnis"
