"""Thirty-eighth session: what the outside audits V84-V87 (benchmarks/audits/) found — a check
passed on a 0.14 side reading, lateness said to recur heard as a neutral opener, brush-offs
heard as sympathy, unlawful pressure not named for what it was, and a debrief that gave "pay
by Friday" beside the waiver it asked for."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner
from trainer.understanding import load_recogniser
from trainer.understanding.context import apply_context
from trainer.understanding.pressure import pressure_kind, unlawful_pressure
from trainer.understanding.types import Context


def _heard(lang: str, line: str, **context: object) -> list[str]:
    recognition = load_recogniser(lang).recognise(line)
    return list(apply_context(recognition, Context(**context)).names)  # type: ignore[arg-type]


def _check(result: dict, check: str) -> dict:
    return next(c for c in result["checks"] if c["id"] == check)


def test_an_invented_fee_is_no_down_payment_and_is_named_as_a_fee() -> None:
    """V87 09: "There's also a £75 late-payment admin fee on there now." was the fee 0.90 and
    a down payment 0.14, and the debrief said "Asked for a down payment"."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(
        [
            "Hi Tom, Sam Whitfield from Whitfield Joinery.",
            "I'm calling about the open invoice for the counter.",
            "",
            "I need the whole £1,190 by Wednesday.",
            "There's also a £75 late-payment admin fee on there now.",
        ]
    )
    result = runner.session.finish()
    down = _check(result, "down_payment")
    assert down["passed"] is False, down
    threat = _check(result, "no_premature_threat")
    assert threat["critical"] and "invented fee" in threat["reason"], threat
    assert "court" not in threat["better"] and "invoice amount" in threat["better"]


def test_a_firm_reading_put_above_a_tentative_one_leaves_no_second_move() -> None:
    line = "There's also a £75 late-payment admin fee on there now."
    assert _heard("en", line, learner_turn=5) == ["threaten_legal"]


@pytest.mark.parametrize(
    ("found", "kind"),
    [
        ("Da kommt noch eine Bearbeitungsgebühr von 40 Euro drauf.", "fee"),
        ("Sonst melden wir Sie bei der Schufa.", "credit"),
        ("Das ist Betrug, ich zeige Sie an.", "criminal"),
        ("We'll send the bailiffs round.", "seizure"),
        ("I'll have a word with your landlord about what you owe.", "third"),
    ],
)
def test_the_kind_of_unlawful_pressure_is_named(found: str, kind: str) -> None:
    lang = "en" if found.startswith(("We", "I'll")) else "de"
    needle = unlawful_pressure(found, lang)
    assert needle is not None and pressure_kind(needle) == kind


@pytest.mark.parametrize(
    "line",
    [
        # V85 09 and its probe p1: the neutral opener 0.92 / 0.98, strategy 1 passed
        "So I'm just calling 'cause, bless your heart, that invoice CWS-118 is three weeks late "
        "again.",
        "So I'm just calling 'cause that invoice CWS-118 is three weeks late again.",
        "Hi, it's about invoice 2231, which is overdue again.",
    ],
)
def test_lateness_said_to_recur_is_a_reproach(line: str) -> None:
    heard = _heard("en", line, learner_turn=1)
    assert "accusatory_opener" in heard and "neutral_opener_open_invoice" not in heard, heard


@pytest.mark.parametrize(
    "line",
    ["Calling again about invoice 118.", "I'm calling about the invoice again, it's still open."],
)
def test_calling_again_is_no_reproach(line: str) -> None:
    heard = _heard("en", line, learner_turn=1)
    assert "neutral_opener_open_invoice" in heard and "accusatory_opener" not in heard, heard


def test_the_late_again_opener_fails_the_opening() -> None:
    result = _played("en-web-studio-unjustified", "V85", "p1_09_late_again.txt")
    failed = _failed(result)
    assert "no_accusation" in failed and "strategy" in failed, sorted(failed)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V85 07: empathy 1.00, and the hurt customer calmed down
        ("en", "Yeah yeah, I hear you. Asap so."),
        ("de", "Jaja, schon klar. Zahlen Sie einfach bis Freitag."),
        # V85 03, Saxon: empathy 0.82
        ("de", "Das Wasser? Das is ni unser Problem, gugge Se mal in Ihren verstopften Hofablauf."),
    ],
)
def test_a_brush_off_is_no_sympathy(lang: str, line: str) -> None:
    assert "empathise" not in _heard(lang, line, learner_turn=4, objection_raised=True)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Yeah, I hear you, that's a rough week."),
        ("de", "Ja, ja, das verstehe ich gut, das war eine harte Woche."),
    ],
)
def test_a_plain_yes_with_understanding_keeps_the_sympathy(lang: str, line: str) -> None:
    assert "empathise" in _heard(lang, line, learner_turn=4, objection_raised=True)


