"""Sixty-third session: the start round V316–V319 — a bill lowered "um 150 Euro" is a
compromise, not a down payment; the rest asked for only "asap" and the customer's own day
taken with a yes fails as pin_date's "asap" does; the arrival after his payment run said in
the call is no other day in the letter; the house rule "after 60 days to a debt collector" is
an ultimatum; third parties told with "make sure … know"; sarcasm in English ("apparently
forgotten", "you do actually answer the phone"); a lost invoice insisted on as sent; a start
broken off ("Ich wollte – …") asks nothing (benchmarks/README.md, "Sixty-third session")."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played
from tests.scenarios.test_customer_v43 import _heard
from trainer.simulation.names import own_name
from trainer.understanding.facts import CORRECTION
from trainer.understanding.pressure import pressure_kind, unlawful_pressure


# --- the price lowered by a sum --------------------------------------------------------------
def test_a_bill_lowered_by_a_sum_then_the_reduced_sum_is_the_whole() -> None:
    """V319 03: "mindere ich die Rechnung außerdem um 150 Euro" and "Es wären dann 3.420
    Euro … bis Freitag, den 18. Dezember" became "3.420,00 € vorab … Und bis wann brauchen
    Sie den Rest?" — a textbook compromise failed at 67 (its auditor: pass 85–100)."""
    result = _played(
        "de-maler-berechtigter-einwand", "V319", "03_thueringen_maler.txt", "03_letter.txt"
    )
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert not any("vorab" in t for t in said)
    assert result["outcome"] == "compromise"
    assert result["passed"] is True


def test_a_right_read_back_of_the_reduced_sum_is_not_corrected_to_the_reduction() -> None:
    """V319 probe 3: "Sie überweisen 3.420 Euro bis zum 18. Dezember" was "corrected" to
    "150,00 € bis zum 18.12.2026" (the reduction's size taken as the sum)."""
    result = _played(
        "de-maler-berechtigter-einwand", "V319", "p3_maler_no_figure.txt", "03_letter.txt"
    )
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert not any(t.startswith("Nein, nicht ganz") for t in said)
    assert result["passed"] is True


# --- the rest asked for only "asap" ------------------------------------------------------------
@pytest.mark.parametrize(
    ("audit", "script"),
    [("V319", "08_georgia_cafe.txt"), ("V312", "p1_accra_no_pressure.txt")],
)
def test_the_rest_asked_for_asap_and_his_own_day_taken_fails(audit: str, script: str) -> None:
    """V319 08: "And the rest, the £790, you just get that to me asap, y'hear?" — "The rest I
    could pay from 21 December 2026" — "Sounds good, partner." passed at 88 silver (its
    auditor: fail); V312 probe 1 the same with "Alright." (87 silver)."""
    letter = "09_letter.txt" if audit == "V312" else None
    result = _played("en-cash-problems-cafe", audit, script, letter)
    assert result["passed"] is False
    (rest,) = _failed(result)["date_for_rest"]
    assert "as soon as possible" in rest["reason"]
    assert "21 December 2026" in rest["reason"]
    assert "date_for_rest" in result["critical"]


def test_the_rests_day_named_in_the_goodbye_is_named_as_such() -> None:
    """V313 probe 5: "And the balance of £790 by the 15th of January, sir. Thank you for your
    time, have a nice day." — "Asked for a down payment but fixed no date for the rest", with
    the down payment's line as evidence (its auditor: the evidence contradicts the
    transcript)."""
    result = _played("en-cash-problems-cafe", "V313", "p5_cafe_pressure_then_rest.txt")
    assert result["passed"] is False
    (rest,) = _failed(result)["date_for_rest"]
    assert "in your goodbye" in rest["reason"]
    assert "15th of January" in rest["evidence"]


def test_the_down_payments_own_day_and_a_vague_rest_name_no_rests_day() -> None:
    """V316 08: "£400 on Friday and the rest asap" names the down payment's Friday, and
    "… whenever things pick up after Christmas" a vague time: no day for the rest."""
    result = _played("en-cash-problems-cafe", "V316", "08_texas.txt", "08_letter.txt")
    (rest,) = _failed(result)["date_for_rest"]
    assert "goodbye" not in rest["reason"]


