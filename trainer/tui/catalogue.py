"""What the library lists: scenarios (or why one cannot be played) and a learner's record.

Plain functions over the core, no Textual: the library screen calls them in a worker
thread so the table is on screen before the files are read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..scenario import LoadedScenario


@dataclass
class Entry:
    """One scenario file: loaded, or broken with the first problems found in it."""

    path: Path
    loaded: LoadedScenario | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.loaded is not None


@dataclass
class Record:
    """A learner's attempts at one scenario."""

    attempts: int = 0
    best: int | None = None


def scan(root: Path) -> list[Entry]:
    """Every scenario file under root; a file that fails to load or check is kept as broken."""
    # Imported here, in the library's worker thread: the core costs a few hundred ms
    # that the first paint should not wait for.
    from ..scenario import ScenarioError, check_scenario, load_scenario
    from ..scenario import scenario_files as _scenario_files

    entries = []
    for path in _scenario_files(root) if root.exists() else []:
        try:
            loaded = load_scenario(path)
        except ScenarioError as exc:
            entries.append(Entry(path, problems=[str(f) for f in exc.findings[:3]]))
            continue
        except Exception as exc:  # a library must list what it cannot read, not stop
            entries.append(Entry(path, problems=[f"{path}: {exc}"]))
            continue
        try:
            errors = [f for f in check_scenario(loaded) if f.severity == "error"]
        except Exception as exc:  # a checker bug must not hide the rest of the library
            entries.append(Entry(path, problems=[f"{path}: the checker failed: {exc}"]))
            continue
        if errors:
            entries.append(Entry(path, problems=[str(f) for f in errors[:3]]))
        else:
            entries.append(Entry(path, loaded=loaded))
    return entries


def records(folder: Path, learner: str) -> dict[str, Record]:
    """Attempts and best score per scenario id for this learner.

    Reads the transcripts index (kept beside the transcripts, rebuilt when stale), so
    the library stays quick with thousands of calls; unreadable files simply don't count.
    """
    from ..transcripts import TranscriptError
    from ..transcripts.index import load_index

    out: dict[str, Record] = {}
    if not folder.is_dir():
        return out
    try:
        rows = load_index(folder).rows
    except (OSError, TranscriptError):
        return out
    for row in rows:
        if row.learner != learner:
            continue
        rec = out.setdefault(row.scenario_id, Record())
        rec.attempts += 1
        if row.status == "finished" and row.score is not None:
            rec.best = max(rec.best or 0, row.score)
    return out
