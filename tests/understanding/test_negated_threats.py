"""Ruling the courts out is no threat: "I'm not going to take this to court." was
threaten_legal 0.998 and "Keine Sorge, wir wollen das nicht vor Gericht bringen." 0.97, so a
learner who reassured the customer failed the call's critical no-threat check and the customer
turned hostile (eleventh session). The words court, lawyer and Inkasso carried the reading
whatever stood around them.

These lines were written (and committed, a737029 / e671016) before the training lines of the
`negation` author, by someone who did not see them, and are not in the library: they measure
the phenomenon, not the lines it was taught on. Before: 6 of the 20 ruled-out and disclaimed
lines read right; with the author's legal lines and the masking of negated legal and reproach
words (`modeldata.mask_negated`): 14. The six still misread were pinned as known misses (strict
xfail: a fix shows up); the twenty-third and twenty-fourth sessions' rule fixed four of
them. A threat that only pretends to rule the courts out ("not yet", "but we will") keeps
its legal reading, before and after.
"""

from __future__ import annotations

import pytest

LEGAL = {"threaten_legal", "announce_legal_route"}

RULED_OUT = [
    ("en", "Nobody wants to go to court over this, least of all me."),
    ("en", "Don't worry, we're not talking about lawyers or anything like that."),
    ("en", "There's no question of court here, I just want to find a way forward."),
    ("en", "We'd never hand a good customer like you over to a debt collector."),
    ("de", "Ich will Ihnen nicht mit dem Anwalt drohen, ich will eine Lösung."),
    ("de", "Von Inkasso ist hier keine Rede, wir finden eine Lösung."),
    ("de", "Einen Anwalt einschalten will hier niemand."),
    ("de", "Keine Angst, ein Inkassobüro schalten wir bei Ihnen ganz sicher nicht ein."),
    # known misses until the twenty-third session's rule: a reassurance that rules out every
    # legal step it names, with no condition (`model._reassurance_rules_out_the_step`)
    ("en", "I don't want to involve a collection agency, I'd rather sort it out with you."),
    ("de", "Keine Sorge, wir wollen das nicht vor Gericht bringen."),
    # ... and until the twenty-fourth session's, which takes it to lines without calming words
    # when nothing presses the customer (the model read a threat 0.998 beside the masked word)
    ("en", "I'm not going to take this to court."),
    ("de", "Wir möchten kein gerichtliches Mahnverfahren, sondern eine Einigung."),
]

STILL_LEGAL = [
    ("en", "We don't want to go to court, but we will if we have to."),
    ("en", "We haven't instructed a solicitor yet."),
    ("en", "If it isn't paid by Friday, I'll have no choice but to pass it to our lawyers."),
    ("de", "Noch haben wir keinen Anwalt eingeschaltet."),
    ("de", "Ich will nicht drohen, aber dann geht das zum Inkasso."),
    ("de", "Wenn bis Freitag nichts kommt, bleibt uns nur das gerichtliche Mahnverfahren."),
]


@pytest.mark.parametrize(("lang", "text"), RULED_OUT)
def test_ruling_the_courts_out_is_no_legal_move(lang, text, recognise):
    rec = recognise(lang, text)
    assert not LEGAL & set(rec.names), rec.intents


@pytest.mark.parametrize(("lang", "text"), STILL_LEGAL)
def test_a_threat_that_only_pretends_to_rule_it_out_keeps_its_reading(lang, text, recognise):
    rec = recognise(lang, text)
    assert LEGAL & set(rec.names), rec.intents


# The same for reproaches: a learner who says "I'm not blaming you" is reassuring, and
# "I'm not blaming you at all." was accusatory_opener 0.84, "Ich will Sie nicht drängen." 0.93.
DISCLAIMED = [
    ("en", "I'm not blaming you at all."),
    # a known miss until the fifteenth session's library lines (contradictions, invitations)
    ("en", "This isn't a complaint about you, honestly."),
    ("en", "I'm not calling to tell you off."),
    ("de", "Ich will Sie nicht drängen."),
    ("de", "Ich rufe nicht an, um mit Ihnen zu schimpfen."),
    ("de", "Das soll überhaupt kein Vorwurf sein."),
    ("de", "Ich unterstelle Ihnen da gar nichts."),
]

#: Still read as blame: "did it on purpose" names no reproach word to mask, and "complaint
#: about you" carries it beside the masked word.
DISCLAIMED_MISSED = [
    ("en", "I'm not saying you did it on purpose."),
]

STILL_BLAME = [
    ("en", "I'm not blaming you, but you should have paid this weeks ago."),
    ("en", "I'm not saying you're lying, but this is the third time you've forgotten."),
    ("de", "Ich will ja nichts sagen, aber Sie zahlen jedes Mal zu spät."),
    ("de", "Kein Vorwurf, aber drei Mahnungen ignorieren, das geht nicht."),
]


@pytest.mark.parametrize(("lang", "text"), DISCLAIMED)
def test_disclaiming_a_reproach_is_no_reproach(lang, text, recognise):
    rec = recognise(lang, text)
    assert "accusatory_opener" not in rec.names, rec.intents


@pytest.mark.xfail(reason="known miss (eleventh session): read as blame", strict=True)
@pytest.mark.parametrize(("lang", "text"), DISCLAIMED_MISSED)
def test_disclaiming_a_reproach_known_misses(lang, text, recognise):
    rec = recognise(lang, text)
    assert "accusatory_opener" not in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), STILL_BLAME)
def test_a_reproach_behind_a_disclaimer_stays_a_reproach(lang, text, recognise):
    rec = recognise(lang, text)
    assert "accusatory_opener" in rec.names, rec.intents


@pytest.mark.parametrize(
    ("lang", "text", "masked"),
    [
        ("en", "I'm not going to take this to court.", ["zznegrecht"]),
        ("en", "We're not blaming you.", ["zznegvorwurf"]),
        # a contrast keeps the threat: nothing masked
        ("en", "We haven't instructed a solicitor yet.", []),
        ("en", "We don't want to go to court, but we will.", []),
        ("de", "Wenn Sie nicht zahlen, geht das zum Inkasso.", []),
        ("de", "Noch haben wir keinen Anwalt eingeschaltet.", []),
        # "No, ..." answers the customer; the negation of the agreement is not the court's
        ("en", "No, we're taking you to court.", []),
        ("en", "As we haven't reached an agreement, we'll pass it to our lawyer.", []),
        ("de", "Da wir keine Einigung erzielt haben, geht die Sache an unseren Anwalt.", []),
        ("de", "Einen Anwalt einschalten will hier niemand.", ["zznegrecht"]),
    ],
)
def test_mask_negated_covers_the_negated_stretch_only(lang, text, masked):
    from trainer.understanding.modeldata import mask_negated
    from trainer.understanding.normalize import clean, tokenize

    cleaned = clean(text)
    tokens = mask_negated(tokenize(cleaned, lang), cleaned, lang)
    assert [t.norm for t in tokens if t.norm.startswith("zzneg")] == masked
    # spans stay, so evidence quotes the learner's own words
    assert [(t.start, t.end) for t in tokens] == [(t.start, t.end) for t in tokenize(cleaned, lang)]
