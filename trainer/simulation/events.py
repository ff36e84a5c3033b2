"""What a call says happened. The TUI renders these; `play --script` prints them."""

from __future__ import annotations

from dataclasses import dataclass

from ..understanding.types import Recognition


@dataclass(frozen=True)
class LearnerSaid:
    text: str
    recognition: Recognition
    turn: int
    #: Heard as a plain yes to the customer's proposal (`guide.ACCEPT`), whatever the
    #: recogniser read: the call screen says so rather than "nothing clear".
    accepted: bool = False
    #: Only a listener's "Mhm." / "Ach so." (`simulation.terms.backchannel`), answered as a
    #: short silence: the call screen says so rather than "the customer may not follow you".
    listening: bool = False
    #: A demand to pay that names no day ("Bitte überweisen Sie den Betrag"): no intent of
    #: its own (`understanding.context.DEMAND`), answered as a call to pay. The call screen
    #: says so rather than "the customer may not follow you".
    demand: bool = False
    #: Friendly chat without a move (`simulation.terms.small_talk`), answered in kind: the
    #: call screen says so rather than "the customer may not follow you".
    small_talk: bool = False
    #: Asks the customer to say his line again (`understanding.smalltalk.asks_to_repeat`),
    #: which he does: the call screen says so rather than "small talk".
    asks_again: bool = False
    #: Puts the matter off to another call (`understanding.smalltalk.puts_off`) and no move
    #: fired: the call screen says so rather than a guess at a move.
    call_back: bool = False


@dataclass(frozen=True)
class Paused:
    """The learner stayed silent on purpose."""

    turn: int


@dataclass(frozen=True)
class CustomerSaid:
    text: str
    line_id: str
    state: str


@dataclass(frozen=True)
class StateChanged:
    source: str
    dest: str
    trigger: str


@dataclass(frozen=True)
class CallEnded:
    outcome: str | None
    #: "end_state", "turn_limit", "learner_ended" or "gave_up"
    reason: str
    state: str


Event = LearnerSaid | Paused | CustomerSaid | StateChanged | CallEnded
