"""An apology for not having heard or understood the customer is call handling, not empathy
(GUIDE §5: `empathise` acknowledges the customer's situation or feelings). "Sorry, I didn't
understand. Could you repeat that?" was empathy 0.99 on a spent real set, "Tut mir leid, ich
habe Sie nicht verstanden, noch mal bitte?" 0.93: a learner who asks the customer to repeat
would get the empathy check and a customer who "feels understood" for nothing.

Library lines alone did not mend it (thirty-second session: ten more such lines per language
left "I'm sorry, I don't understand what you mean, can you repeat that?" at 0.95 — the
apology alone is empathy in a hundred library lines). The lines below were written before
the rule `model._not_heard_is_no_empathy` (8 of the 16 carry empathy without it, 6 with those
library lines; the first three English lines and the first German one had been tried by hand
before); the second list, apologies that do acknowledge the customer beside a request to
repeat, must keep their empathy.
"""

from __future__ import annotations

import pytest

NOT_HEARD = [
    ("en", "Sorry, I didn't quite understand that, could you say it again?"),
    ("en", "I'm sorry, I don't understand what you mean, can you repeat that?"),
    ("en", "Apologies, I missed that, the line broke up."),
    ("en", "Sorry, you cut out for a second, what was that?"),
    ("en", "I'm sorry, I couldn't hear you properly, can you say that once more?"),
    ("en", "sorry i didnt catch the last bit"),
    ("en", "Excuse me, I didn't get your surname."),
    ("en", "Sorry, could you repeat the invoice date for me?"),
    ("de", "Tut mir leid, ich habe Sie nicht verstanden, noch mal bitte?"),
    ("de", "Entschuldigung, das hab ich gerade nicht mitbekommen."),
    ("de", "Verzeihung, die Leitung war kurz weg, was sagten Sie?"),
    ("de", "Tut mir leid, können Sie das bitte wiederholen?"),
    ("de", "Sorry, ich hab Sie schlecht gehört, noch einmal bitte."),
    ("de", "Entschuldigen Sie, wie war der Betrag noch mal?"),
    ("de", "tut mir leid hab ich akustisch nicht verstanden"),
    ("de", "Entschuldigung, ich habe Ihren Nachnamen nicht verstanden."),
]

#: An apology that acknowledges the customer stays empathy, a request to repeat beside it or not.
STILL_EMPATHY = [
    ("en", "I'm sorry to hear that, could you repeat the amount you can manage?"),
    ("en", "Sorry, that sounds really hard. Can you say again when the insurer pays?"),
    ("en", "I'm so sorry about your father. Take your time."),
    ("en", "Sorry, I understand this is a stressful time for you."),
    ("de", "Das tut mir leid zu hören, können Sie den Betrag noch mal sagen?"),
    ("de", "Tut mir leid, das ist sicher gerade schwer für Sie."),
    ("de", "Entschuldigung, ich verstehe, dass Sie gerade viel um die Ohren haben."),
    ("de", "Oh, das tut mir leid mit Ihrem Unfall, wiederholen Sie bitte kurz das Datum?"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HEARD)
def test_an_apology_for_not_hearing_is_no_empathy(recognise, lang: str, text: str) -> None:
    names = [h.intent for h in recognise(lang, text).intents]
    assert "empathise" not in names, names


@pytest.mark.parametrize(("lang", "text"), STILL_EMPATHY)
def test_an_apology_that_acknowledges_the_customer_stays_empathy(
    recognise, lang: str, text: str
) -> None:
    hits = {h.intent: h.confidence for h in recognise(lang, text).intents}
    assert hits.get("empathise", 0.0) >= 0.5, hits
