"""Forty-second session: what the outside audits V120-V123 (benchmarks/audits/) found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.scenarios.test_customer_v36 import _failed, _letter, _played, _runner, _script
from tests.scenarios.test_customer_v41 import _customer
from trainer.cli import main
from trainer.understanding import load_recogniser
from trainer.understanding.context import apply_context
from trainer.understanding.types import Context

DAY = dt.date(2026, 12, 7)
AUDITS = Path(__file__).resolve().parents[2] / "benchmarks" / "audits"


def _heard(lang: str, line: str, **context: object) -> dict[str, float]:
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    applied = apply_context(recognition, Context(**context))  # type: ignore[arg-type]
    return {h.intent: h.confidence for h in applied.intents}


# --- the cap said in the call's language ------------------------------------------------------
def test_the_cap_line_of_a_german_call_is_german(capsys, tmp_path, monkeypatch) -> None:
    """V120 05: "A must-have check was missed, so the score is capped …" was the one English
    sentence in a German debrief (the checks' reasons and the tier cap were German)."""
    monkeypatch.setenv("TRAINER_TRANSCRIPTS", str(tmp_path))
    folder = AUDITS / "V120"
    code = main(
        [
            "play", "de-werkstatt-ueberraschung",
            "--script", str(folder / "05_zuerich_werkstatt.txt"),
            "--letter", str(folder / "05_letter.txt"), "--seed", "1", "--today", "2026-12-07",
        ]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "ohne die Deckelung: " in out and "Muss-Kriterium" in out
    assert "must-have" not in out


# --- an invented dunning fee ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Dazu kommen jetzt allerdings noch 50 Euro Mahngebühr.",
        "Jetzt kommt schon 50 Euro Mahngebühr dazu, das ist so bei uns.",
        "Sonst muss ich leider 50 Euro Mahngebühr druffschlagen, des is bei uns so.",
        "Sonst kommen noch Mahngebühren dazu.",
    ],
)
def test_a_dunning_fee_added_is_unlawful_pressure(line: str) -> None:
    """V121 probe 1, V122 probe 3 and call 04: "50 Euro Mahngebühr" was read as a down payment
    (or not at all); the customer took "50,00 € vorab" and the call scored 93 silver / 100 gold.
    No call of ours follows a reminder that charged a fee: a fee named is invented (GUIDE §6)."""
    from trainer.understanding.pressure import pressure_kind, unlawful_pressure

    found = unlawful_pressure(line, "de")
    assert found is not None and pressure_kind(found) == "fee"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Die Mahngebühr lass ich weg, und die Stunde berechne ich nur halb."),
        ("de", "Wir verzichten auf die Mahngebühr."),
        ("de", "Die Mahngebühr entfällt, solange jede Rate pünktlich kommt."),
        ("de", "Ohne Mahngebühren, versprochen."),
        ("en", "I'll waive the late fee if it's with us by Friday."),
        ("en", "We can drop the admin fee, no problem."),
    ],
)
def test_a_fee_let_go_is_no_pressure(lang: str, line: str) -> None:
    """A fee waived is a concession: "I'll waive the late fee" was critical before."""
    from trainer.understanding.pressure import unlawful_pressure

    assert unlawful_pressure(line, lang) is None


def test_the_invented_fee_fails_the_call_and_offends_the_regular() -> None:
    """V122 probe 3: "50,00 € vorab, kein Problem" and 100 gold."""
    result = _played("de-stammkunde-urlaub", "V122", "p3_invented_fee.txt")
    assert not result["passed"]
    (threat,) = [c for c in result["checks"] if c["id"] == "no_premature_threat"]
    assert threat["critical"] and not threat["passed"] and "Gebühr" in threat["reason"]
    assert not any("vorab" in s for s in _customer(result))


# --- the caller's own need ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Aiyo, I understand, winter is tough for the shop lah. But I really need this "
               "money also, you know, my suppliers don't wait for me."),
        ("en", "I need the money, my suppliers won't wait."),
        ("en", "But please, I also have workers to pay, so you must pay something this week."),
        ("de", "Ach, das kann ja mal passieren. Ich verstehe das, aber ich brauche das Geld "
               "auch, meine Lieferanten warten ja auch nicht."),
    ],
)  # fmt: skip
def test_the_callers_own_need_is_neither_threat_nor_blame(lang: str, line: str) -> None:
    """V120 08 (a legal threat 0.81, the customer hung up, "Threatened legal action"), V121 11
    and V120 probe 4 (a reproach; the regular refused every date after it): the caller's own
    need is pressure, which the guide names no fault; the same idea read alike in both
    languages."""
    heard = _heard(lang, line, learner_turn=3)
    assert "threaten_legal" not in heard and "accusatory_opener" not in heard, heard


