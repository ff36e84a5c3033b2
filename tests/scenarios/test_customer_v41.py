"""Forty-first session: what the outside audits V110 and V112-V115 (benchmarks/audits/) found
— money taken off after the promise refused by the customer, a plan "on the last day of
January, February and March" without a day, a refused down payment kept in the plan the learner
dropped it from, surname-and-firm not counted as a name, blame behind "sorry you feel that way"
and in an impersonal "hätte man sehen müssen" unheard, an ultimatum scored as a calm
announcement, thanks for "understanding" that pressed or threatened, "asap" not heard as the
vague ask it is, and instalments turned down heard as offered."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner, _script
from trainer.scoring.opening import identified
from trainer.simulation.terms import read_offer
from trainer.understanding import load_recogniser
from trainer.understanding.context import apply_context
from trainer.understanding.facts import extract_facts
from trainer.understanding.types import Context

DAY = dt.date(2026, 12, 7)


def _heard(lang: str, line: str, **context: object) -> dict[str, float]:
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    applied = apply_context(recognition, Context(**context))  # type: ignore[arg-type]
    return {h.intent: h.confidence for h in applied.intents}


def _check(result: dict[str, Any], check: str) -> list[dict[str, Any]]:
    return [c for c in result["checks"] if c["id"] == check]


def _customer(result: dict[str, Any]) -> list[str]:
    return [t["text"] for t in result["turns"] if t["speaker"] == "customer"]


def _play(sid: str, lines: list[str]) -> dict[str, Any]:
    runner = _runner(sid)
    runner.play(lines)
    return runner.session.finish()


# --- money off after his promise ------------------------------------------------------------------
def test_a_reduction_offered_after_the_promise_is_taken_not_refused() -> None:
    """V110 03: after "bis zum 10.12. ist das Geld bei Ihnen", "Und für den Ärger ziehe ich
    Ihnen 10 Prozent ab, also 357 Euro – dann bleiben 3.213 Euro." got "Nein, nicht ganz:
    3.570,00 € bis zum 10.12.2026", the later day for the reduced sum was refused and the right
    read-back corrected; the debrief said the learner read back terms she had not agreed."""
    result = _played(
        "de-maler-berechtigter-einwand", "V110", "03_halle_maler_kompromiss.txt", "03_letter.txt"
    )
    said = _customer(result)
    assert not any(s.startswith(("Nein, nicht ganz", "Hm, lassen wir")) for s in said), said
    assert any("3.213,00 €" in s for s in said)
    assert result["passed"] and "confirm_in_writing" not in _failed(result)
    assert result["tier"] == "gold"


FLORIST = [
    "Hi, it's Priya from Sharp Print Studio.",
    "I'm calling about the open invoice SPS-2291.",
    "",
    "No worries at all. Could you pay the £640 by Friday the 11th?",
    "Lovely. And as a thank-you for being such a good customer, I'll knock 5% off, so £608.",
]


def test_a_discount_after_the_promise_becomes_the_sum_he_pays() -> None:
    result = _play("en-florist-forgot", [*FLORIST, "So that's £608 by Friday 11 December."])
    said = _customer(result)
    assert "£608.00 by 11 December 2026" in said[-2]
    assert said[-1].startswith("Yes")
    assert result["agreed_terms"]["amount"] == 608.0


def test_a_wrong_sum_read_back_with_the_same_discount_is_still_corrected() -> None:
    """The guard: the 5 % said again with a sum below the one it gives is a wrong read-back,
    not a further gift."""
    result = _play(
        "en-florist-forgot", [*FLORIST, "So that is 5% off, £580 by Friday 11 December."]
    )
    assert _customer(result)[-1] == "No, not quite: £608.00 by 11 December 2026."


# --- plans with a day per month -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "days"),
    [
        (
            "And the rest, £2,260, in three monthly instalments of about £753, on the last day "
            "of January, February and March?",
            ["2027-01-31", "2027-02-28", "2027-03-31"],
        ),
        ("end of January, February and March", ["2027-01-31", "2027-02-28", "2027-03-31"]),
        ("Ende Januar, Februar und März je 500 Euro", ["2027-01-31", "2027-02-28", "2027-03-31"]),
        ("Mitte Januar, Februar und März", ["2027-01-15", "2027-02-15", "2027-03-15"]),
        ("am letzten Werktag im Januar", ["2027-01-29"]),
    ],
)
def test_a_part_of_each_month_listed_is_a_day_in_each(line: str, days: list[str]) -> None:
    """V113 08: "on the last day of January, February and March" named no day; the plan failed
    "without a single date" and the right letter was told to name one lump sum."""
    assert [f.value for f in extract_facts(line, DAY) if f.kind == "date"] == days


def test_a_part_of_a_past_month_is_still_no_payment_day() -> None:
    assert not [f for f in extract_facts("seit Ende November fällig", DAY) if f.kind == "date"]


def test_the_plan_on_month_ends_is_heard_and_the_refused_down_payment_held_to() -> None:
    """V113 08: Dave, who has nothing up front, said "Right. That I can do." to the rest of a
    £500 down payment he had just refused; with the plan's days read he holds to his refusal,
    as the scenario's own guard (`offer.now`) asks."""
    result = _played("en-chippy-instalments", "V113", "08_capetown_chippy.txt", "08_letter.txt")
    said = _customer(result)
    assert any(s.startswith("3 times £753.00 — and the £500.00 up front?") for s in said), said
    assert not result["passed"]


