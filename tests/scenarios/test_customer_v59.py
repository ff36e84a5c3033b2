"""Fifty-ninth session: the last end round's findings (V272–V275) and the start round V276–V279
— the customer's word taken beside an explanation, "you can't just …", sarcasm about losing
invoices, "da müssen S' halt genauer anschauen", a pay ask with "asap", word let loose in the
guild, "no, make it", a past event's date in a letter, the rest in so many instalments after a
refused down payment, the waiver's own reason naming the court, a written reminder, dialect
why-not-paid and Berlin sarcasm, "ist nicht einfach" said with understanding, a learner's
"Why you still not pay", and pressure insisted on the line after sympathy (benchmarks/README.md,
"Fifty-ninth session")."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner
from tests.scenarios.test_customer_v43 import _heard
from tests.scenarios.test_customer_v58 import DAY, _check, _customer
from trainer.understanding.facts import extract_facts
from trainer.understanding.pressure import unlawful_pressure


# --- what is a reproach, and what is not ------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "objection"),
    [
        # V274 11: sympathy and a date, 81 silver; its auditor failed the reproach
        (
            "en",
            "But I'm sorry, Tom, you cannae just sit on a bill for a month and say nothing – I "
            "need that money this week.",
            True,
        ),
        ("de", "Tut mir leid, aber Sie können doch nicht einfach drei Monate nichts sagen.", True),
        # V273 09 and p1: sympathy 0.90, 100 gold
        ("en", "I know your lot are very busy losing invoices over there.", False),
        ("de", "Sie sind ja Weltmeister im Rechnungen-Verschlampen.", False),
        # V272 04 and p1: sympathy 0.95, "Danke, dass Sie so nett sind"
        (
            "de",
            "Tut mir leid, aber die Rechnung haben wir ganz sicher geschickt, da müssen S' halt "
            "die Post ein bisserl genauer anschauen.",
            False,
        ),
        ("en", "Sorry, but you need to keep a closer eye on your post.", False),
        # V278 03: empathy 0.86 in Berlin, where the Ruhr's "Dat hör ich jeden Tag" was caught
        ("de", "Ja ja, det hör ick jeden Tag.", True),
        # V278 05: "Sachlicher Einstieg ohne Vorwurf"; probe 2's standard German was blame
        (
            "de",
            "Ich ruf wegen de noch offene Rechnung a. Isch die bei Ihne überhaupt akomme, oder "
            "warum isch die no net zahlt?",
            False,
        ),
        # V276 12: the learner's English taken back read as the neutral opener, 100 gold,
        # where the native "Why haven't you paid …? Sorry, I mean -" was blame (probe 2)
        (
            "en",
            "Why you still not pay the invoice CWS-118? Sorry, I mean - I am calling about the "
            "open invoice.",
            False,
        ),
    ],
)
def test_reproaches_the_rounds_let_through_are_read(lang: str, line: str, objection: bool) -> None:
    assert "accusatory_opener" in _heard(lang, line, learner_turn=2, objection_raised=objection)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V274 08: blame 0.73, the deli owner hung up, a good call failed at 53
        (
            "en",
            "They were level and firm when I left, but I believe you – walls in those old shops "
            "can be funny.",
        ),
        ("en", "It was fine when I checked it, but I don't doubt it - old pipes do funny things."),
        (
            "de",
            "Die waren fest, als ich gegangen bin, aber ich glaub Ihnen das – alte Wände sind "
            "manchmal komisch.",
        ),
        # V277 04 (and V266): blame 0.76, "So redet man nicht mit einem Stammkunden"
        ("de", "ich verstehe, ist nicht einfach jetzt."),
        ("de", "Ich versteh schon, ist halt nicht einfach."),
    ],
)
def test_belief_and_not_easy_are_sympathy_not_blame(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=3, objection_raised=True)
    assert "accusatory_opener" not in heard
    assert "empathise" in heard or "rebut_unjustified_objection" in heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I believe you, but you never pay on time."),
        ("en", "I believe you, but honestly you should have told us sooner."),
        ("de", "Verstehe, das ist nicht so einfach, wenn Sie nie zahlen."),
        ("de", "Aber wenn Sie einfach pünktlich zahlen würden, hätten wir das Problem nicht."),
    ],
)
def test_a_reproach_in_words_beside_belief_or_not_easy_stays(lang: str, line: str) -> None:
    assert "accusatory_opener" in _heard(lang, line, learner_turn=3, objection_raised=True)


def test_the_own_follow_up_is_no_reproach() -> None:
    """V277: "Ich meld mich einfach nochmal, wenn nix kommt." read as a reproach 0.55."""
    assert "accusatory_opener" not in _heard(
        "de", "Ich meld mich einfach nochmal, wenn nix kommt.", learner_turn=6
    )


def test_a_good_call_is_not_failed_for_believing_her() -> None:
    """V274 08: "… but I believe you – walls in those old shops can be funny" read as blame,
    "Don't you take that tone with me", the hang-up, 53. Its auditor: pass, 80–100."""
    result = _played("en-handyman-waive", "V274", "08_welsh_farmer.txt", "08_letter.txt")
    assert result["passed"] is True
    assert "no_accusation" not in _failed(result)


def test_you_cannae_just_sit_on_a_bill_costs_the_call() -> None:
    """V274 11: the reproach after sympathy passed 81 silver as "own need pressed"; its auditor
    failed it (45–72). The cash-strapped owner hears the reproach now."""
    result = _played("en-cash-problems-cafe", "V274", "11_scottish_ceilidh.txt")
    assert result["passed"] is False
    assert any("tone" in line for line in _customer(result))


# --- pressure and payment asks --------------------------------------------------------------
def test_pressure_insisted_on_the_line_after_sympathy_costs_conduct() -> None:
    """V276 p4: "Oh I do understand, first winter is hard for everyone, I'm sure." then "But I
    need the full £1,190 by Friday, look, there's no way round it." — a date only, no_accusation
    passed, 88 silver."""
    result = _played("en-cash-problems-cafe", "V276", "p4_11_rest_dated.txt")
    assert "Sympathy, then your own need" in _check(result, "no_accusation")["reason"]
    assert result["tier"] != "gold"


@pytest.mark.parametrize("line", ["could you maybe pay it asap?", "Could you pay it asap?"])
def test_a_pay_ask_with_asap_asks_for_a_day(line: str) -> None:
    """V275 12: a question about the work (clarify_objection 0.74); "Could you pay it asap?"
    had no reading left at all."""
    heard = _heard("en", line, learner_turn=4, objection_raised=True)
    assert "fix_payment_date" in heard
    assert not {"clarify_objection", "ask_reason", "request_down_payment"} & set(heard)


def test_word_let_loose_in_the_guild_is_telling_third_parties() -> None:
    """V272 p4: a threat of weight 2 only, where the guide fails the call."""
    line = (
        "Sie wissen ja, in der Innung spricht sich so was schnell rum, wenn einer nicht zahlt – "
        "aber wenn die 1.865,40 € bis Mittwoch da sind, sag ich natürlich keinem was."
    )
    assert unlawful_pressure(line, "de") is not None
    result = _played("de-werkstatt-ueberraschung", "V272", "p4_05_third_party_threat.txt")
    threat = _check(result, "no_premature_threat")
    assert threat["passed"] is False and threat.get("critical") is True
    assert "Dritten" in threat["reason"]


def test_a_written_reminder_is_no_legal_route() -> None:
    """V278 10: "I'll just put a written reminder in the post to you." was the legal route 0.63,
    and the debrief said "Announced the legal route although it would cost more than it
    brings"."""
    heard = _heard(
        "en",
        "Well, if we cannot agree, I'll just put a written reminder in the post to you.",
        learner_turn=6,
        objection_raised=True,
    )
    assert not {"announce_legal_route", "threaten_legal"} & set(heard)
    assert "threaten_legal" in _heard(
        "en", "This is your final reminder, otherwise we go to court.", learner_turn=6
    )
    result = _played("en-handyman-waive", "V278", "10_scottish_handyman.txt")
    assert "Announced another reminder" in _check(result, "next_step")["reason"]


