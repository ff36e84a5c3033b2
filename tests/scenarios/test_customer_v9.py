"""The customer in the ninth session: a demand to pay with no day named is answered.

"Bitte überweisen Sie den Betrag." carries no intent (no concrete date), and the customer
said "Wie bitte? Worum geht es denn genau?" to it. A customer hears a call to pay: he tells
his story, raises his objection or names a day. Played as `trainer play --script … --seed 1
--today 2026-12-01`.
"""

from __future__ import annotations

import pytest

from tests.helpers import call_checks, score_but_the_letter, top_but_the_letter
from tests.scenarios.test_customer_v4 import _reply, _runner
from trainer.transcripts.export import read_as
from trainer.transcripts.schema import Turn

DE_OPENING = (
    "Guten Tag, hier ist Anna Berger von Berger Elektrotechnik.",
    "Ich rufe wegen unserer offenen Rechnung an.",
)
EN_OPENING = ("Hi, it's Sam from Brightline Services.", "I'm calling about our open invoice.")


@pytest.mark.parametrize(
    ("sid", "opening", "demand", "heard"),
    [
        (
            "de-stammkunde-urlaub",
            DE_OPENING,
            "Wir bitten Sie, den offenen Betrag umgehend zu begleichen.",
            "durchgerutscht",
        ),
        (
            "de-maler-berechtigter-einwand",
            DE_OPENING,
            "Bitte überweisen Sie den Betrag.",
            "Raum 3",
        ),
        (
            "en-web-studio-unjustified",
            EN_OPENING,
            "Please pay the balance as soon as possible.",
            "booking form",
        ),
    ],
)
def test_a_demand_without_a_day_is_answered_as_a_call_to_pay(sid, opening, demand, heard):
    runner = _runner(sid)
    *_, step = runner.play([*opening, demand])
    assert heard in _reply(step)
    assert "Wie bitte" not in _reply(step) and "what was that" not in _reply(step)
    # The debrief credits no date for it, and a reviewer sees how it was heard.
    said = runner.session.call.turns[-2]
    assert said.speaker == "learner" and not said.intents and said.trigger == "fix_payment_date"
    turn = Turn.model_validate(
        {"index": 5, "speaker": "learner", "text": demand, "move": "say", "trigger": said.trigger}
    )
    assert "no day named" in (read_as(turn, "en") or "")
    assert "kein Tag genannt" in (read_as(turn, "de") or "")


def test_the_cafe_owner_refuses_the_whole_amount_not_a_day_nobody_named():
    """ "By then? I just don't have £1,190.00 by then" answered a line that named no day."""
    runner = _runner("en-cash-problems-cafe")
    *_, step = runner.play([*EN_OPENING, "Please pay the balance as soon as possible."])
    assert "by then" not in _reply(step).casefold()
    assert "The whole £1,190.00?" in _reply(step)
    runner = _runner("en-cash-problems-cafe")
    *_, step = runner.play([*EN_OPENING, "Could you pay the whole amount by Friday?"])
    assert "by then" in _reply(step).casefold()


def test_a_demand_with_a_day_is_still_a_date_request():
    runner = _runner("de-stammkunde-urlaub")
    *_, step = runner.play([*DE_OPENING, "Können Sie den Betrag bis Freitag überweisen?"])
    assert [i["intent"] for i in runner.session.call.turns[-2].intents] == ["fix_payment_date"]
    assert "Wie bitte" not in _reply(step)


@pytest.mark.parametrize(
    "sid",
    [
        "en-cash-problems-cafe",
        "en-chippy-instalments",
        "en-florist-forgot",
        "en-handyman-waive",
        "en-logistics-approval",
        "en-web-studio-unjustified",
    ],
)
def test_asking_for_payment_before_naming_the_invoice_names_it(sid):
    """ "Could you pay the open invoice by Friday?" straight after the greeting: every
    English customer said "I'm not sure I follow". He takes it up as the invoice; the
    opening check still fails the strategy (a demand first)."""
    runner = _runner(sid)
    *_, step = runner.play([EN_OPENING[0], "Could you pay the open invoice by Friday?"])
    assert "follow" not in _reply(step)
    result = runner.session.finish()
    strategy = next(c for c in result["opening"]["checks"] if c["id"] == "strategy")
    assert strategy["passed"] is False


def test_a_demand_without_a_day_as_the_first_word_on_the_invoice_fails_the_strategy():
    """The opening judge saw no purpose in a line with no intent, and judged the next one."""
    runner = _runner("de-stammkunde-urlaub")
    *_, step = runner.play([DE_OPENING[0], "Bitte überweisen Sie den offenen Betrag umgehend.", ""])
    assert "durchgerutscht" in _reply(step)
    result = runner.session.finish()
    strategy = next(c for c in result["opening"]["checks"] if c["id"] == "strategy")
    assert strategy["passed"] is False and "umgehend" in strategy["evidence"]


