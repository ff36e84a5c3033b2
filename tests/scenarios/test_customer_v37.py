"""Thirty-seventh session: what the sixty-ninth and later outside audits (benchmarks/audits/V69..)
found — a customer who asked in so many words whether the learner understood him did not hear
"I do get it" beside a plan, and asked the same question three times."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import SCENARIOS
from tests.scenarios.test_customer_v36 import _runner, _script
from trainer.scenario import find_scenario, load_scenario
from trainer.session import default_recogniser
from trainer.understanding import load_recogniser


def _customer_after(lines: list[str], learner_line: str) -> str:
    """The customer's reply to the first learner turn that says `learner_line`."""
    runner = _runner("en-chippy-instalments")
    runner.play(lines)
    turns = runner.session.call.turns
    at = next(i for i, t in enumerate(turns) if t.speaker == "learner" and t.text == learner_line)
    return next(t.text for t in turns[at + 1 :] if t.speaker == "customer")


def test_understanding_he_asked_for_is_heard_beside_the_plan() -> None:
    """V69 08r: "Do you actually get what this year's been like for me?" — "I do get it, Dave
    … that's exactly why I'm suggesting monthly payments" (empathy 0.51 beside the plan)."""
    # (without the sympathy the script gives before the down payment: shown understanding
    # once, he answers the plan he asked for without asking again — fifty-seventh session)
    lines = [
        ln
        for ln in _script("V69", "08r_bristol_chippy.txt")
        if not ln.startswith("I understand, Dave")
    ]
    answer = next(ln for ln in lines if ln.startswith("I do get it"))
    reply = _customer_after(lines, answer)
    assert reply.startswith("Thanks"), reply
    assert "I asked you something" not in reply
    # Won over, he answers the plan on the table: the £300 up front he had turned down.
    assert "£300.00 up front" in reply


def test_a_faint_empathy_he_did_not_ask_for_still_does_not_win_him() -> None:
    """The same line where he has not asked anything (after the plan, in `admits`' place):
    the bar for a side reading stays where it was, so "I get it" inside a demand does not
    buy goodwill."""
    lines = _script("V69", "08r_bristol_chippy.txt")
    answer = next(ln for ln in lines if ln.startswith("I do get it"))
    # Drop the plan line: he has not yet asked for understanding when the answer comes.
    shortened = [ln for ln in lines if not ln.startswith("Then the remaining")]
    reply = _customer_after(shortened, answer)
    assert not reply.startswith("Thanks, I appreciate that."), reply


@pytest.mark.parametrize(
    ("awaits", "message"),
    [
        ("[propose_instalments]", "cannot be awaited"),
        ("[empathise]", "awaits 'empathise' but has no answer to it"),
        ("[empathize]", "unknown intent 'empathize'"),
    ],
)
def test_an_await_the_state_cannot_use_is_named(write_yaml, awaits: str, message: str) -> None:
    from tests.core.minimal import MINIMAL
    from tests.core.test_scenario_loading import findings_for

    text = MINIMAL.replace(
        '    say: ["Tut mir leid, ich war im Urlaub."]\n',
        f'    say: ["Tut mir leid, ich war im Urlaub."]\n    awaits: {awaits}\n',
        1,
    )
    assert text != MINIMAL
    msgs = findings_for(write_yaml, text)
    assert any(message in m for m in msgs), msgs


def test_an_await_the_state_answers_is_clean(write_yaml) -> None:
    from tests.core.minimal import MINIMAL
    from tests.core.test_scenario_loading import findings_for

    text = MINIMAL.replace(
        '    say: ["Was ist denn das für ein Ton?"]\n',
        '    say: ["Was ist denn das für ein Ton?"]\n    awaits: [empathise]\n',
        1,
    )
    assert text != MINIMAL
    assert not [m for m in findings_for(write_yaml, text) if "await" in m]


@pytest.mark.parametrize(
    ("lang", "line", "unlawful"),
    [
        # V69 probe 2: small talk, 100 gold
        (
            "en",
            "Ah sure, no bother, though I would hate to have to mention it to the other shops "
            "on the street.",
            True,
        ),
        ("en", "I might mention it to your bank manager.", True),
        ("de", "Ich erwähne es ungern bei den anderen Geschäften hier.", True),
        # V71 p3 and 12
        (
            "en",
            "By the way, I've mentioned to your landlord that you're behind with my invoice.",
            True,
        ),
        (
            "en",
            "I've already had a word with the lads at the cash and carry about Moore's Deli no "
            "paying its bills, so folk know.",
            True,
        ),
        (
            "de",
            "Ich erzähl rum, dass Sie Ihre Rechnungen nicht zahlen, damit es alle wissen.",
            True,
        ),
        ("en", "So everyone knows where we stand: £640 by Friday.", False),
        ("en", "You'll pay £640 by Friday, so everyone knows where we stand.", False),
        # V74 09: "… a collections agency and that goes on your credit" (not critical)
        (
            "en",
            "If it's not paid by Wednesday I'll have no choice but to send this to a collections "
            "agency and that goes on your credit.",
            True,
        ),
        ("en", "You can pay on your credit card if that helps.", False),
        ("en", "Don't worry, this won't go on your credit.", False),
        ("en", "Tell the other shops I said hello.", False),
        ("en", "I mentioned to the other shops that your new sign looks great.", False),
        ("en", "Did you mention the invoice to your accountant?", False),
    ],
)
def test_mentioning_the_debt_to_others_is_telling_third_parties(
    lang: str, line: str, unlawful: bool
) -> None:
    from trainer.understanding.pressure import unlawful_pressure

    assert (unlawful_pressure(line, lang) is not None) is unlawful


