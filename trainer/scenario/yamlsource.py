"""Safe YAML loading that remembers where every value came from.

PyYAML's SafeLoader never constructs Python objects from tags, but it throws away
positions once the data is built. Trainers need `file:line:column` for every
problem, also those found after loading (schema, cross-references), so we walk the
composed node tree ourselves and keep a map from data path to position — the way
Rasa keeps YAML line numbers through its semantic checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import yaml

from .. import safety
from .findings import Finding, ScenarioError

PathKey = tuple[str | int, ...]


@dataclass
class Locator:
    """Maps a data path such as ("states", "answers", "on") to (line, column), 1-based."""

    file: str
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    #: parts of the data merged in from other files (shared blocks): path -> file
    files: dict[PathKey, str] = field(default_factory=dict)

    def file_at(self, path: PathKey) -> str:
        probe = tuple(path)
        while probe:
            if probe in self.files:
                return self.files[probe]
            probe = probe[:-1]
        return self.file

    def graft(self, other: Locator, src: PathKey, dst: PathKey) -> None:
        """Take the positions of `other` under `src` as positions of this data under `dst`."""
        n = len(src)
        for table, mine in (
            (other.positions, self.positions),
            (other.key_positions, self.key_positions),
        ):
            for path, pos in table.items():
                if path[:n] == src:
                    mine[dst + path[n:]] = pos
        self.files[dst] = other.file

    def at(self, path: PathKey, *, key: bool = False) -> tuple[int, int]:
        """Position of the value at `path` (or of its key), else of the nearest parent."""
        table = self.key_positions if key else self.positions
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get((), (1, 1))

    def finding(
        self,
        path: PathKey,
        message: str,
        hint: str = "",
        *,
        severity: str = "error",
        code: str = "",
        key: bool = False,
    ) -> Finding:
        line, col = self.at(path, key=key)
        return Finding(self.file_at(path), line, col, message, hint, severity, code)  # type: ignore[arg-type]


# libyaml's parser where PyYAML has it (the library screen loads every scenario); it builds
# the same nodes with the same marks, so positions do not change.
_Base = safety.SAFE_LOADER


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader with YAML 1.2 booleans: only true/false.

    YAML 1.1 reads `on`, `yes`, `no`, `off` as booleans, which turns the key `on:` of
    every state into True and a customer line "No" into False.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
#: First character -> the implicit resolvers to try, wildcard ones included (as PyYAML).
_SCALAR_RESOLVERS = {
    first: tuple(resolvers) + tuple(_Loader.yaml_implicit_resolvers.get(None, []))
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
    if first is not None
}
_WILDCARD = tuple(_Loader.yaml_implicit_resolvers.get(None, []))


def _resolve(self: _Loader, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
    """PyYAML's `resolve` without path resolvers (a safe loader has none), which libyaml
    calls back into Python for every node: a tenth of validating a large library."""
    if kind is yaml.ScalarNode:
        if implicit[0]:
            for tag, regexp in _SCALAR_RESOLVERS.get(value[:1], _WILDCARD):
                if regexp.match(value):
                    return str(tag)
        return _STR
    return _SEQ if kind is yaml.SequenceNode else _MAP


def _no_path(self: _Loader, *args: object) -> None:
    """Path resolvers are not used; PyYAML's bookkeeping for them is skipped."""


assert not _Loader.yaml_path_resolvers
_Loader.resolve = _resolve
_Loader.descend_resolver = _no_path
_Loader.ascend_resolver = _no_path