def test_the_waivers_own_reason_is_no_legal_route() -> None:
    """V278 p6: "… I'll leave it there — a court case over £180 would cost us both more than it
    is worth." failed next_step as "Announced the legal route …". Said before the complaint was
    dealt with, it is a waiver she took as giving up, and the debrief says so."""
    result = _played("en-handyman-waive", "V278", "p6_handyman_waiver.txt")
    assert "before the complaint was dealt with" in _check(result, "next_step")["reason"]
    assert "The waiver came before" in _check(result, "outcome")["reason"]


# --- terms: a correction, a past event, the rest in instalments -------------------------------
def test_no_make_it_corrects_the_sum() -> None:
    """V274 10: "Could you pay £500 – no, make it £460 – as a first payment …" got "£500 up
    front?"."""
    result = _played("en-chippy-instalments", "V274", "10_manchester_lagos.txt", "10_letter.txt")
    said = _customer(result)
    assert any("£460.00" in line for line in said)
    assert not any("£500.00 up front" in line for line in said)


def test_a_past_event_in_the_letter_is_no_payment_day() -> None:
    """V272 08: "phase two, which you postponed on 12 August" was next August, and the letter
    check named "12 August 2027" as the wrong day where the letter said 16 December."""
    facts = extract_facts(
        "As discussed, the online booking form is part of phase two, which you postponed on "
        "12 August; phase one was signed off on 3 October.",
        DAY,
    )
    assert [(f.kind, f.value) for f in facts] == [
        ("past_date", "2026-08-12"),
        ("past_date", "2026-10-03"),
    ]
    result = _played("en-web-studio-unjustified", "V272", "08_glasgow_it.txt", "08_letter.txt")
    reasons = " ".join(c["reason"] for c in _failed(result)["confirm_in_writing"])
    assert "2027" not in reasons


