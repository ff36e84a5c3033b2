"""Patterns compiled on first use (trainer.lazyre) behave as compiled patterns, and none of
the deferred ones is broken: deferring moves a bad pattern's error from import to first use,
so this compiles every module-level one."""

from __future__ import annotations

import copy
import importlib
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
