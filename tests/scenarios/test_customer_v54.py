"""Fifty-fourth session: a plan whose every payment is named with its sum, read by where the
sums and days stand (benchmarks/README.md, "Fifty-fourth session")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played, _runner
from tests.scenarios.test_customer_v43 import _heard
from trainer.simulation.terms import named_facts, read_offer
from trainer.understanding import load_recogniser
from trainer.understanding.context import demands_without_day
from trainer.understanding.smalltalk import puts_off

DAY = dt.date(2026, 12, 7)  # a Monday
JAN, FEB, MAR, APR, MAY = (dt.date(2027, m, 15) for m in range(1, 6))


def _offer(lang: str, line: str, table: dict[str, Any] | None = None) -> dict[str, Any]:
    recognition = load_recogniser(lang).recognise(line, call_date=DAY)
    offer = read_offer(recognition, lang, table or {}, DAY, 2760.0, dispute=False, invoice=2760.0)
    return offer.terms


# --- every payment named with its sum ------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line", "parts", "days"),
    [
        # V234 08r: five of £500 and the £760 up front ("5 times £500.00? That's only part of …")
        (
            "en",
            "All right, no money up front then. The whole £2,760 in five monthly instalments: "
            "£760 on 15 January, then £500 each on the 15th of February, March, April and May.",
            [760.0, 500.0, 500.0, 500.0, 500.0],
            [JAN, FEB, MAR, APR, MAY],
        ),
        # V234 08r's read-back: £760 "up front" again, beside four of £500
        (
            "en",
            "So we agree: £760 on 15 January, then £500 on 15 February, 15 March, 15 April and "
            "15 May, together £2,760.",
            [760.0, 500.0, 500.0, 500.0, 500.0],
            [JAN, FEB, MAR, APR, MAY],
        ),
        # one sum for three months, then the last (V233 08r's shape; read as four of £660)
        (
            "en",
            "Could you pay £700 on the 15th of January, February and March, and £660 on the 15th "
            "of April?",
            [700.0, 700.0, 700.0, 660.0],
            [JAN, FEB, MAR, APR],
        ),
        (
            "de",
            "Wie wäre es mit Raten: 700 Euro am 15. Januar, Februar und März und die letzten 660 "
            "Euro am 15. April?",
            [700.0, 700.0, 700.0, 660.0],
            [JAN, FEB, MAR, APR],
        ),
        # each day before its sum
        (
            "de",
            "Raten: am 15. Januar 700 Euro, am 15. Februar 700 Euro, am 15. März 700 Euro und am "
            "15. April 660 Euro.",
            [700.0, 700.0, 700.0, 660.0],
            [JAN, FEB, MAR, APR],
        ),
    ],
)
def test_every_payment_named_with_its_sum_is_the_plan(
    lang: str, line: str, parts: list[float], days: list[dt.date]
) -> None:
    terms = _offer(lang, line, {"now": 500.0, "rest": 2260.0, "now_date": dt.date(2026, 12, 11)})
    assert terms.get("parts") == parts and terms.get("dates") == days, terms
    assert terms.get("count") == len(parts) and not terms.get("each"), terms
    assert not terms.get("now"), terms  # the refused down payment is no part of it


def test_a_plan_said_as_agreed_with_nothing_on_the_table_is_no_single_payment() -> None:
    """A plan said as agreed ("So we have agreed: …") and read as a summary: it was one
    payment of £660 by 15 April."""
    terms = _offer(
        "en",
        "So we have agreed: £700 on the 15th of January, February and March, and the last £660 "
        "on the 15th of April.",
    )
    assert terms.get("parts") == [700.0, 700.0, 700.0, 660.0], terms
    assert "amount" not in terms, terms


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a first payment this week, then the monthly plan: the down payment stays one
        (
            "How about £260 by Friday 11 December, then £500 on 15 January, 15 February, 15 "
            "March, 15 April and 15 May?",
            {"now": 260.0, "each": 500.0},
        ),
        # a span, then the last: every month of the span (read by `_monthly_range`)
        (
            "Monthly then: £500 a month from 15 January to 15 May, then £260 on 15 June.",
            {"count": 6, "parts": [500.0] * 5 + [260.0]},
        ),
    ],
)
def test_a_down_payment_or_a_span_is_not_read_as_named_parts(
    line: str, expected: dict[str, Any]
) -> None:
    terms = _offer("en", line)
    assert {k: terms.get(k) for k in expected} == expected, terms


def test_the_rest_beside_an_agreed_down_payment_is_not_the_whole_plan() -> None:
    """Parts that pay what is left after a down payment on the table: the down payment stays
    (the named parts alone pay £2,460, not £2,760)."""
    terms = _offer(
        "en",
        "And the rest in instalments: £900 on 15 January, £900 on 15 February and £660 on 15 "
        "March.",
        {"now": 300.0, "now_date": dt.date(2026, 12, 11), "rest": 2460.0},
    )
    assert "now" not in terms, terms  # not withdrawn
    assert terms.get("rest") == 2460.0 and terms.get("parts") == [900.0, 900.0, 660.0], terms


# --- whole calls --------------------------------------------------------------------------------
def test_an_uneven_first_instalment_is_agreed_and_the_right_letter_passes() -> None:
    """V234 08r: "£760 on 15 January, then £500 each on …" — "5 times £500.00? That's only
    part of the £2,760.00", then "The £760.00 up front — I told you", 50, the right letter
    critical. Its auditor: pass 75–100."""
    result = _played("en-chippy-instalments", "V234", "08r_lagos_chippy.txt", "08r_letter.txt")
    assert result["passed"] is True and result["score"] == 100, _failed(result)
    assert result["agreed_terms"]["parts"] == [760.0, 500.0, 500.0, 500.0, 500.0]


def test_a_slip_in_one_part_of_the_read_back_is_put_right_with_the_true_parts() -> None:
    """V233 08r: the agreed £700 × 3 and £660 read back as "… and the last £760": "Yeah, that's
    the deal" before the plan was heard, then the debrief told the learner of four payments of
    £760 (figures the call never had). Now he puts the one part right, each with its day, and
    the slip left standing fails as the forty-fifth session's rule has it."""
    result = _played("en-chippy-instalments", "V233", "08r_kampala_chippy.txt", "08r_letter.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    fix = next(s for s in said if s.startswith("No, not quite"))
    assert "£700.00 on 15 January 2027" in fix and "£660.00 on 15 April 2027" in fix, fix
    assert result["agreed_terms"]["parts"] == [700.0, 700.0, 700.0, 660.0]
    (v,) = _failed(result)["confirm_in_writing"]
    assert v["critical"] and "£760.00 by 15 January" not in v["reason"], v
    assert "outcome" not in _failed(result)


# --- the objection's facts, one by one ----------------------------------------------------------
COURTYARD = (
    "Abnahmeprotokoll vom 2. Oktober ohne Vorbehalt unterschrieben; Gefälle von 2 % bei der "
    "Abnahme gemessen und fotografiert; das Wasser steht, weil der Hofablauf verstopft ist — der "
    "gehört nicht zum Auftrag."
)
STUDIO = (
    "The booking form is phase two; Ms Price postponed it by email on 12 August. Phase one was "
    "signed off on 3 October."
)


@pytest.mark.parametrize(
    ("lang", "facts", "line", "count"),
    [
        # V239 p5: all three in one line (with a self-interruption in it)
        (
            "de",
            COURTYARD,
            "Ich habe hier das Abnahmeprotokoll vom 2. Oktober vor mir, das Sie ohne Vorbehalt "
            "unterschrieben haben, und bei der Abnahme haben wir das Gefälle von 2 % gemessen und "
            "fotografiert – wobei, also, das Wasser steht, weil der Hofablauf verstopft ist, und "
            "der gehörte nicht zu unserem Auftrag.",
            3,
        ),
        # one fact: the 2 and the Abnahme are both facts' words, the signature only the first's
        (
            "de",
            COURTYARD,
            "Herr Kessler, Sie haben die Abnahme am 2. Oktober ohne Vorbehalt unterschrieben.",
            1,
        ),
        ("de", COURTYARD, "Wir haben das Gefälle bei der Abnahme gemessen, zwei Prozent.", 1),
        # the customer's own words said back are no fact ("verstehe" is no "verstopft")
        (
            "de",
            COURTYARD,
            "Dass Sie sich über das Wasser im Hof ärgern, verstehe ich gut – wo genau "
            "steht das Wasser?",
            0,
        ),
        # V239 11: "sign" for "signed off", "postpone" for "postponed"
        (
            "en",
            STUDIO,
            "you did sign phase one off on the 3rd of October, and you did postpone the "
            "booking form yourself in August",
            3,
        ),
        ("en", STUDIO, "I understand, but the website is finished, phase one is done.", 0),
    ],
)
def test_the_facts_a_line_names_are_counted_one_by_one(
    lang: str, facts: str, line: str, count: int
) -> None:
    assert len(named_facts(line, facts, lang)) == count, named_facts(line, facts, lang)


def test_three_facts_in_one_line_are_more_than_one_argument() -> None:
    """V239 p5: the courtyard customer, who wants a second argument, answered all three facts in
    one line "Protokoll hin oder her", and the calm legal route after it "Mahnverfahren? Nach
    einem Protokoll?"; the debrief then told the learner to put on the table the three facts
    just said. Now he gives in ("Bis wann?"), and the announcement after his yes is what fails."""
    result = _played("de-hausverwaltung-rechtsweg", "V239", "p5_jena_legalroute.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any("Dann zahle ich eben. Bis wann?" in s for s in said), said
    assert not any("Nach einem Protokoll?" in s for s in said), said
    failed = _failed(result)
    assert "handle_objection" not in failed and "no_premature_threat" in failed, failed


def test_the_facts_still_to_say_are_only_those_not_said() -> None:
    """One fact, "Protokoll hin oder her", and the court announced: the objection still stood —
    the advice names the two facts not yet said, not the one the learner gave."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(
        [
            "Guten Tag Herr Kessler, Jana Brandt von Brandt Garten- und Landschaftsbau.",
            "Ich rufe wegen der noch offenen Rechnung GL-2026-215 für den Innenhof an.",
            "",
            "Was genau ist denn uneben, wo steht das Wasser?",
            "Herr Kessler, Sie haben die Abnahme am 2. Oktober ohne Vorbehalt unterschrieben.",
            "Da wir uns heute nicht einigen können, werde ich das gerichtliche Mahnverfahren "
            "einleiten.",
        ]
    )
    (v,) = _failed(runner.session.finish())["handle_objection"]
    assert v["reason"].startswith("Mit Fakten begegnet, doch der Einwand stand noch"), v
    assert "Gefälle von 2 %" in v["reason"] and "Hofablauf" in v["reason"], v
    assert "Abnahmeprotokoll" not in v["reason"], v


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Ich schlage vor, dass ich mich nächste Woche noch einmal bei Ihnen melde, wenn Sie "
            "sich die Unterlagen angesehen haben.",
            True,
        ),
        ("Ich würde mich dann gern noch einmal melden.", True),
        ("Bitte melden Sie sich noch einmal bei mir.", False),
    ],
)
def test_a_call_back_with_the_verb_last_is_one(line: str, expected: bool) -> None:
    assert puts_off(line) is expected


# --- the invoice's sum with two digits swapped, above it ------------------------------------------
def test_a_read_back_sum_above_the_invoice_with_swapped_digits_is_put_right() -> None:
    """V239 06 and p1: "also nochmal zusamengefasst: 6.420 euro kommen im zahlungslauf am 17.12."
    for 6.240 €: he put right only the day, the 6.420 € was recorded as agreed, and with the
    letter's day right the call scored 100 without a word of the sum."""
    result = _played(
        "de-behoerde-bestellnummer", "V239", "p1_behoerde_letterdate.txt", "p1_letter.txt"
    )
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any("Auf der Rechnung stehen aber 6.240,00 €, nicht 6.420,00 €." in s for s in said)
    assert result["agreed_terms"]["amount"] == 6240.0


# --- a call to pay with the payment as the subject ------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Punkt drei: Wir würden uns freuen, wenn die Zahlung dann zeitnah erfolgt.", True),
        ("Wir würden uns freuen, wenn die Zahlung bald eingeht.", True),
        ("We would appreciate it if payment could be made soon.", True),
        ("Die Zahlung ist bald fällig.", False),  # says when it is due, asks nothing
    ],
)
def test_the_payment_wished_for_soon_is_a_call_to_pay(line: str, expected: bool) -> None:
    """V238 02 and p5: "zeitnah" and "bald" got "Das habe ich jetzt nicht ganz verstanden."."""
    assert demands_without_day(line, []) is expected


