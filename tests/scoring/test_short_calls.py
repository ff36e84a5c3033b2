"""The debrief after a short call (third outside audit, D4/D5): a check the call never
exercised is not applicable, never passed or failed (GUIDE §6, no free points), and a
hang-up the learner provoked is named as such, with the line and the better opening."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import ROOT, by_id, ids, play
from trainer.scenario import load_scenario
from trainer.scenario.model import Scenario
from trainer.scoring import score_call

FIONA = "Dave, it's Fiona from Walsh Plumbing."
BLAME = "Why haven't you paid the boiler invoice?"
JAB = "Come on, you've had it for weeks. Twenty years in business and you can't pay a bill?"
OPENER = "I'm calling about the invoice for the new boiler, which is still open."


@pytest.fixture(scope="module")
def chippy() -> Scenario:
    """The chippy with the down payment weighted as for any cash-problems customer (his own
    rubric drops it: he has nothing up front), so these tests see the check at work."""
    s = load_scenario(ROOT / "scenarios" / "en" / "chippy-instalments.yaml").scenario
    weights = {k: v for k, v in s.rubric.checks.items() if k != "down_payment"}
    return s.model_copy(update={"rubric": s.rubric.model_copy(update={"checks": weights})})


@pytest.fixture(scope="module")
def florist() -> Scenario:
    return load_scenario(ROOT / "scenarios" / "en" / "florist-forgot.yaml").scenario


def blame_and_jab() -> list[tuple[str, list[str]]]:
    """The audit's call 08: a reproach in the opener, a jab, and he hangs up."""
    return [(f"{FIONA} {BLAME}", ["greeting_identify", "accusatory_opener"]),
            (JAB, ["accusatory_opener"])]  # fmt: skip


def test_the_customer_states_his_position_in_states_the_scenario_gives_him(chippy):
    """Read off the structure: where he admits, digs in or is wary — not while he picks up,
    hesitates before the pause, or answers blame."""
    from trainer.scoring.view import position_states

    states = position_states(chippy)
    assert {"admits", "digs_in", "wary", "opens_up", "up_front_no"} <= states
    assert not states & {"answers", "answers_again", "greeted", "hesitates", "angry"}
    assert not states & {"plan_agreed", "hangs_up", "no_result"}


def test_cash_checks_are_not_applicable_when_he_never_got_to_plead_lack_of_money(chippy):
    call = play(chippy, blame_and_jab())
    assert call.outcome == "hang_up"
    result = score_call(call)
    assert not {"down_payment", "date_for_rest", "no_premature_threat"} & set(ids(result))
    # A reproach is judged wherever it comes.
    assert by_id(result, "no_accusation").passed is False


def test_cash_checks_count_once_he_said_he_is_short_of_cash(chippy):
    call = play(
        chippy,
        [(FIONA, ["greeting_identify"]), (OPENER, ["neutral_opener_open_invoice"]), "",
         ("Alright then, bye.", ["close_politely"])],
    )  # fmt: skip
    result = score_call(call)
    assert by_id(result, "down_payment").passed is False
    assert by_id(result, "date_for_rest").passed is False
    assert by_id(result, "no_premature_threat").passed is True


def test_a_down_payment_asked_for_before_he_explained_is_still_judged(chippy):
    ask = ("Could you pay £500 now as a first payment?", ["request_down_payment"], {"amount": 500})
    call = play(chippy, [ask, *blame_and_jab()])
    result = score_call(call)
    assert by_id(result, "down_payment").passed is True


def test_a_threat_fails_no_premature_threat_however_short_the_call(chippy):
    threat = "If it's not paid by Friday I'll hand it to a debt collector."
    call = play(chippy, [(f"{FIONA} {threat}", ["greeting_identify", "threaten_legal"])])
    assert by_id(score_call(call), "no_premature_threat").passed is False


def test_pin_date_is_not_applicable_when_she_never_got_to_apologise(florist):
    call = play(
        florist,
        [("Priya, why haven't you paid my invoice yet?", ["accusatory_opener"]),
         ("Typical. You always pay late.", ["accusatory_opener"])],
    )  # fmt: skip
    assert call.outcome == "hang_up"
    result = score_call(call)
    assert "pin_date" not in ids(result) and "no_premature_threat" not in ids(result)


def test_letting_the_date_go_in_so_many_words_fails_pin_date_even_so(florist):
    """'Just pay it whenever you can' is the vague promise pin_date is about, even read as
    a goodbye and even before she apologised (the trainer's regression calls)."""
    vague = "Just pay it whenever you can. Bye."
    call = play(
        florist,
        [("Priya, why haven't you paid my invoice yet?", ["accusatory_opener"]),
         (vague, ["close_politely"])],
    )  # fmt: skip
    check = by_id(score_call(call), "pin_date")
    assert check.passed is False and vague in check.evidence


@pytest.mark.parametrize(
    ("lines", "reason", "quoted"),
    [
        (None, "The customer hung up after your reproach", JAB),
        (
            [(f"{FIONA} {BLAME}", ["greeting_identify", "accusatory_opener"]),
             ("Pay by Friday or I'm taking you to court.", ["threaten_legal"])],
            "The customer hung up after your threat",
            "Pay by Friday or I'm taking you to court.",
        ),
    ],
)  # fmt: skip
def test_the_outcome_says_the_customer_hung_up_after_the_learners_line(
    chippy, lines, reason, quoted
):
    call = play(chippy, lines or blame_and_jab())
    assert call.outcome == "hang_up"
    check = by_id(score_call(call), "outcome")
    learner = [t for t in call.turns if t.speaker == "learner"]
    assert check.passed is False and check.critical
    assert check.reason.startswith(reason)
    assert quoted in check.evidence and check.turn == learner[-1].index
    # The better move is the opening that keeps him talking (GUIDE §2), not a result.
    assert "Too few moves" not in check.reason
    if "reproach" in reason:
        assert "WPH-3310" in check.better and "silent" in check.better


def test_the_german_outcome_names_the_reproach_too(de):
    hello = "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik."
    first = f"{hello} Warum haben Sie immer noch nicht bezahlt?"
    second = "Das ist ja wohl eine Frechheit, wie lange sollen wir noch warten?"
    call = play(
        de,
        [(first, ["greeting_identify", "accusatory_opener"]), (second, ["accusatory_opener"])],
    )
    assert call.outcome == "hang_up"
    check = by_id(score_call(call), "outcome")
    assert check.reason.startswith("Der Kunde hat nach Ihrem Vorwurf aufgelegt")
    assert second in check.evidence
    assert "pin_date" not in ids(score_call(call))


def test_a_hang_up_after_silence_is_not_blamed_on_an_earlier_reproach(chippy):
    """Only the line he hung up on is named: after a pause it is the silence, not the
    reproach before it."""
    call = play(
        chippy, [(f"{FIONA} {BLAME}", ["greeting_identify", "accusatory_opener"])] + [""] * 6
    )
    check = by_id(score_call(call), "outcome")
    assert "after your reproach" not in (check.reason or "")
