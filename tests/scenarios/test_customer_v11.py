"""Sixteenth outside audit (eleventh session): the calm legal route after the customer
refused the date, and a refusal that a second fact turns round."""

from __future__ import annotations

from tests.helpers import call_checks
from tests.scenarios.test_customer_v4 import _reply, _runner

OPENING = [
    "Guten Tag Herr Kessler, Jana Brandt von Brandt Garten- und Landschaftsbau.",
    "Ich rufe wegen der noch offenen Rechnung GL-2026-215 für den Innenhof an.",
    "",
    "Okay. Was genau ist denn uneben, wo steht das Wasser?",
    "Herr Kessler, Sie haben die Abnahme am 2. Oktober ohne Vorbehalt unterschrieben.",
    "Können wir uns darauf einigen, dass Sie die 4.760 Euro bis zum 15. Dezember überweisen?",
]


#: Seventeenth audit, call 11: the facts, then a discount nobody asked for.
DISCOUNT_AFTER_FACTS = [
    "Hey Helen, Ben Carter from Carter Web Studio, how's it going?",
    "So I'm calling about invoice CWS-118 for phase one of the relaunch, it's still outstanding.",
    "",
    "uh well the booking form was never part of phase one though. you signed off phase one on "
    "october 3rd",
    "Look, I don't want this to drag on. How about I take 10% off and we call it done?",
]


def _checks(result: dict) -> dict[str, dict]:
    return call_checks(result)


def test_the_legal_route_after_he_refused_the_date_is_the_result():
    """He said "Nein. Ich sehe das anders." to the date after the learner had asked and
    argued: the talks failed, and the calmly announced Mahnverfahren is the right result
    (GUIDE §3). It failed as "premature" (57, critical outcome)."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    *_, refused, legal = runner.play(
        [
            *OPENING,
            "Schade, dass wir da nicht zusammenkommen. Dann werde ich das gerichtliche "
            "Mahnverfahren einleiten, Abnahmeprotokoll und Fotos liegen mir ja vor.",
        ]
    )
    assert refused.state == "lehnt_termin_ab"
    assert legal.state == "rechtsweg"
    result = runner.session.finish()
    checks = _checks(result)
    assert result["outcome"] == "legal_route" and result["passed"]
    assert checks["no_premature_threat"]["passed"] and checks["next_step"]["passed"]


def test_a_refusal_turned_round_by_a_second_fact_needs_no_next_step():
    """After the refused date a second fact won him over and he promised: the call did not
    fail, so "no next step chosen" must not cost points, and the facts did clear the
    objection up (it said "auch wenn der Kunde nicht eingelenkt hat", 88 silver)."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(
        [
            *OPENING,
            "Das Wasser steht, weil der Hofablauf verstopft ist, und der gehört nicht zu "
            "unserem Auftrag.",
            "Können Sie den Betrag bis zum 15. Dezember überweisen?",
            "Ich bestätige Ihnen das kurz per Mail. Auf Wiederhören, Herr Kessler.",
        ]
    )
    result = runner.session.finish()
    checks = _checks(result)
    assert result["outcome"] == "promise_to_pay"
    assert "next_step" not in checks
    assert checks["handle_objection"]["passed"]
    assert "nicht eingelenkt" not in checks["handle_objection"]["reason"]


def test_pin_date_quotes_the_day_he_agreed_not_the_one_he_turned_down():
    """Herr Schulte kept his payment run on the 10th and turned the 4th down; the debrief
    quoted the 4th ("… nicht doch schon bis zum 4. Dezember anweisen?") as the date pinned,
    because its amount read as a part payment."""
    runner = _runner("de-behoerde-bestellnummer")
    runner.play(
        [
            "Guten Tag Herr Schulte, Miriam Hoffmann von Hoffmann IT-Training.",
            "Ich rufe wegen der noch offenen Rechnung S-2026-0877 an, zu der wir Ihnen vor gut "
            "zwei Wochen geschrieben haben.",
            "",
            "Ah, verstehe, da fehlt die Bestellnummer. Ich schicke Ihnen die Rechnung heute "
            "noch mal mit Bestellnummer per E-Mail.",
            "Und dann geht sie im Zahlungslauf am 10. Dezember mit raus?",
            "Moment, noch eine Änderung: könnten Sie die 6.240 Euro nicht doch schon bis zum "
            "4. Dezember anweisen? Wir haben Jahresabschluss.",
            "Gut, dann bleibt es beim 10. Dezember. Vielen Dank, Herr Schulte, auf Wiederhören.",
        ]
    )
    result = runner.session.finish()
    pin = _checks(result)["pin_date"]
    assert result["agreed_terms"]["date"] == "2026-12-10"
    assert pin["passed"] and "10.12.2026" in pin["evidence"], pin
    assert "4. Dezember" not in pin["evidence"], pin


