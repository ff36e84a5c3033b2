"""Intent patterns that cannot hang: refuse catastrophic backtracking before it runs.

Python's `re` backtracks; a pattern such as `(a+)+b` takes seconds on 26 characters
and twice as long for each one more. Scenario files travel between trainers, so a
pattern is data we check like any other: a quantifier applied to something that is
itself quantified (nested quantifiers), or to an alternation whose branches can match
the same text, is refused at `validate` with its position. The check is structural
(Python's own regex parser), so it costs microseconds and needs no timeout.

The intent library loader (trainer/understanding/library.py) can call `pattern_problem`
for its shared files in the same way.
"""

from __future__ import annotations

import re

try:  # Python >= 3.11 keeps the parser private
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: A pattern longer than this is not a hand-written phrase.
MAX_PATTERN = 1000

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)} - {None}
_HINT = "write it without a repeat inside a repeat, e.g. (ab)+ instead of (a+b?)+"


def _unbounded(op: object, av: object) -> bool:
    return op in _REPEATS and isinstance(av, tuple) and av[1] > 1


def _has_repeat(items: object) -> bool:
    """Does this (sub)pattern contain a quantifier that can match more than once?"""
    stack = [items]
    while stack:
        current = stack.pop()
        for op, av in current:  # type: ignore[attr-defined]
            if _unbounded(op, av):
                return True
            stack.extend(_children(op, av))
    return False


def _children(op: object, av: object) -> list[object]:
    if op in _REPEATS:
        return [av[2]]  # type: ignore[index]
    if op is _c.SUBPATTERN:
        return [av[-1]]  # type: ignore[index]
    if op is _c.BRANCH:
        return list(av[1])  # type: ignore[index]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1]]  # type: ignore[index]
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return [av]
    if op is _c.GROUPREF_EXISTS:
        return [x for x in av[1:] if x is not None]  # type: ignore[index]
    return []


def _overlapping_branches(items: object) -> bool:
    """An alternation where one branch can start like another ((a|ab)+, (a|a)+)."""
    for op, av in items:  # type: ignore[attr-defined]
        if op is _c.SUBPATTERN:
            if _overlapping_branches(av[-1]):
                return True
        elif op is _c.BRANCH:
            # Each branch's leading literal text; if one is a prefix of another, the
            # repeat can split the same input in many ways. Word lists are fine.
            heads = []
            for branch in av[1]:
                chars = []
                for bop, bav in branch:
                    if bop is not _c.LITERAL:
                        break
                    chars.append(chr(bav))
                if not chars:
                    return True  # a class, a dot, an empty branch: assume overlap
                heads.append("".join(chars))
            for i, a in enumerate(heads):
                if any(j != i and b.startswith(a) for j, b in enumerate(heads)):
                    return True
    return False


def pattern_problem(pattern: str) -> str | None:
    """Why this pattern could hang the recogniser, or None if it is safe to run."""
    if len(pattern) > MAX_PATTERN:
        return f"pattern longer than {MAX_PATTERN} characters"
    try:
        parsed = _p.parse(pattern, re.IGNORECASE)
    except (re.error, RecursionError, OverflowError) as exc:
        return f"invalid pattern: {exc}"
    stack = [parsed]
    while stack:
        current = stack.pop()
        for op, av in current:
            if _unbounded(op, av):
                body = av[2]
                if _has_repeat(body):
                    return "nested quantifiers (a repeat inside a repeat) can take forever"
                if _overlapping_branches(body):
                    return "a repeated alternation whose branches overlap can take forever"
            if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
                return "back-references are not allowed in patterns"
            stack.extend(_children(op, av))
    return None


def pattern_hint() -> str:
    return _HINT
