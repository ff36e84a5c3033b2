"""Reviewer annotations: comments and overrides kept beside the automatic result.

A review never edits what was said (`turns`) nor what the scorer decided (`checks`,
`score`, `passed`, `tier`): it appends to `reviews.comments` / `reviews.overrides`,
and the *effective* result is computed on reading, so both stay visible and an
override can always be traced to a reviewer, a time and a reason.

Withdrawing. A reviewer may take back their own comment or override: the item stays
in the file, marked `withdrawn: {"by", "at"}`, is shown struck through, and no
longer counts (an override stops applying, a comment stops being counted). Nothing
a reviewer wrote is ever deleted.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..scoring.results import Rubric, TierCap, is_note
from .schema import Annotation, Comment, Override, Transcript, Withdrawal
from .store import TranscriptError, as_transcript, load_transcript, save_transcript

SCORE = "score"  # the override target meaning "the call's score"
COMMENT_LIMIT = 2000  # characters in one comment

#: A transcript as the core holds it, or as the JSON dict the review screen holds.
Data = Transcript | dict[str, Any]


class ReviewError(ValueError):
    """An annotation cannot be stored; the message is one sentence a reviewer can act on.

    `code` and `params` let a screen say the same sentence in the reviewer's language.
    """

    def __init__(self, message: str, code: str = "", **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def _now() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


def check_ids(data: Data) -> list[str]:
    """Checks a reviewer may override: those scored in this call, then the guide's others."""
    from ..guide import CHECK_IDS  # the one list of guide check ids

    scored = [c.id for c in as_transcript(data).all_checks]
    return scored + [c for c in CHECK_IDS if c not in scored]