def test_the_own_need_is_answered_as_a_call_to_pay() -> None:
    """... and the customer answers it as the call to pay it is, not "Sorry, what was that
    about?" (V120 probe 1 with the blame and the threat gone)."""
    result = _played("en-chippy-instalments", "V120", "p1_chippy_no_particles.txt")
    said = _customer(result)
    assert not any(s.startswith(("Sorry, what", "You know what")) for s in said), said
    assert result["outcome"] != "hang_up"


def test_blame_beside_the_need_still_costs() -> None:
    """The guard: the need with blame in the same line stays a reproach."""
    heard = _heard("de", "Sie zahlen nie pünktlich, und ich brauche das Geld auch.", learner_turn=3)
    assert "accusatory_opener" in heard


# --- what the compromise is ---------------------------------------------------------------------
def test_money_off_with_the_room_left_as_it_is_is_agreed_without_rework() -> None:
    """V120 probe 6 (and V122 02): "Raum 3 bleibt, wie er ist, dafür ziehe ich Ihnen 150 Euro
    ab" got "Einverstanden. Raum 3 wird nachgebessert …" and "Dann bis nächste Woche in
    Raum 3" — rework nobody had offered, in the transcript a reviewer reads."""
    result = _played("de-maler-berechtigter-einwand", "V120", "p6_maler_price_only.txt")
    said = " ".join(_customer(result))
    assert "nachgebessert" not in said and "in Raum 3." not in said, said
    assert result["agreed_terms"]["amount"] == 3420.0
    assert not result["agreed_terms"].get("rework")


def test_rework_offered_is_still_confirmed() -> None:
    """The guard: the painter who sends his journeyman back hears it confirmed."""
    result = _played("de-maler-berechtigter-einwand", "V123", "02_nuernberg_maler.txt")
    said = " ".join(_customer(result))
    assert "Raum 3 wird nachgebessert" in said
    assert result["agreed_terms"]["rework"] is True


# --- blame in the opener and after a non-apology ------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I'm ringing about that invoice you still haven't paid, love. Why's it not "
               "been settled?"),
        ("de", "Ich rufe wegen der noch offenen Rechnung GL-2026-215 an, die ja nun auch schon "
               "sechs Wochen drüber ist."),
        ("de", "Tut mir leid, wenn Sie das so sehen, aber um Ihre Rechnungen müssen Sie sich schon "
               "selbst kümmern, auch im Urlaub. Können Se die 2.380 Euro bis Freitag, den 11. "
               "Dezember, überweisen?"),
    ],
)  # fmt: skip
def test_blame_said_in_passing_is_a_reproach(lang: str, line: str) -> None:
    """V121 probe 4 ("A factual opening without blame", with this line as the evidence), V122
    probe 6 ("ja nun auch schon sechs Wochen drüber": 100 gold), V121 probe 5 (his bills his
    own business, heard as the date request alone: 100 gold)."""
    heard = _heard(lang, line, learner_turn=3)
    assert "accusatory_opener" in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I'm calling about invoice 4411, which is still open."),
        ("de", "Ich rufe wegen der noch offenen Rechnung GL-2026-215 an, die seit dem 2. "
               "November fällig ist."),
        ("de", "Ich rufe wegen der Rechnung an. Können Sie die 2.380 Euro bis Freitag überweisen?"),
    ],
)  # fmt: skip
def test_the_plain_statement_stays_neutral(lang: str, line: str) -> None:
    """The guards: the same openers and date request without the jab."""
    assert "accusatory_opener" not in _heard(lang, line, learner_turn=3)


def test_the_reproach_after_the_non_apology_costs_and_offends() -> None:
    """V121 probe 5: 100 gold, no_accusation "Sachlicher Einstieg ohne Vorwurf"."""
    result = _played("de-stammkunde-urlaub", "V121", "p5_01_blame_apology.txt")
    assert "no_accusation" in _failed(result)
    assert not result["passed"]


