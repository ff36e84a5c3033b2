"""A trainer looks the move and check names up in scenarios/README.md and gets them offered
by the schema (an authoring audit: "there is nowhere to look up intent names", and the
validator pointed to a GUIDE.md that is not in the repository)."""

from __future__ import annotations

import json
from pathlib import Path

from trainer.guide import ACCEPT, CHECK_IDS, INTENTS, PAUSE

ROOT = Path(__file__).resolve().parents[2]


def test_every_move_and_check_is_listed_for_trainers():
    readme = (ROOT / "scenarios" / "README.md").read_text(encoding="utf-8")
    for name in (*INTENTS, PAUSE, ACCEPT, *CHECK_IDS):
        assert f"`{name}`" in readme, name


def test_the_schema_offers_the_move_names_under_on_and_anywhere():
    schema = json.loads((ROOT / "scenarios" / "scenario.schema.json").read_text(encoding="utf-8"))
    state_on = schema["$defs"]["State"]["properties"]["on"]["propertyNames"]["anyOf"][0]["enum"]
    anywhere = schema["properties"]["anywhere"]["propertyNames"]["anyOf"][0]["enum"]
    assert set(state_on) == set(anywhere) == {*INTENTS, PAUSE, ACCEPT}


def test_an_unknown_intent_points_to_the_list(write_yaml):
    from tests.core.minimal import MINIMAL
    from tests.core.test_scenario_loading import findings_for

    msgs = findings_for(write_yaml, MINIMAL.replace("offer_solution: zusage", "zzz_move: zusage"))
    assert any("unknown intent 'zzz_move'" in m and "scenarios/README.md" in m for m in msgs), msgs


def test_a_misspelt_state_name_is_named_as_the_likely_typo(write_yaml):
    """Every transition points to 'gekraenkt', the state is defined as 'gekrankt': the hint
    says to rename the state, not to copy its typo into every transition."""
    from tests.core.minimal import MINIMAL
    from tests.core.test_scenario_loading import findings_for

    msgs = findings_for(write_yaml, MINIMAL.replace("  gekraenkt:\n", "  gekrankt:\n", 1))
    assert any(
        "unknown state 'gekraenkt'" in m and "rename state 'gekrankt' to 'gekraenkt'" in m
        for m in msgs
    ), msgs
