"""Load a scenario file: safe YAML, shared blocks merged in, the pydantic model built,
and every schema problem reported at file:line:column."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .. import safety
from ..paths import SHIPPED_SCENARIOS, scenarios_dir
from . import model as m
from .findings import Finding, ScenarioError, ScenarioNotFound
from .regexsafety import pattern_hint, pattern_problem
from .yamlsource import Locator, PathKey, load_yaml

#: Keys a shared block (`use:`) may contribute; the scenario's own values win.
BLOCK_KEYS = ("states", "anywhere", "variables", "fallback", "silence", "give_up", "intents")


@dataclass(frozen=True)
class LoadedScenario:
    """A scenario with where it came from, for messages, transcripts and the graph."""

    scenario: m.Scenario
    path: Path
    locator: Locator
    sha256: str
    blocks: tuple[Path, ...] = field(default=())

    @property
    def id(self) -> str:
        return self.scenario.id


def _all_field_names() -> set[str]:
    names: set[str] = set()
    for obj in vars(m).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel) and obj is not BaseModel:
            for name, info in obj.model_fields.items():
                names.add(info.alias or name)
    return names


_FIELD_NAMES = _all_field_names()


def _data_path(data: Any, loc: tuple[Any, ...]) -> PathKey:
    """Keep the parts of a pydantic error location that exist in the data.

    pydantic adds union-branch tags ('literal[...]', 'list[...]') and our normalised
    short forms (a bare string became [{'to': ...}]); drop what is not in the YAML.
    """
    path: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and isinstance(part, str) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            path.append(part)
            node = node[part]
        elif isinstance(part, str) and not isinstance(node, dict | list):
            break
    return tuple(path)


def _message(err: ErrorDetails, data: Any) -> tuple[str, str, PathKey, bool]:
    """(message, hint, path, at_key) for one pydantic error."""
    loc = tuple(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        close = difflib.get_close_matches(key, _FIELD_NAMES, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else "remove it or check the spelling"
        if not close and (" " in key or key[:1].isupper()):
            # "- Ganz ehrlich: das Ventil …" under say: is read as a key and its value (T1).
            hint = f"if this is text with ': ' in it, put the whole line in quotes (\"{key}: …\")"
        return f"unknown key '{key}'", hint, _data_path(data, loc), True
    if kind == "missing":
        key = str(loc[-1])
        parent = _data_path(data, loc[:-1])
        # "missing required key 'name' under 'customer'": the caller has one too (T1).
        under = ".".join(str(p) for p in parent)
        where_missing = f" under '{under}'" if under else ""
        return f"missing required key '{key}'{where_missing}", "", parent, False
    msg = err["msg"]
    where = ".".join(str(p) for p in _data_path(data, loc))
    if kind in ("float_parsing", "int_parsing", "float_type", "int_type"):
        # "amount: 2.840,00" as written in a German letter (an authoring audit: "Input should
        # be a valid number, unable to parse string as a number").
        return (
            f"'{err.get('input')}' is not a number for {where or 'this'}",
            "write it with a decimal point and no thousands separator, e.g. 2840.00",
            _data_path(data, loc),
            False,
        )
    pattern = str(err.get("ctx", {}).get("pattern"))
    if kind == "string_pattern_mismatch" and "a-z" in pattern:
        # A scenario id takes hyphens ("de-urlaub"), a state or variable name underscores; an
        # umlaut is neither (an authoring audit: the id's message asked for underscores).
        joiner = "underscores, starting with a letter" if "_" in pattern else "hyphens"
        return (
            f"'{err.get('input')}' is not a valid name for {where or 'this'}",
            f"use lowercase letters, digits and {joiner}; write ä as ae, ö as oe, ü as ue, ß as ss",
            _data_path(data, loc),
            False,
        )
    return f"{where}: {msg}" if where else msg, "", _data_path(data, loc), False


_BLOCKS: dict[tuple[Path, int, int], tuple[Any, Locator]] = {}


def _load_block(path: Path) -> tuple[Any, Locator]:
    """A shared block, parsed once per version of the file: every scenario of a language
    uses the same block, and the library loads them all."""
    try:
        stat = path.lstat()
    except OSError:
        stat = None
    key = (path, stat.st_mtime_ns if stat else 0, stat.st_size if stat else 0)
    if key not in _BLOCKS:
        _BLOCKS[key] = load_yaml(path, _display(path))
    data, loc = _BLOCKS[key]
    return copy.deepcopy(data), loc


def _merge_blocks(
    data: dict[str, Any], loc: Locator, path: Path
) -> tuple[dict[str, Any], tuple[Path, ...]]:
    uses = data.get("use") or []
    if not isinstance(uses, list):
        return data, ()
    blocks = []
    for i, ref in enumerate(uses):
        if not isinstance(ref, str):
            continue
        block_path = (path.parent / ref).resolve()
        roots = _block_roots(path)
        # Absolute or relative, the block must resolve inside a scenarios folder: a
        # scenario from elsewhere cannot make us read (and echo) /etc/shadow or ../../x.
        if not any(block_path.is_relative_to(r) for r in roots):
            raise ScenarioError(
                [
                    loc.finding(
                        ("use", i),
                        f"shared block '{ref}' is outside the scenarios folder",
                        "blocks must lie inside the scenarios folder (_blocks/)",
                    )
                ]
            )
        if block_path.suffix not in (".yaml", ".yml") or not safety.is_regular(block_path):
            raise ScenarioError(
                [
                    loc.finding(
                        ("use", i),
                        f"shared block '{ref}' not found",
                        "paths are relative to this file",
                    )
                ]
            )
        block, bloc = _load_block(block_path)
        if not isinstance(block, dict):
            raise ScenarioError([bloc.finding((), "a shared block must be a mapping of keys")])
        for key, value in block.items():
            if key not in BLOCK_KEYS:
                raise ScenarioError(
                    [
                        bloc.finding(
                            (key,),
                            f"a shared block cannot set '{key}'",
                            f"allowed: {', '.join(BLOCK_KEYS)}",
                            key=True,
                        )
                    ]
                )
            if isinstance(value, dict):
                mine = data.setdefault(key, {})
                if not isinstance(mine, dict):
                    continue
                for sub, subval in value.items():
                    if sub not in mine:  # the scenario's own definition wins
                        mine[sub] = subval
                        loc.graft(bloc, (key, sub), (key, sub))
            elif key not in data:
                data[key] = value
                loc.graft(bloc, (key,), (key,))
        blocks.append(block_path)
    return data, tuple(blocks)


def _scenarios_root(path: Path) -> Path:
    """The scenarios folder of a file: the nearest folder above it with _blocks/ or
    _intents/ (scenarios/de/x.yaml -> scenarios/), else the file's own folder."""
    here = path.resolve().parent
    for folder in (here, *here.parents[:2]):
        if (folder / "_blocks").is_dir() or (folder / "_intents").is_dir():
            return folder
    return here


