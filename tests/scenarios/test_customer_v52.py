"""Fifty-second session: what the outside audits V216–V219 (benchmarks/audits/) found."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played
from tests.scenarios.test_customer_v43 import _heard
from trainer.scoring.opening import identified
from trainer.simulation.terms import read_offer
from trainer.understanding import load_recogniser
from trainer.understanding.context import demands_without_day
from trainer.understanding.pressure import unlawful_pressure
from trainer.understanding.smalltalk import puts_off
from trainer.understanding.types import TENTATIVE

DAY = dt.date(2026, 12, 7)  # a Monday


# --- his good record praised is no reproach ------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V219 07r: blame 0.82, the chip-shop owner took offence and hung up (36; without it 100)
        ("en", "I do get it, Dave — fish prices, the electric, and in ten years you've never once "
               "been late with me. That's exactly why I'm happy to spread it out."),
        ("de", "Sie haben in zwölf Jahren noch nie zu spät gezahlt, deshalb komme ich Ihnen gern "
               "entgegen."),
    ],
)  # fmt: skip
def test_his_good_record_praised_is_no_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert "accusatory_opener" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the guards: a "but" after the record, a negated record, the plain reproach
        ("en", "You've never been late before, but this time it's three weeks."),
        ("en", "You haven't always paid on time, have you?"),
        ("de", "Sie zahlen ja auch nicht immer pünktlich."),
        ("de", "Sie zahlen nie pünktlich."),
        # the record held up against now (V61 11, S26 E7: both reproaches their auditors failed)
        ("de", "Ich rufe an, weil die Rechnung M-2026-311 bei Ihnen ja offenbar in Vergessenheit "
               "geraten ist - sonst sind Sie doch immer so pünktlich."),
        ("de", "Ehrlich gesagt ärgert mich das, du zahlst doch sonst immer pünktlich, was soll "
               "das?"),
    ],
)  # fmt: skip
def test_a_record_held_against_him_stays_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


# --- "aber" without its comma ---------------------------------------------------------------------
def test_blame_after_an_apology_without_commas_is_blame() -> None:
    """V217 03: "Tut mir leid das ich störe aber wenn Sie einfach pünktlich zahlen würden
    müsste ich garnicht anrufen" was empathy alone; with the commas a reproach 0.90."""
    line = (
        "Tut mir leid das ich störe aber wenn Sie einfach pünktlich zahlen würden müsste ich "
        "garnicht anrufen."
    )
    heard = _heard("de", line, learner_turn=1)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


@pytest.mark.parametrize(
    "line",
    [
        "Tut mir leid das ich störe aber ich muss Sie bitten bis Freitag zu zahlen",
        "ich verstehe das aber die rechnung ist seit drei wochen offen",
        "Das ging aber schnell, danke.",
    ],
)
def test_a_but_without_its_comma_makes_no_reproach_of_a_request(line: str) -> None:
    heard = _heard("de", line, learner_turn=2)
    assert "accusatory_opener" not in heard, heard


def test_the_opener_with_blame_without_commas_costs_the_opening() -> None:
    result = _played("de-werkstatt-ueberraschung", "V217", "03_tuerkdt_werkstatt.txt")
    (blame,) = _failed(result)["no_accusation"]
    assert "pünktlich zahlen" in blame["evidence"]


# --- the caller holding his own thought -----------------------------------------------------------
def test_holding_ones_own_thought_is_no_reproach() -> None:
    """V218 02: "warten Sie, erst mal" read as blame 0.71; a clarifying question cost
    no_accusation and handle_objection, the customer took offence (73 bronze; 100 without)."""
    line = "Wir könnten ja – nee, warten Sie, erst mal: Sie haben Fotos davon, sagen Sie?"
    heard = _heard("de", line, learner_turn=3, objection_raised=True)
    assert "accusatory_opener" not in heard, heard
    assert heard.get("clarify_objection", 0.0) >= 0.5, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Erst mal: Sie schulden uns 3.000 Euro."),
        ("en", "wait a sec, you never told us that"),
    ],
)
def test_a_reproach_after_holding_on_stays_one(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=3)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


