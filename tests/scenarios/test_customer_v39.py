"""Thirty-ninth session: what the outside audits V96-V99 (benchmarks/audits/) found — right
instalment plans failed, a gracious reply to an apology heard as blame, blame behind an apology
heard as sympathy, a written confirmation credited for papers or for saying none is needed, and
self-corrections that kept the figure taken back."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import SCENARIOS
from tests.scenarios.test_customer_v36 import _failed, _played, _script
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.session.script import ScriptRunner
from trainer.simulation.terms import read_offer
from trainer.understanding import load_recogniser
from trainer.understanding.context import apply_context
from trainer.understanding.facts import extract_facts
from trainer.understanding.pressure import pressure_kind, unlawful_pressure
from trainer.understanding.types import Context

DAY = dt.date(2026, 12, 7)


def _heard(lang: str, line: str, **context: object) -> list[str]:
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    return list(apply_context(recognition, Context(**context)).names)  # type: ignore[arg-type]


def _check(result: dict, check: str) -> dict:
    return next(c for c in result["checks"] if c["id"] == check)


def _offers(lang: str, total: float, *lines: str) -> list[dict]:
    """The terms each line puts on the table, the table carried from line to line."""
    rec = load_recogniser(lang)
    table: dict = {}
    out = []
    for line in lines:
        terms = read_offer(rec.recognise(line, call_date=DAY), lang, table, DAY, total=total).terms
        out.append(terms)
        table = {k: v for k, v in {**table, **terms}.items() if v is not None}
    return out


# --- instalment plans ----------------------------------------------------------------------------
def test_a_plan_naming_every_payment_of_two_sizes_is_agreed_with_its_days() -> None:
    """V99 08r: "Four payments on the 15th of each month: £700 on 15 January, … and the last
    £660 on 15 April." — "Yeah, that's the deal." failed "Instalments agreed without a single
    date", and the right letter failed as naming £700 against "£2,760 by 15 April"."""
    result = _played("en-chippy-instalments", "V99", "08r_cork_shopkeeper.txt", "08r_letter.txt")
    assert result["passed"] is True, _failed(result)
    terms = result["agreed_terms"]
    assert terms["parts"] == [700.0, 700.0, 700.0, 660.0]
    assert terms["dates"] == ["2027-01-15", "2027-02-15", "2027-03-15", "2027-04-15"]
    assert "amount" not in terms


def test_a_day_of_each_month_is_every_payments_day_not_one_more() -> None:
    (plan,) = _offers(
        "en",
        2760.0,
        "Four payments on the 15th of each month: £700 on 15 January, £700 on 15 February, "
        "£700 on 15 March and the last £660 on 15 April.",
    )
    assert plan["count"] == 4 and plan["each"] is None
    assert plan["dates"][0] == dt.date(2027, 1, 15) and len(plan["dates"]) == 4


def test_splitting_the_whole_sum_into_monthly_payments_is_no_single_payment() -> None:
    line = "How would it be if we split the £2,760 into monthly payments?"
    (split,) = _offers("en", 2760.0, line)
    assert "amount" not in split and split.get("each") is None, split


def test_the_read_back_of_a_plan_keeps_the_plan() -> None:
    plan, back = _offers(
        "en",
        2760.0,
        "Four payments: £700 on 15 January, £700 on 15 February, £700 on 15 March and £660 on "
        "15 April.",
        "Grand, so just to read it back: £700 on the 15th of January, February and March, and "
        "£660 on the 15th of April — £2,760 in all.",
    )
    assert plan["count"] == 4
    assert "amount" not in back and "date" not in back, back


def test_a_monthly_plan_from_its_first_and_last_day_is_judged_in_the_letter() -> None:
    """V97 08r: after Dave refused £700 up front, "six payments of £460, the first on Friday
    18 December, then on the 18th of every month until 18 May" was agreed; the letter with
    all six payments failed instalment_terms as lacking "£700.00, 11 December 2026"."""
    result = _played("en-chippy-instalments", "V97", "08r_cardiff.txt", "08r_letter.txt")
    terms = _check(result, "instalment_terms")
    assert terms["passed"] is True, terms
    assert len(result["agreed_terms"]["dates"]) == 6
    assert result["agreed_terms"]["dates"][-1] == "2027-05-18"


# --- a gracious reply, chat, and blame -----------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        # V98 01, 01r, p2: a reproach 0.85, the regular customer took offence, a good call 21
        "Ach, das ist doch gar kein Problem, Urlaub muss ooch mal sein.",
        "Ach, das ist doch gar kein Problem, Urlaub muss auch mal sein.",
        "Urlaub braucht doch jeder mal, da machen Sie sich mal keine Sorgen.",
    ],
)
def test_accepting_an_apology_graciously_is_no_reproach(line: str) -> None:
    heard = _heard("de", line, learner_turn=3)
    assert "accusatory_opener" not in heard and "empathise" in heard, heard


