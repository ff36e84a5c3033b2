"""Source and data files hold no control characters: an edit once wrote a backspace where a
regex said `\\b` (eleventh session), and the pattern silently matched nothing. Only a test
that reads every file catches that; ruff does not look inside string literals."""

from __future__ import annotations

import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLOBS = ("trainer/**/*.py", "tests/**/*.py", "benchmarks/**/*.py", "scenarios/**/*.yaml",
         "trainer/data/**/*.yaml")  # fmt: skip


def test_no_control_characters_in_source_or_data():
    bad = []
    for pattern in GLOBS:
        for path in ROOT.glob(pattern):
            text = path.read_text(encoding="utf-8")
            for n, line in enumerate(text.splitlines(), 1):
                if any(unicodedata.category(c) == "Cc" and c not in "\t" for c in line):
                    bad.append(f"{path.relative_to(ROOT)}:{n}")
    assert not bad, bad