def test_a_demand_without_a_day_over_an_objection_is_pushing_for_payment():
    """ "Bitte überweisen Sie den Betrag." over the property manager's complaint, and he digs
    in: handle_objection fails as `demanded_first`, as a dated demand does."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(
        [
            "Guten Tag, hier ist Jana Brandt von Brandt Garten- und Landschaftsbau.",
            "Ich rufe wegen unserer offenen Rechnung an.",
            "",
            "Bitte überweisen Sie den Betrag.",
            "Das Abnahmeprotokoll vom 2. Oktober haben Sie ohne Mängel unterschrieben, und das "
            "Gefälle haben wir mit 2 Prozent gemessen.",
        ]
    )
    result = runner.session.finish()
    handled = next(c for c in result["checks"] if c["id"] == "handle_objection")
    assert handled["passed"] is False
    assert "Bitte überweisen Sie den Betrag" in handled["evidence"]


STAMMKUNDE_PROMISE = (
    "Grüß Gott Herr Müller, Anna Berger von Berger Elektrotechnik.",
    "Ich rufe wegen der noch offenen Rechnung 2026-117 an.",
    "",
    "Schaffen Sie die 2.380 Euro bis Freitag, den 4. Dezember?",
)


def test_a_confirmation_with_a_day_he_never_agreed_to_is_corrected_and_costs_the_check():
    """Thirteenth audit: "Also dann bis Montag, den 14. Dezember … per E-Mail" after his
    promise for the 4th got "Gern, dann hab ich's auch schriftlich" and 100 gold."""
    runner = _runner("de-stammkunde-urlaub")
    *_, promise, wrong = runner.play(
        [
            *STAMMKUNDE_PROMISE,
            "Also dann bis Montag, den 14. Dezember. Ich schick Ihnen das per E-Mail.",
        ]
    )
    assert "04.12.2026" in _reply(promise)
    assert _reply(wrong).startswith("Nein, nicht ganz") and "04.12.2026" in _reply(wrong)
    result = runner.session.finish()
    confirm = next(c for c in result["checks"] if c["id"] == "confirm_in_writing")
    assert confirm["passed"] is False and "14. Dezember" in confirm["evidence"]
    assert result["tier"] == "silver" and result["tier_cap"]["check"] == "confirm_in_writing"


def test_the_right_confirmation_after_a_corrected_one_counts():
    runner = _runner("de-stammkunde-urlaub")
    runner.play(
        [
            *STAMMKUNDE_PROMISE,
            "Also dann bis Montag, den 14. Dezember. Ich schick Ihnen das per E-Mail.",
            "Ach so, natürlich: bis zum 4. Dezember. Ich schicke Ihnen das per E-Mail.",
        ]
    )
    result = runner.session.finish()
    confirm = next(c for c in result["checks"] if c["id"] == "confirm_in_writing")
    assert confirm["passed"] is True and "4. Dezember" in confirm["evidence"]


def test_new_terms_asked_after_the_plan_get_the_plan_back():
    """ "And could you put £500 down today as well?" after three payments of £920 were agreed
    got "Yes, like we said." (nothing had been said about £500)."""
    runner = _runner("en-chippy-instalments")
    *_, agreed, more = runner.play(
        [
            "Morning Dave, Fiona Walsh from Walsh Plumbing and Heating.",
            "I'm phoning about the boiler invoice that's still open, WPH-3310.",
            "",
            "I know it's been a hard year, Dave, with fish prices and energy.",
            "Let's find a way through this together, I've got a suggestion.",
            "How about three instalments of £920, on the 15th of December, January and February?",
            "And could you put £500 down today as well?",
        ]
    )
    assert agreed.state == "plan_agreed"
    assert "like we said" not in _reply(more)
    assert "keep to what we said: 3 payments of £920.00" in _reply(more)
    assert more.state == "plan_agreed"


def test_a_right_read_back_with_the_reduction_and_the_visit_day_is_not_corrected():
    """Other figures beside the terms — the reduction, the day of the rework — are no
    contradiction (a first version of the correction above said "Nein, nicht ganz" to them)."""
    runner = _runner("de-maler-berechtigter-einwand")
    *_, agreed, read_back = runner.play(
        [
            "Guten Tag, hier ist Stefan Krause vom Malerbetrieb Krause.",
            "Ich rufe wegen unserer offenen Rechnung an.",
            "",
            "Das tut mir leid mit Raum 3. Was genau ist dort nicht in Ordnung?",
            "Wir bessern Raum 3 am Montag nach, ziehen Ihnen 150 Euro ab, und Sie überweisen den "
            "Rest bis zum 15. Dezember.",
            "Also: Nachbesserung am Montag, 150 Euro Nachlass, 3.420 Euro bis zum 15. Dezember. "
            "Ich schicke Ihnen das per E-Mail.",
        ]
    )
    assert "15.12.2026" in _reply(agreed)
    assert "nicht ganz" not in _reply(read_back)
    result = runner.session.finish()
    confirm = call_checks(result)["confirm_in_writing"]
    assert confirm["passed"] is True and top_but_the_letter(result)


def test_a_deadline_with_an_unnamed_consequence_is_a_threat():
    """Thirteenth audit: "If payment … is not received by Friday, we will have no choice but
    to take further steps" as the second line was read as a date alone; the café owner said
    "I'm not sure I follow" and the debrief called the opening factual. An ultimatum is a
    threat beside its date (eval/README)."""
    runner = _runner("en-cash-problems-cafe")
    *_, step = runner.play(
        [
            "Hello Tom, Sam Whitfield from Whitfield Joinery.",
            "If payment of invoice INV-0412 is not received by Friday, we will have no choice "
            "but to take further steps.",
        ]
    )
    assert "tone" in _reply(step)
    result = runner.session.finish()
    threat = next(c for c in result["checks"] if c["id"] == "no_premature_threat")
    assert threat["passed"] is False


def test_the_same_deadline_without_a_consequence_is_a_date_request():
    from trainer.understanding import load_recogniser

    de, en = load_recogniser("de"), load_recogniser("en")
    rec = en.recognise("If you can, please pay it by Friday, that would help us a lot.")
    assert "threaten_legal" not in rec.names
    rec = de.recognise(
        "Sollte die Zahlung bis Freitag nicht eingehen, leiten wir weitere Schritte ein."
    )
    assert "threaten_legal" in rec.names or "announce_legal_route" in rec.names


def test_as_soon_as_possible_to_her_day_is_no_yes():
    """Thirteenth audit: "Ja, so schnell wie möglich wäre gut." to "Sagen wir bis Ende nächster
    Woche?" was taken as agreeing to her day, and a call that never named a day passed."""
    runner = _runner("de-erstkunde-rechnung-verloren")
    *_, proposed, vague = runner.play(
        [
            "Guten Tag, Vogt Grafikdesign, Buchhaltung, mein Name ist Lena Vogt.",
            "Wir bitten Sie, den offenen Betrag von 1.428,00 Euro aus der Rechnung GD-2026-044 "
            "umgehend zu begleichen.",
            "Die Rechnung wurde Ihnen am 17. Oktober per E-Mail zugestellt.",
            "Dann schicke ich Ihnen die Rechnung noch einmal zu.",
            "Bitte überweisen Sie den Betrag dann umgehend.",
            "Ja, so schnell wie möglich wäre gut.",
        ]
    )
    assert "nächster Woche" in _reply(proposed)
    assert "bis wann" in _reply(vague) and "nicht ganz verstanden" not in _reply(vague)
    result = runner.session.finish()
    assert result["passed"] is False


