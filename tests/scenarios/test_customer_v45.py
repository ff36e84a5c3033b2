"""Forty-fifth session: what the outside audits (benchmarks/audits/) found."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner
from tests.scenarios.test_customer_v41 import _customer
from tests.scenarios.test_customer_v43 import _heard

#: Up to the clerk's finding, in both twins (he has looked the invoice up in the silence).
CLERK_EN = [
    "Good morning Mr Jensen, Ruth Obi from Obi Catering.",
    "I'm calling about invoice GEC-5521, which is still open.",
    "",
]
CLERK_DE = [
    "Guten Tag, hier ist Jana Brück von Brück Grafik.",
    "Ich rufe wegen der offenen Rechnung an.",
    "",
]


# --- "what is missing" sent is the invoice re-sent ----------------------------------------------
def test_sending_what_is_missing_is_the_invoice_re_sent() -> None:
    """V149 11: "ok, i will send you what is missing today." was read as a down payment ("Paying
    some of it now? No, that's not the issue."); the invoice never counted as re-sent, the
    payment run the learner then pinned was "never agreed", and a right call failed with two
    criticals."""
    result = _played("en-logistics-approval", "V149", "11_mutare_logistics.txt", "11_letter.txt")
    said = _customer(result)
    assert "Paying some of it now? No, that's not the issue." not in said
    assert result["outcome"] == "promise_to_pay"
    failed = _failed(result)
    assert "outcome" not in failed and "confirm_in_writing" not in failed
    # the reproach in the call still costs
    assert "no_accusation" in failed


@pytest.mark.parametrize(
    ("sid", "opening", "line"),
    [
        (
            "en-logistics-approval",
            CLERK_EN,
            "Right, I'll send everything you need this afternoon.",
        ),
        (
            "de-behoerde-bestellnummer",
            CLERK_DE,
            "Gut, ich reiche das Fehlende heute nach.",
        ),
    ],
)
def test_the_missing_part_promised_moves_the_clerk_on(
    sid: str, opening: list[str], line: str
) -> None:
    """The same promise in other words, in both twins: the clerk takes it as the invoice
    re-sent (was small talk: "Mm, yes." / "Mhm, ja.")."""
    steps = _runner(sid).play([*opening, line])
    assert steps[-1].state in ("approved", "freigabe"), (steps[-1].state, steps[-1].customer)


@pytest.mark.parametrize(
    ("sid", "opening", "line"),
    [
        (
            "en-logistics-approval",
            CLERK_EN,
            "So what's missing from our side?",
        ),
        (
            "de-behoerde-bestellnummer",
            CLERK_DE,
            "Können Sie mir sagen, was fehlt?",
        ),
    ],
)
def test_asking_what_is_missing_is_no_promise(sid: str, opening: list[str], line: str) -> None:
    steps = _runner(sid).play([*opening, line])
    assert steps[-1].state in ("stuck", "haengt"), (steps[-1].state, steps[-1].customer)


# --- small claims is a court ----------------------------------------------------------------
def test_small_claims_held_over_a_regular_is_a_threat() -> None:
    """V153 p1: "If the £640 isn't with me by Friday the 11th of December, I'll take you to
    small claims, simple as." was a date (0.96), the florist said "Deal", and the call scored
    100 gold with "No threat in the whole call"."""
    result = _played("en-florist-forgot", "V153", "p1_threat_florist.txt", "07_letter.txt")
    assert result["passed"] is False
    threat = next(c for c in result["checks"] if c["id"] == "no_premature_threat")
    assert threat["passed"] is False and "Threatened" in threat["reason"]
    assert not any(line.startswith("Deal") for line in _customer(result))


def test_small_claims_after_a_refusal_is_the_calm_legal_route() -> None:
    heard = _heard("en", "Then I'll have to take it to small claims.", negotiation_failed=True)
    assert "announce_legal_route" in heard and "threaten_legal" not in heard, heard


def test_small_claims_named_in_an_ultimatum_in_the_handyman_call_is_a_threat() -> None:
    """V153 10: "If it's not sorted by the end of the week I'll take you to small claims,
    simple as." was a date (0.71), and the hang-up was put down to lines that went past him."""
    result = _played("en-handyman-waive", "V153", "10_gisborne_handyman.txt")
    failed = _failed(result)
    assert "Threatened" in failed["no_premature_threat"][0]["reason"]
    assert "threat" in failed["outcome"][0]["reason"]


# --- blame with a polite lead-in, and the reason asked as blame -----------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V154 02 (Berlin): empathy 0.95
        (
            "de",
            "Tut mir ja leid, aber wenn Se den Hofablauf nich sauber halten, kann ick da ooch "
            "nüscht für.",
        ),
        # V155 p5: empathy 0.45, "Danke, dass Sie das so locker sehen", 100 gold
        (
            "de",
            "Schon recht, aber ein kurzer Blick auf die offenen Posten vor dem Urlaub hätte ja "
            "gereicht.",
        ),
        # V155 10: empathy 0.89, 100 gold
        (
            "en",
            "I'm sorry if there's been confusion, but in fairness you postponed the booking "
            "form yourself, maybe your own email of the 12th of August slipped your mind.",
        ),
        # V153 p2: ask_reason 0.52, "Sachlicher Einstieg ohne Vorwurf", 83 silver
        (
            "de",
            "Ich rufe an wegen der Rechnung S-2026-0877, die ist immer noch nicht bezahlt, was "
            "ist denn da los?",
        ),
        # V153 08: ask_reason 0.94, "A factual opening without blame"
        (
            "en",
            "Oh, ya, so I'm calling about invoice GEC-5521 for £3,850, we sent you a reminder "
            "two weeks ago and it's still not paid, so what's going on there?",
        ),
    ],
)
def test_the_fourth_rounds_reproaches_are_heard(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert heard.get("accusatory_opener", 0.0) >= 0.4 and "empathise" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Das hätte auch gereicht, danke Ihnen."),
        ("de", "Kein Problem, eine kurze Mail hätte auch genügt."),
        ("de", "Ich rufe wegen der Rechnung an – ist da vielleicht etwas nicht in Ordnung?"),
        ("en", "That would have been enough, thanks."),
        (
            "en",
            "I'm calling about the invoice, it's still open – is there anything I can help with?",
        ),
    ],
)
def test_the_same_words_without_blame_stay_kind(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert "accusatory_opener" not in heard, heard


# --- the clerk remembers the invoice offered while he looked -------------------------------------
def test_the_clerk_remembers_the_invoice_offered_while_he_looked() -> None:
    """V153 06: the learner offered the invoice with the order number while he was looking; he
    said "Moment, gleich …", then forgot it, answered the payment-run question with "Einen
    Termin kann ich Ihnen erst nennen …" and closed "melden Sie sich, wenn Sie die
    Bestellnummer nachreichen können" — booked as the learner's call-back."""
    result = _played("de-behoerde-bestellnummer", "V153", "06_leipzig_behoerde.txt")
    said = _customer(result)
    assert result["outcome"] == "promise_to_pay"
    assert not any("melden Sie sich, wenn Sie die Bestellnummer" in line for line in said)
    assert any("Zahlungslauf ist am" in line for line in said)


def test_the_english_clerk_takes_up_the_invoice_offered_while_he_looked() -> None:
    steps = _runner("en-logistics-approval").play(
        [
            "Good morning Mr Jensen, Ruth Obi from Obi Catering.",
            "I am calling about invoice GEC-5521.",
            "I will resend the invoice with the PO number today.",
            "",
            "Can it go in your next payment run?",
        ]
    )
    assert "let me just see what's missing" in " ".join(steps[2].customer)
    assert steps[3].state == "approved"
    assert steps[4].state == "payment_run"


# --- a part "now, like £300 by Friday" is paid by Friday --------------------------------------
@pytest.mark.parametrize(
    ("audit", "script", "letter"),
    [
        ("V153", "12_arusha_cafe.txt", "12_letter.txt"),
        ("V152", "p1_cafe_no_pressure.txt", "08_letter.txt"),
    ],
)
def test_a_part_now_with_its_day_is_not_the_rest(audit: str, script: str, letter: str) -> None:
    """ "Can you pay small part now, like £300 by this Friday 11 December …?" and "£400 now, say
    by this Friday, December 11th": the café owner answered "I can't have the rest by 11
    December 2026, sorry" — the part's day taken for the rest's."""
    result = _played("en-cash-problems-cafe", audit, script, letter)
    said = _customer(result)
    assert not any("the rest by 11 December" in line for line in said)
    assert result["agreed_terms"]["now_date"] == "2026-12-11"


def test_a_wrong_sum_in_the_letter_is_charged_once() -> None:
    """V152 p1: the letter's £890 for the agreed £790 failed critically, and instalment_terms
    failed beside it with "The letter lacks: £790.00" though every payment was set out."""
    result = _played("en-cash-problems-cafe", "V152", "p1_cafe_no_pressure.txt", "08_letter.txt")
    failed = _failed(result)
    assert "confirm_in_writing" in failed and result["passed"] is False
    assert "instalment_terms" not in failed


# --- the better move after a reproach later in the call ---------------------------------------
def test_the_better_move_after_a_later_reproach_is_not_the_opener() -> None:
    """V152 12: after a reproach in the middle of the call, both no_accusation and the hang-up
    said "I'm calling about the open invoice …" — what the learner had said, rightly."""
    result = _played("en-handyman-waive", "V152", "12_wollongong_handyman.txt")
    for check in ("no_accusation", "outcome"):
        better = next(c["better"] for c in result["checks"] if c["id"] == check)
        assert "open invoice" not in better and "What exactly" in better, (check, better)


def test_a_reproach_in_the_opening_keeps_the_openers_better_line() -> None:
    result = _played("de-behoerde-bestellnummer", "V153", "06_leipzig_behoerde.txt")
    better = next(c["better"] for c in result["checks"] if c["id"] == "no_accusation")
    assert "offenen Rechnung" in better


# --- his day read back as a sooner one ---------------------------------------------------------
@pytest.mark.parametrize(
    ("sid", "audit", "script", "words"),
    [
        (
            "de-erstkunde-rechnung-verloren",
            "V148",
            "p5_kasachstan_asap.txt",
            "ich meinte den 18.12.2026",
        ),
        ("en-florist-forgot", "V153", "p4_asap_florist.txt", "I meant 18 December 2026"),
    ],
)
def test_his_day_read_back_as_a_sooner_one_is_held_to(
    sid: str, audit: str, script: str, words: str
) -> None:
    """V148 p5, V153 p4: "Sagen wir bis Ende nächster Woche?" — "Gut, dann habe ich notiert:
    1.428,00 € bis Freitag, 11.12." got "Gut, dann überweise ich bis zum 11.12.2026.
    Versprochen." and 100 gold: a day he never offered, read back as if agreed."""
    result = _played(sid, audit, script)
    assert any(words in line for line in _customer(result))
    assert result["tier"] != "gold"


def test_a_sooner_day_asked_for_is_the_scenarios_to_answer() -> None:
    steps = _runner("de-erstkunde-rechnung-verloren").play(
        [
            "Guten Tag Frau Albers, hier ist Lena Vogt von Vogt Grafikdesign.",
            "Ich rufe wegen der noch offenen Rechnung an.",
            "",
            "Kein Problem, ich schicke Ihnen die Rechnung heute noch einmal per E-Mail.",
            "Bis wann können Sie das überweisen?",
            "Ginge es auch schon bis Freitag, den 11. Dezember?",
        ]
    )
    said = " ".join(steps[-1].customer)
    assert "ich meinte" not in said, said


# --- a dialect introduction names the caller --------------------------------------------------
def test_a_tyrolean_introduction_names_the_caller() -> None:
    """V155 03: "Griaß Gott Frau Lindner, do isch die Sabine Raich vom Malerbetrieb Krause." —
    "Die Firma genannt, aber nicht Ihren eigenen Namen"."""
    result = _played("de-maler-berechtigter-einwand", "V155", "03_imst_maler.txt")
    assert "identify" not in _failed(result)


# --- a debt collector's mark on his record ------------------------------------------------------
def test_a_debt_collector_on_his_record_is_a_credit_threat() -> None:
    """V152 p2: "… hand this over to a debt collector, mate, nobody wants that on their
    record." was a legal threat of weight 2; GUIDE §5 names a credit entry as unlawful."""
    result = _played("en-handyman-waive", "V152", "p2_handyman_threat_first.txt")
    threat = _failed(result)["no_premature_threat"][0]
    assert threat.get("critical") is True and "credit" in threat["reason"]


# --- second round (V156-V159, at 96c604e) -----------------------------------------------------
def test_a_monthly_span_with_a_last_payment_is_the_plan_he_agreed() -> None:
    """V157 08r: "Alright, no lump sum then. How about monthly: £500 on the 15th of each month
    from 15 January to 15 May, and the last £260 on 15 June?" — "That I can do" — then the
    right read-back was "corrected" with the £1,000 he had refused ("No, not quite: £1,000.00
    by 11 December …"), and the call failed critically."""
    result = _played("en-chippy-instalments", "V157", "08r_bangor_chippy.txt", "08r_letter.txt")
    said = _customer(result)
    assert not any(line.startswith("No, not quite") for line in said)
    assert result["agreed_terms"]["parts"] == [500.0] * 5 + [260.0]
    assert result["passed"] is True


@pytest.mark.parametrize(
    ("lang", "line", "blame"),
    [
        # V158 11 and p1: the reason question, "A factual opening without blame"
        (
            "en",
            "our system shows invoice GEC-5521 for £3,850 is 27 days overdue, can you tell me "
            "why it hasn't been paid?",
            True,
        ),
        (
            "en",
            "our system shows invoice GEC-5521 for £3,850 is 27 days overdue, can you tell me "
            "why you haven't paid it?",
            True,
        ),
        ("en", "Why hasn't it been settled, is it waiting on a signature?", False),
        ("en", "Could you tell me why the invoice hasn't been approved yet?", False),
        # V158 12: a reproach 0.61, and the customer refused the free re-fix after it
        (
            "en",
            "When I left they were firm and level, but I will not argue with you on this.",
            False,
        ),
        # V157 02 and p4: a reproach 0.42 / 0.65, "In diesem Ton bespreche ich das nicht"
        ("de", "Die muss ick erstmal – also, die hab ick jetzt nich zur hand.", False),
        ("de", "Die muss ich erst mal – also, die habe ich gerade nicht zur Hand.", False),
        ("de", "Sie haben die Rechnung wohl nicht zur Hand, typisch.", True),
    ],
)
def test_the_second_rounds_blame_and_no_blame(lang: str, line: str, blame: bool) -> None:
    heard = _heard(lang, line, learner_turn=2, objection_raised=True)
    assert ("accusatory_opener" in heard) is blame, heard


def test_an_invented_handling_fee_is_unlawful() -> None:
    """V158 09: "I'd hate to have to add our £150 late-handling fee or pass this to a
    collection agency" was a legal threat of weight 2, the fee never named."""
    from trainer.understanding.pressure import pressure_kind, unlawful_pressure

    found = unlawful_pressure(
        "I'd hate to have to add our £150 late-handling fee or pass this to a collection agency.",
        "en",
    )
    assert found is not None and pressure_kind(found) == "fee"
    assert unlawful_pressure("There is no handling fee for paying in instalments.", "en") is None


def test_the_argument_given_up_keeps_the_handyman_talking() -> None:
    """V158 12: the conciliatory line read as a reproach; the customer refused the free
    re-fix, and a call its auditor passed at 60-80 failed at 43."""
    result = _played("en-handyman-waive", "V158", "12_nyeri_handyman.txt")
    assert "no_accusation" not in _failed(result)
    assert result["passed"] is True


def test_ok_and_a_call_back_is_no_yes_to_his_payment_run() -> None:
    """V159 05: "ok. ich ruf sie dann nächste woche nochmal an ob das geklappt hat" after his
    payment run was taken as the promise ("Richtig, am 10. Dezember geht das Geld raus"), 93
    silver for a learner who never asked for the day."""
    result = _played("de-behoerde-bestellnummer", "V159", "05_essen_behoerde.txt")
    assert result["outcome"] != "promise_to_pay"
    assert result["passed"] is False


@pytest.mark.parametrize(
    ("line", "writing"),
    [
        # V157 06: "Schriftliche Bestätigung angekündigt" for noting the terms down
        ("Gut. Ich schreibe auf: 1.428 Euro bis 16. Dezember.", False),
        ("Gut, ich schreib mir das auf: 1.428 Euro bis zum 16.", False),
        ("Ich schreibe Ihnen das auf und schicke es per Mail.", True),
    ],
)
def test_noting_the_terms_down_is_no_written_confirmation(line: str, writing: bool) -> None:
    heard = _heard("de", line, learner_turn=6)
    assert ("confirm_in_writing" in heard) is writing, heard


def test_a_sum_a_month_over_a_span_is_no_down_payment() -> None:
    """Seen in tmux: "So that's £500 a month from 15 January to 15 May, then £260 on 15 June."
    got "The £500.00 up front — I told you, Fiona, I haven't got it." — he had refused £1,000,
    and no £500 was asked up front."""
    steps = _runner("en-chippy-instalments").play(
        [
            "Hi Dave, Fiona Walsh from Walsh Plumbing.",
            "I'd like to sort out with you how we bring down what's outstanding. I've got a "
            "suggestion.",
            "",
            "Could you pay £1,000 as a first payment by Friday?",
            "Alright, no lump sum then. How about monthly: £500 on the 15th of each month from "
            "15 January to 15 May, and the last £260 on 15 June?",
            "So that's £500 a month from 15 January to 15 May, then £260 on 15 June.",
        ]
    )
    said = " ".join(line for step in steps[-2:] for line in step.customer)
    assert "£500.00 up front" not in said, said


# --- third round (V160-V163, at 21e838a) ------------------------------------------------------
def test_monthly_without_terms_is_no_plan_and_the_whole_sum_in_parts_drops_the_refused_part() -> (
    None
):
    """V163 08r: after "£300.00 up front? I haven't got £300.00 spare", "Let's do it monthly,
    then." (no sum, no day) was agreed as the plan with the refused £300 recorded as the deal
    ("£2,460 by 7 December"), and "So the £2,760 in three instalments: £1,000 on 15 January,
    £1,000 on 15 February and … £760 on 15 March" was read as three of £760 — 59, failed."""
    result = _played("en-chippy-instalments", "V163", "08r_newry_chippy.txt", "08r_letter.txt")
    said = _customer(result)
    assert any("Instalments could work. How much, and when?" in s for s in said), said
    assert result["agreed_terms"]["parts"] == [1000.0, 1000.0, 760.0]
    assert not result["agreed_terms"].get("now")
    assert result["passed"] is True
