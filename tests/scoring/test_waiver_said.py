"""A waiver must be said, not assumed (GUIDE §4, §6). Where the customer cannot be moved
and court would cost more than the claim, the learner announces the waiver calmly, with
the reason; silence or a bare goodbye after the refusal announces nothing and cannot pass.

Played in en-handyman-waive with the recogniser a learner gets there (the library plus the
scenario's own `waive_claim_reasoned`), and in a small scenario with exact readings, to
show the scorer rests on the learner's line, not on the outcome the scenario reached."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.scoring.helpers import DISPUTE, by_id, dispute, play
from tests.scoring.regression import check, say_all
from trainer.scoring import score_call
from trainer.session import Session

SID = "en-handyman-waive"
#: Greeting, the strategy-1 opener, the pause: she raises the wobbly shelves.
OPENING = [
    "Hi Rachel, Gareth Lewis here, Lewis Handyman Services.",
    "It's about the shelves invoice, which is still unpaid.",
    "",
]
#: Asked, then rebutted without proof: she refuses ("We're done here").
REFUSED = [
    *OPENING,
    "What's the problem with them exactly?",
    "They were level and solid when I finished, I tested each of them before I left.",
]
WAIVER = (
    "Understood. Chasing £180 through the courts would cost more than it's worth, "
    "so I'm cancelling that invoice."
)


def _call(lines: list[str]) -> tuple[Session, dict[str, Any]]:
    return say_all(SID, lines)


_check = check


def test_the_route_reaches_her_refusal():
    session, _ = _call(REFUSED)
    assert session.call.state == "refuses"


@pytest.mark.parametrize("last", ["", "Right. Bye then."], ids=["pause", "bare-goodbye"])
def test_silence_or_a_goodbye_after_the_refusal_waives_nothing_and_fails(last):
    session, result = _call([*REFUSED, last])
    assert session.call.outcome == "no_agreement"
    step = _check(result, "next_step")
    assert step["passed"] is False and step["reason"] == "Chose no next step after the failed call."
    outcome = _check(result, "outcome")
    assert outcome["passed"] is False and outcome["critical"] is True
    assert "no next step" in outcome["reason"]
    assert result["passed"] is False and result["score"] < 70
    # The better line says the waiver and its reason, not just a goodbye.
    assert "court" in step["better"] and "write the invoice off" in step["better"]


def test_a_reasoned_waiver_after_the_refusal_passes_and_is_quoted_as_evidence():
    session, result = _call([*REFUSED, WAIVER])
    said = session.call.turns[-2]
    assert said.text == WAIVER and said.trigger == "waive_claim_reasoned"
    assert session.call.outcome == "waive_claim"
    for cid in ("next_step", "outcome"):
        check = _check(result, cid)
        assert check["passed"] is True, cid
        assert WAIVER in check["evidence"], cid
        assert check["turn"] == said.index, cid
    assert result["passed"] is True


def test_a_waiver_before_the_complaint_was_dealt_with_is_not_credited():
    session, result = _call([*OPENING, "Ah well, let's not bother then, that bill is written off."])
    assert session.call.outcome == "no_agreement"
    assert _check(result, "outcome")["passed"] is False
    assert result["passed"] is False


# --- the scorer alone: the outcome is not the learner's move ------------------------------
WEAK = {"evidence": "weak", "costs_exceed_award": True}
HELLO = ("Guten Tag, Anna Berger von Berger Elektrotechnik.", ["greeting_identify"])
OPEN = ("Ich rufe wegen der offenen Rechnung an.", ["neutral_opener_open_invoice"])
ASK = ("Welche Steckdosen genau?", ["clarify_objection"])
REBUT = ("Die Abnahme ist unterschrieben.", ["rebut_unjustified_objection"])


def _waiving_scenario(**on: Any) -> Any:
    """The dispute scenario with a waive_claim end that `on` routes to from the refusal."""
    states = copy.deepcopy(DISPUTE["states"])
    states["weigert"]["on"].update(on)
    states["verzicht"] = {"say": ["Gut. Tschüss."], "end": "waive_claim"}
    own = {"forderung_fallen_lassen": {"examples": ["Dann ist die Sache für mich erledigt."]}}
    return dispute(justified=False, case=WEAK, states=states, intents=own)


@pytest.mark.parametrize(
    ("route", "last"),
    [
        ({"pause": "verzicht"}, ""),
        ({"close_politely": "verzicht"}, ("Tschüss.", ["close_politely"])),
    ],
    ids=["pause", "goodbye"],
)
def test_a_waive_claim_outcome_reached_without_a_said_waiver_fails(route, last):
    call = play(_waiving_scenario(**route), [HELLO, OPEN, "", ASK, REBUT, last])
    assert call.outcome == "waive_claim"
    result = score_call(call)
    assert not by_id(result, "next_step").passed
    assert not by_id(result, "outcome").passed


def test_a_scenario_own_waiver_move_routed_to_the_waive_end_passes():
    # No waive keyword in the line: the scenario's own move is what counts.
    own = (
        "Das lohnt für uns beide nicht, dann ist es für mich erledigt.",
        ["forderung_fallen_lassen"],
    )
    scenario = _waiving_scenario(forderung_fallen_lassen="verzicht")
    call = play(scenario, [HELLO, OPEN, "", ASK, REBUT, own])
    assert call.outcome == "waive_claim"
    result = score_call(call)
    step = by_id(result, "next_step")
    assert step.passed and own[0] in step.evidence
    assert by_id(result, "outcome").passed