def _pos(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_PLAIN_TAGS = (_MAP, _SEQ)


def _unsafe(text: str, node: yaml.Node, loc: Locator) -> ScenarioError:
    # "\e]52;c;...\a" in a customer line would write the learner's clipboard.
    bad = next(c for c in text if safety.has_unsafe(c))
    return ScenarioError(
        [
            Finding(
                loc.file,
                *_pos(node),
                f"control or bidi character U+{ord(bad):04X} in text",
                "remove it: scenario text is shown in terminals",
            )
        ]
    )


def _build(node: yaml.Node, path: PathKey, loc: Locator, loader: _Loader) -> Any:
    loc.positions[path] = _pos(node)
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
        raise ScenarioError(
            [
                Finding(
                    loc.file,
                    *_pos(node),
                    f"tag not allowed: {node.tag}",
                    "scenarios are data: remove the !!tag",
                )
            ]
        )
    if isinstance(node, yaml.MappingNode):
        if any(k.tag == _MERGE for k, _ in node.value):
            loader.flatten_mapping(node)  # resolves YAML merge keys (<<: *anchor)
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _STR and isinstance(key_node, yaml.ScalarNode):
                key = key_node.value  # the common case, without a trip through _build
                if safety.has_unsafe(key):
                    raise _unsafe(key, key_node, loc)
            else:
                key = _build(key_node, (*path, "<key>"), loc, loader)
            if not isinstance(key, str | int | float | bool) or key is None:
                raise ScenarioError(
                    [Finding(loc.file, *_pos(key_node), "a key must be a plain word or number")]
                )
            key = str(key) if not isinstance(key, str) else key
            if key in out:
                line, col = _pos(key_node)
                raise ScenarioError(
                    [
                        Finding(
                            loc.file,
                            line,
                            col,
                            f"duplicate key '{key}'",
                            "YAML keeps only the last one; merge the two entries",
                        )
                    ]
                )
            child = (*path, key)
            loc.key_positions[child] = _pos(key_node)
            out[key] = _build(value_node, child, loc, loader)
        loc.positions.pop((*path, "<key>"), None)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), loc, loader) for i, item in enumerate(node.value)]
    if node.tag == _STR:
        # Most scalars are text, which SafeConstructor would return unchanged; validating
        # a library of a thousand scenarios spends its time here.
        if safety.has_unsafe(node.value):
            raise _unsafe(node.value, node, loc)
        return node.value
    # Other scalars: SafeConstructor resolves int/float/bool/null/timestamp and refuses
    # every other tag (!!python/object and friends) with a ConstructorError. A value it
    # cannot build (2026-02-30, a 5,000-digit number) is a finding at its position.
    try:
        value = loader.construct_object(node, deep=True)
    except yaml.YAMLError:
        raise
    except (ValueError, OverflowError, TypeError) as exc:
        reason = str(exc).split("\n")[0][:120] or type(exc).__name__
        if "digits" in reason:
            reason = "a number with too many digits"
        raise ScenarioError(
            [Finding(loc.file, *_pos(node), f"cannot read this value: {reason}", _VALUE_HINT)]
        ) from None
    if isinstance(value, str) and safety.has_unsafe(value):
        raise _unsafe(value, node, loc)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**15:
        raise ScenarioError(
            [Finding(loc.file, *_pos(node), "number too large", "use at most 15 digits")]
        )
    return value


_VALUE_HINT = "quote it to keep it as text, or fix the date or number"

#: Limits on what a YAML text may expand to. A scenario of ten pages has a few thousand
#: nodes and no aliases at all; an alias/merge bomb under 1 KB expands to billions.
MAX_NODES = 200_000
MAX_ALIASES = 500
MAX_DEPTH = 64


def _mark(event: Any) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


