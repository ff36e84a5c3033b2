"""Forty-eighth session: what the outside audits (benchmarks/audits/) found."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v36 import AUDITS, _failed, _played, _runner, _script
from tests.scenarios.test_customer_v43 import _heard
from trainer.understanding.pressure import pressure_kind, unlawful_pressure
from trainer.understanding.smalltalk import puts_off
from trainer.understanding.types import TENTATIVE


# --- a day for the next call is no payment day -------------------------------------------------
def test_the_self_corrected_day_of_a_call_back_is_no_payment_proposal() -> None:
    """V180 04: "Ich melde mich am Mittwoch, dem 8. – nein, Entschuldigung, der 8. ist ja
    Dienstag – also am Dienstag, 8. Dezember." read as a payment date, and the debrief said
    "Einen Termin und Betrag vorgeschlagen … Termin: 08.12.2026, Betrag: 6.240,00 €" — a sum
    and a payment the learner never named. The call still fails: only a call back."""
    result = _played("de-behoerde-bestellnummer", "V180", "04_thun_behoerde.txt")
    failed = _failed(result)
    (pin,) = failed["pin_date"]
    assert "6.240" not in str(pin), pin
    assert "vorgeschlagen" not in str(pin), pin
    assert result["passed"] is False
    assert "outcome" in failed


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Ich melde mich am Mittwoch, dem 8. – nein, der 8. ist Dienstag – also Dienstag."),
        ("de", "Ich rufe Sie am Dienstag, 8. Dezember zurück."),
        ("en", "I'll ring you on Wednesday, the 9th – sorry, Thursday the 10th."),
        ("en", "I'll get back to you on Wednesday the 9th."),
    ],
)
def test_a_call_back_day_is_read_as_no_payment_move(lang: str, line: str) -> None:
    assert puts_off(line), line
    heard = _heard(lang, line)
    assert "fix_payment_date" not in heard and "summarise_agreement" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the guards: the call back said beside the money keeps its payment move
        ("de", "Sie überweisen die 500 Euro bis Dienstag, und ich melde mich am Mittwoch."),
        ("en", "So £400 by Friday the 11th, and I'll call you on Monday to check it arrived."),
    ],
)
def test_a_call_back_beside_the_money_keeps_the_payment_day(lang: str, line: str) -> None:
    heard = _heard(lang, line)
    assert {"fix_payment_date", "summarise_agreement"} & set(heard), heard


def test_the_customer_takes_a_call_back_day_as_a_call_back() -> None:
    """He answered the self-corrected call-back day with "Einen Termin kann ich Ihnen erst
    nennen, wenn die Rechnung mit Bestellnummer vorliegt." — as if asked for a payment day."""
    steps = _runner("de-behoerde-bestellnummer").play(
        [
            "Guten Tag, hier ist Miriam Hoffmann von Hoffmann IT-Training.",
            "Ich rufe wegen der noch offenen Rechnung S-2026-0877 an.",
            "",
            "Ich melde mich am Mittwoch, dem 8. – nein, der 8. ist ja Dienstag – also am Dienstag.",
        ]
    )
    said = " ".join(steps[-1].customer)
    assert "Termin kann ich" not in said, said


@pytest.mark.parametrize(
    "line",
    [
        # V184 04: no reading, and the goodbye became "Über die Zahlung gesprochen"
        "Ich kläre das intern und rufe Sie dann nächste Woche nochmals an.",
        "Also, dann hören wir uns nächste Woche.",
    ],
)
def test_more_german_call_backs_are_heard(line: str) -> None:
    assert puts_off(line), line


def test_the_goodbye_after_a_call_back_is_no_talk_about_the_payment() -> None:
    """V184 04: "Also, dann hören wir uns nächste Woche. Besten Dank …" was the evidence of
    "Über die Zahlung gesprochen, aber ohne konkretes Datum"; nobody spoke of the payment."""
    result = _played("de-behoerde-bestellnummer", "V184", "04_swiss_behoerde.txt")
    failed = _failed(result)
    assert "hören wir uns" not in str(failed["pin_date"]), failed["pin_date"]
    assert "outcome" in failed


