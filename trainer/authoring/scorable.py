"""What the scorer needs from a scenario's structure, checked when a trainer validates it.

The scenario layer cannot see the scorer (data flows one way), so these warnings are
made here and added to `trainer validate`'s findings, anchored like the others.
"""

from __future__ import annotations

from ..scenario.findings import Finding
from ..scenario.loader import LoadedScenario
from ..scoring.view import TERMS_MOVES, position_states

#: Personas whose checks about terms (pin_date; down_payment, date_for_rest) wait for the
#: customer to state his position: he apologises, or he pleads a lack of money.
WAITS_FOR_POSITION = ("apologises", "cash_problems")


def scoring_findings(loaded: LoadedScenario) -> list[Finding]:
    """Warnings about a scenario the scorer could not judge fairly.

    A scenario where no state counts as the customer stating his position
    (`scoring.view.position_states`) never exercises the checks about terms for the
    personas that wait for it: they apply only when the learner names a date or a down
    payment before the customer has said a word about why he has not paid, so a learner
    who does it right (lets him talk first) is never judged on them.
    """
    scenario = loaded.scenario
    waiting = [p for p in scenario.customer.personas if p in WAITS_FOR_POSITION]
    if not waiting or position_states(scenario):
        return []
    moves = ", ".join(TERMS_MOVES)
    return [
        loaded.locator.finding(
            ("customer", "persona"),
            f"persona '{waiting[0]}' but no state counts as the customer stating his "
            "position, so pin_date, down_payment and date_for_rest apply only when the "
            "learner names terms before the customer has explained himself",
            f"give the state where he apologises or pleads a lack of money an `on:` for a "
            f"move about terms ({moves}), or mark where he objects with `raises:` or "
            "refuses with `refuses:`",
            severity="warning",
            code="no-position-state",
        )
    ]
