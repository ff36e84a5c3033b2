"""The transcript as typed models, and the migration of older files to this version.

A transcript is one JSON object per call (DESIGN.md, "Transcripts"): the header written
when the call starts (learner, scenario, seed, …), every turn, the scorer's result
(`trainer.scoring.results`, the same fields as play --json), the letter, and the
reviewers' comments and overrides. The JSON on disk keeps the shape it always had;
`to_json()` writes exactly the fields that were read or set, so an old file rewritten
by a review keeps its keys and gains only what the migration adds.

Version 2 (issue 13) over version 1, all filled in by `migrate`:
- `scenario` is always an object (the very first files kept the bare id);
- `reviews` is always there, with both lists (interrupted calls had none);
- every turn has its `index` (its position in a hand-made or very old file);
- a scored call always records the `rubric` it was judged by. Version-1 files from
  before the rubric was recorded were always re-judged by the guide's defaults, so the
  migration records those: their effective results do not change.
Unknown fields are kept (`extra="allow"`, see `trainer.scoring.results`).

Added within version 2 (optional, so older files and older readers are unaffected):
`scenario.intent_labels`, the names of the scenario's own intents (see `ScenarioRef`);
`tier_cap`, why the scorer held a passed call's tier down (`trainer.scoring.results.TierCap`);
`capped_from`, the share of checks met where a missed critical check capped the score.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ..scoring.results import (
    DEFAULT_PASS,
    DEFAULT_TIERS,
    CheckVerdict,
    FeedbackCheck,
    Opening,
    Record,
    Rubric,
    TierCap,
    TurnFeedback,
)

__all__ = [
    "SCHEMA_VERSION",
    "Annotation",
    "CheckVerdict",
    "Comment",
    "FeedbackCheck",
    "Intent",
    "Opening",
    "Override",
    "Reviews",
    "Rubric",
    "ScenarioRef",
    "Transcript",
    "Turn",
    "TurnFeedback",
    "Withdrawal",
    "migrate",
]

SCHEMA_VERSION = 2


class Intent(Record):
    """An intent the recogniser heard in a learner line, with its confidence."""

    intent: str
    confidence: float | None = None


class Turn(Record):
    """One line of the conversation (`trainer.simulation.Turn.to_json`).

    `state` is the customer's state after the line; `move` is "say" or "pause" for the
    learner; `unprocessed`: typed, journalled, never answered (the app died).
    """

    index: int
    speaker: Literal["learner", "customer"]
    text: str = ""
    state: str | None = None
    state_before: str | None = None
    intents: list[Intent] = Field(default_factory=list)
    at: str | None = None
    move: Literal["say", "pause"] | None = None
    line_id: str | None = None
    trigger: str | None = None
    facts: list[dict[str, Any]] = Field(default_factory=list)
    variables: dict[str, Any] = Field(default_factory=dict)
    unprocessed: bool = False

    @property
    def pause(self) -> bool:
        """The learner stayed silent on purpose."""
        return self.speaker == "learner" and self.move == "pause"


class ScenarioRef(Record):
    """Which scenario was played: its id, title, language and the hash of its file, and
    what its own intents were called."""

    id: str | None = None
    title: str | None = None
    language: str | None = None
    sha256: str | None = None
    path: str | None = None
    #: The labels of the scenario's own intents (`intents:` with a `label:`), in its
    #: language, as they were when the call was played: a reviewer reads "Rechnung mit
    #: Bestellnummer nachreichen", not `rechnung_nachreichen`, even after the scenario file
    #: was edited, renamed or deleted. Absent in older files (their ids are shown instead).
    intent_labels: dict[str, str] = Field(default_factory=dict)


class Withdrawal(Record):
    """Who took an annotation back, and when (it stays in the file, struck through)."""

    by: str
    at: str


class Annotation(Record):
    """What comments and overrides share: an id, the reviewer, the time, a withdrawal."""

    id: str = ""
    reviewer: str = ""
    at: str = ""
    withdrawn: Withdrawal | None = None

    @property
    def active(self) -> bool:
        """Still counts: not withdrawn."""
        return self.withdrawn is None


class Comment(Annotation):
    """A reviewer's comment on a turn (`turn`, 0-based) or on the whole call (None)."""

    text: str = ""
    turn: int | None = None


