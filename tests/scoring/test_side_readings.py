"""A calm legal announcement the customer never heard is no premature step (sixth outside
audit): "So it'll go out with the next payment run then?" carried the legal route 0.50 beside
the date it leads with; the clerk answered the date, and the debrief said "announced the legal
route before negotiation had failed" (−2 points, and no threat anywhere in the call)."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import ROOT, by_id, play
from trainer.scenario import load_scenario
from trainer.scoring import score_call

HELLO = ("Good morning Mark, Olivia Grant from Grant Event Catering.", ["greeting_identify"])
OPENER = (
    "I'm following up on invoice GEC-5521, which is still open.",
    ["neutral_opener_open_invoice"],
)
RESEND = ("I'll email the invoice with PO number 4500-7781 to you today.", ["resend_invoice"])
RUN = "So it'll go out with the next payment run then?"


@pytest.fixture(scope="module")
def logistics():
    return load_scenario(ROOT / "scenarios" / "en" / "logistics-approval.yaml").scenario


def _threat_check(logistics, reading):
    call = play(logistics, [HELLO, OPENER, "", RESEND, (RUN, reading)])
    return by_id(score_call(call), "no_premature_threat"), call


def test_a_side_reading_the_customer_did_not_answer_fails_nothing(logistics):
    check, call = _threat_check(
        logistics, [("fix_payment_date", 0.53), ("announce_legal_route", 0.50)]
    )
    run_turn = [t for t in call.turns if t.speaker == "learner"][-1]
    assert run_turn.trigger == "fix_payment_date"  # the clerk answered the date
    assert check is None or check.passed


def test_an_announcement_the_line_leads_with_still_comes_too_early(logistics):
    check, _ = _threat_check(
        logistics, [("announce_legal_route", 0.80), ("fix_payment_date", 0.53)]
    )
    assert check is not None and not check.passed and "legal route" in check.reason