# --- threats dressed as reluctance, and third parties told in the German order -------------------
@pytest.mark.parametrize(
    "line",
    [
        "With all due respect, sir, I would hate for this matter to end up with our solicitors, "
        "as I am sure you would too.",
        "I'd hate to have to pass this on to our solicitor, Claire, but I'm sure it won't "
        "come to that.",
    ],
)
def test_a_legal_step_one_would_hate_to_take_is_a_threat_before_any_refusal(line: str) -> None:
    """V121 11 ("No threat in the whole call") and V122 probe 2 (the calm legal route to a
    regular who had just apologised, 71 bronze)."""
    assert "threaten_legal" in _heard("en", line, learner_turn=4)
    after = _heard("en", line, learner_turn=8, negotiation_failed=True)
    assert "threaten_legal" not in after or after["threaten_legal"] < 0.5


def test_id_hate_to_lose_you_is_no_threat() -> None:
    heard = _heard("en", "I'd hate to lose you as a customer.", learner_turn=4)
    assert "threaten_legal" not in heard


@pytest.mark.parametrize(
    "line",
    [
        "Na ja, ich tät ja ungern mit de annern Handwerker im Viertel drüber redde müsse, gell.",
        "Na ja, ich würde ja ungern mit den anderen Handwerkern im Viertel darüber reden müssen.",
        "Sonst muss ich mal mit Ihren Kunden darüber sprechen.",
    ],
)
def test_telling_others_said_verb_last_is_unlawful(line: str) -> None:
    """V123 probe 2: small talk, "Keine vorschnelle Drohung", 100 gold (GUIDE §6: telling third
    parties is a critical failure)."""
    from trainer.understanding.pressure import pressure_kind, unlawful_pressure

    found = unlawful_pressure(line, "de")
    assert found is not None and pressure_kind(found) == "third"


@pytest.mark.parametrize(
    "line",
    [
        "Reden Sie doch mit Ihrem Chef darüber.",
        "Sprechen Sie mit Ihrer Bank darüber, vielleicht geht ein Kredit.",
    ],
)
def test_the_customer_asked_to_talk_to_his_own_people_is_no_pressure(line: str) -> None:
    from trainer.understanding.pressure import unlawful_pressure

    assert unlawful_pressure(line, "de") is None


# --- German small talk about the weekend --------------------------------------------------------
def test_football_on_saturday_is_small_talk_answered_in_kind() -> None:
    """V123 probe 3: "Wie geht es Ihnen denn? Die Eintracht hat ja am Samstag mal wieder
    gewonnen." had no reading (the Saturday was taken as a day to come) and the regular said
    "Das habe ich jetzt nicht ganz verstanden"."""
    result = _played("de-stammkunde-urlaub", "V123", "p3_ffm_smalltalk_std.txt")
    said = _customer(result)
    assert not any("nicht ganz verstanden" in s for s in said), said


# --- read-backs and letters held to every sum agreed ---------------------------------------------
def test_a_rest_read_back_with_its_digits_swapped_is_corrected() -> None:
    """V120 probe 3: "600 Euro bis 9. Dezember, der Rest von 1.256,40 Euro" for his 1.265,40
    got "Jawoll, so machen wir's" (the 600 was right, so the line counted as right) and the
    call 87 silver."""
    result = _played(
        "de-werkstatt-ueberraschung", "V120", "p3_werkstatt_letter_fixed.txt", "p3_letter.txt"
    )
    said = _customer(result)
    assert any(s.startswith("Nein, nicht ganz") and "1.265,40 €" in s for s in said), said
    assert result["tier"] != "gold"


def test_a_right_split_read_back_is_taken() -> None:
    """The guard: the same read-back with the right rest gets his yes."""
    runner = _runner("de-werkstatt-ueberraschung")
    lines = (AUDITS / "V120" / "p3_werkstatt_letter_fixed.txt").read_text(encoding="utf-8")
    script = [
        ln.replace("1.256,40", "1.265,40") for ln in lines.splitlines() if not ln.startswith("#")
    ]
    runner.play(script)
    said = _customer(runner.session.finish())
    assert not any(s.startswith("Nein, nicht ganz") for s in said), said