# --- telling his suppliers about the debt, in the German order ---------------------------------
@pytest.mark.parametrize(
    "line",
    [
        # V186 probe 3 and 06: a legal threat of weight 2, "rechtliche Schritte", 71 bronze
        "Ich möchte nicht drohen, aber wenn das Geld nicht kommt, muss ich leider Ihre "
        "Lieferanten informieren, dass Sie bei uns Schulden haben.",
        "Sonst muss ich leider Ihre Taxi-Zentrale informieren, dass Sie bei uns Schulden haben.",
        "Wir werden Ihren Vermieter über die offene Rechnung informieren.",
    ],
)
def test_telling_his_people_about_the_debt_is_unlawful_pressure(line: str) -> None:
    found = unlawful_pressure(line, "de")
    assert found is not None and pressure_kind(found) == "third", found


@pytest.mark.parametrize(
    "line",
    [
        "Sie können ja Ihre Kunden informieren, dass sich die Lieferung verzögert.",
        "Ich schicke Ihrer Buchhaltung die Rechnung und informiere Ihren Chef, dass sie kommt.",
        "Wir informieren Sie, sobald die Gutschrift über die Rechnung raus ist.",
    ],
)
def test_informing_someone_without_the_debt_told_is_no_pressure(line: str) -> None:
    assert unlawful_pressure(line, "de") is None, line


def test_the_threat_to_tell_his_suppliers_fails_the_call() -> None:
    result = _played("de-stammkunde-urlaub", "V186", "p3_thirdparty.txt", "01_letter.txt")
    (threat,) = _failed(result)["no_premature_threat"]
    assert threat.get("critical"), threat
    assert result["passed"] is False


# --- the forbidden question typed in lower case ------------------------------------------------
def test_why_the_invoice_is_still_not_paid_in_lower_case_is_blame() -> None:
    """V185 05: "ich wollte mal fragen warum die rechnung GD-2026-044 immer noch nich bezahlt
    is …" was the reason question (0.92) and the neutral opener; punctuated, the same words
    were blame 0.93 and the customer hung up (p2)."""
    heard = _heard(
        "de",
        "ich wollte mal fragen warum die rechnung GD-2026-044 immer noch nich bezahlt is die "
        "war schon anfang november fällig",
        learner_turn=1,
    )
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


def test_why_the_invoice_is_stuck_in_approval_stays_a_question() -> None:
    heard = _heard(
        "de",
        "Ich wollte fragen, warum die Rechnung noch nicht bezahlt ist – hängt sie in der Freigabe?",
        learner_turn=1,
    )
    assert heard.get("accusatory_opener", 0.0) < TENTATIVE, heard


# --- the invoice named again while she looks it up ---------------------------------------------
def test_the_invoice_named_again_while_she_looks_is_understood() -> None:
    """V187 04: "Gemäss unserem System ist die Rechnung GD-2026-044 über 1.428 Euro weiterhin
    offen." to "Die GD-2026-044? Hm, Moment mal …" got "Wie bitte? Worum geht es denn genau?"."""
    steps = _runner("de-erstkunde-rechnung-verloren").play(
        [
            "Grüezi Frau Albers, mein Name ist Lena Vogt von Vogt Grafikdesign.",
            "Ich rufe wegen der noch offenen Rechnung an.",
            "Gemäss unserem System ist die Rechnung GD-2026-044 über 1.428 Euro weiterhin offen.",
        ]
    )
    said = " ".join(steps[-1].customer)
    assert "Wie bitte" not in said and "Rechnung" in said, said


def test_the_better_line_for_the_lost_invoice_sends_it_again() -> None:
    """V187 04: she asked "Schicken Sie sie mir noch einmal?", the learner said goodbye, and
    the better line asked her to pay by Friday — an invoice she does not have."""
    result = _played("de-erstkunde-rechnung-verloren", "V187", "04_zuerich_erstkunde.txt")
    (outcome,) = _failed(result)["outcome"]
    assert "Rechnung" in outcome["better"] and "noch einmal" in outcome["better"], outcome


