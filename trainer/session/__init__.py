"""A practice session: the one façade every front end plays a call through.

The TUI, `trainer play --script`, test plans, transcript replay, `play --watch` and fuzz
all drive a `Session` (every one but the TUI through the script runner, `script.py`): the
channel decision, the call's moves, the hint, hanging up, the letter step and the final
score. The same moves therefore give the same score in every front end; the TUI may not
import scoring or the simulation itself (import-linter).
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from ..scenario.loader import LoadedScenario
from ..scoring import check_letter, draft_letter, letter_step, score_call, score_opening
from ..scoring.results import CallScore, CheckVerdict
from ..simulation import Call, CallOver
from ..transcripts import TranscriptWriter
from ..transcripts.schema import Transcript
from ..understanding.types import Recogniser
from .events import Event, LearnerSaid, Paused
from .views import OpeningReading, hint_card

log = logging.getLogger(__name__)

__all__ = [
    "CHANNELS",
    "CallOver",
    "CallScore",
    "OpeningReading",
    "Session",
    "default_learner",
    "default_recogniser",
    "new_seed",
    "parse_today",
]

#: The learner's first decision (GUIDE §1).
CHANNELS = ("call", "written")


def new_seed() -> int:
    """A fresh seed for a call that was not given one; it is recorded in the transcript."""
    return secrets.randbelow(2**31)


def parse_today(text: str | None) -> dt.date | None:
    """`--today YYYY-MM-DD` as a date (None = the real date); ValueError with one sentence."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--today wants a date as YYYY-MM-DD, not {text!r}") from None


def default_learner(explicit: str | None = None) -> str:
    """Who is practising: as given, else $TRAINER_LEARNER, else the login name."""
    if explicit:
        return explicit
    env = os.environ.get("TRAINER_LEARNER")
    if env:
        return env
    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):  # no user database entry, e.g. in a container
        return "learner"


def default_recogniser(language: str, loaded: LoadedScenario) -> Recogniser:
    from ..understanding import load_recogniser

    extra = {name: intent.model_dump() for name, intent in loaded.scenario.intents.items()} or None
    return load_recogniser(language, extra_intents=extra)


