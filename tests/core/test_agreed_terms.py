"""What the customer agreed to is what the transcript, the reviewer and the letter check read.

A trainer's rule (outside trainer's audit, calls de6, en7, en3): the agreed terms are the
ones the CUSTOMER committed to — his own date where he names one — and once he has agreed,
a later line changes them only when he says yes to a new proposal. A goodbye's "see you
Tuesday", a read-back or a confirmation never does. And a line that proposes a down payment
and the rest is answered as a down payment, however the recogniser read it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trainer.scenario import load_scenario
from trainer.simulation import Call, CustomerSaid
from trainer.understanding.types import Context, Fact, IntentHit, Recognition

CALL_DAY = dt.date(2026, 12, 1)  # a Tuesday
FRI_11 = dt.date(2026, 12, 11)
TUE_8 = dt.date(2026, 12, 8)
JAN_15 = dt.date(2027, 1, 15)

SCENARIO = """\
id: terms
title: Terms
language: en
briefing: A short test.
call_date: 2026-12-01
caller: {name: Sam Whitfield, company: Whitfield Joinery}
customer: {name: Tom Hughes, company: Bright Spark Café, type: regular, persona: apologises}
invoice: {number: INV-1, amount: 1190.00, currency: GBP, due: 2026-11-01}
limits: {now: 400}
states:
  open:
    say: ["What do you suggest?"]
    on:
      fix_payment_date:
        - {to: agreed, when: terms.date}
        - full
      request_down_payment:
        - {to: too_much, when: offer.too_much_now}
        - {to: split_agreed, when: terms.rest_date}
      summarise_agreement: {to: agreed, when: terms.date}
      ask_reason: run
  too_much:
    say: ["{terms.now}? I can't. {limits.now} at most."]
  full:
    say: ["The whole {invoice.amount} by then? I don't have it."]
  run:
    say: ["It goes out in a payment run."]
    on:
      fix_payment_date: run_agreed
  run_agreed:
    agreed: promise_to_pay
    say:
      - That'll be our next payment run, on 15 December. If it's approved by the 10th, you're in it.
    on:
      close_politely: bye
  agreed:
    agreed: promise_to_pay
    say: ["Fine, by {terms.date}."]
    on:
      fix_payment_date: agreed
      summarise_agreement: confirmed
      confirm_in_writing: confirmed
      close_politely: bye
  split_agreed:
    agreed: down_payment_and_plan
    say: ["Deal: {terms.now} now, the rest by {terms.rest_date}."]
    on:
      confirm_in_writing: confirmed
      summarise_agreement: confirmed
      request_down_payment: {to: split_agreed, say: ["That part's fine. And the rest?"]}
      close_politely: bye
  confirmed:
    agreed: promise_to_pay
    say: ["Yes, send it over."]
    on:
      close_politely: bye
  bye:
    say: ["Bye then."]
    end: promise_to_pay
