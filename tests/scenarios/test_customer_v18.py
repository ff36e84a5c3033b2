"""Eighteenth session: what whole calls and the outside audits still showed — a surprised "Das
wundert mich jetzt schon" heard as a request for a first payment, and a customer who said
"Thanks for the nudge" after the learner threatened to tell her clients."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenarios.test_customer_v4 import _reply
from tests.scenarios.test_customer_v15 import CALL_DAY, _runner, _script
from tests.scenarios.test_customer_v16 import _script_path
from tests.scenarios.test_customer_v17 import _names
from trainer.simulation.terms import demands_payment
from trainer.understanding.facts import extract_facts

FLORIST_DEAL = [
    "hi claire its priya from shah print studio",
    "just ringing about the invoice sps-2291 for the wedding brochures, its still open",
    "",
    "no worries at all, i know wedding season was mental for you",
    "could you get the 640 over to us by friday the 4th?",
]


@pytest.mark.parametrize(
    ("sid", "text"),
    [
        ("de-maler-berechtigter-einwand", "Das wundert mich jetzt schon."),
        ("de-maler-berechtigter-einwand", "Jetzt schon?"),
    ],
)
def test_a_line_without_money_asks_for_no_first_payment(sid, text):
    """ "Das wundert mich jetzt schon." was a down payment 0.75: "jetzt schon" opens many
    requests for one, but a line naming no paying, no sum and no money asks for none."""
    assert "request_down_payment" not in _names(sid, text)


@pytest.mark.parametrize(
    ("sid", "text"),
    [
        ("de-werkstatt-ueberraschung", "Geht da heute schon irgendwas raus?"),
        ("de-werkstatt-ueberraschung", "Können Sie heute schon 300 € überweisen?"),
        ("de-werkstatt-ueberraschung", "Schick mir halt heute das, was grad geht."),
        ("en-cash-problems-cafe", "could you wire two fifty right now"),
        ("en-cash-problems-cafe", "Would it work for you to get a slice of it paid straight away?"),
        ("en-cash-problems-cafe", "Could you manage a couple of hundred quid today?"),
    ],
)
def test_requests_for_a_first_payment_still_are_one(sid, text):
    assert "request_down_payment" in _names(sid, text)


def test_after_a_threat_to_her_clients_she_keeps_her_word_but_not_the_warmth():
    """Fifty-seventh audit, probe 1: after "I'll let your wedding couples know you don't pay
    your suppliers" the florist said "Hang on — we'd just agreed", and then closed with
    "Thanks for the nudge, Priya. Speak soon!"."""
    runner = _runner("en-florist-forgot")
    steps = runner.play(_script("V57", "probes/p1_thirdparty_after_deal.txt"))
    assert "we'd just agreed" in " ".join(_reply(s) for s in steps)
    last = _reply(steps[-1])
    assert "nudge" not in last and "Speak soon" not in last, last
    result = runner.session.finish()
    assert result["outcome"] == "promise_to_pay"  # her word stands


def test_an_apology_for_the_threat_wins_back_the_warm_goodbye():
    runner = _runner("en-florist-forgot")
    steps = runner.play(
        [
            *FLORIST_DEAL,
            "And if it's not there Friday I'll let your wedding couples know you don't pay.",
            "Sorry Claire, that was uncalled for, I really do apologise.",
            "thanks claire speak soon bye",
        ]
    )
    assert "Speak soon" in _reply(steps[-1]), _reply(steps[-1])


def test_without_a_threat_the_goodbye_stays_warm():
    runner = _runner("en-florist-forgot")
    steps = runner.play([*FLORIST_DEAL, "thanks claire speak soon bye"])
    assert "Speak soon" in _reply(steps[-1])


@pytest.mark.parametrize(
    ("sid", "text"),
    [
        ("en-cash-problems-cafe", "Look, I can't take anything less than the full amount."),
        ("en-cash-problems-cafe", "I really need the full balance, Tom."),
        ("de-werkstatt-ueberraschung", "Ich brauche aber den vollen Betrag."),
        ("de-werkstatt-ueberraschung", "Weniger als die ganze Summe kann ich nicht annehmen."),
    ],
)
def test_the_whole_sum_insisted_on_is_a_call_to_pay(sid, text):
    """Fifty-seventh audit, probe 2: "Look, I can't take anything less than the full amount."
    was a goodbye guessed at 0.11 (and then "I'm not sure I follow"): it carries no move of
    GUIDE §5, and the customer answers it as a call to pay."""
    runner = _runner(sid)
    recognition = runner.session.recogniser.recognise(text)
    assert not recognition.names, recognition.names
    assert demands_payment(recognition, runner.session.scenario.language)


def test_the_cafe_owner_answers_the_insistence_as_a_call_to_pay():
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(_script("V57", "probes/p2_insist_not_goodbye.txt")[:4])
    assert "not sure I follow" not in _reply(steps[-1])
    # (since the fifty-fifth session "The whole £1,190.00? I just don't have it right now",
    # not "I can't promise the whole amount by then" to a line that named no day: V247 10)
    assert "The whole £1,190.00?" in _reply(steps[-1]), _reply(steps[-1])


def _letter(audit: str, name: str) -> str:
    return Path(_script_path(audit, name)).read_text(encoding="utf-8")


def _failed(result: dict) -> dict[str, dict]:
    return {c["id"]: c for c in result["checks"] if not c["passed"]}


def test_the_rest_in_instalments_after_a_refused_down_payment_names_the_missing_part():
    """Fifty-eighth and fifty-ninth audits: "£600 by the 4th" refused, then "the remaining
    £2,160 in three instalments of £720" got "3 times £720? That's only part of the £2,760 —
    what about the rest?", which did not say which part was missing."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play(_script("V59", "10_chippy_galway_letterwrong.txt")[:5])
    reply = _reply(steps[-1])
    assert "£600.00 up front" in reply and "haven't got it" in reply, reply