def test_a_veiled_word_to_the_neighbours_fails_the_call() -> None:
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("en-florist-forgot", "V69", "p2_third_parties.txt", "07_letter.txt")
    assert result["passed"] is False
    assert "no_premature_threat" in _failed(result), result


def test_chat_before_the_opener_offers_no_compromise() -> None:
    """V68 07: "I hope the brochures went down well" (a compromise 0.58 from "went down")
    before the invoice was named; the opening strategy must see the opener that follows."""
    from tests.scenarios.test_customer_v36 import _played

    result = _played("en-florist-forgot", "V68", "07_swansea_florist.txt", "07_letter.txt")
    strategy = next(c for c in result["opening"]["checks"] if c["id"] == "strategy")
    assert strategy["passed"] is True
    steps = _runner("en-florist-forgot").play(_script("V68", "07_swansea_florist.txt")[:2])
    assert "brochures" in steps[-1].text
    assert "offer_compromise" not in steps[-1].intents, steps[-1].intents


@pytest.mark.parametrize(
    "line",
    [
        "Before anything else — I could knock a bit off if that helps you.",
        "I'd be happy to give you ten percent off for paying this week.",
    ],
)
def test_a_reduction_before_the_opener_is_still_a_compromise(line: str) -> None:
    runner = _runner("en-florist-forgot")
    steps = runner.play(["Morning Claire, it's Priya Shah from Shah Print Studio.", line])
    assert "offer_compromise" in steps[-1].intents, steps[-1].intents


@pytest.mark.parametrize("script", ["07_leeds_cafe.txt", "p1_07_nocorrection.txt"])
def test_a_down_payment_and_the_rest_on_one_day_are_two_payments(script: str) -> None:
    """V73 07: £375 by Friday the 11th and the rest, £815, by 15 January, read back and
    written so. The letter lacked "£407.50, £407.50", and the model letter asked the customer
    to sign for a payment nobody agreed."""
    from tests.scenarios.test_customer_v36 import _played

    result = _played("en-cash-problems-cafe", "V73", script, "07_letter.txt")
    terms = next(c for c in result["checks"] if c["id"] == "instalment_terms")
    assert terms["passed"] is True, terms
    draft = _played("en-cash-problems-cafe", "V73", script, None)
    model = next(c for c in draft["checks"] if c["id"] == "confirm_in_writing")
    assert "407.50" not in str(result) + str(model)


def test_a_letter_that_repeats_the_corrected_day_fails_the_call() -> None:
    """V72 05 (and V70 03, V71 06): the read-back named the 21st, the customer said "Nein,
    nicht ganz: … bis zum 18.12.", the learner let it stand and wrote the 21st. Three
    auditors failed such calls blind; it scored 78, silver."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played(
        "de-erstkunde-rechnung-verloren", "V72", "05_luzern_erstkunde.txt", "05_letter.txt"
    )
    assert result["passed"] is False
    assert "confirm_in_writing" in result["critical"]
    reasons = [c["reason"] for c in _failed(result)["confirm_in_writing"]]
    assert any("berichtigt" in r for r in reasons), reasons
    # one fault, named once, by the letter
    assert not any("Bedingungen zurückgelesen" in r for r in reasons), reasons


def test_a_receipt_day_after_his_payment_run_is_no_other_promise() -> None:
    """V63 05 (passed blind): "Zahlungseingang bis 11. Dezember" for his run on the 10th, read
    back and written; he said "Nein, nicht ganz" — the money leaves on the 10th and arrives
    on the 11th. The letter's day is no other promise; the read-back he corrected and the
    learner left standing fails the call since the forty-fifth session (pin_date, critical —
    this auditor had passed it; 29 of 41 auditors whose calls moved had failed them)."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("de-behoerde-bestellnummer", "V63", "05_de_linz_behoerde.txt", "05_letter.txt")
    assert result["passed"] is False
    critical = [c for c in _failed(result)["confirm_in_writing"] if c.get("critical")]
    assert [("zurückgelesen" in c["reason"]) for c in critical] == [True], critical