# --- an apology that is a reproach ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V237 p2: empathy 0.85, "Thanks for being so nice about it", 100 gold
        (
            "en",
            "I am sorry, Claire, but some people just cannot keep track of their invoices, can "
            "they.",
        ),
        # V237 12: empathy 0.93, no_accusation met
        (
            "en",
            "I am sorry that you have put so heavy things on the shelves, then of course they "
            "are moving.",
        ),
        # V239 p6: empathy 0.99, "Danke, dass Sie das so locker sehen", 100 gold
        (
            "de",
            "Tut mir leid, wenn Ihnen der Urlaub wichtiger war als unsere Rechnung, aber so "
            "etwas sollte halt nicht passieren.",
        ),
        ("de", "Manche Leute kriegen das einfach nicht hin mit den Rechnungen."),
    ],
)
def test_a_reproach_worded_as_an_apology_is_blame(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert heard.get("accusatory_opener", 0.0) >= 0.3 and "empathise" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Sorry if you had to wait, of course we'll sort it out today."),
        (
            "en",
            "I'm sorry that you've had trouble with the shelves, so of course I'll come and look "
            "at them.",
        ),
        ("en", "Sorry if the family came first this month, that's completely understandable."),
        ("de", "Tut mir leid, wenn Sie jetzt Stress haben, dann ist klar, dass das untergeht."),
    ],
)
def test_sympathy_after_sorry_stays_empathy(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=4)
    assert "accusatory_opener" not in heard and "empathise" in heard, heard


