"""A read-back that begins "So to confirm" puts nothing in writing (GUIDE §5
confirm_in_writing: e-mail, fax, letter, countersignature). The lead-in alone was read as
the written confirmation (0.87), so a call with nothing in writing earned gold (twenty-fifth
session; the verdict was written before the call was run). The probes were written after the
rule, from how the library labels such lines (5 of the 8 lead-ins failed before it); with
something written, sent or signed the confirmation stays (7 of 7 before and after)."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import ROOT
from trainer.scenario import load_scenario
from trainer.session import Session

NOTHING_WRITTEN = [
    ("en", "So to confirm: £300 today and the remaining £890 by 15 January."),
    ("en", "Just to confirm, that's the full 640 by Friday the 4th."),
    ("en", "Okay, just confirming what we said: 200 now and 440 on the 20th."),
    ("en", "Let me confirm: two payments of 320, on the 1st and the 15th."),
    ("en", "I just want to confirm we're on the same page, £500 by the end of the month."),
    ("de", "Zur Bestätigung: 300 Euro heute und der Rest bis zum 15. Januar."),
    ("de", "Nur zur Bestätigung: die 2.380 Euro kommen bis Freitag."),
    ("de", "Um das kurz zu bestätigen: 500 Euro jetzt, 1.880 Euro bis Monatsende."),
]
IN_WRITING = [
    ("en", "Just to confirm, I'll email you the plan today."),
    ("en", "So to confirm, I'll put all of that in writing for you."),
    ("en", "To confirm, I'll send you a letter with those dates and you sign and return it."),
    ("en", "I'll confirm the dates by e-mail this afternoon."),
    ("de", "Zur Bestätigung schicke ich Ihnen das gleich per Mail."),
    ("de", "Ich bestätige Ihnen das schriftlich."),
    ("de", "Um das zu bestätigen, bekommen Sie von mir noch ein Fax zum Gegenzeichnen."),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING_WRITTEN)
def test_a_read_back_lead_in_is_no_written_confirmation(recognise, lang, text):
    rec = recognise(lang, text)
    assert "confirm_in_writing" not in rec.names, rec.intents
    assert rec.names, "the read-back itself still carries a move"


@pytest.mark.parametrize(("lang", "text"), IN_WRITING)
def test_something_written_sent_or_signed_is_still_a_confirmation(recognise, lang, text):
    assert "confirm_in_writing" in recognise(lang, text).names


def test_a_call_with_nothing_in_writing_is_held_below_gold(tmp_path) -> None:
    """The call of the self-audit: terms agreed and read back with "So to confirm", then
    goodbye. Before: 94 gold, confirm_in_writing credited to the read-back."""
    loaded = load_scenario(ROOT / "scenarios" / "en" / "cash-problems-cafe.yaml")
    session = Session(loaded, learner="audit", seed=1, transcripts=tmp_path)
    session.start()
    for line in [
        "Hi, it's Sam from Whitfield Joinery.",
        "I'm calling about the invoice for £1,190 that is still open.",
        "",
        "I understand, a slow autumn is hard.",
        "Could you pay £300 now and the rest by the 15th of January?",
        "So to confirm: £300 today and the remaining £890 by 15 January.",
        "Thanks, take care, bye!",
    ]:
        if not session.ended:
            session.say(line)
    result = session.finish()
    checks = {c["id"]: c for c in result["checks"]}
    assert result["passed"] is True
    assert checks["confirm_in_writing"]["passed"] is False
    assert result["tier"] != "gold"
