"""Seventeenth session: what the fiftieth and fifty-first outside audits found in whole calls —
a plain "still not paid" heard as blame, a typed date lost to its weekday, a discount taken
twice, a calm write-off heard as a reproach, a rude dismissal of a fair complaint that cost
only the tone point."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import call_checks, top_but_the_letter
from tests.scenarios.test_customer_v4 import _reply
from tests.scenarios.test_customer_v15 import CALL_DAY, _runner, _script
from tests.scenarios.test_customer_v16 import _script_path
from trainer.simulation.call import _AGAIN, _OUTCRY
from trainer.understanding.facts import extract_facts


def _checks(result: dict) -> dict[str, dict]:
    return call_checks(result)


def _names(sid: str, text: str) -> list[str]:
    return _runner(sid).session.recogniser.recognise(text).names


@pytest.mark.parametrize(
    "text",
    [
        "I'm calling about the invoice for the shelves, LHS-077, £180, that's still not paid.",
        "Hi, it's about invoice 4411, it's still not paid.",
    ],
)
def test_still_not_paid_said_as_a_fact_is_the_neutral_opener(text):
    """Fiftieth audit: "…, that's still not paid." read as blame 0.92; the florist, a regular,
    answered "Wow. That's a bit much, isn't it?" while "… die ist noch nicht bezahlt." was
    neutral."""
    names = _names("en-florist-forgot", text)
    assert "neutral_opener_open_invoice" in names and "accusatory_opener" not in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Why is it still not paid?",
        "hey its josh from the print shop why have you still not paid us",
    ],
)
def test_why_still_not_paid_is_still_a_reproach(text):
    assert "accusatory_opener" in _names("en-florist-forgot", text)


def test_a_plain_still_not_paid_gets_no_offended_customer():
    runner = _runner("en-florist-forgot")
    steps = runner.play(_script("V50", "probes/P2_en_notpaid.txt"))
    assert "a bit much" not in _reply(steps[-1])
    assert _checks(runner.session.finish())["no_accusation"]["passed"] is True


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("gehts dann bis freitag den 11.12 mit der überweisung?", "2026-12-11"),
        ("bis 11.12 mit der überweisung", "2026-12-11"),
        ("am 3.1 zahlen", "2027-01-03"),
        ("bis 15.12, ok?", "2026-12-15"),
        ("bis Freitach die 500", "2026-12-04"),
    ],
)
def test_a_day_typed_without_its_last_dot_or_in_dialect_is_read(text, day):
    """Fiftieth audit, call 03: "bis freitag den 11.12" was read as Friday the 4th, and the
    customer promised a day the learner never named; fifty-first: "bis Freitach" named none."""
    dates = [f.value for f in extract_facts(text, CALL_DAY) if f.kind == "date"]
    assert dates == [day]


@pytest.mark.parametrize("text", ["11.12 Euro", "bis 12.50 € bitte", "um 11.30 Uhr", "den 31.13"])
def test_a_decimal_or_a_time_is_no_date(text):
    assert not [f for f in extract_facts(text, CALL_DAY) if f.kind in ("date", "past_date")]


def test_the_typed_day_is_the_day_she_promises():
    runner = _runner("de-erstkunde-rechnung-verloren")
    steps = runner.play(_script("V50", "03_de_erstkunde_tippfehler.txt"))
    assert any("11.12.2026" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert result["agreed_terms"]["date"] == "2026-12-11"
    assert result["passed"] is True


def test_the_same_discount_offered_twice_is_taken_once():
    """Fifty-first audit, call 11r: "10% off, so £2,160" twice, then the correct read-back
    "£2,160 by 11 December" got "No, not quite: £1,944.00", and the confirmation failed."""
    runner = _runner("en-web-studio-unjustified")
    steps = runner.play(_script("V51", "11r_en_webstudio_discount.txt"))
    assert not any("1,944" in _reply(s) for s in steps)
    result = runner.session.finish()
    assert result["agreed_terms"]["amount"] == 2160.0
    assert _checks(result)["confirm_in_writing"]["passed"] is True


def test_another_discount_on_top_still_adds_to_the_first():
    runner = _runner("en-web-studio-unjustified")
    opening = _script("V51", "11r_en_webstudio_discount.txt")[:3]
    runner.play(
        [*opening, "Tell you what, I'll take another 10% off on top, and you pay by the 11th?"]
    )
    assert runner.session.call.table.terms.get("amount") == 1944.0


def test_a_calm_write_off_with_chase_in_it_is_no_reproach():
    """Fifty-first audit, probe 1: "Right. Fair play. I'm not going to chase you for it — it's
    £180, taking it to small claims would cost me more than it's worth. I'll write it off." read
    as waiver and blame 0.93; she said "Don't you take that tone with me"."""
    line = (
        "Right. Fair play. I'm not going to chase you for it — it's £180, taking it to small "
        "claims would cost me more than it's worth. I'll write it off."
    )
    names = _names("en-handyman-waive", line)
    assert list(names) == ["waive_claim_reasoned"], names
    assert _names("en-handyman-waive", "Why do I have to chase you every time?")[0] == (
        "accusatory_opener"
    )


def test_a_rude_dismissal_of_a_fair_complaint_argues_against_it():
    """Fiftieth audit, call 07: "Na ja, so ein paar Spritzer, das geht doch mit nem feuchten
    Lappen weg, deswegen hält man doch nicht die ganze Rechnung zurück." cost only the tone point
    and handle_objection passed at 87 silver; the polite twin failed it."""
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play(_script("V50", "07_de_maler_erholung.txt"))
    result = runner.session.finish()
    handle = _checks(result)["handle_objection"]
    assert handle["passed"] is False and "Spritzer" in handle["evidence"]
    assert result["passed"] is True and result["score"] < 80


def test_na_ja_alone_is_no_clause_of_blame():
    rec = _runner("de-maler-berechtigter-einwand").session.recogniser
    line = "Na ja, das kann jedem mal passieren, machen Sie sich keinen Kopf."
    names = rec.recognise(line).names
    assert "empathise" in names and "accusatory_opener" not in names, names


def test_a_down_payment_without_a_day_for_the_rest_is_said_so():
    """Fiftieth audit, call 08: "Gut, 600,00 € kriege ich hin" and the rest "wenn die Autos
    wieder fahren" was reported as "ohne konkreten Betrag und Termin"."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    runner.play(_script("V50", "08_de_werkstatt_cash_nichtmuttersprachler.txt"))
    result = runner.session.finish()
    outcome = _checks(result)["outcome"]
    assert result["passed"] is False
    assert "600,00 €" in outcome["evidence"] and "Rest" in outcome["evidence"]


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Excuse me? Don't you take that tone with me.", "Don't you take that tone with me."),
        ("Wie bitte?! So lasse ich nicht mit mir reden.", "So lasse ich nicht mit mir reden."),
    ],
)
def test_a_reaction_said_again_opens_with_again_not_like_i_said(line, rest):
    """Fiftieth audit: "Like I said: Excuse me? Don't you take that tone with me." — the outcry
    is replaced, the reaction kept."""
    m = _OUTCRY.match(line)
    assert m is not None and line[m.end() :] == rest
    assert _AGAIN["en"] == "Again?"


