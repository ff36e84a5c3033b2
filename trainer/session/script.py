"""The one script runner: learner lines played through a Session with nobody at the keyboard.

`trainer play --script`, test plans, `play --watch`, transcript replay and fuzzing all
play their lines here, so a line means the same everywhere: a text is said, an empty
line ('' = `PAUSE`) is a deliberate silence, `HANG_UP` ends the call from the learner's
side. Once the call has ended no further line is read (a pipe may still be open).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ..scenario.loader import LoadedScenario
from ..understanding.types import Recogniser
from . import Session
from .events import CustomerSaid, Event, LearnerSaid

__all__ = [
    "HANG_UP",
    "PAUSE",
    "HangUp",
    "Move",
    "ScriptRunner",
    "Step",
    "script_lines",
]


class HangUp:
    """The learner ends the call (the transcript's `learner_ended`)."""

    def __repr__(self) -> str:
        return "HANG_UP"


#: A silence on purpose: the empty line of a script file.
PAUSE: Final = ""
HANG_UP: Final = HangUp()
#: One move of a script: a line of text ('' = pause) or hanging up.
Move = str | HangUp


def script_lines(lines: Iterable[str]) -> Iterator[str]:
    """A script file's moves: every line but '#' comments, read lazily (stdin may be a pipe)."""
    return (line for line in lines if not line.lstrip().startswith("#"))


@dataclass
class Step:
    """One move of the script and what followed it."""

    number: int  # 1-based position of the move in the script
    move: Move
    events: list[Event]
    state: str  # the customer's state after the move
    ended: bool  # the call ended on this move

    @property
    def text(self) -> str:
        return "" if isinstance(self.move, HangUp) else self.move

    @property
    def intents(self) -> list[str]:
        return [n for e in self.events if isinstance(e, LearnerSaid) for n in e.recognition.names]

    @property
    def customer(self) -> list[str]:
        return [e.text for e in self.events if isinstance(e, CustomerSaid)]


@dataclass
class ScriptRunner:
    """A Session and the moves played through it; `steps()` lets a caller stop early.

    Use it as a context manager when the session writes a transcript, so that a
    script failing half-way discards its journal.

    `cut_at` is the number of the first move not played because the call had already
    ended (None when every move was played or the caller stopped).
    """

    session: Session
    opening: list[Event] = field(default_factory=list)
    cut_at: int | None = None
    started: bool = False

    @classmethod
    def open(
        cls,
        loaded: LoadedScenario,
        *,
        seed: int | None = 0,
        today: dt.date | None = None,
        channel: str | None = None,
        persona: str | None = None,
        recogniser: Recogniser | None = None,
        transcripts: Path | None = None,
        learner: str = "script",
        mode: str = "script",
        call_date: dt.date | None = None,
    ) -> ScriptRunner:
        session = Session(
            loaded,
            learner=learner,
            seed=seed,
            transcripts=transcripts,
            recogniser=recogniser,
            today=today,
            persona=persona,
            mode=mode,
            channel=channel,
            call_date=call_date,
        )
        return cls(session)

    def __enter__(self) -> ScriptRunner:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        # A script that fails half-way (unreadable, interrupted) is no practice call:
        # it leaves no transcript behind, and no journal to "recover" later.
        if kind is not None:
            self.session.discard()

    def start(self) -> list[Event]:
        """The customer picks up (once)."""
        if not self.started:
            self.started = True
            self.opening = self.session.start()
        return self.opening

    def steps(self, moves: Iterable[Move]) -> Iterator[Step]:
        """Play the moves one by one; stop (reading no further) once the call has ended."""
        self.start()
        call = self.session.call
        for number, move in enumerate(moves, start=1):
            if self.session.ended:
                self.cut_at = number
                return
            events = self.session.hang_up() if isinstance(move, HangUp) else self.session.say(move)
            yield Step(number, move, events, call.state, self.session.ended)

    def play(
        self, moves: Iterable[Move], on_step: Callable[[Step], None] | None = None
    ) -> list[Step]:
        """Every move (until the call ends); `on_step` sees each as it happens."""
        played = []
        for step in self.steps(moves):
            if on_step is not None:
                on_step(step)
            played.append(step)
        return played

    def finish(self, letter: str | None = None) -> dict[str, Any]:
        """End and score the call as the app does; with a letter, score that too."""
        self.session.finish()
        if letter is None:
            return self.session.finish()
        return self.session.finish(letter=letter)

    def run(
        self,
        moves: Iterable[Move],
        *,
        letter: str | None = None,
        on_step: Callable[[Step], None] | None = None,
    ) -> dict[str, Any]:
        """The whole script, then the score: the finished record (the `play --json` object)."""
        self.play(moves, on_step)
        return self.finish(letter)