def test_the_letter_sum_is_checked_when_a_rework_leaves_the_whole_sum_due() -> None:
    """V122 probe 4: "£150 by Friday 11 December" for his £180 after a free re-fix passed 94
    silver — the letter's sum was never looked at; and in call 12 the re-fix day
    ("I'll come back on Wednesday") was named as the letter's wrong payment day."""
    probe = _played("en-handyman-waive", "V122", "p4_handyman_script.txt", "p4_letter.txt")
    assert not probe["passed"]
    reasons = [c["reason"] for c in _failed(probe)["confirm_in_writing"]]
    assert any("£150" in r and "£180.00" in r for r in reasons), reasons
    call = _played("en-handyman-waive", "V122", "12_newcastle_handyman.txt", "12_letter.txt")
    reasons = [c["reason"] for c in _failed(call)["confirm_in_writing"]]
    assert not any("9 December" in r for r in reasons), reasons
    assert any("18 December" in r for r in reasons), reasons


# --- a plan that takes in the whole sum ---------------------------------------------------------
def test_the_whole_sum_put_into_instalments_drops_the_refused_down_payment() -> None:
    """V121 08r: after he refused £750 up front, "let's put the whole £2,760 into monthly
    instalments: £460 on the 15th of December, then £575 on the 15th of January, …" was kept
    as the £750 beside five payments of £575 (£3,625 on a £2,760 invoice), and the right letter
    failed as critical ("misstates the call")."""
    result = _played("en-chippy-instalments", "V121", "08r_manila_chippy.txt", "08r_letter.txt")
    terms = result["agreed_terms"]
    assert "now" not in terms
    assert terms["parts"] == [460.0, 575.0, 575.0, 575.0, 575.0]
    assert result["passed"] and "confirm_in_writing" not in _failed(result)


def test_a_sum_corrected_in_so_many_words_further_back_is_taken_back() -> None:
    """V122 08: "a first payment of £1,000 by Friday the 11th of December, as a sign of good
    faith? Sorry, let me correct that, I mean £960" got "£1,000.00 up front?" twice."""
    from trainer.understanding.facts import extract_facts

    line = (
        "Could you kindly make a first payment of £1,000 by Friday the 11th of December, as a "
        "sign of good faith? Sorry, let me correct that, I mean £960, so the rest comes to an "
        "even £1,800."
    )
    sums = [f.value for f in extract_facts(line, DAY) if f.kind == "amount"]
    assert sums == [960.0, 1800.0]
    said = _customer(_played("en-chippy-instalments", "V122", "08_karachi_chippy.txt"))
    assert any("£960.00" in s for s in said) and not any("£1,000.00" in s for s in said)


def test_an_earlier_sum_without_a_correction_stays() -> None:
    """The guard: two sums and a plain "I mean" far behind the first keep both."""
    from trainer.understanding.facts import extract_facts

    line = (
        "You'd pay £300 by Friday the 11th, which I think is fair given everything you told "
        "me, and I mean £890 for the rest by the 15th of January."
    )
    sums = [f.value for f in extract_facts(line, DAY) if f.kind == "amount"]
    assert sums == [300.0, 890.0]


# --- customers who answer in character, not "nicht verstanden" ------------------------------------
def test_the_stubborn_landlord_answers_money_whenever_in_character() -> None:
    """V121 05: "dann zahln Se halt, wenn et Ihnen passt, irjendwann im neuen Jahr" (read
    surely as the vague promise) got "Das habe ich jetzt nicht ganz verstanden"."""
    said = _customer(
        _played("de-hausverwaltung-rechtsweg", "V121", "05_brandenburg_hausverwaltung.txt")
    )
    assert not any("nicht ganz verstanden" in s for s in said), said


def test_the_sum_said_again_is_taken_in_her_stride() -> None:
    """V121 04: "Es geht um 1.248 Euro – Entschuldigung, ich meine 1.428,00 Euro." after she
    asked for the invoice again got "Das habe ich jetzt nicht ganz verstanden"."""
    said = _customer(_played("de-erstkunde-rechnung-verloren", "V121", "04_tuerkdt_erstkunde.txt"))
    assert not any("nicht ganz verstanden" in s for s in said), said


def test_a_letter_saying_he_confirmed_a_day_he_refused_is_caught() -> None:
    """V121 11 / probe 3: "You confirmed it will be paid in your payment run on 15 December
    2026." after the clerk had twice said he could give no date got no comment at all."""
    # Since the forty-fifth session "I will resend whatever you need today" is the invoice
    # offered again, and the probe's call reaches his payment run: the same call without it.
    lines = _script("V121", "p3_11_no_threat.txt")
    lines = [ln.replace(" I will resend whatever you need today.", "") for ln in lines]
    runner = _runner("en-logistics-approval")
    runner.play(lines)
    result = runner.session.finish(letter=_letter("V121", "11_letter.txt"))
    assert result["outcome"] != "promise_to_pay"
    reasons = [c["reason"] for c in _failed(result).get("confirm_in_writing", [])]
    assert any("never gave" in r for r in reasons), reasons