def test_a_down_payment_let_go_leaves_the_plan() -> None:
    """V115 07r: "Okay, fair enough, no down payment then. Let's put the whole £2,760 into monthly
    instalments: £700 on 8 January, …" — the refused £700 stayed in the agreed terms, and the
    right countersigned letter "lacked 11 December 2026"."""
    result = _played("en-chippy-instalments", "V115", "07r_liverpool_chippy.txt", "07r_letter.txt")
    terms = result["agreed_terms"]
    assert "now" not in terms and "now_date" not in terms
    assert terms["count"] == 4 and terms["parts"] == [700.0, 700.0, 700.0, 660.0]
    assert not _failed(result), _failed(result)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "de",
            "Gut, dann ohne Anzahlung: Wie wäre es mit 500 Euro am 15. Januar, 500 Euro am 15. "
            "Februar und den letzten 400 Euro am 15. März?",
        ),
        (
            "en",
            "Fair enough, no down payment then: £500 on 15 January, £500 on 15 February and the "
            "last £400 on 15 March.",
        ),
    ],
)
def test_the_down_payment_let_go_in_so_many_words_leaves_the_table(lang: str, line: str) -> None:
    """The plan's first part as large as the refused down payment was read as that payment said
    again, and the plan lost its parts (V115 07r)."""
    table = {"now": 500.0, "now_date": "2026-12-11", "rest": 900.0}
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    terms = read_offer(recognition, lang, table, DAY, total=1400.0, invoice=1400.0).terms
    assert terms["now"] is None and terms["now_date"] is None and terms["rest"] is None
    assert terms["parts"] == [500.0, 500.0, 400.0]


# --- who is calling -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Moin. Brandt, Garten- und Landschaftsbau.",
        "Guten Tag, Brandt, Garten- und Landschaftsbau.",
    ],
)
def test_the_surname_after_a_greeting_and_before_the_firm_is_a_name(line: str) -> None:
    """V113 03: "Moin. Brandt, Garten- und Landschaftsbau." failed identify, with a line about
    the drain as its evidence."""
    assert identified(line, "Jana Brandt", "Brandt Garten- und Landschaftsbau") == (True, True)


def test_the_customers_name_after_a_greeting_is_not_the_callers() -> None:
    assert identified(
        "Hallo, Kessler, hier ist Garten- und Landschaftsbau.",
        "Jana Brandt",
        "Brandt Garten- und Landschaftsbau",
    ) == (False, True)


