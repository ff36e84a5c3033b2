"""The process's start: no garbage collection while the modules and the model load.

Starting a command builds a few hundred thousand objects that live as long as the process
(modules, pydantic's schemas, compiled patterns, the lexicon, the scenario). The collector
walks them again and again while they are being built (≈ 150 collections, one full one
inside NumPy's import): ≈ 40–60 ms of the 0.5 s the issue allows until the first answer
(benchmarks/README.md, twenty-eighth session). None of it is garbage, so the CLI holds the
collector from its first line and `done()` hands it back once the start is over, after
freezing what the start built (CPython's `gc.freeze`: later collections skip it).

`done()` is called where a start ends: when a recogniser or a scenario is ready, before
the TUI or the web server runs, and when the command returns. Long-running commands thus
always collect as usual; only a short command that loads neither runs without collection,
and it ends soon after.
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


def holding() -> bool:
    """Whether the collector is held by `hold()` (for tests)."""
    return _held