def test_a_line_condition_with_a_typo_is_reported_at_its_place(tmp_path) -> None:
    """A trainer's `when:` on a line is checked like a transition's: file:line:column."""
    from tests.scenarios.test_customer_v37 import findings_with

    msgs = findings_with(
        tmp_path, "de/maler-berechtigter-einwand", "when: terms.rework}", "when: terms.rewrok}"
    )
    found = [m for m in msgs if "unknown name 'terms.rewrok'" in m]
    assert len(found) == 1 and "maler-berechtigter-einwand.yaml:" in found[0], msgs


def test_a_day_agreed_for_what_is_owed_records_the_sum() -> None:
    """V120 11 and V123 06: the transcript's agreed terms held the day alone ("date":
    "2026-12-15") while the debrief quoted the amount from them."""
    result = _played("en-logistics-approval", "V120", "11_nairobi_logistics.txt")
    assert result["agreed_terms"] == {"date": "2026-12-15", "amount": 3850.0}
    werkstatt = _played("de-werkstatt-ueberraschung", "V123", "06_ruhr_werkstatt.txt")
    assert werkstatt["agreed_terms"]["amount"] == 1865.4


def test_a_letter_of_the_down_payment_he_took_is_not_called_a_promise_never_given() -> None:
    """V123 probe 6: he said "Right, £300.00 I can manage", the rest stayed "as soon as the
    catering money comes in"; the letter with the £300 by Friday was failed as critical with
    "The letter confirms a promise the customer never gave in the call" — untrue; the call
    fails on its outcome."""
    result = _played("en-cash-problems-cafe", "V123", "p6_accra_pressure.txt", "11_letter.txt")
    letter = _failed(result)["confirm_in_writing"]
    assert all("never gave" not in c["reason"] for c in letter)
    assert any("down payment the customer took" in c["reason"] for c in letter)
    assert not result["passed"] and "outcome" in _failed(result)


def test_a_letter_of_a_down_payment_he_refused_is_still_a_promise_never_given() -> None:
    """The guard: the chip-shop owner refused the £960 up front; the letter that has him
    paying it misstates the call."""
    result = _played("en-chippy-instalments", "V122", "08_karachi_chippy.txt", "08_letter.txt")
    letter = _failed(result)["confirm_in_writing"]
    assert any("never gave" in c["reason"] and c["critical"] for c in letter)


def test_warm_chat_read_as_sympathy_where_none_is_due_is_answered_as_chat() -> None:
    """V120 07: "Grand to hear you, how did the Christmas wreath orders go, are you run off
    your feet?" (empathy 0.62) before the invoice was named got "I'm not sure I follow."."""
    said = _customer(_played("en-florist-forgot", "V120", "07_dublin_florist.txt"))
    assert not any("not sure I follow" in s for s in said), said


# --- the end round (V124-V127, at fddfd07) -------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Oh, and I mentioned to Jim at the café next door that your invoice was still open, hope "
        "that is grand.",
        "I already mentioned it to Steve next door at the butcher's, he said you're usually good "
        "for it.",
    ],
)
def test_telling_a_neighbour_already_is_unlawful(line: str) -> None:
    """V127 probe 1 (the neutral opener 0.44, 100 gold) and call 12 (small talk)."""
    from trainer.understanding.pressure import pressure_kind, unlawful_pressure

    found = unlawful_pressure(line, "en")
    assert found is not None and pressure_kind(found) == "third"


@pytest.mark.parametrize(
    "line",
    [
        "I spoke to Sarah in your accounts team and she said it is not paid yet.",
        "I told Jim at the depot that the invoice will be resent.",
        "I mentioned it to my colleague and she will resend the invoice.",
    ],
)
def test_talking_to_his_own_people_or_about_the_paperwork_is_no_pressure(line: str) -> None:
    from trainer.understanding.pressure import unlawful_pressure

    assert unlawful_pressure(line, "en") is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Well, you could have told me sooner, Claire, couldn't you?"),
        ("de", "Ach so, die Bestellnummer. Des hätte mer uns awwer aach früher sage kenne, ne?"),
        ("en", "I'm sorry you didn't read the sign-off properly, but phase one was signed off on "
               "October 3rd, eh."),
        ("en", "You obviously didn't read the sign-off properly — phase one was signed off on "
               "October 3rd, eh."),
    ],
)  # fmt: skip
def test_what_he_should_have_done_is_a_reproach(lang: str, line: str) -> None:
    """V125 probe 2 (small talk, 100 gold), V125 06 (read as resending the invoice, 93 silver),
    V124 10 and probe 2 (a rebuttal only, 100 gold)."""
    heard = _heard(lang, line, learner_turn=5, objection_raised=True)
    assert "accusatory_opener" in heard, heard


