"""Patterns compiled on first use (trainer.lazyre) behave as compiled patterns, and none of
the deferred ones is broken: deferring moves a bad pattern's error from import to first use,
so this compiles every module-level one."""

from __future__ import annotations

import copy
import importlib
import json
import pickle
import pkgutil
import re

import pytest

from trainer import lazyre
from trainer.lazyre import LazyPattern


def _lazies(value: object, seen: set[int]) -> list[LazyPattern]:
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, LazyPattern):
        return [value]
    if isinstance(value, dict):
        return [p for v in value.values() for p in _lazies(v, seen)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [p for v in value for p in _lazies(v, seen)]
    return []


def _core_modules() -> list[str]:
    names = []
    for pkg in ("understanding", "simulation", "scoring"):
        mod = importlib.import_module(f"trainer.{pkg}")
        names += [m.name for m in pkgutil.walk_packages(mod.__path__, f"trainer.{pkg}.")]
    return names


def test_every_module_level_pattern_compiles() -> None:
    seen: set[int] = set()
    found = []
    for name in _core_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            found += _lazies(value, seen)
    # the recogniser's facts alone keep dozens; far fewer means the walk missed them
    assert len(found) > 150
    broken = []
    for lazy in found:
        try:
            lazy.compiled()
        except re.error as exc:
            broken.append(f"{lazy.pattern[:60]!r}: {exc}")
    assert broken == []


def test_behaves_as_the_compiled_pattern() -> None:
    text = "Rechnung 2026-117 über 1.200 Euro, fällig am 15.3."
    for pattern, flags in [(r"(\d+)[.,]?(\d*)", 0), (r"\bf(ä)llig\b", re.I), (r"(?P<n>\d+)", 0)]:
        lazy, real = lazyre.compile(pattern, flags), re.compile(pattern, flags)
        assert lazy.pattern == real.pattern
        assert lazy.search(text).span() == real.search(text).span()  # type: ignore[union-attr]
        assert lazy.findall(text) == real.findall(text)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert lazy.sub("#", text) == real.sub("#", text)
        assert lazy.split(text) == real.split(text)
        assert (lazy.flags, lazy.groups, lazy.groupindex) == (
            real.flags,
            real.groups,
            real.groupindex,
        )


def test_compiles_once_and_then_calls_the_compiled_method() -> None:
    lazy = lazyre.compile(r"\d+")
    assert isinstance(lazy, LazyPattern)
    assert lazy._compiled is None  # not compiled at creation: the point of it
    assert lazy.match("42") is not None
    compiled = lazy.compiled()
    assert isinstance(compiled, re.Pattern)
    assert lazy.compiled() is compiled
    # the stub was replaced by the compiled pattern's own bound method
    assert lazy.search.__self__ is compiled  # type: ignore[attr-defined]


def test_a_broken_pattern_fails_on_first_use() -> None:
    lazy = lazyre.compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")


def test_copies_and_pickles_as_a_pattern() -> None:
    lazy = lazyre.compile(r"ab+", re.I)
    for twin in (copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert twin.pattern == "ab+"
        assert twin.search("xABBy").group(0) == "ABB"  # type: ignore[union-attr]


def test_a_compiled_pattern_is_passed_through() -> None:
    real = re.compile("x")
    assert lazyre.compile(real) is real


# --- compiled code kept on disk ------------------------------------------------------------


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """An empty cache folder and a process that has read nothing from it yet."""
    monkeypatch.setenv("TRAINER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lazyre, "_STORE", None)
    monkeypatch.setattr(lazyre, "_USED", set())
    monkeypatch.setattr(lazyre, "_DIRTY", False)
    monkeypatch.setattr(lazyre, "_AT_EXIT", True)  # the test saves by hand
    return tmp_path


def _new_process(monkeypatch) -> None:
    """What a new process knows: nothing but the file."""
    monkeypatch.setattr(lazyre, "_STORE", None)
    monkeypatch.setattr(lazyre, "_USED", set())
    monkeypatch.setattr(lazyre, "_DIRTY", False)


SAMPLES = [
    (r"(?P<day>\d{1,2})\.\s*(?P<month>\d{1,2})\.", 0),
    (r"\bf(ä)llig\b|\bdue\b", re.I),
    (r"^\s*(?:ja|yes)\b.*$", re.I | re.M),
    (r"(?<![\w.])(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:€|euro|eur)\b", re.I),
]
TEXTS = [
    "Die Rechnung über 1.200 Euro ist am 15. 3. fällig.",
    "ja, the invoice is DUE on 3.4. — 40 EUR",
    "Nichts davon.\nyes we will pay 2.500 €",
]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in TEXTS:
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_a_new_process_reads_the_compiled_code_instead_of_compiling(
    fresh_store, monkeypatch
) -> None:
    for pattern, flags in SAMPLES:
        _same(lazyre.compile(pattern, flags).compiled(), re.compile(pattern, flags))
    lazyre.save()
    assert lazyre.cache_file().parent == fresh_store
    saved = json.loads(lazyre.cache_file().read_text())
    assert len(saved) == len(SAMPLES)

    _new_process(monkeypatch)

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled although the code was on disk")

    monkeypatch.setattr(lazyre, "_compile_and_keep", no_compiling)
    for pattern, flags in SAMPLES:
        _same(lazyre.compile(pattern, flags).compiled(), re.compile(pattern, flags))
    assert lazyre._DIRTY is False  # nothing new: nothing to write at exit


def test_every_module_level_pattern_is_the_same_from_the_cache() -> None:
    """The code kept on disk gives the pattern `re.compile` gives, for every pattern the
    app defers (flags, groups, names, and what it finds in real lines)."""
    seen: set[int] = set()
    found = [
        p
        for name in _core_modules()
        for value in vars(importlib.import_module(name)).values()
        for p in _lazies(value, seen)
    ]
    lines = [
        *TEXTS,
        "Guten Tag, Anna Berger von Berger Elektrotechnik, es geht um die Rechnung 2026-117.",
        "Could you pay £300 by Friday the 18th and the rest next month?",
        "Wenn bis zum 15. nichts kommt, geht die Sache an unseren Anwalt.",
    ]
    for lazy in found:
        real = re.compile(lazy.pattern, lazy._flags)
        _, entry = lazyre._compile_and_keep(lazy.pattern, lazy._flags)
        kept = lazyre._from_entry(lazy.pattern, json.loads(json.dumps(entry)))
        assert (kept.flags, kept.groups, kept.groupindex) == (
            real.flags,
            real.groups,
            real.groupindex,
        ), lazy.pattern[:60]
        for line in lines:
            assert [m.span() for m in kept.finditer(line)] == [
                m.span() for m in real.finditer(line)
            ], lazy.pattern[:60]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b'{"0:abc": [0, "AAAA"',  # cut off mid-write
        b"[1, 2, 3]",
        b'{"0:(?P<day>\\\\d{1,2})\\\\.": "not an entry"}',
        b'{"0:(?P<day>\\\\d{1,2})\\\\.": [32, "AQIDBAUG", 0, {}, [null]]}',  # not whole words
        # whole words, but no regex code: _sre's validator refuses it ("invalid SRE code")
        b'{"0:(?P<day>\\\\d{1,2})\\\\.": [32, "5wMAAAEAAAACAAAA", 1, {"day": 1}, [null, "day"]]}',
        b'{"0:(?P<day>\\\\d{1,2})\\\\.": [32, "!!not base64!!", 1, {"day": 1}, [null, "day"]]}',
    ],
    ids=[
        "empty",
        "binary",
        "truncated",
        "list",
        "wrong-shape",
        "odd-bytes",
        "bad-code",
        "bad-base64",
    ],
)
def test_a_corrupt_cache_file_is_compiled_around_and_replaced(
    fresh_store, monkeypatch, caplog, content: bytes
) -> None:
    lazyre.cache_file().write_bytes(content)
    pattern = r"(?P<day>\d{1,2})\."
    lazy = lazyre.compile(pattern)
    with caplog.at_level("WARNING", logger="trainer.lazyre"):
        _same(lazy.compiled(), re.compile(pattern))
    # a file that names this pattern had its entry tried and refused (and logged)
    refused = [r for r in caplog.records if "entry refused" in r.getMessage()]
    assert bool(refused) == (b"(?P<day>" in content)
    assert lazy.search("am 15. März").group("day") == "15"  # type: ignore[union-attr]
    lazyre.save()
    _new_process(monkeypatch)
    monkeypatch.setattr(
        lazyre, "_compile_and_keep", lambda *a: pytest.fail("the replaced file was not used")
    )
    _same(lazyre.compile(pattern).compiled(), re.compile(pattern))


def test_an_unwritable_cache_folder_costs_only_the_cache(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TRAINER_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(lazyre, "_STORE", None)
    monkeypatch.setattr(lazyre, "_USED", set())
    monkeypatch.setattr(lazyre, "_AT_EXIT", True)
    lazy = lazyre.compile(r"\bRechnung\s+(\d+)")
    assert lazy.search("Rechnung 117").group(1) == "117"  # type: ignore[union-attr]
    lazyre.save()  # no error
    assert not (blocker / "cache").exists()


def test_a_broken_pattern_still_fails_with_a_cache(fresh_store) -> None:
    with pytest.raises(re.error):
        lazyre.compile(r"(?P<x>unclosed").search("x")


def test_other_processes_entries_are_kept_and_bounded(fresh_store, monkeypatch) -> None:
    monkeypatch.setattr(lazyre, "KEEP_OTHERS", 3)
    for i in range(5):  # five "earlier processes", each with a pattern of its own
        _new_process(monkeypatch)
        lazyre.compile(rf"old{i}\d+").compiled()
        lazyre.save()
    _new_process(monkeypatch)
    lazyre.compile(r"mine\d+").compiled()
    lazyre.save()
    saved = json.loads(lazyre.cache_file().read_text())
    # this process's own, and the three newest of the others
    assert sorted(saved) == sorted(["0:mine\\d+", "0:old2\\d+", "0:old3\\d+", "0:old4\\d+"])