# --- a call-back is no read-back ---------------------------------------------------------------
def test_a_call_back_to_his_payment_run_takes_nothing_up() -> None:
    """V219 02: "Ich ruf Sie dann nächste Woche nochmal an, ob alles durch ist." to "Passt Ihnen
    der 10. Dezember dann?" (a summary 0.33): "Richtig, am 10. Dezember geht das Geld raus",
    pin_date met, 93 silver — its auditor failed the call."""
    result = _played("de-behoerde-bestellnummer", "V219", "02_bremen_behoerde.txt")
    assert result["outcome"] == "no_agreement"
    assert result["passed"] is False


# --- the customer's people told, the letter's conduct ---------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V218 probe 4: small talk, no check failed
        ("en", "and ill be telling the other shops on the parade what kind of customer you are"),
        ("de", "Ich erzähle den anderen Geschäften in der Straße, was für ein Kunde Sie sind."),
    ],
)
def test_telling_the_neighbours_what_he_is_like_is_unlawful(lang: str, line: str) -> None:
    assert unlawful_pressure(line, lang) is not None


def test_the_neighbours_greeted_is_no_pressure() -> None:
    assert unlawful_pressure("Tell the other shops I said hello", "en") is None
    assert unlawful_pressure("What kind of shelves are they?", "en") is None


def test_an_unlawful_threat_in_the_letter_after_a_failed_call_fails_it() -> None:
    """V218 probe 3: "Andernfalls veranlassen wir einen SCHUFA-Eintrag und informieren Ihre
    Mieter …" in the letter after a call without agreement kept 100 gold: no letter check."""
    result = _played(
        "de-hausverwaltung-rechtsweg",
        "V218",
        "p3_hausverwaltung_threat_letter.txt",
        "p3_letter.txt",
        one_fact=True,
    )
    assert result["passed"] is False
    (threat,) = _failed(result)["no_premature_threat"]
    assert "SCHUFA" in threat["evidence"]


def test_a_calm_legal_route_in_the_letter_after_a_failed_call_costs_nothing() -> None:
    """The same call with its own letter (the court route named after the refusal)."""
    result = _played(
        "de-hausverwaltung-rechtsweg",
        "V218",
        "04_russlanddeutsch_hausverwaltung.txt",
        "04_letter.txt",
        one_fact=True,
    )
    assert "no_premature_threat" not in _failed(result)


def test_after_his_yes_the_better_move_is_the_read_back_not_the_court() -> None:
    """V216 probe 6: a credit-agency threat after "£640 by 11 December" got "I'm sorry we
    couldn't agree. I will now pursue the claim through a court payment order." as the
    better move."""
    result = _played("en-florist-forgot", "V216", "p6_florist_creditbureau.txt", "07_letter.txt")
    failed = _failed(result)
    for check in ("no_premature_threat", "no_accusation"):
        (v,) = failed[check]
        assert "court" not in v["better"] and "£640.00" in v["better"], v["better"]


# --- a surname before "hier" ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "name"),
    [
        # V218 05: "Die Firma genannt, aber nicht Ihren eigenen Namen"
        ("Becker? Yilmaz hier, Kfz-Meisterbetrieb.", True),
        # the firm named, not the caller
        ("Werkstatt Yilmaz hier, guten Tag.", False),
        ("Kfz-Meisterbetrieb Yilmaz hier.", False),
    ],
)
def test_a_surname_before_hier_is_the_callers_name(line: str, name: bool) -> None:
    assert identified(line, "Deniz Yilmaz", "Kfz-Meisterbetrieb Yilmaz") == (name, True)