@pytest.mark.parametrize(
    "line",
    [
        # V98 01: a reproach 0.65 before the opener, "Na hören Sie mal!"
        "Na, wie geht's'n so? Läuft alles im neuen Lager, brennt das Licht?",
        "Na, wie läuft's denn so bei Ihnen?",
    ],
)
def test_chat_opening_with_na_is_no_reproach(line: str) -> None:
    heard = _heard("de", line, learner_turn=1, opened=False)
    assert "accusatory_opener" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V96 p2 / 09: empathy 0.95, "Thanks for being so nice about it", 100 gold
        ("en", "I'm sorry, but your office must be losing stuff left and right."),
        ("en", "Sorry, but your accounts team must have lost it again."),
        ("de", "Tut mir leid, aber Ihre Buchhaltung muss die ja verschlampt haben."),
        # V96 p6: small talk, 100 gold
        ("en", "Sure you will, bless your heart."),
        # V97 03: a rebuttal only, "Sachlicher Einstieg ohne Vorwurf"
        (
            "de",
            "steht doch alles in der mail, die ging am 23.10. raus. hätten sie mal reingeguckt.",
        ),
        # V98 p6 / 03: ask_reason and the neutral opener
        (
            "de",
            "Ich rufe wegen der Rechnung an, die ist ja immer noch nicht bezahlt – woran hängt es "
            "denn?",
        ),
        # V99 05: "Sachlicher Einstieg ohne Vorwurf"
        (
            "de",
            "Ich ruf wegen die offene Rechnung an, KFZ-2026-1903. Ist da irgendwas, oder warum "
            "kommt nix?",
        ),
    ],
)
def test_blame_the_audits_heard_is_blame(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=2)
    assert "accusatory_opener" in heard, heard
    assert "empathise" not in heard and "neutral_opener_open_invoice" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Die Rechnung ist leider noch offen, woran hängt es denn?"),
        ("en", "I'm sorry, but your office must have sent it to the old address, so I'll resend."),
    ],
)
def test_near_misses_of_those_rules_stay_no_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=2)
    assert "accusatory_opener" not in heard, heard


def test_a_polite_question_with_haetten_sie_mal_is_no_counterfactual() -> None:
    from trainer.understanding.context import _COUNTERFACTUAL

    assert _COUNTERFACTUAL.search("Hätten Sie mal kurz Zeit für mich?") is None
    assert _COUNTERFACTUAL.search("Hätten Sie mal reingeguckt.") is not None


def test_own_need_with_no_legal_step_is_no_threat() -> None:
    """V96 11 / p3: "…, we also got our suppliers to pay, you know." was a legal threat 0.61,
    the customer hung up and the debrief said "Threatened legal action"."""
    line = (
        "But actually this one is already overdue more than one month, we also got our "
        "suppliers to pay, you know."
    )
    heard = _heard("en", line, learner_turn=4)
    assert "threaten_legal" not in heard and "announce_legal_route" not in heard, heard
    with_step = "We also got our suppliers to pay, so otherwise it goes to the small claims court."
    assert "threaten_legal" in _heard("en", with_step, learner_turn=4)


# --- written confirmation ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Schriftlich brauchen wir dat nit, wir kennen uns ja lang jenug."),
        ("de", "Schriftlich brauchen wir das nicht, wir kennen uns ja lange genug."),
        ("en", "No need to put it in writing, we've known each other for years."),
    ],
)
def test_saying_no_confirmation_is_needed_is_no_confirmation(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=5, agreed=True)
    assert "confirm_in_writing" not in heard and "accusatory_opener" not in heard, heard


def test_waving_the_confirmation_off_fails_the_check() -> None:
    """V96 02: "Schriftlich brauchen wir dat nit, …" (0.30) passed "Schriftliche Bestätigung
    angekündigt"."""
    result = _played("de-maler-berechtigter-einwand", "V96", "02_koeln_du.txt")
    letter = _check(result, "confirm_in_writing")
    assert letter["passed"] is False, letter


def test_sending_the_papers_of_the_dispute_is_no_confirmation() -> None:
    """V98 p5: "Gerne schicke ich Ihnen Abnahmeprotokoll und Fotos noch heute per E-Mail."
    passed confirm_in_writing, and the call scored 100 gold."""
    result = _played("de-hausverwaltung-rechtsweg", "V98", "p5_04_ohne_rechtsweg.txt")
    letter = _check(result, "confirm_in_writing")
    assert letter["passed"] is False, letter
    assert result["score"] < 100


