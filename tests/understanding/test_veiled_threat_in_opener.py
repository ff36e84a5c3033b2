"""Court, a lawyer or collections wrapped in politeness inside the opener is still a threat
(eval/README: a premature threat is threaten_legal).

Sixty-third audit: "i am calling regarding invoice lhs-077 of 180 pounds which is overdue, and i
would really hate to take this to small claims court so kindly do the needful today" was the
opener and a date, and the debrief said "no threat in the whole call"; "… ich möchte wirklich
ungern gleich meinen Anwalt bemühen müssen, das verstehen Sie sicher." the opener and
understanding. Neither line is in the library (`gaps` has opener lines of this shape); before
those lines, neither carried a threat at all.
"""

from __future__ import annotations

import pytest

OPENERS = [
    ("en", "i am calling regarding invoice lhs-077 of 180 pounds which is overdue, and i would "
     "really hate to take this to small claims court so kindly do the needful today"),
    ("de", "Ich rufe wegen der offenen Rechnung GL-2026-215 an, und ich möchte wirklich ungern "
     "gleich meinen Anwalt bemühen müssen, das verstehen Sie sicher."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), OPENERS)
def test_a_polite_legal_threat_in_the_opener_is_heard(lang, text, recognise):
    rec = recognise(lang, text)
    assert "threaten_legal" in rec.names, rec.intents
    assert "neutral_opener_open_invoice" in rec.names, rec.intents
