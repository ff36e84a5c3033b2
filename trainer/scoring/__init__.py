"""Scoring: the opening lines and the whole call, judged against the guide's checks.

Public API (other layers code against these names)::

    score_call(call, *, channel=None, letter=None) -> dict   # the play --json fields
    channel_check(scenario, "call" | "written") -> CHECK      # GUIDE §1
    draft_letter(call, gaps=True) -> str                      # the model letter ("" = none)
    letter_step(call) -> bool                                 # an agreement to confirm?
    check_letter(call, text) -> list[CHECK]                   # GUIDE §4 letter content
    applicable_checks(scenario) -> list[str]                  # checks a scenario exercises

CHECK = {"id", "passed", "evidence", "advice", "better", "turn", "weight"} (+ "reason",
the one-line verdict, and "turns", every line that contributed; letter parts add "part").
Modules: opening (GUIDE §2), checks (§3-§4 in the call), channel (§1), letter (§4),
terms (what was agreed), score (weights, tiers, per-turn feedback), texts (the words).
The package never imports textual.
"""

from __future__ import annotations

from .applicable import applicable_checks
from .channel import channel_check
from .letter import check_letter, draft_letter, letter_step
from .score import DEFAULT_PASS, DEFAULT_TIERS, score_call
from .verdict import DEFAULT_WEIGHTS

__all__ = [
    "DEFAULT_PASS",
    "DEFAULT_TIERS",
    "DEFAULT_WEIGHTS",
    "applicable_checks",
    "channel_check",
    "check_letter",
    "draft_letter",
    "letter_step",
    "score_call",
]
