"""The simulated customer: reactions to intents and silence, seeded choices, limits."""

from __future__ import annotations

import pytest

from tests.core.minimal import MINIMAL
from trainer.scenario import load_scenario
from trainer.simulation import Call, CallEnded, CallOver, CustomerSaid, Paused, StateChanged


@pytest.fixture
def scenario(write_yaml):
    return load_scenario(write_yaml(MINIMAL)).scenario


def customer_lines(events) -> list[str]:
    return [e.text for e in events if isinstance(e, CustomerSaid)]


def test_customer_answers_the_phone_with_a_seeded_variant(scenario, keywords):
    first = [customer_lines(Call(scenario, keywords, seed=s).start())[0] for s in range(20)]
    again = [customer_lines(Call(scenario, keywords, seed=s).start())[0] for s in range(20)]
    assert first == again  # same seed, same line
    assert len(set(first)) > 1  # the seed does choose between variants


def test_strategy_one_then_silence_makes_the_customer_talk(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    call.start()
    call.say("Ich rufe wegen der offenen Rechnung an.")
    assert call.state == "stutzt"
    events = call.pause()
    assert isinstance(events[0], Paused)
    assert call.state == "entschuldigt"
    assert customer_lines(events) == ["Tut mir leid, ich war im Urlaub."]


def test_empty_line_is_a_pause(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    call.start()
    call.say("Rechnung")
    events = call.say("   ")
    assert isinstance(events[0], Paused)
    assert call.turns[-2].move == "pause" and call.turns[-2].text == ""


def test_placeholders_are_filled_from_scenario_and_learner_facts(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    start = call.start()
    assert start
    events = call.say("Rechnung")
    assert customer_lines(events) == ["Die 2026-117? Oh."]
    call.pause()
    events = call.say("Geht es bis Freitag?")
    assert customer_lines(events) == ["Bis zum 27.11.2026 ist das Geld da, 2.380,00 €."]
    assert call.ended and call.outcome == "promise_to_pay"


def test_condition_chooses_between_alternatives(scenario, keywords):
    keywords.mapping["wann"] = "fix_payment_date"
    call = Call(scenario, keywords, seed=1)
    call.start()
    call.say("Rechnung")
    call.pause()
    events = call.say("Bis wann?")  # no date named: learner.date is unset
    assert call.state == "entschuldigt"
    assert customer_lines(events) == ["Bis wann denn?"]


def test_effects_change_variables_and_accusations_add_up(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    call.start()
    call.say("Warum zahlen Sie nicht?")
    assert call.state == "gekraenkt" and call.variables["mood"] == 1
    events = call.say("Warum denn nicht?")
    assert call.state == "legt_auf"
    assert call.outcome == "hang_up"
    assert isinstance(events[-1], CallEnded) and events[-1].reason == "end_state"


def test_not_understood_gets_fallback_and_wears_patience(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    call.start()
    events = call.say("Schönes Wetter heute.")
    assert customer_lines(events)[0] in (
        "Wie bitte? Worum geht es denn genau?",
        "Das habe ich jetzt nicht verstanden.",
    )
    assert call.patience == 1 and not call.ended
    events = call.say("Quark Banane Xylofon?")  # no chat either: small talk is answered
    assert any(isinstance(e, StateChanged) and e.dest == "legt_auf" for e in events)
    assert call.outcome == "hang_up" and call.end_reason == "gave_up"


def test_small_talk_gets_a_word_back_one_remark_free_then_it_wears_his_patience(scenario, keywords):
    """Nineteenth audit: friendly chat ("Bei uns ist grad die Hölle los …") got "nicht ganz
    verstanden", as if the learner had said something garbled. It gets a word back now. One
    remark costs nothing (twentieth audit: a minute of small talk before the point made the
    customer give up); chat that goes on gets the call nowhere and wears his patience."""
    call = Call(scenario, keywords, seed=1)
    call.start()
    reply = customer_lines(call.say("Bei uns ist grad die Hölle los, wir kommen kaum nach."))[0]
    assert reply in ("Ach so, ja.", "Mhm, ja.")
    assert call.patience == 2 and not call.ended
    reply = customer_lines(call.say("Und wie war Ihr Urlaub?"))[0]
    assert reply in ("Ach, man kann nicht klagen.", "Na ja, viel zu tun, wie immer.")
    assert call.patience == 1 and not call.ended
    events = call.say("Mein Nachbar hat sich übrigens auch einen Hund geholt, der ist ganz süß.")
    assert call.outcome == "hang_up" and call.end_reason == "gave_up"
    assert any(isinstance(e, StateChanged) and e.dest == "legt_auf" for e in events)


def test_a_question_of_small_talk_gets_an_answer(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    call.start()
    reply = customer_lines(call.say("Und wie war Ihr Urlaub?"))[0]
    assert reply in ("Ach, man kann nicht klagen.", "Na ja, viel zu tun, wie immer.")


def test_turn_limit_ends_the_call(write_yaml, keywords):
    scenario = load_scenario(
        write_yaml(MINIMAL.replace("patience: 2", "patience: 99\nmax_turns: 3"))
    ).scenario
    call = Call(scenario, keywords, seed=1)
    call.start()
    call.say("eins")
    call.say("zwei")
    events = call.say("drei")
    assert isinstance(events[-1], CallEnded)
    assert events[-1].reason == "turn_limit" and call.outcome is None
    with pytest.raises(CallOver):
        call.say("vier")


def test_persona_list_is_drawn_by_seed_and_recorded(write_yaml, keywords):
    text = MINIMAL.replace("persona: apologises", "persona: [apologises, disputes, cash_problems]")
    scenario = load_scenario(write_yaml(text)).scenario
    drawn = [Call(scenario, keywords, seed=s).persona for s in range(30)]
    assert drawn == [Call(scenario, keywords, seed=s).persona for s in range(30)]
    assert set(drawn) == {"apologises", "disputes", "cash_problems"}
    assert Call(scenario, keywords, seed=3, persona="disputes").persona == "disputes"


def test_recogniser_gets_the_call_context(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    call.start()
    call.say("Hallo")
    call.say("Rechnung")
    assert [c.learner_turn for c in keywords.seen] == [0, 1]
    assert keywords.seen[0].call_date.isoformat() == "2026-11-26"


def test_turns_record_states_intents_and_line_ids(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    call.start()
    call.say("Rechnung")
    learner = call.turns[1]
    assert learner.speaker == "learner" and learner.state_before == "meldet_sich"
    assert learner.state_after == "stutzt" and learner.trigger == "neutral_opener_open_invoice"
    assert learner.intents[0]["intent"] == "neutral_opener_open_invoice"
    assert call.turns[2].line_id == "stutzt.1"


def test_machine_gets_only_engine_callables(scenario, keywords):
    """No scenario string may reach transitions as a callback: it imports dotted names."""
    call = Call(scenario, keywords, seed=1)
    for event in call._machine.events.values():
        for transitions in event.transitions.values():
            for t in transitions:
                for cond in t.conditions:
                    assert callable(cond.func)
                for callback in (*t.before, *t.after, *t.prepare):
                    assert callable(callback) and not isinstance(callback, str)


def test_learner_hang_up_ends_without_outcome(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    call.start()
    events = call.hang_up()
    assert isinstance(events[-1], CallEnded) and events[-1].reason == "learner_ended"
    assert call.ended and call.outcome is None


def test_stopping_after_the_customer_agreed_keeps_the_agreement(write_yaml, keywords):
    text = MINIMAL.replace(
        "  entschuldigt:\n    say:", "  entschuldigt:\n    agreed: promise_to_pay\n    say:"
    )
    scenario = load_scenario(write_yaml(text)).scenario
    call = Call(scenario, keywords, seed=1)
    call.start()
    call.say("Rechnung")
    call.pause()
    events = call.hang_up()
    assert events[-1].outcome == "promise_to_pay" and call.outcome == "promise_to_pay"


def test_being_understood_again_restores_patience(scenario, keywords):
    call = Call(scenario, keywords, seed=1)
    call.start()
    call.say("Schönes Wetter heute.")
    assert call.patience == 1
    call.say("Rechnung")  # understood
    assert call.patience == 2
    call.say("Quark Banane?")  # no chat: one friendly remark would be free
    assert not call.ended and call.patience == 1
