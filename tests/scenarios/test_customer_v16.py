"""Sixteenth session: what the forty-fourth and forty-fifth outside audits found in whole calls —
an agreement lost to a goodbye on the same line, a customer who could not be won back after a
bad start, replies that sounded like a yes, and checks for a reaction he never showed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import call_checks, score_but_the_letter
from tests.scenarios.test_customer_v4 import _reply
from tests.scenarios.test_customer_v15 import CALL_DAY, _runner, _script
from trainer.understanding.facts import extract_facts


def _script_path(audit: str, name: str) -> str:
    return str(Path(__file__).parents[2] / "benchmarks/audits" / audit / name)


def _checks(result: dict) -> dict[str, dict]:
    return call_checks(result)


def test_a_read_back_and_a_goodbye_on_one_line_keep_the_agreement():
    """Forty-fifth audit, call 08: "great so 15th dec then, cheers mark bye" was answered as a
    goodbye ("Right. Goodbye, Ms Grant.") and scored "no agreement", 54; the same two lines
    typed apart passed at 79."""
    runner = _runner("en-logistics-approval")
    steps = runner.play(_script("V45", "08_en_logistics_fast_lowercase.txt"))
    assert "15 December" in _reply(steps[-1])
    result = runner.session.finish()
    assert result["outcome"] == "promise_to_pay" and result["passed"] is True
    assert result["agreed_terms"]["date"] == "2026-12-15"


def test_a_goodbye_without_terms_still_ends_the_call_as_a_goodbye():
    runner = _runner("en-logistics-approval")
    script = _script("V45", "08_en_logistics_fast_lowercase.txt")[:-2]
    runner.play([*script, "ok cheers mark, bye"])
    assert runner.session.finish()["outcome"] != "promise_to_pay"


CHIPPY_BAD_START = _script("V45", "06r_en_chippy_yorkshire_recovery.txt")[:5]


def test_understanding_said_with_a_new_plan_wins_him_over():
    """Forty-fifth audit, call 06r: after a reproach and an apology, "I hear you Dave, last thing
    I want is you signing up to summat you can't keep. Would four of £690 be easier, on the 18th
    of December, January, February and March?" got "I said I don't know." (empathy 0.84 beside
    the plan changed nothing), then "Like I said: I said I don't know.", and the call failed."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play(_script("V45", "06r_en_chippy_yorkshire_recovery.txt"))
    assert not any("I said I don't know" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert result["outcome"] == "instalment_plan" and result["passed"] is True
    terms = result["agreed_terms"]
    assert terms["count"] == 4 and terms["each"] == 690.0
    assert terms["dates"] == ["2026-12-18", "2027-01-18", "2027-02-18", "2027-03-18"]


def test_a_line_that_already_says_it_again_gets_no_like_i_said():
    runner = _runner("en-chippy-instalments")
    plan = "What about three payments of £920 on the 18th of December, January and February?"
    steps = runner.play([*CHIPPY_BAD_START, plan, plan, plan])
    replies = [_reply(s) for s in steps[-2:]]
    assert all("I said I don't know" in r for r in replies), replies
    assert not any("Like I said: I said" in r for r in replies), replies


@pytest.mark.parametrize(
    ("text", "count", "days"),
    [
        (
            "Would four of £690 be easier, on the 18th of December, January, February and March?",
            4,
            ["2026-12-18", "2027-01-18", "2027-02-18", "2027-03-18"],
        ),
        ("3 x £920, the 15th of Jan, Feb and March", 3, ["2027-01-15", "2027-02-15", "2027-03-15"]),
        ("drei à 920 Euro, am 30. Dezember, Januar und Februar", 3,
         ["2026-12-30", "2027-01-30", "2027-02-28"]),
    ],
)  # fmt: skip
def test_a_count_before_the_sum_and_the_months_after_a_day(text, count, days):
    facts = extract_facts(text, CALL_DAY)
    assert [f.value for f in facts if f.kind == "count"] == [count]
    assert [f.value for f in facts if f.kind == "date"] == days


@pytest.mark.parametrize(
    "text",
    [
        "I called 3 times 2 weeks ago",
        "10 x 2 days",
        "bis 18. Dezember, Januar wäre zu spät",
        "the 18th of December and January 5th",
    ],
)
def test_no_count_without_a_sum_and_no_month_outside_a_list(text):
    facts = extract_facts(text, CALL_DAY)
    assert not [f for f in facts if f.kind == "count"]
    days = [f.value for f in facts if f.kind == "date"]
    assert "2027-01-18" not in days and len(days) <= 2


MALER_04 = _script("V44", "04_de_maler_recovery.txt")


def test_a_day_asked_while_her_objection_stands_is_put_off_not_thanked_for():
    """Forty-fourth audit, call 04: "Wenn das erledigt ist, können Sie die restlichen 3.420 Euro
    dann bis zum 18. Dezember überweisen?" (the day 1.00, a compromise 0.50) got "Na, das ist ja
    ein Angebot — danke." — it sounded like a yes, and nothing was agreed."""
    runner = _runner("de-maler-berechtigter-einwand")
    at = next(i for i, ln in enumerate(MALER_04) if "restlichen 3.420" in ln)
    steps = runner.play(MALER_04[: at + 1])
    reply = _reply(steps[-1])
    assert "Angebot" not in reply and ("Termin" in reply or "geklärt" in reply), reply


def test_a_written_confirmation_of_nothing_agreed_is_questioned():
    runner = _runner("de-maler-berechtigter-einwand")
    at = next(i for i, ln in enumerate(MALER_04) if "per Mail" in ln)
    steps = runner.play(MALER_04[: at + 1])
    assert "nichts vereinbart" in _reply(steps[-1]) or "Geeinigt" in _reply(steps[-1])


def test_the_invoice_sent_again_is_no_confirmation_of_nothing():
    runner = _runner("de-erstkunde-rechnung-verloren")
    steps = runner.play(
        [
            "Guten Tag Frau Albers, Lena Vogt von Vogt Grafikdesign.",
            "Ich rufe wegen der offenen Rechnung GD-2026-044 an.",
            "",
            "Ich schicke Ihnen die Rechnung heute nochmal per Mail.",
        ]
    )
    assert "vereinbart" not in _reply(steps[-1]) and "Geeinigt" not in _reply(steps[-1])


def test_the_invoice_sent_again_with_a_day_is_her_promise():
    """Forty-fourth audit, probe 3: "Kein Problem, ich schick sie Ihnen heute nochmal. Schaffen
    Sie die 1.428 Euro bis 15. Dezember?" got "Dann zahle ich das bald." — the day unanswered."""
    runner = _runner("de-erstkunde-rechnung-verloren")
    steps = runner.play(_script("V44", "probes/p3_verschlampt.txt")[:4])
    assert "15.12.2026" in _reply(steps[-1]) and "bald" not in _reply(steps[-1])


def test_a_free_look_after_the_facts_is_no_concession():
    """Forty-fourth audit, call 07r: "wenns nächste woche imer noch quietscht kommen sie vorbei,
    wir guckn kostenlos drüber" after the facts failed handle_objection, and the call (60)."""
    runner = _runner("de-werkstatt-ueberraschung", "disputes")
    runner.play(_script("V44", "07r_de_werkstatt_disputes_klein.txt"))
    result = runner.session.finish()
    assert _checks(result)["handle_objection"]["passed"] is True
    assert result["passed"] is True


def test_free_work_done_again_after_the_facts_still_costs():
    runner = _runner("de-werkstatt-ueberraschung", "disputes")
    script = [
        "ich tausch euch die beläge kostenlos nochmal, dann is ruhe" if "kostenlos" in ln else ln
        for ln in _script("V44", "07r_de_werkstatt_disputes_klein.txt")
    ]
    runner.play(script)
    handle = _checks(runner.session.finish())["handle_objection"]
    assert handle["passed"] is False and "kostenlose Leistung" in handle["reason"]


def test_cash_checks_wait_until_he_has_said_he_is_short():
    """Forty-fifth audit, probe 4: a threat while he was still at "Also, weißt du …" failed
    down_payment and date_for_rest, though he never got to say he was short of money."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    greeting, opener, _pause, threat = _script("V45", "probes/P4_werkstatt_schufa.txt")
    # Since one pause brings his reason (below), the threat comes straight after the opener.
    runner.play([greeting, opener, threat])
    checks = _checks(runner.session.finish())
    assert "down_payment" not in checks and "date_for_rest" not in checks
    assert checks["no_premature_threat"]["passed"] is False


def test_cash_checks_still_count_once_he_has_said_it():
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    script = _script("V45", "probes/P4_werkstatt_schufa.txt")
    runner.play([*script[:-1], "", "Na gut, dann zahlst du halt, wenn du kannst. Tschüss!"])
    checks = _checks(runner.session.finish())
    assert checks["down_payment"]["passed"] is False


def test_a_waiver_before_she_refused_says_it_came_too_early():
    """Forty-third audit, probe 3 (and the forty-fifth): the waiver after a clarifying question,
    before she refused and before the re-fix was offered, failed with "The call ended without
    an agreement" — the feedback never named the waiver."""
    runner = _runner("en-handyman-waive")
    runner.play(_script("V43", "probes/probe3_en_handyman_waive_direct.txt"))
    result = runner.session.finish()
    outcome = _checks(result)["outcome"]
    assert outcome["passed"] is False
    assert "still open" in outcome["reason"] and "compromise" in outcome["reason"]


def test_a_waiver_after_her_refusal_is_still_the_result():
    runner = _runner("en-handyman-waive")
    runner.play(_script("V43", "probes/probe6_en_handyman_waive_after_rebut.txt"))
    result = runner.session.finish()
    assert result["outcome"] == "waive_claim" and _checks(result)["outcome"]["passed"] is True


def test_but_it_was_due_weeks_ago_after_his_reason_is_a_reproach():
    """Forty-fourth audit, call 11: "Right, but it was due weeks ago, Tom. I really need the full
    £1,190 by Friday." after his cash problems was only the date request: 100 gold and "A factual
    opening without blame"."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(_script("V44", "11_en_cafe_recovery.txt"))
    at = next(s for s in steps if "due weeks ago" in s.text)
    assert "tone" in _reply(at)
    result = runner.session.finish()
    assert _checks(result)["no_accusation"]["passed"] is False and result["tier"] != "gold"


# --- forty-sixth and forty-seventh audits ---------------------------------------------------


def test_telling_the_landlord_is_unlawful_pressure_that_fails_the_call():
    """Forty-seventh audit, probe 4: "If I don't see something by Friday I'll have a word with
    your landlord about it." was a threat of weight 2, not the critical failure GUIDE §6 makes
    telling third parties."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(_script("V47", "probes/p4.txt"))
    threat = _checks(runner.session.finish())["no_premature_threat"]
    assert threat["passed"] is False and threat["critical"] is True


@pytest.mark.parametrize(
    ("lang", "text", "pressure"),
    [
        ("en", "I'll have a word with your landlord about it.", True),
        ("en", "Should I put it in a Google review that you don't pay your bills?", True),
        ("de", "Sonst erfährt deine ganze Nachbarschaft, dass du Schulden bei mir hast.", True),
        ("en", "I know your landlord put the rent up, that's rough.", False),
        ("en", "Could you ask your boss to sign it off?", False),
        ("de", "Rufen Sie mich an, wenn Ihr Chef zurück ist.", False),
        ("de", "Dann erzähl ich das halt deinem Vermieter.", True),
        # the customer asked to tell his own people: no pressure
        ("de", "Sagen Sie Ihrem Chef, er soll die Rechnung freigeben.", False),
        ("de", "Rufen Sie doch Ihre Bank an, vielleicht geht ein Überbrückungskredit.", False),
        ("en", "Tell your wife I said hello.", False),
    ],
)
def test_telling_third_parties_and_mentioning_them(lang, text, pressure):
    from trainer.understanding.pressure import unlawful_pressure

    assert (unlawful_pressure(text, lang) is not None) is pressure


def test_a_note_of_no_weight_is_no_not_met_beside_full_marks(tmp_path, capsys):
    """Forty-seventh audit, probe 2: "Score: 100/100 (passed, silver)" with "not met: pin_date"
    under it (a check of weight 0 that only holds the tier down)."""
    from trainer.cli import main

    script = _script_path("V47", "probes/p2.txt")
    args = ["--transcripts", str(tmp_path), "play", "en-florist-forgot", "--script", script]
    assert main([*args, "--seed", "1", "--today", "2026-12-02"]) == 0
    out = capsys.readouterr().out
    # (98: the confirmation is promised, not written — the sixty-fourth session)
    assert "Score: 98/100 (passed, silver)" in out
    assert "note: pin_date" in out and "not met: pin_date" not in out


def test_a_contradiction_said_with_sorry_is_no_sympathy():
    """Forty-sixth audit, call 12r: "No, sorry, that's not right. Those shelves were rock
    solid …" was empathy 0.95 beside the rebuttal, and Rachel said "Thanks, I appreciate that."
    to being told she was wrong."""
    runner = _runner("en-handyman-waive")
    steps = runner.play(_script("V46", "12r_en_handyman_schlecht.txt"))
    at = next(s for s in steps if s.text.startswith("No, sorry"))
    assert "appreciate" not in _reply(at)


def test_a_company_said_as_a_compound_is_the_company():
    """Forty-sixth audit, call 04: "Ja Brandt hier, Gartenbau Brandt." for Brandt Garten- und
    Landschaftsbau got "Ihren Namen genannt, aber nicht Ihre Firma"."""
    from trainer.scoring.opening import identified

    company = "Brandt Garten- und Landschaftsbau"
    assert identified("Ja Brandt hier, Gartenbau Brandt.", "Jana Brandt", company) == (True, True)
    assert identified("Brandt hier.", "Jana Brandt", company) == (True, False)


def test_a_plan_proposed_in_a_call_that_failed_is_not_called_fixed():
    """Forty-seventh audit, call 07: "Fixed a date for the rest" in a call that ended with
    nothing agreed."""
    runner = _runner("en-chippy-instalments")
    runner.play(_script("V47", "07_en_chippy_recovery.txt"))
    result = runner.session.finish()
    rest = _checks(result)["date_for_rest"]
    assert result["outcome"] == "no_agreement" and "never agreed" in rest["reason"]
    assert rest["passed"] is False  # proposed, never agreed: no point (thirty-eighth session)


# --- forty-eighth and forty-ninth audits ----------------------------------------------------


def test_a_letter_with_every_agreed_instalment_sets_out_the_terms():
    """Forty-ninth audit, call 07: the letter listed the four payments of £690 as agreed, and
    the check said "The letter lacks: £1,380.00, £1,380.00" (the plan rebuilt from the
    read-back "15th December through to 15th March", two days)."""
    runner = _runner("en-chippy-instalments")
    runner.play(_script("V49", "07_en_chippy_irish.txt"))
    letter = (Path(_script_path("V49", "07_letter.txt"))).read_text(encoding="utf-8")
    result = runner.finish(letter=letter)
    terms = _checks(result)["instalment_terms"]
    assert terms["passed"] is True and result["score"] == 100


def test_a_down_payment_now_read_back_as_this_friday_is_no_wrong_read_back():
    """Forty-ninth audit, call 02: "Also nochmal: 500 Euro bis Freitag, Rest 1.365,40 bis
    18.12." after "diese Woche … anzahlen?" and his "sofort" got "Nein, nicht ganz" and failed
    the written confirmation (65, not passed)."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    steps = runner.play(_script("V49", "02_de_werkstatt_cash.txt"))
    assert not any("nicht ganz" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert _checks(result)["confirm_in_writing"]["passed"] is True
    # (71 before the sixty-fourth session; 69 with the letter promised, not written)
    assert score_but_the_letter(result) >= 70


def test_a_down_payment_read_back_for_next_month_is_still_corrected():
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    script = [
        "Also nochmal: 500 Euro bis zum 8. Januar, Rest 1.365,40 bis 18.12."
        if ln.startswith("Also nochmal")
        else ln
        for ln in _script("V49", "02_de_werkstatt_cash.txt")
    ]
    steps = runner.play(script)
    assert any("nicht ganz" in _reply(s) for s in steps)


def test_a_question_beside_the_opener_is_answered_at_once():
    """Forty-eighth audit, call 12: "… it's still showing as open - is there a problem with it
    at all?" got "Ah. Yes, the invoice. Well …", her objection only a turn later."""
    runner = _runner("en-web-studio-unjustified")
    steps = runner.play(_script("V48", "12_en_webstudio_discount.txt")[:2])
    assert "booking form" in _reply(steps[-1])


def test_one_pause_after_the_opener_brings_the_taxi_owners_reason():
    """Forty-fourth, forty-sixth and forty-eighth audits: he said "Also, wissen Sie …" and gave
    his reason only after a second silence."""
    runner = _runner("de-werkstatt-ueberraschung", "apologises")
    steps = runner.play(
        [
            "Guten Tag Herr Becker, Deniz Yilmaz von der Kfz-Werkstatt Yilmaz.",
            "Ich rufe wegen der noch offenen Rechnung für die Inspektion an.",
            "",
        ]
    )
    assert "vergessen" in _reply(steps[-1])


@pytest.mark.parametrize(
    ("sid", "text", "intent"),
    [
        (
            "de-erstkunde-rechnung-verloren",
            "ich schick se dir gleich nochmal an info@baeckerei-albers.de",
            "rechnung_neu_schicken",
        ),
        (
            "de-behoerde-bestellnummer",
            "Ach so, die BE-4471 schreib ich Ihnen drauf, dann kommt die gleich nochmal rüber.",
            "rechnung_nachreichen",
        ),
    ],
)
def test_sending_it_again_said_casually_is_the_scenarios_move(sid, text, intent):
    """Forty-eighth audit, call 02 and probe 5: no intent and small talk, then a failed call."""
    runner = _runner(sid)
    rec = runner.session.recogniser.recognise(text)
    assert rec.names[:1] == (intent,), rec.intents


def test_an_agreement_undone_by_a_threat_is_said_so():
    """Forty-eighth audit, call 09: after "Abgemacht, … bis zum 04.12.2026" and a SCHUFA threat,
    the debrief said "ended without a concrete amount and date"."""
    runner = _runner("de-stammkunde-urlaub")
    runner.play(_script("V48", "09_de_stammkunde_schweiz_verdorben.txt"))
    outcome = _checks(runner.session.finish())["outcome"]
    assert outcome["passed"] is False and "aufgehoben" in outcome["reason"]


def test_a_reproach_after_the_agreement_is_heard():
    """Forty-ninth audit, probe 6: "Honestly Helen, you should have checked your own emails
    before holding back my money." after her promise (blame 0.64) got "Yes, as agreed." — the
    agreement stands, but she hears it. (The call's own parting shot, "And maybe have a look at
    your own emails next time …", is still no intent: the lines that taught it pushed a caller's
    busy-week chat over the blame bar.)"""
    runner = _runner("en-web-studio-unjustified")
    steps = runner.play(_script("V49", "probes/p6_webstudio_sarcasm_after.txt"))
    at = next(s for s in steps if "your own emails" in s.text)
    assert "no need for that" in _reply(at) or "spoken to like that" in _reply(at)
    result = runner.session.finish()
    assert result["outcome"] == "promise_to_pay"
    assert _checks(result)["no_accusation"]["passed"] is False and result["tier"] != "gold"


def test_can_you_tell_me_what_is_missing_asks_about_the_complaint():
    """Forty-ninth audit, call 09: "Right, can you tell me what exactly you feel is missing?"
    (clarify 1.00) was taken for "what can you manage" and got "I'm not sure I follow"."""
    runner = _runner("en-web-studio-unjustified")
    steps = runner.play(_script("V49", "09_en_webstudio_sarcasm.txt")[:4])
    assert "booking" in _reply(steps[-1]) or "contact page" in _reply(steps[-1])


@pytest.mark.parametrize(
    "text",
    [
        "Na, das kann ja jedem mal passieren, Herr Müller. Bis wann bekommen Sie das hin?",
        "Oh, echt? Na, das kann passieren, kein Ding.",
    ],
)
def test_an_interjection_before_a_comma_is_no_reproach_of_its_own(text):
    """Sixteenth session: with slang reproaches starting "Na, …" in the library, "Na" alone (a
    part between the clause start and the comma) read as blame 0.9 and turned comfort into a
    reproach (the twenty-first audit's call 02 failed 54, was 100 gold)."""
    rec = _runner("de-stammkunde-urlaub").session.recogniser.recognise(text)
    assert "empathise" in rec.names and "accusatory_opener" not in rec.names, rec.intents
