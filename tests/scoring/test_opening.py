"""GUIDE §2: identify, no_accusation and the two opening strategies, in German and English,
through the real recogniser and the real Call."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import by_id, play
from trainer.scoring import score_call
from trainer.scoring.opening import identified

SEED_ACCUSATION = "Ich möchte mich erkundigen, warum Sie meine Rechnung nicht bezahlt haben!"
SEED_SOLUTION = (
    "Ich möchte mit Ihnen klären, wie wir Ihre Außenstände bei uns reduzieren. "
    "Ich habe einen Vorschlag …"
)
DE_HELLO = "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik."
EN_HELLO = "Hi Tom, it's Sam Whitfield from Whitfield Joinery."


def test_seed_accusation_fails_no_accusation_and_strategy(de, rec_de):
    call = play(de, [DE_HELLO, SEED_ACCUSATION], rec_de)
    result = score_call(call)
    check = by_id(result, "no_accusation")
    assert check.passed is False
    assert SEED_ACCUSATION in check.evidence
    assert check.turn == 3 and call.turns[3].text == SEED_ACCUSATION
    assert "Angriff" in check.advice
    assert result.opening.strategy is None


def test_english_accusation_fails_no_accusation(en, rec_en):
    line = "Why haven't you paid our invoice? It's been weeks."
    result = score_call(play(en, [EN_HELLO, line], rec_en))
    check = by_id(result, "no_accusation")
    assert not check.passed and line in check.evidence


@pytest.mark.parametrize(
    ("lang", "hello", "opener"),
    [
        ("de", DE_HELLO, "Ich rufe wegen der noch offenen Rechnung an."),
        ("en", EN_HELLO, "I'm calling about the open invoice."),
    ],
)
def test_neutral_opener_then_pause_is_let_them_talk(request, lang, hello, opener):
    scenario = request.getfixturevalue(lang)
    call = play(scenario, [hello, opener, ""], request.getfixturevalue(f"rec_{lang}"))
    result = score_call(call)
    assert result.opening.strategy == "let_them_talk"
    check = by_id(result, "strategy")
    assert check.passed and opener in check.evidence
    # The deciding line is the silence; the opener contributed too.
    assert call.turns[check.turn].move == "pause"
    assert check.turns == [3, 5]
    assert result.opening.score == 100


def test_neutral_opener_followed_by_a_question_is_not_let_them_talk(de, rec_de):
    call = play(
        de,
        [
            DE_HELLO,
            "Ich rufe wegen der noch offenen Rechnung an.",
            "Warum haben Sie nicht bezahlt?",
        ],
        rec_de,
    )
    result = score_call(call)
    assert result.opening.strategy is None
    check = by_id(result, "strategy")
    assert not check.passed
    assert "Warum haben Sie nicht bezahlt?" in check.evidence
    assert call.turns[check.turn].text == "Warum haben Sie nicht bezahlt?"
    # The question that filled the silence is part of the opening: it was a reproach.
    assert not by_id(result, "no_accusation").passed


def test_seed_solution_sentence_is_offer_solution(de, rec_de):
    result = score_call(play(de, [DE_HELLO, SEED_SOLUTION], rec_de))
    assert result.opening.strategy == "offer_solution"
    check = by_id(result, "strategy")
    assert check.passed and "Vorschlag" in check.evidence
    assert "Lösung" in check.advice


def test_english_solution_is_offer_solution(en, rec_en):
    line = "I'd like to sort out the open balance with you together — I have a suggestion."
    result = score_call(play(en, [EN_HELLO, line], rec_en))
    assert result.opening.strategy == "offer_solution"


def test_asking_for_the_reason_is_neither_strategy(de):
    call = play(
        de,
        [("Anna Berger, Berger Elektrotechnik.", ["greeting_identify"]),
         ("Warum ist die Rechnung noch offen?", ["ask_reason"])],
    )  # fmt: skip
    result = score_call(call)
    assert result.opening.strategy is None
    assert by_id(result, "strategy").reason.startswith("Nach dem Grund gefragt")


def test_call_without_the_callers_name_fails_identify(de, rec_de):
    call = play(
        de,
        [
            "Guten Tag, hier ist Berger Elektrotechnik.",
            "Ich rufe wegen der noch offenen Rechnung an.",
            "",
        ],
        rec_de,
    )
    check = by_id(score_call(call), "identify")
    assert not check.passed
    assert "Anna Berger" in check.evidence  # says what was missing
    assert check.turn == 1
    assert "Anna Berger von Berger Elektrotechnik" in check.better


def test_call_without_any_introduction_fails_identify_in_english(en, rec_en):
    call = play(en, ["I'm calling about the open invoice.", ""], rec_en)
    check = by_id(score_call(call), "identify")
    assert not check.passed and "Sam Whitfield" in check.evidence


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Berger, Berger Elektro", (True, True)),
        ("Anna Berger von Berger Elektrotechnik", (True, True)),
        ("Hier ist Anna Berger.", (True, False)),
        ("Hier ist Berger Elektrotechnik.", (False, True)),
        ("Berger Elektro hier", (False, True)),
        ("Anna Bergr von Bergr Elektrotechnik", (True, True)),  # typos
    ],
)
def test_identify_matches_name_and_company_fuzzily(line, expected):
    assert identified(line, "Anna Berger", "Berger Elektrotechnik") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Mein Name ist Kevin Schäfer, ich rufe im Auftrag von Berger Elektrotechnik an.",
            (True, True),
        ),
        ("Hier ist Frau Schäfer von Berger Elektrotechnik.", (True, True)),
        ("Hi, my name is Kevin, I'm calling from Berger Elektrotechnik.", (True, True)),
        ("This is Priya at Berger Elektrotechnik.", (True, True)),
        ("Hier ist Berger Elektrotechnik.", (False, True)),  # the company is no name
        ("Schönen guten Tag, Sandra Weber hier, von Berger Elektrotechnik.", (True, True)),
        ("Buchhaltung hier, Berger Elektrotechnik.", (False, True)),
        ("It's Friday, and I'm calling from Berger Elektrotechnik.", (False, True)),
        ("Ich bin wegen der Rechnung von Berger Elektrotechnik dran.", (False, True)),
    ],
)
def test_a_learner_who_gives_their_own_name_is_identified(line, expected):
    # The learner may practise under their own name, not the scenario's caller.
    assert identified(line, "Anna Berger", "Berger Elektrotechnik") == expected


def test_identify_english_first_name_and_company():
    assert identified("Hi, Sam from Whitfield Joinery", "Sam Whitfield", "Whitfield Joinery") == (
        True,
        True,
    )
    assert identified("Sam Whitfield here", "Sam Whitfield", "Whitfield Joinery Ltd") == (
        True,
        False,
    )


def test_shortened_multiword_company_counts():
    company = "Kfz-Meisterbetrieb Yilmaz"
    assert identified("Deniz Yilmaz von der Kfz-Werkstatt Yilmaz.", "Deniz Yilmaz", company) == (
        True,
        True,
    )
    assert identified(
        "Jana Brandt von Brandt Garten- und Landschaftsbau.",
        "Jana Brandt",
        "Brandt Garten- und Landschaftsbau",
    ) == (True, True)


def test_strategy_not_listed_when_the_customer_objects_before_the_purpose():
    from tests.scoring.helpers import dispute, ids

    scenario = dispute()
    states = dict(scenario.states)
    # The customer starts on the objection after a greeting and a silence.
    on = {**states["start"].on, "pause": states["wartet"].on["pause"]}
    states["start"] = states["start"].model_copy(update={"on": on})
    scenario = scenario.model_copy(update={"states": states})
    hello = ("Anna Berger von Berger Elektrotechnik.", ["greeting_identify"])
    result = score_call(play(scenario, [hello, "", ("Was genau?", ["clarify_objection"])]))
    assert "strategy" not in ids(result) and result.opening.strategy is None
    assert "identify" in ids(result)


@pytest.mark.parametrize(
    ("intent", "check"),
    [("accusatory_opener", "no_accusation"), ("threaten_legal", "no_premature_threat")],
)
def test_a_tentative_reading_never_fails_a_check_on_its_own(de, intent, check):
    """An unusual line gets its best reading rather than none (issue 10); below TENTATIVE
    that reading may steer the customer but cannot fail the learner's conduct checks."""
    line = "Na, da sind Sie ja ein ganz Schneller gewesen."
    # The line comes once he has apologised: before that, a threat-free call has not
    # exercised no_premature_threat at all (GUIDE §6).
    opener = ("Ich rufe wegen der noch offenen Rechnung an.", ["neutral_opener_open_invoice"])

    def verdict(confidence: float):
        steps = [(DE_HELLO, ["greeting_identify"]), opener, "", (line, [(intent, confidence)])]
        return by_id(score_call(play(de, steps)), check)

    assert verdict(0.3).passed is True
    firm = verdict(0.8)
    assert firm.passed is False and line in firm.evidence


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Surname, comma, company: the German way to announce oneself (fifth audit).
        ("Brandt, Garten- und Landschaftsbau. Herr Kessler, guten Tag.", (True, True)),
        ("Brandt, Brandt Garten- und Landschaftsbau, guten Tag.", (True, True)),
        # The company alone, though it bears the surname, is still no name.
        ("Brandt Garten- und Landschaftsbau, guten Tag.", (False, True)),
        ("Hallo, hier ist Brandt Garten- und Landschaftsbau.", (False, True)),
    ],
)
def test_the_surname_first_with_a_comma_is_the_callers_name(line, expected):
    assert identified(line, "Jana Brandt", "Brandt Garten- und Landschaftsbau") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The family firm by its family name after "von"/"from" (seventh outside audit).
        ("Moin Frank, Deniz hier von der Werkstatt Yilmaz.", (True, True)),
        ("Hi Frank, it's Deniz from Yilmaz Motors.", (True, True)),
        # ... or after the trade it is (eleventh audit).
        ("Ey Frank, Deniz hier, Werkstatt Yilmaz.", (True, True)),
        # The surname alone is the caller's name, not the company.
        ("Guten Tag, Deniz Yilmaz hier.", (True, False)),
    ],
)
def test_a_family_firm_called_what_it_is_counts_as_the_company(line, expected):
    assert identified(line, "Deniz Yilmaz", "Kfz-Meisterbetrieb Yilmaz") == expected


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("de", [DE_HELLO, SEED_ACCUSATION]),
        ("de", [DE_HELLO, SEED_SOLUTION, "Geht es bis Freitag?"]),
        ("de", ["", "Hallo?", "Ich rufe wegen der offenen Rechnung an."]),
        ("en", [EN_HELLO, "I'm calling about the invoice that is still open."]),
        ("en", ["Why haven't you paid yet?", EN_HELLO]),
        ("en", [EN_HELLO, "", "Could you pay £300 now and the rest by Friday?"]),
    ],
)
def test_the_opening_alone_is_scored_as_the_whole_call_scores_it(lang, lines, request):
    """The session reads the opening after each early turn with `score_opening` (judging
    the rest of the call each time doubled a turn's cost); the debrief uses `score_call`.
    The two must agree after every turn, or the line shows one reading, the debrief another."""
    from trainer.scoring import score_opening

    scenario = request.getfixturevalue(lang)
    rec = request.getfixturevalue(f"rec_{lang}")
    for n in range(1, len(lines) + 1):
        call = play(scenario, lines[:n], rec)
        alone = score_opening(call)
        assert alone == score_call(call).opening
        assert alone.checks  # a real judgement was compared, not two empty ones