"""


def _date(text: str, day: dt.date) -> Fact:
    return Fact("date", text, day.isoformat())


def _amount(text: str, value: float) -> Fact:
    return Fact("amount", text, value)


#: Each line as the real recogniser read it in the audited calls (intents, confidences,
#: facts), so that these tests pin the engine, not the classifier.
LINES: dict[str, Recognition] = {}


def _line(text: str, intents: dict[str, float], *facts: Fact) -> str:
    hits = tuple(IntentHit(i, c) for i, c in intents.items())
    LINES[text] = Recognition(text, hits, tuple(facts))
    return text


BY_11 = _line(
    "Could the £1,190 go out by Friday the 11th?",
    {"fix_payment_date": 1.0},
    _amount("£1,190", 1190.0),
    _date("by Friday", dt.date(2026, 12, 4)),
    _date("the 11th", FRI_11),
)
SEE_YOU_TUESDAY = _line(  # de6: "Danke für Ihr Verständnis, Frau Lindner, bis Dienstag!"
    "Thanks for understanding, Tom, see you Tuesday!",
    {"close_politely": 0.83, "fix_payment_date": 0.71},
    _date("Tuesday", TUE_8),
)
MAKE_IT_18 = _line(
    "Actually, could you make it the 18th instead?",
    {"fix_payment_date": 0.95},
    _date("the 18th", dt.date(2026, 12, 18)),
)
WRONG_READ_BACK = _line(
    "So that's £1,190 by the 18th, I'll put it in an email.",
    {"summarise_agreement": 0.9, "confirm_in_writing": 0.8},
    _amount("£1,190", 1190.0),
    _date("the 18th", dt.date(2026, 12, 18)),
)
SPLIT = _line(
    "Could you do £300 this week as a down payment, and the remaining £890 by the 15th of January?",
    {"request_down_payment": 0.97, "fix_payment_date": 0.78},
    _amount("£300", 300.0),
    _amount("£890", 890.0),
    _date("the 15th of January", JAN_15),
)
#: The split's parts as a read-back names them.
READ_BACK_FACTS = (_amount("£300", 300.0), _amount("£890", 890.0), _date("15 January", JAN_15))
READ_BACK = _line(  # en3: the parts read back, no word for "rest"
    "Great, thanks Tom. I'll email you a note with that – £300 this week, £890 by 15 January.",
    {"confirm_in_writing": 0.96, "summarise_agreement": 0.65},
    *READ_BACK_FACTS,
)
SUMMARY_READ_BACK = _line(
    "So: £300 this week, £890 by 15 January.",
    {"summarise_agreement": 0.95},
    *READ_BACK_FACTS,
)
SAME_SPLIT_READ_BACK = _line(
    "So: £300 this week and the remaining £890 by 15 January.",
    {"summarise_agreement": 0.95},
    *READ_BACK_FACTS,
)
SUGGESTION_700 = _line(  # en3: a split read as a summary and a date, no down payment request
    "My suggestion: you pay £700 this week and the remaining £490 by the 18th of December.",
    {"summarise_agreement": 0.9, "fix_payment_date": 0.8},
    _amount("£700", 700.0),
    _amount("£490", 490.0),
    _date("the 18th of December", dt.date(2026, 12, 18)),
)
WHEN = _line("When do you pay your suppliers?", {"ask_reason": 0.9})


class Scripted:
    """The recognition each test line had from the real recogniser."""

    language = "en"

    def recognise(self, text: str, context: Context | None = None) -> Recognition:
        return LINES[text]


@pytest.fixture
def call(write_yaml) -> Call:
    scenario = load_scenario(write_yaml(SCENARIO)).scenario
    call = Call(scenario, Scripted(), seed=1, today=CALL_DAY)
    call.start()
    return call


def _said(events) -> str:
    return " ".join(e.text for e in events if isinstance(e, CustomerSaid))


def test_a_goodbye_see_you_tuesday_is_no_payment_date(call: Call) -> None:
    call.say(BY_11)
    assert call.agreed_terms == {"date": "2026-12-11", "amount": 1190.0}
    call.say(SEE_YOU_TUESDAY)
    assert call.ended and call.state == "bye"
    assert call.agreed_terms == {"date": "2026-12-11", "amount": 1190.0}
    assert call.table.terms["date"] == FRI_11  # nor is it put on the table


def test_a_new_date_the_customer_says_yes_to_changes_the_agreed_terms(call: Call) -> None:
    call.say(BY_11)
    events = call.say(MAKE_IT_18)
    assert _said(events) == "Fine, by 18 December 2026."
    assert call.agreed_terms is not None and call.agreed_terms["date"] == "2026-12-18"


def test_a_wrong_read_back_is_corrected_and_keeps_the_agreed_date(call: Call) -> None:
    """He corrects a read-back of another day (ninth audit: a wrong recap answered "yes"
    taught the learner the wrong terms); the agreed date stays his."""
    call.say(BY_11)
    events = call.say(WRONG_READ_BACK)
    assert _said(events) == "No, not quite: £1,190.00 by 11 December 2026."
    assert call.agreed_terms is not None and call.agreed_terms["date"] == "2026-12-11"


def test_the_customer_s_own_payment_run_is_the_agreed_date(call: Call) -> None:
    """en7: the learner asked for the 11th; he committed to his payment run on the 15th."""
    call.say(WHEN)
    call.say(BY_11)
    assert call.state == "run_agreed"
    assert call.agreed_terms == {"date": "2026-12-15", "amount": 1190.0}
    assert call.table.terms["date"] == dt.date(2026, 12, 15)
    # The table as the learner's line left it is kept in the history (the debrief's view).
    assert call.table.as_of(call.turns[-2].index)["date"] == FRI_11


@pytest.mark.parametrize("read_back", [READ_BACK, SUMMARY_READ_BACK], ids=["email", "summary"])
def test_a_read_back_of_the_split_adds_no_whole_amount(call: Call, read_back: str) -> None:
    """en3: "£300 this week, £890 by 15 January" after the deal is no single payment of
    £890 — neither on the table nor in what was agreed."""
    call.say(SPLIT)
    agreed = {"now": 300.0, "rest": 890.0, "rest_date": "2027-01-15"}
    assert call.agreed_terms == agreed
    call.say(read_back)
    assert call.state == "confirmed"
    assert call.agreed_terms == agreed
    assert "amount" not in call.table.terms


def test_a_split_read_as_a_summary_is_answered_as_a_down_payment(call: Call) -> None:
    """en3: the down payment in the line is answered (above his limit: he says so), not as
    a date for the whole amount ("The whole £1,190 by then?")."""
    events = call.say(SUGGESTION_700)
    assert call.state == "too_much"
    assert _said(events) == "£700.00? I can't. £400.00 at most."
    assert call.turns[-2].trigger == "request_down_payment"


def test_a_down_payment_said_again_keeps_the_recognisers_reading(call: Call) -> None:
    """Only a NEW down payment is asked for first: the same £300 read back goes by the
    recogniser's order (here the summary)."""
    call.say(SPLIT)
    events = call.say(SAME_SPLIT_READ_BACK)
    assert call.turns[-2].trigger == "summarise_agreement"
    assert _said(events) == "Yes, send it over."