# --- blame ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "Sorry you feel that way, but to be honest they were rock solid when I left, maybe "
            "something heavy's been put on them since.",
        ),
        ("en", "Well I'm sorry you feel that way, but they were proper solid when I left."),
        (
            "de",
            "Aha. Die Bestellnummer stand allerdings schon in unserer Auftragsbestätigung, das "
            "hätte man bei Ihnen eigentlich sehen müssen.",
        ),
        (
            "de",
            "Jo eh, aber die Rechnung KFZ-2026-1903 is seit drei Wochen fällig, des geht so nit.",
        ),
        (
            "en",
            "So, I'm calling about invoice LHS-077 – I'm sure it just slipped your mind, but "
            "it's been like a month, right?",
        ),
    ],
)
def test_blame_with_a_veneer_or_a_fact_is_heard(lang: str, line: str) -> None:
    """V112 11, V114 11 (and V99 probe 6): the non-apology with a rebuttal after it; V114 04:
    what his side "should have seen"; V115 03 and 12: "des geht so nit", and the weeks held up
    after "I'm sure it slipped your mind" — each read without blame, no_accusation passed."""
    assert (
        _heard(lang, line, learner_turn=4, objection_raised=True).get("accusatory_opener", 0.0)
        >= 0.4
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "I'm sorry you feel that way, but let's find a fix: I'll come back Tuesday and "
            "re-fix them.",
        ),
        ("de", "Hätte man das nicht früher sehen können?"),
        ("de", "Das geht so nicht weiter mit den Regalen, ich komme vorbei."),
        ("en", "I know it slipped your mind, no worries."),
    ],
)
def test_the_same_words_without_the_reproach_blame_nobody(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) < 0.4 or "?" in line, heard


def test_the_impersonal_question_stays_a_question() -> None:
    """The guard: only the statement is a reproach (`(?![^.!?]*\\?)`)."""
    heard = _heard("de", "Das hätte man bei Ihnen sehen können, oder?", learner_turn=4)
    assert heard.get("accusatory_opener", 0.0) < 0.4


# --- legal steps ----------------------------------------------------------------------------------
def test_an_ultimatum_after_the_refusal_costs_half_the_check() -> None:
    """V113 11: "if it's not in by Friday, I'll be taking you to the small claims court, simple
    as" passed no_premature_threat with the text "said as an ultimatum it is a threat", and
    scored the same 44 as the calm announcement of probe 2."""
    ultimatum = _played("en-handyman-waive", "V113", "11_yorkshire_handyman.txt")
    calm = _played("en-handyman-waive", "V113", "p2_calm_announcement.txt")
    parts = {c["passed"] for c in _check(ultimatum, "no_premature_threat")}
    assert parts == {True, False}
    assert ultimatum["score"] < calm["score"]


def test_the_legal_step_made_the_price_of_not_paying_is_a_threat_before_any_refusal() -> None:
    """V112 probe 6: "If this is not settled this week, I will have to hand it to our solicitor."
    right after the objection was the legal route 0.98; the customer did not react and the call
    kept 80 silver."""
    heard = _heard(
        "en",
        "If this is not settled this week, I will have to hand it to our solicitor.",
        learner_turn=4,
        objection_raised=True,
    )
    assert "threaten_legal" in heard and "announce_legal_route" not in heard
    result = _played("en-web-studio-unjustified", "V112", "p6_lagos_solicitor.txt", "08_letter.txt")
    assert not result["passed"]


def test_the_same_step_after_his_refusal_stays_an_announcement() -> None:
    heard = _heard(
        "en",
        "If we can't agree today, I'll have to take the legal route – I have the paperwork.",
        learner_turn=6,
        objection_raised=True,
        negotiation_failed=True,
    )
    assert "announce_legal_route" in heard


# --- what he says ---------------------------------------------------------------------------------
def test_no_thanks_for_understanding_that_presses_or_threatens() -> None:
    """V112 04: "Ich verstehe Ihr Anliegen. Dennoch ist die Rechnung seit dem 30. Oktober
    fällig." got "Danke für Ihr Verständnis."; V115 05: "Danke für Ihr Verständnis. Dann sehen
    wir uns eben vor Gericht." to the calm announcement with "Ich verstehe …" before it."""
    pressed = _customer(
        _played("de-hausverwaltung-rechtsweg", "V112", "04_berlin_hausverwaltung.txt")
    )
    assert not any(s.startswith("Danke für Ihr Verständnis") for s in pressed), pressed
    court = _customer(
        _played("de-hausverwaltung-rechtsweg", "V115", "05_eifel_hausverwaltung.txt", one_fact=True)
    )
    assert any("Gericht" in s for s in court)
    assert not any("Gericht" in s and "Verständnis" in s for s in court), court
    # the thanks for empathy with a question stays ("Dat tut mir leid mit dem Wasser. Wo genau …")
    assert any(s.startswith("Danke für Ihr Verständnis") for s in court)


