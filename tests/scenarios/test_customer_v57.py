"""Fifty-seventh session: the start round V260–V263 and the leads the last round left — an
e-mail address that drowned the move around it, days said in speech-to-text and in short
forms, reproaches said as tiredness, favours or typos, an excuse said back and forgiven, the
loss put on the customer's side, nostalgic small talk, the invoice's day taken for the
payment's, a deadline behind his payment run, the chip-shop owner asking twice to be
understood, and money off where the handyman's customer wanted the shelves fixed
(benchmarks/README.md, "Fifty-seventh session")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.helpers import SCENARIOS
from tests.scenarios.test_customer_v36 import _failed, _played
from tests.scenarios.test_customer_v43 import _heard
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.understanding import load_recogniser
from trainer.understanding.facts import extract_facts
from trainer.understanding.normalize import clean, tokenize
from trainer.understanding.types import TENTATIVE

DAY = dt.date(2026, 12, 7)


def _customer(result: dict[str, Any]) -> list[str]:
    return [t["text"] for t in result["turns"] if t["speaker"] == "customer"]


def _days(line: str) -> list[str]:
    return [str(f.value) for f in extract_facts(line, DAY) if f.kind == "date"]


# --- an e-mail or web address is no words of the move ------------------------------------------
def test_an_address_is_left_out_of_the_words_the_model_reads() -> None:
    line = "I will resend the invoice today to accounts.payable@northwind-logistics.co.uk."
    words = [t.norm for t in tokenize(clean(line), "en")]
    assert words == ["i", "will", "resend", "the", "invoice", "today", "to"], words
    site = [t.norm for t in tokenize(clean("Pay at https://pay.acme.com/x?y=1, then"), "en")]
    assert site == ["pay", "at", "then"], site
    # a lone "@" is no address
    assert [t.norm for t in tokenize(clean("Wir sind @home"), "de")] == ["wir", "sind", "home"]


@pytest.mark.parametrize(
    "line",
    [
        # V256 10: no reading at all, and the logistics clerk never heard the re-send
        "Very well. I will resend the invoice today with that information to "
        "accounts.payable@northwind-logistics.co.uk.",
        "I will resend the invoice today to accounts@northwind.co.uk.",
    ],
)
def test_a_resend_with_an_address_is_still_a_resend(line: str) -> None:
    loaded = load_scenario(find_scenario("en-logistics-approval", SCENARIOS))
    recogniser = default_recogniser("en", loaded)
    heard = recogniser.recognise(line, call_date=DAY)
    assert heard.intents and heard.intents[0].intent == "resend_invoice", heard.intents
    # the evidence still quotes the learner's own words
    assert "resend the invoice" in heard.intents[0].evidence


# --- days said in speech-to-text, short forms and dialect ----------------------------------------
@pytest.mark.parametrize(
    ("line", "day"),
    [
        # V257 12: the day was lost beside "thursday" and "today", the right read-back
        # "corrected" to the same terms
        (
            "so thursday i refix the shelves and you pay the one eighty by the eighteenth ill "
            "email you that today",
            "2026-12-18",
        ),
        ("pay by the second i will send you the letter", "2027-01-02"),
        # V260 02: "Ende vom Monat" was no day, and an agreed compromise no agreement
        ("Und die Rechnung zahln's dann, wenn des fertig is, so bis Ende vom Monat?", "2026-12-31"),
        ("bis Ende diesen Monats", "2026-12-31"),
        # V261 probe 5: "by fri 18th?" was no day
        ("ok so the 180 by fri 18th?", "2026-12-18"),
        ("bis Do. 17. dann", "2026-12-17"),
        # sealed set 44 (spent): the Palatinate day and the strong ending
        ("Hm. Sage mer: fuffzehnter Februar, awwer dann wirklich, gell?", "2027-02-15"),
        ("Fünfzehnter Februar, versprochen.", "2027-02-15"),
        ("bis zum fuffzehnten Februar", "2027-02-15"),
    ],
)
def test_a_day_said_loosely_is_read(line: str, day: str) -> None:
    assert day in _days(line), extract_facts(line, DAY)


@pytest.mark.parametrize(
    "line",
    [
        "I do 18th century chairs as well.",
        "do 18. geht",
        "Wir brauchen einen zweiter Termin im Januar.",
        "by the second instalment",
    ],
)
def test_words_that_only_look_like_a_day_stay_none(line: str) -> None:
    assert _days(line) == [], extract_facts(line, DAY)


def test_the_speech_to_text_read_back_is_heard_as_right() -> None:
    """V257 12: "No, not quite: £180.00 by 18 December 2026." to the right read-back, and
    the call failed critically (69)."""
    result = _played("en-handyman-waive", "V257", "12_stt_handyman.txt", "12_letter.txt")
    assert not any(s.startswith("No, not quite") for s in _customer(result)), _customer(result)
    assert result["passed"], _failed(result)


# --- reproaches: tiredness, favours, typos, the loss put on his side -----------------------------
@pytest.mark.parametrize(
    ("lang", "line", "turn"),
    [
        # V256 11: the neutral opener 0.97, "A factual opening without blame"
        (
            "en",
            "I'm calling because that invoice is way overdue and frankly I'm tired of waiting "
            "on it.",
            1,
        ),
        ("en", "I'm getting fed up with chasing this one, Tom.", 3),
        ("de", "Ehrlich gesagt hab ich es langsam satt, hinter dem Geld herzutelefonieren.", 3),
        # V260 08 and probe 3: "A factual opening without blame"
        (
            "en",
            "I'm calling because that invoice for the counter is still outstanding, and to be "
            "honest I was surprised, after all the extra hours we put in for you.",
            1,
        ),
        # V263 09 (typed) and V262 11: the neutral opener, "A factual opening without blame"
        (
            "en",
            "hey its jo from acme, just ringing about the invoice youve still not paid it mate",
            1,
        ),
        ("en", "Calling about invoice 2231, the one you guys still ain't paid.", 1),
        # V261 08 and probe 4: empathy 0.95, "Thanks for being so nice about it"
        (
            "en",
            "I'm sorry, but it's been a month now and we did send it out on time, so it's not "
            "like it got lost on our end.",
            3,
        ),
        (
            "de",
            "Tut mir leid, aber bei uns ist die Rechnung jedenfalls nicht verloren gegangen.",
            3,
        ),
    ],
)
def test_a_reproach_said_sideways_is_a_reproach(lang: str, line: str, turn: int) -> None:
    heard = _heard(lang, line, learner_turn=turn)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I know you must be tired of me calling, sorry."),
        ("en", "I'm sorry you're sick of waiting for the refund."),
        ("en", "I'm not sure, maybe it got lost on our end."),
        ("en", "It's not a problem, the mistake was on our side."),
        (
            "en",
            "Hi Tom, Jo from Acme, I'm calling about invoice 118, which is three weeks overdue.",
        ),
        # V261 04 and probe 2: blame 0.53 / 0.70, and the customer asked "was dieser Ton soll"
        ("de", "Ah, Sie haben Rechnung nicht bekommen? Kein Problem, das passiert."),
        ("de", "Ah, Sie haben die Rechnung nicht bekommen? Kein Problem, das passiert."),
        ("en", "You never got the invoice? No problem, it happens."),
        # V261 05: blame 0.83, and the taxi firm's owner hung up
        (
            "de",
            "Wissen Sie, ich habe neulich noch zu meiner Frau gesagt, wie lange wir nun schon die "
            "Taxis vom Herrn Becker machen, das war damals, als Ihr Vater noch – aber lassen wir "
            "das, Sie haben sicher viel zu tun.",
        ),
    ],
)
def test_kind_words_stay_no_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=3, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) < TENTATIVE, heard


@pytest.mark.parametrize(
    "line",
    [
        "Sie haben die Rechnung nicht bekommen? Komisch, bei allen anderen kommt sie an.",
        "Sie haben die Rechnung nicht bekommen? Das passiert, aber Sie hätten ja mal nachfragen "
        "können.",
        "Kein Problem, dass Sie nicht zahlen, wir haben ja genug Geld.",
    ],
)
def test_forgiveness_with_a_sting_stays_a_reproach(line: str) -> None:
    heard = _heard("de", line, learner_turn=3, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard


def test_the_nostalgic_owner_is_not_hung_up_on() -> None:
    """V261 05: the small talk about the years with Herr Becker's taxis was a reproach, the
    customer hung up two lines later (11)."""
    result = _played("de-werkstatt-ueberraschung", "V261", "05_aelter_werkstatt.txt")
    assert result["end_reason"] != "hang_up", _customer(result)
    (chat,) = [t for t in result["turns"] if "Taxis vom Herrn Becker" in t["text"]]
    assert not any(h["intent"] == "accusatory_opener" for h in chat["intents"]), chat["intents"]
    # (the next line's "warum sie noch nicht bezahlt ist" is the article's own bad opener)


# --- a surname first, the firm after it, is a greeting ------------------------------------------
def test_surname_here_and_the_firm_is_a_greeting() -> None:
    result = load_recogniser("en").recognise("Walsh here, Walsh Joinery.", call_date=DAY)
    assert result.intents and result.intents[0].intent == "greeting_identify", result.intents


# --- the invoice's day and a deadline behind his payment run -------------------------------------
def test_that_run_after_his_named_run_is_his_day() -> None:
    """V259 09: "Perfect, so: corrected invoice from me today, payment of £3,850 in that run."
    made today a sooner payment day; "Hang on — I meant 15 December 2026", and the call failed
    (50)."""
    result = _played("en-logistics-approval", "V259", "09_auckland_logistics.txt", "09_letter.txt")
    said = _customer(result)
    assert not any(s.startswith("Hang on") for s in said), said
    assert result["passed"], _failed(result)


def test_a_by_day_behind_his_payment_run_is_his_day_said_back() -> None:
    """V260 09: "… the £3,850 is paid in your payment run by 18 December." for his run on the
    15th got "No, not quite", and the letter saying the same capped a 98 call at 69."""
    result = _played("en-logistics-approval", "V260", "09_perth_bookkeeper.txt", "09_letter.txt")
    assert not any(s.startswith("No, not quite") for s in _customer(result))
    assert result["passed"], _failed(result)
    assert not any(c.get("critical") for c in _failed(result).get("confirm_in_writing", []))


# --- the chip-shop owner, understood once, answers the plan he asked for --------------------------
def test_a_plan_he_asked_for_after_sympathy_is_answered_on_its_terms() -> None:
    """V259 07: "aye, i hear you, it's been a tough winter", the £500 he turned down, then the
    plan he asked for ("how much, and from when?") got "do you actually get what this year's
    been like for me?" — he now names the £500 the plan still counts on."""
    result = _played("en-chippy-instalments", "V259", "07_glasgow_chippy.txt", "07_letter.txt")
    said = _customer(result)
    assert not any("do you actually get" in s for s in said), said
    assert any("I told you, Fiona, I haven't got it" in s for s in said), said


