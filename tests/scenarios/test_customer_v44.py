"""Forty-fourth session: what the outside audits (benchmarks/audits/) found."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played
from tests.scenarios.test_customer_v41 import _customer
from tests.scenarios.test_customer_v43 import _heard
from trainer.understanding.facts import extract_facts

DAY = dt.date(2026, 12, 7)


# --- the day he agrees is the day he names ----------------------------------------------------
def test_his_own_day_taken_up_within_a_split_is_the_day_he_names() -> None:
    """V136 04: the learner's split (500 € by the 11th, the rest by the 22nd) went unanswered;
    the garage owner offered "Bis nächsten Freitag" (the 18th), the learner's "ja verstehe" took
    it up, and he said "Abgemacht, bis zum 22.12.2026" while the rest was recorded for the 18th
    — so the read-back of the 22nd he had just said was corrected to the 18th."""
    result = _played("de-werkstatt-ueberraschung", "V136", "04_kurdisch_werkstatt.txt")
    said = _customer(result)
    deal = next(line for line in said if "Abgemacht" in line)
    assert "18.12.2026" in deal and "22.12" not in deal
    # the read-back of the 22nd is corrected to the day he said
    assert any("Nein, nicht ganz" in line and "18.12.2026" in line for line in said)


def test_the_letter_of_the_day_he_corrected_stays_critical() -> None:
    """The same call's letter names the 22nd he corrected: still the critical fault."""
    result = _played(
        "de-werkstatt-ueberraschung", "V136", "04_kurdisch_werkstatt.txt", "04_letter.txt"
    )
    assert result["passed"] is False
    assert "confirm_in_writing" in _failed(result)


# --- sympathy is sympathy, a non-apology is none ------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V140 06: a reproach 1.00, the customer took offence, the call failed twice for it
        ("de", "Ja, verstehe, das ist natürlich nicht schön für Sie."),
        ("de", "Verstehe, das ist nicht so schön für Sie."),
    ],
)
def test_not_nice_for_you_is_sympathy(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert "accusatory_opener" not in heard and "empathise" in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V141 02: empathy 0.97, "Danke.", 93 silver with the reproach unseen
        ("de", "Des tut mir leid, wenn Ihnen des so vorkommt, aber mein Geselle arbeitet "
               "normalerweise schon sauber, des müssen S' scho wissen."),
        # V140 05: empathy 0.56 (Vorarlberg), 100 gold
        ("de", "Es tuat ma leid, wenn Sie des so empfindet, aber i hätt mir gwünscht, Sie hättet "
               "glei agrüaft statt afach nit zahla."),
        # V142 12: empathy 0.86, "Thanks for being so nice about it."
        ("en", "ok ok. i am sorry that you are so busy that you cannot pay you're bills."),
    ],
)  # fmt: skip
def test_an_apology_that_is_blame_is_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert heard.get("accusatory_opener", 0) >= 0.5 and "empathise" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Tut mir leid, wenn Sie das so sehen, aber lassen Sie uns eine Lösung finden: "
               "wir kommen nächste Woche vorbei."),
        ("de", "Tut mir leid, wenn Sie das so sehen, aber was genau ist denn in Raum 3 nicht in "
               "Ordnung?"),
        ("en", "Sorry if it seems that way, but what exactly came loose?"),
        ("en", "I'm sorry you're so busy at the moment, that must be hard."),
    ],
)  # fmt: skip
def test_the_same_lead_in_before_a_way_out_is_no_reproach(lang: str, line: str) -> None:
    """The guards: the "but" turns to an offer or a question, or there is no "but"."""
    assert "accusatory_opener" not in _heard(lang, line, learner_turn=4, objection_raised=True)


def test_the_wrapped_reproach_costs_in_the_call() -> None:
    """V141 02 (its auditor: fail, 50-72): now the conduct check and the objection check."""
    result = _played("de-maler-berechtigter-einwand", "V141", "02_ingolstadt_maler.txt")
    assert {"no_accusation", "handle_objection"} <= set(_failed(result))
    assert result["passed"] is False


# --- catching up is chat --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Wir haben uns ja lange nicht gesprochen.",
        "Läuft im neuen Lager alles mit der Beleuchtung? Wir haben uns ja lange nicht gesprochen.",
    ],
)
def test_catching_up_is_no_reproach(line: str) -> None:
    """V143 01 and probe 2: a reproach 0.91; "Na hören Sie mal!", and 71 for a textbook call."""
    assert "accusatory_opener" not in _heard("de", line, learner_turn=1, opened=False)


