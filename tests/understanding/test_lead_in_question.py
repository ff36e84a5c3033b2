"""A read-back's lead-in followed by a question asks, it reads nothing back: "great so when
is teh next payment run" was a summary 0.99 and no date request (twenty-second audit, a
speech-to-text call). And the first line's "Tag" says hello, not goodbye."""

from __future__ import annotations

import pytest

from trainer.understanding.context import apply_context
from trainer.understanding.types import Context, IntentHit, Recognition


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "great so when is teh next payment run"),
        ("en", "Great, so when is the next payment run?"),
        ("en", "Right, so how about the 300 by Friday?"),
    ],
)
def test_a_question_after_the_lead_in_asks_for_the_day(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "fix_payment_date", rec.intents
    assert "summarise_agreement" not in rec.names, rec.intents


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Great, so that's £300 by Friday and the rest on the 20th."),
        ("de", "Gut, also bis Freitag die 300 Euro, richtig?"),
    ],
)
def test_the_lead_in_of_a_read_back_still_reads_back(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "summarise_agreement", rec.intents


def _hello_or_bye() -> Recognition:
    text = "Brandt, Garten- und Landschaftsbau, Tag Herr Kessler."
    hits = (IntentHit("close_politely", 0.71, "Tag"), IntentHit("greeting_identify", 0.67, text))
    return Recognition(text=text, intents=hits)


def test_the_first_line_says_hello():
    rec = apply_context(_hello_or_bye(), Context(learner_turn=0))
    assert [h.intent for h in rec.intents] == ["greeting_identify"]


def test_later_the_same_words_say_goodbye():
    rec = apply_context(_hello_or_bye(), Context(learner_turn=6))
    assert [h.intent for h in rec.intents] == ["close_politely"]


def test_a_reproach_after_the_opener_between_commas_is_heard(recognise):
    """Twenty-sixth audit: "… thats still open, this is the second time ive had to chase you
    lot for it to be honest" was the neutral opener alone (the last part alone: blame 0.97)."""
    text = (
        "hiya its olivia from grant event catering, im ringing about invoice gec 5521 thats "
        "still open, this is the second time ive had to chase you lot for it to be honest"
    )
    rec = recognise("en", text)
    assert "accusatory_opener" in rec.names, rec.intents
    assert "neutral_opener_open_invoice" not in rec.names, rec.intents
