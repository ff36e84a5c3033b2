"""Cross-reference checks on a loaded scenario: what the schema alone cannot see.

Errors make a scenario unplayable or wrong; warnings point at likely mistakes
(an unreachable state). Each finding is anchored at file:line:column with a hint.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence

from ..guide import ACCEPT, CHECK_IDS, INTENTS, PAUSE
from . import expressions as ex
from . import model as m
from .findings import Finding
from .loader import LoadedScenario
from .yamlsource import PathKey


def _close(word: str, candidates: Iterable[str]) -> str:
    match = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"did you mean '{match[0]}'?" if match else ""


def transitions_of(s: m.Scenario) -> Iterator[tuple[str, str, m.Transition]]:
    """Every (source state, trigger, transition) that applies, `anywhere` expanded per
    state (with its `except:` and the states' own entries taken into account)."""
    for name in s.states:
        for trigger, alts in s.transitions_in(name).items():
            for t in alts:
                yield name, trigger, t


def edges(s: m.Scenario) -> dict[str, set[str]]:
    """State graph including `anywhere`, fallbacks and giving up."""
    graph: dict[str, set[str]] = {name: set() for name in s.states}
    for src, _, t in transitions_of(s):
        graph[src].add(t.to)
    for name, state in s.states.items():
        if state.end:
            continue
        if state.fallback and state.fallback.to:
            graph[name].add(state.fallback.to)
        if s.give_up:
            graph[name].add(s.give_up)
    return graph


#: The moves a state may await (`State.awaits`): those the customer answers beside a
#: proposal in the same line rather than instead of it, and a written confirmation, which
#: answers "will you send it to me?" as a scenario's own move does (a plain yes, `accept`,
#: may always be awaited).
_AWAITABLE = ("empathise", "offer_solution", "confirm_in_writing")


class _Checker:
    def __init__(self, loaded: LoadedScenario):
        self.loaded = loaded
        self.s = loaded.scenario
        self.loc = loaded.locator
        self.findings: list[Finding] = []
        self.intents = set(INTENTS) | set(self.s.intents)
        self.variables = set(self.s.variables)

    def add(
        self,
        path: PathKey,
        msg: str,
        hint: str = "",
        *,
        warn: bool = False,
        key: bool = False,
        code: str = "",
    ) -> None:
        self.findings.append(
            self.loc.finding(
                path, msg, hint, severity="warning" if warn else "error", key=key, code=code
            )
        )

    # --- references ---------------------------------------------------------------
    def state_ref(self, path: PathKey, name: str | None) -> None:
        if name and name not in self.s.states:
            hint = _close(name, self.s.states) or "define it under states:"
            match = difflib.get_close_matches(name, list(self.s.states), n=1, cutoff=0.6)
            if match and self._unreferenced(match[0]):
                # Nothing leads to the close state: its own name is the likelier typo (an
                # authoring audit: 12 errors each asking to copy a misspelt state name).
                hint = (
                    f"did you mean '{match[0]}'? Nothing leads there — if its name is the "
                    f"typo, rename state '{match[0]}' to '{name}'"
                )
            self.add(path, f"unknown state '{name}'", hint, code="unknown-state")

    def _unreferenced(self, state: str) -> bool:
        """Whether no transition, fallback or start names `state`."""
        s = self.s
        if state == s.start_state:
            return False
        for st in s.states.values():
            if st.fallback is not None and st.fallback.to == state:
                return False
        return all(t.to != state for _, _, t in transitions_of(s)) and s.give_up != state

    def trigger_ref(self, path: PathKey, trigger: str) -> None:
        if trigger not in (PAUSE, ACCEPT) and trigger not in self.intents:
            hint = (
                _close(trigger, [*self.intents, PAUSE, ACCEPT])
                or "the intents are listed in scenarios/README.md, or define it under intents:"
            )
            self.add(path, f"unknown intent '{trigger}'", hint, key=True, code="unknown-intent")

    def expression(self, path: PathKey, text: str | None, *, effects: bool) -> None:
        if not text:
            return
        line, col = self.loc.at(path)
        try:
            parsed = ex.parse_effects(text) if effects else ex.parse_condition(text)
        except ex.ExpressionError as err:
            self.findings.append(
                Finding(
                    self.loc.file_at(path),
                    line,
                    col + err.column - 1,
                    str(err),
                    err.hint,
                    code="expression",
                )
            )
            return
        for name, ncol in sorted(parsed.names()):
            problem = self._name_problem(
                name, effects and name in getattr(parsed, "targets", lambda: set())()
            )
            if problem:
                msg, hint = problem
                self.findings.append(
                    Finding(
                        self.loc.file_at(path),
                        line,
                        col + ncol - 1,
                        msg,
                        hint,
                        code="unknown-variable",
                    )
                )

    def _name_problem(self, name: str, is_target: bool) -> tuple[str, str] | None:
        if "." in name:
            prefix, attr = name.split(".", 1)
            if prefix not in ex.DOTTED:
                return f"unknown name '{name}'", _close(
                    prefix, ex.DOTTED
                ) or "known: learner., invoice., terms., offer., limits., said., ever."
            allowed = ex.DOTTED[prefix]
            if allowed is None:
                if attr not in self.intents:
                    return f"unknown intent '{attr}' in '{name}'", _close(attr, self.intents)
            elif attr not in allowed:
                return f"unknown name '{name}'", _close(
                    attr, allowed
                ) or f"known: {', '.join(sorted(allowed))}"
            if is_target:
                return f"'{name}' cannot be changed", "effects change the scenario's variables"
            return None
        if is_target:
            if name not in self.variables:
                return f"unknown variable '{name}'", _close(
                    name, self.variables
                ) or "declare it under variables:"
            return None
        if name not in self.variables and name not in ex.BUILTIN_NAMES:
            return (
                f"unknown variable '{name}'",
                _close(name, self.variables | ex.BUILTIN_NAMES) or "declare it under variables:",
            )
        return None

    def lines(
        self, path: PathKey, lines: list[m.Line], seen: dict[str, PathKey], state: str, kind: str
    ) -> None:
        for i, line in enumerate(lines):
            lid = self.s.line_id(state, i, line, kind)
            lpath = (*path, i)
            if lid in seen:
                # Lines without an id are numbered per state and trigger, so the replies of
                # two alternatives of one trigger (or one reply reused by a YAML alias) meet.
                hint = (
                    "line ids must be unique in a scenario"
                    if line.id
                    else "lines without an id are numbered per state and trigger: give this "
                    "one an `id:` of its own, e.g. say: [{id: ..., text: ...}]"
                )
                self.add(
                    (*lpath, "id") if line.id else lpath,
                    f"duplicate line id '{lid}'",
                    hint,
                    code="duplicate-line-id",
                )
            seen[lid] = lpath
            self.placeholders((*lpath, "text") if line.id else lpath, line.text)
            self.expression((*lpath, "when"), line.when, effects=False)
            for match in m.PLACEHOLDER_RE.finditer(line.text):
                ph = match.group(1)
                if ph == "objection.claim" and not self.s.objections:
                    self.add(
                        lpath,
                        "'{objection.claim}' needs an objection",
                        "add objections:",
                        code="unknown-placeholder",
                    )

    def placeholders(self, path: PathKey, text: str) -> None:
        """Every {placeholder} of `text` names a fact or a day under `dates:`."""
        for match in m.PLACEHOLDER_RE.finditer(text):
            ph = match.group(1)
            if ph.startswith("date.") and ph.removeprefix("date.") in self.s.dates:
                continue
            if ph not in m.PLACEHOLDERS:
                hint = (
                    "define it under dates:"
                    if ph.startswith("date.")
                    else _close(ph, m.PLACEHOLDERS) or "known: " + ", ".join(sorted(m.PLACEHOLDERS))
                )
                self.add(
                    path, f"placeholder '{{{ph}}}' names no fact", hint, code="unknown-placeholder"
                )

    # --- the whole scenario -----------------------------------------------------------
    def run(self) -> list[Finding]:
        s = self.s
        if s.model_answer:
            self.placeholders(("model_answer",), s.model_answer)
        self.state_ref(("start",), s.start)
        self.state_ref(("give_up",), s.give_up)
        seen_ids: dict[str, PathKey] = {}
        self.lines(("fallback",), s.fallback, seen_ids, "_default", "fallback")
        self.lines(("silence",), s.silence, seen_ids, "_default", "silence")
        for trigger, alts in s.anywhere.items():
            self.trigger_ref(("anywhere", trigger), trigger)
            for i, t in enumerate(alts):
                self.transition(("anywhere", trigger, i), t, seen_ids, f"_anywhere.{trigger}")
            self.shadowed(("anywhere", trigger), trigger, alts)
        self.anywhere()
        for name, state in s.states.items():
            base: PathKey = ("states", name)
            self.lines((*base, "say"), state.say, seen_ids, name, "")
            self.lines((*base, "silence"), state.silence, seen_ids, name, "silence")
            self.expression((*base, "do"), state.do, effects=True)
            if state.fallback:
                self.lines(
                    (*base, "fallback", "say"), state.fallback.say, seen_ids, name, "fallback"
                )
                self.expression((*base, "fallback", "do"), state.fallback.do, effects=True)
                self.state_ref((*base, "fallback", "to"), state.fallback.to)
            for trigger, own in state.on.items():
                self.trigger_ref((*base, "on", trigger), trigger)
                for i, tr in enumerate(own):
                    self.transition((*base, "on", trigger, i), tr, seen_ids, f"{name}.{trigger}")
                self.shadowed((*base, "on", trigger), trigger, own)
            for i, awaited in enumerate(state.awaits):
                path = (*base, "awaits", i)
                self.trigger_ref(path, awaited)
                if awaited not in self.intents:
                    continue  # a typo: `trigger_ref` named it and the likely move
                if awaited not in _AWAITABLE and awaited not in self.s.intents:
                    self.add(
                        path,
                        f"'{awaited}' cannot be awaited: only a move said beside a proposal"
                        " or an answer that is no proposal is",
                        "use one of " + ", ".join(_AWAITABLE) + " or the scenario's own moves",
                        code="awaits",
                    )
                elif awaited not in state.on and awaited not in s.anywhere:
                    self.add(
                        path,
                        f"state '{name}' awaits '{awaited}' but has no answer to it",
                        f"add {awaited}: under on:",
                        warn=True,
                        code="awaits",
                    )
            if state.raises and state.raises not in {o.id for o in s.objections}:
                self.add(
                    (*base, "raises"),
                    f"unknown objection '{state.raises}'",
                    _close(state.raises, [o.id for o in s.objections])
                    or "define it under objections:",
                    code="unknown-objection",
                )
            if state.end and state.agreed:
                self.add(
                    (*base, "agreed"),
                    f"end state '{name}' has `agreed:` as well as `end:`",
                    "`end:` already gives the outcome; remove `agreed:`",
                    warn=True,
                    key=True,
                    code="end-with-agreed",
                )
            if state.end and state.on:
                self.add(
                    (*base, "on"),
                    f"end state '{name}' has transitions that never apply",
                    "remove on: or end:",
                    warn=True,
                    key=True,
                    code="end-with-transitions",
                )
            if not state.end and not state.say and name != s.start_state:
                self.add(
                    base,
                    f"state '{name}' says nothing",
                    "add say: lines",
                    warn=True,
                    key=True,
                    code="silent-state",
                )
        self.graph()
        self.rubric()
        self.tests()
        # A YAML alias (`on: *like_opens_up`) is checked once per use, but it is one place in
        # the file: one finding per place and message (a condition's typo was reported 15
        # times at the same line and column, seen writing this session's scenario fix).
        return list(dict.fromkeys(self.findings))

    def transition(
        self, path: PathKey, t: m.Transition, seen_ids: dict[str, PathKey], line_prefix: str
    ) -> None:
        self.state_ref((*path, "to"), t.to)
        self.expression((*path, "when"), t.when, effects=False)
        self.expression((*path, "do"), t.do, effects=True)
        self.lines((*path, "say"), t.say, seen_ids, line_prefix, "")

    def shadowed(self, path: PathKey, trigger: str, alts: Sequence[m.Transition]) -> None:
        for i, t in enumerate(alts[:-1]):
            if t.when is None:
                self.add(
                    (*path, i),
                    f"alternative {i + 1} of '{trigger}' has no condition, "
                    "so the ones after it never apply",
                    "add when: or move it last",
                    warn=True,
                    code="shadowed",
                )

    def anywhere(self) -> None:
        """`anywhere:` against the states: `except:` names, one priority per intent, states
        that repeat the global transition (copy-paste left behind), intents that apply
        nowhere."""
        s = self.s
        open_states = [n for n, st in s.states.items() if not st.end]
        for trigger, alts in s.anywhere.items():
            base: PathKey = ("anywhere", trigger)
            given = [(i, t.priority) for i, t in enumerate(alts) if t.priority]
            for i, value in given[1:]:
                if value != given[0][1]:
                    self.add(
                        (*base, i, "priority"),
                        f"conflicting priority for '{trigger}': '{value}' here, "
                        f"'{given[0][1]}' on alternative {given[0][0] + 1}",
                        "priority belongs to the intent: give it once",
                        key=True,
                        code="priority-conflict",
                    )
            for i, t in enumerate(alts):
                for j, name in enumerate(t.except_):
                    path: PathKey = (*base, i, "except", j)
                    if name not in s.states:
                        self.state_ref(path, name)
                    elif s.states[name].end:
                        self.add(
                            path,
                            f"'{name}' is an end state: `anywhere:` never applies there",
                            "remove it from except:",
                            warn=True,
                            code="needless-except",
                        )
                    elif trigger in s.states[name].on:
                        self.add(
                            path,
                            f"state '{name}' handles '{trigger}' itself, "
                            "so the global transition does not apply there anyway",
                            "remove it from except:",
                            warn=True,
                            code="needless-except",
                        )
            applies = [
                n
                for n in open_states
                if trigger not in s.states[n].on and any(n not in t.except_ for t in alts)
            ]
            if open_states and not applies:
                self.add(
                    base,
                    f"'{trigger}' under anywhere: applies in no state",
                    "every state that is not an end state handles it itself or is "
                    "listed under except:",
                    warn=True,
                    key=True,
                    code="anywhere-unused",
                )
            plain = [_plain(t) for t in alts]
            for name in open_states:
                own = s.states[name].on.get(trigger)
                if own is not None and [_plain(t) for t in own] == plain:
                    self.add(
                        ("states", name, "on", trigger),
                        f"state '{name}' repeats the `anywhere:` transition for '{trigger}'",
                        "remove it here: the global one applies in this state",
                        warn=True,
                        key=True,
                        code="repeats-anywhere",
                    )

    def graph(self) -> None:
        s = self.s
        graph = edges(s)
        known = {k: {d for d in v if d in s.states} for k, v in graph.items()}
        # reachable from the start
        todo, reached = [s.start_state], {s.start_state}
        while todo:
            for nxt in known.get(todo.pop(), ()):
                if nxt not in reached:
                    reached.add(nxt)
                    todo.append(nxt)
        ends = {n for n, st in s.states.items() if st.end}
        if not ends:
            self.add(
                ("states",),
                "no end state",
                "give at least one state `end: <outcome>`",
                key=True,
                code="no-end",
            )
        # can reach an end
        reverse: dict[str, set[str]] = {n: set() for n in s.states}
        for src, dsts in known.items():
            for d in dsts:
                reverse[d].add(src)
        todo, finishing = list(ends), set(ends)
        while todo:
            for prev in reverse[todo.pop()]:
                if prev not in finishing:
                    finishing.add(prev)
                    todo.append(prev)
        for name, state in s.states.items():
            path: PathKey = ("states", name)
            if name not in reached:
                self.add(
                    path,
                    f"state '{name}' can never be reached",
                    "add a transition to it, or remove it",
                    warn=True,
                    key=True,
                    code="unreachable",
                )
            # Giving up is no way forward: a state left only that way is still a dead end.
            exits = set(known[name]) - ({s.give_up} if s.give_up else set())
            exits |= {t.to for alts in s.transitions_in(name).values() for t in alts}
            if not state.end and not exits:
                self.add(
                    path,
                    f"state '{name}' is a dead end: no transitions and no `end:`",
                    "add on: transitions, or `end: <outcome>` if the call ends here",
                    key=True,
                    code="dead-end",
                )
            elif ends and name not in finishing:
                self.add(
                    path,
                    f"no way from state '{name}' to any end state",
                    "the call could only stop at the turn limit",
                    key=True,
                    code="no-way-to-end",
                )

    def rubric(self) -> None:
        rubric = self.s.rubric
        for field, named in (("checks", rubric.checks), ("why", rubric.why)):
            for check in named:
                if check not in CHECK_IDS:
                    self.add(
                        ("rubric", field, check),
                        f"unknown check '{check}'",
                        _close(check, CHECK_IDS) or "the checks are listed in scenarios/README.md",
                        key=True,
                        code="unknown-check",
                    )
        for check in rubric.why:
            if check in CHECK_IDS and rubric.checks.get(check, 1.0) != 0:
                # A reason shown for a check the scenario scores would never be read: the
                # debrief gives it only beside a check of weight 0.
                self.add(
                    ("rubric", "why", check),
                    f"'why' for check '{check}', which this scenario scores",
                    f"give it `checks: {{{check}: 0}}` or remove the reason",
                    key=True,
                    code="why-scored",
                )
        tiers = self.s.rubric.tiers
        if tiers and list(tiers.values()) != sorted(tiers.values()):
            self.add(("rubric", "tiers"), "tiers must rise: bronze < silver < gold", code="tiers")

    def tests(self) -> None:
        outcomes = {st.end for st in self.s.states.values() if st.end}
        for i, plan in enumerate(self.s.tests):
            base: PathKey = ("tests", i)
            if plan.persona and plan.persona not in self.s.customer.personas:
                self.add(
                    (*base, "persona"),
                    f"persona '{plan.persona}' is not one of this customer's",
                    f"customer.persona: {', '.join(self.s.customer.personas)}",
                    code="test-persona",
                )
            for j, step in enumerate(plan.learner):
                self.state_ref((*base, "learner", j, "state"), step.state)
                for intent in step.intents or []:
                    if intent not in self.intents:
                        self.add(
                            (*base, "learner", j, "intents"),
                            f"unknown intent '{intent}'",
                            _close(intent, self.intents),
                            code="unknown-intent",
                        )
            self.state_ref((*base, "expect", "state"), plan.expect.state)
            if plan.expect.outcome and plan.expect.outcome not in outcomes:
                self.add(
                    (*base, "expect", "outcome"),
                    f"no end state has outcome '{plan.expect.outcome}'",
                    f"outcomes here: {', '.join(sorted(outcomes)) or 'none'}",
                    code="test-outcome",
                )
            for check in plan.expect.checks:
                if check not in CHECK_IDS:
                    self.add(
                        (*base, "expect", "checks", check),
                        f"unknown check '{check}'",
                        _close(check, CHECK_IDS),
                        key=True,
                        code="unknown-check",
                    )


def _plain(t: m.Transition) -> tuple[object, ...]:
    """What a transition does, without the `anywhere:` extras (priority, except)."""
    return (t.to, t.when, t.do, tuple(line.text for line in t.say))


def check_scenario(loaded: LoadedScenario) -> list[Finding]:
    """All cross-reference findings, errors and warnings, in file order."""
    findings = _Checker(loaded).run()
    return sorted(findings, key=lambda f: (f.file, f.line, f.column))
