"""Pushing for payment over an open objection (eighth outside audit): the customer digs in,
and the call that ends with the right next step keeps at most silver, naming the push."""

from __future__ import annotations

from tests.scoring.regression import check, say_all

SID = "de-hausverwaltung-rechtsweg"
OPENING = [
    "Guten Tag Herr Kessler, Jana Brandt von Brandt Garten- und Landschaftsbau.",
    "Ich rufe wegen der noch offenen Rechnung GL-2026-215 an.",
    "",
    "Was genau ist denn nicht in Ordnung mit der Pflasterung?",
]
PUSH = "Trotzdem: Können Sie die 4.760 Euro bis zum 11. Dezember überweisen?"
FACTS = (
    "Herr Kessler, Sie haben die Abnahme am 2. Oktober ohne Vorbehalt unterschrieben, das "
    "Gefälle von 2 Prozent ist gemessen und fotografiert, und das Wasser steht, weil der "
    "Hofablauf verstopft ist."
)
ROUTE = (
    "Schade, dass wir uns nicht einigen. Da die Abnahme unterschrieben ist, werde ich die "
    "Forderung im gerichtlichen Mahnverfahren geltend machen."
)


def test_a_push_over_the_open_objection_that_made_him_dig_in_caps_the_call_at_silver():
    session, result = say_all(SID, [*OPENING, PUSH, FACTS, ROUTE])
    assert session.call.outcome == "legal_route"
    handle = check(result, "handle_objection")
    assert handle["passed"] is False and PUSH in handle["evidence"]
    assert result["passed"] is True and result["tier"] == "silver"
    assert result["tier_cap"]["check"] == "handle_objection"


def test_the_same_facts_without_the_push_are_no_fault():
    _, result = say_all(SID, [*OPENING, FACTS])
    handle = check(result, "handle_objection")
    assert handle["passed"] is True
    assert (result.get("tier_cap") or {}).get("check") != "handle_objection"
