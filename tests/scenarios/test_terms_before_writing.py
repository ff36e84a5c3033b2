"""Terms and the promise to confirm them in writing, in one line before anything is agreed:
the customer answers the terms. "Gut, dann der volle Betrag bis zum 31. März, das bestätige
ich Ihnen per Mail." read as writing 0.99 and a date 0.93 got "Ja, genau, per Mail ist
prima." and the call ended with nothing agreed, while the same line with the 18th (the date
0.95, level with the writing once rounded) got her promise — a tenth of confidence decided
which half of the line she heard (thirty-third session, seen in the TUI). The trainer's order
decides, as for equal confidence: where the state lists the writing first (the authority whose
invoice lacked the order number takes "I'll send it again" with its date), the writing is
answered first. Once a promise is agreed, the writing is the news and is answered as before."""

from __future__ import annotations

from pathlib import Path

from tests.scoring.helpers import play
from trainer.scenario.loader import load_scenario

DE = Path(__file__).resolve().parents[2] / "scenarios" / "de"
SCENARIO = load_scenario(DE / "erstkunde-rechnung-verloren.yaml").scenario
AUTHORITY = load_scenario(DE / "behoerde-bestellnummer.yaml").scenario

TO_THE_RESEND = [
    ("Guten Tag Frau Albers, Lena Vogt von Vogt Grafikdesign.", ["greeting_identify"]),
    ("Ich rufe wegen unserer noch offenen Rechnung an.", ["neutral_opener_open_invoice"]),
    "",
    ("Ich schicke Ihnen die Rechnung gleich noch einmal.", ["rechnung_neu_schicken"]),
]
DATE_AND_MAIL = "Gut, dann der volle Betrag bis zum 11. Dezember, das bestätige ich Ihnen per Mail."


def test_the_date_is_heard_before_the_letter_about_it() -> None:
    step = (DATE_AND_MAIL, [("confirm_in_writing", 0.99), ("fix_payment_date", 0.93)],
            {"date": "2026-12-11"})  # fmt: skip
    call = play(SCENARIO, [*TO_THE_RESEND, step], persona="apologises")
    assert call.outcome == "promise_to_pay", [t.text for t in call.turns]
    assert call.agreed_terms.get("date") == "2026-12-11"


def test_a_promise_to_write_without_terms_keeps_its_answer() -> None:
    step = ("Das bestätige ich Ihnen dann per Mail.", [("confirm_in_writing", 0.99)])
    call = play(SCENARIO, [*TO_THE_RESEND, step], persona="apologises")
    assert call.outcome != "promise_to_pay"
    assert "per Mail ist prima" in call.turns[-2].text or "Mail" in call.turns[-2].text


def test_after_the_promise_the_letter_is_the_news() -> None:
    date = (
        "Können Sie bis zum 11. Dezember überweisen?", [("fix_payment_date", 0.99)],
        {"date": "2026-12-11"},
    )  # fmt: skip
    read_back = (DATE_AND_MAIL, [("confirm_in_writing", 0.99), ("summarise_agreement", 0.93)],
                 {"date": "2026-12-11"})  # fmt: skip
    call = play(SCENARIO, [*TO_THE_RESEND, date, read_back], persona="apologises")
    states = [t.state_after for t in call.turns if t.speaker == "customer"]
    assert "bestaetigt" in states, states


def test_where_the_trainer_routes_the_writing_first_it_is_answered_first() -> None:
    steps = [
        ("Guten Tag, Miriam Hoffmann von Hoffmann IT-Training.", ["greeting_identify"]),
        ("Ich rufe wegen der offenen Rechnung an.", ["neutral_opener_open_invoice"]),
        "",
        ("Ich schicke sie Ihnen heute mit der Bestellnummer, dann planen wir mit dem 10. Dezember.",
         [("confirm_in_writing", 0.99), ("fix_payment_date", 0.93)], {"date": "2026-12-10"}),
    ]  # fmt: skip
    call = play(AUTHORITY, steps, persona="apologises")
    answer = call.turns[-1] if call.turns[-1].speaker == "customer" else call.turns[-2]
    assert "BE-4471" in answer.text and "erst nennen" not in answer.text, answer.text