def test_not_paying_for_long_stays_a_reproach() -> None:
    assert "accusatory_opener" in _heard("de", "Sie haben ja lange nicht gezahlt.", learner_turn=1)


def test_the_catch_up_call_keeps_gold() -> None:
    result = _played("de-stammkunde-urlaub", "V143", "01_hameln_stammkunde.txt", "01_letter.txt")
    assert "no_accusation" not in _failed(result)
    assert "Na hören Sie mal!" not in " ".join(_customer(result))


# --- the invoice named is no discount -------------------------------------------------------------
def test_the_invoice_named_with_its_sum_is_no_compromise() -> None:
    """V143 10 and probe 4: a compromise 0.58, and "you didn't have to, but thanks"."""
    line = "It's invoice SPS-2291 for £640 for the wedding brochures and price cards."
    assert "offer_compromise" not in _heard("en", line, learner_turn=2)
    result = _played("en-florist-forgot", "V143", "10_bermuda_florist.txt", "10_letter.txt")
    assert not any("didn't have to" in line for line in _customer(result))


def test_a_discount_beside_the_invoice_stays_a_compromise() -> None:
    line = "It's invoice SPS-2291 for £640, and I can knock £40 off if that helps."
    assert "offer_compromise" in _heard("en", line, learner_turn=2)


# --- a call to pay all of it is no down payment ---------------------------------------------------
def test_the_whole_sum_asked_asap_is_no_down_payment() -> None:
    """V141 probe 4: "Paying some of it now? No, that's not the issue." to the whole £180."""
    result = _played("en-handyman-waive", "V141", "p4_asap_plain.txt")
    assert not any("Paying some of it now" in line for line in _customer(result))
    assert result["passed"] is False


def test_if_you_could_pay_is_a_call_to_pay() -> None:
    """V141 09: "if you could just sweet as pay the £180 asap" had no reading: "I'm not sure I
    follow." """
    result = _played("en-handyman-waive", "V141", "09_hamilton_handyman.txt")
    assert "I'm not sure I follow." not in _customer(result)


# --- a day put right inside a list of payments ----------------------------------------------------
def test_a_day_put_right_in_a_plan_is_taken_back() -> None:
    """V142 10r: "£920 on 15 December — sorry, on 15 January — …" kept four payments."""
    facts = extract_facts(
        "All right, then let's put the whole £2,760 into monthly payments: £920 on 15 December "
        "— sorry, on 15 January — £920 on 15 February and £920 on 15 March.",
        DAY,
    )
    days = [f.value for f in facts if f.kind == "date"]
    assert days == ["2027-01-15", "2027-02-15", "2027-03-15"]
    result = _played("en-chippy-instalments", "V142", "10r_blantyre.txt", "10r_letter.txt")
    assert result["passed"] is True and "instalment_terms" not in _failed(result)


def test_a_sorry_before_a_day_that_stays_is_no_correction() -> None:
    facts = extract_facts("Sorry, by the 18th would be fine.", DAY)
    assert [f.value for f in facts if f.kind == "date"] == ["2026-12-18"]


# --- the clerk who is still looking understands the invoice offered -------------------------------
@pytest.mark.parametrize(
    ("audit", "script"), [("V140", "03_celle_behoerde.txt"), ("V142", "06_pforzheim.txt")]
)
def test_the_invoice_offered_while_he_looks_is_understood(audit: str, script: str) -> None:
    """V140 03, V142 06: "Wie bitte? Worum geht es denn genau?" to the right offer, while he
    was still looking the case up. He says he is still looking (taking the offer there and
    then cost two older audits their verdicts, so it was not kept)."""
    result = _played("de-behoerde-bestellnummer", audit, script)
    said = _customer(result)
    assert "Wie bitte? Worum geht es denn genau?" not in said
    assert any(line.startswith("Moment, gleich") for line in said)


# --- the better line takes his sooner day ---------------------------------------------------------
def test_the_better_line_takes_the_sooner_day_he_offered() -> None:
    """V143 09: "The rest I could pay from 21 December" — the better line said "by Monday 28
    December", a week later than the customer had offered."""
    result = _played("en-cash-problems-cafe", "V143", "09_portmoresby_cafe.txt")
    rest = next(c for c in result["checks"] if c["id"] == "date_for_rest")
    assert "21 December" in rest["better"] and "28 December" not in rest["better"]


