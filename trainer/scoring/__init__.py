"""Scoring: the opening lines and the whole call, judged against the guide's checks.

Until the scoring issue lands, `score_call` returns the contract's fields, empty.
"""

from __future__ import annotations

from typing import Any


def score_call(
    call: Any, *, channel: str | None = None, letter: str | None = None
) -> dict[str, Any]:
    """The scoring fields of DESIGN.md's play --json object for a finished call."""
    return {
        "opening": {"strategy": None, "score": 0, "checks": []},
        "checks": [],
        "score": 0,
        "passed": False,
        "tier": None,
        "feedback": [],
    }