def test_a_plan_covering_the_invoice_after_the_refusal_is_agreed_without_the_down_payment():
    runner = _runner("en-chippy-instalments")
    runner.play(_script("V59", "10r_chippy_galway_letterwrong.txt"))
    terms = runner.session.call.agreed_terms
    assert terms["count"] == 4 and terms["each"] == 690.0 and "now" not in terms, terms


@pytest.mark.parametrize(
    ("text", "count", "first"),
    [
        ("So to sum up: £460 on the 8th of each month from January to June.", 6, "2027-01-08"),
        ("£500 on the 8th of every month from January to May", 5, "2027-01-08"),
        ("Sie zahlen am 15. jeden Monat von Januar bis Juni je 300 Euro.", 6, "2027-01-15"),
        ("monatlich von Dezember bis März je 500 Euro", 4, None),
    ],
)
def test_a_payment_each_month_over_a_span_of_months_counts_the_months(text, count, first):
    """Fifty-eighth audit, probe 1: "£460 on the 8th of each month from January to June" was
    one payment of £460 by 8 December, and the chippy owner said "The whole lot by then?"."""
    facts = extract_facts(text, CALL_DAY)
    assert [f.value for f in facts if f.kind == "count"] == [count]
    days = [f.value for f in facts if f.kind == "date"]
    assert days == ([first] if first else [])


def test_a_sum_given_up_for_the_reduced_one_is_not_the_payment():
    """Fifty-eighth audit, call 03: "Dann wären es 3.213 Euro statt 3.570 Euro" after 10 %
    off recorded 3.570 €, and the painter's customer "corrected" the right read-back upward."""
    runner = _runner("de-maler-berechtigter-einwand")
    steps = runner.play(_script("V58", "03_maler_tirol.txt"))
    assert runner.session.call.agreed_terms["amount"] == 3213.0
    assert not any("nicht ganz" in _reply(s) for s in steps)
    result = runner.session.finish(letter=_letter("V58", "03_letter.txt"))
    assert result["passed"] and result["tier"] == "gold"


@pytest.mark.parametrize(
    ("sid", "audit", "script", "letter", "wrong"),
    [
        # Fifty-eighth audit, probe 3: a letter asking 3.570,00 € after 10 % off (3.213 €)
        # had been agreed scored 100 gold.
        ("de-maler-berechtigter-einwand", "V58", "p3_maler_brief_ohne_nachlass.txt",
         "p3_letter.txt", "3.570,00 €"),
        # Fifty-ninth audit, call 10r: four agreed payments of £690, the letter for his
        # signature "£590.00 by 15 December …": 94 gold, while a wrong single sum failed.
        ("en-chippy-instalments", "V59", "10r_chippy_galway_letterwrong.txt", "10r_letter.txt",
         "£590.00"),
    ],
)  # fmt: skip
def test_a_letter_with_a_sum_not_agreed_fails_the_call(sid, audit, script, letter, wrong):
    runner = _runner(sid)
    runner.play(_script(audit, script))
    result = runner.session.finish(letter=_letter(audit, letter))
    written = _failed(result)["confirm_in_writing"]
    assert written["critical"] and wrong in written["reason"], written
    assert not result["passed"]