def test_a_threat_after_his_promise_hurts_and_the_promise_stands():
    """ "… muss ich Sie leider bei der SCHUFA melden" after Herr Müller's promise got "Gut,
    dass Sie angerufen haben. Tschüss!", and the Mahnverfahren after Herr Kessler's "Wie
    gesagt." (sixteenth audit, probes P5 and P1): he now says what it did, the agreement
    stands, and the debrief still fails the threat."""
    runner = _runner("de-stammkunde-urlaub")
    *_, threat = runner.play(
        [
            "Moin Herr Müller, Anna Berger hier von Berger Elektrotechnik.",
            "Ich ruf wegen der noch offenen Rechnung 2026-117 an, die fürs neue Lager.",
            "",
            "Ach, das kenn ich, nach drei Wochen weg stapelt sich alles. Kein Thema.",
            "Schaffen Sie die 2.380 Euro bis Freitag, den 4. Dezember?",
            "Prima. Ich schick Ihnen gleich noch ne kurze Mail mit Rechnungsnummer und dem "
            "Termin, ja?",
            "Und wenn bis Freitag nichts da ist, muss ich Sie leider bei der SCHUFA melden, das "
            "verstehen Sie sicher.",
        ]
    )
    assert "geeinigt" in _reply(threat) or "zugesagt" in _reply(threat), _reply(threat)
    assert not runner.session.call.ended
    result = runner.session.finish()
    assert result["agreed_terms"]["date"] == "2026-12-04"
    assert not _checks(result)["no_premature_threat"]["passed"]


def test_a_written_summary_today_is_no_new_payment_day():
    """ "Ich fasse Ihnen das heute noch schriftlich zusammen." after his promise for the 15th
    got "Nein, nicht ganz: 4.760,00 € bis zum 15.12.2026." — "heute" is the letter's day."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    *_, summary = runner.play(
        [
            *OPENING[:5],
            "Das Gefälle von 2 % haben wir bei der Abnahme gemessen und fotografiert.",
            "Können Sie die 4.760 Euro bis zum 15. Dezember überweisen?",
            "Ich fasse Ihnen das heute noch schriftlich zusammen.",
        ]
    )
    assert "nicht ganz" not in _reply(summary), _reply(summary)


def test_a_change_she_turned_down_then_confirming_her_terms_is_a_confirmation():
    """Probe P4: after Claire's promise for the 4th the learner asked for the 2nd, Claire
    kept the 4th ("Hang on, what we agreed is: …", which read like a form), and "I'll pop
    you a wee email the day confirming that" failed as confirming terms she had not agreed
    to, quoting the change request."""
    runner = _runner("en-florist-forgot")
    *_, change, _confirm = runner.play(
        [
            "Hiya Claire, it's Priya from Shah Print Studio, how's things?",
            "I'm just phoning about the invoice for the wedding brochures that's still open, "
            "SPS-2291.",
            "",
            "Och don't worry about it, wedding season's mental, I know fine.",
            "Would you manage to pay the £640 by Friday, the 4th of December?",
            "Actually, sorry - could we make that Wednesday the 2nd instead? Month end on our "
            "side.",
            "Brilliant. I'll pop you a wee email the day confirming that, with the invoice number.",
        ]
    )
    assert "keep to what we said: £640.00 by 4 December 2026" in _reply(change)
    result = runner.session.finish()
    assert result["agreed_terms"]["date"] == "2026-12-04"
    assert _checks(result)["confirm_in_writing"]["passed"]


def test_a_plan_typed_in_a_hurry_keeps_its_count():
    """ "three instalmnets of £920" lost its count: the stored agreement kept only £920 and
    the first date (sixteenth audit, call 09)."""
    runner = _runner("en-chippy-instalments")
    runner.play(
        [
            "Hi Dave, Fiona Walsh here from Walsh Plumbing and Heating. How's the form?",
            "I'm ringing about the invoice for the boiler, WPH-3310, that's still open.",
            "",
            "Ah Dave, I hear you, sure everyone's getting hammered with the prices at the minute.",
            "Look, I'd like to sort this out with you in a way that works for you, I've a "
            "suggestion.",
            "How about three instalmnets of £920, on the 15th of December, the 15th of January "
            "and the 15th of February?",
        ]
    )
    result = runner.session.finish()
    assert result["agreed_terms"]["count"] == 3, result["agreed_terms"]


def test_asked_for_his_address_he_gives_it_and_the_call_goes_on():
    """ "Wie ist denn Ihre aktuelle Mailadresse?" after his promise got "Gut, dass Sie
    angerufen haben. Tschüss!": the call ended on a question any customer answers."""
    runner = _runner("de-stammkunde-urlaub")
    *_, asked = runner.play(
        [
            "Guten Tag Herr Müller, Anna Berger von Berger Elektrotechnik.",
            "Ich rufe wegen der offenen Rechnung 2026-117 an.",
            "",
            "Können Sie die 2.380 Euro bis Freitag, den 4. Dezember, überweisen?",
            "Wie ist denn Ihre aktuelle Mailadresse?",
        ]
    )
    assert "j.mueller@mueller-haustechnik.de" in _reply(asked)
    assert not runner.session.call.ended
    runner = _runner("en-florist-forgot")
    *_, asked = runner.play(
        [
            "Hiya Claire, it's Priya from Shah Print Studio!",
            "Just ringing about the open invoice for the wedding brochures.",
            "",
            "Could you pop the £640 over by Friday the 4th?",
            "What's the best email address for you? I'll send a quick confirmation.",
        ]
    )
    assert "claire@dawsonflowers.co.uk" in _reply(asked)
    result = runner.session.finish()
    assert call_checks(result)["confirm_in_writing"]["passed"]