def test_could_you_read_it_again_is_no_reproach() -> None:
    heard = _heard(
        "en", "Could you read the sign-off again?", learner_turn=5, objection_raised=True
    )
    assert "accusatory_opener" not in heard


def test_a_faint_reproach_beside_a_free_refix_is_none() -> None:
    """V126 11: "They were level and firm when I left, hey. But I don't want you to be unhappy,
    so I'll come past and re-fix them for free." — blame 0.42 beside the compromise; "Don't you
    take that tone with me", and the call was lost."""
    line = (
        "They were level and firm when I left, hey. But I don't want you to be unhappy, so I'll "
        "come past and re-fix them for free."
    )
    heard = _heard("en", line, learner_turn=5, objection_raised=True)
    assert "accusatory_opener" not in heard and "offer_compromise" in heard


def test_a_down_payment_asked_in_words_after_his_no_is_answered() -> None:
    """V127 09: "Can you do a thousand now?" after he dug in ended the call with "Er, yes.
    Bye." — a yes the debrief then said he never gave; and "And the rest asap, yeah?" was
    small talk."""
    runner = _runner("en-chippy-instalments")
    script = [
        "G'day Dave, Fiona Walsh from Walsh Plumbing & Heating here.",
        "Just ringing about the open invoice.",
        "",
        "Yeah, I hear you mate, winter's a tough time for everyone. But look, I've got suppliers "
        "to pay too, so I really need that money this week.",
        "Can you do a thousand now?",
        "And the rest asap, yeah?",
    ]
    steps = runner.play(script)
    said = [" ".join(s.customer) for s in steps]
    assert "Bye" not in said[4] and not steps[4].ended, said[4]
    assert "suppose so" not in said[5], said[5]


def test_impatience_beside_the_need_stays_a_reproach() -> None:
    """The own-need rule above must not clear "we've waited long enough" (V67 11, replayed)."""
    line = (
        "Totally understand, approvals can take forever in a big company – but honestly we need "
        "that money asap, we've waited long enough."
    )
    assert "accusatory_opener" in _heard("en", line, learner_turn=4)


def test_a_plan_in_writing_without_a_signature_asked_is_at_most_silver() -> None:
    """V126 09: three payments of £920 confirmed by a letter that asks for no signature, 92
    gold beside "not met: countersign" (GUIDE §4: the countersignature is the point of it)."""
    result = _played("en-chippy-instalments", "V126", "09_adelaide_chippy.txt", "09_letter.txt")
    assert result["passed"] and "countersign" in _failed(result)
    assert result["tier"] == "silver" and result["tier_cap"]["check"] == "countersign"


def test_a_deal_taken_for_granted_is_not_a_hang_up() -> None:
    """V126 06: "Gut, dann machen wir das so." after a proposal he never answered ended the
    call, and the debrief said "Sie haben aufgelegt, bevor etwas vereinbart war"; he says
    nothing was agreed yet, and the call goes on."""
    runner = _runner("de-werkstatt-ueberraschung")
    lines = (AUDITS / "V126" / "06_chemnitz_werkstatt.txt").read_text(encoding="utf-8")
    script = [ln for ln in lines.splitlines() if not ln.startswith("#")][:4]
    steps = runner.play(script)
    assert "machen wir das so" in steps[-1].move
    assert not steps[-1].ended
    assert any(w in " ".join(steps[-1].customer) for w in ("zugesagt", "ausgemacht"))


def test_a_deal_said_with_a_farewell_after_his_yes_still_ends_the_call() -> None:
    """The guard: after his promise, "Abgemacht, tschüss!" is a goodbye."""
    runner = _runner("en-florist-forgot")
    steps = runner.play(
        [
            "Hi Claire, it's Priya from Sharp Print Studio.",
            "I'm calling about the open invoice SPS-2291.",
            "",
            "No worries at all. Could you pay the £640 by Friday the 11th?",
            "Great, that's settled then. Bye!",
        ]
    )
    assert steps[-1].ended