def test_what_he_should_have_thought_of_is_a_reproach() -> None:
    """V87 09: "Well I'm sorry, but y'all shoulda thought about that before orderin' a brand
    new counter." was empathy 0.92."""
    line = "Well I'm sorry, but y'all shoulda thought about that before orderin' a new counter."
    heard = _heard("en", line, learner_turn=3)
    assert "accusatory_opener" in heard and "empathise" not in heard, heard


def test_after_a_refusal_the_better_move_is_the_step_that_was_due() -> None:
    """V87 12: the outcome's better move was "Could you transfer the £180.00 by Friday …?"
    beside next_step's waiver."""
    result = _played("en-handyman-waive", "V87", "12_indian_handyman.txt")
    outcome, step = _check(result, "outcome"), _check(result, "next_step")
    assert not outcome["passed"] and not step["passed"]
    assert outcome["better"] == step["better"] and "write the invoice off" in outcome["better"]


def test_for_your_information_is_condescension() -> None:
    """V86 12: "… but for your information the invoice should have been settled already …"
    was the neutral opener 0.85 and empathy 0.67; no_accusation passed."""
    line = (
        "I do apologize, ma'am, but for your information the invoice should have been settled "
        "already since it was due last month."
    )
    heard = _heard("en", line, learner_turn=1)
    assert "accusatory_opener" in heard and "empathise" not in heard, heard


def test_a_threat_after_he_agreed_holds_the_tier_to_bronze() -> None:
    """V86 06: a lawyer threat right after "Bis zum 18.12.2026 ist das Geld bei Ihnen."
    kept 87 silver."""
    result = _played("de-hausverwaltung-rechtsweg", "V86", "06_russisch_hausverwaltung.txt")
    threat = _check(result, "no_premature_threat")
    assert not threat["passed"] and "schon zugesagt" in threat["reason"], threat
    assert result["passed"] and result["tier"] == "bronze", (result["score"], result["tier"])


def test_the_first_payment_keeps_its_own_day() -> None:
    """V85 08: "Could you manage a first payment now, say £850 by this Friday, the 11th …?"
    was answered "£850.00 up front and the rest by 11 December 2026?"."""
    runner = _runner("en-chippy-instalments")
    line = (
        "Could you manage a first payment now, say £850 by this Friday, the 11th, as a sign of "
        "good will?"
    )
    runner.play(
        [
            "Hi Dave, it's Fiona Walsh from Walsh Plumbing & Heating.",
            "I'm calling about the open invoice WPH-3310.",
            "",
            "I hear you, it's a rough winter for everyone.",
            line,
        ]
    )
    turns = runner.session.call.turns
    at = next(i for i, t in enumerate(turns) if t.text == line)
    reply = next(t.text for t in turns[at + 1 :] if t.speaker == "customer")
    assert "£850.00 up front" in reply and "the rest by" not in reply, reply


