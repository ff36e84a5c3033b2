"""Court, a lawyer or collections wrapped in politeness inside the opener is still a threat
(eval/README: a premature threat is threaten_legal).

Sixty-third audit: "i am calling regarding invoice lhs-077 of 180 pounds which is overdue, and i
would really hate to take this to small claims court so kindly do the needful today" was the
opener and a date, and the debrief said "no threat in the whole call". The line is not in the
library (`gaps` has opener lines of this shape: "I'd really hate to have to take it to small
claims", "would be a shame to hand it to a collection agency"); before them it carried no threat.
Left: the German "… ich möchte wirklich ungern gleich meinen Anwalt bemühen müssen" — lines of
"don't want to / ungern / nicht gleich" plus a legal word taught the model that negated steps
("Einen Anwalt einschalten will hier niemand.") threaten, and were taken out again.
"""

from __future__ import annotations

import pytest

OPENERS = [
    ("en", "i am calling regarding invoice lhs-077 of 180 pounds which is overdue, and i would "
     "really hate to take this to small claims court so kindly do the needful today"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), OPENERS)
def test_a_polite_legal_threat_in_the_opener_is_heard(lang, text, recognise):
    rec = recognise(lang, text)
    assert "threaten_legal" in rec.names, rec.intents
    assert "neutral_opener_open_invoice" in rec.names, rec.intents
