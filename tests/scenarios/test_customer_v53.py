"""Fifty-third session: what the outside audits V228–V231 (benchmarks/audits/) found."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner
from tests.scenarios.test_customer_v43 import _heard
from trainer.scoring.letter import _released, _sentence
from trainer.scoring.opening import _asks_nothing, _glued_justification
from trainer.simulation.terms import read_offer
from trainer.understanding import load_recogniser
from trainer.understanding.types import TENTATIVE

DAY = dt.date(2026, 12, 7)  # a Monday


# --- the rework offered on a justified complaint is no argument against it ------------------------
def test_the_rework_itself_is_no_argument_against_a_justified_complaint() -> None:
    """V229 02: "Da haben Sie recht …", then "Wir machen das wieder gut. Mein Geselle kommt am
    Mittwoch … entfernt die Spritzer" (a compromise 0.88, a rebuttal 0.48) and 10 % off — "Gegen
    einen berechtigten Einwand argumentiert", 87 silver, for the article's own move."""
    result = _played(
        "de-maler-berechtigter-einwand", "V229", "02_leipzig_maler.txt", "02_letter.txt"
    )
    assert "handle_objection" not in _failed(result)
    assert result["score"] == 100 and result["tier"] == "gold"


def test_an_argument_before_the_compromise_still_costs_on_a_justified_complaint() -> None:
    """The guard (sixth and thirteenth audits): the complaint argued away first, the rework
    after it — the result is right, the handling not."""
    runner = _runner("de-maler-berechtigter-einwand")
    runner.play(
        [
            "Guten Tag Frau Lindner, hier ist Stefan Krause vom Malerbetrieb Krause.",
            "Ich rufe wegen der noch offenen Rechnung M-2026-311 an.",
            "",
            "Was genau ist denn in Raum 3 nicht in Ordnung?",
            "Das kann nicht sein, mein Geselle hat dort sauber gearbeitet, das war ordentlich.",
            "Gut, dann kommt mein Geselle am Mittwoch und macht die Spritzer weg, und ich ziehe "
            "Ihnen zehn Prozent ab.",
        ]
    )
    (v,) = _failed(runner.session.finish())["handle_objection"]
    assert v["reason"].startswith("Gegen einen berechtigten Einwand argumentiert"), v