def test_a_wrong_day_in_the_letter_fails_a_right_call() -> None:
    """V72 p1: the call agreed and read back the 14th; only the letter says the 21st. Until
    the thirty-eighth session the lesser fault (silver); five audits of that session asked it
    to weigh as a wrong sum does, and the replay of all audits agreed (benchmarks/README)."""
    from tests.scenarios.test_customer_v36 import _played

    result = _played("de-stammkunde-urlaub", "V72", "p1_berlin_wrongletter.txt", "p1_letter.txt")
    assert result["passed"] is False and "confirm_in_writing" in result["critical"]


def test_a_letter_a_day_off_stays_the_lesser_fault() -> None:
    """V87 05: the customer corrected the read-back to the 14th; the letter says the 15th —
    a day off, silver (V63 05 passed such a letter blind)."""
    from tests.scenarios.test_customer_v36 import _played

    result = _played(
        "de-erstkunde-rechnung-verloren", "V87", "05_luzern_erstkunde.txt", "05_letter.txt"
    )
    # (the read-back she corrected and that was left standing fails the call since the
    # forty-fifth session, by pin_date; the letter's day stays no critical fault of its own)
    from tests.scenarios.test_customer_v36 import _failed

    assert "pin_date" in result["critical"]
    letter = [c for c in _failed(result)["confirm_in_writing"] if "Schreiben" in c["reason"]]
    assert letter and not any(c.get("critical") for c in letter), letter


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Tut mir leid, wenn Sie das so sehen, aber meine Leute arbeiten sauber."),  # V72 p5
        ("en", "I'm sorry you feel that way, but my lads did a proper job."),
        # V81 03, Franconian: empathy 0.86
        ("de", "Tut mer leid, wenn du des so siehst, aber mei Geselle schafft fei normal sauber."),
        ("de", "Wenn Sie das so sehen, tut mir das leid, aber wir haben sauber gearbeitet."),
    ],
)
def test_sorry_for_how_he_sees_it_then_but_is_no_sympathy(lang: str, line: str) -> None:
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    recognition = load_recogniser(lang).recognise(line)
    assert "empathise" in recognition.names  # the model hears "sorry" / "tut mir leid"
    heard = apply_context(recognition, Context(learner_turn=4, objection_raised=True))
    assert "empathise" not in heard.names, heard.names


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I'm sorry you're in that situation, but could you pay £300 now?"),
        ("de", "Tut mir leid, dass Sie Ärger hatten, aber könnten Sie bis Freitag zahlen?"),
    ],
)
def test_sorry_for_his_trouble_then_a_proposal_keeps_the_sympathy(lang: str, line: str) -> None:
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    recognition = load_recogniser(lang).recognise(line)
    heard = apply_context(recognition, Context(learner_turn=4, objection_raised=False))
    assert "empathise" in heard.names, heard.names


def test_not_my_problem_in_dialect_waves_his_trouble_away() -> None:
    """V72 03: "Des is doch net mei Problem, Herr Kessler." was empathy 0.92."""
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    line = "Des Wasser im Hof? Des is doch net mei Problem, Herr Kessler."
    heard = apply_context(
        load_recogniser("de").recognise(line), Context(learner_turn=3, objection_raised=True)
    )
    assert "empathise" not in heard.names
    assert "accusatory_opener" in heard.names


def test_an_opening_read_only_as_a_faint_reproach_earns_no_point() -> None:
    """V71 12: "You've no paid the £180 for the shelves." (blame 0.19) was quoted as "a
    factual opening without blame"; the same line in standard English fails the check."""
    from tests.scenarios.test_customer_v36 import _played

    result = _played("en-handyman-waive", "V71", "12_highland_handyman.txt")
    assert not [c for c in result["opening"]["checks"] if c["id"] == "no_accusation"]
    assert not [c for c in result["checks"] if c["id"] == "no_accusation" and c["passed"]]
    standard = _played("en-handyman-waive", "V71", "p1_highland_standard_negation.txt")
    failed = [
        c for c in standard["opening"]["checks"] + standard["checks"] if c["id"] == "no_accusation"
    ]
    assert failed and not any(c["passed"] for c in failed)


def test_the_rest_alone_after_a_refused_down_payment_is_no_deal() -> None:
    """V72 07 (and V67 08): "I haven't got £700.00 spare" — "Then the rest, £2,060, by the
    15th of January." got "Right. That I can do." and 100 gold. He holds to his refusal."""
    lines = _script("V72", "07_newcastle_chippy.txt")
    rest = next(ln for ln in lines if ln.startswith("Then the rest"))
    reply = _customer_after(lines, rest)
    assert "I haven't got it" in reply and "£700.00" in reply, reply


def test_the_whole_sum_in_instalments_after_a_refused_down_payment_is_still_taken() -> None:
    runner = _runner("en-chippy-instalments")
    steps = runner.play(
        [
            "Hi Dave, it's Fiona Walsh from Walsh Plumbing & Heating.",
            "I'm calling about the invoice for the new boiler, which is still open.",
            "",
            "I understand, Dave, it's been a hard year, and I want to find a way with you.",
            "Could you manage £700 by Friday the 11th of December?",
            "I hear you. Then four instalments of £690, on the 15th of January, February, March "
            "and April?",
        ]
    )
    assert steps[-1].state == "plan_agreed", steps[-1].state