def test_without_any_understanding_he_still_asks_for_it() -> None:
    result = _played("en-chippy-instalments", "V259", "07r_glasgow_chippy.txt", "07r_letter.txt")
    assert result["passed"], _failed(result)


# --- money off where she wanted the shelves fixed ------------------------------------------------
def test_money_off_gets_the_sum_said_back_not_the_refix() -> None:
    """V262 09: "… Fine. Fix them properly and I'll pay. When?" to "£40 off, so call it £140"."""
    result = _played("en-handyman-waive", "V262", "09_melbourne_handyman.txt")
    said = _customer(result)
    assert "… £140.00. Fine. When?" in said, said
    assert not any("Fix them properly" in s for s in said), said


def test_a_token_sum_off_does_not_settle_a_flat_refusal() -> None:
    """V262 probe 3: £5 off after "I'm not paying a penny" got the same yes, 87 silver."""
    result = _played("en-handyman-waive", "V262", "p3_handyman_token.txt")
    assert any(s.startswith("That's next to nothing off") for s in _customer(result))
    assert not result["passed"] and result["outcome"] not in ("compromise", "promise_to_pay")


# --- a threat said as an ultimatum after his refusal keeps no silver ----------------------------
def test_an_ultimatum_after_the_refusal_keeps_no_silver() -> None:
    """V260 probe 4: "Dann gebe ich das morgen meinem Anwalt und dem Inkasso, und das wird für
    Sie richtig teuer, das verspreche ich Ihnen." — 88 silver; every other threat is bronze."""
    result = _played("de-hausverwaltung-rechtsweg", "V260", "p4_leipzig_threat.txt")
    assert "no_premature_threat" in _failed(result)
    assert result["tier"] in ("bronze", None), result["tier"]


