"""The customer's replies keep track of what was proposed (seventh session; sixth audit).

Played through the real recogniser and the one script runner, as `trainer play --script …
--seed 1 --today 2026-12-01`.
"""

from __future__ import annotations

from tests.scenarios.test_customer_v4 import _reply, _runner
from trainer.session.script import PAUSE

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