def check_bounds(text: str, file: str, loader_class: type = _Loader) -> None:
    """Refuse a text whose expanded tree would be too large, before building anything.

    One pass over the parser's events (fast, libyaml) counts every node as the tree
    would hold it, an alias counting as the whole of its anchor: the first alias (a
    merge `<<: *a` is one too) past the limits is refused at its own file:line.
    """
    anchors: dict[str, int] = {}
    stack: list[list[Any]] = []  # [expanded size so far, anchor] per open collection
    total = 0
    aliases = 0

    def refuse(event: Any, message: str, hint: str) -> NoReturn:
        raise ScenarioError([Finding(file, *_mark(event), message, hint)])

    for event in yaml.parse(text, Loader=loader_class):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if event.anchor is None or event.anchor not in anchors:
                refuse(
                    event,
                    f"alias *{event.anchor} refers to itself or to nothing",
                    "an alias must come after its anchor (&name) is complete",
                )
            size = anchors[event.anchor]
            total += size
            if stack:
                stack[-1][0] += size
            if aliases > MAX_ALIASES or total > MAX_NODES:
                refuse(
                    event,
                    f"too many aliases: this file would expand to more than {MAX_NODES:,} "
                    f"values or use more than {MAX_ALIASES} aliases",
                    "write the values out, or use a shared block (use:)",
                )
        elif isinstance(event, yaml.ScalarEvent):
            total += 1
            if stack:
                stack[-1][0] += 1
            if event.anchor:
                anchors[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            total += 1
            stack.append([1, event.anchor])
            if len(stack) > MAX_DEPTH:
                refuse(event, f"nested more than {MAX_DEPTH} levels deep", "flatten the data")
        elif isinstance(event, yaml.CollectionEndEvent):
            size, anchor = stack.pop()
            if anchor:
                anchors[anchor] = size
            if stack:
                stack[-1][0] += size
        if total > MAX_NODES:
            refuse(event, f"more than {MAX_NODES:,} values in one file", "split the file")


def _char_at(text: str, line: int, col: int) -> str:
    lines = text.splitlines()
    if 0 < line <= len(lines) and 0 < col <= len(lines[line - 1]):
        return lines[line - 1][col - 1]
    return ""


#: The YAML parser's messages in a trainer's words (an authoring audit: "did not find
#: expected key (while parsing a block mapping)" told a trainer nothing; the parser often
#: notices the mistake a line after it, so the hint names the line above too).
_PLAIN: tuple[tuple[str, str, str], ...] = (
    (
        "mapping values are not allowed",
        "a ':' where none can stand",
        "text with ': ' in it needs quotes (say: [\"Ganz ehrlich: …\"]), or the indentation "
        "of this line or the one above does not line up with the block",
    ),
    (
        "did not find expected key",
        "the indentation does not line up",
        "keys of one block start in the same column; check this line and the one above",
    ),
    (
        "did not find expected ',' or ']'",
        "a list in [ ] is not closed",
        "look for a missing ']' or ',' here or at the end of the line above; text with a comma "
        "or ': ' in it needs quotes",
    ),
    (
        "did not find expected ',' or '}'",
        "a mapping in { } is not closed",
        "look for a missing '}' or ',' here or at the end of the line above",
    ),
    (
        "found unexpected end of stream",
        "the file ends inside a quote or bracket",
        "close the quote or bracket opened above",
    ),
    (
        "could not find expected ':'",
        "a key without its ':'",
        "write key: value; text that is not a key belongs in quotes",
    ),
    (
        "did not find expected '-' indicator",
        "a list item out of line",
        "the '- ' of every item of one list stands in the same column",
    ),
)


def _plain_words(problem: str, context: str) -> tuple[str, str] | None:
    for words, said, hint in _PLAIN:
        if words in problem or words in context:
            return said, hint
    return None


def parse_yaml(text: str, file: str) -> tuple[Any, Locator]:
    """Parse YAML text safely; raise ScenarioError with file:line:column on any problem."""
    loc = Locator(file)
    loader = _Loader(text)
    try:
        check_bounds(text, file)
        node = loader.get_single_node()
        if node is None:
            return None, loc
        return _build(node, (), loc, loader), loc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "invalid YAML"
        hint = ""
        if "python" in str(problem) or "constructor" in str(problem):
            problem = f"tag not allowed: {problem}"
            hint = "scenarios are data: remove the !!tag"
        elif "tab" in str(problem).lower() or _char_at(text, line, col) == "\t":
            problem = "a tab character here"
            hint = "indent with spaces, not tabs"
        else:
            plain = _plain_words(str(problem), str(exc.context or ""))
            if plain is not None:
                problem, hint = plain
            elif exc.context:
                hint = exc.context
        raise ScenarioError([Finding(file, line, col, str(problem).strip(), hint)]) from None
    except yaml.reader.ReaderError as exc:
        # A NUL or another control character: say where it is, not 1:1.
        before = text[: exc.position] if isinstance(exc.position, int) else ""
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "a character"
        raise ScenarioError(
            [Finding(file, line, col, f"{code} is not allowed in YAML", "remove it")]
        ) from None
    except yaml.YAMLError as exc:
        raise ScenarioError([Finding(file, 1, 1, f"invalid YAML: {exc}")]) from None
    except RecursionError:
        raise ScenarioError([Finding(file, 1, 1, "nested too deeply to read")]) from None
    finally:
        loader.dispose()


def load_yaml(path: Path, display: str | None = None) -> tuple[Any, Locator]:
    """Read and parse a YAML file; unreadable files and bad encodings become findings."""
    name = display or str(path)
    try:
        raw = safety.read_regular(path, safety.YAML_LIMIT)
    except OSError as exc:
        raise ScenarioError([Finding(name, 1, 1, f"cannot read file: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ScenarioError(
            [Finding(name, line, 1, "file is not UTF-8", "save it as UTF-8 in your editor")]
        ) from None
    return parse_yaml(text, name)
