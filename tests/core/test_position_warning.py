"""`trainer validate` warns a trainer when a customer who apologises or is short of cash
never states his position in a way the scorer can see (`scoring.view.position_states`):
the checks about terms (pin_date, down_payment, date_for_rest) would then apply only to a
learner who names terms before letting him talk — the right call would never be judged."""

from __future__ import annotations

import json

import pytest

from tests.core.minimal import MINIMAL
from tests.helpers import SCENARIOS, run_trainer
from trainer.authoring.scorable import scoring_findings
from trainer.scenario import load_scenario

#: MINIMAL's apology state answers a payment date; here it only takes sympathy, so no
#: state counts as the customer having stated his position.
APOLOGY_ON = """    on:
      fix_payment_date:
        - {to: zusage, when: learner.date}
        - {to: entschuldigt, say: ["Bis wann denn?"]}
"""
NO_POSITION = MINIMAL.replace(APOLOGY_ON, "    on:\n      empathise: zusage\n")


def _persona(text: str, persona: str) -> str:
    return text.replace("persona: apologises", f"persona: {persona}")


def test_the_small_bad_scenario_really_lacks_the_terms_move():
    assert APOLOGY_ON in MINIMAL and "fix_payment_date" not in NO_POSITION


@pytest.mark.parametrize("persona", ["apologises", "cash_problems", "[disputes, apologises]"])
def test_no_position_state_is_a_warning_at_the_persona(write_yaml, persona):
    text = _persona(NO_POSITION, persona)
    path = write_yaml(text)
    (finding,) = scoring_findings(load_scenario(path))
    line = text[: text.index("persona:")].count("\n") + 1
    column = text.splitlines()[line - 1].index("persona:") + 1 + len("persona: ")
    assert (finding.file, finding.line, finding.column) == (str(path), line, column)
    assert finding.severity == "warning" and finding.code == "no-position-state"
    assert "pin_date, down_payment and date_for_rest" in finding.message
    assert "fix_payment_date" in finding.hint  # what to write instead


def test_validate_prints_it_like_the_other_warnings_and_fails_on_it_when_asked(write_yaml):
    path = write_yaml(NO_POSITION)
    result = run_trainer("validate", str(path))
    out = result.stdout.decode()
    assert result.returncode == 0, out
    line = NO_POSITION[: NO_POSITION.index("persona:")].count("\n") + 1
    assert f"{path}:{line}:" in out and ": warning: persona 'apologises' but no state" in out
    assert "0 errors, 1 warning" in out
    assert run_trainer("validate", str(path), "--fail-on-warnings").returncode == 1
    report = json.loads(run_trainer("validate", str(path), "--format", "json").stdout)
    assert [f["code"] for f in report["findings"]] == ["no-position-state"]


@pytest.mark.parametrize(
    "text",
    [MINIMAL, _persona(MINIMAL, "cash_problems"), _persona(NO_POSITION, "disputes")],
    ids=["apology-answers-a-date", "cash-answers-a-date", "disputes-needs-no-position"],
)
def test_no_warning_where_the_position_is_visible_or_not_needed(write_yaml, text):
    assert scoring_findings(load_scenario(write_yaml(text))) == []


def test_the_shipped_scenarios_stay_warning_free():
    result = run_trainer("validate", str(SCENARIOS), "--fail-on-warnings")
    assert result.returncode == 0, result.stdout.decode()
