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

from .store import TranscriptError, read_transcript, write_atomic

#: GUIDE §6 defaults; used for the effective pass/tier only when the transcript does not
#: record its scenario's rubric (the scorer writes `rubric: {pass, tiers}` since issue 13;
#: older transcripts lack it).
DEFAULT_PASS = 70
DEFAULT_TIERS = {"bronze": 50, "silver": 75, "gold": 90}
SCORE = "score"  # the override target meaning "the call's score"


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


def reviews_of(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The transcript's reviews block, tolerating old files without one."""
    reviews = data.get("reviews")
    if not isinstance(reviews, dict):
        reviews = {}
    comments = reviews.get("comments")
    overrides = reviews.get("overrides")
    return {
        "comments": comments if isinstance(comments, list) else [],
        "overrides": overrides if isinstance(overrides, list) else [],
    }


def check_ids(data: dict[str, Any]) -> list[str]:
    """Checks a reviewer may override: those scored in this call, then the guide's others."""
    from ..guide import CHECK_IDS  # the one list of guide check ids

    scored = [str(c["id"]) for c in _checks(data)]  # _checks keeps string ids only
    return scored + [c for c in CHECK_IDS if c not in scored]


def _mapping(value: Any) -> dict[str, Any]:
    """A transcript field that should be a mapping; {} when an old or edited file has none."""
    return value if isinstance(value, dict) else {}


def _checks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Opening and call checks in one list (call checks win on a shared id)."""
    opening = _mapping(data.get("opening"))
    merged: dict[str, dict[str, Any]] = {}
    for source in (opening.get("checks") or [], data.get("checks") or []):
        for check in source:
            if isinstance(check, dict) and isinstance(check.get("id"), str):
                merged[check["id"]] = check
    return list(merged.values())


def _reviewer(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ReviewError("a reviewer name is required", "no_reviewer")
    return name


def add_comment(path: Path, text: str, *, reviewer: str, turn: int | None = None) -> dict[str, Any]:
    """Append a comment on a turn (or a general one when turn is None); returns it."""
    if not text.strip():
        raise ReviewError("the comment is empty", "empty_comment")
    data = read_transcript(path)
    if turn is not None:
        indexes = {t.get("index", i) for i, t in enumerate(data.get("turns") or [])}
        if turn not in indexes:
            raise ReviewError(f"the call has no turn {turn}", "no_turn", turn=turn)
    comment = {
        "id": secrets.token_hex(4),
        "turn": turn,
        "text": text,
        "reviewer": _reviewer(reviewer),
        "at": _now(),
    }
    _store(path, data, "comments", comment)
    return comment


def add_override(
    path: Path,
    target: str,
    *,
    reason: str,
    reviewer: str,
    passed: bool | None = None,
    score: int | None = None,
) -> dict[str, Any]:
    """Override one check's verdict (`passed`) or the call's score (target "score").

    The reason is required: an unexplained change to a learner's result is worthless
    in a personnel file and cannot be discussed with the learner.
    """
    if not (reason or "").strip():
        raise ReviewError("an override needs a reason", "no_reason")
    data = read_transcript(path)
    override: dict[str, Any] = {"id": secrets.token_hex(4), "target": target}
    if target == SCORE:
        if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 100:
            raise ReviewError(
                "the score override must be a whole number from 0 to 100", "bad_score"
            )
        override["score"] = score
    else:
        if target not in check_ids(data):
            raise ReviewError(f"unknown check '{target}'", "unknown_check", check=target)
        if not isinstance(passed, bool):
            raise ReviewError(
                f"say whether check '{target}' passed or failed", "no_verdict", check=target
            )
        override["passed"] = passed
    override.update({"reason": reason.strip(), "reviewer": _reviewer(reviewer), "at": _now()})
    _store(path, data, "overrides", override)
    return override


def is_withdrawn(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(item.get("withdrawn"), dict)


def active(items: list[Any]) -> list[dict[str, Any]]:
    """The comments or overrides that still count (well-formed and not withdrawn)."""
    return [i for i in items if isinstance(i, dict) and not is_withdrawn(i)]


def is_author(item: dict[str, Any], reviewer: str) -> bool:
    """Whether `reviewer` wrote `item`: names compared ignoring case and surrounding spaces."""
    author = str(item.get("reviewer", "")).strip()
    return author.casefold() == reviewer.strip().casefold()


def withdrawable(
    data: dict[str, Any], reviewer: str, *, turn: int | None = None
) -> list[dict[str, Any]]:
    """The comments and overrides `reviewer` may withdraw: their own that still count.

    Offered in this order: comments on `turn` (the line the reviewer is on) first, then
    the rest in the order they were written.
    """
    reviews = reviews_of(data)
    mine = [
        item
        for item in active([*reviews["comments"], *reviews["overrides"]])
        if isinstance(item.get("id"), str) and is_author(item, reviewer)
    ]
    mine.sort(key=lambda i: (i.get("turn") != turn or "target" in i, str(i.get("at"))))
    return mine


def withdraw(path: Path, item_id: str, *, reviewer: str) -> dict[str, Any]:
    """Withdraw the reviewer's own comment or override `item_id`; returns the item.

    Only its author may withdraw it (names compared ignoring case and surrounding
    spaces); it is marked, never removed, so who wrote what and who took it back
    when stays on record.
    """
    who = _reviewer(reviewer)
    data = read_transcript(path)
    reviews = reviews_of(data)
    for kind in ("comments", "overrides"):
        for item in reviews[kind]:
            if not isinstance(item, dict) or item.get("id") != item_id:
                continue
            if is_withdrawn(item):
                raise ReviewError("this annotation was already withdrawn", "already_withdrawn")
            if not is_author(item, who):
                author = str(item.get("reviewer", "")).strip()
                raise ReviewError(
                    f"only {author or 'its author'} can withdraw this annotation",
                    "not_author",
                    author=author or "?",
                )
            item["withdrawn"] = {"by": who, "at": _now()}
            data["reviews"] = reviews
            _write(path, data)
            return item
    raise ReviewError(f"no comment or override '{item_id}' in this call", "no_item", item=item_id)


def comments_by_turn(data: dict[str, Any]) -> dict[int | None, list[dict[str, Any]]]:
    """Comments (withdrawn ones too: they are shown struck through) by the turn they are
    on; None holds the general ones (and any whose turn is not a number)."""
    out: dict[int | None, list[dict[str, Any]]] = {}
    for c in reviews_of(data)["comments"]:
        if isinstance(c, dict):
            turn = c.get("turn") if isinstance(c.get("turn"), int) else None
            out.setdefault(turn, []).append(c)
    return out


def feedback_by_turn(data: dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    """The scorer's feedback by the turn it is about (what is shown beside that line)."""
    out: dict[int, list[dict[str, Any]]] = {}
    for item in data.get("feedback") or []:
        if isinstance(item, dict) and isinstance(item.get("turn"), int):
            checks = [c for c in item.get("checks") or [] if isinstance(c, dict)]
            out.setdefault(item["turn"], []).extend(checks)
    return out


def _store(path: Path, data: dict[str, Any], kind: str, item: dict[str, Any]) -> None:
    reviews = reviews_of(data)
    reviews[kind] = [*reviews[kind], item]
    data["reviews"] = reviews
    _write(path, data)


def _write(path: Path, data: dict[str, Any]) -> None:
    try:
        write_atomic(path, data)
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
    override: dict[str, Any] | None = None


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
    score_override: dict[str, Any] | None = None

    @property
    def overridden(self) -> bool:
        return self.score_override is not None or any(c.override for c in self.checks)


def _tier(score: int, tiers: dict[str, int]) -> str | None:
    best = None
    for name, low in sorted(tiers.items(), key=lambda kv: kv[1]):
        if score >= low:
            best = name
    return best


def _num(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return round(value)


def effective(data: dict[str, Any]) -> Effective:
    """Automatic result + overrides. The latest override of a target wins; withdrawn
    overrides do not count (an earlier one of the same target applies again).

    Check overrides re-weigh the score (weighted share of checks passed, GUIDE §6)
    unless the score itself was overridden; pass and tier then follow the recorded
    rubric (`recorded_rubric`) and the scorer's rules: a missed critical check means not
    passed, and only a passed call has a tier.
    """
    overrides: dict[str, dict[str, Any]] = {}
    for o in active(reviews_of(data)["overrides"]):
        if isinstance(o.get("target"), str):
            overrides[o["target"]] = o
    checks: list[CheckResult] = []
    for c in _checks(data):
        auto = c.get("passed") if isinstance(c.get("passed"), bool) else None
        mine = overrides.get(c["id"])
        weight = c.get("weight")
        checks.append(
            CheckResult(
                id=c["id"],
                auto=auto,
                passed=mine["passed"] if mine and isinstance(mine.get("passed"), bool) else auto,
                weight=float(weight) if isinstance(weight, int | float) else 1.0,
                evidence=c.get("evidence"),
                advice=c.get("advice"),
                better=c.get("better"),
                turn=c.get("turn") if isinstance(c.get("turn"), int) else None,
                override=mine,
            )
        )
    # An override of a check the scorer did not judge adds it (the reviewer saw it happen).
    known = {c.id for c in checks}
    for target, o in overrides.items():
        if target != SCORE and target not in known and isinstance(o.get("passed"), bool):
            checks.append(CheckResult(target, None, o["passed"], 1.0, None, None, None, None, o))
    opening = _mapping(data.get("opening"))
    auto_score = _num(data.get("score"))
    auto_passed = data.get("passed") if isinstance(data.get("passed"), bool) else None
    auto_tier = data.get("tier") if isinstance(data.get("tier"), str) else None
    result = Effective(
        auto_score=auto_score,
        score=auto_score,
        auto_passed=auto_passed,
        passed=auto_passed,
        auto_tier=auto_tier,
        tier=auto_tier,
        strategy=opening.get("strategy") if isinstance(opening.get("strategy"), str) else None,
        checks=checks,
        score_override=overrides.get(SCORE),
    )
    if not result.overridden:
        return result
    pass_mark, tiers = recorded_rubric(data)
    failed_critical = any(c.passed is False and c.id in _critical_ids(data) for c in checks)
    if result.score_override is not None:
        result.score = _num(result.score_override.get("score"))
    else:
        judged = [c for c in checks if c.passed is not None and c.weight > 0]
        total = sum(c.weight for c in judged)
        if total:
            result.score = round(100 * sum(c.weight for c in judged if c.passed) / total)
            if failed_critical:
                # As the scorer does (GUIDE §6): a missed critical check caps the score.
                result.score = min(result.score, max(pass_mark - 1, 0))
    if result.score is not None:
        # The scorer's rules, by the rubric the call was judged with: pass needs the
        # scenario's mark and no missed critical check; tiers are for passed calls only.
        result.passed = result.score >= pass_mark and not failed_critical
        result.tier = _tier(result.score, tiers) if result.passed else None
    return result


def recorded_rubric(data: dict[str, Any]) -> tuple[int, dict[str, int]]:
    """The pass mark and tiers the transcript was scored with (`rubric`, written by the
    scorer); the guide's defaults only for transcripts from before it was recorded."""
    rubric = _mapping(data.get("rubric"))
    mark = rubric.get("pass")
    pass_mark = mark if isinstance(mark, int) and not isinstance(mark, bool) else DEFAULT_PASS
    raw = rubric.get("tiers")
    tiers = DEFAULT_TIERS
    if isinstance(raw, dict) and raw:
        good = {k: v for k, v in raw.items() if isinstance(k, str) and _num(v) is not None}
        tiers = {k: int(_num(v) or 0) for k, v in good.items()} or DEFAULT_TIERS
    return pass_mark, dict(tiers)


def _critical_ids(data: dict[str, Any]) -> set[str]:
    """Ids of the checks the scorer marked critical (a miss means the call cannot pass)."""
    return {c["id"] for c in _checks(data) if c.get("critical") is True}
