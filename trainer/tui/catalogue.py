"""What the library lists: scenarios (or why one cannot be played) and a learner's record.

Plain functions over the core, no Textual: the library screen calls them in a worker
thread so the table is on screen before the files are read.
"""

from __future__ import annotations

import hashlib
import json
import logging
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import safety
from ..paths import cache_dir

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..scenario import LoadedScenario


@dataclass(frozen=True)
class CardCustomer:
    type: str
    personas: list[str]


@dataclass(frozen=True)
class Card:
    """What the library's table shows of a scenario: read from the cache without loading
    it (attributes named as on `Scenario`, so the table reads either)."""

    id: str
    title: str
    language: str
    difficulty: int
    tags: list[str]
    surprise: bool
    customer: CardCustomer

    @classmethod
    def of(cls, loaded: LoadedScenario) -> Card:
        s = loaded.scenario
        return cls(s.id, s.title, s.language, s.difficulty, list(s.tags), bool(s.surprise),
                   CardCustomer(str(s.customer.type), list(s.customer.personas)))  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Card:
        customer = CardCustomer(**data.pop("customer"))
        return cls(**data, customer=customer)


@dataclass
class Entry:
    """One scenario file: playable (its card; loaded when opened), or broken with the
    first problems found in it."""

    path: Path
    loaded: LoadedScenario | None = None
    problems: list[str] = field(default_factory=list)
    card: Card | None = None

    @property
    def ok(self) -> bool:
        return self.card is not None

    def load(self) -> LoadedScenario:
        """The full scenario (parsed now if it came from the cache); ScenarioError if the
        file has changed into something that no longer loads."""
        if self.loaded is None:
            from ..scenario import load_scenario

            self.loaded = load_scenario(self.path)
        return self.loaded


@dataclass
class Record:
    """A learner's attempts at one scenario."""

    attempts: int = 0
    best: int | None = None


# --- the cache of checked scenarios ------------------------------------------------------
# Parsing and checking every scenario (YAML, pydantic, the checker) at each start cost
# most of the library's start-up, and every browser session is a new process. The verdict
# of each file is kept on disk, keyed by the file's bytes, the shared folders' bytes
# (_intents/, _blocks/) and the source of the code that loads and checks (a change to any
# of them is a miss). A miss is loaded and checked as before; a hit needs no scenario code.

CACHE_VERSION = 1
#: Source files whose change changes a verdict (relative to the trainer package).
_CODE = ("scenario", "guide.py", "tui/catalogue.py")


def _hash_tree(h: Any, folder: Path) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        h.update(str(path.relative_to(folder)).encode() + b"\0")
        try:
            # Bounded, regular files only: a FIFO or a link to /dev/zero must not hang us.
            h.update(safety.read_regular(path, safety.YAML_LIMIT))
        except OSError:
            h.update(b"?")


@cache
def code_version() -> str:
    from .. import __version__

    h = hashlib.sha256(f"{CACHE_VERSION} {__version__}".encode())
    here = Path(__file__).resolve().parents[1]
    for name in _CODE:
        target = here / name
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            h.update(path.name.encode())
            with suppress(OSError):
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def world_key(root: Path) -> str:
    """Code version + every shared file the scenarios of `root` can refer to."""
    from ..paths import intents_dir

    h = hashlib.sha256(code_version().encode())
    if root.is_dir():
        for shared in sorted(p for p in root.iterdir() if p.name.startswith("_") and p.is_dir()):
            h.update(shared.name.encode())
            _hash_tree(h, shared)
    intents = intents_dir(root)
    if not intents.is_relative_to(root):
        _hash_tree(h, intents)  # the shipped library a folder without its own falls back on
    return h.hexdigest()


def _files(root: Path) -> list[Path]:
    """As trainer.scenario.scenario_files, without importing the scenario code."""
    if root.is_file():
        return [root]
    return sorted(
        p
        for p in root.rglob("*.y*ml")
        if p.suffix in (".yaml", ".yml")
        and not any(part.startswith(("_", ".")) for part in p.relative_to(root).parts)
    )


def _cache_file(root: Path) -> Path:
    name = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return cache_dir() / f"scenarios-{name}.json"


def _read_cache(path: Path, world: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("world") != world:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _write_cache(path: Path, world: str, files: dict[str, Any]) -> None:
    """Through the one atomic writer, private (0600) and without fsync (a lost cache is
    rebuilt); a cache that cannot be written is simply not kept."""
    # UnicodeEncodeError: a file name with undecodable bytes; then there is no cache.
    with suppress(OSError, UnicodeEncodeError):
        payload = json.dumps({"world": world, "files": files}, ensure_ascii=False)
        safety.write_atomic(path, payload.encode("utf-8"), durable=False, mode=0o600, parents=True)


def scan(root: Path, *, use_cache: bool = True) -> list[Entry]:
    """Every scenario file under root; a file that fails to load or check is kept as broken.

    Verdicts come from the cache where the file and the world are unchanged; the scenario
    code is imported only for files that must be checked again.
    """
    if not root.exists():
        return []
    world = world_key(root) if use_cache else ""
    cache_path = _cache_file(root)
    cached = _read_cache(cache_path, world) if use_cache else {}
    fresh: dict[str, Any] = {}
    entries = []
    for path in _files(root):
        try:
            raw = safety.read_regular(path, safety.YAML_LIMIT)
        except OSError:
            entries.append(_check(path))  # the loader says what is wrong with it; not cached
            continue
        digest = hashlib.sha256(raw).hexdigest()
        key = str(path)
        hit = cached.get(key)
        if isinstance(hit, dict) and hit.get("sha") == digest:
            try:
                entry = _from_cache(path, hit)
            except (TypeError, KeyError, ValueError):
                entry = _check(path)  # a damaged cache entry: check again
        else:
            entry = _check(path)
        entries.append(entry)
        fresh[key] = {"sha": digest, **_to_cache(entry)}
    if use_cache and fresh != cached:
        _write_cache(cache_path, world, fresh)
    return entries


def _to_cache(entry: Entry) -> dict[str, Any]:
    if entry.card is not None:
        return {"card": entry.card.to_json()}
    return {"problems": entry.problems}


def _from_cache(path: Path, hit: dict[str, Any]) -> Entry:
    if "card" in hit:
        return Entry(path, card=Card.from_json(dict(hit["card"])))
    return Entry(path, problems=[str(p) for p in hit["problems"]])


def _check(path: Path) -> Entry:
    """Load and check one file (imported here: the core costs a few hundred ms that the
    first paint, and a start from the cache, should not pay)."""
    from ..scenario import ScenarioError, check_scenario, load_scenario

    try:
        loaded = load_scenario(path)
    except ScenarioError as exc:
        return Entry(path, problems=[str(f) for f in exc.findings[:3]])
    except Exception as exc:  # a library must list what it cannot read, not stop
        log.exception("cannot load %s", path)
        return Entry(path, problems=[f"{path}: {exc}"])
    try:
        errors = [f for f in check_scenario(loaded) if f.severity == "error"]
    except Exception as exc:  # a checker bug must not hide the rest of the library
        log.exception("the checker failed on %s", path)
        return Entry(path, problems=[f"{path}: the checker failed: {exc}"])
    if errors:
        return Entry(path, problems=[str(f) for f in errors[:3]])
    return Entry(path, loaded=loaded, card=Card.of(loaded))


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