# --- someone else named with a title is no wrong name for him --------------------------------
def test_a_title_after_a_possessive_names_someone_else() -> None:
    from trainer.simulation.names import wrong_surname

    wife = "… und grüßen Sie mir bitte Ihre werte Frau Gemahlin, auf Wiederhören."
    assert wrong_surname(wife, "Frank Becker", "Deniz Yilmaz", None) is None
    assert wrong_surname("Say hi to Mrs Patel for me.", "Tom Hughes", "Jo Lee", None) is None
    # his own wrong name after "your help" is still a wrong name
    assert wrong_surname("Thanks for your help Mr Jones.", "Tom Hughes", "Jo Lee", None) == "Jones"


def test_greetings_to_his_wife_are_no_wrong_name() -> None:
    """V261 probe 1: "… grüßen Sie mir bitte Ihre werte Frau Gemahlin" got "Becker übrigens,
    nicht Gemahlin.\""""
    result = _played("de-werkstatt-ueberraschung", "V261", "p1_werkstatt_ohne_smalltalk.txt")
    assert not any("nicht Gemahlin" in s for s in _customer(result)), _customer(result)


# --- the invoice named again beside terms is no new opener --------------------------------------
def test_the_invoice_named_in_a_read_back_does_not_restart_the_call() -> None:
    """V261 probe 3: the offended regular answered the read-back with his holiday excuse again
    ("Oh je, die ist mir im Urlaub glatt durchgerutscht")."""
    result = _played("de-stammkunde-urlaub", "V261", "p3_urlaub_hoefliche_drohung.txt")
    said = _customer(result)
    assert sum("durchgerutscht" in s or "drei Wochen weg" in s for s in said) <= 1, said


