"""Finishing the work free of charge is a compromise (GUIDE §3: Nachbesserung), not a threat.

Sixty-second audit: "Mein Geselle kommt am Montag, den 7. Dezember, in der Früh und macht das
fertig, ohne Mehrkosten." was a threat 0.42 ("fertig machen" and "jemanden vorbeischicken" are
also a thug's words), the debrief said "Mit rechtlichen Schritten gedroht", the customer never
heard the offer and a good call failed (43). Lines written (twenty-first session) before the
library lines (`gaps`) and the rule (`model._free_rework`), and not in the library: 3 of 11
read right before, 6 with the library lines alone, 11 with the rule. A threat that offers no
free work stays a threat.
"""

from __future__ import annotations

import pytest

REWORK = [
    ("de", "Mein Geselle kommt am Montag und macht das fertig, ohne Mehrkosten."),
    ("de", "Ich schick Ihnen am Montag jemanden vorbei, der das fertig macht, "
     "das kostet Sie nichts."),
    ("de", "Da haben Sie recht, das gehört gemacht. Mein Vorschlag: Mein Geselle kommt am Montag, "
     "den 7. Dezember, in der Früh und macht das fertig, ohne Mehrkosten."),
    ("de", "Mein Vorschlag: Wir kommen am Montag vorbei und machen das fertig, kostenlos."),
    ("de", "Unser Lehrling kommt morgen und erledigt den Rest, selbstverständlich ohne Aufpreis."),
    ("de", "Am Dienstag ist mein Kollege eh in der Gegend, der macht Ihnen die Leiste noch dran, "
     "kostet nix extra."),
    ("en", "You're right. I'll send someone round on Monday to finish it off, no charge."),
    ("en", "My lad will come by Monday morning and sort it out, won't cost you a penny."),
    ("en", "I'll have one of the boys swing by Tuesday to finish the last wall, on the house."),
]  # fmt: skip

THREATS = [
    ("de", "Wenn Sie nicht zahlen, schick ich Ihnen jemanden vorbei, der Sie fertigmacht."),
    ("en", "Pay up or I'll send a couple of lads round to sort you out."),
]


@pytest.mark.parametrize(("lang", "text"), REWORK)
def test_free_rework_is_a_compromise_and_no_threat(lang, text, recognise):
    rec = recognise(lang, text)
    assert "offer_compromise" in rec.names, rec.intents
    assert "threaten_legal" not in rec.names, rec.intents


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_a_threat_without_free_work_stays_one(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "threaten_legal", rec.intents