def findings_with(tmp_path, scenario: str, old: str, new: str) -> list[str]:
    """The validator's findings for a shipped scenario (e.g. "en/chippy-instalments") with
    `old` replaced by `new` once, checked in a copy under `tmp_path` beside the blocks."""
    import shutil

    from trainer.scenario import check_scenario, load_scenario
    from trainer.scenario.loader import ScenarioError

    shutil.copytree(SCENARIOS / "_blocks", tmp_path / "_blocks")
    text = (SCENARIOS / f"{scenario}.yaml").read_text(encoding="utf-8")
    broken = text.replace(old, new, 1)
    assert broken != text
    path = tmp_path / f"{scenario}.yaml"
    path.parent.mkdir()
    path.write_text(broken, encoding="utf-8")
    try:
        return [str(f) for f in check_scenario(load_scenario(path))]
    except ScenarioError as exc:
        return [str(f) for f in exc.findings]


def test_a_condition_typo_behind_an_alias_is_reported_once(tmp_path) -> None:
    msgs = findings_with(
        tmp_path, "en/chippy-instalments", "and not offer.uneven}", "and not terms.parts}"
    )
    assert len([m for m in msgs if "unknown name 'terms.parts'" in m]) == 1, msgs


# --- named days: a customer line never names a day already past ---------------------------
@pytest.mark.parametrize(
    ("today", "run"),
    [
        (dt.date(2026, 11, 26), dt.date(2026, 12, 10)),  # the test plans' day
        (dt.date(2026, 12, 7), dt.date(2026, 12, 10)),  # the audits' day
        (dt.date(2026, 12, 8), dt.date(2026, 12, 28)),  # the 24th is no working day
        (dt.date(2027, 3, 3), dt.date(2027, 3, 18)),
    ],
)
def test_the_payment_run_is_the_next_one_after_the_call(today: dt.date, run: dt.date) -> None:
    from trainer.scenario.model import NamedDay

    assert NamedDay(first=dt.date(2026, 12, 10), every=14, after=3).on(today) == run


@pytest.mark.parametrize(
    ("sid", "script", "day"),
    [
        ("de-behoerde-bestellnummer", "beh", "am 28. Dezember"),
        ("en-logistics-approval", "log", "on 29 December"),
    ],
)
def test_the_customer_names_his_payment_run_after_the_call_day(
    sid: str, script: str, day: str
) -> None:
    """V68, V70, V71: "Das wäre dann der nächste Zahlungslauf, am 10. Dezember. Wenn die
    Freigabe bis zum 5. durch ist …" — said on the 7th (and on any later day)."""
    from trainer.session.script import ScriptRunner

    lines = {
        "beh": [
            "Guten Tag Herr Schulte, Miriam Hoffmann von Hoffmann IT-Training.",
            "Ich rufe wegen der noch offenen Rechnung S-2026-0877 an.",
            "",
            "Verstehe. Ich schicke Ihnen die Rechnung heute mit der Bestellnummer. Wann ist denn "
            "der nächste Zahlungslauf?",
        ],
        "log": [
            "Hi Mark, it's Sarah Grant from Grant Transport.",
            "I'm calling about the open invoice.",
            "",
            "I'll resend the invoice with the PO number today. When is your next payment run?",
        ],
    }[script]
    loaded = load_scenario(find_scenario(sid, SCENARIOS))
    recogniser = default_recogniser(loaded.scenario.language, loaded)
    runner = ScriptRunner.open(loaded, seed=1, today=dt.date(2026, 12, 20), recogniser=recogniser)
    runner.play(lines)
    said = " ".join(t.text for t in runner.session.call.turns if t.speaker == "customer")
    assert day in said, said
    assert "10. Dezember" not in said and "15 December" not in said and "bis zum 5." not in said


def test_an_unknown_named_day_is_reported(write_yaml) -> None:
    from tests.core.minimal import MINIMAL
    from tests.core.test_scenario_loading import findings_for

    text = MINIMAL.replace('"Die {invoice.number}? Oh."', '"Die {invoice.number}? Am {date.lauf}."')
    assert text != MINIMAL
    assert any("'{date.lauf}' names no fact" in m for m in findings_for(write_yaml, text))
    defined = text.replace(
        "variables: {mood: 3}", "dates: {lauf: {first: 2026-12-10}}\nvariables: {mood: 3}"
    )
    assert not [m for m in findings_for(write_yaml, defined) if "date.lauf" in m]


