"""A summary index kept beside the transcripts, so the review table opens at once.

`.index.json` in the transcripts folder holds one row per transcript file, keyed by
file name and validated by (mtime_ns, size): on loading, the folder is listed (one
stat per file, no reads) and only new or changed files are read again; rows of
removed files are dropped. Unreadable files are remembered with their reason the
same way, so a broken file costs one read, not one per start. The index is a cache:
deleting it is always safe, and a folder we cannot write to still gets an index in
memory.
"""

from __future__ import annotations

import contextlib
import difflib
import fcntl
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .. import safety
from .annotations import Data, effective
from .schema import Transcript
from .store import TranscriptError, as_transcript, dumps, load_transcript

log = logging.getLogger(__name__)

INDEX_NAME = ".index.json"
#: Taken while the index is merged and replaced (never holds data).
LOCK_NAME = ".index.lock"
#: Bump when Summary changes shape: an index of another version is rebuilt.
INDEX_VERSION = 3
#: 10,000 transcripts make a 5 MB index; a larger file is not ours and is rebuilt.
INDEX_LIMIT = 64 * 1024 * 1024


@dataclass(slots=True)
class Summary:
    """One transcript as the review table and the statistics need it."""

    file: str
    mtime_ns: int
    size: int
    id: str
    date: str  # started_at, ISO 8601 (sorts as text within one time zone)
    learner: str
    scenario_id: str
    scenario_title: str
    language: str
    persona: str | None
    outcome: str | None
    score: int | None  # effective: automatic + reviewers' overrides
    auto_score: int | None
    passed: bool | None
    tier: str | None
    status: str  # "finished" | "interrupted"
    strategy: str | None
    checks: dict[str, bool] = field(default_factory=dict)  # effective verdicts
    overridden: bool = False
    comments: int = 0
    capped: bool = False  # a failed check holds the (effective) tier down


@dataclass(slots=True)
class Unreadable:
    """A file in the folder that is not a transcript we can read, and why."""

    file: str
    mtime_ns: int
    size: int
    reason: str


@dataclass
class Index:
    folder: Path
    rows: list[Summary]
    unreadable: list[Unreadable]
    reread: int = 0  # files read this time (0 = everything came from the index)

    def learners(self) -> list[str]:
        return sorted({r.learner for r in self.rows})


#: How a call ended when it reached no outcome: shown in the outcome column instead of "—"
#: (the debrief says "you hung up"; the review list must not say nothing).
END_REASONS = frozenset({"learner_ended", "turn_limit", "gave_up"})


def _outcome(transcript: Transcript) -> str | None:
    if transcript.outcome is not None:
        return transcript.outcome
    reason = transcript.end_reason
    return reason if reason in END_REASONS else None


def summarize(data: Data, file: str, mtime_ns: int = 0, size: int = 0) -> Summary:
    """The index row of a transcript (missing fields become None or "")."""
    transcript = as_transcript(data)
    scenario = transcript.scenario
    eff = effective(transcript)
    return Summary(
        file=file,
        mtime_ns=mtime_ns,
        size=size,
        id=transcript.id if transcript.id is not None else file.rsplit(".", 1)[0],
        date=transcript.started_at or "",
        learner=transcript.learner if transcript.learner is not None else "?",
        scenario_id=scenario.id if scenario.id is not None else "?",
        scenario_title=scenario.title or "",
        language=scenario.language or "",
        persona=transcript.persona,
        outcome=_outcome(transcript),
        score=eff.score,
        auto_score=eff.auto_score,
        passed=eff.passed,
        tier=eff.tier,
        status=transcript.status,
        strategy=eff.strategy,
        checks={c.id: c.passed for c in eff.checks if c.passed is not None},
        overridden=eff.overridden,
        comments=sum(1 for c in transcript.reviews.comments if c.active),
        capped=eff.cap is not None,
    )


def _is_candidate(name: str) -> bool:
    # Hidden files are ours (the index, atomic-write temporaries); journals are live calls.
    return name.endswith(".json") and not name.startswith(".")


_FIELDS = tuple(f.name for f in fields(Summary))


