"""Nothing a learner said is lost: journal per turn, atomic finish, recovery after a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.core.minimal import MINIMAL
from tests.helpers import ROOT
from trainer.scenario import load_scenario
from trainer.session import Session
from trainer.transcripts import (
    TranscriptError,
    TranscriptWriter,
    check_writable,
    load_transcript,
    read_journal,
    recover,
)

WEIRD = [
    "[bold]laut[/] und [/]",
    "\x1b[31mrot\x1b[0m\x07",
    "x" * 100_000,
    "kaputt \udcff\udcfe bytes",
]


@pytest.fixture
def loaded(write_yaml):
    return load_scenario(write_yaml(MINIMAL))


def test_every_turn_is_in_the_journal_before_the_next(loaded, keywords, tmp_path):
    session = Session(loaded, learner="anna", seed=5, transcripts=tmp_path, recogniser=keywords)
    session.start()
    session.say("Ich rufe wegen der Rechnung an.")
    journal = session.writer.journal_path
    record = read_journal(journal)
    assert [t["speaker"] for t in record["turns"]] == ["customer", "learner", "customer"]
    assert record["seed"] == 5 and record["learner"] == "anna"
    assert record["scenario"]["sha256"] == loaded.sha256


def test_finish_writes_json_atomically_and_drops_the_journal(loaded, keywords, tmp_path):
    session = Session(loaded, learner="anna", seed=5, transcripts=tmp_path, recogniser=keywords)
    session.start()
    session.say("Rechnung")
    result = session.finish()
    path = tmp_path / os.path.basename(result["transcript"])
    assert path.exists() and not session.writer.journal_path.exists()
    data = load_transcript(path).to_json()
    assert data["status"] == "finished" and data["seed"] == 5
    assert [t["text"] for t in data["turns"] if t["speaker"] == "learner"] == ["Rechnung"]
    assert data["reviews"] == {"comments": [], "overrides": []}
    assert not list(tmp_path.glob(".*.tmp"))


def test_learner_text_is_kept_verbatim(loaded, keywords, tmp_path):
    session = Session(loaded, learner="anna", seed=1, transcripts=tmp_path, recogniser=keywords)
    session.start()
    for text in WEIRD:
        session.say(text)
        if session.ended:
            break
    said = [t["text"] for t in read_journal(session.writer.journal_path)["turns"]]
    result = session.finish()
    final = load_transcript(tmp_path / os.path.basename(result["transcript"])).to_json()
    kept = [t["text"] for t in final["turns"] if t["speaker"] == "learner"]
    assert kept == WEIRD[: len(kept)] and len(kept) >= 2
    assert [t for t in said if t in WEIRD] == kept


def test_two_calls_at_once_get_different_files(loaded, keywords, tmp_path):
    header = {"scenario": {"id": "mini"}}
    names = {TranscriptWriter.open(tmp_path, header).name for _ in range(50)}
    assert len(names) == 50


def test_unwritable_folder_is_reported_before_the_call(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(TranscriptError, match="cannot save transcripts"):
        check_writable(blocker / "transcripts")


def test_orphaned_journal_is_recovered_as_interrupted(loaded, keywords, tmp_path):
    session = Session(loaded, learner="anna", seed=1, transcripts=tmp_path, recogniser=keywords)
    session.start()
    session.say("Rechnung")
    session.writer.input("getippt, aber nie verarbeitet")  # the process died right here
    session.close()
    journal = session.writer.journal_path
    lines = journal.read_bytes().splitlines()
    header = json.loads(lines[0])
    header["pid"] = 2**22 + 12345  # a process that does not exist
    journal.write_bytes(b"\n".join([json.dumps(header).encode(), *lines[1:]]) + b'\n{"type": "tu')
    (recovered,) = recover(tmp_path)
    data = load_transcript(recovered).to_json()
    assert data["status"] == "interrupted"
    texts = [t["text"] for t in data["turns"] if t["speaker"] == "learner"]
    assert texts == ["Rechnung", "getippt, aber nie verarbeitet"]
    assert not journal.exists()


def test_journal_of_a_live_call_is_left_alone(loaded, keywords, tmp_path):
    session = Session(loaded, learner="anna", seed=1, transcripts=tmp_path, recogniser=keywords)
    session.start()
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        journal = session.writer.journal_path
        lines = journal.read_bytes().splitlines()
        header = json.loads(lines[0])
        header["pid"] = child.pid
        journal.write_bytes(b"\n".join([json.dumps(header).encode(), *lines[1:]]) + b"\n")
        assert recover(tmp_path) == []
        assert journal.exists()
    finally:
        child.kill()
        child.wait()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"turns": [', "broken JSON"),
        (b'{"foo": 1}', "not a transcript"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"schema_version": 99, "turns": []}', "newer"),
    ],
)
def test_unreadable_transcripts_get_a_reason(tmp_path, content, reason):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(TranscriptError, match=reason):
        load_transcript(path)


def test_core_imports_without_textual():
    code = (
        "import sys\n"
        "import trainer.scenario, trainer.understanding, trainer.simulation\n"
        "import trainer.scoring, trainer.transcripts, trainer.session\n"
        "import trainer.transcripts.store\n"
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