def test_a_reproach_with_a_side_reading_of_a_question_asks_nothing() -> None:
    """V73 12: "Madam, the shelves were perfectly fine when I left, kindly do not make
    excuses." (the question 0.40 beside blame and a rebuttal) passed clarify_objection."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("en-handyman-waive", "V73", "12_pakistan_handyman.txt")
    assert "clarify_objection" in _failed(result)


def test_a_real_question_after_the_objection_still_counts() -> None:
    runner = _runner("en-handyman-waive")
    runner.play(
        [
            "Hi Rachel, it's Gareth Price from Price Handyman Services.",
            "I'm calling about the invoice for the shelves, which is still open.",
            "",
            "Oh, I'm sorry to hear that. What exactly is wrong with them?",
        ]
    )
    result = runner.session.finish()
    clarify = [c for c in result["checks"] if c["id"] == "clarify_objection"]
    assert clarify and clarify[0]["passed"], clarify


def test_the_better_move_of_a_call_without_a_result_is_the_scenarios_own() -> None:
    """V73 06: the clerk said he can name a date only once the invoice has the order number;
    the better move was "Können Sie die 6.240,00 € bis Freitag … überweisen?" — what the
    learner had asked and he had refused."""
    from tests.scenarios.test_customer_v36 import _played

    result = _played("de-behoerde-bestellnummer", "V73", "06_italienisch_behoerde.txt")
    outcome = next(c for c in result["checks"] if c["id"] == "outcome")
    assert not outcome["passed"]
    assert (
        "Bestellnummer" in outcome["better"] and "Zahlungslauf am 10. Dezember" in outcome["better"]
    )


def test_a_model_answer_with_an_unknown_placeholder_is_reported(write_yaml) -> None:
    from tests.core.minimal import MINIMAL
    from tests.core.test_scenario_loading import findings_for

    text = MINIMAL.replace(
        "variables: {mood: 3}", "model_answer: Bis {date.lauf}?\nvariables: {mood: 3}"
    )
    assert any("'{date.lauf}' names no fact" in m for m in findings_for(write_yaml, text))


def test_the_better_move_after_a_corrected_read_back_says_his_terms() -> None:
    """V73 p3: read back the 18th, corrected to the 11th, left standing; the better move was
    "Ich schicke Ihnen das gleich noch kurz per E-Mail zur Bestätigung." — the learner's own
    next line."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("de-stammkunde-urlaub", "V73", "p3_01_readback_differs.txt")
    better = [c["better"] for c in _failed(result)["confirm_in_writing"]]
    assert any("11.12.2026" in b and "Entschuldigung" in b for b in better), better


def test_a_down_payment_asked_where_the_rubric_does_not_score_it_is_shown() -> None:
    """V69 08r, V70 08, V71 07: the chippy scenario weighs down_payment 0; the learner's
    request vanished from the checks beside "Proposed a date for the rest"."""
    from tests.scenarios.test_customer_v36 import _played

    result = _played("en-chippy-instalments", "V69", "08r_bristol_chippy.txt")
    shown = [c for c in result["checks"] if c["id"] == "down_payment"]
    assert shown and shown[0]["passed"] and shown[0]["weight"] == 0
    assert "not scored in this scenario" in shown[0]["reason"]


def test_the_letter_that_says_he_had_promised_is_no_reproach() -> None:
    """V75 06: "Sie hatten zugesagt, die Rechnung bis zum 11.12.2026 zu bezahlen." (blame 0.87
    to the recogniser) failed no_accusation; "zugesichert" scored 100."""
    from tests.scenarios.test_customer_v36 import _played

    result = _played(
        "de-erstkunde-rechnung-verloren", "V75", "06_kroatisch_erstkunde.txt", "06_letter.txt"
    )
    assert not [c for c in result["checks"] if c["id"] == "no_accusation" and not c["passed"]]


def test_a_letter_that_blames_a_broken_promise_is_still_a_reproach() -> None:
    from trainer.scoring.letter import _reproach_in

    text = (
        "Sie hatten zugesagt, bis zum 1. Dezember zu zahlen, und haben es wieder nicht getan. "
        "Das ist ärgerlich."
    )
    assert _reproach_in(text, "de") is not None


@pytest.mark.parametrize(
    ("line", "blame"),
    [
        # V77 01: blame 0.89, the regular took offence, 100 → 50
        (
            "Ach, das macht doch nix, Urlaub muss auch mal sein. Können Sie die 2.380 Euro bis "
            "11. Dezember überweisen?",
            False,
        ),
        ("Ach, macht nix. Urlaub muss auch mal sein.", False),
        ("Macht nix, aber Sie hätten ja auch mal anrufen können.", True),
        ("Macht nix, dass Sie nix zahlen, gell, wir haben ja genug Geld.", True),
        ("Kein Problem, Sie zahlen ja sowieso nie pünktlich.", True),
    ],
)
def test_a_reassurance_is_no_reproach(line: str, blame: bool) -> None:
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    heard = apply_context(load_recogniser("de").recognise(line), Context(learner_turn=3))
    assert ("accusatory_opener" in heard.names) is blame, heard.names