def test_the_threat_reply_names_no_step_the_learner_never_named() -> None:
    """V112 04: Inkasso and SCHUFA got "Mahnverfahren? Wegen so was?"."""
    result = _played("de-hausverwaltung-rechtsweg", "V112", "04_berlin_hausverwaltung.txt")
    assert not any("Mahnverfahren?" in s for s in _customer(result))


def test_asap_is_the_vague_ask_and_she_takes_it_gladly() -> None:
    """V112 09: "So whenever you get a chance to send it over, asap would be awesome." got "I'm
    not sure I follow."; a real customer agrees to "asap" — which is why it is a trap."""
    result = _played("en-florist-forgot", "V112", "09_toronto_florist.txt", "09_letter.txt")
    said = _customer(result)
    assert "I'm not sure I follow." not in said
    assert any("as soon as" in s for s in said)
    assert not result["passed"]


def test_could_you_sort_it_asap_is_a_call_to_pay_not_small_talk() -> None:
    """V114 probe 5: "Could you sort it asap?" was small talk, and she answered as to chat ("Oh
    — yes, I suppose so."). Asked to pay without a day, she names hers (the ninth session's
    rule for "Please pay the balance as soon as possible")."""
    runner = _runner("en-florist-forgot")
    *_, step = runner.play(
        [*FLORIST[:3], "No worries at all, it happens.", "Could you sort it asap?"]
    )
    said = [e.text for e in step.events if type(e).__name__ == "CustomerSaid"]
    assert said and "I suppose so" not in said[-1]
    assert "end of next week" in said[-1]


def test_instalments_turned_down_are_not_offered() -> None:
    """V114 09: "Nah, instalments don't really work for us." was a plan 0.32 and the café owner
    answered "Instalments … I don't know"."""
    heard = _heard("en", "Nah, instalments don't really work for us.", learner_turn=4)
    assert "propose_instalments" not in heard
    assert "propose_instalments" in _heard("de", "Wie wäre es mit drei Raten?", learner_turn=4)


def test_the_question_he_asked_and_never_got_answered_is_named() -> None:
    """V112 07 and probe 3: Dave asked twice "do you actually get what this year's been like
    for me?"; the debrief said only that nothing was agreed and offered the plan the learner
    had made (07r, which answered him, passed 100)."""
    # (without the sympathy the probe still gives before the down payment: shown once, it is
    # enough for the plan he asked for since the fifty-seventh session — V259 07 — and the
    # probe then passes 100 gold)
    runner = _runner("en-chippy-instalments")
    runner.play(
        [
            ln
            for ln in _script("V112", "p3_glasgow_noempathy.txt")
            if not ln.startswith("Aye, I hear you")
        ]
    )
    result = runner.session.finish()
    (outcome,) = _check(result, "outcome")
    assert not outcome["passed"]
    assert "do you actually get what this year's been like for me?" in str(outcome)
    answered = _played("en-chippy-instalments", "V112", "07r_glasgow_chippy.txt", "07r_letter.txt")
    assert answered["passed"]


def test_a_wrong_read_back_left_standing_costs_half_of_pin_date() -> None:
    """V114 05 and probe 4: "Dann halten wir fest: 1.428 Euro bis Montag, den 14. Dezember." —
    "Nein, nicht ganz: … bis zum 11.12.2026." — "Tschö!" scored 79, the same as the right
    read-back; only a note at no weight said so."""
    wrong = _played("de-erstkunde-rechnung-verloren", "V114", "05_rheinland_erstkunde.txt")
    right = _played("de-erstkunde-rechnung-verloren", "V114", "p4_05_correct_readback.txt")
    parts = {(c["passed"], c["weight"] > 0) for c in _check(wrong, "pin_date")}
    assert (False, True) in parts
    assert wrong["score"] < right["score"]


