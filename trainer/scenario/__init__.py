"""Scenario files: load them safely, validate them, and check their cross-references."""

from .checks import check_scenario
from .findings import Finding, ScenarioError, ScenarioNotFound
from .loader import LoadedScenario, find_scenario, load_scenario, scenario_files
from .model import Scenario

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
