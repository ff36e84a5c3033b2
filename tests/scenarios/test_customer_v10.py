"""Tenth session: payment terms the customer has no answer for, and instalments alone in
the cash-problems café (before: "Deal. the amount right away, the rest by 5 December" to
"three instalments of £200 on the 5th of each month")."""

from __future__ import annotations

import pytest

from tests.helpers import score_but_the_letter
from tests.scenarios.test_customer_v4 import TODAY, _reply, _runner
from tests.scenarios.test_customer_v9 import ASKED_EARLY_NEXT_WEEK
from trainer.simulation.call import _TERMS_HEARD
from trainer.simulation.events import LearnerSaid
from trainer.simulation.terms import Offer, Table

EN_CALL = (
    "Hi, this is Sam from Brightside Supplies.",
    "I'm calling about the open invoice.",
    "What's holding it up?",
    "I understand, that's tough.",
)
DE_CALL = (
    "Guten Tag, hier ist Meier von der Firma Holzbau Meier.",
    "Ich rufe wegen der offenen Rechnung an.",
    "Woran liegt es denn?",
    "Das verstehe ich gut.",
)
NOT_UNDERSTOOD = ("not sure I follow", "what do you mean", "nicht ganz verstanden", "Wie bitte")


@pytest.mark.parametrize(
    ("sid", "line", "move"),
    [
        ("en-handyman-waive", "How about three instalments of 200 pounds?", "propose_instalments"),
        (
            "en-logistics-approval",
            "Could you pay 300 pounds today as a first payment?",
            "request_down_payment",
        ),
        (
            "de-maler-berechtigter-einwand",
            "Wie wäre es mit drei Raten zu je 200 Euro?",
            "propose_instalments",
        ),
        (
            "de-behoerde-bestellnummer",
            "Könnten Sie heute schon 300 Euro anzahlen?",
            "request_down_payment",
        ),
    ],
)
def test_terms_he_has_no_answer_for_are_heard_not_misunderstood(sid, line, move):
    """Eight of twelve scenarios answered a down payment or an instalment plan with "I'm
    not sure I follow": he understood the offer, it misses his point."""
    runner = _runner(sid)
    opening = DE_CALL if sid.startswith("de-") else EN_CALL
    *_, step = runner.play([*opening, line])
    reply = _reply(step)
    assert reply in _TERMS_HEARD[sid[:2]][move], reply
    assert not any(w.lower() in reply.lower() for w in NOT_UNDERSTOOD), reply


def test_instalments_covering_the_whole_amount_are_said_back_with_their_terms():
    runner = _runner("en-cash-problems-cafe")
    *_, step = runner.play(
        [*EN_CALL, "How about three instalments of 400 pounds, from the 5th of December?"]
    )
    reply = _reply(step)
    assert "3" in reply and "£400.00" in reply and "5 December" in reply, reply
    assert "right away" not in reply and "the rest" not in reply, reply
    *_, step = runner.play(["I'll put that in an email for you to sign.", "Thanks, bye!"])
    assert runner.session.finish()["outcome"] == "instalment_plan"


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("How about three instalments of 200 pounds, on the 5th of each month?", "only covers"),
        ("How about two instalments of 600 pounds, on the 5th of each month?", "more than I"),
        ("How about four instalments of 300 pounds?", "From when?"),
    ],
)
def test_instalments_he_cannot_carry_or_that_leave_a_rest_are_no_plan(line, answer):
    runner = _runner("en-cash-problems-cafe")
    *_, step = runner.play([*EN_CALL, line])
    assert answer in _reply(step), _reply(step)
    runner.play(["Thanks, bye!"])
    assert runner.session.finish()["outcome"] != "instalment_plan"


def test_chippy_does_not_take_a_plan_that_leaves_most_of_the_bill_unpaid():
    """Three instalments of £200 on £2,760 got "Right. That I can do." and the call passed."""
    runner = _runner("en-chippy-instalments")
    opening = (
        "Hi Dave, it's Fiona from Walsh Plumbing.",
        "I'm calling about the open boiler invoice.",
        "",
        "I understand, times are hard for everyone.",
        "Let's find a solution together, I have a suggestion.",
    )
    *_, step = runner.play([*opening, "How about three instalments of 200 pounds, monthly?"])
    assert "only part of the £2,760.00" in _reply(step), _reply(step)
    runner.play(["Thanks Dave, bye."])
    result = runner.session.finish()
    assert result["outcome"] != "instalment_plan" and not result["passed"]


@pytest.mark.parametrize(
    ("count", "each", "short"),
    [(3, 200.0, True), (3, 400.0, False), (3, 397.0, False), (4, 690.0, False)],
)
def test_offer_short_says_whether_instalments_leave_part_of_the_bill(count, each, short):
    """`offer.short` for trainers' conditions: parts that add up to less than the invoice
    (each may be rounded to the pound: 3 × £397 pays £1,190)."""
    table = Table(1190.0 if count == 3 else 2760.0)
    table.apply(Offer({"count": count, "each": each}), 1)
    assert table.env(TODAY, None)["offer.short"] is short


