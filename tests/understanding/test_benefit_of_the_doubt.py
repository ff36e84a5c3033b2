"""A benign explanation said is understanding (empathise); asked, it is the reason
question. Three outside labellers of real reminder lines (sets 7, 9 and 10) keep to this
line: "Vielleicht haben Sie unsere Rechnung versehentlich übersehen." empathise, "Vielleicht
haben Sie die Rechnung übersehen?" ask_reason. A question without its mark (speech-to-text)
opens with the verb; "Vielleicht haben Sie ..." puts it second: a statement."""

from __future__ import annotations

import pytest

SAID = [
    ("de", "also vielleicht ist das bei ihnen untergegangen"),
    ("de", "Möglicherweise ist unsere Rechnung bei Ihnen im Stapel untergegangen."),
    ("de", "Bestimmt haben Sie die Rechnung im Weihnachtstrubel einfach vergessen."),
    ("en", "Maybe the invoice got lost in the pile on your desk."),
    ("en", "Perhaps it simply got overlooked with everything going on."),
]
ASKED = [
    ("de", "Vielleicht haben Sie die Rechnung übersehen?"),
    ("de", "ist da vielleicht was untergegangen bei ihnen"),
    ("en", "Maybe the invoice got lost in the post?"),
    ("en", "did it maybe slip through the cracks"),
]


@pytest.mark.parametrize(("lang", "text"), SAID)
def test_a_benign_explanation_said_is_understanding(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "empathise", rec.intents
    assert "ask_reason" not in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), ASKED)
def test_a_benign_explanation_asked_is_the_reason_question(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "ask_reason", rec.intents
