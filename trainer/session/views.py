"""Small read-only answers the front ends need about a scenario or a running call.

They sit here, beside the Session, so that the TUI asks the session layer and never
reaches into scoring or the simulation itself: one reading of a call for every screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..scenario.model import AGREEMENTS
from ..scoring import channel_check
from ..scoring.channel import RECOMMENDED
from ..scoring.results import CheckVerdict
from ..scoring.situation import SITUATIONS, situation

__all__ = [
    "AGREEMENTS",
    "SITUATIONS",
    "OpeningReading",
    "channel_feedback",
    "hint_card",
    "is_agreement",
    "persona_revealed",
    "written_first",
]


def is_agreement(outcome: str | None) -> bool:
    """Whether a call's outcome is an agreement (the letter confirms it)."""
    return outcome in AGREEMENTS


def written_first(scenario: Any) -> bool:
    """Whether the guide wants a written reminder first for this customer (GUIDE §1).

    Scenarios with such a customer (large company, authority) are the follow-up call
    after that reminder; their briefing says the reminder has gone out.
    """
    return RECOMMENDED.get(scenario.customer.type) == "written"


def channel_feedback(scenario: Any, choice: str) -> CheckVerdict | None:
    """The scorer's verdict on the channel (GUIDE §1), or None for a choice it does not know.

    The same check the final score counts, so the briefing's feedback and the debrief agree.
    """
    try:
        return channel_check(scenario, choice)
    except ValueError:  # neither "call" nor "written"
        return None


@dataclass(frozen=True)
class OpeningReading:
    """How the judge reads the opening: what the call screen shows and the debrief repeats.

    `turn` is the transcript index of the line that decided it; `final` is False while a
    later move can still change the verdict (e.g. the silence after a strategy-1 opener).
    """

    turn: int
    strategy: str | None
    passed: bool
    reason: str
    final: bool


def persona_revealed(call: Any) -> bool:
    """Whether the learner can know the customer's reaction by now.

    Known from the start when the briefing names the one reaction; otherwise only once
    the customer has shown it: an objection raised, a refusal, or a move whose outcome
    depended on the drawn reaction (a transition guarded by `persona`).
    """
    scenario = call.scenario
    if not scenario.surprise and len(scenario.customer.personas) == 1:
        return True
    if call.objection_raised or call.negotiation_failed:
        return True
    states = scenario.states
    for turn in call.turns:
        if turn.speaker != "learner" or not turn.trigger:
            continue
        if turn.state_before not in states:
            continue
        alternatives = scenario.transitions_in(turn.state_before).get(turn.trigger, [])
        if any("persona" in (t.when or "") for t in alternatives):
            return True
    return False


def hint_card(call: Any) -> str:
    """The guide card (one of SITUATIONS) for the call now, revealing nothing unsaid.

    The scorer's situation names the drawn reaction; while the customer has not shown it
    (the surprise scenario's hidden reaction), the card is the one that helps find it out:
    stay silent and let the customer talk.
    """
    card = situation(call)
    if card == call.persona and card != "opening" and not persona_revealed(call):
        return "silence"
    return card
