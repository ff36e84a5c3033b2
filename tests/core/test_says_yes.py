"""A plain yes to the customer's proposal (`simulation.terms.says_yes`): assent at the start,
nothing said against it, short — "ja, aber lieber Freitag" is a counter-proposal."""

from __future__ import annotations

import pytest

from trainer.simulation.terms import backchannel, says_yes, thanks_only
from trainer.understanding.smalltalk import small_talk

LONG_YES = (
    "Ja, das ist grundsätzlich schon in Ordnung, nur müssten wir über die Höhe der einzelnen "
    "Raten noch einmal reden."
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Yes, that's fine.", "en"),
        ("Yes, end of next week is fine. Thanks Claire, bye!", "en"),
        ("Sounds good!", "en"),
        ("Okay, deal.", "en"),
        ("Ja, passt.", "de"),
        ("Ja, das passt mir. Danke, tschüss!", "de"),
        ("Einverstanden.", "de"),
        ("Jawohl, machen wir so.", "de"),
        ("Alles klar, so machen wir das.", "de"),
    ],
)
def test_assent_is_a_yes(text, lang):
    assert says_yes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Yes, but I'd need it a little sooner.", "en"),
        ("Okay, I don't think so.", "en"),
        ("No, that's fine.", "en"),
        ("Great, so by Friday?", "en"),  # a question asks again
        ("Yesterday we sent it.", "en"),
        ("Ja, aber lieber bis Freitag.", "de"),
        ("Passt nicht.", "de"),
        ("Ja, leider nicht.", "de"),
        (LONG_YES, "de"),  # more than a yes
    ],
)
def test_anything_more_or_against_is_not(text, lang):
    assert not says_yes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "only"),
    [
        ("Ja, passt, danke!", "de", True),
        ("Super, vielen Dank, Herr Müller.", "de", True),
        ("Danke dir, Jürgen!", "de", True),
        ("Yes, that's fine, thanks Dave.", "en", True),
        ("Perfect, thank you so much Mrs Walsh!", "en", True),
        ("Ja, passt, danke und tschüss!", "de", False),
        ("Danke, Tschüss!", "de", False),  # a farewell is no name, capitalised or not
        ("Danke, schönen Tag noch!", "de", False),
        ("Thanks, bye!", "en", False),
        ("Thanks for your time.", "en", False),  # the caller's closing formula
        ("Bye, Dave.", "en", False),
        ("Ja, passt.", "de", False),
    ],
)
def test_thanks_at_the_end_is_told_from_a_farewell(text, lang, only):
    assert thanks_only(text, lang, ("Dave", "Walsh", "Jürgen", "Müller")) is only


@pytest.mark.parametrize(
    ("text", "lang", "listening"),
    [
        ("Oh, okay.", "en", True),
        ("Mhm, I see.", "en", True),
        ("Ach so.", "de", True),
        ("Aha, verstehe.", "de", True),
        ("Okay, and when can you pay?", "en", False),
        ("Ach so, dann bis Freitag?", "de", False),
        ("", "en", False),
    ],
)
def test_a_listeners_sound_is_told_from_a_move(text, lang, listening):
    assert backchannel(text, lang) is listening


@pytest.mark.parametrize(
    "text",
    ["Yes, but I'd need it a little sooner.", "Ja, aber früher bitte.", "Yes, that's too late."],
)
def test_a_yes_that_asks_for_another_day_is_no_plain_yes(text):
    """ "Yes, but sooner" is a counter, not a yes to his day."""
    assert not says_yes(text, "de" if text.startswith("Ja") else "en")


@pytest.mark.parametrize(
    ("text", "lang", "yes"),
    [
        ("Gut, dann bald. Tschüss.", "de", False),  # back to "soon": his Friday not taken
        ("Okay, pay it whenever.", "en", False),
        ("Ja, passt, bis bald!", "de", True),  # a farewell, no hedge
        ("Yes, fine, speak soon!", "en", True),
    ],
)
def test_a_vague_time_undoes_a_yes_but_a_farewell_does_not(text, lang, yes):
    assert says_yes(text, lang) is yes


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("God, it's been mental here, three weddings this month alone.", "en", "statement"),
        ("Did the brides like them?", "en", "question"),
        ("And how was your weekend, did you get away at all?", "en", "open"),
        ("Bei uns ist grad die Hölle los, wir kommen kaum nach.", "de", "statement"),
        ("Hoffentlich hatten Sie ein schönes Wochenende?", "de", "question"),
        ("Und wie war der Urlaub?", "de", "open"),
        # about the business of the call: not small talk, whatever the recogniser made of it
        ("Did the invoice ever reach you at all?", "en", None),
        ("Die Rate ist noch offen, und das schon lange.", "de", None),
        ("Ich hab das Geld hier schon lange liegen sehen.", "de", None),
        # no sentence: gibberish, names, too short
        ("asdf qwer zxcv", "en", None),
        ("Lorem ipsum dolor sit amet", "en", None),
        ("Hallo Herr Müller", "de", None),
    ],
)
def test_small_talk_is_told_from_the_call_and_from_noise(text, lang, kind):
    assert small_talk(text, lang) == kind