def test_the_rest_in_instalments_after_a_refused_down_payment_names_the_refused_part() -> None:
    """V278 09: "£500.00 up front? I haven't got £500.00 spare" — then "the rest is £2,260 …
    split it into three instalments" got "Right. That I can do.", and the debrief said
    "Instalments agreed without a single date" beside an invented schedule."""
    result = _played("en-chippy-instalments", "V278", "09_singapore_chippy.txt", "09_letter.txt")
    said = _customer(result)
    assert any("The £500.00 up front — I told you" in line for line in said)
    assert not any("That I can do" in line for line in said)
    assert not any("times the amount" in line for line in said)


def test_the_clerk_takes_up_a_resend_said_beside_a_question_in_german() -> None:
    """The English clerk's stuck state takes a re-send offered beside the question (V210 10);
    the German twin's `haengt` did not."""
    runner = _runner("de-behoerde-bestellnummer")
    runner.play(
        [
            "Guten Tag Herr Schulte, Hoffmann von Hoffmann Gebäudereinigung.",
            "Ich rufe wegen der offenen Rechnung an.",
            "",
            "Was genau fehlt denn noch? Ich schicke Ihnen die Rechnung heute gern noch einmal.",
            "In welchen Zahlungslauf kommt sie dann?",
        ]
    )
    said = [t.text for t in runner.session.call.turns if t.speaker == "customer"]
    assert any("Zahlungslauf ist am" in line or "Zahlungslauf, am" in line for line in said)
    assert not any("Einen Termin kann ich Ihnen erst nennen" in line for line in said)


