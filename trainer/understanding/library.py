"""The trainer-editable intent library: `scenarios/_intents/<language>.yaml`.

Format (short on purpose, a trainer edits it in any editor)::

    language: de
    intents:
      fix_payment_date:
        examples:                     # whole learner lines that carry this intent
          - "Bis wann können Sie überweisen?"
        patterns:                     # optional regular expressions (data, never code)
          - '\\bbis wann\\b'
    combined:                         # lines that carry several intents at once
      - {text: "Verstehe. Können Sie bis Freitag 300 Euro anzahlen?",
         intents: [empathise, request_down_payment, fix_payment_date]}
    no_intent:                        # call handling and small talk: no intent
      - "Können Sie mich gut verstehen?"
    scenario_moves:                   # moves GUIDE.md has no intent for: no intent here,
      zahlung_ohne_termin:            # the examples of a scenario's own intent of that name
        - "Zahlen Sie einfach, wenn Sie können."

Patterns are matched case-insensitively against the *normalised* line: lowercase,
umlauts written ae/oe/ue (you may write ä, it is folded for you), no punctuation,
fillers removed, every number written as 0.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..scenario.findings import Finding, ScenarioError
from ..scenario.regexsafety import pattern_hint, pattern_problem
from ..scenario.yamlsource import Locator, load_yaml
from .normalize import norm_key
from .types import INTENTS

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP_KEYS = ("language", "intents", "combined", "no_intent", "scenario_moves")
_INTENT_KEYS = ("examples", "patterns", "description")
_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
)


@dataclass
class IntentSpec:
    """One intent's examples and patterns."""

    name: str
    examples: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)


@dataclass
class IntentLibrary:
    """Everything the recogniser learns from, for one language."""

    language: str
    intents: dict[str, IntentSpec] = field(default_factory=dict)
    combined: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    no_intent: list[str] = field(default_factory=list)
    #: Lines of a move GUIDE.md §5 has no intent for ("zahlen Sie, wenn Sie können"), by
    #: the name a scenario gives that move: they carry no intent, unless the scenario
    #: defines an intent of that name — then they are its examples. Without this, the
    #: library's "no intent" lines outvoted the scenario's own examples of the same words.
    scenario_moves: dict[str, list[str]] = field(default_factory=dict)

    def copy(self) -> IntentLibrary:
        return IntentLibrary(
            self.language,
            {k: IntentSpec(k, list(v.examples), list(v.patterns)) for k, v in self.intents.items()},
            list(self.combined),
            list(self.no_intent),
            {k: list(v) for k, v in self.scenario_moves.items()},
        )

    def move_lines(self) -> list[tuple[str, str | None]]:
        """Each scenario-move line with the intent it carries here (None: no intent)."""
        return [
            (line, name if name in self.intents else None)
            for name, lines in self.scenario_moves.items()
            for line in lines
        ]

    def merge(self, other: IntentLibrary) -> None:
        """Add another library's examples, patterns and lines (a corpus file) to this one."""
        for name, spec in other.intents.items():
            own = self.intents.setdefault(name, IntentSpec(name))
            own.examples.extend(spec.examples)
            own.patterns.extend(p for p in spec.patterns if p not in own.patterns)
        self.combined.extend(other.combined)
        self.no_intent.extend(other.no_intent)
        for name, lines in other.scenario_moves.items():
            self.scenario_moves.setdefault(name, []).extend(lines)

    def without(self, keys: set[str]) -> IntentLibrary:
        """The library minus every example whose normalised text is in `keys` (for CV)."""
        lang = self.language
        out = self.copy()
        for spec in out.intents.values():
            spec.examples = [e for e in spec.examples if norm_key(e, lang) not in keys]
        out.combined = [(t, n) for t, n in out.combined if norm_key(t, lang) not in keys]
        out.no_intent = [e for e in out.no_intent if norm_key(e, lang) not in keys]
        out.scenario_moves = {
            k: [e for e in v if norm_key(e, lang) not in keys]
            for k, v in out.scenario_moves.items()
        }
        return out

    def add_extras(self, extras: dict[str, dict[str, Any]] | None) -> None:
        """Merge a scenario's own intents (new names, or more examples for known ones)."""
        for name, body in (extras or {}).items():
            if not isinstance(name, str) or not _NAME.match(name) or not isinstance(body, dict):
                raise ValueError(
                    f"scenario intent {name!r}: expected a snake_case name and a mapping"
                )
            spec = self.intents.setdefault(name, IntentSpec(name))
            spec.examples.extend(str(e) for e in body.get("examples") or [] if isinstance(e, str))
            for p in body.get("patterns") or []:
                if not isinstance(p, str):
                    continue
                try:
                    compile_pattern(p)
                except re.error as exc:
                    raise ValueError(
                        f"scenario intent {name!r}: invalid pattern {p!r}: {exc}"
                    ) from None
                problem = pattern_problem(p)
                if problem:
                    raise ValueError(f"scenario intent {name!r}: pattern {p!r}: {problem}")
                spec.patterns.append(p)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a trainer's pattern the way lines are normalised (umlauts folded, any case)."""
    return re.compile(pattern.translate(_UMLAUTS), re.IGNORECASE)


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def library_from_data(data: Any, language: str) -> IntentLibrary:
    """Build a library from parsed YAML, skipping whatever `validate` would report."""
    lib = IntentLibrary(language)
    if not isinstance(data, dict):
        return lib
    intents = data.get("intents")
    if isinstance(intents, dict):
        for name, body in intents.items():
            if not isinstance(body, dict):
                continue
            spec = IntentSpec(name, _strings(body.get("examples")))
            for p in _strings(body.get("patterns")):
                try:
                    compile_pattern(p)
                except re.error:
                    continue
                if pattern_problem(p):
                    continue  # validate reports it; never run a pattern that can hang
                spec.patterns.append(p)
            lib.intents[name] = spec
    for item in data.get("combined") or []:
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            names = tuple(n for n in _strings(item.get("intents")))
            lib.combined.append((item["text"], names))
    lib.no_intent = _strings(data.get("no_intent"))
    moves = data.get("scenario_moves")
    if isinstance(moves, dict):
        lib.scenario_moves = {
            str(k): _strings(v) for k, v in moves.items() if isinstance(k, str) and _NAME.match(k)
        }
    return lib