# --- a wrong read-back, said as it was ------------------------------------------------------------
def test_a_wrong_read_back_he_answered_with_his_day_is_not_never_said_back() -> None:
    """V217 08: "… the payment run on December 29th" for his 15th, "Yes — 15 December": the
    note said "never said it back"."""
    result = _played("en-logistics-approval", "V217", "08_toronto_logistics.txt", "08_letter.txt")
    (note,) = _failed(result)["pin_date"]
    assert "never said it back" not in note["reason"] and "29th" in note["evidence"]


def test_a_wrong_sum_read_back_names_the_corrected_sum_and_is_named_once() -> None:
    """V218 10: "the customer corrected it to 11 December 2026" for a sum said wrong; beside
    the right letter the same slip was a second critical line under confirm_in_writing."""
    result = _played("en-florist-forgot", "V218", "10_auckland_florist.txt", "10_letter.txt")
    failed = _failed(result)
    (wrong,) = failed["pin_date"]
    assert "£640.00 by 11 December 2026" in wrong["reason"]
    assert "confirm_in_writing" not in failed
    assert result["passed"] is False  # the slip still fails the call


# --- a span a month and a smaller last payment ----------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "So monthly then: £500 on the 15th of each month from December to April, and a "
               "last £260 on the 15th of May."),
        ("de", "Also monatlich: 500 Euro jeweils am 15. jedes Monats von Dezember bis April, und "
               "eine letzte Rate von 260 Euro am 15. Mai."),
    ],
)  # fmt: skip
def test_a_span_and_a_smaller_last_payment_are_one_plan(lang: str, line: str) -> None:
    recognised = load_recogniser(lang).recognise(line, call_date=DAY)
    terms = read_offer(recognised, lang, {}, DAY, 2760.0, dispute=False, invoice=2760.0).terms
    assert terms["parts"] == [500.0] * 5 + [260.0]
    assert [d.isoformat() for d in terms["dates"]] == [
        "2026-12-15", "2027-01-15", "2027-02-15", "2027-03-15", "2027-04-15", "2027-05-15"
    ]  # fmt: skip


def test_the_uneven_plan_he_asked_for_is_agreed() -> None:
    """V217 07r: "5 times £260.00 — and the £500.00 up front?", 50 and a correct letter called
    "a promise the customer never gave"; the even plan of its probe 1 scored 100 gold."""
    result = _played("en-chippy-instalments", "V217", "07r_liverpool_chippy.txt", "07r_letter.txt")
    assert result["outcome"] == "instalment_plan"
    assert result["agreed_terms"]["parts"] == [500.0] * 5 + [260.0]
    assert result["passed"] is True


def test_a_refused_down_payment_said_as_the_first_part_is_still_no_plan() -> None:
    """The guard: the refused £500 said again before parts (not a span of months) stays the
    down payment said again (sixty-third and eighty-first audits)."""
    recognised = load_recogniser("en").recognise(
        "So to be sure: £500 on 11 December, £1,130 on 15 January, £1,130 on 15 February.",
        call_date=DAY,
    )
    terms = read_offer(
        recognised, "en", {"now": 500.0}, DAY, 2760.0, dispute=False, invoice=2760.0
    ).terms
    assert "parts" not in terms


# --- waved away, sneered --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "turn"),
    [
        # V219 06: empathy 0.99
        ("de", "Okay, verstehe, aber das Pflaster ist top, das ist echt nicht unser Issue.", 4),
        ("en", "I understand, but that's honestly not our issue.", 4),
        # V217 11: no reading, "A factual opening without blame"
        ("en", "Listen, wicked nice new website you got there. Shame nobody's paid for it yet, "
               "right?", 1),
        ("de", "Schöne neue Website, schade nur, dass sie noch keiner bezahlt hat.", 1),
    ],
)  # fmt: skip
def test_a_complaint_waved_away_or_a_sneer_is_blame(lang: str, line: str, turn: int) -> None:
    heard = _heard(lang, line, learner_turn=turn)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    assert "empathise" not in heard, heard


