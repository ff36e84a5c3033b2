"""The Session façade: one session, one verdict, whichever front end plays it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.core.minimal import MINIMAL
from tests.helpers import ROOT, SCENARIOS, KeywordRecogniser, run_trainer
from trainer.authoring.replay import replay as replay_transcript
from trainer.authoring.testplans import ScenarioWatcher, format_update, run_plan
from trainer.scenario import load_scenario
from trainer.session import CallOver, Session, parse_today
from trainer.session.events import CallEnded, CustomerSaid
from trainer.transcripts import load_transcript

SURPRISE = SCENARIOS / "de" / "werkstatt-ueberraschung.yaml"
URLAUB = SCENARIOS / "de" / "stammkunde-urlaub.yaml"

#: One learner's whole session: the channel decision, then the lines (empty = silence).
LINES = [
    "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
    "Ich rufe wegen der noch offenen Rechnung an.",
    "",
    "Kein Problem. Schaffen Sie die Überweisung bis Freitag?",
]
TODAY = "2026-12-01"


def session_for(path: Path, recogniser=None, **kwargs) -> Session:
    return Session(load_scenario(path), learner="t", seed=1, recogniser=recogniser, **kwargs)


# --- a goodbye, the end of the call ---------------------------------------------------------
def test_a_goodbye_the_scenario_does_not_answer_ends_the_call(write_yaml, keywords) -> None:
    session = session_for(write_yaml(MINIMAL), keywords)
    session.start()
    events = session.say("Tschüss, Herr Müller.")  # `meldet_sich` has no reply to a goodbye
    assert session.ended and session.end_reason == "learner_ended"
    assert any(isinstance(e, CallEnded) for e in events)
    # Nobody answers a goodbye with "Wie bitte?": the customer says nothing more.
    assert not [e for e in events if isinstance(e, CustomerSaid)]


def test_a_goodbye_the_scenario_answers_keeps_its_reaction(write_yaml, keywords) -> None:
    text = MINIMAL.replace(
        "      offer_solution: zusage\n",
        "      offer_solution: zusage\n      close_politely: {to: stutzt}\n",
    )
    session = session_for(write_yaml(text), keywords)
    session.start()
    session.say("Tschüss.")
    assert not session.ended and session.call.state == "stutzt"


def test_a_goodbye_beside_another_move_ends_the_call_after_the_reply(write_yaml, keywords):
    session = session_for(write_yaml(MINIMAL), keywords)
    session.start()
    # The opener moves the customer on; the goodbye in the same line then ends the call.
    events = session.say("Es geht um die Rechnung. Tschüss.")
    assert [e for e in events if isinstance(e, CustomerSaid)], "the customer answers first"
    assert session.ended and session.end_reason == "learner_ended"
    assert session.call.state == "stutzt" and session.call.outcome is None


def test_nothing_is_said_or_journalled_after_the_call_ended(tmp_path, write_yaml, keywords):
    session = session_for(write_yaml(MINIMAL), keywords, transcripts=tmp_path)
    session.start()
    session.hang_up()
    with pytest.raises(CallOver):
        session.say("")  # the Enter that leaves the ended call
    path = Path(session.finish()["transcript"])
    data = load_transcript(path).to_json()
    assert [t for t in data["turns"] if t["speaker"] == "learner"] == []


# --- hints never reveal what the customer has not said ---------------------------------------
def test_the_hint_keeps_the_surprise_until_the_customer_shows_it() -> None:
    rec = KeywordRecogniser({"rechnung": "neutral_opener_open_invoice"})
    session = session_for(SURPRISE, rec, persona="cash_problems")
    session.start()
    assert session.hint() == "opening"
    session.say("Ich rufe wegen der noch offenen Rechnung an.")  # "Die Rechnung … ja. Hm."
    assert session.call.state == "stutzt"
    assert session.hint() != "cash_problems"
    assert session.hint() == "silence"  # listen: that is how the learner finds out
    session.say("")  # now he says money is short
    assert session.call.state == "knapp"
    assert session.hint() == "cash_problems"


def test_a_scenario_with_one_announced_reaction_hints_it_at_once() -> None:
    rec = KeywordRecogniser({"rechnung": "neutral_opener_open_invoice"})
    session = session_for(URLAUB, rec)
    session.start()
    session.say("Ich rufe wegen der noch offenen Rechnung an.")
    session.say("")
    assert session.hint() in ("apologises", "silence")


# --- the opening reading the call screen shows is the debrief's ----------------------------
@pytest.mark.parametrize(
    "lines",
    [
        LINES,
        [
            "Guten Tag, Anna Berger von Berger Elektrotechnik.",
            "Ich möchte mit Ihnen klären, wie wir Ihre Außenstände reduzieren. "
            "Ich habe einen Vorschlag: Sie zahlen bis Freitag.",
            "",
        ],
        ["Warum haben Sie meine Rechnung nicht bezahlt?", "Bis Freitag bitte."],
    ],
)
def test_the_opening_reading_during_the_call_is_the_debriefs(lines) -> None:
    session = session_for(URLAUB, today=dt.date(2026, 12, 1))
    session.start()
    for line in lines:
        if not session.ended:
            session.say(line)
    reading = session.opening_reading()
    result = session.finish()
    strategy = next(c for c in result["opening"]["checks"] if c["id"] == "strategy")
    assert reading is not None
    assert (reading.turn, reading.passed, reading.reason) == (
        strategy["turn"],
        strategy["passed"],
        strategy["reason"],
    )
    assert reading.strategy == result["opening"]["strategy"]


def test_a_strategy_1_opener_is_not_read_before_the_silence_decides_it() -> None:
    session = session_for(URLAUB, today=dt.date(2026, 12, 1))
    session.start()
    session.say(LINES[0])
    session.say(LINES[1])
    assert session.opening_reading() is None  # the next move decides it
    session.say("")
    reading = session.opening_reading()
    assert reading is not None and reading.passed and reading.strategy == "let_them_talk"


# --- --today ---------------------------------------------------------------------------------
def test_today_pins_the_call_date_and_friday_follows_it() -> None:
    session = session_for(URLAUB, today=dt.date(2026, 12, 1))  # a Tuesday
    session.start()
    for line in LINES:
        session.say(line)
    result = session.finish()
    assert result["call_date"] == "2026-12-01"
    dates = [f["value"] for t in result["turns"] for f in t.get("facts", []) if f["kind"] == "date"]
    assert "2026-12-04" in dates  # the Friday after the call, not one in the scenario's past


def test_parse_today_says_what_it_wants() -> None:
    assert parse_today("2026-11-26") == dt.date(2026, 11, 26)
    assert parse_today(None) is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_today("26.11.2026")


# --- one verdict: headless, test plan, replay, --watch ---------------------------------------
def plan_scenario(tmp_path: Path, channel: str) -> Path:
    """The shipped scenario with one more plan: this learner's session."""
    text = URLAUB.read_text(encoding="utf-8")
    text = text.replace("../_blocks/", str(SCENARIOS / "_blocks") + "/")
    plan = {
        "name": "one verdict",
        "seed": 1,
        "channel": channel,
        "learner": LINES,
    }
    head, tests = text.split("\ntests:\n", 1)
    path = tmp_path / "urlaub.yaml"
    path.write_text(f"{head}\ntests:\n  - {json.dumps(plan, ensure_ascii=False)}\n{tests}")
    return path