def load_library(path: Path, language: str) -> IntentLibrary:
    """Load a library file; a missing file is an empty library, a broken one raises."""
    if not path.is_file():
        return IntentLibrary(language)
    data, _ = load_yaml(path)
    return library_from_data(data, language)


def library_files(folder: Path, language: str) -> list[Path]:
    """The files of one language's library: `<lang>.yaml` (examples and patterns) and the
    corpus files `<lang>/*.yaml` (more examples, one file per author or register)."""
    files = [folder / f"{language}.yaml"]
    sub = folder / language
    if sub.is_dir():
        files += sorted(p for p in sub.glob("*.yaml") if p.is_file())
    return [p for p in files if p.is_file()]


def load_library_folder(folder: Path, language: str) -> IntentLibrary:
    """One language's whole library: the main file plus every corpus file, merged."""
    library = IntentLibrary(language)
    for path in library_files(folder, language):
        library.merge(load_library(path, language))
    return library


def _close(name: str, known: list[str]) -> str:
    match = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if match:
        return f"did you mean '{match[0]}'?"
    return "intent names are those of GUIDE.md §5; a scenario can add its own in its own file"


def validate_intents_block(
    intents: Any,
    loc: Locator,
    base: tuple[str | int, ...],
    *,
    language: str,
    allow_new: bool = False,
    known: list[str] | None = None,
) -> list[Finding]:
    """Check an `intents:` mapping (shared library, or a scenario's own with allow_new)."""
    known_names = list(known or INTENTS)
    findings: list[Finding] = []
    if not isinstance(intents, dict):
        return [loc.finding(base, "'intents' must be a mapping of intent name to examples")]
    seen: dict[str, tuple[str, int]] = {}
    for name, body in intents.items():
        here = (*base, name)
        if name not in known_names:
            if not allow_new:
                findings.append(
                    loc.finding(
                        here, f"unknown intent '{name}'", _close(name, known_names), key=True
                    )
                )
            elif not _NAME.match(name):
                findings.append(
                    loc.finding(
                        here,
                        f"intent name '{name}' is not snake_case",
                        "write e.g. ask_for_photos",
                        key=True,
                    )
                )
            elif difflib.get_close_matches(name, known_names, n=1, cutoff=0.85):
                findings.append(
                    loc.finding(
                        here,
                        f"new intent '{name}' looks like a typo",
                        _close(name, known_names),
                        severity="warning",
                        key=True,
                    )
                )
        if not isinstance(body, dict):
            findings.append(
                loc.finding(
                    here,
                    f"intent '{name}' must be a mapping",
                    "write 'examples:' and optionally 'patterns:' under it",
                )
            )
            continue
        for key in body:
            if key not in _INTENT_KEYS:
                findings.append(
                    loc.finding(
                        (*here, key),
                        f"unknown key '{key}' under intent '{name}'",
                        f"allowed: {', '.join(_INTENT_KEYS)}",
                        key=True,
                    )
                )
        examples = body.get("examples")
        if examples is None:
            examples = []
        if not isinstance(examples, list):
            findings.append(loc.finding((*here, "examples"), "'examples' must be a list of lines"))
            examples = []
        for i, ex in enumerate(examples):
            if not isinstance(ex, str):
                findings.append(
                    loc.finding(
                        (*here, "examples", i),
                        f"example must be text, not {type(ex).__name__}",
                        'put it in quotes: "…"',
                    )
                )
                continue
            key = norm_key(ex, language)
            if not key:
                findings.append(
                    loc.finding((*here, "examples", i), "empty example", severity="warning")
                )
                continue
            if key in seen:
                other, line = seen[key]
                if other != name:
                    findings.append(
                        loc.finding(
                            (*here, "examples", i),
                            f"duplicate example: also under '{other}' (line {line})",
                            "a line with several intents belongs under 'combined:' with its intents listed",  # noqa: E501
                        )
                    )
                else:
                    findings.append(
                        loc.finding(
                            (*here, "examples", i),
                            f"example repeated under '{name}' (line {line})",
                            "remove one",
                            severity="warning",
                        )
                    )
            else:
                seen[key] = (name, loc.at((*here, "examples", i))[0])
        patterns = body.get("patterns")
        if patterns is None:
            patterns = []
        if not isinstance(patterns, list):
            findings.append(
                loc.finding((*here, "patterns"), "'patterns' must be a list of regular expressions")
            )
            patterns = []
        for i, p in enumerate(patterns):
            if not isinstance(p, str):
                findings.append(
                    loc.finding(
                        (*here, "patterns", i),
                        "pattern must be text",
                        "put it in single quotes: '…'",
                    )
                )
                continue
            try:
                rx = compile_pattern(p)
            except re.error as exc:
                findings.append(
                    loc.finding(
                        (*here, "patterns", i),
                        f"invalid pattern: {exc}",
                        "check brackets and escape special characters with a backslash",
                    )
                )
                continue
            problem = pattern_problem(p)
            if problem:
                # Patterns run on every learner line: one that backtracks without end
                # would freeze the call (issue 12).
                findings.append(loc.finding((*here, "patterns", i), problem, pattern_hint()))
                continue
            if rx.search(""):
                findings.append(
                    loc.finding(
                        (*here, "patterns", i),
                        "pattern matches every line",
                        "it needs at least one required word",
                    )
                )
    return findings