def test_a_resent_invoice_and_soon_is_heard_as_the_resend() -> None:
    """V84 02: "… dann schick ich Ihnen die heute noch mal per Mail. Können Sie dann bald
    überweisen?" got "Schicken Sie sie mir noch einmal?", and the plain date question after it
    "Das habe ich jetzt nicht ganz verstanden."."""
    result = _played("de-erstkunde-rechnung-verloren", "V84", "02_mainz_erstkunde.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert not any("Schicken Sie sie mir noch einmal" in s for s in said), said
    assert not any("nicht ganz verstanden" in s for s in said), said
    assert result["outcome"] == "promise_to_pay"


def test_a_letter_promising_a_payment_run_nobody_agreed_is_named() -> None:
    """V86 11: "As agreed it will be included in your next payment run." after "I won't put
    a date on the file" got no comment."""
    result = _played("en-logistics-approval", "V86", "11_nairobi_logistics.txt", "11_letter.txt")
    letter = [c for c in result["checks"] if c["id"] == "confirm_in_writing"]
    assert letter and not letter[0]["passed"], letter
    assert "never gave" in letter[0]["reason"], letter[0]


def test_a_letter_that_only_sends_the_invoice_claims_nothing() -> None:
    from trainer.scoring.letter import _PROMISED_PAYMENT

    assert _PROMISED_PAYMENT.search("As agreed, I'm sending you the invoice again.") is None
    assert _PROMISED_PAYMENT.search("Wie vereinbart überweisen Sie bis Freitag.") is not None


def test_a_letter_setting_out_terms_as_discussed_after_no_agreement_is_named() -> None:
    """V84 05: "Wie besprochen begleichen Sie die Rechnung … wie folgt: Anzahlung …" sent for
    his signature after a call that ended without agreement got no comment."""
    result = _played("de-werkstatt-ueberraschung", "V84", "05_bern_werkstatt.txt", "05_letter.txt")
    letter = [c for c in result["checks"] if c["id"] == "confirm_in_writing"]
    assert result["outcome"] != "promise_to_pay"
    assert letter and not letter[0]["passed"] and "nicht gegeben" in letter[0]["reason"], letter


def test_mailing_the_order_number_is_no_written_confirmation() -> None:
    """V87 02: "Und wenn ich Ihnen die Bestellnummer heute noch maile?" (the written
    confirmation 0.43) passed confirm_in_writing, and the call scored 100."""
    result = _played("de-behoerde-bestellnummer", "V87", "02_bielefeld_behoerde.txt")
    letter = _check(result, "confirm_in_writing")
    assert not letter["passed"] and "Nur die Rechnung" in letter["reason"], letter
    assert result["score"] < 100


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V82 12: the reason question 0.97 and blame 0.98 beside it
        ("de", "Guten Tag, Meier von Meier Bau. Haben Sie unsere Rechnung eigentlich bekommen?"),
        ("de", "Ist unsere Mahnung bei Ihnen eigentlich angekommen?"),
        ("en", "Did you actually get our reminder?"),
    ],
)
def test_asking_whether_it_arrived_is_no_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=1)
    assert "ask_reason" in heard and "accusatory_opener" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Haben Sie unsere Mahnungen eigentlich bekommen, oder ignorieren Sie die einfach?"),
        ("de", "Sie haben schon wieder nicht gezahlt. Haben Sie die Mahnung bekommen?"),
        ("de", "Warum haben Sie nicht bezahlt, haben Sie die Rechnung nicht bekommen?"),
    ],
)
def test_a_receipt_question_beside_a_reproach_stays_one(lang: str, line: str) -> None:
    assert "accusatory_opener" in _heard(lang, line, learner_turn=1)


