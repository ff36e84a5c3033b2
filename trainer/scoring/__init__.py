"""Scoring: the opening lines and the whole call, judged against the guide's checks.

Public API (other layers code against these names)::

    score_call(call, *, channel=None, letter=None) -> CallScore   # the play --json fields
    score_opening(call) -> Opening                                 # its opening part alone
    channel_check(scenario, "call" | "written") -> CheckVerdict    # GUIDE §1
    draft_letter(call, gaps=True) -> str                           # the model letter ("" = none)
    letter_step(call) -> bool                                      # an agreement to confirm?
    check_letter(call, text) -> list[CheckVerdict]                 # GUIDE §4 letter content
    applicable_checks(scenario) -> list[str]                       # checks a scenario exercises

The results are typed (`trainer.scoring.results`: CheckVerdict, Opening, TurnFeedback,
Rubric, CallScore); `.to_json()` gives the contract's JSON. A CHECK has id, passed,
evidence, advice, better, turn and weight (+ reason, the one-line verdict, and turns,
every line that contributed; letter parts add part, critical checks critical). A passed
call whose tier a failed check holds down (verdict.TIER_CAPS) adds tier_cap: tier, check,
reason; other calls have no such key.
Modules: opening (GUIDE §2), checks (§3-§4 in the call), channel (§1), letter (§4),
terms (what was agreed), score (weights, tiers, per-turn feedback), results (the typed
results), texts (the words). The package never imports textual.

The names are loaded on first use (PEP 562): `trainer.scoring.results` is what the
review side reads, and importing it must not load the scorer, the simulation and the
recogniser behind it (a tenth of a second for every `trainer review --list`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .applicable import applicable_checks
    from .channel import channel_check
    from .letter import check_letter, draft_letter, letter_step
    from .results import DEFAULT_PASS, DEFAULT_TIERS
    from .score import score_call, score_opening
    from .verdict import DEFAULT_WEIGHTS

#: Public name -> the module that defines it.
_API = {
    "DEFAULT_PASS": ".results",
    "DEFAULT_TIERS": ".results",
    "DEFAULT_WEIGHTS": ".verdict",
    "applicable_checks": ".applicable",
    "channel_check": ".channel",
    "check_letter": ".letter",
    "draft_letter": ".letter",
    "letter_step": ".letter",
    "score_call": ".score",
    "score_opening": ".score",
}

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
    "score_opening",
]


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_API[name], __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value