def _block_roots(path: Path) -> list[Path]:
    """Where shared blocks may come from: this file's scenarios folder, the configured one
    and the shipped one (`trainer new` files elsewhere use the shipped blocks)."""
    roots = [_scenarios_root(path), SHIPPED_SCENARIOS.resolve()]
    with contextlib.suppress(OSError):
        roots.append(scenarios_dir().resolve())
    return roots


def _display(path: Path) -> str:
    """Paths relative to the working directory read best in messages."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_scenario(path: Path) -> LoadedScenario:
    """Load and build a scenario; raise ScenarioError (file:line:column) if it cannot be built.

    Cross-reference checks (unknown states, unreachable states, ...) are separate:
    see `checks.check_scenario`, which `trainer validate` runs on the result.
    """
    display = _display(path)
    data, loc = load_yaml(path, display)
    if not isinstance(data, dict):
        raise ScenarioError(
            [
                Finding(
                    display,
                    1,
                    1,
                    "a scenario must be a mapping of keys (id:, title:, states:, ...)",
                )
            ]
        )
    data, blocks = _merge_blocks(data, loc, path)
    try:
        scenario = m.Scenario.model_validate(data)
    except ValidationError as exc:
        findings = []
        for err in exc.errors():
            message, hint, dpath, at_key = _message(err, data)
            findings.append(loc.finding(dpath, message, hint, key=at_key, code="schema"))
        raise ScenarioError(findings) from None
    problems = limits(scenario, loc)
    if problems:
        raise ScenarioError(problems)
    try:
        digest = hashlib.sha256(safety.read_regular(path, safety.YAML_LIMIT))
        for block in blocks:
            digest.update(safety.read_regular(block, safety.YAML_LIMIT))
    except OSError as exc:  # replaced by something else since it was parsed
        raise ScenarioError([Finding(display, 1, 1, f"cannot read file: {exc.strerror}")]) from None
    # Dated for today (relative invoice dates, the briefing's {invoice.due}); a call made
    # on another day (--today, test plans) re-dates it with `Scenario.on`.
    scenario = scenario.on(scenario.call_date or dt.date.today())
    return LoadedScenario(scenario, path, loc, digest.hexdigest(), blocks)


#: Names `transitions` owns on the model: an intent called `state` breaks the machine
#: ("Trigger name cannot be same as model attribute name"), `trigger` shadows its method.
RESERVED_NAMES = frozenset({"state", "trigger", "machine", "model"})
RESERVED_PREFIXES = ("may_", "is_", "to_")
#: Transitions the customer's machine may hold once `anywhere` is copied into every open
#: state: 2,000 x 2,000 took 31 s and 2.4 GB per call. Real scenarios have a few hundred.
MAX_TRANSITIONS = 20_000


def _reserved(name: str) -> bool:
    return name in RESERVED_NAMES or name.startswith(RESERVED_PREFIXES)


def limits(s: m.Scenario, loc: Locator) -> list[Finding]:
    """What would break or hang the call at run time, refused when loading (so `play`
    refuses it too), each at its file:line: reserved names, too many transitions,
    patterns that backtrack catastrophically."""
    out: list[Finding] = []
    reserved_hint = (
        f"{', '.join(sorted(RESERVED_NAMES))} and names starting with "
        f"{', '.join(RESERVED_PREFIXES)} belong to the state machine; rename it"
    )
    named: list[tuple[str, PathKey]] = [(n, ("intents", n)) for n in s.intents]
    named += [(t, ("anywhere", t)) for t in s.anywhere]
    named += [(t, ("states", st, "on", t)) for st, state in s.states.items() for t in state.on]
    for name, where in named:
        if _reserved(name):
            out.append(loc.finding(where, f"'{name}' is a reserved name", reserved_hint, key=True))
    open_states = sum(1 for st in s.states.values() if not st.end)
    own = sum(len(alts) for st in s.states.values() for alts in st.on.values())
    everywhere = sum(len(alts) for alts in s.anywhere.values())
    total = own + everywhere * open_states
    if total > MAX_TRANSITIONS:
        out.append(
            loc.finding(
                ("anywhere",) if everywhere else ("states",),
                f"too many transitions: {total:,} once anywhere: applies to all "
                f"{open_states} open states (at most {MAX_TRANSITIONS:,})",
                "use fewer states or fewer anywhere: entries",
                key=True,
            )
        )
    for name, intent in s.intents.items():
        for i, pattern in enumerate(intent.patterns):
            problem = pattern_problem(pattern)
            if problem:
                out.append(loc.finding(("intents", name, "patterns", i), problem, pattern_hint()))
    return out


def scenario_files(root: Path) -> list[Path]:
    """Scenario files under a folder, skipping shared folders such as _intents/ and _blocks/."""
    if root.is_file():
        return [root]
    return sorted(
        p
        for p in root.rglob("*.y*ml")
        # a symlink loop or a folder named x.yaml is not a scenario; FIFOs and devices
        # are listed so that validate can name them, and refused when read
        if not p.is_dir()
        if p.suffix in (".yaml", ".yml")
        and not any(part.startswith(("_", ".")) for part in p.relative_to(root).parts)
    )


def find_scenario(ref: str, root: Path) -> Path:
    """A scenario by path or by id; ScenarioError with close ids when none matches."""
    as_path = Path(ref)
    if as_path.suffix in (".yaml", ".yml") or as_path.is_file():
        if as_path.is_file():
            return as_path
        raise ScenarioNotFound(ref, f"no such file: {ref}")
    ids: dict[str, Path] = {}
    for file in scenario_files(root):
        sid = _peek_id(file)
        if sid:
            ids.setdefault(sid, file)
    if ref in ids:
        return ids[ref]
    close = difflib.get_close_matches(ref, list(ids), n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(close)}?" if close else "'trainer validate' lists them"
    raise ScenarioNotFound(ref, f"no scenario '{ref}' among the {len(ids)} in {root} ({hint})")


def _peek_id(file: Path) -> str | None:
    """The id: of a scenario without loading it all (the library lists broken files too)."""
    try:
        text = safety.read_regular(file, safety.YAML_LIMIT).decode("utf-8", errors="replace")
    except OSError:
        return None  # a FIFO, a device, a link, too large: the loader reports it
    for line in text.removeprefix("\ufeff").splitlines():
        if line.startswith("id:"):
            return line[3:].split("#")[0].strip().strip("'\"") or None
    return None
