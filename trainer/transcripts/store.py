"""Transcripts: one file per call, journalled as it goes and finalised atomically.

While a call runs, `<name>.journal` grows by one JSON line per record and is flushed
after each, so a crash or a killed terminal loses nothing that was said. At the end
the full record is written to a temporary file and renamed to `<name>.json` (atomic
on POSIX), then the journal is removed. A journal whose writer is gone is turned
into a transcript marked `interrupted` by `recover()` the next time the app starts.

Reading and writing go through the typed models of `schema` (`load_transcript`,
`save_transcript`): an older file is migrated on reading, a damaged one is refused with
one sentence naming the field, and nothing is written that would not read back. The
core and the shells (the TUI, the CLI) all read the model.

Learner text is kept verbatim: strings may carry lone surrogates (undecodable bytes
read with surrogateescape); they are written as JSON `\\udcXX` escapes, which read
back to the very same string.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from .. import safety
from .schema import SCHEMA_VERSION, Transcript, migrate

JOURNAL_SUFFIX = ".journal"
#: More turns than any call can have (scenarios end a call after at most 1,000 learner
#: turns): a file with more is refused with a clear message instead of being built.
MAX_TURNS = 20_000
#: O_EXCL: two calls started in the same second never share a file, and a planted
#: symlink at the name is an error, never followed.
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


class TranscriptError(Exception):
    """A transcript cannot be written or read; the message is one short sentence."""


def dumps(obj: Any, *, indent: int | None = None) -> bytes:
    """Readable UTF-8 JSON that also round-trips undecodable learner bytes."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    return text.encode("utf-8", errors="backslashreplace")


def _now() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


def _slug(text: str) -> str:
    keep = "".join(c if c.isalnum() else "-" for c in text.lower())
    return "-".join(filter(None, keep.split("-")))[:40] or "x"


def check_writable(folder: Path) -> None:
    """Fail before the call starts if transcripts could not be saved."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # mkstemp: a random name opened O_EXCL|O_NOFOLLOW, so a planted link is never written
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".write-test-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise TranscriptError(f"cannot save transcripts in {folder}: {reason}") from None


@dataclass
class TranscriptWriter:
    """Appends records to a call's journal; `finish` writes the final transcript."""

    folder: Path
    name: str
    header: dict[str, Any]
    _fh: IO[bytes] | None = None

    @classmethod
    def open(cls, folder: Path, header: dict[str, Any]) -> TranscriptWriter:
        check_writable(folder)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        scenario = _slug(str(header.get("scenario", {}).get("id", "call")))
        for _ in range(20):
            name = f"{stamp}-{scenario}-{secrets.token_hex(3)}"
            path = folder / (name + JOURNAL_SUFFIX)
            try:
                # O_EXCL: two calls started in the same second never share a file.
                fd = os.open(path, _NEW_FILE, 0o644)
                break
            except FileExistsError:
                continue
            except OSError as exc:
                raise TranscriptError(
                    f"cannot save transcripts in {folder}: {exc.strerror}"
                ) from None
        else:  # pragma: no cover - 20 collisions of 24 random bits
            raise TranscriptError(f"cannot find a free transcript name in {folder}")
        header = {
            "type": "header",
            "schema_version": SCHEMA_VERSION,
            "id": name,
            "started_at": _now(),
            "pid": os.getpid(),
            "host": socket.gethostname(),
            **header,
        }
        writer = cls(folder, name, header, os.fdopen(fd, "ab"))
        writer._write(header)
        return writer

    @property
    def journal_path(self) -> Path:
        return self.folder / (self.name + JOURNAL_SUFFIX)

    @property
    def path(self) -> Path:
        return self.folder / (self.name + ".json")

    def _write(self, record: dict[str, Any]) -> None:
        if self._fh is None:
            raise TranscriptError("the transcript is already closed")
        self._fh.write(dumps(record) + b"\n")
        # flush() hands the bytes to the kernel: they survive SIGKILL of this process.
        self._fh.flush()

    def input(self, text: str) -> None:
        """What the learner typed, written before it is processed (nothing is lost)."""
        self._write({"type": "input", "text": text, "at": _now()})

    def turn(self, turn: dict[str, Any]) -> None:
        self._write({"type": "turn", **turn})

    def note(self, kind: str, data: dict[str, Any]) -> None:
        self._write({"type": kind, **data})

    def finish(self, record: dict[str, Any]) -> Transcript:
        """Write the final transcript atomically and drop the journal; returns it.

        `record` holds the fields the call adds to the header (turns, result, …); the
        whole is validated before anything is written (TranscriptError if it would not
        read back)."""
        final = {**self.header, **record, "ended_at": _now()}
        for key in ("type", "pid", "host"):
            final.pop(key, None)
        transcript = validate(final, self.path.name)
        save_transcript(self.path, transcript)
        self.close()
        self.journal_path.unlink(missing_ok=True)
        return transcript

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def write_atomic(path: Path, data: dict[str, Any]) -> None:
    """A record as JSON through the one safe writer (random temp name, no symlinks),
    unchecked: the app writes transcripts with `save_transcript`; tests craft files."""
    safety.write_atomic(path, dumps(data, indent=1))


def save_transcript(path: Path, transcript: Transcript) -> None:
    """Write a transcript atomically, after checking that what is written reads back
    (models can be changed in place without validation)."""
    data = transcript.to_json()
    validate(data, path.name)
    write_atomic(path, data)