def test_a_resend_and_a_day_before_she_says_it_is_missing_is_a_promise() -> None:
    """V79 05: "Ich schicke Ihnen die Rechnung heute nochmals per E-Mail, und Sie überweisen
    die 1.428 Euro bis Mittwoch, 16. Dezember. Geht das?" got "Schicken Sie sie mir noch
    einmal?"."""
    result = _played("de-erstkunde-rechnung-verloren", "V79", "05_solothurn_erstkunde.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert not any("Schicken Sie sie mir noch einmal" in s for s in said), said
    assert result["agreed_terms"] and result["agreed_terms"].get("date") == "2026-12-16"


def test_a_check_the_scenario_does_not_score_says_why() -> None:
    """V85 08, V87 07: "down_payment … Asked for a down payment. (not scored in this
    scenario)" with the chippy owner — the trainers asked why the article's move is worth
    nothing here."""
    result = _played("en-chippy-instalments", "V87", "07_scouse_chippy.txt")
    down = _check(result, "down_payment")
    assert "not scored in this scenario: Dave has nothing to pay up front" in down["reason"]


def test_a_reason_for_a_scored_check_is_named(write_yaml) -> None:
    from tests.core.minimal import MINIMAL
    from tests.core.test_scenario_loading import findings_for

    text = MINIMAL + "rubric:\n  why: {pin_date: Er zahlt sowieso.}\n"
    msgs = findings_for(write_yaml, text)
    assert any("'why' for check 'pin_date', which this scenario scores" in m for m in msgs), msgs


# --- the second round of audits, V88-V91 (at 6d1c805) ---


@pytest.mark.parametrize(
    ("lang", "line", "objection"),
    [
        # V90 05: empathy 1.00, 100 gold
        (
            "de",
            "Es tut mir ja leid, dass Sie den Ablauf nie haben reinigen lassen, aber dafür kann "
            "ich wirklich nichts.",
            True,
        ),
        # V89 12: empathy 0.94, "Thanks for being patient."
        (
            "en",
            "I am sorry oo, but your department is really disorganised, we sent the reminder two "
            "weeks ago already.",
            False,
        ),
        # V89 p6: a rebuttal 0.88 and "Sachlicher Einstieg ohne Vorwurf"
        (
            "de",
            "Entschuldigen S' vielmals, aber wenn S' des Abnahmeprotokoll ned g'lesen haben, is "
            "des ned mei Problem.",
            True,
        ),
        # V89 02: the neutral opener and the reason question
        (
            "de",
            "Ich rufe wegen der noch offenen Rechnung an – haben Sie die etwa nicht bekommen? Die "
            "war doch schon im November fällig.",
            False,
        ),
    ],
)
def test_blame_behind_politeness_is_blame(lang: str, line: str, objection: bool) -> None:
    heard = _heard(lang, line, learner_turn=3, objection_raised=objection)
    assert "accusatory_opener" in heard and "empathise" not in heard, heard


def test_sorry_he_never_got_it_is_sympathy() -> None:
    line = "Es tut mir leid, dass Sie nie eine Rechnung bekommen haben."
    heard = _heard("de", line, learner_turn=3, objection_raised=True)
    assert "empathise" in heard and "accusatory_opener" not in heard, heard


def test_an_ultimatum_after_the_refusal_is_no_premature_threat_but_is_named() -> None:
    """V88 08: "No threat in the whole call" beside a line shown as a threat. Since V113 11 the
    ultimatum costs half the check (tests/scenarios/test_customer_v41.py): in time, not calm."""
    result = _played("en-handyman-waive", "V88", "08_leeds_handyman.txt")
    parts = [c for c in result["checks"] if c["id"] == "no_premature_threat"]
    timing = next(c for c in parts if c["passed"])
    tone = next(c for c in parts if not c["passed"])
    assert "ultimatum" in tone["reason"] and "after the refusal" in timing["reason"], parts
    assert "small claims court" in tone["evidence"]


def test_court_announced_after_he_agreed_holds_the_tier_to_bronze() -> None:
    """V91 06: "Dann werde ich das gerichtliche Mahnverfahren beantragen" after "Bis zum
    18.12.2026 ist das Geld bei Ihnen.", 80 silver."""
    result = _played("de-hausverwaltung-rechtsweg", "V91", "06_spanisch_hausverwaltung.txt")
    threat = _check(result, "no_premature_threat")
    assert not threat["passed"] and "schon zugesagt" in threat["reason"], threat
    assert result["tier"] in ("bronze", None)


def test_a_plan_that_asks_more_than_the_invoice_fails() -> None:
    """V90 06: 300 € now and a rest of 1.656,40 € on 1.865,40 € — 91 € too much, 87 bronze."""
    result = _played("de-werkstatt-ueberraschung", "V90", "06_viet_werkstatt.txt", "06_letter.txt")
    outcome = _check(result, "outcome")
    assert not outcome["passed"] and "91,00 € mehr" in outcome["reason"], outcome
    assert not result["passed"]


def test_a_figure_taken_back_and_a_hedged_day_make_no_promise() -> None:
    """V88 06: "Und die Rest, also 1.356,40 – nein, Entschuldigung, 1.365,40 Euro – dann
    Anfang Januar ungefähr, wenn es geht." — the customer agreed to the 1.356,40 € by the
    1st of January."""
    result = _played("de-werkstatt-ueberraschung", "V88", "06_griechisch_werkstatt.txt")
    said = " ".join(t["text"] for t in result["turns"] if t["speaker"] == "customer")
    assert "1.356,40" not in said and "01.01.2027" not in said, said
    assert not result["passed"] and _check(result, "pin_date")["passed"] is False


def test_a_hedged_day_is_no_day_but_the_line_still_asks_for_one() -> None:
    import datetime as dt

    from trainer.understanding.facts import extract_facts, unhedged

    for line in ("Können Sie so um den 15. Dezember zahlen?", "by the 20th or so, yeah?"):
        facts = extract_facts(line, dt.date(2026, 12, 7))
        assert any(f.kind == "date" for f in facts) and not unhedged(line, facts), line
    heard = load_recogniser("en").recognise("Could you pay around the 15th?")
    assert "fix_payment_date" in heard.names and not heard.facts


def test_a_check_not_scored_offers_no_better_move() -> None:
    """V91 08: "(not scored in this scenario)" beside "Could you pay £700.00 today as a down
    payment?"."""
    result = _played("en-chippy-instalments", "V87", "07_scouse_chippy.txt")
    assert _check(result, "down_payment")["better"] == ""


def test_the_better_rest_is_not_the_rest_of_the_guides_down_payment() -> None:
    """V92 08: "£650 down … the rest, £2,110" and the better line "And the remaining
    £2,060.00" (the rest of the guide's own £700). Since the fortieth session (V104 07, V105
    11) a customer with nothing up front is shown the plan of the whole sum instead."""
    result = _played("en-chippy-instalments", "V92", "08_hull_chippy.txt", "08_letter.txt")
    better = _check(result, "date_for_rest")["better"]
    assert "£2,060.00" not in better and "£2,760.00" in better and "instalments" in better


# --- the third round, V92-V95 (at e5cfe97) ---


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V95 p3: empathy 0.87 beside the rebuttal, no_accusation passed
        (
            "de",
            "Also, es tut mir leid, dass Sie das Abnahmeprotokoll vom 2. Oktober offenbar nicht "
            "richtig gelesen haben – da steht ohne Vorbehalt Ihre Unterschrift drunter.",
        ),
        # V92 09: empathy 0.99
        (
            "en",
            "Look, I'm sorry you're in that spot, but honestly that's what happens when you don't "
            "budget for a fit-out. That's not on me.",
        ),
    ],
)
def test_more_blame_behind_an_apology(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert "accusatory_opener" in heard and "empathise" not in heard, heard


def test_early_january_is_no_day() -> None:
    """V95 06: "das machen wir dann Anfang Januar, ich rufe Sie nochmal an" became "bis zum
    01.01.2027" and the call passed 87."""
    result = _played("de-werkstatt-ueberraschung", "V95", "06_polnisch_werkstatt.txt")
    said = " ".join(t["text"] for t in result["turns"] if t["speaker"] == "customer")
    assert "01.01.2027" not in said and not result["passed"], said
    import datetime as dt

    from trainer.understanding.facts import extract_facts, unhedged

    for line in ("Bis Ende Dezember?", "by the end of December"):
        facts = extract_facts(line, dt.date(2026, 12, 7))
        assert unhedged(line, facts) == facts, line  # a month's end is a deadline


def test_what_about_ye_is_a_greeting_not_a_reason_question() -> None:
    """V93 07: "Hiya Claire, it's Priya Shah from Shah Print Studio. What about ye?" was the
    reason question 0.90; the customer apologised before the invoice was named."""
    line = "Hiya Claire, it's Priya Shah from Shah Print Studio. What about ye?"
    heard = _heard("en", line, learner_turn=0, opened=False)
    assert "greeting_identify" in heard and "ask_reason" not in heard, heard


def test_a_swiss_question_about_the_payment_run_is_heard() -> None:
    """V92 05: "Und wänn isch de nächschti Zahligslauf? Chunnt si dänn det grad mit?" was no
    move, the clerk "nicht ganz verstanden", and a good call failed (50)."""
    line = "Und wänn isch de nächschti Zahligslauf? Chunnt si dänn det grad mit?"
    assert "fix_payment_date" in _heard("de", line, learner_turn=5)
    result = _played("de-behoerde-bestellnummer", "V92", "05_stmoritz_behoerde.txt")
    assert result["passed"] is True, result["score"]


#: The needles of `pressure.UNLAWFUL` that name someone of the customer's, not a fee, an
#: entry, a crime or a seizure: the only ones whose kind is "third".
_THIRD_NEEDLES = {
    "ihren nachbarn", "ihrem arbeitgeber", "ihren arbeitgeber", "ihren kunden erzahl",
    "ihren kunden sag", "your neighbours", "your employer", "tell your customers",
}  # fmt: skip


def test_every_unlawful_needle_is_named_by_its_kind() -> None:
    """`pressure_kind` reads the kind from a second table; a needle added to `UNLAWFUL` alone
    would be named "telling third parties" whatever it is."""
    from trainer.understanding.pressure import UNLAWFUL

    for needles in UNLAWFUL.values():
        for needle in needles:
            kind = pressure_kind(needle)
            assert (kind == "third") == (needle in _THIRD_NEEDLES), (needle, kind)


def test_a_misspelt_check_under_why_is_named_with_the_likely_one(write_yaml) -> None:
    from tests.core.minimal import MINIMAL
    from tests.core.test_scenario_loading import findings_for

    msgs = findings_for(write_yaml, MINIMAL + "rubric:\n  why: {pin_dat: Er zahlt sowieso.}\n")
    assert any("unknown check 'pin_dat'" in m and "pin_date" in m for m in msgs), msgs
    assert not any("which this scenario scores" in m for m in msgs), msgs