@pytest.mark.parametrize(
    ("lang", "line", "blame"),
    [
        # V236 02: a reproach 0.65, "… und jetzt dieser Ton?", the opening failed twice
        (
            "de",
            "Ja, bei uns auch, ich komm kaum zum Luftholen. Meine Frau sagt schon, ich soll mal "
            "Urlaub machen – na ja.",
            False,
        ),
        ("de", "Meine Frau sagt schon, ich soll mal Urlaub machen – na ja.", False),
        # chat that speaks to him keeps its reproach
        ("de", "Na, Sie waren ja wohl schön im Urlaub, was?", True),
    ],
)
def test_chat_about_the_callers_own_life_blames_no_one(lang: str, line: str, blame: bool) -> None:
    heard = _heard(lang, line, learner_turn=1)
    assert ("accusatory_opener" in heard) is blame, heard


# --- wording of two debrief lines ---------------------------------------------------------------
def test_a_letter_asking_more_than_agreed_is_said_to_be_disputed_not_held_to() -> None:
    """V238 p2: "2.830,00 €" in the letter for the 2.380 € agreed was told "schriftlich darf
    sich der Kunde an den Betrag im Schreiben halten" — no customer holds to a higher sum."""
    result = _played("de-stammkunde-urlaub", "V238", "p2_paderborn_lettertypo.txt", "p2_letter.txt")
    (v,) = _failed(result)["confirm_in_writing"]
    assert v["critical"] and "bestreitet der Kunde" in v["reason"], v
    assert "halten" not in v["reason"], v


