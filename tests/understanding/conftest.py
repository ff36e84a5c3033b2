"""The recognisers for both languages, trained once per test session (about half a second
each); the recognisers are immutable, so sharing them between tests is safe."""

from __future__ import annotations

import pytest

from trainer.understanding import load_recogniser


@pytest.fixture(scope="session")
def de():
    return load_recogniser("de")


@pytest.fixture(scope="session")
def en():
    return load_recogniser("en")


@pytest.fixture(scope="session")
def recognise(de, en):
    """`recognise(lang, text)`: the line's recognition by that language's recogniser."""
    return lambda lang, text: {"de": de, "en": en}[lang].recognise(text)
