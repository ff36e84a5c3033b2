"""Findings: what `trainer validate` reports, each anchored at file:line:column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One problem in a file a trainer wrote, with where it is and what to write instead."""

    file: str
    line: int
    column: int
    message: str
    hint: str = ""
    severity: Severity = "error"
    code: str = ""

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
        }


class ScenarioError(Exception):
    """A file could not be loaded at all; carries the findings that say why."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n".join(str(f) for f in findings))


class ScenarioNotFound(ScenarioError):
    """No file or id matches: a short sentence, not a file:line message (there is no file)."""

    def __init__(self, ref: str, message: str):
        self.message = message
        super().__init__([Finding(ref, 1, 1, message)])

    def __str__(self) -> str:
        return self.message