def test_a_rebuttal_after_a_frank_preface_is_heard_and_the_waiver_counts():
    """Seventeenth audit, call 09: "Fair enough. I'll be honest with you, they were solid and
    level when I left, I checked every one." was empathy alone (the rebuttal 0.33 behind the
    preface), so Rachel never refused and the reasoned waiver after it counted as giving up
    early (57, critical outcome)."""
    runner = _runner("en-handyman-waive")
    *_, rebut, _waiver = runner.play(
        [
            "Hiya, is that Rachel? Gareth Lewis here, Lewis Handyman Services, I did your "
            "shelves back in October.",
            "Just calling about the invoice, LHS-077, it's still open, like.",
            "",
            "Oh right. What's happening with them exactly, is it all three or just the one?",
            "Fair enough. I'll be honest with you, they were solid and level when I left, I "
            "checked every one.",
            "Right. Look, I'm not going to take you to court over £180, it'd cost more than "
            "it's worth for both of us. I'll write the invoice off and close it.",
        ]
    )
    assert "rebut_unjustified_objection" in rebut.intents and rebut.state == "refuses"
    result = runner.session.finish()
    assert result["outcome"] == "waive_claim" and result["passed"], result["checks"]


def test_the_rework_day_in_a_compromise_is_no_payment_day():
    """Seventeenth audit, call 04: "Ich komm am Dienstag, 8. Dezember, … vorbei, … und für den
    Ärger ziehen wir Ihnen 10 Prozent ab" made the rework day her payment day, she then held
    the learner to it ("3.570,00 € bis zum 08.12.2026") and the confirmation failed."""
    runner = _runner("de-maler-berechtigter-einwand")
    *_, offer = runner.play(
        [
            "Guten Morgen Frau Lindner, Krause hier vom Malerbetrieb Krause. Ich ruf an wegen "
            "der noch offenen Rechnung für die Praxisräume, der M-2026-311.",
            "",
            "Oh. Das tut mir leid, das wusst ich nicht. Was genau ist denn im Raum 3 nicht in "
            "Ordnung?",
            "Da haben Sie recht, so hätte das nicht rausgehen dürfen. Mein Vorschlag: Ich komm "
            "am Dienstag, 8. Dezember, früh vor Praxisbeginn selber vorbei, mach die Spritzer "
            "weg und streich die Sockelleisten, und für den Ärger ziehen wir Ihnen 10 Prozent "
            "von der Rechnung ab.",
        ]
    )
    assert "08.12.2026" not in _reply(offer), _reply(offer)
    assert "Bis wann?" in _reply(offer)


def test_a_discount_nobody_asked_for_is_taken_not_misunderstood():
    """Seventeenth audit, call 11: "How about I take 10% off and we call it done?" after
    Helen's "Fine — I'll pay." got "I'm not sure I follow."."""
    runner = _runner("en-web-studio-unjustified")
    *_, discount = runner.play(DISCOUNT_AFTER_FACTS)
    assert "follow" not in _reply(discount) and "discount" in _reply(discount), _reply(discount)