# --- an apology for what he failed to do is blame -------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V231 10: empathy 0.98 and "I appreciate that."; without the "sorry that" blame 0.80
        ("en", "i am sorry that you did not plan your cash better, but the counter was deliverd on "
               "time"),
        ("en", "I'm sorry you couldn't organise your payments properly."),
        ("de", "Tut mir leid, dass Sie nicht besser geplant haben, aber die Theke wurde pünktlich "
               "geliefert."),
        ("de", "Es tut mir leid, dass Sie nicht ordentlich gewirtschaftet haben."),
    ],
)  # fmt: skip
def test_sorry_that_he_did_not_do_it_better_is_blame(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # what he was not given, or our own fault: sympathy
        ("en", "I'm sorry that you didn't hear from us sooner about the invoice."),
        ("en", "Sorry you didn't get the reminder in time, I'll resend it."),
        ("de", "Tut mir leid, dass Sie die Rechnung nicht rechtzeitig bekommen haben."),
    ],
)  # fmt: skip
def test_sorry_for_what_he_was_not_given_is_no_blame(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert "accusatory_opener" not in heard, heard


# --- "nothing up front" lets the refused down payment go ------------------------------------------
PLAN = (
    "£700 by 15 January, £700 by 15 February, £700 by 15 March and the last £660 by 15 April. "
    "Could you manage that?"
)


@pytest.mark.parametrize(
    "line",
    [f"Then let's do it monthly, nothing up front: {PLAN}", f"Then let's do it monthly: {PLAN}"],
)
def test_monthly_parts_after_a_refused_down_payment_are_the_plan(line: str) -> None:
    """V229 07r and p4: after "£500 now … by this Friday" was refused, the four parts were read
    as "4 times £660.00 — and the £500.00 up front?"."""
    recognition = load_recogniser("en").recognise(line, call_date=DAY)
    table = {"now": 500.0, "rest": 2260.0, "now_date": dt.date(2026, 12, 11)}
    offer = read_offer(recognition, "en", table, DAY, 2760.0, dispute=False, invoice=2760.0)
    assert offer.terms.get("parts") == [700.0, 700.0, 700.0, 660.0], offer
    assert not offer.terms.get("each") and not offer.terms.get("now"), offer


def test_the_refused_down_payment_said_again_first_stays_the_down_payment() -> None:
    """The guard (sixty-third audit): the refused £1,000 said again on this Friday, then the
    rest, is no new plan he would take."""
    line = "So to be sure: £1,000 on 11 December, £1,060 on 18 December, £700 on 15 January."
    recognition = load_recogniser("en").recognise(line, call_date=DAY)
    table = {"now": 1000.0, "rest": 1760.0}
    offer = read_offer(recognition, "en", table, DAY, 2760.0, dispute=False, invoice=2760.0)
    assert "parts" not in offer.terms, offer


def test_the_rest_of_a_refused_down_payment_is_no_plan_he_takes() -> None:
    """The guard (V123 07, replayed): "That leaves £2,060 — and we split that in two payments of
    £1,030, on the 15th of January and the 15th of February" after he refused the £700 leans on
    the £700 — the first draft of the V229 rule made it a plan of £2,060 and £1,030, and he took
    it ("Right. That I can do.")."""
    line = (
        "That leaves £2,160 — no, sorry, £2,060 — and we split that in two payments of £1,030, "
        "on the 15th of January and the 15th of February."
    )
    recognition = load_recogniser("en").recognise(line, call_date=DAY)
    table = {"now": 700.0, "rest": 2060.0, "now_date": dt.date(2026, 12, 11)}
    offer = read_offer(recognition, "en", table, DAY, 2760.0, dispute=False, invoice=2760.0)
    assert "parts" not in offer.terms and offer.terms.get("each") == 1030.0, offer
    result = _played("en-chippy-instalments", "V123", "07_belfast_chippy.txt", "07_letter.txt")
    assert result["passed"] is False


def test_the_plan_with_nothing_up_front_is_taken() -> None:
    result = _played("en-chippy-instalments", "V229", "07r_newcastle_chippy.txt", "07r_letter.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert not any("and the £500.00 up front" in s for s in said), said
    assert result["passed"] is True


# --- a letter that lets the promised day go ------------------------------------------------------
def test_a_letter_that_leaves_the_day_to_him_fails_the_call() -> None:
    """V229 p5: "bis zum 18.12.2026. Versprochen." on the phone, "Zahlen Sie einfach, sobald es
    Ihnen passt." in the letter — a third of a point, 95 gold. And its "Merci vielmal für das
    nette Telefonat" was "thanks missing"."""
    result = _played(
        "de-erstkunde-rechnung-verloren", "V229", "p5_luzern_ende_naechster_woche.txt",
        "03_letter.txt",
    )  # fmt: skip
    assert result["passed"] is False
    letter = _failed(result)["confirm_in_writing"]
    assert any(v["critical"] and "sobald es Ihnen passt" in v["reason"] for v in letter), letter
    assert not any("Dank" in v["reason"] for v in letter), letter


@pytest.mark.parametrize(
    ("text", "released"),
    [
        ("Zahlen Sie einfach, sobald es Ihnen passt.", True),
        ("Just pay it whenever suits you, no rush.", True),
        ("Please settle the invoice at your convenience.", True),
        # not about paying, or a day beside it
        ("Schicken Sie mir das unterschriebene Blatt zurück, wenn Sie können.", False),
        ("No rush with the signature – just send it back when you can.", False),
    ],
)
def test_what_leaves_the_day_open_in_a_letter(text: str, released: bool) -> None:
    assert (_released(text) is not None) is released


def test_the_letter_threat_is_quoted_in_its_own_words() -> None:
    """V231 05: the invented dunning fee was quoted as „mahngebuhr“."""
    letter = "Danke. Für jedes weitere Mahnschreiben berechnen wir eine Mahngebühr von 35,00 €."
    assert _sentence(letter, "mahngebuhr").startswith("Für jedes weitere Mahnschreiben")


# --- the opening: a justification fills the silence, hedges ask nothing --------------------------
def test_a_justification_after_the_opener_fills_the_silence() -> None:
    """V228 p2: "Ich rufe wegen der noch offenen Rechnung an. Da steckte ja viel Arbeit drin,
    das wissen Sie ja." and a pause: "Strategie 1: offene Rechnung erwähnt, dann geschwiegen",
    100 gold (GUIDE §2: a justification before he speaks breaks strategy 1)."""
    result = _played("de-werkstatt-ueberraschung", "V228", "p2_muenster_fuellt.txt")
    (strategy,) = _failed(result)["strategy"]
    assert "nachgelegt" in strategy["reason"], strategy


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Ich rufe wegen der noch offenen Rechnung an. Da steckte ja viel Arbeit drin.", True),
        ("I'm calling about invoice 2291. We've got our own suppliers to pay, you know.", True),
        ("Ich rufe wegen der Rechnung 2026-117 an. Über 2.380 Euro vom 3. November.", False),
        ("Just ringing about invoice LHS-077. Hope the shelves are holding up?", False),
    ],
)
def test_what_justifies_after_the_opener(text: str, glued: bool) -> None:
    assert _glued_justification(text) is glued