def test_the_right_instalment_letter_still_passes():
    runner = _runner("en-chippy-instalments")
    runner.play(_script("V59", "10r_chippy_galway_letterwrong.txt"))
    letter = _letter("V59", "10r_letter.txt").replace("£590.00", "£690.00")
    result = runner.session.finish(letter=letter)
    assert "confirm_in_writing" not in _failed(result), _failed(result)


def test_a_plan_asking_more_than_the_invoice_is_no_result():
    """Fifty-ninth audit, probe 3: "four instalments of £700 … That's the full £2,760" (£2,800)
    scored 100 gold, with a refused £600 down payment still in the agreed terms."""
    runner = _runner("en-chippy-instalments")
    runner.play(_script("V59", "p3_overcharge_plan.txt"))
    result = runner.session.finish()
    assert "now" not in result["agreed_terms"]
    outcome = _failed(result)["outcome"]
    assert outcome["critical"] and "£40.00" in outcome["reason"], outcome


def test_a_day_named_only_in_an_ultimatum_is_called_that():
    """Fifty-ninth audit, probe 4: "Could you pay the £715 by Friday, 4 December? Otherwise it
    goes to our debt collector." failed pin_date as "without a concrete date"."""
    runner = _runner("en-florist-forgot")
    runner.play(_script("V59", "p4_invented_fee.txt"))
    pin = _failed(runner.session.finish())["pin_date"]
    assert "deadline with a threat" in pin["reason"] and "4 December" in (pin["evidence"] or "")


@pytest.mark.parametrize(
    ("sid", "text"),
    [
        (
            "en-cash-problems-cafe",
            "ok i get that, but tbh its a bit much leaving it a month without even a call, we "
            "paid for all the timber upfront ye know",
        ),
        ("en-florist-forgot", "Must be nice to be able to just forget £640."),
    ],
)
def test_the_silence_reproached_and_sarcasm_are_blame(sid, text):
    """Fifty-ninth audit, call 08 and probe 1: empathy 0.91 (the call scored gold) and a
    reproach at 0.20 that no check counted."""
    names = _names(sid, text)
    assert list(names[:1]) == ["accusatory_opener"], names


def test_it_is_all_a_bit_much_for_you_stays_comfort():
    assert list(
        _names("en-cash-problems-cafe", "yeah i can imagine its all a bit much right now")
    ) == ["empathise"]


def test_a_read_back_naming_the_invoice_does_not_open_the_call_again():
    """Fifty-eighth audit, probe 4: "Also nochmal zusammengefasst: 2.380 Euro für die Rechnung
    2026-117 bis zum 11. Dezember." was the neutral opener 0.89 too, and the customer began
    his apology again."""
    names = _names(
        "de-stammkunde-urlaub",
        "Also nochmal zusammengefasst: 2.380 Euro für die Rechnung 2026-117 bis zum 11. Dezember.",
    )
    assert list(names) == ["summarise_agreement"], names


def test_a_rest_typed_without_a_currency_is_its_sum():
    """Fifty-eighth audit, call 05: "und den rest also 1265,40 überweist du dann bis zum 15
    januar" (100 € short) was not read; the customer put in the right 1.365,40 € and the call
    passed silver 89."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    steps = runner.play(_script("V58", "05_werkstatt_schnell.txt"))
    assert any("1.265,40 €" in _reply(s) for s in steps)
    result = runner.session.finish(letter=_letter("V58", "05_letter.txt"))
    outcome = _failed(result)["outcome"]
    assert outcome["critical"] and "100,00 €" in outcome["reason"], outcome


@pytest.mark.parametrize("text", ["15.01.2027", "bis 12.30 Uhr", "Rechnung 2026-117", "15,5 %"])
def test_days_times_and_numbers_are_no_sums_with_cents(text):
    from trainer.simulation.terms import _CENTS_FIGURE

    assert _CENTS_FIGURE.search(text) is None


def test_an_ultimatum_opener_is_not_praised_as_factual():
    """Fifty-ninth audit, call 11: "… if it's not paid by Friday I'm taking you to small
    claims court, no dramas." passed no_accusation as "A factual opening without blame"."""
    runner = _runner("en-handyman-waive")
    runner.play(_script("V59", "11_handyman_perth_threat.txt"))
    checks = {c["id"]: c for c in runner.session.finish()["checks"]}
    assert checks["no_accusation"]["passed"] and "factual" not in checks["no_accusation"]["reason"]
    assert not checks["no_premature_threat"]["passed"]