def validate_intent_library(path: Path) -> list[Finding]:
    """Findings for a shared intent library file, each at file:line:column."""
    try:
        data, loc = load_yaml(path)
    except ScenarioError as exc:
        return list(exc.findings)
    # A corpus file (`_intents/de/clerk.yaml`) takes its language from its folder.
    language = path.parent.name if path.parent.name in ("de", "en") else path.stem
    if data is None:
        return [loc.finding((), "empty intent library", "start with 'language:' and 'intents:'")]
    if not isinstance(data, dict):
        return [
            loc.finding(
                (), "an intent library must be a mapping", "start with 'language:' and 'intents:'"
            )
        ]
    findings: list[Finding] = []
    for key in data:
        if key not in _TOP_KEYS:
            findings.append(
                loc.finding(
                    (key,), f"unknown key '{key}'", f"allowed: {', '.join(_TOP_KEYS)}", key=True
                )
            )
    lang = data.get("language")
    if lang is not None:
        if lang not in ("de", "en"):
            findings.append(
                loc.finding(("language",), f"unknown language '{lang}'", "write de or en")
            )
        else:
            if lang != language and language in ("de", "en"):
                findings.append(
                    loc.finding(
                        ("language",),
                        f"language '{lang}' but the file is {path.name}",
                        f"write language: {language}",
                        severity="warning",
                    )
                )
            language = lang
    if "intents" not in data:
        findings.append(
            loc.finding((), "missing 'intents:'", "list the intents with their examples")
        )
    else:
        findings.extend(
            validate_intents_block(data["intents"], loc, ("intents",), language=language)
        )
    owner: dict[str, str] = {}
    if isinstance(data.get("intents"), dict):
        for name, body in data["intents"].items():
            if isinstance(body, dict):
                for ex in _strings(body.get("examples")):
                    owner.setdefault(norm_key(ex, language), name)
    combined = data.get("combined")
    if combined is not None:
        if not isinstance(combined, list):
            findings.append(
                loc.finding(("combined",), "'combined' must be a list of {text, intents}")
            )
        else:
            for i, item in enumerate(combined):
                here = ("combined", i)
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    findings.append(
                        loc.finding(
                            here,
                            "each combined line needs 'text' and 'intents'",
                            'write {text: "…", intents: [a, b]}',
                        )
                    )
                    continue
                names = item.get("intents")
                if not isinstance(names, list) or not names:
                    findings.append(
                        loc.finding((*here, "intents"), "'intents' must be a list of intent names")
                    )
                    continue
                for j, n in enumerate(names):
                    if n not in INTENTS:
                        findings.append(
                            loc.finding(
                                (*here, "intents", j),
                                f"unknown intent '{n}'",
                                _close(str(n), list(INTENTS)),
                            )
                        )
                key = norm_key(item["text"], language)
                if key in owner:
                    findings.append(
                        loc.finding(
                            (*here, "text"),
                            f"duplicate example: also under '{owner[key]}'",
                            "keep it in one place",
                        )
                    )
    findings.extend(_validate_scenario_moves(data.get("scenario_moves"), loc, owner, language))
    no_intent = data.get("no_intent")
    if no_intent is not None:
        if not isinstance(no_intent, list):
            findings.append(loc.finding(("no_intent",), "'no_intent' must be a list of lines"))
        else:
            for i, ex in enumerate(no_intent):
                if not isinstance(ex, str):
                    findings.append(
                        loc.finding(
                            ("no_intent", i), "example must be text", 'put it in quotes: "…"'
                        )
                    )
                elif norm_key(ex, language) in owner:
                    findings.append(
                        loc.finding(
                            ("no_intent", i),
                            f"duplicate example: also under '{owner[norm_key(ex, language)]}'",
                            "a line either carries an intent or none",
                        )
                    )
    return findings