@pytest.mark.parametrize(
    ("lang", "line", "blame"),
    [
        # V76 04 and its probe 2: no reading / blame 0.20, no_accusation passed
        (
            "de",
            "Tut mir leid, dass Sie das so sehen, aber mein Geselle arbeitet sauber, und Sie "
            "hätten das ja gleich sagen können.",
            True,
        ),
        ("de", "Mein Geselle arbeitet sauber, und Sie hätten das ja gleich sagen können.", True),
        # V74 p3: empathy 1.00, thanked, 100 gold
        (
            "de",
            "Tut mir leid, wenn unsere Rechnung in Ihrem Urlaubsstapel untergegangen ist, man "
            "muss halt vorher seine Post erledigen.",
            True,
        ),
        ("en", "Sorry about that — you should have told me sooner, though.", True),
        ("de", "Hätten Sie bis Freitag zahlen können?", False),
        ("en", "You should have received it by now, it went out on the 2nd.", False),
    ],
)
def test_what_he_should_have_done_is_blame(lang: str, line: str, blame: bool) -> None:
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    heard = apply_context(
        load_recogniser(lang).recognise(line), Context(learner_turn=3, objection_raised=True)
    )
    assert ("accusatory_opener" in heard.names) is blame, heard.names
    if blame:
        assert "empathise" not in heard.names


def test_the_down_payment_said_again_with_a_day_gets_that_day() -> None:
    """V76 06: "600 Euro Anzahlung diese Woche, Rest bis 22. Dezember", then "600 Euro bis
    freitag ist beste lösung": he agreed "600 sofort, die restlichen … bis zum 11.12." — the
    Friday became the rest's day."""
    lines = _script("V76", "06_vietnamesisch_werkstatt.txt")
    loaded = load_scenario(find_scenario("de-werkstatt-ueberraschung", SCENARIOS))
    from trainer.session.script import ScriptRunner

    runner = ScriptRunner.open(
        loaded,
        seed=1,
        today=dt.date(2026, 12, 7),
        recogniser=default_recogniser("de", loaded),
    )
    runner.play(lines)
    agreed = runner.session.call.agreed_terms
    assert str(agreed["now_date"]) == "2026-12-11", agreed
    assert str(agreed["rest_date"]) == "2026-12-22", agreed


def test_a_read_back_he_corrected_is_not_called_never_said_back() -> None:
    """V75 10: "so £640 by fri 11 dec, yeah?" — "No, not quite: £640.00 by 18 December" —
    "cheers, ta": the note said "never said it back"."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("en-florist-forgot", "V75", "10_brisbane_florist.txt")
    reasons = [c["reason"] for c in _failed(result)["pin_date"]]
    assert any("corrected it to 18 December" in r for r in reasons), reasons
    # left standing, it fails the call since the forty-fifth session
    assert result["critical"] == ["pin_date"]


def test_the_down_payments_day_said_again_is_no_day_for_the_rest() -> None:
    """V75 09: "£400 by Friday the 11th", then "the rest … asap", then "£400 Friday and the
    rest soon as you can": date_for_rest passed on the Friday."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("en-cash-problems-cafe", "V75", "09_louisiana_cafe.txt")
    assert "date_for_rest" in _failed(result)


@pytest.mark.parametrize(
    ("lang", "line", "rebuts"),
    [
        ("de", "Da hast du recht, das war nicht sauber, das ist unser Fehler.", False),  # V77 p3
        (
            "de",
            "Do host recht, des war ned sauber – mei Gsell war am letzten Tag z'schnell, des... "
            "also, des is unser Fehler.",
            False,
        ),  # V77 03
        ("de", "Sie haben recht, aber die Abnahme haben Sie am 3. März unterschrieben.", True),
    ],
)
def test_admitting_his_point_argues_nothing(lang: str, line: str, rebuts: bool) -> None:
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    heard = apply_context(
        load_recogniser(lang).recognise(line), Context(learner_turn=4, objection_raised=True)
    )
    assert ("rebut_unjustified_objection" in heard.names) is rebuts, heard.names


@pytest.mark.parametrize(
    ("lang", "line", "empathy", "blame"),
    [
        # V74 05 and 09: empathy, thanked by the customer
        (
            "de",
            "Es tut mir leid, wenn Sie die Zahlungsfrist nicht lesen konnten, sie steht "
            "eigentlich gut sichtbar auf der Rechnung.",
            False,
            True,
        ),
        ("de", "Das mit dem Wasser ist nicht unser Thema.", False, True),
        (
            "en",
            "Look, I hear you, but I'm not here to talk about the website, I'm here about the "
            "$2,400.",
            False,
            False,
        ),
        (
            "de",
            "Tut mir leid, dass Sie die Rechnung nicht finden konnten – ich schicke sie Ihnen "
            "gleich noch mal.",
            True,
            False,
        ),
        # V77 09: empathy 0.74
        ("en", "Well, I appreciate that, but an invoice is an invoice, ma'am.", False, False),
    ],
)
def test_a_brush_off_or_a_mock_apology_is_no_sympathy(
    lang: str, line: str, empathy: bool, blame: bool
) -> None:
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    heard = apply_context(
        load_recogniser(lang).recognise(line), Context(learner_turn=3, objection_raised=True)
    )
    assert ("empathise" in heard.names) is empathy, heard.names
    assert ("accusatory_opener" in heard.names) is blame, heard.names


