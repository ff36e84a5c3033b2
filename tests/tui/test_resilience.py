"""Nothing said is ever lost, and nothing ends in a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import KeywordRecogniser
from tests.tui.tui_helpers import library, say, start_call, text_of, turns, until
from trainer.scenario import load_scenario
from trainer.scoring.situation import SITUATIONS, situation
from trainer.session import Session
from trainer.tui.call import CallScreen
from trainer.tui.debrief import DebriefScreen
from trainer.tui.i18n import GUIDE_CARDS

EN = "short of cash"


async def test_quitting_mid_call_leaves_the_journal(make_app, tmp_path: Path) -> None:
    app = make_app(keywords=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, EN)
        await say(pilot, "Hello Tom, Sam Whitfield from Whitfield Joinery.")
        await pilot.press("ctrl+q")
    journals = list((tmp_path / "transcripts").glob("*.journal"))
    assert len(journals) == 1
    text = journals[0].read_text(encoding="utf-8")
    assert "Sam Whitfield from Whitfield Joinery" in text
    assert not list((tmp_path / "transcripts").glob("*.json"))


async def test_scenario_error_mid_call_is_shown_not_crashed(make_app) -> None:
    app = make_app(keywords=True)
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)

        def broken(text: str) -> list:
            raise ValueError("unknown variable 'moood'")

        call.session.call.say = broken  # type: ignore[method-assign]
        await say(pilot, "Hello Tom, this line hits the broken state.")
        kinds = turns(call)
        assert kinds[-2] == (
            "learner",
            "Sam Whitfield\nHello Tom, this line hits the broken state.",
        )
        assert kinds[-1][0] == "system" and "moood" in kinds[-1][1]
        journal = call.session.writer.journal_path.read_text(encoding="utf-8")
        assert "this line hits the broken state" in journal
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")


async def test_very_long_line_and_resize(make_app) -> None:
    app = make_app(keywords=True)
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)
        long = "I understand completely " * 200
        await say(pilot, long)
        assert any(kind == "learner" and long.strip() in text for kind, text in turns(call))
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)


async def test_interrupted_call_is_recovered_and_offered_at_start(
    make_app, scenarios: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "transcripts"
    loaded = load_scenario(scenarios / "en" / "cash-problems-cafe.yaml")
    session = Session(loaded, learner="Test Learner", seed=1, transcripts=folder)
    session.start()
    session.say("Hello Tom, Sam here.")
    session.close()
    # As if the process that wrote it had been killed: a pid that is not running.
    journal = next(folder.glob("*.journal"))
    lines = journal.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    header["pid"] = 2**22 + 12345
    journal.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n", encoding="utf-8")

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        lib = await library(pilot)
        recovered = text_of(lib.query_one("#recovered"))
        assert "The café owner who is short of cash" in recovered
        assert lib.query_one("#recovered").display
    assert not list(folder.glob("*.journal"))


async def test_language_switch_changes_interface_text(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)
        assert "What do you say" in call.query_one("#say").placeholder
        await pilot.press("f6")  # as the scenario -> German
        await pilot.pause()
        assert "Was sagen Sie" in call.query_one("#say").placeholder


async def test_f6_toggles_between_the_two_languages_only(make_app) -> None:
    """No third "as the scenario" state: every press shows the other language."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)
        seen = []
        for _ in range(4):
            await pilot.press("f6")
            await pilot.pause()
            seen.append("Was sagen Sie" in call.query_one("#say").placeholder)
        assert seen == [True, False, True, False]
        assert app.ui_language == "en"


def test_hint_card_follows_the_call(scenarios: Path) -> None:
    loaded = load_scenario(scenarios / "de" / "stammkunde-urlaub.yaml")
    session = Session(loaded, learner="x", seed=1)
    session.start()
    assert situation(session.call) == "opening"
    session.say("Guten Tag, Anna Berger von Berger Elektrotechnik.")
    session.say("Ich rufe wegen der noch offenen Rechnung an.")
    assert situation(session.call) == "silence"
    session.say("")
    assert situation(session.call) == "apologises"
    assert set(GUIDE_CARDS) == set(SITUATIONS)  # every situation has its card


async def test_long_call_keeps_a_window_of_turns_and_shows_earlier_ones_on_scroll_up(
    make_app, monkeypatch
) -> None:
    import trainer.tui.call as call_module

    monkeypatch.setattr(call_module, "WINDOW", 3)
    monkeypatch.setattr(call_module, "REVEAL", 2)
    app = make_app(keywords=True)
    async with app.run_test(size=(80, 24)) as pilot:
        call = await start_call(pilot, EN)
        await say(pilot, "Hello Tom, Sam Whitfield from Whitfield Joinery.")
        await say(pilot, "I understand, that sounds like a hard autumn.")
        assert not call.session.ended
        widgets = call._turn_widgets()
        assert len(widgets) >= 5  # nothing is unmounted: every turn stays in the screen
        assert sum(w.display for w in widgets) == 3  # but only the last ones are laid out
        assert widgets[-1].display and not widgets[0].display
        hidden = len(widgets) - 3
        earlier = call.query_one("#earlier")
        assert earlier.display and f"{hidden} earlier turns" in text_of(earlier)
        await pilot.press("pageup")  # at the top of what is shown: show more
        await pilot.pause()
        await pilot.press("pageup")
        await pilot.pause()
        assert sum(w.display for w in call._turn_widgets()) > 3


async def test_the_call_screen_keeps_the_collector_off_its_objects_only_during_the_call(
    make_app,
) -> None:
    """gc.freeze() keeps the collector's full passes out of replies during a call; it used
    to stay in force for the rest of the process (issue 13)."""
    import gc

    assert gc.get_freeze_count() == 0
    app = make_app(keywords=True)
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, EN)
        assert isinstance(call.session.recogniser, KeywordRecogniser)  # the app's option
        assert gc.get_freeze_count() > 0
        await pilot.press("f4", "f4")
        await until(pilot, lambda: call.session.ended, "hung up")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")
        assert gc.get_freeze_count() == 0
        await start_call_again(pilot)
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0  # quitting mid-call undoes it too


async def start_call_again(pilot) -> None:
    await pilot.press("f5")  # retry: the briefing again
    await until(pilot, lambda: not isinstance(pilot.app.screen, DebriefScreen), "retry")
    await pilot.press("1", "s")
    await until(pilot, lambda: isinstance(pilot.app.screen, CallScreen), "call again")