def test_the_better_line_is_what_she_agrees_to() -> None:
    """The guard: the scenario's own better line, said after her "nie bekommen", is a deal."""
    result = _played("de-erstkunde-rechnung-verloren", "V187", "04_zuerich_erstkunde.txt")
    (outcome,) = _failed(result)["outcome"]
    runner = _runner("de-erstkunde-rechnung-verloren")
    steps = runner.play(
        [
            "Guten Tag Frau Albers, hier ist Lena Vogt von Vogt Grafikdesign.",
            "Ich rufe wegen der noch offenen Rechnung GD-2026-044 an.",
            "",
            outcome["better"],
        ]
    )
    assert steps[-1].state == "zusage", (steps[-1].state, steps[-1].customer)


# --- sympathy said as "that is not nice" -------------------------------------------------------
def test_that_is_not_nice_said_of_his_trouble_is_sympathy() -> None:
    """V186 12: "Oh, that is not nice. What exactly is wobbling, all three shelves or only
    one?" was blame 0.90, and she said "Don't you take that tone with me"."""
    heard = _heard(
        "en",
        "Oh, that is not nice. What exactly is wobbling, all three shelves or only one?",
        learner_turn=4,
        objection_raised=True,
    )
    assert "accusatory_opener" not in heard, heard


@pytest.mark.parametrize(
    "line",
    ["That is not nice of you, you know.", "That is not nice. You should have paid weeks ago."],
)
def test_not_nice_of_him_stays_a_reproach(line: str) -> None:
    heard = _heard("en", line, learner_turn=4, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


# --- finding a way left to him is no solution offered -----------------------------------------
def test_you_will_have_to_find_a_way_offers_no_solution() -> None:
    """V187 probe 2: "… we have our own suppliers to pay, so you will have to find a way."
    was a solution offered 0.92."""
    heard = _heard(
        "en",
        "I hear you, but look, we need that money, we have our own suppliers to pay, so you "
        "will have to find a way.",
        learner_turn=4,
    )
    assert "offer_solution" not in heard, heard


def test_finding_a_way_together_is_still_a_solution() -> None:
    heard = _heard("en", "Let's find a way together – I have a suggestion.", learner_turn=1)
    assert heard.get("offer_solution", 0.0) >= 0.5, heard


# --- a deal claimed in the read-back and in the letter after "I can't give you a date" -------
#: V186 08 with its third line, "Sure, I can send that over to you right away.", said before he
#: had named what is missing: since the fifty-fifth session that is heard as the re-send (V248
#: 09), and he names his run; these tests pin the call in which he would not.
_NOTHING_OFFERED = "No problem, I understand."


def _v186_08() -> list[str]:
    lines = _script("V186", "08_boston_clerk.txt")
    return [_NOTHING_OFFERED if ln.startswith("Sure, I can send that") else ln for ln in lines]


def test_a_recap_and_a_letter_of_terms_he_refused_are_named() -> None:
    """V186 08: "Great. So just to recap: you'll pay the £3,580 this Friday." after "I can't
    give you a date until it's approved", then a letter "Per our call you'll be paying the
    £3,580.00 this Friday, December 11." — "ended without an agreement", the letter unjudged."""
    runner = _runner("en-logistics-approval")
    runner.play(_v186_08())
    letter = (AUDITS / "V186" / "08_letter.txt").read_text(encoding="utf-8")
    result = runner.session.finish(letter=letter)
    failed = _failed(result)
    (outcome,) = failed["outcome"]
    assert outcome["reason"].startswith("You summed up terms as agreed"), outcome
    (letter,) = failed["confirm_in_writing"]
    assert letter.get("critical") and "never gave" in letter["reason"], letter


@pytest.mark.parametrize(
    "sentence",
    [
        "Per our call, please find attached invoice GEC-5521 again with our PO reference.",
        # a request after the call, not his promise claimed (V135 11, V159 08)
        "Further to our call today, please settle invoice GEC-5521 by Friday 11 December 2026.",
    ],
)
def test_a_letter_per_our_call_that_claims_no_promise_is_not_failed(sentence: str) -> None:
    """The guards: the invoice sent again, or a request to pay, "per our call"."""
    runner = _runner("en-logistics-approval")
    runner.play(_v186_08())
    result = runner.session.finish(letter=f"Hi Mark,\n\n{sentence}\n\nThanks,\nOlivia Grant")
    assert "confirm_in_writing" not in _failed(result), result["checks"]


# --- asked, but only after arguing -------------------------------------------------------------
def test_arguing_first_then_asking_is_named_as_such() -> None:
    """V186 03: the rebuttal, then "Was genau ist Ihnen denn im Raum 3 aufgefallen?" — the
    debrief said "ohne nachzufragen", which the learner could see was untrue."""
    result = _played(
        "de-maler-berechtigter-einwand", "V186", "03_salzburg_bookkeeper.txt", "03_letter.txt"
    )
    (clarify,) = _failed(result)["clarify_objection"]
    assert "ohne nachzufragen" not in clarify["reason"], clarify
    assert "danach nachgefragt" in clarify["reason"], clarify


# --- sympathy taken back by "but … just pay" ---------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V184 12: empathy 0.95, and the customer warmed to it ("I appreciate that")
        (
            "en",
            "I hear you, but the counter and the shelving were delivered since and the invoice "
            "is overdue, abeg just pay the complete amount.",
        ),
        ("en", "I totally understand, but you'll have to pay it by Friday."),
        # V186 06: empathy 0.94 beside the day
        (
            "de",
            "Ich verstehe Sie sehr gut, Herr Becker, ist schwere Zeit für alle. Aber Sie müssen "
            "heute noch bezahlen, ganze Summe.",
        ),
    ],
)
def test_a_demand_after_but_takes_the_sympathy_back(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert "empathise" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "I hear you. I'm sure we can find something that works – could you manage £300 now?",
        ),
        ("de", "Das verstehe ich, aber könnten Sie vielleicht 300 Euro sofort überweisen?"),
    ],
)
def test_sympathy_before_a_question_stays(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert heard.get("empathise", 0.0) >= 0.5, heard


def test_just_pay_the_whole_amount_is_heard_as_a_call_to_pay() -> None:
    """V184 12: after the sympathy no longer counts, the line had no reading and the café
    owner said "I'm not sure I follow"; he answers the call to pay the whole sum."""
    steps = _runner("en-cash-problems-cafe").play(_script("V184", "12_nigerian_cafe.txt")[:5])
    said = " ".join(steps[-1].customer)
    assert "not sure I follow" not in said and "appreciate" not in said, said


# --- the threat denied in so many words -------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V190 04 and p2: a rebuttal and empathy, and the landlord gave in ("Na gut. Dann zahle
        # ich eben."): 93 silver, "Keine vorschnelle Drohung"
        (
            "de",
            "Ich möchte Ihnen ja nicht drohen, aber mit dem unterschriebenen Protokoll hätte "
            "ich vor Gericht wirklich keine Mühe, und das wäre für eine Hausverwaltung doch "
            "unangenehm.",
        ),
        ("en", "I don't want to threaten you, but with the sign-off we'd win in court."),
    ],
)
def test_not_wanting_to_threaten_before_the_court_is_a_threat(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=5, objection_raised=True)
    assert heard.get("threaten_legal", 0.0) >= TENTATIVE, heard


def test_not_threatening_without_a_legal_step_is_no_threat() -> None:
    heard = _heard("en", "I'm not threatening you, I just want to understand.", learner_turn=5)
    assert "threaten_legal" not in heard, heard


def test_the_veiled_court_threat_costs_the_call_its_silver() -> None:
    result = _played("de-hausverwaltung-rechtsweg", "V190", "p2_winterthur_no_route.txt")
    assert "no_premature_threat" in _failed(result), result["checks"]
    assert result["tier"] != "silver", result["score"]
