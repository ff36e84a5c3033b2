"""Run a scenario's test plans headless, and replay learner lines against a scenario.

A test plan is a scripted conversation (Rasa's test stories, Yarn Spinner's testplans):
learner lines, the customer state expected after some of them, and the outcome,
strategy, checks and score expected at the end. Plans run through the same Session
and recogniser a learner uses, so a passing plan means the scenario really behaves so.

`ScenarioWatcher` serves `trainer play --watch`: reload on change, keep the old version
when the edit is broken, replay the lines so far.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..scenario import model as m
from ..scenario.checks import check_scenario
from ..scenario.findings import Finding, ScenarioError
from ..scenario.loader import LoadedScenario, load_scenario
from ..session.events import CustomerSaid, Event
from ..understanding.types import Recogniser

if TYPE_CHECKING:
    from ..session.script import Step

#: Builds the recogniser for a scenario; the default trains the real one (cached).
RecogniserFactory = Callable[[LoadedScenario], Recogniser]


def real_recogniser(loaded: LoadedScenario) -> Recogniser:
    from ..session import default_recogniser

    return default_recogniser(loaded.scenario.language, loaded)


@dataclass
class Exchange:
    """One learner move and what followed it, for failure output and --verbose."""

    step: int  # 1-based learner line number
    say: str
    intents: list[str]
    state: str
    customer: list[str] = field(default_factory=list)
    ended: str | None = None  # "outcome (reason)" when the call ended on this move


@dataclass
class PlanResult:
    """The result of one test plan: failures are pytest-style messages, empty = passed."""

    file: str
    line: int
    name: str
    seed: int
    persona: str
    opening: list[str]  # what the customer said on picking up
    exchanges: list[Exchange]
    failures: list[str]
    outcome: str | None
    final_state: str
    end_state: str | None  # the end state the call reached, for coverage
    score: int | None = None  # the session's score, as the app would show it
    passed_call: bool | None = None  # the session's pass/fail verdict

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass
class FileResult:
    """All plans of one scenario file, with the end states none of them reaches."""

    path: Path
    scenario_id: str | None = None
    load_errors: list[Finding] = field(default_factory=list)
    check_errors: list[Finding] = field(default_factory=list)
    plans: list[PlanResult] = field(default_factory=list)
    end_states: list[str] = field(default_factory=list)

    @property
    def uncovered(self) -> list[str]:
        reached = {p.end_state for p in self.plans if p.end_state}
        return [s for s in self.end_states if s not in reached]

    @property
    def failed(self) -> bool:
        return bool(self.load_errors or self.check_errors or any(not p.passed for p in self.plans))


def _customer_lines(events: Iterable[Event]) -> list[str]:
    return [e.text for e in events if isinstance(e, CustomerSaid)]


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _what(number: int, say: str) -> str:
    """How a failure names a script line: its number, and its words (or "pause")."""
    return f"line {number}" + (f" ({_quote(say, 60)})" if say.strip() else " (pause)")


def _exchange(step: Step, call: Any) -> Exchange:
    ex = Exchange(step.number, step.text, step.intents, step.state, step.customer)
    if step.ended:
        ex.ended = f"{call.outcome or 'no outcome'} ({call.end_reason})"
    return ex


def _scoring_available(result: dict[str, Any]) -> bool:
    """The scoring stub returns no checks at all; real scoring always judges some."""
    return bool(result.get("checks") or (result.get("opening") or {}).get("checks"))


def run_plan(
    loaded: LoadedScenario,
    index: int,
    recogniser: Recogniser | None = None,
    *,
    today: dt.date | None = None,
) -> PlanResult:
    """Play test plan `index` of a scenario and compare with what it expects.

    The plan is a whole session, as a learner plays it: its channel decision (if any),
    the lines, the score; `today` pins the call date (`trainer test --today`).
    """
    from ..session.script import ScriptRunner  # it imports scoring; keep this module light

    s = loaded.scenario
    plan = s.tests[index]
    line, _ = loaded.locator.at(("tests", index))
    runner = ScriptRunner.open(
        loaded,
        learner="trainer test",
        seed=plan.seed,
        today=today,
        channel=plan.channel,
        recogniser=recogniser,
        persona=plan.persona,
        mode="test",
        # The plan's absolute dates ("bis zum 10. Dezember") are written for this day.
        call_date=s.test_date,
    )
    call = runner.session.call
    failures: list[str] = []
    opening = _customer_lines(runner.start())
    exchanges: list[Exchange] = []
    for step in runner.steps(item.say for item in plan.learner):
        expected = plan.learner[step.number - 1]
        what = _what(step.number, step.text)
        ex = _exchange(step, call)
        exchanges.append(ex)
        if expected.intents is not None:
            missing = [i for i in expected.intents if i not in ex.intents]
            if missing:
                failures.append(
                    f"expected intents {', '.join(expected.intents)} in {what}, "
                    f"recognised {', '.join(ex.intents) or 'none'} (missing: {', '.join(missing)})"
                )
        if expected.state is not None and call.state != expected.state:
            customer = " ".join(ex.customer) or "nothing"
            failures.append(
                f"expected state `{expected.state}` after {what}, got `{call.state}`; "
                f"customer said: {_quote(customer)}"
            )
        if failures:
            break  # later lines were written for the expected state; going on only confuses
    if runner.cut_at is not None:
        failures.append(
            f"the call had already ended ({call.outcome or call.end_reason}) "
            f"before {_what(runner.cut_at, plan.learner[runner.cut_at - 1].say)}; "
            "remove the lines after it or fix the plan"
        )
    ended_by_customer = call.ended
    end_state = call.state if call.ended and s.states[call.state].end else None
    result = runner.finish()
    if not failures:
        failures = _check_expectations(plan.expect, call, ended_by_customer, result)
    return PlanResult(
        file=loaded.locator.file,
        line=line,
        name=plan.name,
        seed=plan.seed,
        persona=call.persona,
        opening=opening,
        exchanges=exchanges,
        failures=failures,
        outcome=call.outcome,
        final_state=call.state,
        end_state=end_state,
        score=result.get("score") if _scoring_available(result) else None,
        passed_call=result.get("passed") if _scoring_available(result) else None,
    )


def _check_expectations(
    expect: m.TestExpect, call: Any, ended: bool, result: dict[str, Any]
) -> list[str]:
    failures: list[str] = []
    how = f"{call.outcome or 'no outcome'}, {call.end_reason or 'still open'}"
    if expect.outcome is not None and call.outcome != expect.outcome:
        failures.append(
            f"expected outcome `{expect.outcome}`, got `{call.outcome}` "
            f"(call ended in state `{call.state}`: {how})"
        )
    if expect.state is not None and call.state != expect.state:
        failures.append(f"expected final state `{expect.state}`, got `{call.state}`")
    if expect.ended is not None and ended != expect.ended:
        end = "the customer to end the call" if expect.ended else "the call to be still open"
        failures.append(f"expected {end}; it {'ended' if ended else 'was still open'} ({how})")
    scored = _scoring_available(result)
    judged = [
        ("strategy", expect.strategy is not None),
        ("checks", bool(expect.checks)),
        ("score", expect.min_score is not None or expect.max_score is not None),
    ]
    if not scored:
        # A call that yields no checks cannot meet a plan that expects a verdict: that is a
        # failure, never a silent skip (a plan must not pass because nothing was judged).
        wanted = [name for name, want in judged if want]
        if wanted:
            failures.append(
                f"expected {', '.join(wanted)} to be judged, but the call yielded no checks"
            )
        return failures
    if expect.strategy is not None:
        strategy = (result.get("opening") or {}).get("strategy") or "none"
        if strategy != expect.strategy:
            failures.append(f"expected opening strategy `{expect.strategy}`, got `{strategy}`")
    # A check judged in parts (countersign's written reply and signature, pin_date's day
    # agreed and said back) passed when every part that carries weight passed: a part
    # with no weight only holds the tier down (scoring.verdict.TIER_CAPS).
    by_id: dict[Any, dict[str, Any]] = {}
    for c in result.get("checks", []):
        if c.get("id") == "confirm_in_writing" and c.get("part") == "letter":
            # The letter itself, which a plan cannot write: a plan's `confirm_in_writing`
            # asks whether the call promised it (the promise is the check's other part).
            continue
        seen = by_id.get(c.get("id"))
        if seen is None or (seen.get("passed") and not c.get("passed") and c.get("weight", 1)):
            by_id[c.get("id")] = c
    for check_id, want in expect.checks.items():
        got_check = by_id.get(check_id)
        if got_check is None:
            judged_ids = ", ".join(sorted(str(i) for i in by_id)) or "none"
            failures.append(
                f"expected check `{check_id}` to be judged, but scoring did not judge it "
                f"in this call (judged: {judged_ids})"
            )
        elif bool(got_check.get("passed")) != want:
            evidence = got_check.get("evidence") or ""
            failures.append(
                f"expected check `{check_id}` {'passed' if want else 'failed'}, "
                f"got {'passed' if got_check.get('passed') else 'failed'}"
                + (f"; evidence: {_quote(str(evidence))}" if evidence else "")
            )
    score = result.get("score")
    if expect.min_score is not None and (score is None or score < expect.min_score):
        failures.append(f"expected score >= {expect.min_score}, got {score}")
    if expect.max_score is not None and (score is None or score > expect.max_score):
        failures.append(f"expected score <= {expect.max_score}, got {score}")
    return failures


def run_file(
    path: Path,
    make_recogniser: RecogniserFactory | None = None,
    *,
    today: dt.date | None = None,
) -> FileResult:
    """Load, check and run every plan of one scenario file."""
    out = FileResult(path)
    try:
        loaded = load_scenario(path)
    except ScenarioError as exc:
        out.load_errors = exc.findings
        return out
    out.scenario_id = loaded.id
    out.check_errors = [f for f in check_scenario(loaded) if f.severity == "error"]
    out.end_states = [name for name, st in loaded.scenario.states.items() if st.end]
    if out.check_errors:
        return out  # an unknown state in a plan would only fail confusingly at run time
    recogniser = (make_recogniser or real_recogniser)(loaded)
    out.plans = [
        run_plan(loaded, i, recogniser, today=today) for i in range(len(loaded.scenario.tests))
    ]
    return out


# --- output ------------------------------------------------------------------------------


def conversation_lines(
    names: tuple[str, str], opening: Sequence[str], exchanges: Iterable[Exchange]
) -> list[str]:
    """The conversation as text: customer lines, learner lines with their intents."""
    learner, customer = names
    lines = [f"{customer}: {text}" for text in opening]
    for ex in exchanges:
        said = ex.say if ex.say.strip() else "(pause)"
        intents = ", ".join(ex.intents) if ex.say.strip() else "pause"
        lines.append(f"{ex.step:>2}. {learner}: {said}")
        lines.append(f"      [{intents or 'no intent recognised'}] -> {ex.state}")
        lines.extend(f"    {customer}: {text}" for text in ex.customer)
        if ex.ended:
            lines.append(f"    --- call ended: {ex.ended} ---")
    return lines


def format_plan(result: PlanResult, *, verbose: bool = False) -> list[str]:
    """pytest-style block for a failed plan (or every plan with verbose)."""
    head = "FAILED" if result.failures else "PASSED"
    lines = [f"{head} {result.where} {result.name} (seed {result.seed}, persona {result.persona})"]
    lines.extend(f"  E {failure}" for failure in result.failures)
    if result.failures or verbose:
        lines.append("  conversation so far:" if result.failures else "  conversation:")
        lines.extend(
            "    " + text
            for text in conversation_lines(
                ("learner", "customer"), result.opening, result.exchanges
            )
        )
        lines.append(f"  outcome: {result.outcome or 'none'}, final state: {result.final_state}")
    return lines


def format_file(result: FileResult, *, verbose: bool = False) -> list[str]:
    lines: list[str] = [str(f) for f in result.load_errors + result.check_errors]
    for plan in result.plans:
        if verbose or not plan.passed:
            lines.extend(format_plan(plan, verbose=verbose))
    return lines


def summary(results: Sequence[FileResult]) -> list[str]:
    """Coverage (end states no plan reaches) and the totals line."""
    lines: list[str] = []
    for r in results:
        if r.uncovered and r.plans:
            lines.append(f"{r.path}: end states no plan reaches: {', '.join(r.uncovered)}")
        elif r.end_states and not r.plans and not r.load_errors and not r.check_errors:
            lines.append(f"{r.path}: no test plans (end states: {', '.join(r.end_states)})")
    plans = [p for r in results for p in r.plans]
    failed = sum(not p.passed for p in plans)
    broken = sum(bool(r.load_errors or r.check_errors) for r in results)
    uncovered = sum(len(r.uncovered) for r in results if r.plans)
    text = f"{len(plans) - failed} passed, {failed} failed"
    if broken:
        text += f", {broken} file(s) with errors"
    text += f" in {len(results)} scenario(s); {uncovered} end state(s) not covered"
    lines.append(text)
    return lines


# --- replay and --watch ------------------------------------------------------------------


@dataclass
class Replay:
    """Learner lines played against a scenario: what the customer did with them."""

    opening: list[str]
    exchanges: list[Exchange]
    outcome: str | None
    state: str
    unplayed: int  # lines left over after the call ended
    score: int | None = None  # the session's score for the call so far, as the app shows it
    passed: bool | None = None


def replay(
    loaded: LoadedScenario,
    lines: Sequence[str],
    *,
    seed: int = 0,
    persona: str | None = None,
    recogniser: Recogniser | None = None,
    today: dt.date | None = None,
    channel: str | None = None,
) -> Replay:
    """Play the learner's lines (empty = pause) in a fresh session; nothing is written to disk.

    The call is then ended and scored as `play --script` would score it, so a trainer
    watching an edit sees the score a learner would get for these lines.
    """
    from ..session.script import ScriptRunner

    runner = ScriptRunner.open(
        loaded,
        learner="replay",
        seed=seed,
        recogniser=recogniser,
        persona=persona,
        mode="replay",
        today=today,
        channel=channel,
    )
    opening = _customer_lines(runner.start())
    call = runner.session.call
    exchanges = [_exchange(step, call) for step in runner.steps(lines)]
    unplayed = len(lines) - runner.cut_at + 1 if runner.cut_at is not None else 0
    outcome, state = call.outcome, call.state
    result = runner.finish()
    scored = _scoring_available(result)
    return Replay(
        opening,
        exchanges,
        outcome,
        state,
        unplayed,
        score=result.get("score") if scored else None,
        passed=result.get("passed") if scored else None,
    )


def _stamp(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    out = []
    for p in paths:
        try:
            st = p.stat()
            out.append((str(p), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(p), 0, -1))
    return tuple(out)


@dataclass
class WatchUpdate:
    """What a reload did: the new replay, or the errors that kept the old version."""

    replay: Replay | None = None
    errors: list[str] = field(default_factory=list)
    changed: bool = False


class ScenarioWatcher:
    """Reload a scenario file (and its shared blocks) when it changes; keep the last good one.

    Polling by mtime keeps it dependency-free and works on every filesystem; the CLI
    calls `poll()` a few times a second, tests call `reload()` directly.
    """

    def __init__(
        self,
        path: Path,
        *,
        seed: int = 0,
        persona: str | None = None,
        make_recogniser: RecogniserFactory | None = None,
        today: dt.date | None = None,
        channel: str | None = None,
    ) -> None:
        self.path = path
        self.seed = seed
        self.persona = persona
        self.today = today
        self.channel = channel
        self.make_recogniser = make_recogniser or real_recogniser
        self.loaded: LoadedScenario | None = None
        self.lines: list[str] = []
        self._stamp: tuple[tuple[str, int, int], ...] = ()

    def _watched(self) -> list[Path]:
        blocks = list(self.loaded.blocks) if self.loaded else []
        return [self.path, *blocks]

    def reload(self, lines: Sequence[str] | None = None) -> WatchUpdate:
        """Load the file again and replay; on errors keep (and replay) the old version."""
        if lines is not None:
            self.lines = list(lines)
        update = WatchUpdate(changed=True)
        try:
            loaded = load_scenario(self.path)
            errors = [f for f in check_scenario(loaded) if f.severity == "error"]
            if errors:
                raise ScenarioError(errors)
        except ScenarioError as exc:
            update.errors = [str(f) for f in exc.findings]
        else:
            self.loaded = loaded
        self._stamp = _stamp(self._watched())
        if self.loaded is not None:
            update.replay = replay(
                self.loaded,
                self.lines,
                seed=self.seed,
                persona=self.persona,
                recogniser=self.make_recogniser(self.loaded),
                today=self.today,
                channel=self.channel,
            )
        return update

    def poll(self) -> WatchUpdate | None:
        """Reload if the scenario or one of its blocks changed since the last load."""
        if _stamp(self._watched()) == self._stamp:
            return None
        return self.reload()


def format_update(update: WatchUpdate, names: tuple[str, str]) -> list[str]:
    """What `play --watch` prints after a (re)load."""
    lines = [f"error: {e}" for e in update.errors]
    if update.errors and update.replay is not None:
        lines.append("(the edit has errors; still playing the last version that loaded)")
    if update.replay is not None:
        r = update.replay
        lines.extend(conversation_lines(names, r.opening, r.exchanges))
        if r.unplayed:
            lines.append(f"({r.unplayed} line(s) not played: the call had ended)")
        lines.append(f"--- state: {r.state}, outcome: {r.outcome or 'none yet'} ---")
        if r.score is not None:
            verdict = "passed" if r.passed else "not passed"
            lines.append(f"--- score if the call ended here: {r.score}/100 ({verdict}) ---")
    return lines


def watch(
    path: Path,
    script: Path,
    *,
    out: Any,
    seed: int = 0,
    persona: str | None = None,
    today: dt.date | None = None,
    channel: str | None = None,
    interval: float = 0.5,
    should_stop: Callable[[], bool] = lambda: False,
) -> int:
    """Replay `script` against `path` now and again whenever either file changes."""
    import time

    def read_script() -> list[str]:
        try:
            raw = script.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
        except OSError as exc:
            print(f"error: cannot read script {script}: {exc.strerror}", file=out, flush=True)
            return []
        return [line for line in raw if not line.lstrip().startswith("#")]

    watcher = ScenarioWatcher(path, seed=seed, persona=persona, today=today, channel=channel)

    def show(update: WatchUpdate) -> None:
        s = watcher.loaded.scenario if watcher.loaded else None
        names = (s.caller.name, s.customer.name) if s else ("learner", "customer")
        print(f"=== {path} ({time.strftime('%H:%M:%S')}) ===", file=out)
        for line in format_update(update, names):
            print(line, file=out)
        out.flush()

    show(watcher.reload(read_script()))
    script_stamp = _stamp([script])
    while not should_stop():
        time.sleep(interval)
        if _stamp([script]) != script_stamp:
            script_stamp = _stamp([script])
            show(watcher.reload(read_script()))
            continue
        update = watcher.poll()
        if update is not None:
            show(update)
    return 0
