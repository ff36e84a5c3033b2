"""The scenario format: pydantic models, the single source of truth for the schema.

A scenario reads like a screenplay for a trainer: who calls whom about which invoice,
then the customer as states with lines and reactions. Short forms are accepted where
a trainer would write them (a bare string for a line or a transition) and normalised
here, so the engine only ever sees the long form.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)

from ..guide import ACCEPT, INTENTS, PAUSE
from ..i18n import format_date
from ..workdays import next_working_day

Language = Literal["de", "en"]
CustomerType = Literal["regular", "first_time", "large_company", "authority"]
Persona = Literal["apologises", "disputes", "cash_problems"]
Outcome = Literal[
    "promise_to_pay",
    "down_payment_and_plan",
    "instalment_plan",
    "compromise",
    "paid_already",
    "call_back",
    "legal_route",
    "waive_claim",
    "no_agreement",
    "hang_up",
]
#: Outcomes where an agreement was reached (scoring: confirm it in writing).
AGREEMENTS: frozenset[str] = frozenset(
    {"promise_to_pay", "down_payment_and_plan", "instalment_plan", "compromise"}
)


NAME_RE = r"^[a-z][a-z0-9_]*$"
Name = Annotated[str, Field(pattern=NAME_RE, description="lowercase_with_underscores")]


class Strict(BaseModel):
    """Unknown keys are errors: a typo must not silently do nothing."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Party(Strict):
    name: str = Field(description="Full name as it would be said on the phone.")
    company: str = Field(description="Company name.")


class Caller(Party):
    """The learner's role in this call."""

    role: str | None = Field(None, description="e.g. Inhaberin, accounts")


class Customer(Party):
    type: CustomerType = Field(description="GUIDE §1: decides the right first channel.")
    persona: Persona | list[Persona] = Field(
        description="GUIDE §3 reaction. A list means: drawn at random (seeded) at the start; "
        "conditions can test it as `persona == 'disputes'`."
    )
    gender: Literal["f", "m", "x"] | None = Field(None, description="For forms of address.")
    phone: str | None = None
    email: str | None = Field(
        None, description="Given when the learner asks where to send the confirmation."
    )

    @property
    def personas(self) -> tuple[str, ...]:
        return tuple(self.persona) if isinstance(self.persona, list) else (self.persona,)


class Invoice(Strict):
    number: str
    amount: float = Field(gt=0)
    currency: str = Field("EUR", pattern=r"^[A-Z]{3}$")
    issued: dt.date | None = Field(None, description="A fixed date; prefer issued_days_ago.")
    due: dt.date | None = Field(None, description="A fixed date; prefer due_days_ago.")
    issued_days_ago: int | None = Field(
        None, ge=0, description="Issued this many days before the call day (stays realistic)."
    )
    due_days_ago: int | None = Field(
        None, description="Due this many days before the call day (negative: not yet due)."
    )
    service: str | None = Field(None, description="What was delivered, in a few words.")

    def on(self, today: dt.date) -> Invoice:
        """The invoice with its relative dates resolved against the call day."""
        update: dict[str, Any] = {}
        if self.issued_days_ago is not None:
            update["issued"] = today - dt.timedelta(days=self.issued_days_ago)
        if self.due_days_ago is not None:
            update["due"] = today - dt.timedelta(days=self.due_days_ago)
        return self.model_copy(update=update) if update else self

    @field_validator("number", mode="before", json_schema_input_type=str | int)
    @classmethod
    def _number_as_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int | float) else v


class Objection(Strict):
    """A fact the customer may dispute, and whether the objection holds."""

    id: Name
    claim: str = Field(description="What the customer says is wrong.")
    justified: bool = Field(
        description="true: compromise (rework, price reduction, extra); false: rebut with facts."
    )
    facts: str | None = Field(None, description="The evidence that settles it.")


class Case(Strict):
    """What decides the next step if no agreement is reached (GUIDE §4)."""

    evidence: Literal["strong", "weak"] = "strong"
    notes: str | None = None
    costs_exceed_award: bool = Field(
        False, description="Court and lawyer would likely cost more than the award."
    )

    @property
    def recommended_step(self) -> str:
        if self.evidence == "weak" and self.costs_exceed_award:
            return "waive_claim"
        return "legal_route"