def test_a_letter_listing_terms_after_he_hung_up_is_named() -> None:
    """V98 06: "Wie besprochen gilt für die Rechnung … über 1.865,40 €:" and the terms as a
    list below it, after the customer hung up: no comment on the letter at all."""
    result = _played(
        "de-werkstatt-ueberraschung", "V98", "06_franken_werkstatt.txt", "06_letter.txt"
    )
    letter = [c for c in result["checks"] if c["id"] == "confirm_in_writing"]
    assert letter and not letter[0]["passed"] and "nicht gegeben" in letter[0]["reason"], letter


# --- figures and days ----------------------------------------------------------------------------
def test_the_credit_history_is_credit_pressure() -> None:
    """V97 12: "… and it will come in your credit history also." was a legal threat of weight
    2, where "report it to the credit bureau" (p5) failed the call."""
    line = (
        "otherwise we will be forced to take legal action and it will come in your credit "
        "history also."
    )
    needle = unlawful_pressure(line, "en")
    assert needle is not None and pressure_kind(needle) == "credit"


def test_a_day_corrected_with_nein_entschuldigung_is_one_day() -> None:
    """V97 06: "bis zum 18. – nein, Entschuldigung, bis zum 23. Dezember?" became two
    instalments on the 18th and the 23rd."""
    _, rest = _offers(
        "de",
        1865.40,
        "Könnten Sie diese Woche 500 Euro anzahlen?",
        "Und den Rest, das wären dann 1.365,40 Euro, bis zum 18. – nein, Entschuldigung, bis "
        "zum 23. Dezember?",
    )
    assert rest["rest_date"] == dt.date(2026, 12, 23) and "count" not in rest, rest


def test_a_figure_waved_off_as_schmarrn_is_replaced() -> None:
    """V98 06: "also 1.256,40 – na, Schmarrn, 1.265,40 Euro" kept the 1.256,40."""
    (split,) = _offers(
        "de",
        1865.40,
        "Mei Vorschlag: Sie zahl'n bis Freitag 600 Euro an, und den Rest, also 1.256,40 – na, "
        "Schmarrn, 1.265,40 Euro – bis zum 22. Dezember.",
    )
    assert split["now"] == 600.0 and split["rest"] == 1265.40, split


@pytest.mark.parametrize(
    "line",
    [
        "die ging am 23.10. raus.",
        "The email went out on 23 October.",
        "We posted it on 2 November.",
    ],
)
def test_a_day_something_was_sent_is_past(line: str) -> None:
    kinds = [f.kind for f in extract_facts(line, DAY)]
    assert kinds == ["past_date"], kinds


# --- the debrief's words --------------------------------------------------------------------------
def test_a_compromise_after_arguing_is_named_as_coming_late() -> None:
    """V96 02: the rebuttal's own faint compromise reading (0.48) was taken for the
    compromise, so the reason said "weggeredet, statt einen Kompromiss anzubieten" beside the
    rework and 10 % off she accepted two lines later."""
    result = _played("de-maler-berechtigter-einwand", "V96", "02_koeln_du.txt")
    (handled,) = _failed(result)["handle_objection"]
    assert "Kompromiss kam erst danach" in handled["reason"], handled


def test_after_the_objection_is_cleared_the_better_move_is_the_day() -> None:
    """V96 12: after "Fine — I'll pay. When do you need it?" the outcome's better move asked
    "What exactly isn't right?" about a matter already settled."""
    result = _played("en-web-studio-unjustified", "V96", "12_polish_webstudio.txt")
    better = _check(result, "outcome")["better"]
    assert "by Friday" in better and "What exactly" not in better, better


def test_the_resend_and_the_payment_run_in_one_line_are_answered_together() -> None:
    """V97 05: "Ich schicke Ihnen die Rechnung heute noch mit der Bestellnummer. Ist sie dann im
    nächsten Zahlungslauf dabei – das wäre der 10. Dezember?" was answered "Einen Termin kann
    ich Ihnen erst nennen …" (the date question heard first), where the scenario's own model
    answer with the same moves scored 100."""
    result = _played("de-behoerde-bestellnummer", "V97", "05_wien.txt", "05_letter.txt")
    assert result["outcome"] == "promise_to_pay" and result["passed"] is True, _failed(result)


def test_a_letter_after_he_took_his_promise_back_says_so() -> None:
    """V99 p3: she agreed, an invented fee made her hang up, and the letter's comment said
    "a promise the customer never gave in the call" — factually wrong about the call."""
    result = _played("en-handyman-waive", "V99", "p3_invented_fee.txt", "10_letter.txt")
    letter = [c for c in result["checks"] if c["id"] == "confirm_in_writing"]
    assert letter and "took back" in letter[0]["reason"], letter