def test_an_ordinary_line_has_no_outcry():
    assert _OUTCRY.match("Those shelves were wobbly again a week after you left.") is None


def test_the_same_offence_taken_twice_is_not_like_i_said():
    runner = _runner("en-handyman-waive")
    steps = runner.play(
        [
            "Hi, is that Rachel? Gareth Lewis, Lewis Handyman Services.",
            "I'm calling about the shelves invoice, LHS-077, why have you still not paid it?",
            "Sorry, I only meant it's still open. Is there a problem with the shelves?",
            "Well that's your own fault, you must have overloaded them.",
        ]
    )
    assert "Excuse me?" in _reply(steps[1])
    last = _reply(steps[-1])
    assert last.startswith("Again?") and "Like I said" not in last, last


def test_blame_after_the_greeting_is_heard():
    """Fifty-third audit, probe 6: "Hi Claire, Priya from Shah Print. You're almost a month late
    with the invoice for the brochures, what's going on?" read as the greeting alone, and the
    florist answered "Lovely to hear from you"."""
    runner = _runner("en-florist-forgot")
    line = _script("V53", "probes/P6_florist_plain_blame.txt")[0]
    assert "accusatory_opener" in _names("en-florist-forgot", line)
    steps = runner.play([line])
    assert "Excuse me?" in _reply(steps[0])


