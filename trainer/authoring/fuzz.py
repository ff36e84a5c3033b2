"""Random play-throughs: find dead ends, unreached states, crashes and calls that never end.

Ink users' most frequent wish is a random walker through their story; this is ours.
Learner lines are drawn from the intent library's examples (and the scenario's own
intents), mixed with pauses and nonsense. Everything random flows from one seed, so a
reported problem can be replayed exactly.
"""

from __future__ import annotations

import itertools
import logging
import random
import traceback
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..scenario.loader import LoadedScenario
from ..simulation import Call
from ..understanding.types import Context, Recogniser, Recognition

log = logging.getLogger(__name__)

#: Lines no intent should match: the customer's fallback and patience get exercised.
NONSENSE = {
    "de": ["Bananen sind gelb.", "Äh … Moment, mein Kaffee.", "xyz 123", "Wie ist das Wetter?"],
    "en": ["Bananas are yellow.", "Er … hold on, my coffee.", "xyz 123", "How's the weather?"],
}
PAUSE_SHARE = 0.15
NONSENSE_SHARE = 0.05
#: Share of lines drawn from an intent the current state reacts to: a purely random
#: walker hangs up early and never sees the deeper states.
GUIDED_SHARE = 0.6
#: A run that stays this many learner turns in one state without leaving is stuck there.
STUCK_TURNS = 10


class _CachedRecogniser:
    """The real recogniser, memoised on what it reads: a fuzz run says the same lines often."""

    def __init__(self, inner: Recogniser) -> None:
        self.inner = inner
        self.language = inner.language
        self._cache: dict[tuple[object, ...], Recognition] = {}

    def recognise(self, text: str, context: Context | None = None) -> Recognition:
        c = context or Context()
        # Only the first turns and the objection/failure flags change a reading (context.py).
        key = (text, c.call_date, min(c.learner_turn, 3), c.objection_raised, c.negotiation_failed)
        if key not in self._cache:
            self._cache[key] = self.inner.recognise(text, context)
        return self._cache[key]


@dataclass
class Crash:
    seed: int
    error: str
    lines: list[str]


@dataclass
class FuzzReport:
    """What `runs` random calls against one scenario found."""

    path: Path
    scenario_id: str
    runs: int
    seed: int
    outcomes: Counter[str] = field(default_factory=Counter)
    visits: Counter[str] = field(default_factory=Counter)
    left: Counter[str] = field(default_factory=Counter)  # times a state was left
    never_reached: list[str] = field(default_factory=list)
    dead_ends: list[str] = field(default_factory=list)  # "state: why"
    endless: list[tuple[int, str]] = field(default_factory=list)  # (seed, last state)
    stuck: list[tuple[int, str]] = field(default_factory=list)  # (seed, state)
    crashes: list[Crash] = field(default_factory=list)

    @property
    def problems(self) -> bool:
        return bool(self.dead_ends or self.crashes)


@dataclass(frozen=True)
class LinePool:
    """Learner lines to draw from: all of them, and the examples of each intent."""

    lines: list[str]
    by_intent: dict[str, list[str]]


def learner_lines(loaded: LoadedScenario, library_dir: Path | None = None) -> LinePool:
    """Every example line of the language library (with multi-intent and off-topic lines)
    plus the scenario's own intents."""
    from ..understanding import default_library_dir, load_library_folder

    lang = loaded.scenario.language
    folder = library_dir or default_library_dir()
    library = load_library_folder(folder, lang)
    lines: list[str] = []
    by_intent: dict[str, list[str]] = {}
    for name, spec in library.intents.items():
        lines.extend(spec.examples)
        by_intent[name] = sorted(spec.examples)
    lines.extend(text for text, _ in library.combined)
    lines.extend(library.no_intent)  # realistic off-topic lines
    lines.extend(text for text, _ in library.move_lines())
    for name, own in loaded.scenario.intents.items():
        lines.extend(own.examples)
        by_intent[name] = sorted(own.examples)
    # sorted: the seed alone decides the draws, not the file's or a set's order
    return LinePool(sorted(set(lines)), by_intent)


