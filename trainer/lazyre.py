"""Regular expressions compiled on first use.

The recogniser, the customer and the debrief keep a few hundred module-level patterns, some
of them thousands of characters long. Compiling them all at import cost ≈ 0.1–0.2 s of every
start (CPython's regex parser and compiler are pure Python) while the first line of a call
needs about a third of them; `trainer classify` and `trainer play` must answer within 0.5 s.

`compile` returns a stand-in that compiles on the first call of any method and then hands
that method, and every later one, straight to the compiled pattern: after the first use a
call costs what it costs on an `re.Pattern`. `pattern` is there without compiling, so
patterns built from other patterns' text stay lazy. A wrong pattern raises `re.error` on
first use instead of at import; `tests/test_lazyre.py` compiles every module-level pattern of the
modules that use this, so a broken one still fails the tests.
"""

from __future__ import annotations

import re
from typing import Any, cast

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
            compiled = re.compile(self.pattern, self._flags)
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