# --- the arrival after his payment run -----------------------------------------------------------
@pytest.mark.parametrize(
    ("audit", "script", "letter"),
    [
        ("V318", "12_scottish_logistics.txt", "12_letter.txt"),
        ("V319", "09_hongkong_logistics.txt", "09_letter.txt"),
    ],
)
def test_the_arrival_after_his_run_said_in_the_call_is_no_other_day_in_the_letter(
    audit: str, script: str, letter: str
) -> None:
    """V318 12: "Could it go out in your next payment run? If we say paid by Friday 18
    December at the latest …" — "That'll be our next payment run, on 15 December" — and the
    letter's "by Friday 18 December 2026 at the latest" failed a 98 call at 69, while the same
    call without a letter passed 100 (its auditor: "an unsent confirmation must never beat a
    sent one"). V319 09 the same, and "never said it back" for a read-back of the run."""
    result = _played("en-logistics-approval", audit, script, letter)
    assert result["passed"] is True
    assert "confirm_in_writing" not in result["critical"]
    if audit == "V319":
        assert "pin_date" not in _failed(result)


def test_a_letter_a_week_late_without_the_run_still_fails() -> None:
    """V316 11: the florist's £640 promised for the 11th, the letter says the 18th — another
    promise in writing, no payment run anywhere: the rule of the thirty-eighth session."""
    result = _played("en-florist-forgot", "V316", "11_polish.txt", "11_letter.txt")
    assert result["passed"] is False
    assert "confirm_in_writing" in result["critical"]


# --- one slip, named once ----------------------------------------------------------------------
def test_a_sum_said_back_wrong_and_put_in_the_letter_is_named_once() -> None:
    """V318 probe 6: "£604 by Friday the 18th" corrected to £640 and the letter's £604 failed
    twice (pin_date and the letter), where the same slip with a wrong day too was named once
    (its auditor: "one rule")."""
    result = _played("en-florist-forgot", "V318", "p6_asap.txt", "08_letter.txt")
    assert result["passed"] is False
    failed = _failed(result)
    assert "pin_date" not in failed
    assert any("£604.00" in c["reason"] for c in failed["confirm_in_writing"])


# --- threats --------------------------------------------------------------------------------------
def test_the_house_rule_of_a_debt_collector_after_sixty_days_is_a_threat() -> None:
    """V317 probe 2: "… just so you know, and I say it with the best will in the world, we do
    pass unpaid accounts to a debt collector after 60 days." to a regular who had apologised:
    the calm legal route 0.61 and 86 bronze (its auditor: a threat)."""
    result = _played("en-florist-forgot", "V317", "p2_polite_threat.txt", "07_letter.txt")
    line = next(t for t in result["turns"] if "debt collector after 60 days" in t["text"])
    assert "threaten_legal" in [i["intent"] for i in line["intents"]]
    assert result["passed"] is False


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Mind, if it drags on I'll make sure the other traders on your street know how "
               "you treat your suppliers."),
        ("en", "and I'll make sure people know how you treat suppliers."),
        ("de", "Ich sorge dafür, dass die anderen Händler erfahren, wie Sie mit Lieferanten "
               "umgehen."),
    ],
)  # fmt: skip
def test_making_sure_others_know_is_telling_third_parties(lang: str, line: str) -> None:
    """V318 probe 3 and 11: a threat of weight 2, where the guide fails the call."""
    found = unlawful_pressure(line, lang)
    assert found is not None
    assert pressure_kind(found) == "third"


@pytest.mark.parametrize(
    "line",
    [
        "I'll make sure you know how to pay by card.",
        "I'll make sure the team knows how you want to pay.",
        "I'll make sure our accounts team knows how you'd like to pay.",
    ],
)
def test_making_sure_of_ones_own_people_tells_nobody(line: str) -> None:
    assert unlawful_pressure(line, "en") is None


def test_a_rebuttal_said_as_an_ultimatums_ground_clears_nothing_up() -> None:
    """V319 probe 6: "Du hast die Abnahme doch unterschrieben. Also zahl einfach, sonst geht
    das ans Gericht – ganz freundlich gemeint." earned "Unberechtigten Einwand mit Fakten
    ausgeräumt" beside the threat on the same line."""
    result = _played("de-hausverwaltung-rechtsweg", "V319", "p6_hamburg_no_opener_threat.txt")
    handled = [c for c in result["checks"] if c["id"] == "handle_objection"]
    assert not [c for c in handled if c["passed"]]


