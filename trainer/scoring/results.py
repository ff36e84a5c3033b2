"""The scorer's results as typed models: a check's verdict, the opening, the per-turn
feedback, the rubric and the call's score.

They are the fields of `trainer play --json` (DESIGN.md) and of a transcript, so their
JSON is the contract: `to_json()` gives exactly the keys the scorer set (a key that was
never set, such as `part` or `critical` on most checks, is not written), and reading
that JSON back (`model_validate`) gives an equal model. The transcript schema
(`trainer.transcripts.schema`) reuses these models; scoring may not import transcripts.

Config, for every model here and in the transcript schema:
- `strict`: a crafted or damaged file with `"passed": "yes"` or `"score": "90"` is an
  error, never silently coerced into a pass or a number.
- `extra="allow"`: a field this version does not know (a newer minor writer, a hand
  edit) is kept and written back, so a reviewer's annotation never drops data from a
  record that may be part of a personnel file.
This module imports nothing heavier than pydantic, so the review side can read results
without loading the scorer.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

#: GUIDE §6 defaults, used when a scenario's rubric says nothing.
DEFAULT_PASS = 70
DEFAULT_TIERS: dict[str, int] = {"bronze": 50, "silver": 75, "gold": 90}
#: The tiers from lowest to highest; a cap (TierCap) keeps a tier at or below its own.
TIER_ORDER = ("bronze", "silver", "gold")


class Record(BaseModel):
    """Base of every result and transcript model (see the module doc for the config)."""

    model_config = ConfigDict(strict=True, extra="allow", populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        """The JSON object as written: only the fields that were set, by their JSON names."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


def is_note(passed: bool | None, weight: float, critical: bool) -> bool:
    """Failed at no weight and not critical: it costs no points, only the tier, so it is
    shown as a note, not "not met" beside 100/100 (forty-seventh audit). A critical one
    fails the call whatever its weight (fifty-second audit: a letter with the wrong sum was
    shown as a note)."""
    return passed is False and not weight and not critical


class CheckVerdict(Record):
    """One check as judged: the CHECK object of the play --json contract.

    `passed` None: nothing in the call exercised the check (never counted as passed).
    `turn` is the deciding turn, `turns` every turn that contributed (the per-turn
    feedback); `part` names a letter part; `critical` checks fail the call when missed.
    """

    id: str
    passed: bool | None = None
    evidence: str | None = None
    advice: str | None = None
    better: str | None = None
    turn: int | None = None
    weight: float = 1.0
    reason: str | None = None
    turns: list[int] = Field(default_factory=list)
    part: str | None = None
    critical: bool = False

    @property
    def is_note(self) -> bool:
        return is_note(self.passed, self.weight, self.critical)


class Opening(Record):
    """The opening lines' judgement (GUIDE §2): the strategy recognised and its checks."""

    strategy: str | None = None
    score: int | None = None
    checks: list[CheckVerdict] = Field(default_factory=list)


class FeedbackCheck(Record):
    """A check a learner line earned or lost, with the one-line reason."""

    id: str
    passed: bool | None = None
    reason: str | None = None


class TurnFeedback(Record):
    """The checks one learner turn earned or lost (shown beside the line in a review)."""

    turn: int
    checks: list[FeedbackCheck] = Field(default_factory=list)


class Rubric(Record):
    """The pass mark and tiers a call was judged by; a reviewer's override recomputes pass
    and tier with these, never with the guide's defaults."""

    pass_mark: int = Field(default=DEFAULT_PASS, alias="pass", ge=0, le=100)
    tiers: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_TIERS))

    def tier(self, score: int, cap: str | None = None) -> str | None:
        """The highest tier whose mark the score reaches (None below every tier), but no
        higher than `cap` (see TierCap)."""
        best = None
        for name, mark in sorted(self.tiers.items(), key=lambda kv: kv[1]):
            if score >= mark and (cap is None or _rank(name) <= _rank(cap)):
                best = name
        return best


def _rank(tier: str) -> int:
    return TIER_ORDER.index(tier) if tier in TIER_ORDER else len(TIER_ORDER)


class TierCap(Record):
    """Why a passed call's tier is held down: the check whose failure a trainer would not
    sign a higher tier for, the highest tier it allows, and the reason in words."""

    tier: str
    check: str
    reason: str


class CallScore(Record):
    """A scored call: the play --json result fields (DESIGN.md) and the transcript's.

    `score` is the weighted share of checks passed (0-100, capped below the pass mark
    after a missed critical check); `tier` only for a passed call (GUIDE §6), held down
    by `tier_cap` where one applies; `rubric` is the one it was judged by; `agreed_terms`
    what the customer actually accepted.
    """

    opening: Opening
    checks: list[CheckVerdict]
    score: int = Field(ge=0, le=100)
    passed: bool
    tier: str | None
    critical: list[str]
    rubric: Rubric
    agreed_terms: dict[str, Any] | None
    feedback: list[TurnFeedback]
    #: Set only on a passed call whose tier a failed check holds down (additive: the JSON
    #: of a call without one has no such key).
    tier_cap: TierCap | None = None
    #: Set only where a missed critical check lowered the score: the weighted share the
    #: checks alone gave (additive, as `tier_cap`).
    capped_from: int | None = Field(default=None, ge=0, le=100)