def test_a_plan_he_never_agreed_to_is_named_as_a_plan() -> None:
    """V236 10 and p2: three dated instalments and "Instalments … I don't know" were told
    "Proposed a date for the rest, but it was never agreed"."""
    result = _played("en-chippy-instalments", "V236", "p2_readback_10.txt")
    (v,) = _failed(result)["date_for_rest"]
    assert v["reason"].startswith("Proposed instalments with their days"), v


# --- a day the customer named after a request without one -----------------------------------------
@pytest.mark.parametrize(
    ("sid", "audit", "script", "letter"),
    [
        # "Then kindly do the needful and release the payment at the earliest, sir. As soon as
        # possible only." — "Our next payment run is on 15 December." — 98 silver, its auditor:
        # "I would fail this call"
        ("en-logistics-approval", "V240", "09_en_indian_polite.txt", "09_letter.txt"),
        # "Wir würden uns freuen, wenn die Zahlung dann zeitnah erfolgt." — his run, and "Gut,
        # dann warten wir den nächsten Zahlungslauf ab."
        ("de-behoerde-bestellnummer", "V238", "02_ingolstadt.txt", None),
    ],
)
def test_a_day_he_named_after_a_request_without_one_is_pinned_by_no_one(
    sid: str, audit: str, script: str, letter: str | None
) -> None:
    result = _played(sid, audit, script, letter)
    assert result["passed"] is False
    (v,) = [c for c in _failed(result)["pin_date"] if c.get("critical")]
    assert "15 December 2026" in v["reason"] or "10.12.2026" in v["reason"], v


