"""What a session's moves return: the simulation's events, named where the front ends look.

The TUI and the CLI render these; they import them from here, never from the simulation,
so the session stays the one door into the core (an import-linter contract checks it).
"""

from __future__ import annotations

from ..simulation.events import CallEnded, CustomerSaid, Event, LearnerSaid, Paused, StateChanged

__all__ = ["CallEnded", "CustomerSaid", "Event", "LearnerSaid", "Paused", "StateChanged"]