def test_a_call_back_promised_is_understood_and_named() -> None:
    """V115 04: "Ich kläre das intern … und melde mich dann nächste Woche noch einmal telefonisch
    bei Ihnen" had no reading ("Das habe ich jetzt nicht ganz verstanden"); "Haben Sie sonst
    noch Fragen? Dann bedanke ich mich … Auf Wiederhören." was chat, and the clerk answered
    "Ja, doch, schon."; the debrief said "too few moves" and nothing of the call-back."""
    result = _played("de-behoerde-bestellnummer", "V115", "04_frankfurt_callcenter_behoerde.txt")
    said = _customer(result)
    assert "Das habe ich jetzt nicht ganz verstanden." not in said
    assert said[-1].endswith("Auf Wiederhören.")
    (outcome,) = _check(result, "outcome")
    assert not outcome["passed"]
    assert "Nur ein Rückruf" in str(outcome)


# --- the end audits (V116-V119) -------------------------------------------------------------------
def test_see_you_on_the_visit_day_is_no_read_back() -> None:
    """V119 09: "Thanks Rachel, see you Thursday." (the re-fix visit) got "No, not quite: £180.00
    by 18 December 2026" — the agreed terms word for word — and a clean call kept silver."""
    result = _played("en-handyman-waive", "V119", "09_adelaide_handyman.txt", "09_letter.txt")
    assert not any(s.startswith("No, not quite") for s in _customer(result))
    assert result["tier"] == "gold", _failed(result)


def test_the_payment_run_named_by_its_day_is_the_payment_day() -> None:
    """V117 05: "… die 6'240.00 Euro werden im Zahlungslauf vom 10. Dezember überwiesen" read
    as last year's 10 December ("vom"), and the right read-back was corrected."""
    days = [
        f.value
        for f in extract_facts(
            "und die 6'240.00 Euro werden im Zahlungslauf vom 10. Dezember überwiesen.", DAY
        )
        if f.kind == "date"
    ]
    assert days == ["2026-12-10"]
    result = _played("de-behoerde-bestellnummer", "V117", "05_bern_behoerde.txt", "05_letter.txt")
    assert not any(s.startswith("Nein, nicht ganz") for s in _customer(result))


def test_a_credit_report_threat_is_unlawful_pressure() -> None:
    """V117 probe 3 (12 without its fee): "… on your firm's credit report" was a lawful threat;
    SCHUFA is critical."""
    result = _played("en-web-studio-unjustified", "V117", "p3_atlanta_nofee.txt")
    threat = [c for c in _check(result, "no_premature_threat") if not c["passed"]]
    assert threat and threat[0]["critical"]


@pytest.mark.parametrize(
    ("lang", "line", "turn"),
    [
        (
            "de",
            "Ich erlaube mir, höflichst auf die offene Rechnung GL-2026-215 hinzuweisen, und "
            "möchte mich erkundigen, aus welchem Grund eine Begleichung bislang unterblieben ist.",
            1,
        ),
        (
            "en",
            "Well, I'm sorry you feel that way, but I reckon if y'all hadn't pushed the booking "
            "form back in August we wouldn't be here.",
            4,
        ),
    ],
)
def test_the_forbidden_question_and_blame_by_hindsight_are_heard(
    lang: str, line: str, turn: int
) -> None:
    """V119 04: the article's forbidden opener in a clerk's register was "Sachlicher Einstieg";
    V119 12: "if y'all hadn't … we wouldn't be here" was small talk ("Mm, yes.")."""
    heard = _heard(lang, line, learner_turn=turn, objection_raised=turn > 1)
    assert heard.get("accusatory_opener", 0.0) >= 0.4, heard


def test_asking_whether_it_arrived_stays_a_question() -> None:
    heard = _heard("de", "Ich möchte mich erkundigen, ob die Rechnung bei Ihnen angekommen ist.")
    assert "accusatory_opener" not in heard


def test_a_dialect_admission_is_no_rebuttal() -> None:
    """V116 03: "Do hen Sie recht, des war nit sauber, …" was a rebuttal 0.77 and the debrief
    said "Gegen einen berechtigten Einwand argumentiert" (its standard-German probe: 100)."""
    result = _played("de-maler-berechtigter-einwand", "V116", "03_pfalz_maler.txt", "03_letter.txt")
    assert "handle_objection" not in _failed(result)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "de",
            "Ich rufe wegen der noch offenen Rechnung an. Ich will Ihnen ja nichts unterstellen, "
            "aber wir können das natürlich auch anders regeln, wenn's sein muss.",
        ),
        ("en", "Look, we can do this the easy way or the hard way."),
    ],
)
def test_a_veiled_threat_is_a_threat(lang: str, line: str) -> None:
    """V118 probe 3: "… auch anders regeln, wenn's sein muss" was the neutral opener 0.96."""
    assert _heard(lang, line, learner_turn=2).get("threaten_legal", 0.0) >= 0.4