def test_the_better_line_for_a_customer_short_of_cash_is_his_result():
    """Seventeenth audit: a café owner who cannot pay it all was shown "Could you transfer
    the £1,190.00 by Friday 11 December?" (a day his 14-day limit rules out), and the chippy
    owner, who has nothing up front, "the remaining £2,060.00" after a down payment."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(
        [
            "Hi there, is that Tom? It's Sam Whitfield from Whitfield Joinery.",
            "I'm phoning about the invoice for the counter and shelving, INV-0412.",
            "",
            "Cheers Tom, bye.",
        ]
    )
    better = _checks(runner.session.finish())["outcome"]["better"]
    assert "first payment" in better and "18 December" in better, better
    runner = _runner("en-chippy-instalments")
    runner.play(
        [
            "Dave, Fiona Walsh, Walsh Plumbing and Heating.",
            "I'm calling about the boiler invoice, WPH-3310.",
            "",
            "Okay, bye.",
        ]
    )
    checks = _checks(runner.session.finish())
    assert "instalments of £920.00" in checks["outcome"]["better"], checks["outcome"]
    assert "remaining" not in checks.get("date_for_rest", {}).get("better", ""), checks


def test_a_discount_after_the_facts_settled_it_gives_money_away():
    """Seventeenth audit, call 11: the facts had settled it ("Fine — I'll pay."), then "How
    about I take 10% off?" — handle_objection said "cleared up with facts" and the call
    scored 87 silver."""
    runner = _runner("en-web-studio-unjustified")
    runner.play(
        [
            *DISCOUNT_AFTER_FACTS,
            "Great, so that's £2,160 by Friday December 11th?",
            "Awesome. Thanks Helen, talk soon.",
        ]
    )
    handle = _checks(runner.session.finish())["handle_objection"]
    assert not handle["passed"] and "10% off" in handle["evidence"], handle


def test_the_confirmation_with_the_invoice_number_is_a_confirmation():
    """Eighteenth audit, call 01: "Ich schick Ihnen das nachher noch kurz per Mail mit der
    Rechnungsnummer" was taken for sending the invoice only (its number matched "Rechnung"),
    and a good call lost its gold: "keine schriftliche Bestätigung angekündigt"."""
    runner = _runner("de-stammkunde-urlaub")
    runner.play(
        [
            "Guten Morgen Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
            "Ich ruf wegen der noch offenen Rechnung 2026-117 für die Elektroinstallation im "
            "Lager an.",
            "",
            "Wann könnten Sie die 2.380 Euro denn überweisen – ginge das bis Freitag, den 4. "
            "Dezember?",
            "Ich schick Ihnen das nachher noch kurz per Mail mit der Rechnungsnummer, dann haben "
            "Sie's griffbereit.",
        ]
    )
    assert _checks(runner.session.finish())["confirm_in_writing"]["passed"]


def test_terms_read_out_before_any_agreement_are_a_proposal():
    """Eighteenth audit, call 08: "Right, here's what we'll do: £1,000 today, then £880 on the
    8th of December and £880 on the 15th." was a read-back of nothing agreed (summarise 0.94):
    the customer said "I'm not sure I follow" and the debrief found no date for the rest."""
    runner = _runner("en-chippy-instalments")
    *_, plan = runner.play(
        [
            "Dave, Fiona Walsh, Walsh Plumbing and Heating.",
            "I'm calling about the boiler invoice, WPH-3310, still open.",
            "",
            "Right, here's what we'll do: £1,000 today, then £880 on the 8th of December and "
            "£880 on the 15th.",
        ]
    )
    assert "propose_instalments" in plan.intents and "summarise_agreement" not in plan.intents
    assert "follow" not in _reply(plan), _reply(plan)


def test_called_by_the_wrong_name_he_puts_it_right_once():
    """Eighteenth audit, call 05: "Herrn Schulze von der Stadt Neustadt" to Bernd Schulte went
    unnoticed all call. A typo of his name ("Muller" for Müller) is no other man's name."""
    runner = _runner("de-behoerde-bestellnummer")
    first, second = runner.play(
        [
            "Guten Tag, Hoffmann, Hoffmann IT-Training. Spreche ich mit Herrn Schulze?",
            "Herr Schulze, es geht um unsere Rechnung S-2026-0877.",
        ]
    )
    assert _reply(first).startswith("Schulte übrigens, nicht Schulze."), _reply(first)
    assert "Schulze" not in _reply(second)
    runner = _runner("de-stammkunde-urlaub")
    (typo,) = runner.play(["Hallo Herr Muller, Anna Berger von Berger Elektrotechnik."])
    assert "nicht" not in _reply(typo), _reply(typo)
