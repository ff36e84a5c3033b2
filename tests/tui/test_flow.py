"""The main flows a learner relies on: library -> briefing -> call -> debrief -> retry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tui.tui_helpers import library, open_scenario, say, start_call, text_of, turns, until
from trainer.tui.briefing import BriefingScreen
from trainer.tui.call import CallScreen, HintScreen
from trainer.tui.debrief import DebriefScreen
from trainer.tui.library import NameScreen

DE = "Stammkunde war im Urlaub"
EN = "short of cash"


async def test_library_lists_scenarios_with_type_persona_and_difficulty(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        lib = await library(pilot)
        table = lib.query_one("#scenarios")
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        flat = " | ".join(" ".join(r) for r in rows)
        assert "Stammkunde war im Urlaub" in flat
        assert "The café owner who is short of cash" in flat
        assert "regular" in flat and "first-time" in flat
        assert "apologises" in flat and "short of cash" in flat
        assert "★☆☆" in flat


async def test_library_search_filters_rows(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        lib = await library(pilot)
        await pilot.press("slash")
        await pilot.press(*"café")
        await pilot.pause()
        assert lib.query_one("#scenarios").row_count == 1
        lib.query_one("#search").value = "nothing like this"
        await pilot.pause()
        assert lib.query_one("#scenarios").row_count == 0
        assert "nothing like this" in text_of(lib.query_one("#empty"))


async def test_broken_scenario_is_listed_with_file_and_line(make_app, scenarios: Path) -> None:
    good = (scenarios / "en" / "cash-problems-cafe.yaml").read_text(encoding="utf-8")
    bad = good.replace("id: en-cash-problems-cafe", "id: en-kaputt").replace(
        "persona: cash_problems", "persona: cash_problemz"
    )
    (scenarios / "en" / "kaputt.yaml").write_text(bad, encoding="utf-8")
    line = bad.splitlines().index("  persona: cash_problemz") + 1
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        lib = await library(pilot)
        broken = text_of(lib.query_one("#broken"))
        assert f"kaputt.yaml:{line}:" in broken
        assert "persona" in broken
        assert lib.query_one("#broken").display
        assert lib.query_one("#scenarios").row_count == 2  # the good ones still play


async def test_learner_name_is_asked_once_and_remembered(make_app, _own_config: Path) -> None:
    app = make_app(learner=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, NameScreen), "name dialog")
        await pilot.press(*"Erika Muster")
        await pilot.press("enter")
        await until(pilot, lambda: app.learner == "Erika Muster", "name taken")
    assert json.loads(_own_config.read_text())["learner"] == "Erika Muster"
    again = make_app(learner=None)
    async with again.run_test(size=(120, 40)) as pilot:
        await library(pilot)
        assert not isinstance(again.screen, NameScreen)
        assert again.learner == "Erika Muster"


async def test_strategy_1_with_pause_key_hint_end_debrief_letter_retry(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        briefing = await open_scenario(pilot, DE)
        await pilot.press("1")
        feedback = text_of(briefing.query_one("#channel-feedback"))
        assert "✓" in feedback  # a regular customer: call first, and the learner is told why
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, CallScreen), "call")
        call = app.screen
        await until(pilot, lambda: bool(turns(call)), "customer picks up")
        assert turns(call)[0][0] == "customer"

        await say(pilot, "Guten Tag, Anna Berger von Berger Elektrotechnik.")
        await say(pilot, "Ich rufe wegen der noch offenen Rechnung an.")
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, HintScreen), "hint")
        hint = text_of(app.screen.query_one("#hint-body"))
        assert "schweig" in hint.lower()  # strategy 1: now stay silent
        await pilot.press("escape")
        await pilot.press("f3")
        await pilot.pause()
        kinds = [k for k, _ in turns(call)]
        assert "pause" in kinds
        assert kinds[kinds.index("pause") + 1] == "customer"  # silence made him talk
        learner = [text for kind, text in turns(call) if kind == "learner"]
        assert "erkannt: Begrüßung mit Name/Firma" in learner[0]  # practice: what was heard
        assert "Stimmung" in text_of(call.query_one("#mood"))

        await say(pilot, "Kein Problem. Geht es bis Freitag?")
        await say(pilot, "Vielen Dank, ich bestätige Ihnen das per E-Mail. Auf Wiederhören!")
        await pilot.press("f3")
        await pilot.pause()
        assert call.session.call.outcome == "promise_to_pay"
        assert call.query_one("#call-over").display
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")
        debrief = app.screen
        summary = text_of(debrief.query_one("#summary"))
        assert "/100" in summary and "Zahlungszusage" in summary
        opening = text_of(debrief.query_one("#opening"))
        assert "Strategie 1" in opening
        assert "✓" in opening and "Name und Firma genannt" in opening
        assert "„Guten Tag, Anna Berger von Berger Elektrotechnik.“" in opening
        checks = text_of(debrief.query_one("#checks"))
        # Each check once (the opening's stand above), advice only where one was missed.
        assert "Name und Firma genannt" not in checks and "Zahlungstermin" in checks
        if "✗" not in checks:
            assert "Empfehlung" not in checks
        conversation = text_of(debrief.query_one("#transcript"))
        assert "Sie schweigen bewusst" in conversation
        assert "Geht es bis Freitag?" in conversation

        letter = debrief.query_one("#letter")
        # The draft leaves invoice number and date as gaps for the learner to fill in.
        assert "Rechnung Nr. […]" in letter.text and "2026-117" not in letter.text
        await pilot.press("f7")
        await pilot.pause()
        result = text_of(debrief.query_one("#letter-result"))
        assert "✓" in result or "✗" in result
        assert debrief.session.letter == letter.text
        saved = json.loads(Path(debrief.result["transcript"]).read_text())
        assert saved["letter"] == letter.text

        await pilot.press("f5")
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen), "retry")
        assert app.screen.loaded.scenario.title == DE


async def test_strategy_2_offer_solution_and_empty_enter_is_a_pause(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)
        await say(pilot, "Hello Tom, Sam Whitfield here, Whitfield Joinery.")
        await say(
            pilot, "I'd like to sort out the open balance with you together — I have a suggestion."
        )
        await say(pilot, "")
        assert turns(call)[-2][0] == "pause"
        assert "silent" in turns(call)[-2][1]
        await say(pilot, "Could you pay £400 today as a down payment?")
        await pilot.press("f4", "f4")  # F4 asks; F4 again hangs up
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")
        assert "strategy 2" in text_of(app.screen.query_one("#opening"))


async def test_exam_mode_hides_hints_mood_and_feedback_until_the_debrief(make_app) -> None:
    app = make_app(exam=True)
    async with app.run_test(size=(120, 40)) as pilot:
        briefing = await open_scenario(pilot, DE)
        await pilot.press("2")
        feedback = text_of(briefing.query_one("#channel-feedback"))
        assert "✓" not in feedback and "✗" not in feedback
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, CallScreen), "call")
        call = app.screen
        await until(pilot, lambda: bool(turns(call)), "customer picks up")
        await say(pilot, "Warum haben Sie meine Rechnung nicht bezahlt?")
        learner = [text for kind, text in turns(call) if kind == "learner"]
        assert "recognised" not in learner[-1] and "erkannt" not in learner[-1]
        assert "●" not in text_of(call.query_one("#mood"))
        assert call.check_action("hint", ()) is False  # not offered in the footer
        await pilot.press("f2")
        await pilot.pause()
        assert not isinstance(app.screen, HintScreen)
        await pilot.press("f4", "f4")  # F4 asks; F4 again hangs up
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")
        checks = text_of(app.screen.query_one("#checks"))
        assert "✗" in checks  # the accusation and the wrong channel are revealed now


async def test_learner_markup_is_shown_literally(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)
        await say(pilot, "Hi [bold]Tom[/] and [red]hello[/red] [link=x]y[/link]")
        learner = [text for kind, text in turns(call) if kind == "learner"]
        assert "Hi [bold]Tom[/] and [red]hello[/red] [link=x]y[/link]" in learner[-1]
        await pilot.press("f4", "f4")  # F4 asks; F4 again hangs up
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")
        assert "[bold]Tom[/]" in text_of(app.screen.query_one("#transcript"))


async def test_input_history_walks_up_and_down(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)
        await say(pilot, "first line")
        await say(pilot, "second line")
        box = call.query_one("#say")
        await pilot.press("up")
        assert box.value == "second line"
        await pilot.press("up")
        assert box.value == "first line"
        await pilot.press("down", "down")
        assert box.value == ""


async def test_library_shows_the_whole_title_of_the_highlighted_row_on_80_columns(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        lib = await library(pilot)
        await pilot.press("down")
        await pilot.pause()
        detail = text_of(lib.query_one("#detail"))
        assert "The café owner who is short of cash" in detail
        assert "Enter" in detail


async def test_call_keys_are_off_once_the_call_has_ended(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)
        assert call.check_action("pause", ()) is True
        await pilot.press("f4", "f4")  # F4 asks; F4 again hangs up
        await pilot.pause()
        assert call.session.ended
        before = len(turns(call))
        await pilot.press("f3")  # silence after hanging up: nothing happens
        await pilot.pause()
        assert len(turns(call)) == before
        assert call.check_action("pause", ()) is None


async def test_escape_on_the_review_table_returns_to_the_library(make_app) -> None:
    from trainer.tui.review import ReviewScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await library(pilot)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "review")
        await pilot.press("escape")
        await library(pilot)  # back where it was opened; the app runs on
        assert app.is_running


async def test_typing_while_the_call_is_being_made_loses_nothing(make_app) -> None:
    """A learner who starts typing right after pressing start (the recogniser may still be
    training for seconds) finds the finished line said and the unfinished one in the input;
    the keys did not work the briefing ('s' did not start twice, '2' did not switch)."""
    import threading

    from tests.tui.conftest import keyword_recogniser

    ready = threading.Event()

    def slow_recogniser(loaded):  # the session waits for it, like a cold training run
        assert ready.wait(30)
        return keyword_recogniser(loaded)

    app = make_app(recogniser=slow_recogniser)
    async with app.run_test(size=(120, 40)) as pilot:
        briefing = await open_scenario(pilot, EN)
        await pilot.press("1", "s")
        assert briefing.starting
        await pilot.press(*"Hello Tom, Sam here - sorry 2 bother you.", "enter")
        await pilot.press(*"Could you pay todax", "backspace", "y")
        assert isinstance(app.screen, BriefingScreen) and briefing.channel == "call"
        ready.set()
        await until(pilot, lambda: isinstance(app.screen, CallScreen), "call screen")
        call = app.screen
        await until(pilot, lambda: any(k == "learner" for k, _ in turns(call)), "first line")
        kinds = [k for k, _ in turns(call)]
        # The customer picks up first, then the line typed ahead is said, verbatim.
        assert kinds[0] == "customer" and kinds.index("learner") > 0
        learner = [text for kind, text in turns(call) if kind == "learner"]
        assert len(learner) == 1 and "Hello Tom, Sam here - sorry 2 bother you." in learner[0]
        assert call.query_one("#say").value == "Could you pay today"
        said = [t.text for t in call.session.call.turns if t.speaker == "learner"]
        assert said == ["Hello Tom, Sam here - sorry 2 bother you."]


def test_keys_the_briefing_gets_after_the_call_took_over_go_to_the_call() -> None:
    """Keys already queued to the briefing when the screens switch reach the call's input."""
    from trainer.tui.briefing import TypedAhead

    ahead = TypedAhead()
    for key, char in [("a", "a"), ("enter", None), ("enter", None), ("b", "b"), ("c", "c")]:
        assert ahead.take(key, char)
    assert not ahead.take("escape", None)  # not typing: left to the briefing
    ahead.take("backspace", None)
    late: list[tuple[str, str | None]] = []
    # The empty Enter after a line is a silence, as in the call's input.
    assert ahead.attach(lambda key, char: late.append((key, char))) == (["a", ""], "b")
    ahead.take("d", "d")
    ahead.paste("e\nf")
    ahead.take("enter", None)
    assert late == [("d", "d"), ("e", "e"), (" ", " "), ("f", "f"), ("enter", None)]
    assert ahead.lines == [] and ahead.draft == ""