def test_the_wrong_day_in_a_letter_is_the_one_named() -> None:
    """V75 p6: the letter's 11.12. is the agreed down payment's day; its 31.12. for the rest is
    the wrong one — the debrief named the 11.12."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("de-werkstatt-ueberraschung", "V75", "p6_05_wrongletter.txt", "p6_letter.txt")
    reasons = " ".join(c["reason"] for c in _failed(result)["confirm_in_writing"])
    assert "Im Schreiben steht 31.12.2026" in reasons, reasons
    assert "Im Schreiben steht 11.12.2026" not in reasons, reasons


def test_facts_said_as_a_reproach_are_heard_as_the_reproach_first() -> None:
    """V75 11: "I'm sorry you feel that way, but honestly, if you'd read what you signed off
    you'd know …" — a rebuttal 0.95 before the reproach 0.59."""
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    line = (
        "I'm sorry you feel that way, but honestly, if you'd read what you signed off you'd know "
        "the booking form was never in phase one."
    )
    heard = apply_context(
        load_recogniser("en").recognise(line), Context(learner_turn=4, objection_raised=True)
    )
    assert heard.names[0] == "accusatory_opener", heard.names


def test_a_rebuttal_behind_i_understand_gets_no_thanks() -> None:
    """V76 11: "I understand. The booking form is part of phase two, which you postponed …"
    was answered "Thanks, I appreciate that." before the customer's concession."""
    lines = _script("V76", "11_zimbabwe_webstudio.txt")
    runner = _runner("en-web-studio-unjustified")
    runner.play(lines)
    turns = runner.session.call.turns
    at = next(i for i, t in enumerate(turns) if t.text.startswith("I understand. The booking"))
    reply = next(t.text for t in turns[at + 1 :] if t.speaker == "customer")
    assert not reply.startswith("Thanks, I appreciate that"), reply


def test_the_authoritys_call_gives_one_better_move() -> None:
    """V77 05: pin_date's better move was "Können Sie … bis Freitag … überweisen?", the
    outcome's the scenario's own line."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("de-behoerde-bestellnummer", "V77", "05_stgallen_behoerde.txt")
    failed = _failed(result)
    betters = {c["better"] for k in ("pin_date", "outcome") for c in failed.get(k, [])}
    assert len(betters) == 1 and "Bestellnummer" in next(iter(betters)), betters


def test_an_opener_with_a_threat_is_named_as_such() -> None:
    """V77 04: "… offene Rechnung …, bevor wir das an die SCHUFA melden müssen" was "weder
    die offene Rechnung noch eine Lösung"."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("de-hausverwaltung-rechtsweg", "V77", "04_burgenland_hausverwaltung.txt")
    reasons = [c["reason"] for c in _failed(result)["strategy"]]
    assert any("Drohung" in r for r in reasons), reasons


def test_a_down_payment_then_a_month_range_is_heard_as_said() -> None:
    """V75 07r: "£260 by Friday 11 December, then £500 a month on the 15th, January to May.
    That's the full £2,760." got "2 times £500.00 — and the £760.00 up front?"."""
    from trainer.simulation.terms import read_offer

    line = (
        "So let's make it smaller: £260 by Friday 11 December, then £500 a month on the 15th, "
        "January to May. That's the full £2,760."
    )
    recognition = load_recogniser("en").recognise(line)
    offer = read_offer(
        recognition, "en", {"now": 760.0}, dt.date(2026, 12, 7), 2760.0, dispute=False
    )
    terms = offer.terms
    assert terms["now"] == 260.0 and str(terms["now_date"]) == "2026-12-11", terms
    assert terms["count"] == 5 and terms["each"] == 500.0, terms
    assert str(terms["dates"][0]) == "2027-01-15", terms


@pytest.mark.parametrize(
    ("line", "down"),
    [
        ("could you pay it asap?", False),  # V77 p5: a down payment 0.91
        # ("Could you pay the 640 by Friday?": since the fifty-fifth session a bare figure
        # before its day is a sum, so only the call, which knows the invoice, can tell it is
        # all of it — test_customer_v55.test_the_whole_bare_sum_by_a_day_is_no_down_payment)
        ("I understand things are tight, how much can you manage today?", True),
        ("Could you manage a small payment today just to get things moving?", True),
        ("Could you do £300 by Friday and the rest next month?", True),
    ],
)
def test_a_request_for_all_of_it_is_no_down_payment(line: str, down: bool) -> None:
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    heard = apply_context(load_recogniser("en").recognise(line), Context(learner_turn=4))
    assert ("request_down_payment" in heard.names) is down, heard.names


