"""Trainers get one clear file:line:column message for each kind of mistake."""

from __future__ import annotations

import json
import re

import pytest

from tests.core.minimal import MINIMAL
from tests.helpers import SCENARIOS, run_trainer
from trainer.scenario import ScenarioError, check_scenario, load_scenario


def line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of needle: tests stay right when MINIMAL grows."""
    return text[: text.index(needle)].count("\n") + 1


def findings_for(write_yaml, text: str) -> list[str]:
    path = write_yaml(text)
    try:
        loaded = load_scenario(path)
    except ScenarioError as exc:
        return [str(f) for f in exc.findings]
    return [str(f) for f in check_scenario(loaded)]


def test_minimal_scenario_is_clean(write_yaml):
    assert findings_for(write_yaml, MINIMAL) == []


def test_yaml_syntax_error_names_line_and_column(write_yaml):
    text = MINIMAL.replace("title: Mini", "title: [Mini")
    (msg,) = findings_for(write_yaml, text)
    path = write_yaml(text)
    # file:line:column of the broken flow list (PyYAML notices it on line 2 or 3), then
    # one sentence; the "or" of the old assertion let any message with a colon pass.
    assert re.fullmatch(rf"{re.escape(str(path))}:[23]:\d+: error: [^\n]+", msg), msg
    assert "Traceback" not in msg


def test_python_tag_is_refused_and_never_run(write_yaml, tmp_path):
    marker = tmp_path / "pwned"
    text = MINIMAL.replace(
        "title: Mini", f"title: !!python/object/apply:os.system ['touch {marker}']"
    )
    (msg,) = findings_for(write_yaml, text)
    assert ":2:8: error: tag not allowed" in msg
    assert not marker.exists()


def test_wrong_type_is_reported_at_the_value(write_yaml):
    text = MINIMAL.replace("amount: 2380.00", "amount: viel")
    (msg,) = findings_for(write_yaml, text)
    assert f":{line_of(text, 'viel')}:" in msg and "invoice.amount" in msg


def test_unknown_key_suggests_the_close_one(write_yaml):
    text = MINIMAL.replace("briefing:", "breifing:")
    msgs = findings_for(write_yaml, text)
    assert any("unknown key 'breifing'" in m and "did you mean 'briefing'" in m for m in msgs)
    assert any("missing required key 'briefing'" in m for m in msgs)


def test_unknown_state_suggests_the_close_one(write_yaml):
    text = MINIMAL.replace(
        "neutral_opener_open_invoice: stutzt", "neutral_opener_open_invoice: stuzt"
    )
    msgs = findings_for(write_yaml, text)
    where = f":{line_of(text, 'stuzt')}:36: error: unknown state 'stuzt'"
    assert any(where in m and "did you mean 'stutzt'" in m for m in msgs), msgs


def test_unknown_intent_is_an_error_with_hint(write_yaml):
    text = MINIMAL.replace("offer_solution: zusage", "offer_solutions: zusage")
    msgs = findings_for(write_yaml, text)
    where = f":{line_of(text, 'offer_solutions')}:7: error: unknown intent 'offer_solutions'"
    assert any(where in m and "offer_solution" in m for m in msgs), msgs


def test_unknown_variable_in_condition(write_yaml):
    text = MINIMAL.replace("when: mood <= 1", "when: mod <= 1")
    msgs = findings_for(write_yaml, text)
    assert any("unknown variable 'mod'" in m and "did you mean 'mood'" in m for m in msgs), msgs


def test_bad_expression_is_reported_not_run(write_yaml):
    text = MINIMAL.replace("do: mood += 1", "do: __import__('os').system('true')")
    msgs = findings_for(write_yaml, text)
    assert any("an effect must be an assignment" in m for m in msgs), msgs


def test_unreachable_state_is_a_warning(write_yaml):
    text = MINIMAL + "  vergessen:\n    say: [x]\n    end: no_agreement\n"
    msgs = findings_for(write_yaml, text)
    assert any("warning: state 'vergessen' can never be reached" in m for m in msgs), msgs


def test_state_without_way_out_is_an_error(write_yaml):
    text = MINIMAL.replace(
        "  zusage:\n    say", "  sackgasse:\n    say: [Hm.]\n  zusage:\n    say"
    ).replace("offer_solution: zusage", "offer_solution: sackgasse")
    msgs = findings_for(write_yaml, text)
    assert any("state 'sackgasse' is a dead end" in m for m in msgs), msgs


def test_state_that_cannot_reach_an_end(write_yaml):
    text = MINIMAL.replace(
        "  zusage:\n    say",
        "  kreis_a:\n    say: [a]\n    on: {pause: kreis_b}\n"
        "  kreis_b:\n    say: [b]\n    on: {pause: kreis_a}\n  zusage:\n    say",
    ).replace("offer_solution: zusage", "offer_solution: kreis_a")
    text = text.replace("give_up: legt_auf\n", "")
    msgs = findings_for(write_yaml, text)
    assert any("no way from state 'kreis_a' to any end state" in m for m in msgs), msgs


def test_duplicate_line_ids(write_yaml):
    text = MINIMAL.replace('{id: b, text: "Müller am Apparat?"}', '{id: a, text: "Müller?"}')
    msgs = findings_for(write_yaml, text)
    assert any("duplicate line id 'a'" in m for m in msgs), msgs


def test_placeholder_that_names_no_fact(write_yaml):
    text = MINIMAL.replace("{invoice.number}? Oh.", "{invoice.nummer}? Oh.")
    msgs = findings_for(write_yaml, text)
    assert any(
        "placeholder '{invoice.nummer}' names no fact" in m and "invoice.number" in m for m in msgs
    ), msgs


def test_duplicate_yaml_key_is_not_silently_dropped(write_yaml):
    text = MINIMAL.replace("title: Mini\n", "title: Mini\ntitle: Maxi\n")
    (msg,) = findings_for(write_yaml, text)
    assert ":3:1: error: duplicate key 'title'" in msg


def test_yaml_11_words_stay_words(write_yaml):
    """`on:` is a key and a customer line 'No' is text, not a boolean."""
    text = MINIMAL.replace('"Tschüss."', "No")
    loaded = load_scenario(write_yaml(text))
    assert loaded.scenario.states["legt_auf"].say[0].text == "No"
    assert "accusatory_opener" in loaded.scenario.states["meldet_sich"].on


def test_shared_block_fills_in_states_and_keeps_its_own_file_in_messages(write_yaml):
    write_yaml(
        "states:\n  legt_auf:\n    say: ['{invoice.nummer}']\n    end: hang_up\n",
        "_blocks/common.yaml",
    )
    text = MINIMAL.replace("give_up: legt_auf\n", "give_up: legt_auf\nuse: [_blocks/common.yaml]\n")
    text = text[: text.index("  legt_auf:")]
    msgs = findings_for(write_yaml, text)
    assert any("_blocks/common.yaml:3:" in m and "invoice.nummer" in m for m in msgs), msgs


def test_not_a_mapping(write_yaml):
    (msg,) = findings_for(write_yaml, "- just\n- a list\n")
    assert "a scenario must be a mapping" in msg


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Müller\n".encode("latin-1"))
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert "not UTF-8" in str(info.value)


def test_shipped_scenarios_validate():
    result = run_trainer("validate", str(SCENARIOS), "--format", "json")
    report = json.loads(result.stdout)
    assert result.returncode == 0, report["findings"]
    assert report["errors"] == 0


def test_validate_exit_codes_and_messages(write_yaml):
    bad = write_yaml(
        MINIMAL.replace("neutral_opener_open_invoice: stutzt", "neutral_opener_open_invoice: stuzt")
    )
    result = run_trainer("validate", str(bad))
    assert result.returncode == 1
    assert b"unknown state 'stuzt'" in result.stdout
    assert b"Traceback" not in result.stderr
    missing = run_trainer("validate", str(bad.parent / "nope.yaml"))
    assert missing.returncode == 2 and b"no such file" in missing.stderr


def test_fail_on_warnings(write_yaml):
    path = write_yaml(MINIMAL + "  vergessen:\n    say: [x]\n    end: no_agreement\n")
    assert run_trainer("validate", str(path)).returncode == 0
    assert run_trainer("validate", str(path), "--fail-on-warnings").returncode == 1


def test_play_on_broken_scenario_is_one_message_and_exit_2(write_yaml, tmp_path):
    path = write_yaml(MINIMAL.replace("title: Mini", "title: !!python/name:os.system"))
    result = run_trainer(
        "--transcripts", str(tmp_path / "t"), "play", str(path), "--script", "-", input=""
    )
    assert result.returncode == 2
    assert b"tag not allowed" in result.stderr
    assert b"Traceback" not in result.stderr


def test_schema_comes_from_the_models_and_is_committed():
    result = run_trainer("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert "states" in schema["properties"]
    committed = json.loads((SCENARIOS / "scenario.schema.json").read_text(encoding="utf-8"))
    assert committed == schema, "run: trainer schema -o scenarios/scenario.schema.json"


def test_tab_indentation_gets_a_hint(write_yaml):
    (msg,) = findings_for(write_yaml, MINIMAL.replace("  meldet_sich:", "\tmeldet_sich:"))
    assert "indent with spaces, not tabs" in msg


def test_fast_yaml_reading_gives_what_safe_load_gives():
    """The loader takes text scalars straight from libyaml's nodes and resolves tags itself
    (speed, see benchmarks/README.md): the data must stay what PyYAML's safe loader builds,
    except YAML 1.1 booleans, which stay words, and keys, which become text."""
    import datetime as dt

    import yaml

    from trainer.scenario.yamlsource import parse_yaml

    text = (
        "base: &b {x: 1, y: 'two'}\n"
        "merged: {<<: *b, z: 3}\n"
        "words: [on, yes, No, off, '', 'quoted: 1', \"007\", !!str 12]\n"
        "flags: [true, False, TRUE]\n"
        "numbers: [1, -2, 0x10, 1.5, .inf, 1e3, '1.5']\n"
        "nothing: [~, null, ]\n"
        "day: 2026-11-26\n"
        "block: |\n  two\n  lines\n"
        "1: numeric key\n"
    )
    data, loc = parse_yaml(text, "x.yaml")
    expected = {str(k): v for k, v in yaml.safe_load(text).items()}
    assert expected["words"][:4] == [True, True, False, False]  # YAML 1.1 ...
    expected["words"][:4] = ["on", "yes", "No", "off"]  # ... is not what trainers mean
    assert data == expected
    assert data["merged"] == {"x": 1, "y": "two", "z": 3}
    assert data["day"] == dt.date(2026, 11, 26)
    assert data["words"][7] == "12" and data["numbers"][2] == 16
    assert loc.at(("words", 5)) == (3, 31)
    assert loc.at(("1",), key=True) == (11, 1)


def test_two_replies_to_one_trigger_get_a_hint_to_name_them(write_yaml):
    """Replies of two alternatives of one trigger are both '<state>.<trigger>.1': the message
    says how to fix it, not only that ids must be unique (tenth session, seen writing the café)."""
    text = MINIMAL.replace(
        "offer_solution: zusage",
        'offer_solution: [{to: zusage, when: "false", say: ["Erst."]},'
        ' {to: zusage, say: ["Dann."]}]',
    )
    msgs = findings_for(write_yaml, text)
    assert any("duplicate line id" in m and "`id:` of its own" in m for m in msgs), msgs
