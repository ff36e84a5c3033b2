"""A customer who gives up is not a customer who was insulted (seventh session): lines that
went past what he said wore his patience down, so he ends the call without taking offence,
and the debrief says what happened — with the last such line and what to do instead —
rather than a bare "the customer hung up"."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import ROOT, by_id, play
from trainer.scenario import load_scenario
from trainer.scoring import score_call

OFFENDED = {"You know what, I'm not talking to you like this. Put it in writing. Goodbye.",
            "I've had enough of this. Goodbye.",
            "Wissen Sie was, so rede ich nicht weiter. Auf Wiederhören."}  # fmt: skip


@pytest.mark.parametrize(
    ("path", "lines"),
    [
        (
            "en/chippy-instalments.yaml",  # patience 2
            # one friendly remark is free (twelfth session); chat that goes on is not
            [("Hi Dave, it's Fiona from Walsh Plumbing.", ["greeting_identify"]),
             "Terrible weather today, isn't it?", "Do you have a dog, by the way?",
             "My neighbour's just got a puppy, by the way, ever so cute."],
        ),
        (
            "de/hausverwaltung-rechtsweg.yaml",  # patience 2
            [("Guten Tag, hier ist Jana Brandt.", ["greeting_identify"]),
             "Ach, das Wetter ist ja heute wieder furchtbar.", "Und, wie war Ihr Wochenende so?",
             "Mein Nachbar hat sich übrigens auch einen Hund geholt, der ist ganz süß."],
        ),
    ],
)  # fmt: skip
def test_lines_that_go_nowhere_end_the_call_without_offence_and_the_debrief_says_so(path, lines):
    scenario = load_scenario(ROOT / "scenarios" / path).scenario
    call = play(scenario, lines)
    assert call.outcome == "hang_up" and call.end_reason == "gave_up"
    assert call.state in ("gives_up", "gibt_auf")
    goodbye = call.turns[-1].text
    assert goodbye not in OFFENDED
    check = by_id(score_call(call), "outcome")
    assert check.passed is False and check.critical
    assert "gave up" in check.reason or "aufgegeben" in check.reason
    assert lines[-1] in (check.evidence or "")  # the last line that went past him
    assert check.better  # what to say instead


def test_a_reproach_still_ends_the_call_as_an_offence():
    scenario = load_scenario(ROOT / "scenarios" / "en/chippy-instalments.yaml").scenario
    blame = "Why haven't you paid the boiler invoice? You've had it for weeks."
    call = play(
        scenario, [(blame, ["accusatory_opener"]), (blame + " Honestly.", ["accusatory_opener"])]
    )
    assert call.outcome == "hang_up" and call.end_reason != "gave_up"
    assert "reproach" in by_id(score_call(call), "outcome").reason