# --- "can you tell me?" is a politeness tag ------------------------------------------------------
def test_can_you_tell_me_asks_what_is_wrong() -> None:
    """V140 10: "Right so, what exactly isn't finished, can you tell me?" (clarify 1.00) was
    taken as "you tell me what works", and the web-studio customer said "I'm not sure I follow"."""
    result = _played("en-web-studio-unjustified", "V140", "10_athlone_webstudio.txt")
    said = _customer(result)
    assert "I'm not sure I follow." not in said
    assert any("email form" in line for line in said)


# --- second round (V144-V147, at a2a20b8) -----------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V147 05: empathy 1.00; without the sympathetic clause a reproach 0.89 (p1)
        ("de", "Das versteh ich schon, das ist eine blöde Situation – aber die Rechnung ist jetzt "
               "drei Wochen drüber, da muss jetzt wirklich was passieren."),
        # V147 02: empathy 0.98 ("duad" was not among the Bavarian sorries)
        ("de", "Des duad ma leid, dass Sie des so sehn, aber mei Gsell hat des scho ordentlich "
               "gmacht, des war sauber."),
        # V145 05: empathy 0.68
        ("de", "Aha. Jo mei, das sagen viele."),
    ],
)  # fmt: skip
def test_pressure_and_sneers_behind_sympathy_are_reproaches(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4, objection_raised=True)
    assert "accusatory_opener" in heard and "empathise" not in heard, heard


def test_the_bavarian_non_apology_costs_in_the_call() -> None:
    """V147 02 (its auditor: fail, 45-69): 80 silver with the reproach unseen."""
    result = _played("de-maler-berechtigter-einwand", "V147", "02_traunstein_maler.txt")
    assert {"no_accusation", "handle_objection"} <= set(_failed(result))
    assert result["passed"] is False


def test_a_learner_who_stops_a_reproach_has_not_made_it() -> None:
    """V145 12: "… but — no, wait, it doesn't matter who is right." was blame 0.95, and the
    handyman's customer would not take the free re-fix after it."""
    line = "I am sure they was firm when I leave, but — no, wait, it doesn't matter who is right."
    assert "accusatory_opener" not in _heard("en", line, learner_turn=4, objection_raised=True)
    assert "accusatory_opener" in _heard(
        "en", "You never read anything properly, honestly.", learner_turn=4, objection_raised=True
    )
    result = _played("en-handyman-waive", "V145", "12_egypt_handyman.txt", "12_letter.txt")
    assert not any("change your tone" in line for line in _customer(result))


def test_a_sneer_that_names_an_email_clears_nothing_up() -> None:
    """V145 10: "… maybe if you read your own e-mails you'd know what you asked for" passed
    handle_objection as "Cleared up an unjustified objection with facts"."""
    result = _played("en-web-studio-unjustified", "V145", "10_tralee_webstudio.txt")
    (handled,) = _failed(result)["handle_objection"]
    assert "own e-mails" in handled["evidence"]


def test_a_request_in_a_letter_is_no_promise_claimed() -> None:
    """V147 07: "… if you could settle it as soon as you can that would be great." after a
    call with no agreement was "The letter confirms a promise the customer never gave"."""
    result = _played("en-florist-forgot", "V147", "07_kendal_florist.txt", "07_letter.txt")
    assert not any(c["id"] == "confirm_in_writing" and c["critical"] for c in result["checks"])
    assert result["passed"] is False


def test_the_sum_he_cannot_pay_said_back_is_no_part_of_the_plan() -> None:
    """V146 12r: "ok, i understand, you dont have 500 pound now. then we make monthly: 690 pound
    on 8 january, …" kept the refused £500 beside the four payments (£3,260 on £2,760)."""
    result = _played("en-chippy-instalments", "V146", "12r_turkish_chippy.txt", "12r_letter.txt")
    terms = result["agreed_terms"]
    assert "now" not in terms and terms["count"] == 4 and terms["each"] == 690.0


def test_a_plan_read_back_with_a_wrong_payment_is_corrected() -> None:
    """V146 p1: "690 pound 8 january, 790 pound 8 february, …" — the days went unread ("pound 8"
    taken for £8) and the customer said "Yeah, that's the deal." """
    facts = extract_facts("ok so we say: 690 pound 8 january, 790 pound 8 february.", DAY)
    assert [f.value for f in facts if f.kind == "date"] == ["2027-01-08", "2027-02-08"]
    result = _played("en-chippy-instalments", "V146", "p1_chippy_no_dp.txt", "12r_letter.txt")
    assert not any("that's the deal" in line for line in _customer(result))


def test_the_whole_bill_asked_asap_is_answered_as_a_call_to_pay() -> None:
    """V145 p4: "could you do the £640 asap?" got "Paying some of it now? No …"."""
    result = _played("en-florist-forgot", "V145", "p4_florist_asap.txt", "07_letter.txt")
    said = _customer(result)
    assert not any("Paying some of it now" in line for line in said)
    assert "I'm not sure I follow." not in said


