"""The stable ids of GUIDE.md: intents, the silence move and the checks.

One source of truth for names that scenarios, transcripts, the evaluation data and the
scoring share. Everything else imports them from here.
"""

from __future__ import annotations

#: The intent label set of GUIDE.md §5.
INTENTS: tuple[str, ...] = (
    "greeting_identify",
    "neutral_opener_open_invoice",
    "accusatory_opener",
    "offer_solution",
    "ask_reason",
    "empathise",
    "clarify_objection",
    "rebut_unjustified_objection",
    "offer_compromise",
    "request_down_payment",
    "fix_payment_date",
    "propose_instalments",
    "threaten_legal",
    "announce_legal_route",
    "confirm_in_writing",
    "summarise_agreement",
    "close_politely",
)

#: Silence is a learner move, not an intent; scenarios react to it under this name.
PAUSE = "pause"

#: The check ids of GUIDE.md §1-4; a scenario's rubric may only weigh these.
CHECK_IDS: tuple[str, ...] = (
    "channel",
    "identify",
    "no_accusation",
    "strategy",
    "pin_date",
    "clarify_objection",
    "handle_objection",
    "down_payment",
    "date_for_rest",
    "no_premature_threat",
    "confirm_in_writing",
    "instalment_terms",
    "countersign",
    "next_step",
    "outcome",
)

#: The checks named for people, in the two languages of the app (screens and exports).
CHECK_NAMES: dict[str, dict[str, str]] = {
    "channel": {"de": "Richtiger erster Schritt", "en": "Right first step"},
    "identify": {"de": "Name und Firma genannt", "en": "Gave own name and company"},
    "no_accusation": {"de": "Kein Vorwurf", "en": "No accusation"},
    "strategy": {"de": "Eine der zwei Strategien", "en": "One of the two strategies"},
    "pin_date": {"de": "Konkreter Zahlungstermin", "en": "Concrete payment date"},
    "clarify_objection": {"de": "Einwand genau erfragt", "en": "Asked what exactly is wrong"},
    "handle_objection": {"de": "Einwand richtig behandelt", "en": "Objection handled right"},
    "down_payment": {"de": "Anzahlung erbeten", "en": "Asked for a down payment"},
    "date_for_rest": {"de": "Termin für den Rest", "en": "Date for the rest"},
    "no_premature_threat": {"de": "Keine vorschnelle Drohung", "en": "No premature threat"},
    "confirm_in_writing": {"de": "Schriftlich bestätigt", "en": "Confirmed in writing"},
    "instalment_terms": {"de": "Ratenbedingungen ausformuliert", "en": "Instalment terms written"},
    "countersign": {"de": "Gegenzeichnung erbeten", "en": "Asked for a countersignature"},
    "next_step": {"de": "Richtiger nächster Schritt", "en": "Right next step"},
    "outcome": {"de": "Ergebnis erreicht", "en": "Reached a result"},
}
