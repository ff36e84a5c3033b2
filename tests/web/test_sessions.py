"""Browser sessions through the real server (websocket, no browser): a browser closed
mid-call, and learner names that try to be paths or markup."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.web.helpers import one_scenario, serving
from tests.web.wsdriver import WebSession, play_call, until
from trainer.transcripts import recover


def _gone(pid: int) -> bool:
    return not Path(f"/proc/{pid}").exists() or "zombie" in _state(pid)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split("\n")[0].lower()
    except (OSError, IndexError):
        return "zombie"


async def test_a_browser_closed_mid_call_leaves_an_interrupted_call(tmp_path: Path) -> None:
    scenarios = one_scenario(tmp_path / "scenarios")
    transcripts = tmp_path / "transcripts"
    probe = tmp_path / "probe"
    with serving(scenarios, transcripts, probe) as base:
        s = WebSession(base, probe, transcripts)
        await s.open()
        await s.wait_screen("NameScreen")
        await until("the table", lambda: "ready" in s.lines())
        await s.keys("Anna Test", "\r")
        await s.wait_screen("LibraryScreen")
        await s.keys("\r")
        await s.wait_screen("BriefingScreen")
        await s.keys("1", "s")
        await s.wait_screen("CallScreen")
        await until("the greeting", lambda: s.customer_turns() >= 1)
        await s.say("Guten Tag, Anna Berger von Berger Elektrotechnik.")
        await s.close()  # the tab is closed
        await until("the session to end", lambda: _gone(s.pid), timeout=30)
    (journal,) = transcripts.glob("*.journal")
    assert not list(transcripts.glob("*.json"))
    (saved,) = recover(transcripts)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["status"] == "interrupted"
    assert data["learner"] == "Anna Test"
    said = [t["text"] for t in data["turns"] if t["speaker"] == "learner"]
    assert said == ["Guten Tag, Anna Berger von Berger Elektrotechnik."]
    assert not journal.exists()


async def test_hostile_names_are_data_and_one_name_twice_gives_two_transcripts(
    tmp_path: Path,
) -> None:
    scenarios = one_scenario(tmp_path / "scenarios")
    transcripts = tmp_path / "transcripts"
    probe = tmp_path / "probe"
    name = "../../x [b]Bold[/b] $(id) %2e%2e"
    with serving(scenarios, transcripts, probe) as base:
        ids = []
        for _ in range(2):
            s = WebSession(base, probe, transcripts)
            await s.open()
            try:
                ids.append(await play_call(s, name, [None]))
            finally:
                await s.close()
    assert len(set(ids)) == 2
    files = sorted(transcripts.iterdir())
    names = [f.name for f in files if not f.name.startswith(".")]
    assert sorted(names) == sorted(f"{i}.json" for i in ids)
    for i in ids:
        data = json.loads((transcripts / f"{i}.json").read_text(encoding="utf-8"))
        assert data["learner"] == name  # kept verbatim, as data
        assert ".." not in i and "/" not in i and "bold" not in i.lower()  # no name in a path
    # Nothing was written beside or above the transcripts folder.
    assert sorted(os.listdir(tmp_path)) == ["probe", "scenarios", "transcripts"]
