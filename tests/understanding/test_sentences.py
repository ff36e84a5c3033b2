"""Sentences of a letter or a long line: no cut after "Nr." or a German ordinal."""

from __future__ import annotations

import pytest

from trainer.understanding.sentences import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sie sagten zu, die Rechnung Nr. 2026-117 bis zum 11. Dezember zu begleichen.",
            ["Sie sagten zu, die Rechnung Nr. 2026-117 bis zum 11. Dezember zu begleichen."],
        ),
        ("Die erste Rate ist am 3. fällig. Danke!", ["Die erste Rate ist am 3. fällig.", "Danke!"]),
        ("Das gilt z.B. für Rechnung 12. Gut so?", ["Das gilt z.B. für Rechnung 12.", "Gut so?"]),
        (
            "Invoice No. 4471 is open. Thanks Mr. Smith.",
            ["Invoice No. 4471 is open.", "Thanks Mr. Smith."],
        ),
        ("The answer is no. Pay it now.", ["The answer is no.", "Pay it now."]),
        ("The total is 640. Next week then.", ["The total is 640.", "Next week then."]),
        ("Rechnung Nr.\nAnna Berger", ["Rechnung Nr.", "Anna Berger"]),
        ("Die Rechnung Nr. S-2026-0877 ist offen.", ["Die Rechnung Nr. S-2026-0877 ist offen."]),
        ("The answer is no. Nobody paid.", ["The answer is no.", "Nobody paid."]),
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