def test_only_unlawful_pressure_after_the_refusal_is_named_so() -> None:
    """V317 06: "… einem Inkassobüro zu übergeben und einen Eintrag bei der SCHUFA zu
    veranlassen" after the refusal; the debrief said no next step was chosen."""
    result = _played("de-hausverwaltung-rechtsweg", "V317", "06_werkstudentin_hausverwaltung.txt")
    (step,) = _failed(result)["next_step"]
    assert "unzulässig" in step["reason"]
    assert "SCHUFA" in step["evidence"]


# --- reproaches -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I'm calling about the invoice you've apparently forgotten how to pay. CWS-118, "
               "£2,400, in case it slipped your mind, again."),
        ("en", "Amazing, you do actually answer the phone."),
        ("de", "Ich ruf an wegen der Rechnung, die is ja noch offen, und ähm, Sie ham ja "
               "wahrscheinlich einfach vergessen zu bezahln, oder?"),
        ("de", "Tut mir leid, wenn du das mit dem Wasser nicht verstanden hast, aber das liegt an "
               "deinem Hofablauf, nicht an meinem Pflaster."),
        ("de", "Na ja, bei uns ist sie jedenfalls ordnungsgemäß rausgegangen, das hab ich extra "
               "nachgeschaut."),
        ("en", "Well, it definitely went out from our end, I checked."),
        # the end round: German irony read as sympathy (V323 p3 and 05, V320 p3), blame behind
        # an apology (V322 p1 and 06), "decided our invoice isn't a priority" (V321 p1)
        ("de", "Na klar, drei Wochen Urlaub, da kann man 2.380 Euro ja mal eben vergessen."),
        ("de", "Ach, Urlaub, wie schön – manche können sich das ja leisten."),
        ("de", "Ach, das Wasser. Klar, weil Pflastersteine ja bekanntlich den Hofablauf "
               "verstopfen."),
        ("de", "Tut mir leid, wenn ich da deutlich werde, aber wenn man seine Post lesen würde, "
               "wäre das nicht passiert."),
        ("de", "Tut mir leid, wenn i da deutlich werd, aber wenn man seine Post halt lesen tät, "
               "wär das nit passiert."),
        ("en", "I'm sorry you've decided our invoice isn't a priority, Tom — INV-0412 is still "
               "open …"),
    ],
)  # fmt: skip
def test_sarcasm_and_digs_are_reproaches(lang: str, line: str) -> None:
    """V318 11 and probe 1, V316 probe 2, V319 probe 6, V314 02: a neutral opener, a
    greeting, a reason question or small talk, and no reproach heard."""
    heard = _heard(lang, line, learner_turn=2, objection_raised=False)
    assert "accusatory_opener" in heard
    assert "neutral_opener_open_invoice" not in heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Laut System ist sie am 3. November bei uns rausgegangen, vermutlich an die alte "
               "Adresse."),
        ("en", "Our records show it went out on the 3rd, probably to the old address."),
        ("en", "Did you actually get the invoice?"),
        ("de", "Keine Sorge, das kriegen wir hin."),
        ("de", "Das kann ja mal passieren, kein Problem."),
    ],
)  # fmt: skip
def test_the_record_and_plain_questions_are_no_reproach(lang: str, line: str) -> None:
    assert "accusatory_opener" not in _heard(lang, line, learner_turn=2)


def test_the_invoice_insisted_on_as_sent_fails_the_lost_invoice_call() -> None:
    """V314 02: "Na ja, bei uns ist sie jedenfalls ordnungsgemäß rausgegangen, das hab ich
    extra nachgeschaut." to a customer who never got it — small talk, 100 gold (its auditor:
    a defensive dig, fail 45–69)."""
    result = _played("de-erstkunde-rechnung-verloren", "V314", "02_linz.txt", "02_letter.txt")
    assert result["passed"] is False
    assert "no_accusation" in _failed(result)


def test_the_rhineland_all_will_be_well_is_no_reproach() -> None:
    """V319 02: "Et hätt noch immer jot jejange." was blame 0.56 ("Sie tun so, als wollte ich
    nicht zahlen!"); it plays the matter down."""
    heard = _heard(
        "de", "Und dann zahlen Sie einfach bald, wenn et passt, ne? Et hätt noch immer jot "
        "jejange.", learner_turn=4,
    )  # fmt: skip
    assert "accusatory_opener" not in heard


