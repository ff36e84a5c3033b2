"""The process's start: no garbage collection while the modules and the model load.

Starting a command builds a few hundred thousand objects that live as long as the process
(modules, pydantic's schemas, compiled patterns, the lexicon, the scenario). The collector
walks them again and again while they are being built (≈ 150 collections, one full one
inside NumPy's import): ≈ 40–60 ms of the 0.5 s the issue allows until the first answer
(benchmarks/README.md, twenty-eighth session). None of it is garbage, so the CLI holds the
collector from its first line and `done()` hands it back once the start is over, after
freezing what the start built (CPython's `gc.freeze`: later collections skip it).

Only the timed starts hold it (the TUI, `play`, `classify`: trainer.cli); `done()` is
called where such a start ends: when the recogniser is loaded, just before the TUI runs,
and when the command returns. Every other command hands the collector back as soon as its
arguments are parsed.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Stop collecting until `done()` (the collector was on, or nothing changes)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def done() -> None:
    """The start is over: freeze what it built and collect as usual from here on."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