@pytest.mark.parametrize(
    ("sid", "text"),
    [
        ("en-florist-forgot", "Are you a complete idiot?"),
        ("en-florist-forgot", "you idiot"),
        ("de-stammkunde-urlaub", "Erlauben Sie mal, Sie Blödmann!"),
        ("de-maler-berechtigter-einwand", "Das ist doch vorgeschoben."),
    ],
)
def test_name_calling_and_waving_the_reason_away_are_reproaches(sid, text):
    assert _names(sid, text)[0] == "accusatory_opener"


@pytest.mark.parametrize(
    ("sid", "text"),
    [
        ("en-florist-forgot", "I'm an idiot, I sent it to the old address."),
        ("de-stammkunde-urlaub", "Ich Dussel hab die falsche Adresse notiert."),
    ],
)
def test_calling_yourself_names_is_no_reproach(sid, text):
    assert "accusatory_opener" not in _names(sid, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hen Sie do Fotos gmacht?",
        "Oh je. Was genau is'n in Raum 3 net in Ordnung? Hen Sie do Fotos gmacht?",
    ],
)
def test_asking_for_photos_is_no_rebuttal(text):
    """Fifty-second audit, call 04: the question read as a rebuttal beside the clarifying
    question (0.62) and failed handle_objection as arguing against a fair complaint."""
    names = _names("de-maler-berechtigter-einwand", text)
    assert "clarify_objection" in names and "rebut_unjustified_objection" not in names


def test_a_rebuttal_put_as_a_question_or_beside_one_stays_a_rebuttal():
    rec = _runner("de-maler-berechtigter-einwand").session.recogniser
    asked = rec.recognise("Haben Sie nicht selbst das Abnahmeprotokoll unterschrieben?").names
    beside = rec.recognise("Die Wände waren sauber. Haben Sie Fotos?").names
    assert asked[0] == "rebut_unjustified_objection"
    assert "rebut_unjustified_objection" in beside


def test_the_mannheim_painter_who_asks_for_photos_gets_gold():
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play(_script("V52", "04_de_maler_mannheim.txt"))
    result = runner.session.finish()
    assert _checks(result)["handle_objection"]["passed"] is True
    assert top_but_the_letter(result)


def test_a_threat_he_hung_up_on_after_his_refusal_is_a_threat():
    """Fifty-second audit, call 09: "Ich erwarte das Geld bis Ende der Woche, sonst gebe ich das
    an ein Inkasso." after her refusal: "no threat in the whole call" and "calmly announced"
    beside "the customer hung up after your threat"."""
    runner = _runner("de-maler-berechtigter-einwand")
    # (The audit's own opener, "Sagen Sie mal, was ist denn mit meiner Rechnung los? Die ist
    # seit drei Wochen überfällig.", is read as the reproach its auditor called it since the
    # thirty-ninth session, and she takes offence before refusing; a neutral opener and one
    # more rebuttal bring the call to her refusal, which this test is about.)
    runner.play(
        [
            "Hallo Frau Lindner, Krause hier. Ich rufe wegen meiner Rechnung an, die ist noch "
            "offen.",
            "Also das kann ich mir nicht vorstellen, mein Geselle arbeitet sauber. Das war alles "
            "ordentlich.",
            "Nein, die Wände waren sauber, als wir gegangen sind.",
            "Da ist nichts zu machen, das war alles sauber.",
            "Ich erwarte das Geld bis Ende der Woche, sonst gebe ich das an ein Inkasso.",
        ]
    )
    result = runner.session.finish()
    assert result["outcome"] == "hang_up"
    checks = _checks(result)
    assert checks["no_premature_threat"]["passed"] is False
    assert "Drohung" in checks["next_step"]["reason"]


