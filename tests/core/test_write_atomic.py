"""The one atomic writer (`trainer.safety.write_atomic`) every file the app writes goes
through: all or nothing, folders on request, permissions and fsync as asked."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from trainer import safety


def _fail_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safety.os, "replace", full)


def test_a_failed_swap_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "call.md"
    target.write_bytes(b"old export")
    _fail_replace(monkeypatch)
    with pytest.raises(OSError, match="No space"):
        safety.write_atomic(target, b"new export")
    monkeypatch.undo()
    assert target.read_bytes() == b"old export"
    assert [p.name for p in tmp_path.iterdir()] == ["call.md"]


def test_the_new_content_replaces_the_old_at_once(tmp_path):
    target = tmp_path / "call.md"
    target.write_bytes(b"old")
    safety.write_atomic(target, b"new" * 100_000)
    assert target.read_bytes() == b"new" * 100_000
    assert [p.name for p in tmp_path.iterdir()] == ["call.md"]


def test_missing_folders_are_made_only_when_asked(tmp_path):
    target = tmp_path / "exports" / "2026" / "call.html"
    with pytest.raises(FileNotFoundError):
        safety.write_atomic(target, b"<p>")
    safety.write_atomic(target, b"<p>", parents=True)
    assert target.read_bytes() == b"<p>"


def test_permissions_follow_mode_not_mkstemps_private_default(tmp_path):
    shared, private = tmp_path / "t.json", tmp_path / "cache.json"
    safety.write_atomic(shared, b"{}")
    safety.write_atomic(private, b"{}", mode=0o600)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644  # reviewers read transcripts
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_a_durable_write_syncs_the_file_and_its_folder(tmp_path, monkeypatch):
    synced: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append("dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real(fd)

    monkeypatch.setattr(safety.os, "fsync", fsync)
    safety.write_atomic(tmp_path / "a.json", b"{}")
    assert synced == ["file", "dir"]  # the data, then the rename
    synced.clear()
    safety.write_atomic(tmp_path / ".index.json", b"{}", durable=False)  # a cache
    assert synced == []


def test_the_scenario_cache_is_written_private_through_the_one_writer(tmp_path, monkeypatch):
    from trainer.tui import catalogue

    calls: list[tuple[Path, dict]] = []
    real = safety.write_atomic

    def spy(path: Path, payload: bytes, **kw) -> None:
        calls.append((path, kw))
        real(path, payload, **kw)

    monkeypatch.setattr(safety, "write_atomic", spy)
    path = tmp_path / "cache" / "scenarios-x.json"
    catalogue._write_cache(path, "world", {"a.yaml": {"ok": True}})
    assert calls == [(path, {"durable": False, "mode": 0o600, "parents": True})]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert catalogue._read_cache(path, "world") == {"a.yaml": {"ok": True}}


def test_a_scenario_cache_that_cannot_be_written_is_simply_not_kept(tmp_path, monkeypatch):
    from trainer.tui import catalogue

    _fail_replace(monkeypatch)
    path = tmp_path / "scenarios-x.json"
    catalogue._write_cache(path, "world", {})  # no exception
    assert list(tmp_path.iterdir()) == []