def read_journal(path: Path) -> dict[str, Any]:
    """Rebuild a transcript record from a journal; a torn last line is ignored."""
    header: dict[str, Any] | None = None
    turns: list[dict[str, Any]] = []
    inputs: list[str] = []
    ended: dict[str, Any] = {}
    try:
        blob = safety.read_regular(path, safety.TRANSCRIPT_LIMIT)
    except OSError as exc:
        raise TranscriptError(f"{path.name}: cannot read ({exc.strerror})") from None
    for raw in blob.splitlines():
        try:
            rec = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError):
            continue  # the line being written when the process died
        if not isinstance(rec, dict):
            continue  # not one of our records
        kind = rec.pop("type", None)
        if kind == "header":
            header = rec
        elif kind == "turn":
            turns.append(rec)
            if len(turns) > MAX_TURNS:
                raise TranscriptError(f"{path.name}: more than {MAX_TURNS:,} turns")
        elif kind == "input":
            text = rec.get("text", "")
            inputs.append(text if isinstance(text, str) else "")
        elif kind == "ended":
            ended = rec
    if header is None:
        raise TranscriptError(f"{path.name}: not a transcript journal")
    # An input that was typed but never processed is still the learner's: keep it.
    said = [t.get("text") for t in turns if t.get("speaker") == "learner"]
    for text in inputs[len(said) :]:
        turns.append(
            {
                "index": len(turns),
                "speaker": "learner",
                "text": text,
                "move": "say" if text.strip() else "pause",
                "intents": [],
                "unprocessed": True,
            }
        )
    record = {**header, "turns": turns, **ended}
    record.setdefault("outcome", None)
    return record


def _alive(pid: int, host: str | None) -> bool:
    if host and host != socket.gethostname():
        return True  # not ours to judge
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(folder: Path) -> list[Path]:
    """Finalise journals left by killed processes, marked interrupted. Returns new files."""
    if not folder.is_dir():
        return []
    recovered = []
    for journal in sorted(folder.glob("*" + JOURNAL_SUFFIX)):
        try:
            record = read_journal(journal)
        except (OSError, TranscriptError):
            continue
        pid = record.get("pid")
        if pid == os.getpid() or (isinstance(pid, int) and _alive(pid, record.get("host"))):
            continue  # a call of this process, or of another one still running
        for key in ("pid", "host"):
            record.pop(key, None)
        record["status"] = "interrupted"
        record.setdefault("end_reason", "interrupted")
        record.setdefault("reviews", {"comments": [], "overrides": []})
        target = journal.with_name(journal.name[: -len(JOURNAL_SUFFIX)] + ".json")
        try:
            save_transcript(target, validate(record, journal.name))
            journal.unlink()
        except (OSError, TranscriptError):
            continue  # a journal we cannot turn into a transcript stays for a person to see
        recovered.append(target)
    return recovered


def load_transcript(path: Path) -> Transcript:
    """A transcript (or a call's journal) as the typed model, migrated to this version;
    a clear TranscriptError saying why it cannot be read."""
    if path.name.endswith(JOURNAL_SUFFIX):
        return validate(read_journal(path), path.name)
    try:
        raw = safety.read_regular(path, safety.TRANSCRIPT_LIMIT)
    except OSError as exc:
        raise TranscriptError(f"{path.name}: cannot read ({exc.strerror})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise TranscriptError(f"{path.name}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise TranscriptError(
            f"{path.name}: broken JSON at line {exc.lineno} ({exc.msg})"
        ) from None
    except RecursionError:
        raise TranscriptError(f"{path.name}: nested too deeply to be a transcript") from None
    if not isinstance(data, dict) or "turns" not in data or "schema_version" not in data:
        raise TranscriptError(f"{path.name}: not a transcript of this app")
    return validate(data, path.name)


def as_transcript(data: Transcript | dict[str, Any]) -> Transcript:
    """The typed record of `data`: a Transcript as is, a JSON dict (a record read or
    built by hand) validated and migrated (TranscriptError if it is not a transcript)."""
    if isinstance(data, Transcript):
        return data
    if not isinstance(data, dict) or "turns" not in data or "schema_version" not in data:
        raise TranscriptError("not a transcript of this app")
    return validate(data, str(data.get("id") or "the transcript"))


def validate(data: dict[str, Any], name: str) -> Transcript:
    """A raw record (read or about to be written) as a Transcript of this version."""
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise TranscriptError(f"{name}: unknown transcript format {version!r}")
    if version > SCHEMA_VERSION:
        raise TranscriptError(
            f"{name}: transcript format {version} is newer than this app reads "
            f"({SCHEMA_VERSION}); update the trainer"
        )
    turns = data.get("turns")
    # Counted before validating: a crafted file of millions of turns is refused at once.
    if isinstance(turns, list) and len(turns) > MAX_TURNS:
        raise TranscriptError(f"{name}: more than {MAX_TURNS:,} turns")
    try:
        return Transcript.model_validate(migrate(data))
    except ValidationError as exc:
        raise TranscriptError(f"{name}: {_first_problem(exc)}") from None
    except RecursionError:
        raise TranscriptError(f"{name}: nested too deeply to be a transcript") from None


def _first_problem(exc: ValidationError) -> str:
    """One sentence for the first thing wrong: where (turn 3 field 'text', field
    'reviews.comments') and what (the wrong type, missing, or pydantic's own words)."""
    error = exc.errors(include_url=False)[0]
    loc = list(error["loc"])
    where = ""
    if len(loc) >= 2 and loc[0] == "turns" and isinstance(loc[1], int):
        where, loc = f"turn {loc[1] + 1} ", loc[2:]
    if not loc:
        return f"{where.strip()} is not a record"
    field = ".".join(str(part + 1) if isinstance(part, int) else str(part) for part in loc)
    kind = error["type"]
    if kind == "missing":
        return f"{where}field '{field}' is missing"
    if kind.endswith("_type") or kind in ("literal_error", "model_type"):
        return f"{where}field '{field}' has the wrong type or value"
    return f"{where}field '{field}': {error['msg'][0].lower()}{error['msg'][1:]}"