async def test_a_tentative_reading_is_marked_as_unsure(make_app) -> None:
    """An unusual line gets its best reading rather than none; the learner sees it was a guess."""
    from trainer.understanding.types import IntentHit, Recognition

    class Unsure:
        language = "en"

        def recognise(self, text, context=None):
            return Recognition(text, (IntentHit("offer_solution", 0.3, text),), ())

    app = make_app(recogniser=lambda loaded: Unsure())
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)
        await say(pilot, "Right, let's see what we can do about the open balance, shall we?")
        learner = [text for kind, text in turns(call) if kind == "learner"]
        assert any("(unsure)" in t or "(unsicher)" in t for t in learner), learner


async def test_a_plain_yes_to_the_customers_proposal_is_shown_as_one(make_app) -> None:
    """ "Yes, that's fine." to "How about by the end of next week?" is heard as taking her
    date up (sixth outside audit), and the call screen says so rather than "nothing clear"."""
    from tests.helpers import SCENARIOS

    app = make_app(scenarios=SCENARIOS)
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, "florist who simply forgot")
        for line in (
            "Hi Claire, it's Priya from Shah Print Studio.",
            "I'm just calling about the open invoice, SPS-2291, for the wedding brochures.",
            "",
            "When do you think you could pay it?",
            "Yes, that's fine.",
        ):
            await say(pilot, line)
        shown = turns(call)
        yes = next(text for kind, text in shown if kind == "learner" and "that's fine" in text)
        assert "yes to the customer's proposal" in yes
        assert "nothing clear" not in yes
        assert call.session.call.state == "promised"


