"""Messages a trainer gets for ordinary mistakes (authoring audit T1, thirteenth session)."""

from __future__ import annotations

from tests.core.minimal import MINIMAL
from tests.core.test_scenario_loading import findings_for


def test_an_umlaut_in_the_id_asks_for_hyphens_and_says_how_to_write_it(write_yaml):
    msgs = findings_for(write_yaml, MINIMAL.replace("id: mini", "id: de-kaffeerösterei", 1))
    assert any("hyphens" in m and "ö as oe" in m for m in msgs), msgs


def test_a_state_name_still_asks_for_underscores(write_yaml):
    msgs = findings_for(write_yaml, MINIMAL.replace("  stutzt:\n", "  Stutzt:\n", 1))
    assert any("underscores" in m for m in msgs), msgs


def test_a_missing_key_says_whose(write_yaml):
    text = MINIMAL.replace("customer: {name: Jürgen Müller, ", "customer: {", 1)
    msgs = findings_for(write_yaml, text)
    assert any("missing required key 'name' under 'customer'" in m for m in msgs), msgs


def test_a_misspelt_key_gets_the_close_one(write_yaml):
    text = MINIMAL.replace('  stutzt:\n    say: ["Die', '  stutzt:\n    sai: ["Die', 1)
    msgs = findings_for(write_yaml, text)
    assert any("unknown key 'sai'" in m and "did you mean 'say'" in m for m in msgs), msgs


def test_text_with_a_colon_is_told_to_be_quoted(write_yaml):
    text = MINIMAL.replace(
        'say: ["Tut mir leid, ich war im Urlaub."]',
        "say:\n      - Ganz ehrlich: ich war im Urlaub.",
        1,
    )
    msgs = findings_for(write_yaml, text)
    assert any("unknown key 'Ganz ehrlich'" in m and "quotes" in m for m in msgs), msgs


def test_yaml_syntax_errors_are_said_in_plain_words(write_yaml):
    indented = MINIMAL.replace(
        "    on:\n      pause: entschuldigt", "    on:\n     pause: entschuldigt", 1
    )
    unclosed = MINIMAL.replace(
        'say: ["Die {invoice.number}? Oh."]', 'say: ["Die {invoice.number}? Oh."', 1
    )
    for text, said in ((indented, "indentation"), (unclosed, "not closed")):
        msgs = findings_for(write_yaml, text)
        assert any(said in m for m in msgs), msgs
        assert not any("while parsing" in m or "expected" in m for m in msgs), msgs


def test_a_german_number_is_told_how_to_write_it(write_yaml):
    msgs = findings_for(write_yaml, MINIMAL.replace("amount: 2380.00", 'amount: "2.380,00"', 1))
    assert any("'2.380,00' is not a number" in m and "2840.00" in m for m in msgs), msgs


def test_trainer_new_says_how_to_write_an_umlaut_in_the_id(capsys):
    import argparse

    from trainer.cli import new as new_cmd

    args = argparse.Namespace(
        persona="apologises", type="regular", lang="de", id="de-kaffeerösterei", title=None,
        output=None, force=False, scenarios=None,
    )  # fmt: skip
    assert new_cmd.run(args) == 2
    assert "ö as oe" in capsys.readouterr().err
