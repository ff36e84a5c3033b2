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
#: Saying yes to what the customer just proposed ("Ja, passt.", "Yes, that's fine.") is a
#: learner move too, not an intent: a state where the customer asked "Would that be okay?"
#: reacts to it under this name (`simulation.terms.says_yes` hears it).
ACCEPT = "accept"

#: The check ids of GUIDE.md §1-4; a scenario's rubric may only weigh these.
#: Their names for people are words, in the message catalogue (`labels.checks`).
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
