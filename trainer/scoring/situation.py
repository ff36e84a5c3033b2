"""Where a call stands in the guide: the card a learner asking for a hint should see.

Pure function of the call (no screens), so the TUI's hint key and tests share it.
"""

from __future__ import annotations

from typing import Any

from ..scenario.model import AGREEMENTS

#: The situations of GUIDE.md §2-4 a hint can be about.
SITUATIONS: tuple[str, ...] = (
    "opening",
    "silence",
    "apologises",
    "disputes",
    "cash_problems",
    "no_agreement",
    "agreed",
)
_STRATEGY_INTENTS = {"neutral_opener_open_invoice", "offer_solution"}


def situation(call: Any) -> str:
    """Which guide card fits the call right now (one of SITUATIONS)."""
    learner = [t for t in call.turns if t.speaker == "learner"]
    said = {i["intent"] for t in learner for i in t.intents}
    if call.ended and call.outcome in AGREEMENTS:
        return "agreed"
    if call.negotiation_failed or call.outcome in ("no_agreement", "hang_up"):
        return "no_agreement"
    if not said & _STRATEGY_INTENTS:
        return "opening"
    last = learner[-1] if learner else None
    customer_after = call.turns[-1].speaker == "customer" if call.turns else False
    # Strategy 1 just used and the customer only stammered: the move now is silence.
    if (
        last is not None
        and last.move == "say"
        and "neutral_opener_open_invoice" in {i["intent"] for i in last.intents}
        and customer_after
        and len(said) <= 2
    ):
        return "silence"
    if call.objection_raised:
        return "disputes"
    if call.state in {s for s, st in call.scenario.states.items() if st.end in AGREEMENTS}:
        return "agreed"
    return call.persona if call.persona in SITUATIONS else "opening"
