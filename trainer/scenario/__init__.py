"""Scenario files: load them safely, validate them, and check their cross-references.

The names below are imported on first use (PEP 562): the recogniser needs only
`findings`, `yamlsource` and `regexsafety` from here, and importing the pydantic model and
the checks (≈ 120 ms) would delay `trainer classify`'s first answer for nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checks import check_scenario
    from .findings import Finding, ScenarioError, ScenarioNotFound
    from .loader import LoadedScenario, find_scenario, load_scenario, scenario_files
    from .model import Scenario

_WHERE = {
    "check_scenario": ".checks",
    "Finding": ".findings",
    "ScenarioError": ".findings",
    "ScenarioNotFound": ".findings",
    "LoadedScenario": ".loader",
    "find_scenario": ".loader",
    "load_scenario": ".loader",
    "scenario_files": ".loader",
    "Scenario": ".model",
}

__all__ = [
    "Finding",
    "LoadedScenario",
    "Scenario",
    "ScenarioError",
    "ScenarioNotFound",
    "check_scenario",
    "find_scenario",
    "load_scenario",
    "scenario_files",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