def test_a_critical_letter_fault_is_not_shown_as_a_note(tmp_path, capsys):
    """Fifty-second audit, call 02: the wrong sum in the letter failed the call, and the text
    output listed it as "note:"."""
    from trainer.cli import main

    code = main(
        [
            "--transcripts", str(tmp_path), "play", "de-erstkunde-rechnung-verloren",
            "--script", _script_path("V52", "02_de_erstkunde_dusie.txt"),
            "--letter", _script_path("V52", "02_letter.txt"),
            "--seed", "1", "--today", "2026-12-02",
        ]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "not met (critical): confirm_in_writing" in out
    assert "note: confirm_in_writing" not in out


def test_the_authority_confirms_the_run_the_learner_named():
    """Fifty-second audit, call 08: the learner sent the invoice again and named the run of the
    10th; Herr Schulte said "… am 10. Dezember; ist die Freigabe bis zum 5. durch, sind Sie
    dabei", and the call ended "ohne Vereinbarung"."""
    runner = _runner("de-behoerde-bestellnummer")
    runner.play(_script("V52", "08_de_behoerde_langatmig.txt"))
    result = runner.session.finish()
    assert result["outcome"] == "promise_to_pay"
    assert result["agreed_terms"]["date"] == "2026-12-10"


def test_asked_what_he_can_pay_the_garage_owner_names_his_figure():
    """Fifty-second audit, call 05: "Was können Sie jetzt bezahlen als Anzahlung?" got "Gut,
    den Betrag kriege ich hin. Und der Rest?" — a sum nobody had named."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    steps = runner.play(_script("V52", "05_de_werkstatt_cash_nonnative.txt")[:5])
    reply = _reply(steps[-1])
    assert "den Betrag kriege ich hin" not in reply and "500 Euro" in reply


def test_the_whole_sum_by_friday_is_no_down_payment():
    """Fifty-third audit, call 10: "I need the whole £1,190, all of it, by Friday. No partial
    stuff." passed the down-payment check."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(_script("V53", "10_en_cafe_bad.txt"))
    checks = _checks(runner.session.finish())
    assert (checks.get("down_payment") or {}).get("passed") is not True


def test_a_regional_yes_after_a_lead_in_takes_his_day():
    """Fifty-second audit, call 07r: "Ach so, na dann, passt scho." to his "Wie wäre es mit
    nächstem Freitag?" was not heard as a yes; he dropped the day ("sobald ich dazu komme")."""
    runner = _runner("de-stammkunde-urlaub")
    steps = runner.play(_script("V52", "07r_de_stammkunde_schriftlich.txt")[:5])
    assert "Abgemacht" in _reply(steps[-1])


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Ach so, na dann, passt scho.", True),
        ("Na dann nicht.", False),
        ("Ach so.", False),
        ("Na dann, bis bald.", False),
    ],
)
def test_a_yes_after_words_a_listener_leads_in_with(text, yes):
    from trainer.simulation.terms import says_yes

    assert says_yes(text, "de") is yes


def test_a_yes_that_lets_him_pay_whenever_is_no_yes_to_his_day():
    """Twenty-fifth audit, call 05 (replayed): "Ja... okay. Dann melden Sie sich halt, wenn's
    geht." to his Friday lets him pay whenever; it must not become his promise."""
    runner = _runner("de-werkstatt-ueberraschung")
    runner.play(_script("V25", "05_de_werkstatt_silence.txt"))
    assert runner.session.finish()["passed"] is False


def test_we_will_sort_something_out_wins_the_chip_shop_owner_over():
    """Thirty-fourth audit, call 10 (replayed): "Look, we'll sort something out between us, no
    bother. What could you manage yourself?" fell to offer_solution 0.75 and gave no goodwill,
    and a good call failed 69."""
    runner = _runner("en-chippy-instalments")
    runner.play(_script("V34", "10_en_chippy_irish.txt"))
    result = runner.session.finish()
    assert result["outcome"] == "instalment_plan" and result["passed"] is True


