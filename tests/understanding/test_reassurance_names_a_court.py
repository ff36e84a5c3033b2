"""A reassurance that names the step it rules out is no legal move: "Nobody needs to go to court
over this, we'll sort it out." was a threat 0.54 — a learner calming the customer failed the
call's critical no-threat check.

Lines written in the twenty-second session: 5 of the 12 carried no legal reading. Sixteen
library lines of such reassurances (`negation`, en and de) were tried then: 7 of 12 right, but
the sixty-third audit's veiled opener ("… i would really hate to take this to small claims court
so kindly do the needful today") lost its threat reading, so they were taken out again.

The twenty-third session's rule (`model._reassurance_rules_out_the_step`: every legal word the
line names is negated, the line calms the customer, and no condition is attached) was written
after those twelve, so twelve fresh reassurances and five conditional threats of the same shape
were written before it (below): the twelve are free of a legal reading, the threats keep theirs.
One of the first twelve, with no calming words, is still a known miss (strict xfail: a fix shows
up); two known misses of `test_negated_threats.py` (eleventh session) are right now too.
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
    # read as a legal move until the twenty-third session's rule
    ("en", "Nobody needs to go to court over this, we'll sort it out."),
    ("en", "We won't be passing this to collections, don't worry."),
    ("en", "No lawyers, no agencies — just you and me finding a way."),
    ("de", "Vor Gericht muss das keiner bringen, wir einigen uns schon."),
    ("de", "Das geht nicht ans Inkasso, keine Sorge."),
    ("de", "Ohne Anwalt und ohne Gericht, nur wir zwei, wir finden was."),
]

#: Written before the rule (twenty-third session); two of the English ones carried a threat
#: reading (0.74, 0.46) before it.
FRESH_REASSURANCES = [
    (
        "en",
        "Don't worry, nobody is taking you to court over a late invoice, "
        "we'll sort it out together.",
    ),
    (
        "en",
        "No one's calling in the bailiffs, no worries, let's just find a way that works for you.",
    ),
    (
        "en",
        "I'm not going to hand this to a debt collector, rest assured, we'll work something out.",
    ),
    ("en", "We're not talking solicitors here, don't worry, just a plan you can manage."),
    ("en", "It won't go to collections, no worries at all — let's agree a date."),
    ("en", "Nobody's sending lawyers round, honestly, we'll figure it out between us."),
    ("de", "Keine Sorge, wir schalten kein Inkasso ein, wir finden schon eine Lösung."),
    ("de", "Da muss kein Anwalt ran, keine Sorge, das kriegen wir zusammen hin."),
    ("de", "Niemand denkt hier an einen Mahnbescheid, wir einigen uns schon."),
    ("de", "Mit Gericht hat das nichts zu tun, keine Sorge, wir finden einen Weg."),
    ("de", "Ich gebe das nicht ans Inkasso, keine Angst, wir machen einen Plan."),
    ("de", "Kein Anwalt, kein Gericht – wir regeln das unter uns, versprochen."),
]

#: Pressure dressed as reassurance: a condition, a "yet", a "but" keeps the legal reading.
CONDITIONAL_THREATS = [
    ("en", "Don't worry, nobody goes to court as long as you pay by Friday."),
    ("en", "No lawyers yet, but if nothing arrives by the 15th, it goes to our solicitor."),
    ("de", "Keine Sorge, vor Gericht muss das nicht, solange Sie bis Freitag zahlen."),
    ("de", "Noch kein Anwalt, aber wenn bis zum 15. nichts kommt, geht es zum Inkasso."),
    ("de", "Niemand will ein Gerichtsverfahren, also zahlen Sie heute, dann ist Ruhe."),
]

#: Still read as a legal move: no calming words, only the negation ("go anywhere near a court"
#: carries a threat 0.61 beside empathy 0.61).
STILL_READ_LEGAL = [
    ("en", "This doesn't have to go anywhere near a court."),
]


@pytest.mark.parametrize(("lang", "text"), REASSURANCES)
def test_a_reassurance_naming_a_court_is_no_legal_move(lang, text, recognise):
    rec = recognise(lang, text)
    legal = [h for h in rec.intents if h.intent in LEGAL and h.confidence >= 0.4]
    assert not legal, rec.intents


@pytest.mark.parametrize(("lang", "text"), FRESH_REASSURANCES)
def test_fresh_reassurances_carry_no_legal_move(lang, text, recognise):
    test_a_reassurance_naming_a_court_is_no_legal_move(lang, text, recognise)


@pytest.mark.parametrize(("lang", "text"), CONDITIONAL_THREATS)
def test_a_condition_keeps_the_threat(lang, text, recognise):
    rec = recognise(lang, text)
    assert any(h.intent in LEGAL and h.confidence >= 0.5 for h in rec.intents), rec.intents


@pytest.mark.xfail(reason="known miss (twenty-second session)", strict=True)
@pytest.mark.parametrize(("lang", "text"), STILL_READ_LEGAL)
def test_reassurances_still_read_as_legal(lang, text, recognise):
    test_a_reassurance_naming_a_court_is_no_legal_move(lang, text, recognise)