def test_a_reference_number_is_no_amount():
    """Thirteenth audit: "resend the invoice with PO number 4500-7781 today" made £7,781.00
    the agreed amount (the invoice is £3,850)."""
    from datetime import date

    from trainer.understanding.facts import extract_facts

    for text in (
        "I'll resend the invoice with the PO number 4500-7781 today.",
        "Resend it with PO 7781 today.",
        "Rechnung Nr. 4471 heute noch.",
    ):
        assert not [f for f in extract_facts(text, date(2026, 12, 1)) if f.kind == "amount"]
    facts = extract_facts("Zahlen Sie 400 heute und den Rest bis Freitag.", date(2026, 12, 1))
    assert [f.value for f in facts if f.kind == "amount"] == [400]


def test_an_ultimatums_day_is_neither_agreed_nor_pinned():
    """Thirteenth audit: the ultimatum's Friday stayed in the agreed terms beside the plan
    agreed later, and the date check quoted a threat as "Konkreten Termin festgemacht"."""
    runner = _runner("en-cash-problems-cafe")
    runner.play(
        [
            "Hello Tom, Sam Whitfield from Whitfield Joinery.",
            "Invoice INV-0412 is four weeks overdue, and if it isn't paid by Friday I'll take you "
            "to the small claims court.",
            "Sorry, that came out wrong. I understand a new café has a hard first autumn.",
            "Could you pay £300 today as a first payment?",
            "And the remaining £890 by Friday 18 December?",
        ]
    )
    assert "date" not in (runner.session.call.agreed_terms or {})
    assert runner.session.call.agreed_terms["rest_date"] == "2026-12-18"
    from tests.helpers import SCENARIOS
    from tests.scenarios.test_customer_v4 import TODAY
    from trainer.scenario import find_scenario, load_scenario
    from trainer.session import default_recogniser
    from trainer.session.script import ScriptRunner

    loaded = load_scenario(find_scenario("de-werkstatt-ueberraschung", SCENARIOS))
    rec = default_recogniser("de", loaded)
    runner = ScriptRunner.open(loaded, seed=1, today=TODAY, recogniser=rec, persona="apologises")
    ultimatum = (
        "Sollte der Betrag aus der Rechnung KFZ-2026-1903 nicht bis zum 11. Dezember eingehen, "
        "sehen wir uns leider gezwungen, weitere Schritte einzuleiten."
    )
    runner.play(["Guten Tag Herr Becker, Deniz Yilmaz von der Kfz-Werkstatt Yilmaz.", ultimatum])
    result = runner.session.finish()
    pinned = [c for c in result["checks"] if c["id"] == "pin_date" and c["passed"]]
    assert not pinned  # not "Konkreten Termin und Betrag festgemacht" on the threat
    assert result["passed"] is False