# --- a start broken off ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Ich wollte – also, ich wollte eigentlich nur – ich rufe wegen der noch offenen "
               "Rechnung an."),
        ("de", "Ich wollte – ich rufe wegen der Rechnung an."),
        ("en", "I wanted – I just wanted to – I'm calling about the invoice."),
    ],
)  # fmt: skip
def test_a_start_broken_off_asks_nothing(lang: str, line: str) -> None:
    """V313 05: "Ich wollte" read as a reason question 0.57 beside the opener, and the
    opening failed as "asked for the reason instead of staying silent" (38 for 54)."""
    heard = _heard(lang, line, learner_turn=1)
    assert "neutral_opener_open_invoice" in heard
    assert "ask_reason" not in heard


def test_a_whole_question_after_ich_wollte_still_asks() -> None:
    assert "ask_reason" in _heard("de", "Ich wollte fragen, warum die Rechnung noch offen ist.")


def test_a_figure_taken_back_with_let_me_say_is_taken_back() -> None:
    """V317 08: "could you pay £500 now — sorry, let me say £450 — by Wednesday" got "£500.00
    up front?"."""
    assert CORRECTION.search("£500 now — sorry, let me say £450 — by Wednesday")
    result = _played("en-chippy-instalments", "V317", "08_lagos_chippy.txt", "08_letter.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any("£450.00" in t for t in said)
    assert not any("£500.00" in t for t in said)


# --- the end round ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("hallo, hier ist tim, ich mach grad aushilfsweise die buchhaltung bei vogt grafikdesign",
         "Tim"),
        ("hiya dave, it's ciaran, the apprentice at walsh plumbing & heating", "Ciaran"),
    ],
)  # fmt: skip
def test_a_lower_case_name_before_a_comma_and_the_firm_is_a_name(line: str, name: str) -> None:
    """V323 04 and 10: "Ihr Name (Lena Vogt) fehlt" — with "Tim" capitalised it passed."""
    said = own_name(line, [])
    assert said is not None and said.words == (name,)


@pytest.mark.parametrize(
    "line", ["it's fine, we at the office can wait", "hi, it's me, from walsh"]
)
def test_a_word_before_a_comma_is_no_name(line: str) -> None:
    assert own_name(line, []) is None


def test_facts_beside_a_polite_threat_still_clear_the_objection_up() -> None:
    """V323 probe 5: "Please, I would hate to have to involve our solicitors, Madam. The online
    booking form is phase two. You postponed phase two yourself by e-mail on 12 August …" —
    she gave in to the facts; the threat is charged on its own (at most bronze), the facts are
    no "bare word"."""
    result = _played("en-web-studio-unjustified", "V323", "p5_11_polite_threat.txt",
                     "11_letter.txt")  # fmt: skip
    assert result["passed"] is True
    assert "handle_objection" not in _failed(result)
    assert "no_premature_threat" in _failed(result)


def test_unlawful_pressure_before_any_refusal_points_to_a_solution() -> None:
    """V321 11: a credit-rating threat in the fourth line of a cash-problems call was shown "I
    will now pursue the claim through a court payment order" as the better move."""
    result = _played("en-chippy-instalments", "V321", "11_pakbrit_chippy.txt")
    (threat,) = _failed(result)["no_premature_threat"]
    assert "court" not in threat["better"]


def test_the_plan_sent_another_way_than_he_asked_costs_gold() -> None:
    """V316 07r: "Fax it to the shop, I'll sign it and fax it back. Just not to my home
    address." — "I'll email it to kempschippy@gmail.com": 100 gold (GUIDE §4: sent as agreed
    with the customer)."""
    result = _played("en-chippy-instalments", "V316", "07r_belfast.txt", "07r_letter.txt")
    assert result["passed"] is True
    assert result["tier"] == "silver"
    (sign,) = _failed(result)["countersign"]
    assert "another way" in sign["reason"]


def test_the_plan_sent_the_way_he_asked_keeps_gold() -> None:
    """V123 07r: "will I fax it to the shop, or is email safer for you?" and his fax: no
    fault."""
    result = _played("en-chippy-instalments", "V123", "07r_belfast_chippy.txt", "07r_letter.txt")
    assert "countersign" not in _failed(result)
    assert result["tier"] == "gold"


def test_a_plan_refused_twice_says_what_he_is_missing() -> None:
    """V320 07r and probe 1: "I said I don't know." to a whole plan of his own asking, twice,
    and the learner could not tell what was wrong."""
    result = _played("en-chippy-instalments", "V320", "07r_dundee_roofer.txt", "07r_letter.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any(t.startswith("I said I don't know.") and "do you even get that" in t for t in said)