def headless(tmp_path: Path, *extra: str) -> dict:
    result = run_trainer(
        "--transcripts",
        str(tmp_path / "t"),
        "play",
        "de-stammkunde-urlaub",
        "--script",
        "-",
        "--seed",
        "1",
        "--json",
        *extra,
        input="\n".join(LINES) + "\n",
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("channel", ["call", "written"])
def test_headless_test_plan_replay_and_watch_give_one_score(tmp_path, channel) -> None:
    played = headless(tmp_path, "--channel", channel, "--today", TODAY)
    assert any(c["id"] == "channel" for c in played["checks"])

    loaded = load_scenario(plan_scenario(tmp_path, channel))
    plan = run_plan(loaded, 0, today=dt.date.fromisoformat(TODAY))
    assert plan.score == played["score"] and plan.passed_call == played["passed"]

    report = replay_transcript(load_transcript(Path(played["transcript"])), load_scenario(URLAUB))
    assert not report.differs and report.score_after == played["score"]

    watcher = ScenarioWatcher(URLAUB, seed=1, today=dt.date.fromisoformat(TODAY), channel=channel)
    update = watcher.reload(LINES)
    assert update.replay is not None and update.replay.score == played["score"]
    assert f"{played['score']}/100" in "\n".join(format_update(update, ("a", "b")))


def test_the_channel_decision_counts_only_when_taken(tmp_path) -> None:
    without = headless(tmp_path, "--today", TODAY)
    assert all(c["id"] != "channel" for c in without["checks"])
    wrong = headless(tmp_path, "--today", TODAY, "--channel", "written")
    channel = next(c for c in wrong["checks"] if c["id"] == "channel")
    assert channel["passed"] is False and wrong["channel"] == "written"


def test_a_letter_file_is_the_letter_step(tmp_path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(
        "Sehr geehrter Herr Müller, wie besprochen überweisen Sie 2.380,00 € "
        "für die Rechnung 2026-117 bis zum 04.12.2026. Mit freundlichen Grüßen, Anna Berger",
        encoding="utf-8",
    )
    played = headless(tmp_path, "--today", TODAY, "--letter", str(letter))
    assert played["letter"].startswith("Sehr geehrter Herr Müller")
    assert load_transcript(Path(played["transcript"])).letter == played["letter"]


# --- the command line's small things ---------------------------------------------------------
def test_play_an_unknown_scenario_exits_2_with_one_sentence(tmp_path) -> None:
    result = run_trainer("--transcripts", str(tmp_path), "play", "NONEXISTENT")
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and "NONEXISTENT" in err
    assert "Traceback" not in err and not result.stdout


def test_a_failed_script_leaves_no_transcript(tmp_path) -> None:
    folder = tmp_path / "t"
    result = run_trainer(
        "--transcripts", str(folder), "play", "de-stammkunde-urlaub", "--script", "/no/such"
    )
    assert result.returncode == 2 and b"cannot read script" in result.stderr
    assert not folder.exists() or not any(folder.iterdir())


def test_a_script_that_fails_half_way_leaves_no_transcript(tmp_path, monkeypatch) -> None:
    import argparse

    from trainer.cli import headless as cli
    from trainer.cli.common import Fail

    def broken(_source: str):
        yield LINES[0]
        raise Fail("cannot read script -: Input/output error")

    monkeypatch.setattr(cli, "read_lines", broken)
    folder = tmp_path / "t"
    args = argparse.Namespace(
        scenario=str(URLAUB), script="-", seed=1, json=True, learner="t", persona=None,
        exam=False, channel=None, today=TODAY, letter=None, scenarios=None,
        transcripts=str(folder),
    )  # fmt: skip
    with pytest.raises(Fail):
        cli.run_headless(args)
    assert list(folder.iterdir()) == []  # neither a transcript nor a journal to recover


def test_a_bad_today_is_one_sentence(tmp_path) -> None:
    result = run_trainer("play", "de-stammkunde-urlaub", "--script", "-", "--today", "morgen")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "--today wants a date as YYYY-MM-DD, not 'morgen'"


def test_trainer_test_takes_today(tmp_path) -> None:
    path = plan_scenario(tmp_path, "call")
    result = run_trainer("test", str(path), "--today", TODAY, "--format", "json", cwd=ROOT)
    data = json.loads(result.stdout)
    plan = next(p for p in data["files"][0]["plans"] if p["name"] == "one verdict")
    assert isinstance(plan["score"], int)
