"""The simulated customer and the call: learner moves in, events out."""

from .call import Call, CallOver, Turn
from .events import CallEnded, CustomerSaid, Event, LearnerSaid, Paused, StateChanged

__all__ = [
    "Call",
    "CallEnded",
    "CallOver",
    "CustomerSaid",
    "Event",
    "LearnerSaid",
    "Paused",
    "StateChanged",
    "Turn",
]
