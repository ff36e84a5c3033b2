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
from typing import Any, cast

#: Engine-provided plain names (besides the scenario's variables).
BUILTIN_NAMES: frozenset[str] = frozenset(
    {"turns", "fallbacks", "pauses", "persona", "difficulty", "patience"}
)
#: Engine-provided dotted names: prefix -> allowed attributes (None = any intent name).
DOTTED: dict[str, frozenset[str] | None] = {
    "learner": frozenset({"date", "amount", "count", "percent", "fraction"}),
    "invoice": frozenset({"amount", "number"}),
    # The terms on the table (simulation.terms) and how the latest offer fits the limits.
    "terms": frozenset(
        {"now", "now_date", "rest", "rest_date", "date", "amount", "count", "each", "rework"}
    ),
    "offer": frozenset(
        {
            "fits",
            "too_much_now",
            "too_early",
            "before_rework",
            "date",
            "sooner",
            "short",
            "asks",
            "starts_now",
            "uneven",
            "now",
            "facts",
            "fact_count",
            "confirms_only",
            "terms",
        }
    ),
    "limits": frozenset({"now", "earliest_days", "compromise"}),
    # The payment day the customer named himself, latest first ("der nächste Zahlungslauf
    # ist am 10. Dezember"): a read-back of another day can be corrected.
    "customer": frozenset({"date"}),
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


#: Limits that keep every expression cheap: what a trainer writes by hand is far below.
MAX_LENGTH = 500  # characters of one condition or effect
MAX_NODES = 200  # syntax-tree nodes
MAX_DEPTH = 50  # nesting of the tree (the evaluator recurses this deep at most)
MAX_SIZE = 1_000  # characters of a string / items of a sequence a value may have
MAX_NUMBER = 10**15  # larger results (x *= x every turn) become None


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _sized(value: Any) -> bool:
    return isinstance(value, str | tuple | list)


def _safe(op: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """An operator that never explodes: None instead of a huge or undefined result.

    `'a' * 10000000000` would take 9.7 GB, `'%y' % 1` raises, 1/0 raises; a scenario
    value that makes no sense is simply missing (None), as a missing fact is.
    """

    def run(left: Any, right: Any) -> Any:
        if op is operator.mod and not (_number(left) and _number(right)):
            return None  # no %-formatting of strings
        if op is operator.mul and (_sized(left) or _sized(right)):
            seq, times = (left, right) if _sized(left) else (right, left)
            if not isinstance(times, int) or isinstance(times, bool):
                return None
            if len(seq) * max(times, 0) > MAX_SIZE:
                return None
        try:
            result = op(left, right)
        except (TypeError, ZeroDivisionError, OverflowError, ValueError):
            return None
        if _sized(result) and len(result) > MAX_SIZE:
            return None
        if _number(result) and not (abs(result) <= MAX_NUMBER):  # also catches inf, nan
            return None
        return result

    return run


_BINOPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: _safe(operator.add),
    ast.Sub: _safe(operator.sub),
    ast.Mult: _safe(operator.mul),
    ast.Div: _safe(operator.truediv),
    ast.Mod: _safe(operator.mod),
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


def _check_size(tree: ast.AST) -> None:
    """Refuse trees too large or too deep to evaluate cheaply (iterative: no recursion)."""
    count = 0
    stack: list[tuple[ast.AST, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise ExpressionError(
                f"expression too long (more than {MAX_NODES} parts)", _col(node), _SPLIT
            )
        if depth > MAX_DEPTH:
            raise ExpressionError(
                f"expression nested more than {MAX_DEPTH} levels deep", _col(node), _SPLIT
            )
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))


_SPLIT = "split it into simpler conditions or effects"


def _check_constants(tree: ast.AST) -> None:
    """What is certain to fail or explode at run time is refused here, with its column."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.BinOp | ast.AugAssign):
            continue
        left = node.left if isinstance(node, ast.BinOp) else node.target
        right = node.right if isinstance(node, ast.BinOp) else node.value
        op = type(node.op)
        const = right.value if isinstance(right, ast.Constant) else None
        lconst = left.value if isinstance(left, ast.Constant) else None
        if op in (ast.Div, ast.Mod) and _number(const) and const == 0:
            raise ExpressionError("division by zero", _col(right), "divide by another number")
        if op is ast.Mod and (isinstance(lconst, str) or isinstance(const, str)):
            raise ExpressionError(
                "'%' works on numbers only", _col(node), "compare or join words instead"
            )
        if op is ast.Mult:
            for a, b in ((lconst, const), (const, lconst)):
                if isinstance(a, str) and _number(b) and len(a) * abs(cast(float, b)) > MAX_SIZE:
                    raise ExpressionError(
                        f"text longer than {MAX_SIZE} characters", _col(node), _SPLIT
                    )


def _parse(text: str, mode: str) -> ast.AST:
    if len(text) > MAX_LENGTH:
        raise ExpressionError(
            f"expression longer than {MAX_LENGTH} characters ({len(text)})", 1, _SPLIT
        )
    try:
        tree = ast.parse(text.strip(), mode=mode)
    except SyntaxError as exc:
        raise _syntax_error(exc, text) from None
    except (RecursionError, MemoryError, ValueError):
        raise ExpressionError("cannot read this expression", 1, _SPLIT) from None
    _check_size(tree)
    _check_constants(tree)
    return tree


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
                if value is None:
                    continue  # mood /= 0 at run time: the variable keeps its value
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
    tree = _parse(text, "eval")
    assert isinstance(tree, ast.Expression)
    _check(tree)
    return Condition(text, tree)


@functools.lru_cache(maxsize=4096)
def parse_effects(text: str) -> Effects:
    """`a -= 1; b = true` — assignments separated by ';' or new lines."""
    module = _parse(text, "exec")
    assert isinstance(module, ast.Module)
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
        if isinstance(node.op, ast.Not):
            return not value
        return -value if _number(value) else None
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, env), _eval(node.right, env)
        return _BINOPS[type(node.op)](left, right)
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
