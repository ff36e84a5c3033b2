"""`anywhere:`: transitions written once for every state, with an explicit priority."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.minimal import MINIMAL
from tests.helpers import SCENARIOS, KeywordRecogniser
from trainer.scenario import ScenarioError, check_scenario, load_scenario
from trainer.scenario.graph import render
from trainer.simulation import Call
from trainer.understanding.types import Context, IntentHit, Recognition

#: MINIMAL with the blame reaction written once instead of in each state.
GLOBAL = MINIMAL.replace("      accusatory_opener: {to: gekraenkt, do: mood -= 2}\n", "").replace(
    "states:\n",
    "anywhere:\n  accusatory_opener: {to: gekraenkt, do: mood -= 2}\nstates:\n",
)
WORDS = {
    "vorwurf": "accusatory_opener",
    "rechnung": "neutral_opener_open_invoice",
    "termin": "fix_payment_date",
    "tschüss": "close_politely",
    "verstehe": "empathise",
}


def load(write_yaml, text: str):
    return load_scenario(write_yaml(text))


def call_in(write_yaml, text: str, recogniser=None) -> Call:
    call = Call(load(write_yaml, text).scenario, recogniser or KeywordRecogniser(WORDS))
    call.start()
    return call


def findings(write_yaml, text: str) -> list[str]:
    return [str(f) for f in check_scenario(load(write_yaml, text))]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_global_transition_applies_in_a_state_without_its_own(write_yaml):
    assert "accusatory_opener" not in load(write_yaml, GLOBAL).scenario.states["stutzt"].on
    call = call_in(write_yaml, GLOBAL)
    call.say("Wegen der Rechnung.")
    assert call.state == "stutzt"
    call.say("Ein Vorwurf!")
    assert call.state == "gekraenkt"
    assert call.variables["mood"] == 1
    # also where the state never listed it before: entschuldigt
    call = call_in(write_yaml, GLOBAL)
    call.say("Wegen der Rechnung.")
    call.say("")
    assert call.state == "entschuldigt"
    call.say("Vorwurf")
    assert call.state == "gekraenkt"


def test_a_state_that_lists_the_intent_itself_handles_it_alone(write_yaml):
    # gekraenkt escalates on a second blame (legt_auf at mood <= 1), not the global loop
    call = call_in(write_yaml, GLOBAL)
    call.say("Vorwurf")
    assert (call.state, call.variables["mood"]) == ("gekraenkt", 1)
    call.say("Noch ein Vorwurf")
    assert call.state == "legt_auf" and call.outcome == "hang_up"


def test_except_leaves_a_state_out(write_yaml):
    text = GLOBAL.replace(
        "accusatory_opener: {to: gekraenkt, do: mood -= 2}",
        "accusatory_opener: {to: gekraenkt, do: mood -= 2, except: [stutzt]}",
    )
    s = load(write_yaml, text).scenario
    assert "accusatory_opener" not in s.transitions_in("stutzt")
    assert "accusatory_opener" in s.transitions_in("entschuldigt")
    call = call_in(write_yaml, text)
    call.say("Rechnung")
    call.say("Vorwurf")
    assert call.state == "stutzt"  # not understood here: the fallback, no move


def test_end_states_get_no_global_transitions(write_yaml):
    s = load(write_yaml, GLOBAL).scenario
    assert s.transitions_in("zusage") == {}
    assert "accusatory_opener" in s.transitions_in("meldet_sich")


def test_priority_orders_equally_sure_moves(write_yaml):
    # "Rechnung" and "Vorwurf" in one line, both read with the same confidence:
    # by default the state's own intent (neutral opener -> stutzt) is tried first ...
    base = GLOBAL
    assert list(load(write_yaml, base).scenario.transitions_in("meldet_sich"))[-1] == (
        "accusatory_opener"
    )
    call = call_in(write_yaml, base)
    call.say("Rechnung, und ein Vorwurf")
    assert call.state == "stutzt"
    # ... `priority: first` tries the global one before the state's own
    first = base.replace("do: mood -= 2}\nstates:", "do: mood -= 2, priority: first}\nstates:")
    assert next(iter(load(write_yaml, first).scenario.transitions_in("meldet_sich"))) == (
        "accusatory_opener"
    )
    call = call_in(write_yaml, first)
    call.say("Rechnung, und ein Vorwurf")
    assert call.state == "gekraenkt"


class _Sure:
    """Blame read at 0.9, the neutral opener at 0.5: the recogniser is surer of blame."""

    language = "de"

    def recognise(self, text: str, context: Context | None = None) -> Recognition:
        return Recognition(
            text,
            (IntentHit("accusatory_opener", 0.9), IntentHit("neutral_opener_open_invoice", 0.5)),
        )


def test_confidence_comes_before_priority(write_yaml):
    # priority only orders moves of equal (rounded) confidence: a clearer blame wins
    # even though the global transition is tried after the state's own by default
    call = call_in(write_yaml, GLOBAL, _Sure())
    call.say("Rechnung, und ein Vorwurf")
    assert call.state == "gekraenkt"


class _Veiled:
    """The opener read at 0.99, a reproach beside it ("…, warum haben Sie nicht bezahlt?")."""

    language = "de"

    def __init__(self, blame: float = 0.6) -> None:
        self.blame = blame

    def recognise(self, text: str, context: Context | None = None) -> Recognition:
        return Recognition(
            text,
            (
                IntentHit("neutral_opener_open_invoice", 0.99),
                IntentHit("accusatory_opener", self.blame),
            ),
        )


def test_a_firm_reproach_marked_urgent_is_heard_beside_a_surer_opener(write_yaml):
    # The debrief counts every firm reproach (`Line.firmly`); the customer must hear it too,
    # where the trainer made blame urgent (outside audit: a calm customer, a failed opening).
    urgent = GLOBAL.replace("do: mood -= 2}\nstates:", "do: mood -= 2, priority: first}\nstates:")
    call = call_in(write_yaml, urgent, _Veiled())
    call.say("Rechnung, warum haben Sie nicht bezahlt?")
    assert call.state == "gekraenkt"
    # ... not a guess (below TENTATIVE), and not where blame has the default priority
    call = call_in(write_yaml, urgent, _Veiled(blame=0.3))
    call.say("Rechnung, und ein Hauch von Vorwurf")
    assert call.state == "stutzt"
    call = call_in(write_yaml, GLOBAL, _Veiled())
    call.say("Rechnung, warum haben Sie nicht bezahlt?")
    assert call.state == "stutzt"


def test_global_pause_and_goodbye(write_yaml):
    text = GLOBAL.replace(
        "anywhere:\n",
        "anywhere:\n  close_politely: {to: legt_auf, except: [meldet_sich]}\n",
    )
    call = call_in(write_yaml, text)
    call.say("Rechnung")
    call.say("Tschüss")
    assert call.state == "legt_auf" and call.outcome == "hang_up"
    call = call_in(write_yaml, text)
    call.say("Tschüss")  # excepted: no reaction, so the goodbye ends the call
    assert call.ended and call.state == "meldet_sich" and call.end_reason == "learner_ended"


def test_unknown_state_in_except_is_an_error_at_its_line(write_yaml):
    text = GLOBAL.replace("do: mood -= 2}\nstates:", "do: mood -= 2, except: [stutz]}\nstates:")
    (msg,) = findings(write_yaml, text)
    assert f":{line_of(text, 'except: [stutz]')}:" in msg
    assert "unknown state 'stutz'" in msg and "stutzt" in msg


def test_conflicting_priorities_are_an_error(write_yaml):
    text = GLOBAL.replace(
        "  accusatory_opener: {to: gekraenkt, do: mood -= 2}\nstates:",
        "  accusatory_opener:\n"
        "    - {to: legt_auf, when: mood <= 0, priority: first}\n"
        "    - {to: gekraenkt, do: mood -= 2, priority: last}\n"
        "states:",
    )
    (msg,) = findings(write_yaml, text)
    assert f":{line_of(text, 'priority: last')}:" in msg
    assert "error" in msg and "conflicting priority for 'accusatory_opener'" in msg


def test_needless_except_and_copies_left_behind_are_warnings(write_yaml):
    text = GLOBAL.replace(
        "do: mood -= 2}\nstates:", "do: mood -= 2, except: [gekraenkt, zusage]}\nstates:"
    ).replace(
        "      pause: entschuldigt\n",
        "      pause: entschuldigt\n      accusatory_opener: {to: gekraenkt, do: mood -= 2}\n",
    )
    out = findings(write_yaml, text)
    assert len(out) == 3, out
    assert any("'gekraenkt' handles 'accusatory_opener' itself" in f for f in out)
    assert any("'zusage' is an end state" in f for f in out)
    copy = next(f for f in out if "repeats the `anywhere:` transition" in f)
    assert "warning" in copy and "state 'stutzt'" in copy
    assert f":{line_of(text, '      pause: entschuldigt') + 1}:" in copy


def test_a_global_transition_that_applies_nowhere_is_a_warning(write_yaml):
    others = ["meldet_sich", "stutzt", "entschuldigt"]
    text = GLOBAL.replace(
        "do: mood -= 2}\nstates:", f"do: mood -= 2, except: [{', '.join(others)}]}}\nstates:"
    )
    unused, unreachable = findings(write_yaml, text)
    assert "applies in no state" in unused
    assert f":{line_of(text, '  accusatory_opener:')}:" in unused
    assert "state 'gekraenkt' can never be reached" in unreachable


def test_priority_is_only_known_under_anywhere(write_yaml):
    text = MINIMAL.replace(
        "neutral_opener_open_invoice: stutzt",
        "neutral_opener_open_invoice: {to: stutzt, priority: first}",
    )
    with pytest.raises(ScenarioError) as err:
        load(write_yaml, text)
    assert "unknown key 'priority'" in str(err.value.findings[0])


def test_global_transitions_count_for_reachability(write_yaml):
    # gekraenkt is reached only through the global transition: no "never reached" warning
    assert findings(write_yaml, GLOBAL) == []
    s = load(write_yaml, GLOBAL).scenario
    text = render(s, "mermaid")
    assert "note right of gekraenkt: from any state on accusatory_opener" in text


def test_shipped_scenarios_write_blame_and_threats_once():
    for path in sorted((SCENARIOS / "de").glob("*.yaml")) + sorted(
        (SCENARIOS / "en").glob("*.yaml")
    ):
        s = load_scenario(path).scenario
        assert {"accusatory_opener", "threaten_legal"} <= set(s.anywhere), path.name
        # what is left in the states reacts differently from the global transition
        for intent in ("accusatory_opener", "threaten_legal"):
            plain = [(t.to, t.when, t.do) for t in s.anywhere[intent]]
            for name, state in s.states.items():
                own = state.on.get(intent)
                assert own is None or [(t.to, t.when, t.do) for t in own] != plain, (
                    f"{Path(path).name}: {name} repeats {intent}"
                )