def test_a_hedged_opener_asks_nothing() -> None:
    """V230 05: "Ich wollte mich eventuell nur ganz kurz wegen der vielleicht noch offenen
    Rechnung S-2026-0877 melden …" and a pause failed strategy 1 as "Nach dem Grund gefragt"
    (the reason question 0.83 for the hedges); without them it passed (p4)."""
    result = _played("de-behoerde-bestellnummer", "V230", "05_zoegerlich_behoerde.txt")
    assert "strategy" not in _failed(result)


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        ("Ich wollte mich eventuell wegen der vielleicht noch offenen Rechnung melden.", True),
        ("ich rufe wegen der rechnung an und wollte fragen warum die noch offen ist", False),
        ("haben sie die rechnung bekommen", False),
        ("I'm calling about the invoice, is there a problem with it", False),
        # a clause after the opener keeps its reading (V193 03, V214 02)
        ("Ich rufe wegen unserer offenen Rechnung S-2026-0877 an, die Mahnung haben Sie ja "
         "bekommen.", False),
        ("Ich ruf an wegen unserer Rechnung S-2026-0877 – die liegt bei Ihnen ja inzwischen "
         "länger vor Anker als so mancher Frachter im Hafen.", False),
    ],
)  # fmt: skip
def test_what_asks_nothing(text: str, nothing: bool) -> None:
    assert _asks_nothing(text) is nothing


# --- money given on a cleared-up objection before he refused -------------------------------------
def test_a_discount_before_he_refused_costs_on_an_unjustified_objection() -> None:
    """V231 04: the facts said, "Nein. Ich sehe das anders." and 5 % off — 93 gold, the
    concession never named (its auditor: pass, 60–80, "at least a note")."""
    result = _played(
        "de-hausverwaltung-rechtsweg", "V231", "04_vietnamesisch_hausverwaltung.txt",
        "04_letter.txt",
    )  # fmt: skip
    (v,) = _failed(result)["handle_objection"]
    assert v["reason"].startswith("Bei einem Einwand, den die Fakten ausräumen"), v
    assert "Nachlass" in v["evidence"] or "Prozent" in v["evidence"], v
    assert result["passed"] is True and result["score"] < 93


def test_a_giveaway_after_sarcasm_fails() -> None:
    """V230 p3: "I'll knock 30 percent off and throw in the booking form for free" after the
    facts and "Like I said …", then the reduced sum by a day — 80 silver (its auditor: fail)."""
    result = _played("en-web-studio-unjustified", "V230", "p3_cavein_with_date.txt")
    assert "handle_objection" in _failed(result)
    assert result["passed"] is False