def test_another_arrangement_offered_is_no_threat() -> None:
    line = (
        "Wir finden da bestimmt eine Lösung, das können wir auch anders regeln, zum Beispiel in "
        "Raten."
    )
    assert "threaten_legal" not in _heard("de", line, learner_turn=4)


def test_a_bare_contradiction_does_not_win_her_over() -> None:
    """V118 probe 6: "I understand, but the website is finished, phase one is done." — "Phase two
    … you're right, I did put that off in August" and 87 silver: facts never said."""
    result = _played(
        "en-web-studio-unjustified", "V118", "p6_12_rebut_no_facts.txt", "12_letter.txt"
    )
    said = _customer(result)
    assert not any("I did put that off in August" in s for s in said)
    assert any(s.startswith("That's what you say") for s in said)
    facts = _played(
        "en-web-studio-unjustified", "V118", "12_toronto_webstudio.txt", "12_letter.txt"
    )
    assert any("I did put that off in August" in s for s in _customer(facts))


def test_the_full_sum_demanded_after_understanding_is_a_call_to_pay() -> None:
    """V118 11: "… but I've got bills to pay an' all, so I need the full £1,190." had no reading
    and got "Sorry, what was that about?"."""
    result = _played("en-cash-problems-cafe", "V118", "11_sheffield_cafe.txt")
    said = _customer(result)
    assert "Sorry, what was that about?" not in said[:8], said


def test_a_confirmation_is_no_invoice_with_the_order_number() -> None:
    """V116 04: "Ich fasse zusammen: Zahlung von 6.240,00 Euro bis 11. Dezember. Sie erhalten
    eine Bestätigung per E-Mail." after "Einen Termin kann ich Ihnen erst nennen, wenn die
    Rechnung mit Bestellnummer vorliegt" got his payment run as if the invoice were resent: 98."""
    result = _played(
        "de-behoerde-bestellnummer", "V116", "04_muenchen_behoerde.txt", "04_letter.txt"
    )
    said = _customer(result)
    assert any(s.startswith("Eine Bestätigung hilft mir nicht weiter") for s in said)
    assert not result["passed"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "bitte konkret, welche tag? geht bis freitag, 18. dezember?"),
        ("de", "bitte konkret, welche tag?"),
        ("en", "Which day exactly?"),
    ],
)
def test_a_question_for_the_day_asks_for_the_day(lang: str, line: str) -> None:
    """V113 06: "bitte konkret, welche tag?" was a reason question 0.95 beside the date."""
    heard = _heard(lang, line, learner_turn=5)
    assert "fix_payment_date" in heard
    assert "ask_reason" not in heard and "clarify_objection" not in heard


def test_a_question_for_the_day_of_the_fault_stays_a_clarifying_question() -> None:
    heard = _heard("en", "Which day did it start wobbling?", learner_turn=5, objection_raised=True)
    assert "clarify_objection" in heard


def test_asking_what_he_needs_is_no_call_to_pay() -> None:
    """V116 10 and probe 4: "What do you need from me so it can be approved? I can send it
    today." was a down payment 0.85, and the clerk answered "I can't give you a date until it's
    approved" instead of naming the PO number."""
    heard = _heard(
        "en", "What do you need from me so it can be approved? I can send it today.", learner_turn=5
    )
    assert "request_down_payment" not in heard and "fix_payment_date" not in heard
    result = _played("en-logistics-approval", "V116", "p4_logistics_no_typos.txt", "10_letter.txt")
    said = _customer(result)
    # He names the number (since the forty-fifth session, "I can send it today" beside the
    # question is taken as the invoice offered: "Perfect — the PO number is 4500-7781 …").
    assert any("4500-7781" in s for s in said[:6]), said
    assert not any(s.startswith("I can't give you a date") for s in said)


def test_asking_what_he_needs_to_pay_a_sum_still_asks_for_money() -> None:
    heard = _heard(
        "en", "What do you need from me so I can get the £500 to you today?", learner_turn=5
    )
    assert "request_down_payment" in heard or "fix_payment_date" in heard