class Override(Annotation):
    """A reviewer's change of one check's verdict (`passed`) or of the score (target
    "score", `score`), with the reason it needs."""

    target: str
    passed: bool | None = None
    score: int | None = Field(default=None, ge=0, le=100)
    reason: str = ""


class Reviews(Record):
    comments: list[Comment] = Field(default_factory=list)
    overrides: list[Override] = Field(default_factory=list)


class Transcript(Record):
    """A whole call as saved. Everything but `turns` may be missing in a minimal file;
    an interrupted call has no result (`score` None, no checks)."""

    schema_version: int = SCHEMA_VERSION
    id: str | None = None
    learner: str | None = None
    scenario: ScenarioRef = Field(default_factory=ScenarioRef)
    seed: int | None = None
    persona: str | None = None
    call_date: str | None = None
    mode: str | None = None
    started_at: str | None = None
    ended_at: str | None = None
    status: Literal["finished", "interrupted"] = "finished"
    outcome: str | None = None
    end_reason: str | None = None
    channel: Literal["call", "written"] | None = None
    turns: list[Turn]
    variables: dict[str, Any] = Field(default_factory=dict)
    # The scorer's result (trainer.scoring.results.CallScore), absent when not scored.
    opening: Opening | None = None
    checks: list[CheckVerdict] = Field(default_factory=list)
    score: int | None = Field(default=None, ge=0, le=100)
    passed: bool | None = None
    tier: str | None = None
    critical: list[str] = Field(default_factory=list)
    rubric: Rubric | None = None
    agreed_terms: dict[str, Any] | None = None
    tier_cap: TierCap | None = None
    capped_from: int | None = Field(default=None, ge=0, le=100)
    feedback: list[TurnFeedback] = Field(default_factory=list)
    letter: str | None = None
    reviews: Reviews = Field(default_factory=Reviews)

    @property
    def scored(self) -> bool:
        return self.score is not None or bool(self.checks)

    @property
    def all_checks(self) -> list[CheckVerdict]:
        """Opening and call checks in one list (a call check wins on a shared id)."""
        merged: dict[str, CheckVerdict] = {}
        for check in [*(self.opening.checks if self.opening else []), *self.checks]:
            merged[check.id] = check
        return list(merged.values())

    @property
    def judged_by(self) -> Rubric:
        """The rubric the call was scored with (the guide's defaults if it was not scored)."""
        return self.rubric or Rubric()

    def turn_numbers(self) -> set[int]:
        return {t.index for t in self.turns}

    def comments_by_turn(self) -> dict[int | None, list[Comment]]:
        """Comments (withdrawn ones too: they are shown struck through) by the turn they
        are on; None holds the general ones."""
        out: dict[int | None, list[Comment]] = {}
        for c in self.reviews.comments:
            out.setdefault(c.turn, []).append(c)
        return out

    def feedback_by_turn(self) -> dict[int, list[FeedbackCheck]]:
        """The scorer's feedback by the turn it is about (what is shown beside that line)."""
        out: dict[int, list[FeedbackCheck]] = {}
        for item in self.feedback:
            out.setdefault(item.turn, []).extend(item.checks)
        return out


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """A version-1 record as version 2 (see the module doc); a newer one is returned as is.

    Works on the raw JSON object before validation, so it tolerates anything: what is
    not of the expected shape is left for the validation to name.
    """
    if data.get("schema_version") != 1:
        return data
    data = dict(data)
    if isinstance(data.get("scenario"), str):
        data["scenario"] = {"id": data["scenario"]}
    reviews = data.get("reviews")
    if reviews is None:
        data["reviews"] = {"comments": [], "overrides": []}
    elif isinstance(reviews, dict):
        data["reviews"] = {"comments": [], "overrides": [], **reviews}
    turns = data.get("turns")
    if isinstance(turns, list):
        data["turns"] = [
            {"index": i, **t} if isinstance(t, dict) and "index" not in t else t
            for i, t in enumerate(turns)
        ]
    scored = data.get("score") is not None or bool(data.get("checks"))
    if scored and data.get("rubric") is None:
        data["rubric"] = {"pass": DEFAULT_PASS, "tiers": dict(DEFAULT_TIERS)}
    data["schema_version"] = SCHEMA_VERSION
    return data