class Session:
    """One practice session; every turn is in the journal before the next move is accepted.

    `today` pins the call date (tests, `--today`); by default the call is dated as the
    scenario says, else the real date.
    """

    def __init__(
        self,
        loaded: LoadedScenario,
        *,
        learner: str,
        seed: int | None = None,
        transcripts: Path | None = None,
        recogniser: Recogniser | None = None,
        today: dt.date | None = None,
        persona: str | None = None,
        mode: str = "practice",
        channel: str | None = None,
        call_date: dt.date | None = None,
    ) -> None:
        self.loaded = loaded
        self.learner = learner
        self.seed = new_seed() if seed is None else seed
        self.mode = mode
        scenario = loaded.scenario
        self.recogniser = recogniser or default_recogniser(scenario.language, loaded)
        self.call = Call(
            scenario,
            self.recogniser,
            seed=self.seed,
            call_date=today or call_date,
            persona=persona,
        )
        self.writer: TranscriptWriter | None = None
        if transcripts is not None:
            self.writer = TranscriptWriter.open(transcripts, self._header())
        self._journalled = 0
        self.channel: str | None = None
        self.letter: str | None = None
        #: The play --json object of the last `finish` (a dict: what the shells print).
        self.result: dict[str, Any] | None = None
        #: The typed score and saved transcript of the last `finish`.
        self.score: CallScore | None = None
        self.transcript: Transcript | None = None
        self._opening: OpeningReading | None = None
        if channel is not None:
            self.choose_channel(channel)

    @property
    def intent_labels(self) -> dict[str, str]:
        """The names its trainer gave the scenario's own intents (`label:`), by intent id:
        what the call screen shows and the transcript records for a reviewer."""
        return {k: v.label for k, v in self.loaded.scenario.intents.items() if v.label}

    def _header(self) -> dict[str, Any]:
        s = self.loaded.scenario
        return {
            "learner": self.learner,
            "scenario": {
                "id": s.id,
                "title": s.title,
                "language": s.language,
                "sha256": self.loaded.sha256,
                "path": str(self.loaded.path),
                # What a reviewer reads for the scenario's own intents, kept with the call.
                "intent_labels": self.intent_labels,
            },
            "seed": self.seed,
            "persona": self.call.persona,
            "call_date": self.call.call_date.isoformat(),
            "mode": self.mode,
        }

    # --- what the front ends read -------------------------------------------------------
    @property
    def scenario(self) -> Any:
        return self.loaded.scenario

    @property
    def ended(self) -> bool:
        return self.call.ended

    @property
    def outcome(self) -> str | None:
        return self.call.outcome

    @property
    def end_reason(self) -> str | None:
        return self.call.end_reason

    @property
    def agreement(self) -> bool:
        """Whether the call ended in an agreement the letter confirms (the judge's rule:
        no agreement, no letter step)."""
        return letter_step(self.call)

    @property
    def turns(self) -> list[Any]:
        return self.call.turns

    @property
    def variables(self) -> dict[str, Any]:
        return self.call.variables

    @property
    def exam(self) -> bool:
        return self.mode == "exam"

    # --- the journal --------------------------------------------------------------------
    def _journal(self) -> None:
        if self.writer is None:
            return
        for turn in self.call.turns[self._journalled :]:
            self.writer.turn(turn.to_json())
        self._journalled = len(self.call.turns)
        if self.call.ended:
            self.writer.note(
                "ended", {"outcome": self.call.outcome, "end_reason": self.call.end_reason}
            )

    # --- before the call ----------------------------------------------------------------
    def choose_channel(self, choice: str) -> None:
        """The learner's decision before the call: "call" or "written" (GUIDE §1)."""
        if choice not in CHANNELS:
            raise ValueError(f"channel must be 'call' or 'written', not {choice!r}")
        self.channel = choice
        if self.writer is not None:
            self.writer.note("channel", {"channel": choice})

    # --- the call -----------------------------------------------------------------------
    def start(self) -> list[Event]:
        events = self.call.start()
        self._journal()
        return events

    def say(self, text: str) -> list[Event]:
        """A learner line ('' = pause). It is journalled before anything can go wrong.

        After the end of the call there is nothing to say: the move is refused before it
        reaches the journal (an Enter that leaves the ended call is not a silence).
        """
        if self.call.ended:
            raise CallOver("the call has ended")
        if self.writer is not None:
            self.writer.input(text)
        events = self.call.say(text)
        self._journal()
        if any(isinstance(e, LearnerSaid | Paused) for e in events):
            self._read_opening()
        return events

    def pause(self) -> list[Event]:
        """The learner stays silent on purpose."""
        return self.say("")

    def hang_up(self) -> list[Event]:
        events = self.call.hang_up()
        self._journal()
        return events

    def hint(self) -> str:
        """The guide card for now (see views.SITUATIONS); never what is still unsaid."""
        return hint_card(self.call)

    def _read_opening(self) -> None:
        """Judge the opening as it stands, until it is final: the call screen shows this
        reading and the debrief scores the same lines the same way."""
        if self._opening is not None and self._opening.final:
            return
        try:
            opening = score_opening(self.call)
        except Exception:  # a reading is a courtesy during the call; the score comes later
            log.warning("reading the opening failed", exc_info=True)
            return
        strategy = next((c for c in opening.checks if c.id == "strategy"), None)
        if strategy is None or strategy.turn is None:
            return
        learner = [t.index for t in self.call.turns if t.speaker == "learner"]
        later = any(i > strategy.turn for i in learner)
        # A met strategy stays met; a miss is only certain once the learner has moved on
        # (after a strategy-1 opener the next move, a silence, still decides it).
        final = bool(strategy.passed) or later or self.call.ended
        self._opening = OpeningReading(
            turn=strategy.turn,
            strategy=opening.strategy,
            passed=bool(strategy.passed),
            reason=strategy.reason or "",
            final=final,
        )

    def opening_reading(self) -> OpeningReading | None:
        """The judge's reading of the opening once it is final (else None)."""
        if self._opening is None or not self._opening.final:
            return None
        return self._opening

    # --- the letter step ----------------------------------------------------------------
    def letter_draft(self) -> str:
        """The draft of the written confirmation to start from ('' if drafting fails)."""
        try:
            return draft_letter(self.call)
        except Exception:  # an empty page is better than no letter step
            log.exception("drafting the letter failed")
            return ""

    def letter_checks(self, text: str) -> list[CheckVerdict]:
        """The checks of a letter on their own: what `finish(letter=...)` counts when the
        call reached an agreement, and practice feedback when it did not."""
        try:
            return check_letter(self.call, text)
        except Exception:  # no result is better than losing the letter being written
            log.exception("checking the letter failed")
            return []

    # --- the end ------------------------------------------------------------------------
    def finish(self, letter: str | None = None) -> dict[str, Any]:
        """Score the call and write the final transcript; returns the play --json object
        (`self.score` and `self.transcript` hold the same, typed).

        Called again with the learner's confirmation letter, it re-scores and rewrites
        the transcript (atomically) with the letter and its checks.
        """
        if self.result is not None and letter is None:
            return self.result
        if letter is not None:
            self.letter = letter
        if not self.call.ended:
            self.hang_up()
        self.score = score_call(self.call, channel=self.channel, letter=self.letter)
        record: dict[str, Any] = {
            "seed": self.seed,
            "learner": self.learner,
            "persona": self.call.persona,
            "call_date": self.call.call_date.isoformat(),
            "outcome": self.call.outcome,
            "end_reason": self.call.end_reason,
            "turns": [t.to_json() for t in self.call.turns],
            **self.score.to_json(),
            "channel": self.channel,
            "letter": self.letter,
        }
        path = self.writer.path if self.writer is not None else None
        if path is not None and self.transcript is not None:
            # The re-score with the letter: what the file holds now (reviews included)
            # with the new result, written atomically.
            from ..transcripts.store import load_transcript, save_transcript, validate

            if path.exists():
                self.transcript = validate({**load_transcript(path).to_json(), **record}, path.name)
                save_transcript(path, self.transcript)
            else:
                path = None
        elif self.writer is not None:
            self.transcript = self.writer.finish(
                {
                    **record,
                    "status": "finished",
                    "variables": dict(self.call.variables),
                    "reviews": {"comments": [], "overrides": []},
                }
            )
        self.result = {
            "scenario": self.loaded.scenario.id,
            **record,
            "transcript": str(path) if path is not None else None,
        }
        return self.result

    def close(self) -> None:
        """Leave the journal for recovery without finishing (e.g. the app is quitting)."""
        if self.writer is not None:
            self.writer.close()

    def discard(self) -> None:
        """Drop the journal: a session that failed (a broken script) leaves no transcript."""
        if self.writer is not None:
            self.writer.close()
            self.writer.journal_path.unlink(missing_ok=True)
            self.writer = None