@pytest.mark.parametrize("yes", ["Genau.", "Ja, genau.", "Ja, einverstanden.", "Abgemacht."])
def test_genau_takes_up_his_day(yes):
    """ "Genau." to "Wie wäre es mit nächstem Freitag?" was read as a question (0.99) and he
    asked "Also, passt Ihnen das?": it is assent. "Ja, einverstanden." became a compromise
    offered (0.46) once the German counterparts of the real English sets were learnt."""
    runner = _runner("de-stammkunde-urlaub")
    *_, step = runner.play([*ASKED_EARLY_NEXT_WEEK, yes])
    assert "Abgemacht" in _reply(step), _reply(step)
    said = next(e for e in step.events if isinstance(e, LearnerSaid))
    # The call screen says "a yes to his proposal", not also "asked for the reason".
    assert said.accepted and not said.recognition.names, said.recognition.intents


AGREED_AND_READ_BACK = (
    *ASKED_EARLY_NEXT_WEEK,
    "Super, also die 2.380 Euro bis Freitag, den 4. Dezember.",
)


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Ich schicke Ihnen die Rechnung nochmal per Mail. Tschüss!", False),
        ("Ich schicke Ihnen das nochmal per Mail zur Bestätigung. Tschüss!", True),
        ("Ich schicke Ihnen die Rechnung mit unserer Vereinbarung per Mail. Tschüss!", True),
    ],
)
def test_sending_the_invoice_again_is_no_written_confirmation(line, credited):
    """ "Ich schicke Ihnen die Rechnung nochmal per Mail." after the agreement was credited as
    the written confirmation (the issue's hard negative: e-mail without any confirmation)."""
    runner = _runner("de-stammkunde-urlaub")
    runner.play([*AGREED_AND_READ_BACK, line])
    result = runner.session.finish()
    check = next(c for c in result["checks"] if c["id"] == "confirm_in_writing")
    assert check["passed"] is credited, check


def test_admitting_a_justified_complaint_is_no_rebuttal():
    """Fifteenth audit: "Da haben Sie recht, das war unser Fehler." was read as a rebuttal
    (0.60) and the painter's customer snapped "Wollen Sie mir jetzt erzählen, die Spritzer
    bilde ich mir ein?"."""
    runner = _runner("de-maler-berechtigter-einwand")
    *_, step = runner.play(
        [
            "Grüß Gott Frau Lindner, Stefan Krause vom Malerbetrieb Krause.",
            "Ich ruf wegen der noch offenen Rechnung für die Praxisräume an.",
            "",
            "Was genau ist denn in Raum 3 nicht in Ordnung?",
            "Da haben Sie recht, das war unser Fehler.",
        ]
    )
    said = next(e for e in step.events if isinstance(e, LearnerSaid))
    assert "rebut_unjustified_objection" not in said.recognition.names, said.recognition.intents
    assert "einbilde" not in _reply(step) and "bilde ich mir" not in _reply(step), _reply(step)


def test_pushing_the_blame_back_is_a_reproach():
    """Fifteenth audit: "Don't try to pin that on me, the shelves were fine when I left." was
    credited as asking what exactly is wrong."""
    runner = _runner("en-handyman-waive")
    runner.play(
        [
            "Hi Rachel, Gareth Lewis from Lewis Handyman Services.",
            "I'm calling about the open invoice for the shelves.",
            "",
            "Don't try to pin that on me, the shelves were fine when I left.",
            "Bye.",
        ]
    )
    checks = {c["id"]: c for c in runner.session.finish()["checks"]}
    assert checks["no_accusation"]["passed"] is False


def test_chippy_does_not_owe_or_reward_a_down_payment():
    """Fifteenth audit: the right plan (three instalments of £920 with dates, countersigned)
    scored 88 for "did not ask for a down payment", though Dave has nothing up front."""
    runner = _runner("en-chippy-instalments")
    runner.play(
        [
            "Hi Dave, it's Fiona Walsh from Walsh Plumbing & Heating.",
            "I'm calling about the invoice for the new boiler, which is still open.",
            "",
            "I can see it's been a hard year for you, and I understand.",
            "I'd like to find a way together to settle the open balance — I have a suggestion.",
            "Could we spread it over three monthly instalments of £920, from the 15th of December?",
            "I'll put the terms in writing and fax them over for you to sign.",
            "Thanks Dave, speak soon.",
        ]
    )
    result = runner.session.finish()
    assert "down_payment" not in {c["id"] for c in result["checks"]}
    assert score_but_the_letter(result) == 100, result["checks"]


def test_thanks_a_million_thanks_and_goes_on():
    """Fifteenth audit: "Brilliant, thanks a mill." ended the florist call as a goodbye, and the
    learner, who had no turn left to promise the written confirmation, was capped for it."""
    runner = _runner("en-florist-forgot")
    *_, step = runner.play(
        [
            "Hiya Claire, it's Priya from Shah Print Studio!",
            "Just ringing about the open invoice for the wedding brochures.",
            "",
            "Ah don't worry at all, wedding season's mental, I know.",
            "Could you pop the £640 over by Friday the 4th?",
            "Brilliant, thanks a mill.",
        ]
    )
    assert not step.ended, _reply(step)