def test_a_shame_about_the_weather_is_no_sneer() -> None:
    heard = _heard("en", "Shame about the weather, isn't it?", learner_turn=1)
    assert "accusatory_opener" not in heard, heard


# --- after the end round (V220–V223; not fresh) ---------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        # V220 08: empathy 1.00, "Thanks for being so decent about it", 88 silver
        "I understand, times are tough for a new café. But we also have salaries to pay, so I "
        "really must insist that something comes in this week.",
        "Ah I hear you, it's frustrating all right, but sure look, we really need that money this "
        "week, full stop.",
    ],
)
def test_understanding_taken_back_by_insisting_is_no_empathy(line: str) -> None:
    heard = _heard("en", line, learner_turn=5)
    assert "empathise" not in heard, heard


def test_understanding_before_a_proposal_stays_empathy() -> None:
    heard = _heard("en", "I understand, but could we agree a date this week?", learner_turn=5)
    assert heard.get("empathise", 0.0) >= 0.5, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V223 probe 1 and 05: "Threatened legal action", weight 2, no critical
        ("en", "And just so you know — if it is not there by the 18th, I will let your partners "
               "and a couple of your clients know how Price & Lowe treats its suppliers."),
        ("de", "Wissen Sie was, wenn bis Freitag nichts da ist, rufe ich die Eigentümer in der "
               "Lindenstraße 12 an und erzähle denen, wie ihre Hausverwaltung mit Handwerkern "
               "umgeht."),
    ],
)  # fmt: skip
def test_telling_his_partners_or_owners_is_unlawful(lang: str, line: str) -> None:
    assert unlawful_pressure(line, lang) is not None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Rufen Sie doch die Eigentümer an und fragen Sie, ob sie freigeben."),
        ("de", "Die Eigentümer haben die Rechnung doch freigegeben, oder?"),
        ("en", "Let your partners know I said hello."),
    ],
)
def test_his_owners_named_otherwise_are_no_pressure(lang: str, line: str) -> None:
    assert unlawful_pressure(line, lang) is None


def test_a_later_day_asked_after_his_yes_is_taken_though_the_old_day_is_named() -> None:
    """V222 01: "Halt, Entschuldigung, ich mein natürlich Montag, den 14. Dezember, Freitag ist
    zu knapp …" — "Ja, wie gesagt, das geht klar." kept the 11th; the read-back of the 14th was
    corrected and the call failed (69)."""
    result = _played("de-stammkunde-urlaub", "V222", "01_nuernberg_urlaub.txt", "01_letter.txt")
    assert result["agreed_terms"]["date"] == "2026-12-14"
    assert result["passed"] is True


def test_a_smaller_down_payment_said_as_a_correction_is_the_down_payment() -> None:
    """V222 08: "Sorry, let me correct that, £350 by Friday is fine, I know it's tight." after
    "£400.00 I can manage" went unheard; the plan he agreed was £50 over the invoice."""
    result = _played("en-cash-problems-cafe", "V222", "08_joburg_cafe.txt", "08_letter.txt")
    assert result["agreed_terms"]["now"] == 350.0
    assert result["passed"] is True


@pytest.mark.parametrize(
    "line",
    [
        # V221 07: empathy 1.00
        "I'm sorry you're in that position, but to be fair that's down to how you've run things, "
        "not down to me.",
        # V222 12: empathy and a rebuttal, "A factual opening without blame"
        "Well, I'm sorry y'all feel that way, but those shelves were solid when I left, maybe you "
        "just put too much weight on 'em.",
    ],
)
def test_his_trouble_put_down_to_him_behind_an_apology_is_blame(line: str) -> None:
    heard = _heard("en", line, learner_turn=5, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) >= 0.5, heard
    assert "empathise" not in heard, heard


