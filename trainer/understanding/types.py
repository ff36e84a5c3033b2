"""What the recogniser returns: intents with confidence and evidence, and facts.

These types are the contract between `understanding` and the rest of the core
(simulation, scoring, transcripts, CLI). Keep them small and JSON-friendly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from ..guide import INTENTS, PAUSE

__all__ = [
    "INTENTS",
    "PAUSE",
    "TENTATIVE",
    "Context",
    "Fact",
    "IntentHit",
    "Recogniser",
    "Recognition",
]


#: A reading below this confidence is tentative: the recogniser gives it only as a line's
#: best reading, rather than leaving an on-topic line without any (a second intent of a
#: line needs at least this much). The customer may react to it; the scorer lets it pass
#: a check but never fail one on its own (issue 10).
TENTATIVE = 0.4


@dataclass(frozen=True)
class IntentHit:
    """One recognised intent: its name, a confidence in [0, 1] and the words that carried it."""

    intent: str
    confidence: float
    evidence: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class Fact:
    """A fact found in the learner's words.

    kind: "amount" (value: float, unit: currency code such as "EUR"), "date" (value: ISO
    date string, resolved against the call date; a payment date, never before the call),
    "past_date" (a day the learner refers back to: "Abnahme am 12.10.", "the invoice
    from 3 March"; same value format), "count" (instalments; value: int),
    "percent" (value: float), "fraction" (value: float, e.g. 0.5 for "die Hälfte").
    """

    kind: str
    text: str
    value: Any
    unit: str | None = None
    start: int = 0
    end: int = 0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text, "value": self.value}
        if self.unit:
            out["unit"] = self.unit
        return out


@dataclass(frozen=True)
class Context:
    """What the recogniser may know of the call so far (GUIDE.md §5 context boundaries)."""

    call_date: date | None = None
    #: how many learner turns came before this one (0 = the learner's first line)
    learner_turn: int = 0
    #: the customer has raised an objection (disputes the work) earlier in the call
    objection_raised: bool = False
    #: negotiation has failed (the customer refused the offers made)
    negotiation_failed: bool = False
    #: the customer has just proposed something (a payment day) the learner may take up
    customer_proposed: bool = False
    #: the customer has agreed terms earlier in the call (there is something to read back)
    agreed: bool = False
    #: an earlier learner line carried a move of the business (the invoice named, a proposal,
    #: a reproach; not only a greeting, empathy or small talk). True unless the call says
    #: otherwise: a reader without the call's history assumes the matter is open.
    opened: bool = True


@dataclass(frozen=True)
class Recognition:
    """Everything understood of one learner line."""

    text: str
    intents: tuple[IntentHit, ...] = ()
    facts: tuple[Fact, ...] = field(default=())

    @property
    def names(self) -> tuple[str, ...]:
        """Intent names, most confident first."""
        return tuple(hit.intent for hit in self.intents)

    def has(self, intent: str) -> bool:
        return any(hit.intent == intent for hit in self.intents)

    def facts_of(self, kind: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.kind == kind)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "intents": [h.to_json() for h in self.intents],
            "facts": [f.to_json() for f in self.facts],
        }


class Recogniser(Protocol):
    """Anything that turns a learner line into a Recognition."""

    language: str

    def recognise(self, text: str, context: Context | None = None) -> Recognition: ...
