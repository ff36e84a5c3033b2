"""`trainer play --script`: the headless call other programs (and tests) drive."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, run_trainer
from trainer.transcripts import load_transcript, read_journal

SCRIPT = (
    "# Strategie 1\n"
    "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.\n"
    "Ich rufe wegen der noch offenen Rechnung an.\n"
    "\n"
    "Kein Problem. Schaffen Sie die Überweisung bis Freitag?\n"
)


def play(tmp_path: Path, script: str | bytes, *extra: str):
    return run_trainer(
        "--transcripts",
        str(tmp_path),
        "play",
        "de-stammkunde-urlaub",
        "--script",
        "-",
        "--seed",
        "7",
        *extra,
        input=script,
        real=True,  # a fresh interpreter per run: same seed, same call, whatever the hash seed
    )


def start_piped_call(tmp_path: Path) -> subprocess.Popen[bytes]:
    """A headless call driven through pipes, as another program would drive it."""
    command = [sys.executable, "-m", "trainer", "--transcripts", str(tmp_path), "play"]
    command += ["de-stammkunde-urlaub", "--script", "-", "--seed", "1"]
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)


def test_json_result_follows_the_design_contract(tmp_path):
    result = play(tmp_path, SCRIPT, "--json", "--learner", "anna")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["scenario"] == "de-stammkunde-urlaub" and data["seed"] == 7
    assert data["outcome"] in (None, "promise_to_pay")
    for key in ("opening", "checks", "score", "passed", "transcript", "turns"):
        assert key in data
    assert {"strategy", "score", "checks"} <= set(data["opening"])
    learner = [t for t in data["turns"] if t["speaker"] == "learner"]
    assert [t["text"] for t in learner][:2] == [
        "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
        "Ich rufe wegen der noch offenen Rechnung an.",
    ]
    assert learner[2]["text"] == "" and learner[2]["move"] == "pause"
    for turn in data["turns"]:
        assert {"speaker", "text", "intents", "state"} <= set(turn)
    assert Path(data["transcript"]).exists()


def test_same_seed_same_conversation(tmp_path):
    first = json.loads(play(tmp_path, SCRIPT, "--json").stdout)
    second = json.loads(play(tmp_path, SCRIPT, "--json").stdout)
    assert [t["text"] for t in first["turns"]] == [t["text"] for t in second["turns"]]


def test_text_output_shows_the_conversation(tmp_path):
    result = play(tmp_path, SCRIPT)
    out = result.stdout.decode()
    assert "Jürgen Müller: " in out and "Anna Berger: (schweigt)" in out
    assert "Transcript: " in out


def test_invalid_utf8_and_markup_are_kept_verbatim(tmp_path):
    script = b"[bold]Hallo[/] \xff\xfe kaputt\n\x1b[31m\n"
    result = play(tmp_path, script, "--json")
    assert result.returncode == 0, result.stderr
    data = load_transcript(Path(json.loads(result.stdout)["transcript"])).to_json()
    texts = [t["text"] for t in data["turns"] if t["speaker"] == "learner"]
    assert texts[0].encode("utf-8", "surrogateescape") == b"[bold]Hallo[/] \xff\xfe kaputt"
    assert texts[1] == "\x1b[31m"


def test_unknown_scenario_and_unwritable_folder_are_one_message(tmp_path):
    result = run_trainer("play", "de-stammkunde-urlaup", "--script", "-", input="")
    assert result.returncode == 2
    assert b"did you mean de-stammkunde-urlaub" in result.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = play(blocker / "sub", SCRIPT)
    assert result.returncode == 2
    assert b"cannot save transcripts" in result.stderr and b"Traceback" not in result.stderr


def test_a_pipe_drives_the_call_line_by_line(tmp_path):
    """Each line is answered before the next is sent, as a program driving the call expects."""
    proc = start_piped_call(tmp_path)
    assert proc.stdin and proc.stdout
    assert proc.stdout.readline().startswith("Jürgen Müller:".encode())
    proc.stdin.write(b"Ich rufe wegen der noch offenen Rechnung an.\n")
    proc.stdin.flush()
    assert proc.stdout.readline().startswith(b"Anna Berger:")
    proc.stdin.close()
    proc.wait(timeout=60)
    assert proc.returncode == 0


def test_sigkill_after_two_lines_loses_nothing(tmp_path):
    proc = start_piped_call(tmp_path)
    assert proc.stdin and proc.stdout
    lines = ["Guten Tag, Anna Berger von Berger Elektrotechnik.", "Ich rufe wegen der Rechnung an."]
    proc.stdout.readline()  # the customer picks up
    for line in lines:
        proc.stdin.write((line + "\n").encode())
        proc.stdin.flush()
        # wait for the reply: the line has been processed and journalled
        reply = b""
        while not reply.startswith("Jürgen Müller:".encode()):
            reply = proc.stdout.readline()
            assert reply, "the call ended early"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    (journal,) = tmp_path.glob("*.journal")
    said = [t["text"] for t in read_journal(journal)["turns"] if t["speaker"] == "learner"]
    assert said == lines
    # the next start recovers it as an interrupted transcript
    run_trainer(
        "--transcripts", str(tmp_path), "play", "de-stammkunde-urlaub", "--script", "-", input=""
    )
    recovered = [load_transcript(p).to_json() for p in tmp_path.glob("*.json")]
    interrupted = [r for r in recovered if r["status"] == "interrupted"]
    assert len(interrupted) == 1
    assert [t["text"] for t in interrupted[0]["turns"] if t["speaker"] == "learner"] == lines


def test_control_characters_are_shown_not_executed(tmp_path):
    """An ESC sequence typed by a learner must not clear the terminal of the person reading."""
    result = play(tmp_path, b"\x1b[2J weg \xff\n")
    out = result.stdout.decode("utf-8", "replace")
    assert "\x1b" not in out
    assert "\\x1b[2J weg \\xff" in out


def test_an_unwritable_output_file_is_one_message(tmp_path):
    result = run_trainer("schema", "-o", str(tmp_path / "missing" / "schema.json"))
    assert result.returncode == 2
    assert b"No such file or directory" in result.stderr and b"Traceback" not in result.stderr


def test_jsonl_streams_one_object_per_event_as_the_call_goes(tmp_path):
    """A program driving the call reads each event when it happens, the result last."""
    command = [sys.executable, "-m", "trainer", "--transcripts", str(tmp_path), "play"]
    command += ["de-stammkunde-urlaub", "--script", "-", "--seed", "1", "--jsonl"]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)
    assert proc.stdin and proc.stdout
    first = json.loads(proc.stdout.readline())  # before any line was sent
    assert first["event"] == "customer" and first["state"] and first["text"]
    proc.stdin.write("Guten Tag Herr Müller, hier ist Anna Berger.\n".encode())
    proc.stdin.flush()
    said = json.loads(proc.stdout.readline())
    assert said["event"] == "learner" and said["text"].startswith("Guten Tag Herr Müller")
    assert said["intents"][0]["intent"] == "greeting_identify"
    assert json.loads(proc.stdout.readline())["event"] == "customer"
    proc.stdin.write(b"\n")  # a pause
    proc.stdin.close()
    rest = [json.loads(line) for line in proc.stdout.read().splitlines()]
    proc.wait(timeout=60)
    assert proc.returncode == 0
    assert rest[0] == {"event": "pause", "turn": 2}
    result = rest[-1]
    assert result["event"] == "result" and result["scenario"] == "de-stammkunde-urlaub"
    assert [t["speaker"] for t in result["turns"]][:2] == ["customer", "learner"]
    assert Path(result["transcript"]).is_file()


def test_jsonl_with_json_or_without_a_script_is_one_message(tmp_path):
    both = play(tmp_path, SCRIPT, "--json", "--jsonl")
    assert both.returncode == 2 and b"choose one" in both.stderr
    no_script = run_trainer("play", "de-stammkunde-urlaub", "--jsonl")
    assert no_script.returncode == 2 and b"--jsonl needs --script" in no_script.stderr
    assert b"Traceback" not in both.stderr + no_script.stderr


def test_a_persona_the_customer_never_has_is_one_message(tmp_path):
    # "--persona nonsense" was played, recorded and judged as if it were a reaction.
    for extra in (["--script", "-"], []):
        result = run_trainer(
            "--transcripts", str(tmp_path), "play", "de-stammkunde-urlaub", "--persona",
            "nonsense", *extra, input="Hallo\n",
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert b"this customer reacts as apologises" in result.stderr
        assert b"Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.json"))
    result = run_trainer(
        "--transcripts", str(tmp_path), "play", "de-werkstatt-ueberraschung", "--persona",
        "disputes", "--script", "-", input="Hallo\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
