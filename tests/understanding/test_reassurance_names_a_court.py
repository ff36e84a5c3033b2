"""A reassurance that names the step it rules out is no legal move: "Nobody needs to go to court
over this, we'll sort it out." is a threat 0.54 — a learner calming the customer would fail
the call's critical no-threat check.

Lines written in the twenty-second session: 5 of the 12 carry no legal reading. The others are
pinned as known misses (strict xfail: a fix shows up). Sixteen library lines of such
reassurances (`negation`, en and de) were tried: 7 of 12 right, real folds level (en +1 line),
but the sixty-third audit's veiled opener ("… i would really hate to take this to small claims
court so kindly do the needful today") lost its threat reading and the German lines helped no
German probe, so they were taken out again. A threat that only pretends to rule the step out
keeps its reading (`test_negated_threats.py`).
"""

from __future__ import annotations

import pytest

LEGAL = {"threaten_legal", "announce_legal_route"}

REASSURANCES = [
    ("en", "There's no need for solicitors, I'm sure we can agree something."),
    ("en", "Relax, I'm not calling to threaten you with court."),
    ("de", "Ein Anwalt ist hier überhaupt nicht nötig."),
    ("de", "Ich rufe nicht an, um mit dem Gericht zu drohen."),
    ("de", "Niemand muss hier einen Mahnbescheid fürchten."),
]


#: Read as a legal move: "go to court", "passing this to collections", "go anywhere near a
#: court", "ans Inkasso gehen", "ohne Anwalt" (not a negator: "ohne weitere Ankündigung" opens
#: threats) carry it beside the negation.
STILL_READ_LEGAL = [
    ("en", "Nobody needs to go to court over this, we'll sort it out."),
    ("en", "We won't be passing this to collections, don't worry."),
    ("en", "This doesn't have to go anywhere near a court."),
    ("en", "No lawyers, no agencies — just you and me finding a way."),
    ("de", "Vor Gericht muss das keiner bringen, wir einigen uns schon."),
    ("de", "Das geht nicht ans Inkasso, keine Sorge."),
    ("de", "Ohne Anwalt und ohne Gericht, nur wir zwei, wir finden was."),
]


@pytest.mark.parametrize(("lang", "text"), REASSURANCES)
def test_a_reassurance_naming_a_court_is_no_legal_move(lang, text, recognise):
    rec = recognise(lang, text)
    legal = [h for h in rec.intents if h.intent in LEGAL and h.confidence >= 0.4]
    assert not legal, rec.intents


@pytest.mark.xfail(reason="known miss (twenty-second session)", strict=True)
@pytest.mark.parametrize(("lang", "text"), STILL_READ_LEGAL)
def test_reassurances_still_read_as_legal(lang, text, recognise):
    test_a_reassurance_naming_a_court_is_no_legal_move(lang, text, recognise)
