"""Wishing the customer well in passing is small talk, not empathy (GUIDE §5: `empathise`
acknowledges the customer's situation or feelings). "I hope you're doing well." was empathy
0.87 and "Ich hoffe, es geht Ihnen gut." 0.64: an opener's courtesy earned the empathy check.
Fifteen `gaps` lines per language of such wishes (no intent) joined the library in the
thirty-second session; the lines below are fresh ones, written after those and before
measuring. Two English ones still carry empathy (0.46, 0.57): known misses, strict xfails.
Wishing a customer better after an illness or an accident stays empathy.
"""

from __future__ import annotations

import pytest

WELL_WISHING = [
    ("en", "I hope the week's been kind to you so far."),
    ("en", "I trust business is going well."),
    pytest.param(
        "en",
        "Hope everything's good with you guys.",
        marks=pytest.mark.xfail(strict=True, reason="empathy 0.46: 'hope … good with you'"),
    ),
    pytest.param(
        "en",
        "Hope you had a relaxing Christmas.",
        marks=pytest.mark.xfail(strict=True, reason="empathy 0.57: 'hope you had'"),
    ),
    ("de", "Ich hoffe, Sie hatten schöne Feiertage."),
    ("de", "Hoffe, die Woche läuft gut bei Ihnen."),
    ("de", "Ich hoffe, bei euch ist alles im Lot."),
    ("de", "Ich hoffe, Sie hatten einen guten Start in den Monat."),
]

GET_WELL = [
    ("en", "I hope your son is feeling better after the operation."),
    ("de", "Ich hoffe, Ihrem Mann geht es nach dem Sturz besser."),
]


@pytest.mark.parametrize(("lang", "text"), WELL_WISHING)
def test_a_passing_wish_is_no_empathy(recognise, lang: str, text: str) -> None:
    names = [h.intent for h in recognise(lang, text).intents]
    assert "empathise" not in names, names


@pytest.mark.parametrize(("lang", "text"), GET_WELL)
def test_wishing_a_sick_customer_better_stays_empathy(recognise, lang: str, text: str) -> None:
    hits = {h.intent: h.confidence for h in recognise(lang, text).intents}
    assert hits.get("empathise", 0.0) >= 0.75, hits
