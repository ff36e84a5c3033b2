"""One verdict everywhere: the app plays through the same Session as headless play and
test plans, and the small things around hanging up and numbering turns."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from textual.widgets import Static

from tests.helpers import SCENARIOS, run_trainer
from tests.tui.tui_helpers import say, start_call, text_of, turns, until
from trainer.authoring.testplans import run_plan
from trainer.scenario import load_scenario
from trainer.transcripts import load_transcript
from trainer.transcripts.export import to_markdown
from trainer.tui.call import CallScreen, ConfirmHangUp, TurnView
from trainer.tui.debrief import DebriefScreen
from trainer.tui.review import ReviewApp
from trainer.tui.review import TurnView as ReviewTurn

DE = "Stammkunde war im Urlaub"
TODAY = "2026-12-01"
LINES = [
    "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
    "Ich möchte mit Ihnen klären, wie wir Ihre Außenstände reduzieren. "
    "Ich habe einen Vorschlag: Sie zahlen bis Freitag.",
    "",
    "Gut, dann bis Freitag, den 4. Dezember.",
]


async def leave_call(pilot) -> DebriefScreen:
    """Hang up (F4, then F4 to confirm) unless the customer ended the call; then Enter."""
    call = pilot.app.screen
    assert isinstance(call, CallScreen)
    if not call.session.ended:
        await pilot.press("f4", "f4")
        await pilot.pause()
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, DebriefScreen), "debrief")
    return pilot.app.screen  # type: ignore[return-value]


async def play_in_app(pilot, lines: list[str], channel: str = "1") -> DebriefScreen:
    await start_call(pilot, DE, channel)
    for line in lines:
        if pilot.app.screen.session.ended:
            break
        await say(pilot, line)
    return await leave_call(pilot)


def plan_file(tmp_path: Path, channel: str) -> Path:
    text = (SCENARIOS / "de" / "stammkunde-urlaub.yaml").read_text(encoding="utf-8")
    text = text.replace("../_blocks/", str(SCENARIOS / "_blocks") + "/")
    plan = {"name": "app", "seed": 1, "channel": channel, "learner": LINES}
    head, rest = text.split("\ntests:\n", 1)
    path = tmp_path / "plan.yaml"
    path.write_text(f"{head}\ntests:\n  - {json.dumps(plan, ensure_ascii=False)}\n{rest}")
    return path


async def test_app_headless_and_test_plan_give_the_identical_score(make_app, tmp_path) -> None:
    for key, channel in (("1", "call"), ("2", "written")):
        app = make_app(today=dt.date.fromisoformat(TODAY))
        async with app.run_test(size=(120, 40)) as pilot:
            debrief = await play_in_app(pilot, LINES, key)
            in_app = debrief.result
        played = run_trainer(
            "--transcripts", str(tmp_path / "headless"), "play", "de-stammkunde-urlaub",
            "--script", "-", "--seed", "1", "--json", "--channel", channel, "--today", TODAY,
            input="\n".join(LINES) + "\n",
        )  # fmt: skip
        assert played.returncode == 0, played.stderr
        headless = json.loads(played.stdout)
        plan = run_plan(
            load_scenario(plan_file(tmp_path, channel)), 0, today=dt.date.fromisoformat(TODAY)
        )
        assert in_app["channel"] == headless["channel"] == channel
        assert in_app["score"] == headless["score"] == plan.score, channel
        assert in_app["passed"] == headless["passed"] == plan.passed_call
        assert [c["id"] for c in in_app["checks"]] == [c["id"] for c in headless["checks"]]


async def test_the_debrief_repeats_the_opening_reading_the_call_screen_showed(make_app) -> None:
    app = make_app(today=dt.date.fromisoformat(TODAY))
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, DE)
        for line in LINES[:3]:
            await say(pilot, line)
        read = [w.reading for w in call.query(TurnView) if w.reading]
        assert len(read) == 1  # shown once, on the line that decided the opening
        debrief = await leave_call(pilot)
        strategy = next(c for c in debrief.result["opening"]["checks"] if c["id"] == "strategy")
        assert strategy["reason"] in read[0]
        assert ("✓" if strategy["passed"] else "✗") in read[0]
        assert strategy["reason"] in text_of(debrief.query_one("#opening"))


async def test_f4_asks_before_hanging_up(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, DE)
        await say(pilot, LINES[0])
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmHangUp)
        assert "Auflegen?" in text_of(app.screen)  # the call's language
        await pilot.press("enter")  # the safe answer has the focus: keep talking
        await pilot.pause()
        assert app.screen is call and not call.session.ended
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is call and not call.session.ended
        await pilot.press("f4")
        await pilot.pause()
        await pilot.click("#hang-up-yes")
        await pilot.pause()
        assert app.screen is call and call.session.ended
        assert call.session.end_reason == "learner_ended"


async def test_the_enter_that_leaves_the_ended_call_is_no_silence(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, DE)
        await say(pilot, LINES[0])
        await pilot.press("f4", "f4")
        await pilot.pause()
        before = len(call.session.turns)
        await pilot.press("enter", "enter")  # a learner who presses Enter twice
        await until(pilot, lambda: isinstance(app.screen, DebriefScreen), "debrief")
        assert len(call.session.turns) == before
        data = load_transcript(Path(app.screen.result["transcript"])).to_json()
        learner = [t for t in data["turns"] if t["speaker"] == "learner"]
        assert [t.get("move") for t in learner] == ["say"]


async def test_a_goodbye_ends_the_call_in_the_app(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        call = await start_call(pilot, DE)
        await say(pilot, LINES[0])
        await say(pilot, "Danke, auf Wiederhören.")
        assert call.session.ended
        assert call.query_one("#call-over").display
        assert turns(call)[-1][0] == "system"


async def test_turn_numbers_are_the_same_in_debrief_review_and_export(make_app, tmp_path) -> None:
    app = make_app(today=dt.date.fromisoformat(TODAY))
    async with app.run_test(size=(120, 40)) as pilot:
        debrief = await play_in_app(pilot, LINES)
        result = debrief.result
        identify = next(c for c in result["opening"]["checks"] if c["id"] == "identify")
        shown_at = identify["turn"] + 1
        opening = text_of(debrief.query_one("#opening"))
        assert f"(turn {shown_at})" in opening or f"(Zug {shown_at})" in opening
        plain = re.sub(r"\x1b\[[0-9;]*m", "", text_of(debrief.query_one("#transcript")))
        rows = plain.splitlines()
        row = next(r for r in rows if LINES[0][:30] in r)
        assert row.split()[0] == str(shown_at)
    path = Path(result["transcript"])
    data = load_transcript(path)
    markdown = to_markdown(data)
    numbered = markdown.split(f"\n{shown_at}. **")
    assert len(numbered) == 2 and numbered[1].split("\n")[0].count(LINES[0][:30]) == 1
    review = ReviewApp(path.parent, reviewer="rita", open_path=path)
    async with review.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bool(review.screen.query(ReviewTurn)), "transcript shown")
        view = next(v for v in review.screen.query(ReviewTurn) if LINES[0][:30] in str(v._said))
        who = str(view.query_one(".who", Static).render())
        assert who.split()[0] == str(shown_at)
