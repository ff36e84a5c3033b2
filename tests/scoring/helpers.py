"""Scoring test helpers: a fake recogniser for exact control, playing a script through a
real Call, and a small dispute scenario (the shipped ones have no objections)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from trainer.scenario.model import Scenario
from trainer.scoring.results import CallScore
from trainer.simulation import Call
from trainer.understanding.types import Context, Fact, IntentHit, Recognition

ROOT = Path(__file__).resolve().parents[2]
DE = ROOT / "scenarios" / "de" / "stammkunde-urlaub.yaml"
EN = ROOT / "scenarios" / "en" / "cash-problems-cafe.yaml"


class FakeRecogniser:
    """Knows exactly the lines it is given: text -> (intents, facts)."""

    def __init__(self, language: str, lines: dict[str, tuple[Iterable[str], dict[str, Any]]]):
        self.language = language
        self.lines = lines

    def recognise(self, text: str, context: Context | None = None) -> Recognition:
        intents, facts = self.lines.get(text, ((), {}))
        # An intent is a name (read with 0.99) or a (name, confidence) pair.
        hits = tuple(IntentHit(*(i if isinstance(i, tuple) else (i, 0.99)), text) for i in intents)
        found = []
        for kind, values in facts.items():
            for value in values if isinstance(values, list) else [values]:
                found.append(Fact(kind, str(value), value, "EUR" if kind == "amount" else None))
        return Recognition(text, hits, tuple(found))


Step = str | tuple[str, Iterable[str]] | tuple[str, Iterable[str], dict[str, Any]]


def play(scenario: Scenario, steps: list[Any], recogniser: Any = None, **kw: Any) -> Call:
    """Play learner steps through a real Call. A step is a line for the real recogniser,
    "" for a pause, or (text, intents[, facts]) for the fake one."""
    lines: dict[str, tuple[Iterable[str], dict[str, Any]]] = {}
    texts: list[str] = []
    for step in steps:
        if isinstance(step, tuple):
            text, intents, *rest = step
            lines[text] = (tuple(intents), rest[0] if rest else {})
            texts.append(text)
        else:
            texts.append(step)
    rec = recogniser or FakeRecogniser(scenario.language, lines)
    call = Call(scenario, rec, seed=kw.pop("seed", 1), call_date=dt.date(2026, 11, 26), **kw)
    call.start()
    for text in texts:
        if call.ended:
            break
        call.say(text)
    if not call.ended:
        call.hang_up()
    return call


def ids(result: CallScore | dict[str, Any]) -> list[str]:
    """The ids of a result's checks: a typed score, or the play --json dict."""
    if isinstance(result, CallScore):
        return [c.id for c in result.checks]
    return [c["id"] for c in result["checks"]]


def by_id(result: CallScore | dict[str, Any], check: str) -> Any:
    """One check of a result: a CheckVerdict of a typed score, a dict of play --json."""
    found = [c for c, i in zip(_checks(result), ids(result), strict=True) if i == check]
    assert found, f"check {check!r} not listed; got {ids(result)}"
    return found[0]


def _checks(result: CallScore | dict[str, Any]) -> list[Any]:
    return list(result.checks) if isinstance(result, CallScore) else result["checks"]


DISPUTE: dict[str, Any] = {
    "id": "de-streit-test",
    "title": "Streit um Steckdosen",
    "language": "de",
    "briefing": "Test",
    "call_date": "2026-11-26",
    "caller": {"name": "Anna Berger", "company": "Berger Elektrotechnik"},
    "customer": {
        "name": "Jürgen Müller",
        "company": "Müller GmbH",
        "type": "regular",
        "persona": "disputes",
        "gender": "m",
    },
    "invoice": {"number": "2026-200", "amount": 1000.0},
    "objections": [
        {
            "id": "steckdosen",
            "claim": "Zwei Steckdosen funktionieren nicht",
            "justified": True,
            "facts": "Die Abnahme haben Sie am 2. Oktober ohne Mängel unterschrieben.",
        }
    ],
    "states": {
        "start": {
            "say": ["Müller?"],
            "on": {
                "greeting_identify": "start",
                "neutral_opener_open_invoice": "wartet",
                "offer_solution": "einwand",
            },
        },
        "wartet": {"say": ["Hm …"], "on": {"pause": "einwand"}},
        "einwand": {
            "say": ["Zwei Steckdosen funktionieren nicht, deshalb zahle ich nicht."],
            "raises": "steckdosen",
            "on": {
                "clarify_objection": "details",
                "rebut_unjustified_objection": "weigert",
                "offer_compromise": "kompromiss",
            },
        },
        "details": {
            "say": ["Im Lager, die zwei an der Tür."],
            "on": {"rebut_unjustified_objection": "weigert", "offer_compromise": "kompromiss"},
        },
        "weigert": {
            "say": ["Ich zahle trotzdem nicht."],
            "refuses": True,
            "on": {
                "announce_legal_route": "rechtsweg",
                "close_politely": "ende",
                "offer_compromise": "kompromiss",
            },
        },
        "kompromiss": {"say": ["Einverstanden."], "end": "compromise"},
        "rechtsweg": {"say": ["Dann eben so."], "end": "legal_route"},
        "ende": {"say": ["Tschüss."], "end": "no_agreement"},
    },
}


def dispute(**changes: Any) -> Scenario:
    """The dispute scenario; changes are merged into its top-level keys (objection/case)."""
    data = {**DISPUTE}
    if "justified" in changes:
        data["objections"] = [{**DISPUTE["objections"][0], "justified": changes.pop("justified")}]
    data.update(changes)
    return Scenario.model_validate(data)