def test_playing_his_slip_down_before_any_objection_comforts_him():
    """Thirteenth audit: "Ha noi, Herr Müller, des isch doch net schlimm, gell." to his
    apology read as a rebuttal (there was nothing to rebut) and got "nicht ganz verstanden"."""
    runner = _runner("de-stammkunde-urlaub")
    *_, sorry, comfort = runner.play(
        [
            "Grüß Gott Herr Müller, Anna Berger von Berger Elektrotechnik.",
            "Ich rufe wegen der noch offenen Rechnung 2026-117 an.",
            "",
            "Ha noi, Herr Müller, des isch doch net schlimm, gell.",
        ]
    )
    assert "durchgerutscht" in _reply(sorry)
    said = runner.session.call.turns[-2]
    assert [i["intent"] for i in said.intents] == ["empathise"]
    assert "nicht ganz verstanden" not in _reply(comfort)


def test_a_read_back_of_another_day_than_his_run_is_no_confirmation():
    """Fourteenth audit: "So just to confirm: the full £3,850 will be with us by the 5th of
    December" for his run on the 15th, then "I'll send you a short email confirming that":
    the e-mail line was credited as the written confirmation."""
    runner = _runner("en-logistics-approval")
    runner.play(
        [
            "Good morning Mr Jensen, this is Olivia Grant calling from Grant Event Catering.",
            "I'm calling regarding invoice GEC-5521 for £3,850, which is still showing as open.",
            "",
            "Of course — I'll send the invoice again today with the purchase order number on it.",
            "When would it go out then?",
            "Perfect. So just to confirm: the full £3,850 will be with us by the 5th of December.",
            "I'll send you a short email confirming that. Thanks for your help, have a good day.",
        ]
    )
    result = runner.session.finish()
    # Since the forty-fifth session he holds to his day ("Hang on — I meant 15 December 2026.
    # Can we keep it at that?"), and the e-mail line answers that question: he restates his
    # day ("Yes — 15 December."), and the confirmation is of his terms (decision rule (5) of
    # the forty-sixth session). The day was never said back: no gold.
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any(s.startswith("Hang on — I meant 15 December") for s in said), said
    confirm = next(c for c in result["checks"] if c["id"] == "confirm_in_writing")
    assert confirm["passed"] is True
    assert result["tier"] != "gold"
    assert any(c["id"] == "pin_date" and not c["passed"] for c in result["checks"])
    assert result["agreed_terms"]["date"] == "2026-12-15"


def test_a_down_payment_by_a_day_keeps_its_day():
    """Fourteenth audit: "could you pay £400 now, by this Friday, as a first payment?" got
    "I can't have the rest by 4 December" — nobody had asked for the rest by then."""
    runner = _runner("en-cash-problems-cafe")
    *_, down, rest = runner.play(
        [
            "Hi Tom, it's Sam Whitfield from Whitfield Joinery.",
            "I'm calling about the open invoice for the counter and shelving.",
            "",
            "That sounds like a tough first autumn, I'm sorry to hear it.",
            "How about this: could you pay £400 now, by this Friday, as a first payment?",
            "And the remaining £790 by the 31st of December — would that work?",
        ]
    )
    assert "the rest by 4 December" not in _reply(down)
    assert "£400.00 by 4 December 2026, the rest by 31 December 2026" in _reply(rest)
    terms = runner.session.call.agreed_terms
    assert terms["now_date"] == "2026-12-04" and terms["rest_date"] == "2026-12-31"


