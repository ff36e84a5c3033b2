"""A speaker who corrects themself mid-line: the fact taken back is not read.

Sixty-second audit: "£920 on Friday the 4th of December - sorry, no, scratch that, I mean Friday
the 11th - then £920 on the 11th of January and £920 on the 11th of February?" kept four
payments (£3,680 on a £2,760 invoice) and the right letter "lacked 4 December 2026".
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.helpers import run_trainer
from trainer.understanding import extract_facts

CALL = date(2026, 12, 3)  # a Thursday


def _dates(text: str) -> list[str]:
    return [f.value for f in extract_facts(text, CALL) if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "£920 on Friday the 4th of December - sorry, no, scratch that, I mean Friday the "
            "11th - then £920 on the 11th of January",
            ["2026-12-11", "2027-01-11"],
        ),
        ("Können Sie 500 Euro am 4. zahlen – Quatsch, ich meine am 11.?", ["2026-12-11"]),
        ("Could you do the 14th, or rather the 18th?", ["2026-12-18"]),
        ("Bis Freitag, nein, Moment, bis Montag bitte.", ["2026-12-07"]),
        # No correction: "I mean" leading into another thought keeps what was said.
        ("Could you pay £300 by Friday? I mean, that would really help.", ["2026-12-04"]),
        ("I mean, could you pay £640 by Friday the 4th?", ["2026-12-04"]),
    ],
)
def test_a_fact_taken_back_is_left_out(text: str, dates: list[str]) -> None:
    assert _dates(text) == dates


def test_an_amount_taken_back_is_left_out() -> None:
    facts = extract_facts("Could you pay £400 – sorry, my mistake, £300 – by Friday?", CALL)
    assert [f.value for f in facts if f.kind == "amount"] == [300.0]


def test_the_audit_call_keeps_three_payments_and_the_right_letter_passes(tmp_path) -> None:
    script = "\n".join(
        [
            "G'day Dave, Fiona Walsh from Walsh Plumbing Supplies here.",
            "I'm calling about invoice WPH-3310 for £2,760, which is still open.",
            "",
            "That sounds rough, Dave, I'm sorry to hear it.",
            "What if we split it into three: £920 on Friday the 4th of December - sorry, no, "
            "scratch that, I mean Friday the 11th - then £920 on the 11th of January and £920 "
            "on the 11th of February?",
        ]
    )
    proc = run_trainer("--transcripts", str(tmp_path), "play", "en-chippy-instalments",
                       "--script", "-", "--seed", "1", "--today", "2026-12-03", "--json",
                       input=script + "\n")  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    transcript = json.loads(proc.stdout)
    # The facts read from the learner's lines, not the whole JSON: its turn timestamps say
    # "2026-12-04" whenever the test runs on that day.
    days = [
        f["value"]
        for turn in transcript["turns"]
        if turn["speaker"] == "learner"
        for f in turn.get("facts", ())
        if f["kind"] == "date"
    ]
    assert "2026-12-04" not in days, days
    assert "2026-12-11" in days, days