@pytest.mark.parametrize(
    ("sid", "script", "letter"),
    [
        ("de-stammkunde-urlaub", "p3_01_inkasso_fee.txt", "01_letter.txt"),
        ("en-cash-problems-cafe", "11_kandy_cafe.txt", None),
    ],
)
def test_a_collection_agencys_fees_held_over_him_are_critical(
    sid: str, script: str, letter: str | None
) -> None:
    """V144 p3 and 11: "… ans Inkasso geben, und die nehmen 150 Euro Gebühren", "… and they
    will add their fees also": a threat of weight 2, the fee never named."""
    result = _played(sid, "V144", script, letter)
    threat = next(c for c in result["checks"] if c["id"] == "no_premature_threat")
    assert threat["critical"] and not threat["passed"]


def test_the_better_line_without_evidence_claims_no_paperwork() -> None:
    """V146 09: "… I have the paperwork for it" in the handyman call, where there is none."""
    result = _played("en-handyman-waive", "V146", "09_bunbury_handyman.txt")
    threat = [c for c in result["checks"] if c["id"] == "no_premature_threat"]
    assert threat and not any("paperwork" in c["better"] for c in threat)


def test_a_read_back_with_a_wrong_sum_names_the_sum() -> None:
    """V144 p4: "so we have 460 pounds on monday 14 december, yes?" for his £640 by the 18th was
    named only for its day."""
    result = _played("en-florist-forgot", "V144", "p4_12_letter_fixed.txt", "p4_letter.txt")
    wrong = [c for c in _failed(result).get("pin_date", []) if "£460.00" in c["reason"]]
    assert wrong, _failed(result)


# --- third round (V148-V151, at 0177a1d) ------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "turn"),
    [
        # V150 p3: empathy 1.00 and thanks, 100 gold
        ("de", "Tut mir leid, wenn ich das so sage, aber Sie sind wirklich spät dran, das ist "
               "nicht meine Schuld.", 4),
        # V151 p4: empathy, 80 bronze
        ("de", "Das versteh ich eh. Aber so geht's halt nicht weiter.", 4),
        # V151 10: empathy 0.96, and the customer apologised
        ("en", "I'm sure it's an honest mistake, but these things do seem to keep happening with "
               "you lately.", 4),
        # V149 02: the article's forbidden opener in dialect, "Sachlicher Einstieg ohne Vorwurf"
        ("de", "Ich ruf wegen der Rechnung an und wollt halt fragen, warum da bis heut nix "
               "gekommen is.", 1),
    ],
)  # fmt: skip
def test_the_third_rounds_reproaches_are_heard(lang: str, line: str, turn: int) -> None:
    assert "accusatory_opener" in _heard(lang, line, learner_turn=turn)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Don't worry, everyone forgets sometimes."),
        # the Australian "righto" is assent (tests/scoring/test_rest_date_evidence.py); V149 09's
        # "Yeah righto, everyone forgets." stays read as sympathy (left in the README)
        ("en", "Yeah righto, slow months are rough mate."),
        ("de", "Ich weiß, dass das nicht Ihre Schuld ist, aber können Sie bis Freitag zahlen?"),
        # understanding, then a proposal (the guards of the second round)
        ("de", "Das versteh ich schon, aber können Sie bis Freitag überweisen?"),
        ("en", "I understand, but something has to change, so how about £300 now?"),
    ],
)
def test_kindness_beside_the_same_words_is_no_reproach(lang: str, line: str) -> None:
    assert "accusatory_opener" not in _heard(lang, line, learner_turn=4)


def test_a_bavarian_admission_argues_nothing() -> None:
    """V150 02: "Da haben S' recht, des war ned sauber." a rebuttal 0.51 beside the empathy."""
    heard = _heard(
        "de", "Da haben S' recht, des war ned sauber.", learner_turn=4, objection_raised=True
    )
    assert "rebut_unjustified_objection" not in heard


def test_a_sum_called_too_much_is_not_the_one_asked() -> None:
    """V148 07r: "Fair enough, £500 is too much. Could you do a smaller first payment, just
    £100 by Friday the 11th …?" — the chip-shop owner answered "The £500.00 up front — I told
    you", quoting the sum the learner had just let go."""
    result = _played("en-chippy-instalments", "V148", "07r_middlesbrough_chippy.txt")
    said = " ".join(_customer(result))
    assert "£100.00 up front" in said and "£500.00 up front — I told you" not in said