# --- the visit's day in a letter, across a line break ------------------------------------------
def test_the_visit_day_on_the_line_before_is_no_payment_day_of_the_letter() -> None:
    """V263 probe 2: "… I will come round on Thursday\\n10 December and re-fix the three
    shelves …" — "The letter names 10 December 2026, not the promised 18 December", critical."""
    result = _played("en-handyman-waive", "V263", "p2_12_date_answer.txt", "12_letter.txt")
    written = _failed(result).get("confirm_in_writing", [])
    assert not any(c.get("critical") for c in written), written
    assert result["passed"], _failed(result)


def test_a_blank_line_after_the_day_still_ends_its_clause() -> None:
    """V242 08 (found by this session's replays): "… by Thursday 31 December 2026" then a blank
    line and "Please sign this e-mail's attachment" — read as one clause, the day became one of
    sending, and a gold letter lost its date (100 → 98)."""
    result = _played("en-cash-problems-cafe", "V242", "08_texas_cafe.txt", "08_letter.txt")
    assert result["score"] == 100 and "confirm_in_writing" not in _failed(result)


# --- a request to pay "asap" put as a question of possibility ----------------------------------
def test_would_it_be_possible_to_pay_asap_is_a_call_to_pay() -> None:
    """V262 05: "Und wäre es möglich, das dann asap zu überweisen?" — "Das habe ich jetzt
    nicht ganz verstanden."."""
    result = _played("de-erstkunde-rechnung-verloren", "V262", "05_startup_erstkunde.txt")
    said = _customer(result)
    assert not any("nicht ganz verstanden" in s for s in said), said


# --- a bare prompt asks him to go on -----------------------------------------------------------
def test_a_bare_und_is_a_prompt_not_a_goodbye() -> None:
    """V262 06: "Und?" was a reason question and a goodbye ("Ja … gut. Tschüss dann.")."""
    result = _played("de-hausverwaltung-rechtsweg", "V262", "06_berlin_hausverwaltung.txt")
    said = _customer(result)
    assert not any(s.startswith("Ja … gut. Tschüss") for s in said), said


# --- the sum's weight for the caller is pressure, not a reproach -------------------------------
def test_a_lot_of_money_to_be_sitting_out_is_no_reproach() -> None:
    """V263 08: "But look, £2,760 is a lot of money to be sitting out, I need something from
    you this week." — a reproach 0.44, "Are you having a laugh?"."""
    heard = _heard(
        "en",
        "But look, £2,760 is a lot of money to be sitting out, I need something from you "
        "this week.",
        learner_turn=4,
    )
    assert heard.get("accusatory_opener", 0.0) < TENTATIVE, heard
    result = _played("en-chippy-instalments", "V263", "08_belfast_buchhalterin.txt")
    assert not any("having a laugh" in s for s in _customer(result)), _customer(result)
