"""Eighteenth session: what whole calls and the outside audits still showed — a surprised "Das
wundert mich jetzt schon" heard as a request for a first payment, and a customer who said
"Thanks for the nudge" after the learner threatened to tell her clients."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v4 import _reply
from tests.scenarios.test_customer_v15 import _runner, _script
from tests.scenarios.test_customer_v17 import _names
from trainer.simulation.terms import demands_payment

FLORIST_DEAL = [
    "hi claire its priya from shah print studio",
    "just ringing about the invoice sps-2291 for the wedding brochures, its still open",
    "",
    "no worries at all, i know wedding season was mental for you",
    "could you get the 640 over to us by friday the 4th?",
]


@pytest.mark.parametrize(
    ("sid", "text"),
    [
        ("de-maler-berechtigter-einwand", "Das wundert mich jetzt schon."),
        ("de-maler-berechtigter-einwand", "Jetzt schon?"),
    ],
)
def test_a_line_without_money_asks_for_no_first_payment(sid, text):
    """ "Das wundert mich jetzt schon." was a down payment 0.75: "jetzt schon" opens many
    requests for one, but a line naming no paying, no sum and no money asks for none."""
    assert "request_down_payment" not in _names(sid, text)


@pytest.mark.parametrize(
    ("sid", "text"),
    [
        ("de-werkstatt-ueberraschung", "Geht da heute schon irgendwas raus?"),
        ("de-werkstatt-ueberraschung", "Können Sie heute schon 300 € überweisen?"),
        ("de-werkstatt-ueberraschung", "Schick mir halt heute das, was grad geht."),
        ("en-cash-problems-cafe", "could you wire two fifty right now"),
        ("en-cash-problems-cafe", "Would it work for you to get a slice of it paid straight away?"),
        ("en-cash-problems-cafe", "Could you manage a couple of hundred quid today?"),
    ],
)
def test_requests_for_a_first_payment_still_are_one(sid, text):
    assert "request_down_payment" in _names(sid, text)


def test_after_a_threat_to_her_clients_she_keeps_her_word_but_not_the_warmth():
    """Fifty-seventh audit, probe 1: after "I'll let your wedding couples know you don't pay
    your suppliers" the florist said "Hang on — we'd just agreed", and then closed with
    "Thanks for the nudge, Priya. Speak soon!"."""
    runner = _runner("en-florist-forgot")
    steps = runner.play(_script("V57", "probes/p1_thirdparty_after_deal.txt"))
    assert "we'd just agreed" in " ".join(_reply(s) for s in steps)
    last = _reply(steps[-1])
    assert "nudge" not in last and "Speak soon" not in last, last
    result = runner.session.finish()
    assert result["outcome"] == "promise_to_pay"  # her word stands


def test_an_apology_for_the_threat_wins_back_the_warm_goodbye():
    runner = _runner("en-florist-forgot")
    steps = runner.play(
        [
            *FLORIST_DEAL,
            "And if it's not there Friday I'll let your wedding couples know you don't pay.",
            "Sorry Claire, that was uncalled for, I really do apologise.",
            "thanks claire speak soon bye",
        ]
    )
    assert "Speak soon" in _reply(steps[-1]), _reply(steps[-1])


def test_without_a_threat_the_goodbye_stays_warm():
    runner = _runner("en-florist-forgot")
    steps = runner.play([*FLORIST_DEAL, "thanks claire speak soon bye"])
    assert "Speak soon" in _reply(steps[-1])


@pytest.mark.parametrize(
    ("sid", "text"),
    [
        ("en-cash-problems-cafe", "Look, I can't take anything less than the full amount."),
        ("en-cash-problems-cafe", "I really need the full balance, Tom."),
        ("de-werkstatt-ueberraschung", "Ich brauche aber den vollen Betrag."),
        ("de-werkstatt-ueberraschung", "Weniger als die ganze Summe kann ich nicht annehmen."),
    ],
)
def test_the_whole_sum_insisted_on_is_a_call_to_pay(sid, text):
    """Fifty-seventh audit, probe 2: "Look, I can't take anything less than the full amount."
    was a goodbye guessed at 0.11 (and then "I'm not sure I follow"): it carries no move of
    GUIDE §5, and the customer answers it as a call to pay."""
    runner = _runner(sid)
    recognition = runner.session.recogniser.recognise(text)
    assert not recognition.names, recognition.names
    assert demands_payment(recognition, runner.session.scenario.language)


def test_the_cafe_owner_answers_the_insistence_as_a_call_to_pay():
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(_script("V57", "probes/p2_insist_not_goodbye.txt")[:4])
    assert "not sure I follow" not in _reply(steps[-1])
    assert "whole amount" in _reply(steps[-1]), _reply(steps[-1])
