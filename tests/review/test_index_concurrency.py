"""Many writers of one `.index.json` (browser sessions sharing a transcripts folder)."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

from trainer.transcripts.index import INDEX_NAME, _save, load_index
from trainer.transcripts.store import write_atomic


def _rows_on_disk(folder: Path) -> set[str]:
    raw = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
    file_at = raw["fields"].index("file")
    return {row[file_at] for row in raw["rows"]}


def _transcripts(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.json") if not p.name.startswith(".")}


def test_a_writer_with_an_older_listing_keeps_the_newer_rows(make_call):
    a = make_call(learner="anna")
    folder = a.parent
    stale = load_index(folder, save=False)  # listed before the next call was saved
    make_call(learner="ben", seed=2)
    load_index(folder)  # a second session saves the index with both calls
    _save(folder / INDEX_NAME, stale)  # ... and then the first one saves its view
    assert _rows_on_disk(folder) == _transcripts(folder) and len(_transcripts(folder)) == 2


def _one_session(folder: str, record: dict, n: int) -> None:
    # What one browser session does: save a call, then list the folder (writing the index).
    write_atomic(Path(folder) / f"call-{n:02d}.json", {**record, "id": f"call-{n:02d}"})
    load_index(Path(folder))


def test_twenty_concurrent_writers_lose_no_row(make_call):
    a = make_call()
    folder = a.parent
    record = json.loads(a.read_text(encoding="utf-8"))
    a.unlink()
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_one_session, args=(str(folder), record, n)) for n in range(20)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert len(_transcripts(folder)) == 20
    assert _rows_on_disk(folder) == _transcripts(folder)