# --- the end round V280–V283 -------------------------------------------------------------------
def test_a_compromise_beside_an_invented_fee_stays_a_compromise() -> None:
    """V283 p5: the free re-fix and "plus our £25 late fee" in one line — the fee rightly failed
    the call, but the debrief also said "Met the objection with neither facts nor a compromise".
    The fee alone gives him nothing (V265 06)."""
    line = (
        "aye im sorry theyve moved. i can come back thursday and refix them free of charge, and "
        "once theyre firm would you settle the £180 plus our £25 late fee by friday 18 december?"
    )
    heard = _heard("en", line, learner_turn=4, objection_raised=True)
    assert {"threaten_legal", "offer_compromise"} <= set(heard)
    fee_only = _heard(
        "de",
        "Ab nächster Woche kommen 50 Euro Bearbeitungsgebühr pro Mahnung dazu.",
        learner_turn=4,
        objection_raised=True,
    )
    assert "offer_compromise" not in fee_only
    result = _played("en-handyman-waive", "V283", "p5_scot_latefee.txt")
    assert _check(result, "handle_objection")["passed"] is True
    assert _check(result, "no_premature_threat")["passed"] is False


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V282 06 and p4: empathy 0.96, never named a reproach
        (
            "de",
            "Es tut mir leid, wenn das bei Ihnen untergegangen ist, aber eine Behörde sollte "
            "ihre Eingänge im Griff haben.",
        ),
        ("en", "I'm sorry if it got lost, but a council should have its post under control."),
    ],
)
def test_what_a_body_like_his_should_manage_is_a_reproach(lang: str, line: str) -> None:
    assert "accusatory_opener" in _heard(lang, line, learner_turn=2)


def test_a_justified_complaint_talked_away_is_no_result_however_calm_the_step() -> None:
    """V280 p3: "Also Spritzer, des glaub ich net." to her justified complaint, no compromise,
    then the Mahnverfahren calmly announced — 88 silver, "Rechtsweg sachlich angekündigt – Sie
    haben Beweise" where the scenario's evidence is thin. Its auditor: fail."""
    result = _played("de-maler-berechtigter-einwand", "V280", "p3_02_calm_legal.txt")
    assert result["passed"] is False
    outcome = _check(result, "outcome")
    assert outcome["passed"] is False and "weggeredet" in outcome["reason"]
    assert "Beweislage ist allerdings dünn" in _check(result, "next_step")["reason"]


def test_the_council_clerk_names_the_run_asked_beside_a_question() -> None:
    """V280 05 and p2: "Ist sie dann beim nächsten Zahlungslauf dabei? Wann ist der denn
    genau?" while he was still looking, the re-send offered before: he named what was missing
    and not the run, and the call failed "ohne konkretes Datum" (36); its auditor: pass."""
    result = _played(
        "de-behoerde-bestellnummer", "V280", "05_leipzig_behoerde.txt", "05_letter.txt"
    )
    assert any("Zahlungslauf ist am" in line for line in _customer(result))
    assert result["passed"] is True


# --- after the final round V284–V287 ------------------------------------------------------------
def test_sorry_that_you_did_not_but_not_our_fault_is_a_reproach() -> None:
    """V286 06: "es tut mir leid, dass Sie den Hofablauf nicht haben reinigen lassen, aber dafür
    können wir nichts" read as sympathy 0.99, and the customer said "Danke für Ihr
    Verständnis"."""
    line = (
        "es tut mir leid, dass Sie den Hofablauf nicht haben reinigen lassen, aber dafür können "
        "wir nichts"
    )
    heard = _heard("de", line, learner_turn=4, objection_raised=True)
    assert "accusatory_opener" in heard and "empathise" not in heard


def test_a_refused_payment_plan_is_no_solution() -> None:
    """V285 10 and p3: "I'm not able to set up a payment plan" read as a solution 0.97, and the
    chip-shop owner said "A solution? I'm listening"."""
    heard = _heard("en", "I'm not able to set up a payment plan.", learner_turn=4)
    assert "offer_solution" not in heard and "propose_instalments" not in heard
    plan = _heard("en", "No instalments, but I can offer you two payments.", learner_turn=4)
    assert "propose_instalments" in plan