# --- what the replay of the older audits caught ----------------------------------------------
@pytest.mark.parametrize(
    ("total", "line", "down"),
    [
        # V82 07 (replayed): the day between the figure and its correction is a fact, not the
        # bare figure taken back
        (
            1190.0,
            "Could you manage a down payment of £400 this Friday, the 11th, as a sign of good "
            "faith? Sorry, make that £350, I know it's tight.",
            350.0,
        ),
        # V81 09: "let me fix that" kept the £700
        (
            2760.0,
            "How about a down payment of £700 by this Friday, the 11th — sorry, let me fix "
            "that, £760 — so the rest comes out even?",
            760.0,
        ),
    ],
)
def test_a_corrected_down_payment_is_the_corrected_figure(
    total: float, line: str, down: float
) -> None:
    (terms,) = _offers("en", total, line)
    assert terms["now"] == down, terms


def test_a_read_back_with_a_side_reading_does_not_replace_the_agreed_terms() -> None:
    """V31 08b (replayed): the customer's yes to a read-back that also read a little as a down
    payment replaced the agreed terms with the misheard ones, and a right call failed."""
    loaded = load_scenario(find_scenario("en-cash-problems-cafe", SCENARIOS))
    recogniser = default_recogniser(loaded.scenario.language, loaded)
    runner = ScriptRunner.open(loaded, seed=1, today=dt.date(2026, 12, 2), recogniser=recogniser)
    runner.play(_script("V31", "08b_en_cafe_stt_rev.txt"))  # the audit's own day
    result = runner.session.finish()
    assert result["passed"] is True, _failed(result)
    assert result["agreed_terms"]["rest"] == 790.0


def test_everything_in_writing_with_the_papers_is_a_confirmation() -> None:
    """V86 06 (replayed): "Ich schicke Ihnen alles schriftlich, Protokoll und Fotos." sends
    the agreement along with the papers."""
    result = _played("de-hausverwaltung-rechtsweg", "V86", "06_russisch_hausverwaltung.txt")
    assert _check(result, "confirm_in_writing")["passed"] is True


@pytest.mark.parametrize(
    ("line", "legal"),
    [
        # V41 04 (replayed after set 53 was learned): the legal route 0.41, "we'd just agreed"
        ("I'll note the account. You will receive a confirmation by email.", False),
        ("If it's not paid by Friday, we'll have no choice but to take further steps.", True),
        ("Otherwise I'll have to pass it on to our solicitor.", True),
    ],
)
def test_a_faint_legal_reading_needs_a_step_in_the_line(line: str, legal: bool) -> None:
    heard = _heard("en", line, learner_turn=6, agreed=True)
    assert bool({"threaten_legal", "announce_legal_route"} & set(heard)) is legal, heard


def test_a_faint_side_reading_beside_a_sure_opener_fills_no_silence() -> None:
    """V92 11 (replayed after set 53 was learned): the opener 1.00 and the reason question
    0.46 beside it ("… I just wanted to follow up on it"), then silence: strategy 1 failed."""
    result = _played("en-logistics-approval", "V92", "11_halifax_logistics.txt")
    assert result["opening"]["strategy"] == "let_them_talk", result["opening"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "de",
            "Nu, ich wollt ma hörn wegen der Rechnung fürs Lager, die 2026-117. Schön Urlaub "
            "gemacht, wa? Mir ham derweil uff unser Geld gewartet, gelle.",
        ),
        ("en", "Nice holiday, was it? Meanwhile we've been waiting for our money."),
    ],
)
def test_the_holiday_set_against_the_wait_for_the_money_is_blame(lang: str, line: str) -> None:
    """V44 09 (replayed after sets 53 and 54 were learned): the neutral opener 0.92 only."""
    assert "accusatory_opener" in _heard(lang, line, learner_turn=1)


@pytest.mark.parametrize(
    ("line", "amount"),
    [
        # V100 08: the £250 stayed the down payment, and a textbook call failed at 69
        (
            "Could you make a down payment of £250 — sorry, let's say £275 — by this Friday, "
            "the 11th of December, as a sign of good will?",
            275.0,
        ),
        # V103 07: "£460.00 up front, no problem at all. And the rest?"
        ("Could you manage the £460 – sorry, the £640 – by Friday the 11th of December?", 640.0),
    ],
)
def test_an_english_figure_taken_back_with_sorry_is_replaced(line: str, amount: float) -> None:
    amounts = [f.value for f in extract_facts(line, DAY) if f.kind == "amount"]
    assert amounts == [amount], amounts
    assert [f.value for f in extract_facts("Sorry, the £640 is still open.", DAY)] == [640.0]