def test_blaming_your_own_colleague_is_no_reproach_of_the_customer():
    line = (
        "Sorry, I should've been on to you weeks ago about invoice CWS-118, but our Jake in "
        "accounts completely dropped the ball on it, honestly he's hopeless."
    )
    assert "accusatory_opener" not in _names("en-web-studio-unjustified", line)


def test_the_rest_in_two_instalments_is_split_not_asked_twice():
    """Fifty-fourth audit, call 05: "Und dann Rest, 1.365,40 Euro, in zwei Raten: 682,70 bis 15.
    Dezember und 682,70 bis 15. Januar" stored each instalment as 1.365,40, and a correct letter
    failed with advice that would have asked for 3.230,80 € on a 1.865,40 € invoice."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    runner.play(_script("V54", "05_de_werkstatt_raten_brief.txt"))
    terms = runner.session.call.table.terms
    assert terms["each"] == 682.7 and terms["count"] == 2


@pytest.mark.parametrize(
    ("audit", "name", "line"),
    [
        ("V55", "06b_en_cafe_customer_plan_rev.txt", "Yeah no worries, go with that."),
        ("V54", "10_en_cafe_accepts_plan.txt", "Grand so, that works for me. Sound, Tom."),
    ],
)
def test_an_everyday_yes_takes_his_plan(audit, name, line):
    """Fifty-fourth and fifty-fifth audits: "Yeah no worries, go with that." (the "no" of "no
    worries") and "Grand so, that works for me." (a summary at 0.43) got "I'm not sure I
    follow" or a question back, and the call failed; "Yes, that's fine." passed."""
    runner = _runner("en-cash-problems-cafe")
    steps = runner.play(_script(audit, name))
    said = next(s for s in steps if s.text == line)
    assert "Deal." in _reply(said)
    result = runner.session.finish()
    assert result["outcome"] == "down_payment_and_plan"
    assert _checks(result)["date_for_rest"]["passed"] is True


def test_did_you_get_our_reminder_asks_for_the_reason():
    line = "I'm calling about invoice GEC-5521, it's still open — did you get our reminder?"
    names = _names("en-logistics-approval", line)
    assert "ask_reason" in names and "accusatory_opener" not in names


def test_since_when_asks_about_the_fault_not_for_a_day():
    """Fifty-fourth audit, call 06: "seit wann?" read as a payment date 0.74."""
    names = _names("de-werkstatt-ueberraschung", "seit wann?")
    assert "clarify_objection" in names and "fix_payment_date" not in names


def test_the_court_after_one_fact_says_the_objection_still_stood():
    """Fifty-second and fifty-fourth audits: one fact, "Protokoll hin oder her", then the
    Mahnverfahren announced: handle_objection said "mit Fakten ausgeräumt" beside "announced too
    early", and the lesson (the other facts first) was never said."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(_script("V54", "07_de_hausverwaltung_rechtsweg.txt"))
    handle = _checks(runner.session.finish())["handle_objection"]
    assert handle["passed"] is False and "Hofablauf" in handle["reason"]


def test_a_question_glued_to_the_opener_breaks_strategy_one():
    """Fifty-third audit, call 08r: "…, it is still open. Why it is not paid until now, please?"
    read as the opener alone, and strategy 1 passed at 100 gold."""
    runner = _runner("en-logistics-approval")
    runner.play(_script("V53", "08r_en_logistics_nonnative.txt"))
    strategy = _checks(runner.session.finish())["strategy"]
    assert strategy["passed"] is False


def test_an_opener_and_a_pause_still_keep_strategy_one():
    runner = _runner("en-logistics-approval")
    lines = _script("V53", "08r_en_logistics_nonnative.txt")
    opener = next(ln for ln in lines if "still open" in ln)
    runner.play([lines[0], opener.split(" Why")[0], ""])
    assert _checks(runner.session.finish()).get("strategy", {}).get("passed") is True


@pytest.mark.parametrize(
    ("text", "go_on"),
    [
        ("Ja, und?", True),
        ("Und weiter?", True),
        ("And?", True),
        ("Ja, und wann zahlen Sie?", False),
    ],
)
def test_a_prompt_to_go_on_is_heard_as_listening(text, go_on):
    """Fifty-fourth audit, call 08: "Ja, und?" after "dazu hätte ich auch noch etwas zu sagen"
    got "Das habe ich jetzt nicht ganz verstanden"."""
    from trainer.simulation.terms import backchannel

    assert backchannel(text, "de") is go_on


def test_giving_up_after_one_demand_presumes_no_refusal():
    """Fifty-fourth audit, call 08: "ask what is behind his no" after a call in which he never
    said no."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(_script("V54", "08_de_hausverwaltung_schlecht.txt"))
    outcome = _checks(runner.session.finish())["outcome"]
    assert "Nein" not in outcome["reason"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "And if it's not there Friday I'll let your wedding couples know you don't pay "
               "your suppliers."),
        ("en", "Right, well, I'll be putting a review up on Google and telling the other shops "
               "on the parade how you treat tradesmen."),
        ("de", "Wenn's ned zoin, schick i Eana as Inkasso und vazähl's de Patientn im "
               "Wartezimmer."),
        ("de", "Und wenn's Freitag nicht da ist, ruf ich bei Ihrem Großhändler an und sag denen, "
               "dass Sie Ihre Rechnungen nicht zahlen."),
        ("de", "Wissen Sie was, wenn bis Freitag nix da ist, schreib ich bei Google rein, wie die "
               "Kessler Hausverwaltung ihre Handwerker bezahlt."),
    ],
)  # fmt: skip
def test_telling_the_customers_public_is_unlawful_pressure(lang, text):
    """Fifty-sixth and fifty-seventh audits: telling the customer's clients, patients, wholesaler
    or the street, or a Google review, passed as "threatened legal action" (not critical)."""
    from trainer.understanding.pressure import unlawful_pressure

    assert unlawful_pressure(text, lang) is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Tell the other shops I said hello."),
        ("en", "We left a review on Google for your shop, five stars!"),
        ("de", "Ich sag den Kunden gerne, dass die Rechnung kommt."),
        ("de", "Sagen Sie den Mietern bitte Bescheid, dass wir Montag kommen."),
        ("de", "Schreiben Sie mir gern auf Facebook, wenn was ist."),
    ],
)
def test_mentioning_others_without_telling_on_the_customer_is_no_pressure(lang, text):
    from trainer.understanding.pressure import unlawful_pressure

    assert unlawful_pressure(text, lang) is None


