"""Everyday goodbyes are goodbyes: "Auf Wiedersehen, Herr Müller." carried no intent (the
library knew the telephone "Auf Wiederhören"), "Bis später." was a payment date and "See you."
a threat (0.92, from "see you in court"): the call did not end, or the debrief called it a
threat (tenth session). A court still makes the threat."""

from __future__ import annotations

import pytest

GOODBYES = [
    ("de", "Auf Wiedersehen, Herr Müller."),
    ("de", "Wiedersehen!"),
    ("de", "Adieu!"),
    ("de", "Machen Sie es gut."),
    ("de", "Bis später."),
    ("de", "Bis morgen."),
    ("de", "Tschau."),
    ("de", "Frohe Weihnachten!"),
    ("en", "See you."),
    ("en", "See you then, bye."),
    ("en", "See you tomorrow."),
    ("en", "Merry Christmas!"),
]


@pytest.mark.parametrize(("lang", "text"), GOODBYES)
def test_an_everyday_goodbye_is_a_goodbye(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "close_politely", rec.intents
    assert "threaten_legal" not in rec.names, rec.intents


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "See you in court."), ("de", "Wir sehen uns vor Gericht.")],
)
def test_a_court_still_makes_the_threat(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "threaten_legal", rec.intents


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "How are you?"),
        ("en", "When will he be back?"),
        ("en", "Exactly."),
        ("de", "Wann ist er wieder erreichbar?"),
    ],
)
def test_small_talk_and_call_handling_carry_no_move(lang, text, de, en):
    """ "How are you?" was a question about the objection, "When will he be back?" a date
    request."""
    rec = {"de": de, "en": en}[lang].recognise(text)
    assert not rec.names, rec.intents


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Thanks again for your time.", "close_politely"),
        ("Let me send it again.", None),
    ],
)
def test_again_without_blame_is_no_reproach(text, first, en):
    """ "Thanks again for your time." was also read as a reproach (0.56): the debrief would
    have called a friendly closing blame."""
    rec = en.recognise(text)
    assert (rec.names[0] if rec.names else None) == first, rec.intents
    assert "accusatory_opener" not in rec.names, rec.intents


def test_again_with_blame_is_still_a_reproach(en):
    assert en.recognise("You're late again.").names[:1] == ("accusatory_opener",)
