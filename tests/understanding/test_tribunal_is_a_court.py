"""A tribunal is a court (sixty-second audit, Wellington: "…so pay it by Friday or I'm taking you
to the small claims tribunal, simple as." in the opening had no threat at all, and the debrief
praised "a factual opening without blame" and "no threat in the whole call"; small claims go
to a Disputes Tribunal in New Zealand, to NCAT or VCAT in Australia).

Lines written (twenty-first session) before the library lines (`gaps`, en), not in the
library. Before them, three of the seven ultimatums carried a threat, each at 0.52 or less;
the audit's line and "I'll see you at the tribunal." (0.33) none.
"""

from __future__ import annotations

import pytest

ULTIMATUMS = [
    "Right, that £180 for the shelves is five weeks overdue, so pay it by Friday or I'm taking "
    "you to the small claims tribunal, simple as.",
    "pay it by Friday or I'm taking you to the small claims tribunal.",
    "Pay by Friday or I'll take you to the disputes tribunal.",
    "Pay it or I'm taking you to the tribunal.",
    "so pay it by Friday or I'm taking you to the small claims tribunal, simple as.",
    "The invoice is overdue, pay by Monday or I'll lodge it with the tribunal.",
    "I'll see you at the tribunal.",
]


@pytest.mark.parametrize("text", ULTIMATUMS)
def test_a_tribunal_ultimatum_is_a_threat(text, recognise):
    rec = recognise("en", text)
    assert "threaten_legal" in rec.names, rec.intents


def test_a_calm_tribunal_claim_after_no_agreement_is_the_route(recognise):
    rec = recognise("en", "If we can't agree, I'll apply to the tribunal and let them decide.")
    assert rec.names and rec.names[0] == "announce_legal_route", rec.intents