@pytest.mark.parametrize(
    ("line", "shown_as"),
    [
        # Answered as a short silence (eighth session).
        ("Oh, okay.", "listening"),
        # No intent (no day named), answered as a call to pay (ninth session).
        ("Please pay the balance as soon as possible.", "call to pay, no day named"),
        # Friendly chat, answered in kind (twelfth session, nineteenth audit).
        ("Honestly, it's been mental here this week, we're all flat out.", "small talk"),
    ],
)
async def test_a_line_without_a_move_of_its_own_is_shown_as_what_he_heard(
    make_app, line: str, shown_as: str
) -> None:
    """A listener's "Oh, okay." and a demand that names no day carry no intent, yet the
    customer answers them: the call screen says how he heard them, not "the customer may not
    follow you", and he does not ask what it was about."""
    from tests.helpers import SCENARIOS

    app = make_app(scenarios=SCENARIOS)
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, "missing approval")
        for said in (
            "Hi Mark, it's Olivia Grant from Grant Office Supplies.",
            "I'm calling about the open invoice.",
            line,
        ):
            await say(pilot, said)
        shown = turns(call)
        text = next(text for kind, text in shown if kind == "learner" and line in text)
        assert shown_as in text and "may not follow" not in text
        assert "what was that" not in shown[-1][1]


