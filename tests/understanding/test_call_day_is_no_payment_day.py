"""A day for the next call is no payment date (GUIDE §5: fix_payment_date "asks for or
proposes a concrete payment date"). "Wann passt es Ihnen besser für einen Rückruf, Mittwoch
oder Donnerstag?" was a payment date 0.99, so the customer heard a day proposed for paying;
`model._call_day_is_no_payment_day` drops the date from a line that names the next call and
no paying (none of the library's 320 such lines carries the move).

The callback lines were written (nineteenth session) before the rule and are not in the
library. Before the rule 11 of the 20 were read as a payment date; now none is. A line that
names paying beside the call keeps its date.
"""

from __future__ import annotations

import pytest

CALLBACKS = [
    ("en", "What day suits you for me to ring back, Wednesday or Thursday?"),
    ("en", "I'll give you a call on Monday once you've had a chance to speak to your partner."),
    ("en", "Is Friday morning okay for a quick follow-up call?"),
    ("en", "Shall we have another chat on the 14th, after your board meeting?"),
    ("en", "Could I ring you again tomorrow at about ten?"),
    ("en", "I'll pop a reminder in my diary to phone you next Tuesday."),
    ("en", "When's best to catch you again, later today or tomorrow?"),
    ("en", "Let me call you back on Thursday when I've checked with our accounts team."),
    ("en", "Would next Wednesday work for a call to go through it properly?"),
    ("en", "I'll try you again on Monday afternoon then."),
    ("de", "Wann passt es Ihnen besser für einen Rückruf, Mittwoch oder Donnerstag?"),
    ("de", "Ich melde mich am Montag noch mal, wenn Sie mit Ihrem Partner gesprochen haben."),
    ("de", "Ist Ihnen Freitagvormittag für ein kurzes Telefonat recht?"),
    ("de", "Sollen wir am 14. noch mal telefonieren, nach Ihrer Besprechung?"),
    ("de", "Darf ich Sie morgen gegen zehn noch mal anrufen?"),
    ("de", "Ich trage mir ein, Sie nächsten Dienstag anzurufen."),
    ("de", "Wann erreiche ich Sie am besten wieder, heute Nachmittag oder morgen?"),
    (
        "de",
        "Ich rufe Sie am Donnerstag zurück, sobald ich mit unserer Buchhaltung gesprochen habe.",
    ),
    ("de", "Passt Ihnen nächster Mittwoch für ein Gespräch, in dem wir alles in Ruhe durchgehen?"),
    ("de", "Dann versuche ich es am Montagnachmittag noch mal bei Ihnen."),
]

PAYING_AND_CALLING = [
    ("en", "I'm calling in regards to file RC-2024-771. Can I get a date from you?"),
    ("de", "Können Sie bis Freitag zahlen? Ich melde mich dann."),
    ("de", "Ich rufe Sie am Freitag an, bis dahin ist die Überweisung raus, ja?"),
    ("en", "Can you pay by Friday? I'll call you Monday if it hasn't arrived."),
    ("en", "Could you settle it by the 15th? I'll give you a ring on the 16th otherwise."),
]


@pytest.mark.parametrize(("lang", "text"), CALLBACKS)
def test_a_day_for_the_next_call_is_no_payment_date(lang, text, recognise):
    rec = recognise(lang, text)
    assert "fix_payment_date" not in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), PAYING_AND_CALLING)
def test_a_call_beside_a_day_for_paying_keeps_the_date(lang, text, recognise):
    rec = recognise(lang, text)
    assert "fix_payment_date" in rec.names, rec.intents
