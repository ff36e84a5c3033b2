"""Asking for the customer by name is no greeting (GUIDE §5 greeting_identify: the caller greets
and says who is calling). Seen in the twenty-sixth session: "Could I speak to Dave Kemp,
please?" was a greeting 0.57, and Dave answered "Fiona. What's up — not the boiler, is it?"
— he knew a name nobody had said. Now he answers as anyone answers the phone ("Speaking —
who's calling?") and the learner's next line introduces her. The library labels 13 English
lines of that shape without a move and one a greeting. Probes written before the change."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import ROOT, play
from trainer.scenario import load_scenario
from trainer.understanding import load_recogniser
from trainer.understanding.smalltalk import small_talk

CHIPPY = ROOT / "scenarios" / "en" / "chippy-instalments.yaml"
HOLIDAY = ROOT / "scenarios" / "de" / "stammkunde-urlaub.yaml"

ASKING = [
    (CHIPPY, "en", "Could I speak to Dave Kemp, please?", "who's calling"),
    (CHIPPY, "en", "Is Mr Kemp there, please?", "who's calling"),
    (HOLIDAY, "de", "Könnte ich bitte mit Herrn Müller sprechen?", "Wer spricht"),
    (HOLIDAY, "de", "Ist Herr Müller zu sprechen?", "Wer spricht"),
]
GREETING = [
    (CHIPPY, "en", "Hi, this is Fiona from Walsh Plumbing & Heating, could I speak to Dave?"),
    (HOLIDAY, "de", "Guten Tag, Berger von Berger Elektrotechnik, ist Herr Müller zu sprechen?"),
]


def first_turn(path, lang, line):
    call = play(load_scenario(path).scenario, [line], load_recogniser(lang))
    learner = [t for t in call.turns if t.speaker == "learner"][-1]
    customer = [t for t in call.turns if t.speaker == "customer"][-1]
    return call, [i["intent"] for i in learner.intents], customer.text


@pytest.mark.parametrize(("path", "lang", "line", "answer"), ASKING)
def test_asking_for_the_customer_gets_who_is_calling(path, lang, line, answer) -> None:
    intro = (
        "It's Fiona from Walsh Plumbing & Heating."
        if lang == "en"
        else "Hier ist Anna Berger von Berger Elektrotechnik."
    )
    call = play(load_scenario(path).scenario, [line, intro], load_recogniser(lang))
    learner = [t for t in call.turns if t.speaker == "learner"]
    customer = [t for t in call.turns if t.speaker == "customer"]
    assert [i["intent"] for i in learner[0].intents] == []
    assert answer in customer[1].text
    # the learner's introduction that follows is the greeting
    assert "greeting_identify" in [i["intent"] for i in learner[1].intents]


@pytest.mark.parametrize(("path", "lang", "line"), GREETING)
def test_a_greeting_that_asks_for_the_customer_stays_a_greeting(path, lang, line) -> None:
    _, names, _ = first_turn(path, lang, line)
    assert "greeting_identify" in names


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "Is Dave Kemp there, please?"), ("de", "Ist Herr Müller zu sprechen?")],
)
def test_asking_for_the_customer_is_no_small_talk(lang, line) -> None:
    """The call screen said "small talk — no step towards a result" under "Is Dave Kemp
    there, please?" (seen in tmux): it is call handling."""
    assert small_talk(line, lang) is None