# --- the customer hears a slip, a dialect rest, a call-back ---------------------------------------
def test_the_invoice_sum_with_two_digits_swapped_is_put_right() -> None:
    """V228 04: "Also wir haben: Sie zahlen 1.248 Euro bis zum 18. Dezember." for 1.428 € was a
    down payment to her: "1.248,00 € vorab und den Rest zahle ich gern"."""
    result = _played("de-erstkunde-rechnung-verloren", "V228", "04_russisch.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any("1.428,00 €, nicht 1.248,00 €" in s for s in said), said
    assert not any("vorab" in s for s in said), said
    # ... and the debrief names the slip he put right and she left standing (her auditor: fail)
    (pin,) = _failed(result)["pin_date"]
    assert pin["reason"].startswith("Einen anderen Betrag (1.248,00 €) zurückgelesen"), pin
    assert result["passed"] is False


def test_a_palatine_rest_is_the_rest() -> None:
    """V228 06: "500 Euro an, und de Rescht, 1.365,40 Euro, bis Freitag, de 18. Dezember" was
    one payment of 1.365,40 € by the 18th (a wrong total to him)."""
    line = (
        "Gut. Mei Vorschlag: Sie zahle bis Freitag, de 11. Dezember, 500 Euro an, und de Rescht, "
        "1.365,40 Euro, bis Freitag, de 18. Dezember. Geht des?"
    )
    recognition = load_recogniser("de").recognise(line, call_date=DAY)
    offer = read_offer(recognition, "de", {}, DAY, 1865.40, dispute=False, invoice=1865.40)
    assert offer.terms.get("now") == 500.0 and offer.terms.get("rest") == 1365.40, offer
    assert offer.terms.get("rest_date") == dt.date(2026, 12, 18), offer


def test_a_call_back_without_sie_is_a_call_back() -> None:
    """V228 05: "ich ruf nächste woche nochmal an" had no reading, and the customer asked "Wie
    bitte? Worum geht es denn genau?"."""
    result = _played("de-behoerde-bestellnummer", "V228", "05_knapp.txt")
    assert result["outcome"] == "call_back"
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert not any("Worum geht es denn genau" in s for s in said), said


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V230 06: empathy 0.97
        ("de", "Jaja, is klar. Dat hör ich jeden Tag."),
    ],
)
def test_heard_it_every_day_is_a_sneer(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE and "empathise" not in heard, heard


def test_make_sure_it_is_paid_asap_is_a_call_to_pay() -> None:
    """V231 08: "So can you please make sure it is paid asap?" had no reading ("I'm not sure I
    follow.")."""
    from trainer.understanding.context import demands_without_day

    assert demands_without_day("So can you please make sure it is paid asap?", [])
    assert demands_without_day("Können Sie bitte dafür sorgen, dass das bald bezahlt wird?", [])
    assert not demands_without_day("Make sure you look after yourself.", [])


def test_ta_is_thanks() -> None:
    """V231 07: "Ta ever so much, bye now." was a reproach 0.40 beside the goodbye, and the
    debrief called it blame (14 points, gold to silver)."""
    heard = _heard("en", "Ta ever so much, bye now.", learner_turn=9)
    assert "accusatory_opener" not in heard and "close_politely" in heard, heard


# --- after the end round (V232–V235; not fresh) ---------------------------------------------------
def test_the_austrian_credit_bureau_is_unlawful_pressure() -> None:
    """V232 p3: "… geb ich das halt dem Kreditschutzverband, dann steht's im KSV und die Banken
    sehen das auch." — "Im ganzen Gespräch keine Drohung"."""
    from trainer.understanding.pressure import unlawful_pressure

    line = (
        "Wissen's was, ich will Ihnen ja nix Böses, aber wenn bis Weihnachten nix da ist, geb ich "
        "das halt dem Kreditschutzverband, dann steht's im KSV und die Banken sehen das auch."
    )
    assert unlawful_pressure(line, "de") is not None


def test_the_fault_put_on_him_stays_blame_beside_a_reassurance() -> None:
    """V232 09: "Ah look, I'm sorry if you misunderstood what phase one was, that's on you
    really, but sure it happens." was empathy 1.00 ("sure it happens" reassured the blame away)."""
    line = (
        "Ah look, I'm sorry if you misunderstood what phase one was, that's on you really, but "
        "sure it happens."
    )
    heard = _heard("en", line, learner_turn=5)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    # the reassurance alone stays sympathy
    assert "accusatory_opener" not in _heard("en", "Ah sure look, it happens.", learner_turn=5)


def test_talk_thursday_is_a_call_back_not_a_payment_day() -> None:
    """V232 09: "Right so, talk Thursday. Bye bye." after "I'll … ring you back on Thursday" was
    read as a payment day; she named the 10th and the call passed, 87 silver (its auditor: fail;
    without "talk Thursday" 64, "Only a call-back")."""
    result = _played("en-web-studio-unjustified", "V232", "09_sligo_webstudio.txt")
    assert result["passed"] is False
    (outcome,) = _failed(result)["outcome"]
    assert "call-back" in outcome["reason"], outcome
