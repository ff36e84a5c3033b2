"""Defects 2, 5 (journals), 13, 14: writes into a shared transcripts folder never follow a
planted link, leave nothing behind on a full disk, and crafted files are named, not fatal."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from trainer import safety
from trainer.transcripts import store

from .conftest import snapshot, trainer


def _call(folder: Path) -> Path:
    script = "Hallo\n\nGeht es bis Freitag?\n"
    run = trainer("--transcripts", str(folder), "play", "de-stammkunde-urlaub",
                  "--script", "-", "--seed", "1", input=script)  # fmt: skip
    assert run.returncode == 0, run.err
    return next(p for p in folder.glob("*.json") if not p.name.startswith("."))


def test_a_planted_index_link_is_replaced_not_followed(tmp_path: Path, victim: Path) -> None:
    folder = tmp_path / "transcripts"
    _call(folder)
    before = snapshot(victim.parent)
    (folder / ".index.json").unlink(missing_ok=True)
    (folder / ".index.json").symlink_to(victim)
    run = trainer("--transcripts", str(folder), "review", "--list")
    assert run.returncode == 0
    assert snapshot(victim.parent) == before
    assert not (folder / ".index.json").is_symlink()  # the link itself was replaced


def test_links_at_every_old_temporary_name_are_never_written(tmp_path: Path, victim: Path) -> None:
    """The old names were `.{name}.{pid}.tmp`; the pid is in the journal header."""
    folder = tmp_path / "transcripts"
    folder.mkdir()
    target = folder / "call.json"
    for name in (f".call.json.{os.getpid()}.tmp", f".call.json.{os.getpid() + 1}.tmp"):
        (folder / name).symlink_to(victim)
    target.symlink_to(victim)
    before = snapshot(victim.parent)
    store.write_atomic(target, {"schema_version": 1, "turns": []})
    assert snapshot(victim.parent) == before
    assert not target.is_symlink() and json.loads(target.read_text())["turns"] == []


def test_export_into_the_folder_replaces_a_link(tmp_path: Path, victim: Path) -> None:
    folder = tmp_path / "transcripts"
    path = _call(folder)
    out = folder / "exports" / "call.md"
    out.parent.mkdir()
    out.symlink_to(victim)
    before = snapshot(victim.parent)
    run = trainer("--transcripts", str(folder), "export", str(path), "-o", str(out))
    assert run.returncode == 0, run.err
    assert snapshot(victim.parent) == before and not out.is_symlink()


def test_a_full_disk_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "call.json"
    target.write_text("old", encoding="utf-8")

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safety.os, "write", full)
    with pytest.raises(OSError):
        safety.write_atomic(target, b"new")
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.json"]
    assert target.read_text(encoding="utf-8") == "old"


def test_a_transcript_link_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text('{"schema_version": 1, "turns": [], "learner": "TOP-SECRET"}')
    folder = tmp_path / "transcripts"
    folder.mkdir()
    (folder / "link.json").symlink_to(secret)
    run = trainer("--transcripts", str(folder), "review", "--list")
    assert "TOP-SECRET" not in run.out
    assert "link.json" in run.out + run.err


@pytest.mark.parametrize("name", ["stuck.journal", "stuck.json", ".index.json"])
def test_fifos_in_the_transcripts_folder_hang_nothing(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "transcripts"
    folder.mkdir()
    os.mkfifo(folder / name)
    _call(folder)  # play runs recovery over the journals first
    run = trainer("--transcripts", str(folder), "review", "--list")
    assert run.returncode == 0
    if name != ".index.json":
        run = trainer("--transcripts", str(folder), "export", str(folder / name))
        assert run.returncode == 2 and name in run.err


CRAFTED = {
    "turns-text.json": {"schema_version": 1, "turns": "not a list"},
    "turns-ints.json": {"schema_version": 1, "turns": [1, 2, 3]},
    "text-dict.json": {"schema_version": 1, "turns": [{"speaker": "learner", "text": {}}]},
    "reviews-list.json": {"schema_version": 1, "turns": [], "reviews": []},
    "comments-str.json": {"schema_version": 1, "turns": [], "reviews": {"comments": "x"}},
    "learner-list.json": {"schema_version": 1, "turns": [], "learner": ["a"]},
    "deep.json": None,  # 100,000 nested lists
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_transcripts_are_named_not_fatal(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "transcripts"
    folder.mkdir()
    data = CRAFTED[name]
    text = "[" * 100_000 + "]" * 100_000 if data is None else json.dumps(data)
    (folder / name).write_text(text, encoding="utf-8")
    run = trainer("--transcripts", str(folder), "review", "--list")
    assert run.returncode == 0 and name in run.out + run.err
    for fmt in ("md", "html", "json"):
        run = trainer("--transcripts", str(folder), "export", str(folder / name), "-f", fmt)
        assert run.returncode == 2 and name in run.err
