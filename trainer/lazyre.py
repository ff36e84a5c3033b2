"""Regular expressions compiled on first use.

The recogniser, the customer and the debrief keep a few hundred module-level patterns, some
of them thousands of characters long. Compiling them all at import cost ≈ 0.1–0.2 s of every
start (CPython's regex parser and compiler are pure Python) while the first line of a call
needs about a third of them; `trainer classify` and `trainer play` must answer within 0.5 s.

`compile` returns a stand-in that compiles on the first call of any method and then hands
that method, and every later one, straight to the compiled pattern: after the first use a
call costs what it costs on an `re.Pattern`. `pattern` is there without compiling, so
patterns built from other patterns' text stay lazy. A wrong pattern raises `re.error` on
first use instead of at import; `tests/core/test_lazyre.py` compiles every module-level pattern
of the modules that use this, so a broken one still fails the tests.

Compiled code is kept on disk too. Even deferred, the first line of a call compiles ≈ 80
patterns (≈ 90 ms of a `play` start measured with benchmarks/first_answer.py) and every new
process paid it again. CPython compiles a pattern in two steps: parsing and code generation
in Python (`re._parser`, `re._compiler`: all of the cost), then `_sre.compile(pattern,
flags, code, …)`, which takes the finished code, checks it (`_validate` rejects malformed
code with an error rather than crashing) and costs microseconds. `regex-<tag>.json` in the
cache folder (trainer.paths.cache_dir) keeps the first step's result per (pattern, flags);
the tag names the interpreter, the engine's version (`_sre.MAGIC`) and its code word size,
so another Python never reads it. A missing, unreadable or corrupt file, or an entry
`_sre` refuses, means compiling as `re.compile` does; what was compiled is written at exit
(atomically; never an error). The cache holds what this code would compute anyway: it
saves time and changes no match.
"""

from __future__ import annotations

import atexit
import base64
import json
import logging
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any, cast

try:  # CPython's regex engine and its compiler; elsewhere patterns compile as usual
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

log = logging.getLogger(__name__)

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """An `re.Pattern` that is compiled when first used. See the module's docstring."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; the first call compiles it and binds its methods to this
        object, so later calls go straight to `re.Pattern`."""
        if self._compiled is None:
            compiled = _compile_cached(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # Only reached for what the instance does not have yet: the first call of a method
        # (compiling binds them all here, so later calls never come this way) and flags,
        # groups, groupindex. Guard the private names so a half-built object (copy, pickle)
        # does not recurse.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return (compile, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to first use. Typed as `re.Pattern` because it behaves as one
    (hand the pattern's text, not the object, to `re.search` and friends)."""
    if not isinstance(pattern, str):
        return pattern
    return cast(re.Pattern[str], LazyPattern(pattern, int(flags)))


# --- compiled code on disk (see the module's docstring) -------------------------------------

#: (pattern, flags) -> [final flags, code as base64 of native uint32 words, groups,
#: groupindex, indexgroup]: the arguments `_sre.compile` takes besides the pattern.
Entry = list[Any]
_LOCK = threading.Lock()
_STORE: dict[str, Entry] | None = None  # read from disk on first use
_USED: set[str] = set()  # keys this process compiled or read: kept when the file is pruned
_DIRTY = False
_AT_EXIT = False
#: Entries kept beyond this process's own: patterns of code not imported in this process
#: (the TUI's, a scenario's names), up to this many; the oldest (often patterns an edit of
#: the code replaced) go first.
KEEP_OTHERS = 2000


def _tag() -> str:
    impl = sys.implementation.cache_tag or sys.implementation.name
    magic = getattr(_sre, "MAGIC", 0)
    size = getattr(_sre, "CODESIZE", 0)
    return f"{impl}-{magic}-{size}{sys.byteorder[0]}"


def cache_file() -> Path:
    """Where the compiled code of this interpreter's regex engine is kept."""
    from .paths import cache_dir

    return cache_dir() / f"regex-{_tag()}.json"


def _key(pattern: str, flags: int) -> str:
    return f"{flags}:{pattern}"


def _load() -> dict[str, Entry]:
    try:
        data = json.loads(cache_file().read_bytes())
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return data


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    words = array("I")
    words.frombytes(base64.b64decode(code, validate=True))
    compiled: re.Pattern[str] = _sre.compile(
        pattern, int(flags), words.tolist(), int(groups), dict(groupindex), tuple(indexgroup)
    )
    return compiled


def _compile_and_keep(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry]:
    """What `re._compiler.compile` does, keeping the code for the cache."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = [
        flags | parsed.state.flags,
        base64.b64encode(array("I", code).tobytes()).decode("ascii"),
        parsed.state.groups - 1,
        groupindex,
        indexgroup,
    ]
    return _from_entry(pattern, entry), entry


def _compile_cached(pattern: str, flags: int) -> re.Pattern[str]:
    global _STORE, _DIRTY, _AT_EXIT
    if _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = _key(pattern, flags)
    with _LOCK:
        if _STORE is None:
            _STORE = _load()
        if not _AT_EXIT:
            atexit.register(save)
            _AT_EXIT = True
        entry = _STORE.get(key)
        _USED.add(key)
    if entry is not None:
        try:
            return _from_entry(pattern, entry)
        except Exception:  # a corrupt entry (wrong shape, code _sre refuses): compile anew
            log.warning("regex cache entry refused, compiling anew", exc_info=True)
    try:
        compiled, entry = _compile_and_keep(pattern, flags)
    except re.error:
        raise  # a broken pattern fails as re.compile would
    except Exception:  # the private compiler changed shape: the public way still works
        log.warning("cannot keep compiled regex code, compiling as usual", exc_info=True)
        return re.compile(pattern, flags)
    with _LOCK:
        _STORE[key] = entry
        _DIRTY = True
    return compiled


def save() -> None:
    """Write what was compiled since the file was read (at exit); never raises. Entries of
    patterns this process did not use are kept up to KEEP_OTHERS (code of other modules, or
    an older version's patterns that will not come back)."""
    global _DIRTY
    with _LOCK:
        if not _DIRTY or _STORE is None:
            return
        mine = {k: v for k, v in _STORE.items() if k in _USED}
        others = [(k, v) for k, v in _STORE.items() if k not in _USED]
        _DIRTY = False
    # Read again: another process may have added its own since this one started.
    on_disk = {k: v for k, v in _load().items() if k not in mine}
    # Oldest first (the file is written in the order entries arrived): the newest stay.
    others = list(on_disk.items()) + [(k, v) for k, v in others if k not in on_disk]
    keep = dict(others[max(0, len(others) - KEEP_OTHERS) :])
    keep.update(mine)
    try:
        from .safety import write_atomic

        path = cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        # ASCII escapes: a pattern may hold a lone surrogate, which UTF-8 cannot encode.
        payload = json.dumps(keep, separators=(",", ":")).encode()
        write_atomic(path, payload, durable=False, mode=0o600)
    except (OSError, ValueError):
        pass  # a read-only or full cache folder: compile again next time