class NamedDay(Strict):
    """A day the customer names that must lie ahead of the call whatever day it is played
    on: a payment run, a board meeting. Said in customer lines as `{date.<name>}`."""

    first: dt.date = Field(description="One day of the series, e.g. a payment run.")
    every: int = Field(
        14, ge=1, le=366, description="Days between two days of the series (a run every 14 days)."
    )
    after: int = Field(
        0, ge=0, le=366, description="The named day lies at least this many days after the call."
    )

    def on(self, today: dt.date) -> dt.date:
        """The first day of the series at least `after` days after `today`, moved to the next
        working day (a run on 24 December goes out on the 28th)."""
        earliest = today + dt.timedelta(days=self.after)
        day = self.first
        if day < earliest:
            steps = -(-(earliest - day).days // self.every)  # ceiling division
            day += dt.timedelta(days=steps * self.every)
        return next_working_day(day)


class Limits(Strict):
    """What the customer can do, so that the learner has to negotiate (GUIDE §3). The
    engine compares the terms on the table with these and exposes `offer.fits`,
    `offer.too_much_now`, `offer.too_early` to conditions; lines can say `{limits.now}`
    and `{limits.date}` in a counter-offer."""

    now: float | None = Field(
        None, ge=0, description="The most the customer can pay now (a down payment)."
    )
    earliest_days: int | None = Field(
        None,
        ge=0,
        description="The customer cannot pay the rest (or the whole) sooner than this many "
        "days after the call.",
    )
    compromise: bool = Field(
        True, description="Whether the customer would accept a compromise (`limits.compromise`)."
    )


class Line(Strict):
    """One thing the customer can say; variants of a state are picked by seeded choice."""

    id: str | None = Field(None, description="Stable id; default <state>.<n>.")
    text: str
    when: str | None = Field(
        None,
        description="Condition, e.g. `terms.rework`: the line is said only while it holds "
        "(the lines without one are said when none of the others' holds).",
    )


def _lines(v: Any) -> Any:
    """Accept 'text', ['a', 'b'] or [{id, text}] for lines."""
    if v is None:
        return []
    if isinstance(v, str):
        v = [v]
    if isinstance(v, list):
        return [{"text": item} if isinstance(item, str) else item for item in v]
    return v


#: Lines as a trainer writes them: "text", ["a", "b"] or [{id, text}]. The JSON Schema
#: shows these short forms (so editors accept them); the model holds the long form.
Lines = Annotated[
    list[Line],
    BeforeValidator(_lines, json_schema_input_type=str | list[str | Line] | None),
]


class Transition(Strict):
    to: Name = Field(description="The next state.")
    when: str | None = Field(None, description="Condition, e.g. `mood >= 2 and said.empathise`.")
    do: str | None = Field(None, description="Effects, e.g. `mood -= 1; goodwill += 1`.")
    say: Lines = Field(default_factory=list, description="Said instead of the target's lines.")


def _transitions(v: Any) -> Any:
    """Accept `target`, `{to: target, ...}` or a list of such alternatives."""
    if isinstance(v, str | dict):
        v = [v]
    if isinstance(v, list):
        return [{"to": item} if isinstance(item, str) else item for item in v]
    return v


#: `target`, `{to: target, when: ..., do: ...}` or a list of such alternatives.
Transitions = Annotated[
    list[Transition],
    BeforeValidator(
        _transitions, json_schema_input_type=Name | Transition | list[Name | Transition]
    ),
]


class GlobalTransition(Transition):
    """A transition under `anywhere:`: written once, tried in every state that is not an
    end state and does not list the same intent itself."""

    priority: Literal["first", "last"] | None = Field(
        None,
        description="Where this intent is tried among a state's own: `first` before them, "
        "`last` (the default) after them. Only the order among moves the recogniser is "
        "equally sure of (confidence rounded to 0.1); one value per intent.",
    )
    except_: list[Name] = Field(
        default_factory=list,
        alias="except",
        description="States where this transition does not apply.",
    )


#: `anywhere:` entries: like `Transitions`, with `priority:` and `except:` allowed.
GlobalTransitions = Annotated[
    list[GlobalTransition],
    BeforeValidator(
        _transitions,
        json_schema_input_type=Name | GlobalTransition | list[Name | GlobalTransition],
    ),
]


def priority_of(alts: list[GlobalTransition]) -> str:
    """An `anywhere:` intent's priority: the first one its alternatives give, else `last`
    (`trainer validate` reports alternatives that disagree)."""
    return next((t.priority for t in alts if t.priority), "last")


class Fallback(Strict):
    """What the customer does with a line that carries none of the state's intents."""

    say: Lines = Field(default_factory=list)
    do: str | None = None
    to: Name | None = None


def _fallback(v: Any) -> Any:
    return {"say": v} if isinstance(v, str | list) else v


#: The names an `on:` or `anywhere:` key may take, for an editor's completion: the intents
#: of the guide, `pause` and `accept` (a scenario's own intents are allowed too, so any
#: string is; a trainer asked where the names are listed).
_MOVE_NAMES: dict[str, Any] = {
    "propertyNames": {"anyOf": [{"enum": [*INTENTS, PAUSE, ACCEPT]}, {"type": "string"}]}
}


class State(Strict):
    say: Lines = Field(default_factory=list, description="Variants; one is picked.")
    on: dict[str, Transitions] = Field(
        default_factory=dict,
        json_schema_extra=_MOVE_NAMES,
        description="Learner intent (or `pause`, or `accept`: a plain yes to what the customer "
        "just proposed) -> next state. Of the intents the "
        "learner's line carries, the clearest is tried first, on a tie the one listed first "
        "(`anywhere:` ones with `priority: first` before these); the first alternative whose "
        "condition holds wins.",
    )
    fallback: Annotated[
        Fallback | None,
        BeforeValidator(_fallback, json_schema_input_type=Fallback | str | list[str | Line] | None),
    ] = None
    silence: Lines = Field(
        default_factory=list, description="Said after a pause when `on` has no `pause`."
    )
    do: str | None = Field(None, description="Effects applied on entering the state.")
    end: Outcome | None = Field(None, description="Makes this an end state with that outcome.")
    agreed: Outcome | None = Field(
        None,
        description="The customer has agreed here: if the call stops in this state "
        "(the learner ends it, or the turn limit), this is its outcome.",
    )
    raises: Name | None = Field(
        None, description="The customer raises this objection (an id under objections:) here."
    )
    refuses: bool = Field(
        False, description="The customer refuses the offers made: negotiation has failed."
    )
    awaits: list[str] = Field(
        default_factory=list,
        json_schema_extra={"items": {"anyOf": [{"enum": [*INTENTS]}, {"type": "string"}]}},
        description='Moves the customer has just asked for here ("Do you actually '
        'get what this year\'s been like for me?" awaits `empathise`; "Will you send it to '
        "me?\" a written confirmation or the scenario's own move): beside a proposal in "
        "the same line, a social move counts as soon as it is read at all, not only when it is "
        "read firmly — he is listening for it; a call that ends with none of them said names "
        "the question left unanswered.",
    )
    note: str | None = Field(None, description="For trainers; never shown to learners.")


class Rubric(Strict):
    pass_mark: int = Field(70, ge=0, le=100, alias="pass")
    tiers: dict[Literal["bronze", "silver", "gold"], int] = Field(
        default_factory=lambda: {"bronze": 50, "silver": 75, "gold": 90}  # type: ignore[arg-type]
    )
    checks: dict[str, float] = Field(
        default_factory=dict,
        description="Check id -> weight. Unlisted checks keep their default weight; 0 disables.",
    )
    why: dict[str, str] = Field(
        default_factory=dict,
        description="Check id -> why this scenario does not score it (a weight of 0 in "
        "`checks`), in the scenario's language; shown to the learner beside a move the guide "
        'teaches that was made all the same ("Dave has nothing up front: …").',
    )
    far_payment_days: int = Field(
        31,
        ge=1,
        le=365,
        description="A customer who simply forgot (persona apologises) agreeing to pay more "
        "than this many days after the call: the date is docked (at most bronze); more than "
        "twice as many: free credit, not a result (the call fails).",
    )

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class IntentDef(Strict):
    """A scenario's own intent, added to the shared library for this scenario only."""

    examples: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    label: str | None = Field(
        None,
        description="What the learner is shown when a line is read as this intent, in the "
        "scenario's language (default: the intent's name).",
    )


class TestStep(Strict):
    """One learner line in a test plan, with what should follow it."""

    say: str = Field("", description="The learner's line; empty = a pause (silence).")
    state: Name | None = Field(None, description="Expected customer state afterwards.")
    intents: list[str] | None = Field(None, description="Intents the line must be recognised as.")


class TestExpect(Strict):
    outcome: Outcome | None = None
    state: Name | None = None
    strategy: Literal["let_them_talk", "offer_solution", "none"] | None = None
    checks: dict[str, bool] = Field(default_factory=dict)
    min_score: int | None = Field(None, ge=0, le=100)
    max_score: int | None = Field(None, ge=0, le=100)
    ended: bool | None = None


def _steps(v: Any) -> Any:
    """Accept a bare line (or null for a pause) as a step."""
    if isinstance(v, list):
        return [
            {"say": "" if item is None else item} if isinstance(item, str | None) else item
            for item in v
        ]
    return v


class TestPlan(Strict):
    name: str
    seed: int = 0
    persona: Persona | None = Field(None, description="Force the drawn persona.")
    channel: Literal["call", "written"] | None = Field(
        None,
        description="The learner's first decision before the call (GUIDE §1), scored as in "
        "the app; without it the plan takes no channel decision.",
    )
    learner: Annotated[
        list[TestStep],
        BeforeValidator(_steps, json_schema_input_type=list[str | TestStep | None]),
    ] = Field(description='Learner lines in order; "" (or an empty item) is a pause.')
    expect: TestExpect = Field(default_factory=TestExpect)


class Scenario(Strict):
    """One practice call: the situation, the customer as a state machine, rubric and tests."""

    schema_: str | None = Field(None, alias="$schema", description="Editor schema hint.")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Stable id, e.g. de-urlaub.")
    title: str
    language: Language
    difficulty: int = Field(1, ge=1, le=3)
    tags: list[str] = Field(default_factory=list)
    surprise: bool = Field(False, description="Hide the persona from the learner beforehand.")
    use: list[str] = Field(
        default_factory=list, description="Shared blocks merged in (paths relative to this file)."
    )
    briefing: str
    trainer_notes: str | None = None
    call_date: dt.date | None = Field(
        None,
        description="Pins the call day (rarely wanted: dates then go stale). Default: the real "
        "day of the call, or the day given with --today.",
    )
    model_answer: str | None = Field(
        None,
        description="What a good caller says to get this customer to a result, shown as the "
        "better move of a call that ended without one (placeholders as in customer lines). "
        "Default: the guide's line for the customer's persona (pay by a date; a down payment; "
        "what exactly is wrong), which misses a customer whose date waits on paperwork.",
    )
    dates: dict[Name, NamedDay] = Field(
        default_factory=dict,
        description="Named days relative to the call day, for customer lines "
        "(`{date.payment_run}`): a fixed date in a line goes stale once the call is played "
        "after it.",
    )
    test_date: dt.date | None = Field(
        None,
        description="The call day the test plans are played on, so that the absolute dates in "
        "their lines stay in the future.",
    )
    success: list[Outcome] = Field(
        default_factory=list,
        description="Outcomes that count as a successful call (GUIDE §6). Default: any "
        "agreement, or the recommended next step after the customer refused.",
    )
    limits: Limits | None = Field(None, description="What the customer can pay, and when.")
    caller: Caller
    customer: Customer
    invoice: Invoice
    objections: list[Objection] = Field(default_factory=list)
    case: Case = Field(default_factory=Case)
    variables: dict[str, int | float | bool | str] = Field(default_factory=dict)
    patience: int = Field(
        3,
        ge=1,
        description="Lines not understood before giving up; each understood line "
        "restores one (up to this value).",
    )
    give_up: Name | None = Field(None, description="State entered when patience runs out.")
    max_turns: int = Field(
        40, ge=1, le=1000, description="Learner turns before the call ends (at most 1000)."
    )
    start: Name | None = Field(None, description="First state; default: the first listed.")
    fallback: Lines = Field(default_factory=list, description="Default for lines not understood.")
    silence: Lines = Field(default_factory=list, description="Default reply to a pause.")
    anywhere: dict[str, GlobalTransitions] = Field(
        default_factory=dict,
        json_schema_extra=_MOVE_NAMES,
        description="Intent (or `pause`) -> transitions that apply in every state that is "
        "not an end state, written once (blame, threats, goodbye). A state that lists the "
        "intent itself handles it alone; `except:` leaves states out; `priority: first` "
        "tries it before the state's own intents, else after them.",
    )
    intents: dict[Name, IntentDef] = Field(default_factory=dict)
    states: dict[Name, State]
    rubric: Rubric = Field(default_factory=Rubric)
    tests: list[TestPlan] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    #: The briefing as written (before `on` filled its dates), so it can be re-dated.
    _briefing: str | None = PrivateAttr(None)

    def on(self, today: dt.date) -> Scenario:
        """This scenario on a call day: invoice dates relative to it resolved, and date
        placeholders in the briefing filled ({invoice.due}, {invoice.issued}, {today})."""
        invoice = self.invoice.on(today)
        briefing = self._briefing if self._briefing is not None else self.briefing
        values = {
            "invoice.due": format_date(invoice.due, self.language),
            "invoice.issued": format_date(invoice.issued, self.language),
            "today": format_date(today, self.language),
            **{f"date.{n}": format_date(d.on(today), self.language) for n, d in self.dates.items()},
        }

        def fill(text: str) -> str:
            return PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)

        out = self.model_copy(
            update={"invoice": invoice, "call_date": today, "briefing": fill(briefing)}
        )
        out._briefing = briefing
        return out

    @model_validator(mode="after")
    def _has_states(self) -> Scenario:
        if not self.states:
            raise ValueError("a scenario needs at least one state")
        return self

    def day(self, name: str) -> dt.date | None:
        """The named day (`dates:`) for this scenario's call day (today if none is set)."""
        spec = self.dates.get(name)
        if spec is None:
            return None
        return spec.on(self.call_date or dt.date.today())

    def transitions_in(self, name: str) -> dict[str, list[Transition]]:
        """Intent -> alternatives that apply in state `name`, in the order they are tried
        when the recogniser is equally sure of several: `anywhere:` intents with
        `priority: first`, then the state's own as listed, then the other `anywhere:`
        intents. A state's own entry for an intent replaces the global one there; end
        states have only their own."""
        state = self.states[name]
        if state.end or not self.anywhere:
            return dict(state.on)
        first: dict[str, list[Transition]] = {}
        last: dict[str, list[Transition]] = {}
        for trigger, alts in self.anywhere.items():
            if trigger in state.on:
                continue
            here: list[Transition] = [t for t in alts if name not in t.except_]
            if here:
                (first if priority_of(alts) == "first" else last)[trigger] = here
        return {**first, **state.on, **last}

    @property
    def start_state(self) -> str:
        return self.start or next(iter(self.states))

    def line_id(self, state: str, index: int, line: Line, kind: str = "") -> str:
        """Stable id of a line: its own, else <state>[.<kind>].<n> (1-based)."""
        if line.id:
            return line.id
        return f"{state}.{kind + '.' if kind else ''}{index + 1}"


PLACEHOLDER_RE = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")

#: Placeholders a line may use, filled from scenario facts or from the learner's words.
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "invoice.number",
        "invoice.amount",
        "invoice.due",
        "invoice.issued",
        "invoice.service",
        "customer.name",
        "customer.company",
        "caller.name",
        "caller.company",
        "learner.date",
        "customer.date",
        "learner.amount",
        "learner.count",
        "learner.percent",
        "objection.claim",
        "terms.now",
        "terms.now_date",
        "terms.rest",
        "terms.rest_date",
        "terms.rest_when",
        "terms.date",
        "terms.amount",
        "terms.count",
        "terms.each",
        "limits.now",
        "limits.date",
    }
)
