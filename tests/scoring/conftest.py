"""Fixtures for the scoring tests: the shipped scenarios and the real recognisers, loaded
once per session (training takes a few seconds)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.scoring.helpers import DE, EN
from trainer.scenario import load_scenario
from trainer.scenario.model import Scenario
from trainer.understanding import load_recogniser


@pytest.fixture(scope="session")
def de() -> Scenario:
    return load_scenario(DE).scenario


@pytest.fixture(scope="session")
def en() -> Scenario:
    return load_scenario(EN).scenario


@pytest.fixture(scope="session")
def rec_de() -> Any:
    return load_recogniser("de")


@pytest.fixture(scope="session")
def rec_en() -> Any:
    return load_recogniser("en")