async def test_the_whole_bill_asked_is_shown_as_the_call_to_pay_he_heard(make_app) -> None:
    """V145 p4, seen in tmux: "could you do the £640 asap?" on a £640 invoice is answered as a
    call to pay; the call screen said "call to pay, no day named, asks for a down payment"."""
    from tests.helpers import SCENARIOS

    app = make_app(scenarios=SCENARIOS)
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, "florist who simply forgot")
        line = "could you do the £640 asap?"
        for said in ("Hi Claire, Priya from Shah Print Studio.", "I'm just ringing about the "
                     "open invoice.", "", "Oh no worries at all, happens to the best of us.",
                     line):  # fmt: skip
            await say(pilot, said)
        shown = turns(call)
        text = next(text for kind, text in shown if kind == "learner" and line in text)
        assert "call to pay" in text and "down payment" not in text


async def test_a_customer_who_gives_up_is_shown_as_giving_up(make_app) -> None:
    """Lines that went past him: the call screen and the debrief say he gave up (not "hung
    up", which reads as offended), and the debrief names the line that went past him."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, DE)
        for line in (
            "Guten Tag, Anna Berger von Berger Elektrotechnik.",
            "Ach, das Wetter ist ja heute wieder furchtbar.",
            "Und, wie war Ihr Wochenende so?",
            "Mein Auto ist übrigens gestern wieder in die Werkstatt gekommen.",
            "Mein Nachbar hat sich übrigens auch einen Hund geholt, der ist ganz süß.",
            "Ich war letzte Woche übrigens an der Ostsee, herrlich.",
        ):
            if call.session.ended:
                break
            await say(pilot, line)
        assert call.session.call.end_reason == "gave_up"
        system = [text for kind, text in turns(call) if kind == "system"]
        assert any("aufgegeben" in text for text in system), system
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")
        summary = text_of(app.screen.query_one("#summary"))
        assert "aufgegeben" in summary and "aufgelegt" not in summary
        checks = text_of(app.screen.query_one("#checks"))
        assert "aufgegeben" in checks  # the outcome check's reason
