"""The audited calls whose agreed terms were overwritten after the deal (outside trainer's
audit, de6, en7, en3), played through the real recogniser and the one script runner, as
`trainer play --script … --seed 1 --today 2026-12-01`.

What the transcript records as agreed — and what the letter check then asks for — is what
the customer committed to: not the day of a goodbye's "bis Dienstag!", not the learner's
11th when he named his payment run on the 15th, and no whole amount beside a split.
"""

from __future__ import annotations

import datetime as dt

from tests.helpers import SCENARIOS
from trainer.scenario import find_scenario, load_scenario
from trainer.session.script import PAUSE, ScriptRunner

TODAY = dt.date(2026, 12, 1)

MALER = (  # de6_maler_gut.txt
    "Guten Tag Frau Lindner, hier ist Stefan Krause vom Malerbetrieb Krause.",
    "Ich rufe wegen der noch offenen Rechnung M-2026-311 an.",
    PAUSE,
    "Oh, das tut mir leid. Was genau ist Ihnen denn in Raum 3 aufgefallen?",
    "Da haben Sie völlig recht, das hätte so nicht passieren dürfen. Mein Vorschlag: Ich komme "
    "nächste Woche selbst vorbei, mache das Parkett sauber und streiche die Sockelleisten nach, "
    "und für den Ärger ziehe ich Ihnen 200 Euro von der Rechnung ab.",
    "Ich wäre am Dienstag fertig. Dann überweisen Sie die 3.370 Euro bis Freitag, den "
    "11. Dezember – geht das?",
    "Sehr gut. Ich schreibe Ihnen das heute noch per Mail zusammen: Nachbesserung Raum 3 bis "
    "Dienstag, 200 Euro Nachlass, 3.370 Euro bis zum 11. Dezember.",
    "Danke für Ihr Verständnis, Frau Lindner, bis Dienstag!",
)
#: The article's model letter, as the audit wrote it for de6.
MALER_LETTER = (
    "Sehr geehrte Frau Lindner,\n"
    "herzlichen Dank für das freundliche Gespräch. Wie besprochen bessern wir Raum 3 bis "
    "Dienstag nach und ziehen 200 Euro ab. Sie hatten zugesichert, die offene Rechnung "
    "Nr. M-2026-311 über 3.370 Euro bis zum 11. Dezember 2026 zu begleichen.\n"
    "Ich bedanke mich und freue mich auf unsere weitere Zusammenarbeit!\n"
    "Stefan Krause\n"
)
LOGISTICS = (  # en7_logistics_agent.txt, without the goodbye that read the 15th back
    "Good afternoon, is that Mark Jensen in accounts payable? It's Olivia Grant from Grant "
    "Event Catering.",
    "I'm following up on our invoice GEC-5521 for the Bristol summer party.",
    PAUSE,
    "Ah, that explains it. If you can give me the PO number, I'll reissue the invoice today "
    "with it on.",
    "Sorry – I'll email you a corrected invoice with the PO number on it today.",
    "Thank you. And when's your next payment run – could the £3,850 go out by Friday the 11th?",
)
CAFE = (  # en3_cafe_downpayment.txt
    "Hello Tom, it's Sam Whitfield from Whitfield Joinery – how's the café doing?",
    "I'd like to sort out the open invoice INV-0412 with you in a way that works for both of "
    "us – I've got a suggestion.",
    "My suggestion: you pay £700 this week and the remaining £490 by the 18th of December.",
    "I understand, the first months are tough. Could you do £300 this week as a down payment, "
    "and the remaining £890 by the 15th of January?",
    "Great, thanks Tom. I'll email you a quick note with that – £300 this week, £890 by "
    "15 January.",
    "Cheers, all the best with the café!",
)


def _runner(scenario: str) -> ScriptRunner:
    loaded = load_scenario(find_scenario(scenario, SCENARIOS))
    return ScriptRunner.open(loaded, seed=1, today=TODAY)


def test_a_goodbye_bis_dienstag_keeps_the_agreed_date_and_the_letter_advice() -> None:
    """de6: "Danke für Ihr Verständnis, Frau Lindner, bis Dienstag!" after the 11.12. was
    agreed turned it into the 08.12., and the letter check advised "bis zum 08.12.2026"."""
    runner = _runner("de-maler-berechtigter-einwand")
    result = runner.run(MALER, letter=MALER_LETTER)
    assert result["outcome"] == "compromise"
    assert result["agreed_terms"]["date"] == "2026-12-11", result["agreed_terms"]
    (date_part,) = [
        c for c in result["checks"] if c["id"] == "confirm_in_writing" and c.get("part") == "date"
    ]
    assert date_part["passed"], date_part
    assert "11.12.2026" in date_part["better"], date_part
    assert "11. Dezember 2026" in date_part["evidence"], date_part


def test_the_customer_s_payment_run_is_recorded_not_the_learner_s_date() -> None:
    """en7: asked for Friday the 11th, he answers "That'll be our next payment run, on 15
    December" and the scenario counts it as his promise: the 15th is what he committed to."""
    runner = _runner("en-logistics-approval")
    steps = runner.play(LOGISTICS)
    assert steps[-1].state == "run_confirmed", steps[-1].customer
    assert runner.session.call.agreed_terms == {"date": "2026-12-15", "amount": 3850.0}


def test_a_read_back_adds_no_whole_amount_beside_the_split() -> None:
    """en3: the read-back "£300 this week, £890 by 15 January" added "amount": 890."""
    result = _runner("en-cash-problems-cafe").run(CAFE)
    assert result["outcome"] == "down_payment_and_plan"
    assert result["agreed_terms"] == {"now": 300.0, "rest": 890.0, "rest_date": "2027-01-15"}