def _reviewer(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ReviewError("a reviewer name is required", "no_reviewer")
    return name


def add_comment(path: Path, text: str, *, reviewer: str, turn: int | None = None) -> Comment:
    """Append a comment on a turn (or a general one when turn is None); returns it."""
    if not text.strip():
        raise ReviewError("the comment is empty", "empty_comment")
    if len(text) > COMMENT_LIMIT:
        # A reviewer audit pasted 5,000 characters: a comment is a note beside a line, and
        # the export a learner reads.
        raise ReviewError(
            f"a comment can be at most {COMMENT_LIMIT} characters", "too_long", limit=COMMENT_LIMIT
        )
    transcript = load_transcript(path)
    if turn is not None and turn not in transcript.turn_numbers():
        raise ReviewError(f"the call has no turn {turn}", "no_turn", turn=turn)
    comment = Comment(
        id=secrets.token_hex(4), turn=turn, text=text, reviewer=_reviewer(reviewer), at=_now()
    )
    transcript.reviews.comments.append(comment)
    _write(path, transcript)
    return comment


def add_override(
    path: Path,
    target: str,
    *,
    reason: str,
    reviewer: str,
    passed: bool | None = None,
    score: int | None = None,
) -> Override:
    """Override one check's verdict (`passed`) or the call's score (target "score").

    The reason is required: an unexplained change to a learner's result is worthless
    in a personnel file and cannot be discussed with the learner.
    """
    if not (reason or "").strip():
        raise ReviewError("an override needs a reason", "no_reason")
    transcript = load_transcript(path)
    override = Override(id=secrets.token_hex(4), target=target)
    if target == SCORE:
        if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 100:
            raise ReviewError(
                "the score override must be a whole number from 0 to 100", "bad_score"
            )
        override.score = score
    else:
        if target not in check_ids(transcript):
            raise ReviewError(f"unknown check '{target}'", "unknown_check", check=target)
        if not isinstance(passed, bool):
            raise ReviewError(
                f"say whether check '{target}' passed or failed", "no_verdict", check=target
            )
        override.passed = passed
    _changes_something(transcript, override)
    override.reason = reason.strip()
    override.reviewer = _reviewer(reviewer)
    override.at = _now()
    transcript.reviews.overrides.append(override)
    _write(path, transcript)
    return override


def _changes_something(transcript: Transcript, override: Override) -> None:
    """Refuse an override that leaves the result as it is (a reviewer audit: "passed →
    passed" was saved and shown as a review of the call)."""
    eff = effective(transcript)
    if override.target == SCORE:
        if override.score == eff.score:
            raise ReviewError(
                f"the score is already {eff.score}", "no_change_score", score=eff.score
            )
        return
    now = next((c.passed for c in eff.checks if c.id == override.target), None)
    if now is not None and now == override.passed:
        raise ReviewError(
            f"check '{override.target}' is already {'passed' if now else 'failed'}",
            "no_change",
            check=override.target,
        )


def brief(text: str, limit: int = 80) -> str:
    """A withdrawn comment's text as screens and exports show it: its start only (the whole
    stays in the file; a reviewer audit found a withdrawn 5,000-character comment filling
    the call pane and the learner's export)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def is_author(item: Annotation, reviewer: str) -> bool:
    """Whether `reviewer` wrote `item`: names compared ignoring case and surrounding spaces."""
    return item.reviewer.strip().casefold() == reviewer.strip().casefold()


def withdrawable(data: Data, reviewer: str, *, turn: int | None = None) -> list[Annotation]:
    """The comments and overrides `reviewer` may withdraw: their own that still count.

    Offered in this order: comments on `turn` (the line the reviewer is on) first, then
    the rest in the order they were written.
    """
    reviews = as_transcript(data).reviews
    items: list[Annotation] = [*reviews.comments, *reviews.overrides]
    mine = [i for i in items if i.active and i.id and is_author(i, reviewer)]

    def order(item: Annotation) -> tuple[bool, str]:
        on_turn = isinstance(item, Comment) and item.turn == turn
        return (not on_turn, item.at)

    return sorted(mine, key=order)


def withdraw(path: Path, item_id: str, *, reviewer: str) -> Annotation:
    """Withdraw the reviewer's own comment or override `item_id`; returns the item.

    Only its author may withdraw it (names compared ignoring case and surrounding
    spaces); it is marked, never removed, so who wrote what and who took it back
    when stays on record.
    """
    who = _reviewer(reviewer)
    transcript = load_transcript(path)
    items: list[Annotation] = [*transcript.reviews.comments, *transcript.reviews.overrides]
    for item in items:
        if item.id != item_id:
            continue
        if not item.active:
            raise ReviewError("this annotation was already withdrawn", "already_withdrawn")
        if not is_author(item, who):
            author = item.reviewer.strip()
            raise ReviewError(
                f"only {author or 'its author'} can withdraw this annotation",
                "not_author",
                author=author or "?",
            )
        item.withdrawn = Withdrawal(by=who, at=_now())
        _write(path, transcript)
        return item
    raise ReviewError(f"no comment or override '{item_id}' in this call", "no_item", item=item_id)


def _write(path: Path, transcript: Transcript) -> None:
    try:
        save_transcript(path, transcript)
    except OSError as exc:
        raise TranscriptError(f"{path.name}: cannot save the review ({exc.strerror})") from None


@dataclass
class CheckResult:
    """One check as the reviewer sees it: the scorer's verdict and the effective one."""

    id: str
    auto: bool | None
    passed: bool | None
    weight: float
    evidence: str | None
    advice: str | None
    better: str | None
    turn: int | None
    override: Override | None = None
    critical: bool = False

    @property
    def is_note(self) -> bool:
        return is_note(self.passed, self.weight, self.critical)


@dataclass
class Effective:
    """The automatic result with the reviewers' overrides applied (both kept)."""

    auto_score: int | None
    score: int | None
    auto_passed: bool | None
    passed: bool | None
    auto_tier: str | None
    tier: str | None
    strategy: str | None
    checks: list[CheckResult] = field(default_factory=list)
    score_override: Override | None = None
    #: The scorer's tier cap where it holds the tier down: `auto_cap` for the automatic
    #: result, `cap` for the effective one (gone once a reviewer passes its check).
    auto_cap: TierCap | None = None
    cap: TierCap | None = None

    @property
    def overridden(self) -> bool:
        return self.score_override is not None or any(c.override for c in self.checks)


def effective(data: Data) -> Effective:
    """Automatic result + overrides. The latest override of a target wins; withdrawn
    overrides do not count (an earlier one of the same target applies again).

    Check overrides re-weigh the score (weighted share of checks passed, GUIDE §6)
    unless the score itself was overridden; pass and tier then follow the rubric the
    call was scored with (`Transcript.judged_by`) and the scorer's rules: a missed
    critical check means not passed, and only a passed call has a tier.
    """
    transcript = as_transcript(data)
    overrides = {o.target: o for o in transcript.reviews.overrides if o.active}
    checks: list[CheckResult] = []
    for c in transcript.all_checks:
        mine = overrides.get(c.id)
        checks.append(
            CheckResult(
                id=c.id,
                auto=c.passed,
                passed=mine.passed if mine and mine.passed is not None else c.passed,
                weight=c.weight,
                evidence=c.evidence,
                advice=c.advice,
                better=c.better,
                turn=c.turn,
                override=mine,
                critical=c.critical,
            )
        )
    # An override of a check the scorer did not judge adds it (the reviewer saw it happen).
    known = {c.id for c in checks}
    for target, o in overrides.items():
        if target != SCORE and target not in known and o.passed is not None:
            checks.append(CheckResult(target, None, o.passed, 1.0, None, None, None, None, o))
    opening = transcript.opening
    rubric: Rubric = transcript.judged_by
    stored = transcript.tier_cap
    auto_cap = holding(stored, rubric, transcript.score) if transcript.passed else None
    result = Effective(
        auto_score=transcript.score,
        score=transcript.score,
        auto_passed=transcript.passed,
        passed=transcript.passed,
        auto_tier=transcript.tier,
        tier=transcript.tier,
        strategy=opening.strategy if opening else None,
        checks=checks,
        score_override=overrides.get(SCORE),
        auto_cap=auto_cap,
        cap=auto_cap,
    )
    if not result.overridden:
        return result
    critical = {c.id for c in transcript.all_checks if c.critical}
    failed_critical = any(c.passed is False and c.id in critical for c in checks)
    if result.score_override is not None:
        result.score = result.score_override.score
    else:
        judged = [c for c in checks if c.passed is not None and c.weight > 0]
        total = sum(c.weight for c in judged)
        if total:
            result.score = round(100 * sum(c.weight for c in judged if c.passed) / total)
            if failed_critical:
                # As the scorer does (GUIDE §6): a missed critical check caps the score.
                result.score = min(result.score, max(rubric.pass_mark - 1, 0))
    if result.score is not None:
        # The scorer's rules, by the rubric the call was judged with: pass needs the
        # scenario's mark and no missed critical check; tiers are for passed calls only.
        result.passed = result.score >= rubric.pass_mark and not failed_critical
        # The scorer's tier cap holds while its check still fails (scoring TIER_CAPS).
        capped = stored is not None and any(
            c.id == stored.check and c.passed is False for c in checks
        )
        cap = stored if capped and result.passed else None
        result.tier = (
            rubric.tier(result.score, cap.tier if cap else None) if result.passed else None
        )
        result.cap = holding(cap, rubric, result.score)
    return result


@dataclass(frozen=True)
class LineVerdict:
    """A check beside the line it is about, as the reviewer left it: the scorer's verdict,
    or the reviewer's where an override changed it (`reviewed`, with the scorer's `auto`)."""

    id: str
    passed: bool | None
    reason: str | None
    reviewed: bool = False
    auto: bool | None = None


def feedback_by_turn(data: Data) -> dict[int, list[LineVerdict]]:
    """The feedback beside each line with the reviewers' overrides applied: a check a
    reviewer passed shows passed there too (a reviewer audit: "✗ One of the two strategies"
    stayed beside the lines while the checks table said "passed (reviewed)")."""
    transcript = as_transcript(data)
    overrides = {o.target: o for o in transcript.reviews.overrides if o.active}
    out: dict[int, list[LineVerdict]] = {}
    for turn, items in transcript.feedback_by_turn().items():
        for fb in items:
            o = overrides.get(fb.id)
            if o is not None and o.passed is not None and o.passed != fb.passed:
                verdict = LineVerdict(fb.id, o.passed, fb.reason, True, fb.passed)
            else:
                verdict = LineVerdict(fb.id, fb.passed, fb.reason, False, fb.passed)
            out.setdefault(turn, []).append(verdict)
    return out


def holding(cap: TierCap | None, rubric: Rubric, score: int | None) -> TierCap | None:
    """`cap` if it holds a passed call's tier down at `score`, else None.

    The scorer records a cap on every passed call whose capping check failed, also where
    the score alone gives that tier or a lower one; calling such a tier "capped" would
    blame the check for a tier the score itself earned.
    """
    if cap is None or score is None:
        return None
    return cap if rubric.tier(score) != rubric.tier(score, cap.tier) else None
