"""A learner who did not catch the customer's line and asks for it gets it again, as on any
phone line. Before the thirty-second session "Sorry, I didn't catch that, could you say it
again?" was answered as chat ("Oh — yes, I suppose so.") and the line was never heard; the
same line was also read as empathy (`tests/understanding/test_not_heard_is_no_empathy.py`)."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import ROOT, play
from trainer.scenario import load_scenario
from trainer.understanding import load_recogniser

FLORIST = ROOT / "scenarios" / "en" / "florist-forgot.yaml"
HOLIDAY = ROOT / "scenarios" / "de" / "stammkunde-urlaub.yaml"

CASES = [
    (
        FLORIST,
        "en",
        "Hi Claire, it's Priya Shah from the print shop.",
        ["Sorry, I didn't catch that, could you say it again?", "sorry the line broke up"],
        "I said: ",
    ),
    (
        HOLIDAY,
        "de",
        "Guten Tag, Berger von Berger Elektrotechnik.",
        ["Wie bitte? Das hab ich akustisch nicht verstanden.", "Entschuldigung, noch mal bitte?"],
        "Ich sagte: ",
    ),
]


def customer_lines(call) -> list[str]:
    return [t.text for t in call.turns if t.speaker == "customer"]


@pytest.mark.parametrize(("path", "lang", "greeting", "asks", "prefix"), CASES)
def test_asking_again_gets_his_line_again(path, lang, greeting, asks, prefix) -> None:
    scenario = load_scenario(path).scenario
    call = play(scenario, [greeting, asks[0]], load_recogniser(lang))
    said = customer_lines(call)
    assert said[-1] == prefix + said[-2]
    assert call.patience == scenario.patience  # asking once costs nothing
    learner = [t for t in call.turns if t.speaker == "learner"]
    assert "empathise" not in [i["intent"] for i in learner[-1].intents]


@pytest.mark.parametrize(("path", "lang", "greeting", "asks", "prefix"), CASES)
def test_he_repeats_his_line_not_the_repeat(path, lang, greeting, asks, prefix) -> None:
    call = play(load_scenario(path).scenario, [greeting, *asks], load_recogniser(lang))
    said = customer_lines(call)
    assert said[-1] == said[-2] == prefix + said[-3]


@pytest.mark.parametrize(("path", "lang", "greeting", "asks", "prefix"), CASES)
def test_a_third_request_gets_no_third_repeat(path, lang, greeting, asks, prefix) -> None:
    call = play(load_scenario(path).scenario, [greeting, *asks, asks[0]], load_recogniser(lang))
    said = customer_lines(call)
    assert not said[-1].startswith(prefix)


@pytest.mark.parametrize(("path", "lang", "greeting", "asks", "prefix"), CASES)
def test_silence_is_no_request_to_repeat(path, lang, greeting, asks, prefix) -> None:
    call = play(load_scenario(path).scenario, [greeting, ""], load_recogniser(lang))
    assert not customer_lines(call)[-1].startswith(prefix)


@pytest.mark.parametrize(("path", "lang", "greeting", "asks", "prefix"), CASES)
def test_the_screen_and_the_review_say_he_was_asked_again(
    path, lang, greeting, asks, prefix
) -> None:
    """The call screen said "small talk — no step towards a result" under "Sorry, I didn't
    catch that" (seen in tmux): it names the request now, on the screen and in the review."""
    from trainer.simulation.call import Call
    from trainer.simulation.events import LearnerSaid
    from trainer.transcripts.export import read_as
    from trainer.transcripts.schema import Turn

    call = Call(load_scenario(path).scenario, load_recogniser(lang), seed=1)
    call.start()
    call.say(greeting)
    said = [e for e in call.say(asks[0]) if isinstance(e, LearnerSaid)]
    assert said[0].asks_again and not said[0].small_talk
    turn = [t for t in call.turns if t.speaker == "learner"][-1]
    learner = Turn.model_validate(
        {
            "index": turn.index,
            "speaker": "learner",
            "text": turn.text,
            "move": turn.move,
            "trigger": turn.trigger,
            "intents": turn.intents,
            "facts": turn.facts,
        }
    )
    assert "asked to hear it again" in (read_as(learner, "en") or "")
    assert "um Wiederholung gebeten" in (read_as(learner, "de") or "")


def test_a_move_beside_the_request_is_no_request() -> None:
    """ "Sorry to hear that — could you repeat the amount?" acknowledges the customer: empathy,
    not a request to hear his line again."""
    from trainer.understanding.smalltalk import asks_to_repeat

    assert asks_to_repeat("Sorry, say again?", "en")
    assert asks_to_repeat("Sorry, what?", "en")  # tried as a first line: empathy 0.58
    assert not asks_to_repeat("Sorry, what do you mean by damaged?", "en")
    assert not asks_to_repeat("Sorry to hear that, could you repeat the amount?", "en")
    assert not asks_to_repeat("Bei uns ist grad die Hölle los, echt.", "de")


def test_the_script_player_says_so_too(tmp_path, monkeypatch, capsys) -> None:
    """`trainer play --script` labels the line as the call screen does."""
    import io

    from trainer.cli import main

    monkeypatch.setenv("TRAINER_TRANSCRIPTS", str(tmp_path))
    script = "Hi Claire, it's Priya Shah from the print shop.\nSorry, I didn't catch that.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(script.encode())))
    main(["play", "en-florist-forgot", "--script", "-", "--seed", "3"])
    out = capsys.readouterr().out
    assert "[asked to hear it again]" in out
    assert "I said: " in out
