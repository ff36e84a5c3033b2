"""Replay a transcript against the current scenario: the trainer's regression check.

The learner's lines are played again, in order, against a fresh Call with the
transcript's seed, persona and call date, so an unchanged scenario reproduces the
conversation exactly (the customer's random choices depend on the seed alone). The
first turn where speaker, text, customer line or state differ is reported with what
the transcript says and what happens now, plus the outcome before and after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..transcripts.annotations import Data
from ..transcripts.export import shown
from ..transcripts.schema import Turn
from ..transcripts.store import as_transcript

#: What makes two turns "the same" for a regression check. Timestamps, confidences
#: and variables may move without the conversation changing.
_COMPARED = ("speaker", "move", "text", "line_id", "state")


@dataclass
class ReplayReport:
    transcript: str
    scenario_id: str
    scenario_changed: bool  # file hash differs from the one recorded
    turns_before: int
    turns_after: int
    first_diff: int | None  # turn index, None = same conversation
    expected: dict[str, Any] | None
    now: dict[str, Any] | None
    outcome_before: str | None
    outcome_after: str | None
    end_before: str | None
    end_after: str | None
    score_before: int | None = None
    score_after: int | None = None
    notes: list[str] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)  # the replayed conversation

    @property
    def differs(self) -> bool:
        return self.first_diff is not None or self.outcome_before != self.outcome_after

    def to_json(self) -> dict[str, Any]:
        return {
            "transcript": self.transcript,
            "scenario": self.scenario_id,
            "scenario_changed": self.scenario_changed,
            "differs": self.differs,
            "first_diff": self.first_diff,
            "expected": self.expected,
            "now": self.now,
            "outcome": {"before": self.outcome_before, "after": self.outcome_after},
            "end_reason": {"before": self.end_before, "after": self.end_after},
            "score": {"before": self.score_before, "after": self.score_after},
            "notes": self.notes,
        }


def _key(turn: Turn | None) -> tuple[Any, ...] | None:
    if turn is None:
        return None
    return tuple(getattr(turn, k) for k in _COMPARED)


def _parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value is not None else None
    except ValueError:
        return None


def replay(
    data: Data, loaded: Any, recogniser: Any = None, *, today: dt.date | None = None
) -> ReplayReport:
    """Play `data`'s learner lines against `loaded` (a LoadedScenario) in a fresh Session.

    The session gets the transcript's seed, persona, call date (unless `today` pins
    another), channel decision and letter, so an unchanged scenario gives the same score.
    """
    from ..session.script import HANG_UP, PAUSE, Move, ScriptRunner

    scenario = loaded.scenario
    transcript = as_transcript(data)
    seed = transcript.seed if transcript.seed is not None else 0
    persona = transcript.persona
    notes: list[str] = []
    personas = scenario.customer.persona
    personas = personas if isinstance(personas, list) else [personas]
    if persona is not None and persona not in personas:
        notes.append(f"persona '{persona}' is no longer offered by the scenario")
    runner = ScriptRunner.open(
        loaded,
        learner="replay",
        seed=seed,
        recogniser=recogniser,
        persona=persona,
        mode="replay",
        today=today or _parse_date(transcript.call_date),
        channel=transcript.channel,
    )
    call = runner.session.call
    # A line typed but never processed (the app died) has no reply to compare.
    skipped = [t for t in transcript.turns if t.unprocessed]
    before = [t for t in transcript.turns if not t.unprocessed]
    if skipped:
        notes.append(f"{len(skipped)} unprocessed line(s) at the end were not replayed")
    moves: list[Move] = [
        PAUSE if turn.pause else turn.text for turn in before if turn.speaker == "learner"
    ]
    runner.play(moves)
    if runner.cut_at is not None:
        notes.append("the call now ends before all of the learner's lines were said")
    elif transcript.end_reason == "learner_ended" and not call.ended:
        runner.play([HANG_UP])  # the learner hung up then; do so now, to compare outcomes
    after = [Turn.model_validate(t.to_json()) for t in call.turns]

    first = None
    for i in range(max(len(before), len(after))):
        a = before[i] if i < len(before) else None
        b = after[i] if i < len(after) else None
        if _key(a) != _key(b):
            first = i
            break
    score_after = None
    outcome_after, end_after = call.outcome, call.end_reason
    if transcript.checks:  # re-score only calls that were scored when played
        runner.finish(transcript.letter)
        score = runner.session.score
        score_after = score.score if score is not None else None
    return ReplayReport(
        transcript=transcript.id or "",
        scenario_id=scenario.id,
        scenario_changed=bool(transcript.scenario.sha256)
        and transcript.scenario.sha256 != loaded.sha256,
        turns_before=len(before),
        turns_after=len(after),
        first_diff=first,
        expected=_brief(before[first]) if first is not None and first < len(before) else None,
        now=_brief(after[first]) if first is not None and first < len(after) else None,
        outcome_before=transcript.outcome,
        outcome_after=outcome_after,
        end_before=transcript.end_reason,
        end_after=end_after,
        score_before=transcript.score if transcript.checks else None,
        score_after=score_after,
        notes=notes,
        turns=[t.to_json() for t in after],
    )


def _brief(turn: Turn) -> dict[str, Any]:
    return {k: getattr(turn, k) for k in ("index", *_COMPARED)}


def _describe(turn: dict[str, Any] | None) -> str:
    if turn is None:
        return "(no turn: the conversation ended)"
    who = turn.get("speaker", "?")
    text = "(silence)" if turn.get("move") == "pause" else repr(shown(turn.get("text")))
    extra = f" [line {turn['line_id']}]" if turn.get("line_id") else ""
    return f"{who}: {text}{extra} -> state {turn.get('state')}"


def format_report(report: ReplayReport) -> str:
    """A pytest-style report: what the transcript says and what happens now, side by side."""
    out = [f"replay {report.transcript} against scenario {report.scenario_id}"]
    if report.scenario_changed:
        out.append("  the scenario file changed since the call was made")
    if report.first_diff is None:
        out.append(f"  conversation unchanged ({report.turns_before} turns)")
    else:
        out.append(f"  first difference at turn {report.first_diff}:")
        out.append(f"    expected: {_describe(report.expected)}")
        out.append(f"    now:      {_describe(report.now)}")
        out.append(f"  turns: {report.turns_before} before, {report.turns_after} now")
    same = report.outcome_before == report.outcome_after
    out.append(
        f"  outcome: {report.outcome_before or 'none'}"
        + (" (unchanged)" if same else f" -> {report.outcome_after or 'none'}")
    )
    if report.score_before is not None and report.score_after is not None:
        out.append(f"  score: {report.score_before} -> {report.score_after}")
    out += [f"  note: {n}" for n in report.notes]
    out.append("DIFFERS" if report.differs else "OK")
    return "\n".join(out)
