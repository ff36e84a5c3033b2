"""Saying that the invoice is still unpaid is the neutral opener, not a reproach (GUIDE §5
neutral_opener_open_invoice: names the open invoice without blame). The fiftieth audit's line
"I'm calling about the invoice for the shelves, LHS-077, £180, that's still not paid." read as
blame after the twenty-seventh session's retraining, though the whole line reads as the opener
1.00: its last part alone ("that's still not paid") was blame 0.91, and `_blame_in_a_part`
took that for a plain reproach. In the library, 115 English lines say so as a fact and are the
opener; its 4 reproaches with these words ask "why". Blame words beside it keep the reproach.
Since the twenty-ninth session the words of reproach alone decide (`_REPROACH_WORDS`), and
"immer noch" (still) is no "immer" (always): without that, the Carport line below was blame 0.95."""

from __future__ import annotations

import pytest

NEUTRAL = [
    ("en", "I'm calling about the invoice for the shelves, LHS-077, £180, that's still not paid."),
    ("en", "So it's about the £240 for the guttering, that's still not been paid."),
    ("en", "I'm ringing about the bill for the decking, £940, that's still not paid."),
    ("de", "Es geht um die Rechnung 4411 für die Dachrinne, 240 Euro, die ist noch nicht bezahlt."),
    ("de", "Es geht um die Rechnung 4411 für die Dachrinne, 240 Euro, die ist immer noch offen."),
    (
        "de",
        "Ich rufe wegen der Rechnung für das Carport an, 1.200 Euro, die ist immer noch nicht "
        "bezahlt.",
    ),
]
BLAME = [
    ("en", "It's about invoice 4411, why is it still not paid?"),
    ("en", "Invoice 4411, that's still not paid, and this is the third time I'm chasing you."),
    ("en", "The decking invoice, £940, is still not paid, you keep ignoring our reminders."),
    ("de", "Die Rechnung 4411 ist schon wieder noch nicht bezahlt, das ist langsam unmöglich."),
]


@pytest.mark.parametrize(("lang", "text"), NEUTRAL)
def test_still_unpaid_said_as_a_fact_is_the_opener(recognise, lang, text):
    rec = recognise(lang, text)
    assert "neutral_opener_open_invoice" in rec.names, rec.intents
    assert "accusatory_opener" not in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), BLAME)
def test_blame_beside_it_stays_a_reproach(recognise, lang, text):
    rec = recognise(lang, text)
    assert rec.names[:1] == ("accusatory_opener",), rec.intents