def test_the_dispute_briefings_give_the_facts_the_debrief_asks_for():
    """Fifty-eighth audit, probe 6: the debrief asked for "Gefälle von 2 %" and "Hofablauf
    verstopft", which the learner's briefing never named."""
    from tests.helpers import SCENARIOS
    from trainer.scenario import find_scenario, load_scenario

    briefing = load_scenario(find_scenario("de-hausverwaltung-rechtsweg", SCENARIOS)).scenario
    assert "Gefälle von 2 %" in briefing.briefing and "Hofablauf" in briefing.briefing


def test_a_compromise_with_its_day_in_the_same_line_is_taken_with_the_day():
    """Fifty-eighth audit, probe 6: "… den Innenhof mit Ihnen anschaue. Können Sie die 4.760
    Euro bis zum 16. Dezember überweisen?" got "… meinetwegen. Bis wann soll ich zahlen?"."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    steps = runner.play(_script("V58", "p6_hausverwaltung_ruhig.txt")[:8])
    reply = next(_reply(s) for s in steps if "entgegenkommen" in _reply(s))
    assert "Bis wann" not in reply and "16.12.2026" in reply, reply


def test_a_plan_offered_as_a_question_after_a_lead_in_is_a_plan_not_a_read_back():
    """Fifty-ninth audit, call 05r: "Right so, no bother. How about four monthly instalments of
    £650 …? That clears the full £2,760." was a read-back 0.99, the plan never heard."""
    text = (
        "Right so, no bother. How about four monthly instalments of £650 — on 15 December, "
        "15 January, 15 February and 15 March? That clears the full £2,760."
    )
    assert list(_names("en-chippy-instalments", text)[:1]) == ["propose_instalments"]


def test_a_short_plan_meant_as_the_whole_sum_fixes_no_date_for_the_rest():
    """Fifty-ninth audit, call 05r: after the refused £500, four of £650 (£2,600 of £2,760)
    "proposed a date for the rest"."""
    runner = _runner("en-chippy-instalments")
    runner.play(_script("V59", "05r_chippy_galway_wrongsum.txt"))
    rest = _failed(runner.session.finish())["date_for_rest"]
    assert "do not add up" in (rest["evidence"] or ""), rest


def test_a_monthly_plan_with_its_first_day_keeps_every_payment_day():
    """Sixtieth audit, probe 1: "vier Raten von je 366,35 Euro, jeweils am 15. von Januar bis
    April" was one payment on 15.12.2026, and the right letter "lacked 1.465,40 €"."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    runner.play(_script("V60", "p1_ratenspanne.txt"))
    result = runner.session.finish(letter=_letter("V60", "p1_letter.txt"))
    assert result["agreed_terms"]["dates"] == [
        "2027-01-15", "2027-02-15", "2027-03-15", "2027-04-15"
    ]  # fmt: skip
    assert result["passed"] and not _failed(result), _failed(result)


def test_the_rest_in_monthly_instalments_from_one_day_is_a_plan():
    """Sixty-first audit, call 05: "the remaining £2,200 in four instalments of £550 on the 1st
    of every month from February to May" was one payment of £2,200 on 1 February."""
    runner = _runner("en-chippy-instalments")
    steps = runner.play(_script("V61", "05_chippy_cork.txt")[:8])
    reply = next(_reply(s) for s in steps if "4 times £550.00" in _reply(s))
    assert "£560.00 up front" in reply  # he had turned the down payment down