def test_a_dunning_letter_announced_is_no_written_confirmation():
    """Fourteenth audit: "Gut. Sonst müsste ich Ihnen nächste Woche die erste schriftliche
    Mahnung schicken." after his promise was credited as the written confirmation (and he
    answered "Gern, dann hab ich's auch schriftlich"), 100 gold."""
    runner = _runner("de-stammkunde-urlaub")
    *_, warning, _bye = runner.play(
        [
            *STAMMKUNDE_PROMISE,
            "Gut. Sonst müsste ich Ihnen nächste Woche die erste schriftliche Mahnung schicken.",
            "Tschüss, Herr Müller.",
        ]
    )
    assert "schriftlich" not in _reply(warning)
    result = runner.session.finish()
    confirm = next(c for c in result["checks"] if c["id"] == "confirm_in_writing")
    assert confirm["passed"] is False


@pytest.mark.parametrize(
    ("sid", "script", "heard"),
    [
        (
            "de-hausverwaltung-rechtsweg",
            [
                "Guten Tag Herr Kessler, Jana Brandt von Brandt Garten- und Landschaftsbau.",
                "Ich rufe wegen der noch offenen Rechnung für den Innenhof an.",
                "",
                "Was genau ist Ihnen denn aufgefallen – wo steht das Wasser, und seit wann?",
                "Sie haben die Abnahme am 2. Oktober ohne Vorbehalt unterschrieben.",
                "Dann kommen wir heute leider nicht zusammen. Ich werde das gerichtliche "
                "Mahnverfahren einleiten, die Unterlagen dazu liegen mir vor.",
            ],
            "Mahnverfahren?",
        ),
        (
            "en-web-studio-unjustified",
            [
                "Hi Helen, Ben Carter from Carter Web Studio.",
                "I'm calling about the open invoice for the website.",
                "",
                "What exactly is missing, in your view?",
                "The booking form wasn't in the signed quote, I have it here.",
                "Then we won't agree today. I'll start the court payment order procedure, I have "
                "the documents.",
            ],
            "a bit much",
        ),
    ],
)
def test_the_legal_route_is_heard_where_the_scenario_has_no_answer_to_it(sid, script, heard):
    """Fourteenth audit: "Ich werde das gerichtliche Mahnverfahren einleiten" got "Das habe
    ich jetzt nicht ganz verstanden"; "I'll start the court payment order procedure" got
    "I'm not sure I follow". Premature or not (the debrief judges that), he heard it."""
    runner = _runner(sid)
    *_, step = runner.play(script)
    assert heard in _reply(step)
    assert not any(w in _reply(step) for w in ("nicht ganz verstanden", "follow", "Wie bitte"))


ASKED_EARLY_NEXT_WEEK = (
    "Moin Herr Müller, Anna Berger von Berger Elektrotechnik.",
    "Ich rufe wegen der noch offenen Rechnung 2026-117 an.",
    "",
    "Kein Thema, kann passieren.",
    "Kriegen Sie das irgendwann Anfang nächster Woche hin?",
)


def test_his_day_taken_up_but_never_said_back_keeps_the_call_below_gold():
    """Fourteenth audit: "Super, ich schick Ihnen eine kurze Mail dazu. Tschüss!" to "Wie wäre
    es mit nächstem Freitag?" scored 100 gold — the learner never said the day. The day was
    agreed (the score keeps the check); the tier is held at silver, and the debrief says why."""
    runner = _runner("de-stammkunde-urlaub")
    runner.play([*ASKED_EARLY_NEXT_WEEK, "Super, ich schick Ihnen eine kurze Mail dazu. Tschüss!"])
    result = runner.session.finish()
    parts = {c.get("part"): c for c in result["checks"] if c["id"] == "pin_date"}
    assert parts["agreed"]["passed"] is True and parts["repeated"]["passed"] is False
    assert parts["repeated"]["weight"] == 0
    assert score_but_the_letter(result) == 100 and result["tier"] == "silver"
    assert result["tier_cap"]["check"] == "pin_date"
    # Saying his day back keeps gold.
    runner = _runner("de-stammkunde-urlaub")
    runner.play(
        [
            *ASKED_EARLY_NEXT_WEEK,
            "Super, also die 2.380 Euro bis Freitag, den 4. Dezember. Ich schick Ihnen eine Mail.",
        ]
    )
    assert top_but_the_letter(runner.session.finish())