def test_a_call_to_pay_with_a_faint_reproach_reading_is_answered() -> None:
    """V74 11: "So kindly pay it asap." (blame 0.30) got "I'm not sure I follow."."""
    lines = _script("V74", "11_ghana_logistics.txt")
    line = next(ln for ln in lines if ln.startswith("So kindly pay"))
    runner = _runner("en-logistics-approval")
    runner.play(lines[: lines.index(line) + 1])
    turns = runner.session.call.turns
    at = max(i for i, t in enumerate(turns) if t.text == line)
    reply = next(t.text for t in turns[at + 1 :] if t.speaker == "customer")
    assert "not sure I follow" not in reply, reply


def test_the_day_the_invoice_is_sent_is_no_payment_day() -> None:
    """V79 06: "ich schicke Ihnen heute noch die Rechnung mit die … Bestellnummer" made today
    the payment day (98 gold), and a later "Wann ist die nächste Zahlungslauf?" was
    "corrected"."""
    lines = _script("V79", "06_portugiesisch_behoerde.txt")
    runner = _runner("de-behoerde-bestellnummer")
    runner.play(lines)
    call = runner.session.call
    assert str((call.agreed_terms or {}).get("date")) == "2026-12-10", call.agreed_terms
    said = " ".join(t.text for t in call.turns if t.speaker == "customer")
    assert "Nein, nicht ganz" not in said, said


def test_a_corrected_read_back_without_a_confirmation_is_named() -> None:
    """V80 06: "zahlungslauf am 17. dezember" — "Nein, nicht ganz: … bis zum 10.12.2026." —
    goodbye: 93 silver with no word about it. Named since the thirty-seventh session (failing
    such calls was measured on the older audits and not adopted); since the forty-first it
    costs half of pin_date (V114 05: "free"); since the forty-fifth it fails the call (this
    call's auditor had failed it: 69)."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("de-behoerde-bestellnummer", "V80", "06_romanian_behoerde.txt")
    (pin,) = _failed(result)["pin_date"]
    assert "zurückgelesen" in pin["reason"] and pin["weight"] > 0, pin
    assert result["passed"] is False and result["critical"] == ["pin_date"]


def test_the_legal_route_after_the_customer_came_round_is_premature() -> None:
    """V80 11: "We're done here", then the re-check offered, "… Fine. Fix them properly and
    I'll pay. When?", then "If not, I will have no choice but to take this to the small claims
    court." — "no premature threat"."""
    from tests.scenarios.test_customer_v36 import _failed, _played

    result = _played("en-handyman-waive", "V80", "11_kenyan_handyman.txt")
    assert "no_premature_threat" in _failed(result)


@pytest.mark.parametrize(
    ("lang", "line", "blame"),
    [
        # V83 06: a reproach 0.95, the customer refused everything after it (45)
        (
            "de",
            "Ich verstehe Sie, Herr Becker. Ich muss ehrlich gesagt auch meine Mitarbeiter "
            "bezahlen.",
            False,
        ),
        ("en", "I understand, but I've got bills to pay too.", False),
        ("de", "Sie zahlen nie pünktlich, und ich muss auch meine Leute bezahlen.", True),
        ("en", "Typical, you never pay on time, and I've got staff to pay too.", True),
    ],
)
def test_the_callers_own_need_is_no_blame(lang: str, line: str, blame: bool) -> None:
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    heard = apply_context(load_recogniser(lang).recognise(line), Context(learner_turn=4))
    assert ("accusatory_opener" in heard.names) is blame, heard.names


def test_a_figure_put_right_with_actually_lets_make_it_is_the_one_agreed() -> None:
    """V83 09: "you pay $400 – sorry, £400 – now as a first payment... actually, let's make it
    £300 by this Friday" kept the £400, and the right £300 letter failed as critical (69)."""
    from tests.scenarios.test_customer_v36 import _played

    result = _played("en-cash-problems-cafe", "V83", "09_seattle_cafe.txt", "09_letter.txt")
    assert result["passed"] is True, result["critical"]
    assert float(result["agreed_terms"]["now"]) == 300.0


@pytest.mark.parametrize(
    ("line", "blame"),
    [
        # V82 p3: the neutral opener 1.00, "a factual opening without blame"
        (
            "Sir, this call is regarding your outstanding invoice GEC-5521 of £3,850 which is "
            "overdue since 27 days, why have you not paid it till now?",
            True,
        ),
        ("Why hasn't it been settled, is it waiting on a signature?", False),
    ],
)
def test_the_forbidden_why_is_blame_however_it_is_read(line: str, blame: bool) -> None:
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context

    heard = apply_context(load_recogniser("en").recognise(line), Context(learner_turn=1))
    assert ("accusatory_opener" in heard.names) is blame, heard.names
