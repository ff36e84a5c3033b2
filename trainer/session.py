"""A practice session: a Call, scored and journalled. The one API the TUI and CLI share."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import secrets
from pathlib import Path
from typing import Any

from .scenario.loader import LoadedScenario
from .scoring import score_call
from .simulation import Call, Event
from .transcripts import TranscriptWriter
from .understanding.types import Recogniser


def new_seed() -> int:
    """A fresh seed for a call that was not given one; it is recorded in the transcript."""
    return secrets.randbelow(2**31)


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
    from .understanding import load_recogniser

    extra = {name: intent.model_dump() for name, intent in loaded.scenario.intents.items()} or None
    return load_recogniser(language, extra_intents=extra)


class Session:
    """Runs one call; every turn is in the journal before the next move is accepted."""

    def __init__(
        self,
        loaded: LoadedScenario,
        *,
        learner: str,
        seed: int | None = None,
        transcripts: Path | None = None,
        recogniser: Recogniser | None = None,
        call_date: dt.date | None = None,
        persona: str | None = None,
        mode: str = "practice",
    ) -> None:
        self.loaded = loaded
        self.learner = learner
        self.seed = new_seed() if seed is None else seed
        self.mode = mode
        scenario = loaded.scenario
        self.recogniser = recogniser or default_recogniser(scenario.language, loaded)
        self.call = Call(
            scenario, self.recogniser, seed=self.seed, call_date=call_date, persona=persona
        )
        self.writer: TranscriptWriter | None = None
        if transcripts is not None:
            self.writer = TranscriptWriter.open(transcripts, self._header())
        self._journalled = 0
        self.channel: str | None = None
        self.letter: str | None = None
        self.result: dict[str, Any] | None = None

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
            },
            "seed": self.seed,
            "persona": self.call.persona,
            "call_date": self.call.call_date.isoformat(),
            "mode": self.mode,
        }

    @property
    def ended(self) -> bool:
        return self.call.ended

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

    def choose_channel(self, choice: str) -> None:
        """The learner's decision before the call: "call" or "written" (GUIDE §1)."""
        if choice not in ("call", "written"):
            raise ValueError(f"channel must be 'call' or 'written', not {choice!r}")
        self.channel = choice
        if self.writer is not None:
            self.writer.note("channel", {"channel": choice})

    def start(self) -> list[Event]:
        events = self.call.start()
        self._journal()
        return events

    def say(self, text: str) -> list[Event]:
        """A learner line ('' = pause). It is journalled before anything can go wrong."""
        if self.writer is not None:
            self.writer.input(text)
        events = self.call.say(text)
        self._journal()
        return events

    def hang_up(self) -> list[Event]:
        events = self.call.hang_up()
        self._journal()
        return events

    def finish(self, letter: str | None = None) -> dict[str, Any]:
        """Score the call and write the final transcript; returns the play --json object.

        Called again with the learner's confirmation letter, it re-scores and rewrites
        the transcript (atomically) with the letter and its checks.
        """
        if self.result is not None and letter is None:
            return self.result
        if letter is not None:
            self.letter = letter
        if not self.call.ended:
            self.hang_up()
        scoring = score_call(self.call, channel=self.channel, letter=self.letter)
        record: dict[str, Any] = {
            "scenario": self.loaded.scenario.id,
            "seed": self.seed,
            "learner": self.learner,
            "persona": self.call.persona,
            "outcome": self.call.outcome,
            "end_reason": self.call.end_reason,
            "turns": [t.to_json() for t in self.call.turns],
            **scoring,
            "channel": self.channel,
            "letter": self.letter,
            "transcript": None,
        }
        if self.result is not None and self.result.get("transcript"):
            from .transcripts.store import read_transcript, write_atomic

            path = self.writer.path if self.writer else None
            if path is not None and path.exists():
                final = read_transcript(path)
                final.update(
                    {k: v for k, v in record.items() if k not in ("scenario", "transcript")}
                )
                write_atomic(path, final)
                record["transcript"] = str(path)
            self.result = record
            return record
        if self.writer is not None:
            final = {
                **{k: v for k, v in record.items() if k not in ("scenario", "transcript")},
                "status": "finished",
                "variables": dict(self.call.variables),
                "reviews": {"comments": [], "overrides": []},
            }
            path = self.writer.finish(final)
            record["transcript"] = str(path)
        self.result = record
        return record

    def close(self) -> None:
        """Leave the journal for recovery without finishing (e.g. the app is quitting)."""
        if self.writer is not None:
            self.writer.close()