def _validate_scenario_moves(
    moves: Any, loc: Locator, owner: dict[str, str], language: str
) -> list[Finding]:
    """`scenario_moves:` — a mapping of a move's name (not a GUIDE intent) to its lines."""
    if moves is None:
        return []
    if not isinstance(moves, dict):
        return [
            loc.finding(
                ("scenario_moves",),
                "'scenario_moves' must map a move's name to its lines",
                'write zahlung_ohne_termin: ["…", "…"]',
            )
        ]
    findings: list[Finding] = []
    for name, lines in moves.items():
        here = ("scenario_moves", name)
        if not isinstance(name, str) or not _NAME.match(name):
            findings.append(
                loc.finding(here, f"bad move name {name!r}", "use snake_case", key=True)
            )
            continue
        if name in INTENTS:
            findings.append(
                loc.finding(
                    here,
                    f"'{name}' is an intent of GUIDE.md §5",
                    "put its lines under intents: as examples",
                    key=True,
                )
            )
        if not isinstance(lines, list):
            findings.append(loc.finding(here, "the move's lines must be a list of text"))
            continue
        for i, line in enumerate(lines):
            if not isinstance(line, str):
                findings.append(
                    loc.finding((*here, i), "example must be text", 'put it in quotes: "…"')
                )
            elif norm_key(line, language) in owner:
                findings.append(
                    loc.finding(
                        (*here, i),
                        f"duplicate example: also under '{owner[norm_key(line, language)]}'",
                        "a line either carries an intent or is this move",
                    )
                )
    return findings
