"""Twenty-second session: the sixty-third outside audit's read-back call — "can we fix it for
Friday 18 December?" was heard as a visit's day, so the plan was never agreed, the customer
took a read-back with the wrong figures with "Deal", and the right read-back got "Yes. But when
do you want the rest?"."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v15 import _runner, _script
from trainer.simulation.render import rest_when
from trainer.simulation.terms import unagreed_sums, work_date

CAFE = _script("V63", "09_en_lagos_cafe.txt")[:6]  # up to the rest's day


@pytest.mark.parametrize(
    ("text", "day", "visit"),
    [
        ("And the balance of £790, can we fix it for Friday 18 December?", "Friday", False),
        ("Let's fix a date: Friday the 18th?", "Friday", False),
        ("I'll fix it on Thursday and you pay on Friday.", "Thursday", True),
        ("Our fitter will fix the shelves on Monday.", "Monday", True),
    ],
)
def test_fixing_a_day_is_no_repair(text: str, day: str, visit: bool) -> None:
    at = text.index(day)
    assert work_date(text, at, at + len(day), "en") is visit


def test_the_rest_day_asked_with_fix_makes_the_plan() -> None:
    steps = _runner("en-cash-problems-cafe").play(CAFE)
    assert steps[-1].state.startswith("plan_agreed")
    assert "18 December" in " ".join(steps[-1].customer)


def test_a_read_back_with_wrong_figures_is_put_right() -> None:
    runner = _runner("en-cash-problems-cafe")
    runner.play(CAFE)
    (step,) = runner.play(
        ["So to confirm: £300 on Friday 4 December and the balance of £890 on 18 December."]
    )
    said = " ".join(step.customer)
    assert said.startswith("No, not quite")
    assert "£400.00" in said and "£790.00" in said


def test_a_read_back_that_names_the_rest_day_agrees_the_plan() -> None:
    runner = _runner("en-cash-problems-cafe")
    runner.play(CAFE[:5])
    (step,) = runner.play(
        ["So to confirm: £400 on Friday 4 December and the balance of £790 on 18 December."]
    )
    assert step.state.startswith("plan_agreed")
    assert "when do you want the rest" not in " ".join(step.customer)


def test_ill_send_it_today_after_he_named_what_is_missing_is_the_resend() -> None:
    """Sixty-third audit, call 05: "Was brauchen Sie konkret von mir …? Ich schicke es Ihnen
    heute noch." was a payment day, and he said four times that he names no day before the
    invoice with the order number is there."""
    steps = _runner("de-behoerde-bestellnummer").play(_script("V63", "05_de_linz_behoerde.txt")[:5])
    said = " ".join(steps[-1].customer)
    assert "BE-4471" in said
    assert "Einen Termin kann ich Ihnen erst nennen" not in said


def test_rework_with_its_reduction_is_answered_as_the_compromise() -> None:
    """Sixty-third audit, call 03: "Mein Geselle kommt am Montag, 7. Dezember, und macht das
    nach, und Sie bekommen die 10 Prozent trotzdem, also 3.213 Euro." names no day to pay
    (the Monday is the journeyman's); it was answered "Über einen Termin rede ich erst, wenn
    das mit Raum 3 geklärt ist." three times."""
    steps = _runner("de-maler-berechtigter-einwand").play(
        _script("V63", "03_de_bern_maler.txt")[:7]
    )
    assert "Über einen Termin rede ich erst" not in " ".join(steps[-1].customer)


CHIPPY = _script("V63", "07_en_galway_chippy.txt")


def test_a_plan_that_leans_on_the_refused_down_payment_is_not_agreed() -> None:
    """Sixty-third audit, call 07: after "£1,000.00 up front? I haven't got £1,000.00 spare",
    "And for the rest, how about £1,060 on … 18th of December and the last £700 on … 15th of
    January?" got "That I can do": the parts add up to the bill less the £1,000 he refused."""
    steps = _runner("en-chippy-instalments").play(CHIPPY[:7])
    said = " ".join(steps[-1].customer)
    assert steps[-1].state == "parts_without_up_front"
    assert "£1,000.00 up front" in said


def test_a_plan_in_parts_of_different_sizes_is_said_part_by_part() -> None:
    """The parts of a plan are agreed sums (a read-back naming them is no mistake), and his
    words for the rest name each part on its day, never "the remaining £1,760.00 by 18
    December" for £1,060 and £700 (sixty-third audit, 07r: four parts collapsed into two)."""
    agreed = {"now": 1000.0, "rest": 1760.0, "parts": [1060.0, 700.0],
              "dates": ["2026-12-18", "2027-01-15"], "rest_date": "2026-12-18"}  # fmt: skip
    assert not unagreed_sums([1060.0, 700.0], agreed, 2760.0)
    assert unagreed_sums([1100.0], agreed, 2760.0)
    terms = {f"terms.{k}": v for k, v in agreed.items()}
    assert rest_when(terms, "GBP", "en") == (
        "in parts: £1,060.00 on 18 December 2026 and £700.00 on 15 January 2027"
    )
    assert rest_when(terms, "EUR", "de").startswith("in Teilen: 1.060,00")
