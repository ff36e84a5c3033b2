"""What a turn reads more than once is remembered: a line's facts (the recogniser, the
customer and the scorer each read them, the scorer again on every turn) and whether it
carries unlawful pressure (the scorer asks it of every line of the call on every turn).
Remembering must not change an answer, nor hand one caller's list to the next."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.understanding.facts import extract_facts
from trainer.understanding.pressure import UNLAWFUL, unlawful_pressure

TODAY = date(2026, 12, 3)


def test_a_callers_list_of_facts_is_its_own() -> None:
    line = "Could you pay £300 now and the rest by the 18th of December?"
    first = extract_facts(line, TODAY)
    assert [f.kind for f in first] == ["amount", "date"]
    first.clear()  # a caller trimming its list ...
    again = extract_facts(line, TODAY)
    assert [f.kind for f in again] == ["amount", "date"]  # ... leaves the next one whole


def test_the_same_words_on_another_day_are_read_against_that_day() -> None:
    line = "Geht es bis Freitag?"
    (friday,) = extract_facts(line, date(2026, 12, 3))
    (next_friday,) = extract_facts(line, date(2026, 12, 7))
    assert (friday.value, next_friday.value) == ("2026-12-04", "2026-12-11")


def test_a_very_long_line_is_read_the_same_and_not_kept() -> None:
    from trainer.understanding import facts

    line = "Bitte zahlen Sie 400 Euro bis Freitag. " + "bla " * 2000
    before = facts._remembered.cache_info().currsize
    found = extract_facts(line, TODAY)
    assert [f.kind for f in found] == ["amount", "date"]
    assert facts._remembered.cache_info().currsize == before


@pytest.mark.parametrize(
    ("language", "needle"),
    [(lang, n) for lang in ("de", "en") for n in UNLAWFUL[lang]]
    + [("de", n) for n in UNLAWFUL["en"]],
)
def test_every_needle_is_still_found(language: str, needle: str) -> None:
    """A line that names none of the ~80 needles is answered by one search; a needle that
    search missed would let the threat pass the critical check unseen."""
    line = f"Also gut. {needle} ist das Thema. Okay?"
    found = unlawful_pressure(line, language)
    assert found is not None and found in line.lower()


def test_pressure_in_a_very_long_line_is_found() -> None:
    line = "ok " * 1500 + "and then the bailiffs will come round."
    assert len(line) > 2000
    assert unlawful_pressure(line, "en") == "bailiff"