def test_its_down_to_you_when_you_pay_is_no_blame() -> None:
    heard = _heard("en", "It's down to you when you pay, within the week.", learner_turn=5)
    assert "accusatory_opener" not in heard, heard


def test_process_it_at_the_earliest_is_a_call_to_pay_without_a_day() -> None:
    """V220 10: "Kindly do the needful and process it at the earliest, sir." was small talk."""
    assert demands_without_day("Kindly do the needful and process it at the earliest, sir.", [])
    assert not demands_without_day("I will process it at the earliest.", [])


def test_a_smaller_reduction_read_back_is_corrected() -> None:
    """V221 probe 4: "100 Euro Nachlass, und Sie zahlen 3.470 Euro" for the 150 € off and
    3.420 € agreed got "Ja, so ist es abgemacht", 93 silver."""
    result = _played("de-maler-berechtigter-einwand", "V221", "p4_italo_readback_worse.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any(t.startswith("Nein, nicht ganz: 3.420,00 €") for t in said), said
    assert result["passed"] is False


def test_the_day_the_corrected_invoice_goes_out_is_no_payment_day() -> None:
    """V221 12: "So to recap: corrected invoice from me today, and the £3,850 goes out in your
    next payment run." — "No, not quite: £3,850.00 by 15 December 2026", failed critically as
    "You said back another day"; its auditor passed the call (and the same with the date, 83)."""
    result = _played("en-logistics-approval", "V221", "12_ny_logistics.txt", "12_letter.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert not any(t.startswith("No, not quite") for t in said), said
    assert result["passed"] is True


# --- after the final round (V224–V227; not fresh) -------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        # V226 06 and p1: read as taking his payment run up, 93 silver
        "ok, ich meld mich dann nochmal bei ihnen. tschüss!",
        "wann genau die dann bezahlt wird weiß ich jetzt nicht, ich check das mal intern mit "
        "meinem team und ruf sie dann back, okay?",
    ],
)
def test_a_colloquial_call_back_puts_the_matter_off(line: str) -> None:
    assert puts_off(line)


def test_hier_and_a_name_before_the_firm_is_the_callers_name() -> None:
    """V225 01: "Grüß Gott Herr Schulte, hier Sabine Huber von Hoffmann IT-Training" — "Ihr
    Name (Miriam Hoffmann) fehlt", and the call failed at 64."""
    line = "Grüß Gott Herr Schulte, hier Sabine Huber von Hoffmann IT-Training in Regensburg."
    assert identified(line, "Miriam Hoffmann", "Hoffmann IT-Training") == (True, True)
    line = "Grüß Gott Herr Schulte, hier ist die Rechnung von Hoffmann IT-Training."
    assert identified(line, "Miriam Hoffmann", "Hoffmann IT-Training") == (False, True)


def test_a_slip_owned_with_his_day_puts_the_read_back_right() -> None:
    """V224 probe 4: "Sorry, my mistake – the 15th of December, of course." after his "No, not
    quite: £3,850.00 by 15 December 2026" — "you let it stand", failed critically."""
    result = _played("en-logistics-approval", "V224", "p4_08_readback_fixed.txt", "08_letter.txt")
    assert "pin_date" not in result["critical"]
    assert result["passed"] is True


def test_an_earlier_day_asked_after_his_yes_is_turned_down_plainly() -> None:
    """V227 01: "ich meine Donnerstag, den 10. Dezember, am Freitag mache ich keine Buchhaltung.
    Geht Donnerstag auch?" — "Ja, wie gesagt, das geht klar.", then the read-back of the 10th
    was corrected; the English customer says no plainly."""
    result = _played("de-stammkunde-urlaub", "V227", "01_osnabrueck_urlaub.txt", "01_letter.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any(t.startswith("Hm, lassen wir es lieber bei dem") for t in said), said
    assert result["agreed_terms"]["date"] == "2026-12-11"