def test_an_open_question_for_his_day_is_no_vague_request() -> None:
    """The guard: "When is your next payment run?" and his day taken without saying it back
    keeps the forty-sixth session's silver (V239 06's call, its letter's day put right)."""
    result = _played(
        "de-behoerde-bestellnummer", "V239", "p1_behoerde_letterdate.txt", "p1_letter.txt"
    )
    assert result["passed"] is True


# --- a bare "nein" or "äh" before the figure that replaces one ------------------------------------
def test_a_figure_taken_back_with_a_bare_nein_is_gone() -> None:
    """V241 04: "sagen wir 600 – nein, 800 Euro, und den Rest, also 1.165,40 – äh, 1.065,40
    Euro, bis zum 15. – nein, 18. Dezember" — he agreed to 600 € now and a rest of 1.165,40 € by
    the 15th, and the learner failed for a plan "965,40 € more than the invoice"."""
    line = (
        "Ich hätte einen Vorschlag: Sie überweisen diese Woche einen Teil, sagen wir 600 – nein, "
        "800 Euro, und den Rest, also 1.165,40 – äh, 1.065,40 Euro, bis zum 15. – nein, 18. "
        "Dezember."
    )
    recognition = load_recogniser("de").recognise(line, call_date=DAY)
    offer = read_offer(recognition, "de", {}, DAY, 1865.40, dispute=False, invoice=1865.40)
    assert offer.terms.get("now") == 800.0 and offer.terms.get("rest") == 1065.40, offer
    assert offer.terms.get("rest_date") == dt.date(2026, 12, 18), offer


@pytest.mark.parametrize(
    ("line", "amounts"),
    [
        ("Can you pay £500 – no, £400 by Friday?", [400.0]),
        ("£500 by Friday? No, that is too much, I know.", [500.0]),  # no figure after the "no"
        ("Dann zahlt er 300 Euro.", [300.0]),
    ],
)
def test_a_bare_no_takes_back_only_a_figure_replaced_after_a_dash(
    line: str, amounts: list[float]
) -> None:
    recognition = load_recogniser("en").recognise(line, call_date=DAY)
    assert [f.value for f in recognition.facts if f.kind == "amount"] == amounts