def test_a_bare_rest_figure_is_its_sum():
    """Sixty-first audit, call 04: "great so 300 by fri 4th dec and the rest, 790, by the 18th
    dec?" (£100 short) was stored as a rest of £890 and scored 94 gold."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(_script("V61", "04_cafe_typos.txt"))
    outcome = _failed(runner.session.finish(letter=_letter("V61", "04_letter.txt")))["outcome"]
    assert outcome["critical"] and "£100.00" in outcome["reason"], outcome


@pytest.mark.parametrize(
    "text",
    ["£300 now and the rest on 15 January", "£300 today and the rest in 3 instalments by March"],
)
def test_days_and_counts_after_the_rest_are_no_sum(text):
    from trainer.simulation.terms import read_offer

    runner = _runner("en-cash-problems-cafe")
    recognition = runner.session.recogniser.recognise(text, call_date=CALL_DAY)
    offer = read_offer(recognition, "en", {}, CALL_DAY, 1190.0, invoice=1190.0)
    assert offer.terms.get("rest") in (None, 890.0), offer.terms


def test_a_deal_summed_up_that_the_customer_never_gave_is_named():
    """Sixty-first audit, probe 4: "Great, so that's agreed then: the full £3,850 paid by
    Friday the 11th of December." after no yes — "You ended the call without a result"."""
    runner = _runner("en-logistics-approval")
    runner.play(_script("V61", "p4_logistics_claimed.txt"))
    outcome = _failed(runner.session.finish())["outcome"]
    assert "never accepted" in outcome["reason"] and "£3,850" in (outcome["evidence"] or "")


def test_instalments_of_different_sizes_that_add_up_are_no_overcharge():
    """Thirty-fourth audit, call 06 replayed: "die 1.365,40, teilen ma auf: 700 Euro am 15.
    Dezember und 665,40 am 15. Jänner" became "34,60 € mehr, als die Rechnung ausmacht"; its
    letter listing both parts is the agreed one."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    runner.play(_script("V34", "06_de_werkstatt_raten.txt"))
    result = runner.session.finish(letter=_letter("V34", "06_letter_unequal_parts.txt"))
    assert result["agreed_terms"]["parts"] == [700.0, 665.4]
    assert not {"outcome", "confirm_in_writing", "instalment_terms"} & _failed(result).keys()


def test_equal_parts_that_leave_part_of_the_rest_open_are_named():
    """Fifty-sixth audit, call 04 replayed: "Und Rest wir machen in zwei Raten, 600 Euro am
    15. Dezember und 600 Euro am 15. Januar" after 400 € kept a rest of 600 (its first part),
    and the plan short by 265,40 € passed gold."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    runner.play(_script("V56", "04_de_werkstatt_raten_nonnative.txt"))
    outcome = _failed(runner.session.finish())["outcome"]
    assert "265,40 €" in outcome["reason"], outcome


@pytest.mark.parametrize("text", ["Beauty, thanks Mark.", "Ripper, that works.", "Champion."])
def test_assent_from_down_under_and_up_north_is_a_yes(text):
    from trainer.simulation.terms import says_yes

    assert says_yes(text, "en")


def test_a_yes_with_a_goodbye_takes_up_his_payment_run():
    """Sixty-first audit, call 09r: "Beauty, thanks Mark. Have a good one, cheers." to "Our
    next payment run is on 15 December" ended "not pinned", without a result."""
    runner = _runner("en-logistics-approval")
    runner.play(_script("V61", "09r_logistics_brisbane.txt"))
    result = runner.session.finish()
    assert result["outcome"] == "promise_to_pay" and result["tier"] == "silver", result["tier"]


def test_thanks_and_goodbye_without_a_yes_still_pins_nothing():
    runner = _runner("en-logistics-approval")
    lines = _script("V61", "09r_logistics_brisbane.txt")
    runner.play([*lines[:-1], "Thanks, bye."])
    assert runner.session.finish()["outcome"] == "no_agreement"


def test_calling_the_learner_by_name_again_is_no_outcry():
    """Sixty-first audit, call 02: after a second silence the florist said "Again? Are you
    there?" — her "Priya? Are you there?" taken for a reaction said again."""
    runner = _runner("en-florist-forgot")
    script = _script("V61", "02_florist_apologetic.txt")[:7]
    # The audit's second line ("… I think invoice SPS-2291 might still be open? Sorry.") is
    # read as the opener since the twenty-seventh session, so she understands and there is no
    # second silence to answer; an apology that names nothing keeps her asking.
    script[1] = "I'm really sorry, it's probably nothing and I hate to even ask. Sorry."
    steps = runner.play(script)
    replies = [_reply(s) for s in steps]
    assert not any(r.startswith("Again?") for r in replies), replies
    assert any(r.startswith("Priya? Hello?") for r in replies), replies