def run_seed(
    loaded: LoadedScenario, recogniser: Recogniser, seed: int, pool: LinePool
) -> tuple[Call, list[str]]:
    """One random call; returns it and the learner lines said ('' = pause)."""
    from ..session.script import PAUSE, ScriptRunner  # it imports scoring

    rng = random.Random(seed)
    runner = ScriptRunner.open(
        loaded, seed=seed, recogniser=recogniser, learner="fuzz", mode="fuzz"
    )
    call = runner.session.call
    nonsense = NONSENSE[loaded.scenario.language]

    def walk() -> Iterator[str]:
        # Endless: the runner stops reading once the call has ended.
        while True:
            roll = rng.random()
            if roll < PAUSE_SHARE:
                yield PAUSE
            elif roll < PAUSE_SHARE + NONSENSE_SHARE:
                yield rng.choice(nonsense)
            else:
                here = loaded.scenario.transitions_in(call.state)
                wanted = [i for i in here if pool.by_intent.get(i)]
                if wanted and rng.random() < GUIDED_SHARE:
                    yield rng.choice(pool.by_intent[rng.choice(wanted)])
                else:
                    yield rng.choice(pool.lines)

    said = [step.text for step in runner.steps(walk())]
    return call, said


def fuzz_scenario(
    loaded: LoadedScenario,
    recogniser: Recogniser,
    *,
    runs: int,
    seed: int,
    pool: LinePool | None = None,
) -> FuzzReport:
    s = loaded.scenario
    report = FuzzReport(loaded.path, s.id, runs, seed)
    pool = pool or learner_lines(loaded)
    cached = _CachedRecogniser(recogniser)
    # Per-run seeds derived from the master seed and the scenario id (str seeding is stable).
    master = random.Random(f"{seed}:{s.id}")
    for _ in range(runs):
        run = master.randrange(2**31)
        try:
            call, _ = run_seed(loaded, cached, run, pool)
        except Exception as exc:  # a crash is the finding; keep going with the next seed
            log.warning("fuzz run %d of %s crashed", run, s.id, exc_info=True)
            last = traceback.extract_tb(exc.__traceback__)[-1]
            report.crashes.append(
                Crash(run, f"{type(exc).__name__}: {exc} ({last.filename}:{last.lineno})", [])
            )
            continue
        report.outcomes[call.outcome or f"({call.end_reason})"] += 1
        states = [call.scenario.start_state] + [
            t.state_after for t in call.turns if t.speaker == "learner"
        ]
        for state in dict.fromkeys(states):
            report.visits[state] += 1
        run_len = 1
        for before, after in itertools.pairwise(states):
            if after != before:
                report.left[before] += 1
                run_len = 1
            else:
                run_len += 1
                if run_len == STUCK_TURNS:
                    report.stuck.append((run, after))
        if call.end_reason == "turn_limit":
            report.endless.append((run, call.state))
        elif call.end_reason == "learner_ended" and not s.states[call.state].end:
            # The learner said goodbye there: the call ended by the learner's move, which
            # says nothing about whether the scenario offers a way out of the state.
            report.left[call.state] += 1
    ends = {n for n, st in s.states.items() if st.end}
    report.never_reached = [n for n in s.states if report.visits[n] == 0]
    for name in s.states:
        if name in ends or report.visits[name] == 0:
            continue
        if report.left[name] == 0:
            report.dead_ends.append(
                f"{name}: entered in {report.visits[name]} run(s) and never left"
            )
    return report


def format_report(r: FuzzReport, *, verbose: bool = False) -> list[str]:
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(r.outcomes.items()))
    lines = [f"{r.path}: {r.runs} runs (seed {r.seed}): {outcomes}"]
    for crash in r.crashes:
        lines.append(f"  CRASH seed {crash.seed}: {crash.error}")
        lines.append(
            f"    reproduce: fuzz.run_seed(loaded, recogniser, {crash.seed}, learner_lines(loaded))"
        )
    for dead in r.dead_ends:
        lines.append(f"  DEAD END {dead}")
    if r.never_reached:
        lines.append(f"  never reached: {', '.join(r.never_reached)}")
    if r.endless:
        shown = ", ".join(f"seed {s} in `{st}`" for s, st in r.endless[:5])
        more = f" (+{len(r.endless) - 5} more)" if len(r.endless) > 5 else ""
        lines.append(f"  never ended before max_turns: {len(r.endless)} run(s): {shown}{more}")
    if r.stuck and verbose:
        shown = ", ".join(f"seed {s} in `{st}`" for s, st in r.stuck[:5])
        lines.append(f"  stuck {STUCK_TURNS}+ turns in one state: {shown}")
    if (r.stuck and verbose) or r.endless:
        lines.append(f"  to see one run: trainer fuzz {r.path} --run SEED")
    return lines