def test_a_plan_that_leaves_part_of_the_invoice_unasked_is_no_result():
    """Fifty-sixth audit, call 04: 400 € down and two instalments of 600 € on a 1.865,40 €
    invoice — 265,40 € never asked for — scored 100 gold."""
    runner = _runner("de-werkstatt-ueberraschung", "cash_problems")
    runner.play(_script("V56", "04_de_werkstatt_raten_nonnative.txt"))
    result = runner.session.finish()
    outcome = _checks(result)["outcome"]
    assert result["passed"] is False and "265,40 €" in outcome["reason"]


def test_a_guess_at_a_goodbye_without_leave_taking_ends_no_call():
    """Fifty-seventh audit, probe 2: "Look, I can't take anything less than the full amount."
    read as close_politely 0.11, and "Er, yes. Bye." ended the call."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(_script("V57", "probes/p2_insist_not_goodbye.txt"))
    assert runner.session.finish()["outcome"] == "down_payment_and_plan"


def test_a_letter_with_the_invoice_number_wrong_says_so_and_keeps_silver():
    """Fifty-sixth and fifty-seventh audits: "GEC-5512" for GEC-5521 was reported as "the
    invoice number is missing" and scored 98 gold; a wrong date is held to silver."""
    runner = _runner("en-logistics-approval")
    runner.play(_script("V57", "10_en_logistics_letter.txt"))
    letter = Path(_script_path("V57", "10_letter.txt")).read_text(encoding="utf-8")
    result = runner.session.finish(letter=letter)
    assert result["tier"] == "silver"
    written = [c for c in result["checks"] if c["id"] == "confirm_in_writing" and not c["passed"]]
    assert any("GEC-5512" in c["reason"] for c in written)
