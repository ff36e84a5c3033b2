"""The small, safe expression language for conditions (`when`) and effects (`do`).

Python's own parser reads the text (so precedence and error positions are right),
but nothing is ever evaluated by Python: we walk a whitelisted subset of the syntax
tree ourselves. Names are scenario variables or engine facts (`turns`, `persona`,
`learner.date`, `said.empathise`, `ever.offer_solution`, ...).

    when: mood >= 2 and not said.accusatory_opener
    do:   mood -= 1; goodwill += 1; warned = true
"""

from __future__ import annotations

import ast
import functools
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

#: Engine-provided plain names (besides the scenario's variables).
BUILTIN_NAMES: frozenset[str] = frozenset(
    {"turns", "fallbacks", "pauses", "persona", "difficulty", "patience"}
)
#: Engine-provided dotted names: prefix -> allowed attributes (None = any intent name).
DOTTED: dict[str, frozenset[str] | None] = {
    "learner": frozenset({"date", "amount", "count", "percent", "fraction"}),
    "invoice": frozenset({"amount", "number"}),
    # The terms on the table (simulation.terms) and how the latest offer fits the limits.
    "terms": frozenset({"now", "now_date", "rest", "rest_date", "date", "count", "each"}),
    "offer": frozenset({"fits", "too_much_now", "too_early"}),
    "limits": frozenset({"now", "earliest_days", "compromise"}),
    "said": None,
    "ever": None,
}
_CONSTANTS = {"true": True, "false": False, "True": True, "False": False, "none": None}


class ExpressionError(ValueError):
    """A condition or effect that cannot be read; column is 1-based within the text."""

    def __init__(self, message: str, column: int = 1, hint: str = ""):
        super().__init__(message)
        self.column = column
        self.hint = hint


_BINOPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
}
_CMPOPS: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}


def _col(node: ast.AST) -> int:
    return getattr(node, "col_offset", 0) + 1


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return None


def _check(node: ast.AST) -> None:
    """Refuse any syntax outside the whitelist (calls, subscripts, lambdas, ...)."""
    allowed = (
        ast.Expression,
        ast.BoolOp,
        ast.And,
        ast.Or,
        ast.UnaryOp,
        ast.Not,
        ast.USub,
        ast.BinOp,
        ast.Compare,
        ast.Constant,
        ast.Name,
        ast.Load,
        ast.Tuple,
        ast.List,
        *_BINOPS,
        *_CMPOPS,
    )
    for child in ast.walk(node):
        if isinstance(child, ast.Attribute):
            if _dotted(child) is None:
                raise ExpressionError("only one dot is allowed, as in learner.date", _col(child))
            continue
        if isinstance(child, ast.Constant) and not isinstance(
            child.value, int | float | str | bool | type(None)
        ):
            raise ExpressionError("unsupported constant", _col(child))
        if not isinstance(child, allowed):
            what = type(child).__name__.lower()
            raise ExpressionError(
                f"'{what}' is not allowed here",
                _col(child),
                "use names, numbers, 'quoted words', comparisons, and/or/not, + - * /",
            )


@dataclass(frozen=True)
class Condition:
    text: str
    tree: ast.Expression

    def names(self) -> set[tuple[str, int]]:
        return set(_names(self.tree))

    def __call__(self, env: Mapping[str, Any]) -> bool:
        return bool(_eval(self.tree.body, env))


@dataclass(frozen=True)
class Assignment:
    target: str
    op: type | None  # None for plain `=`
    value: ast.expr
    column: int


@dataclass(frozen=True)
class Effects:
    text: str
    assignments: tuple[Assignment, ...]

    def names(self) -> set[tuple[str, int]]:
        out: set[tuple[str, int]] = set()
        for a in self.assignments:
            out.add((a.target, a.column))
            out |= _names(a.value)
        return out

    def targets(self) -> set[str]:
        return {a.target for a in self.assignments}

    def apply(self, variables: dict[str, Any], env: Mapping[str, Any]) -> None:
        """Apply in order; later assignments see earlier ones."""
        for a in self.assignments:
            scope = {**env, **variables}
            value = _eval(a.value, scope)
            if a.op is not None:
                value = _BINOPS[a.op](variables.get(a.target, 0), value)
            variables[a.target] = value


@functools.lru_cache(maxsize=4096)
def _names(tree: ast.AST) -> frozenset[tuple[str, int]]:
    """Names an expression reads (with their columns); trees come from the cached parsers,
    so a scenario library that repeats `mood -= 2` walks it once."""
    out: set[tuple[str, int]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            name = _dotted(node)
            if name:
                out.add((name, _col(node)))
        elif isinstance(node, ast.Name) and node.id not in _CONSTANTS:
            out.add((node.id, _col(node)))
    # drop the bare prefix of dotted names (learner in learner.date)
    dotted_prefixes = {(n.split(".")[0], c) for n, c in out if "." in n}
    return frozenset(out - dotted_prefixes)


def _syntax_error(exc: SyntaxError, text: str) -> ExpressionError:
    col = exc.offset or 1
    return ExpressionError(
        f"cannot read '{text}': {exc.msg}",
        col,
        "write e.g. mood >= 2 and said.empathise",
    )


# Parsed once per text: expressions repeat across states and scenarios (validating a
# library, building every call's machine), and the results are never changed.
@functools.lru_cache(maxsize=4096)
def parse_condition(text: str) -> Condition:
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise _syntax_error(exc, text) from None
    _check(tree)
    return Condition(text, tree)


@functools.lru_cache(maxsize=4096)
def parse_effects(text: str) -> Effects:
    """`a -= 1; b = true` — assignments separated by ';' or new lines."""
    try:
        module = ast.parse(text.strip())
    except SyntaxError as exc:
        raise _syntax_error(exc, text) from None
    out = []
    for stmt in module.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, op = stmt.targets[0], None
        elif isinstance(stmt, ast.AugAssign) and type(stmt.op) in _BINOPS:
            target, op = stmt.target, type(stmt.op)
        else:
            raise ExpressionError(
                "an effect must be an assignment", _col(stmt), "write e.g. mood -= 1"
            )
        if not isinstance(target, ast.Name):
            raise ExpressionError(
                "only plain variables can be changed", _col(target), "write e.g. mood -= 1"
            )
        _check(ast.Expression(body=stmt.value))
        out.append(Assignment(target.id, op, stmt.value, _col(target)))
    return Effects(text, tuple(out))


def _eval(node: ast.AST, env: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id in _CONSTANTS:
            return _CONSTANTS[node.id]
        return env.get(node.id)
    if isinstance(node, ast.Attribute):
        return env.get(_dotted(node) or "")
    if isinstance(node, ast.BoolOp):
        if isinstance(node.op, ast.And):
            return all(_eval(v, env) for v in node.values)
        return any(_eval(v, env) for v in node.values)
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, env)
        return (not value) if isinstance(node.op, ast.Not) else -(value or 0)
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, env), _eval(node.right, env)
        try:
            return _BINOPS[type(node.op)](left, right)
        except (TypeError, ZeroDivisionError):
            return None
    if isinstance(node, ast.Compare):
        left = _eval(node.left, env)
        for op, comp in zip(node.ops, node.comparators, strict=True):
            right = _eval(comp, env)
            try:
                if not _CMPOPS[type(op)](left, right):
                    return False
            except TypeError:  # e.g. None >= 2 when a fact is missing: simply false
                return False
            left = right
        return True
    if isinstance(node, ast.Tuple | ast.List):
        return tuple(_eval(e, env) for e in node.elts)
    raise ExpressionError(f"cannot evaluate {type(node).__name__}")