def _load_cached(path: Path) -> tuple[dict[str, Summary], dict[str, Unreadable]]:
    try:
        # A planted FIFO or link at the index's name must not hang or redirect the review.
        raw = json.loads(safety.read_regular(path, INDEX_LIMIT).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}, {}  # missing or damaged: rebuilt from the transcripts
    if (
        not isinstance(raw, dict)
        or raw.get("version") != INDEX_VERSION
        or raw.get("fields") != list(_FIELDS)
    ):
        return {}, {}
    rows: dict[str, Summary] = {}
    bad: dict[str, Unreadable] = {}
    try:
        for r in raw.get("rows", []):
            row = Summary(*r)
            rows[row.file] = row
        for u in raw.get("unreadable", []):
            bad[u["file"]] = Unreadable(**u)
    except (TypeError, KeyError):
        return {}, {}
    return rows, bad


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Writers of one index take turns (many browser sessions share a folder); a folder
    without locks (read-only, or a file system without flock) just writes unlocked."""
    try:
        fd = os.open(path.with_name(LOCK_NAME), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        with suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _merge(path: Path, index: Index) -> None:
    """Keep rows another process saved for files this listing missed (written after our
    scandir), so the last writer never drops a row; a row counts only while its file is
    there unchanged."""
    theirs, _ = _load_cached(path)
    known = {r.file for r in index.rows} | {u.file for u in index.unreadable}
    for name, row in theirs.items():
        if name in known:
            continue
        try:
            st = (index.folder / name).stat()
        except OSError:
            continue
        if (st.st_mtime_ns, st.st_size) == (row.mtime_ns, row.size):
            index.rows.append(row)
    index.rows.sort(key=lambda r: (r.date, r.file), reverse=True)


def _save(path: Path, index: Index) -> None:
    with _locked(path):
        _merge(path, index)
        _write(path, index)


def _write(path: Path, index: Index) -> None:
    # Rows as lists under one "fields" header: a third of the size of dicts, and
    # loading 10,000 of them stays well under the table's 1 s budget.
    payload = {
        "version": INDEX_VERSION,
        "fields": _FIELDS,
        "rows": [[getattr(r, f) for f in _FIELDS] for r in index.rows],
        "unreadable": [asdict(u) for u in index.unreadable],
    }
    # Readers see the old or the new index, never half of one; a cache needs no fsync.
    # A read-only or full folder keeps the index in memory only.
    with contextlib.suppress(OSError):
        safety.write_atomic(path, dumps(payload), durable=False)


def load_index(folder: Path, *, save: bool = True) -> Index:
    """All transcripts in `folder` as summaries, reading only files the index lacks."""
    index_path = folder / INDEX_NAME
    cached_rows, cached_bad = _load_cached(index_path)
    rows: list[Summary] = []
    bad: list[Unreadable] = []
    reread = 0
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        entries = []
    except OSError as exc:
        raise TranscriptError(f"cannot list transcripts in {folder}: {exc.strerror}") from None
    for entry in entries:
        name = entry.name
        if not _is_candidate(name):
            continue
        try:
            st = entry.stat()
        except OSError:
            continue  # removed while we listed
        if not entry.is_file():
            continue
        key = (st.st_mtime_ns, st.st_size)
        hit = cached_rows.get(name)
        if hit is not None and (hit.mtime_ns, hit.size) == key:
            rows.append(hit)
            continue
        broken = cached_bad.get(name)
        if broken is not None and (broken.mtime_ns, broken.size) == key:
            bad.append(broken)
            continue
        reread += 1
        try:
            rows.append(summarize(load_transcript(Path(entry.path)), name, *key))
        except TranscriptError as exc:
            bad.append(Unreadable(name, *key, reason=_reason(str(exc), name)))
        except Exception as exc:  # a transcript must never stop the table from opening
            log.exception("cannot summarise %s", entry.path)
            bad.append(Unreadable(name, *key, reason=f"cannot summarise ({exc})"))
    rows.sort(key=lambda r: (r.date, r.file), reverse=True)
    bad.sort(key=lambda u: u.file)
    index = Index(folder, rows, bad, reread)
    stale = reread or len(cached_rows) != len(rows) or len(cached_bad) != len(bad)
    if save and stale and folder.is_dir():
        _save(index_path, index)
    return index


def _reason(message: str, name: str) -> str:
    """TranscriptError messages start with the file name; the table shows it separately."""
    prefix = f"{name}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def find_transcript(ref: str, folder: Path) -> Path:
    """A transcript by path, by id (file stem) or by a unique id prefix in `folder`."""
    as_path = Path(ref)
    if as_path.is_file():
        return as_path
    if as_path.suffix == ".json" and (os.sep in ref or as_path.parent != Path(".")):
        raise TranscriptError(f"{ref}: no such file")
    stem = ref[:-5] if ref.endswith(".json") else ref
    exact = folder / f"{stem}.json"
    if exact.is_file():
        return exact
    try:
        names = [n[:-5] for n in os.listdir(folder) if _is_candidate(n)]
    except OSError:
        names = []
    matches = [n for n in names if n.startswith(stem)] if stem else []
    if len(matches) == 1:
        return folder / f"{matches[0]}.json"
    if len(matches) > 1:
        raise TranscriptError(
            f"'{ref}' matches {len(matches)} transcripts in {folder}; give more of the id"
        )
    close = difflib.get_close_matches(stem, names, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise TranscriptError(f"no transcript '{ref}' in {folder}{hint}")
