"""The trainer's regression calls: every call gets the verdict and the named checks the
trainer wrote down before it was run (tests/scoring/calls/*.yaml).

A named check known to disagree because of the recogniser (not part of scoring) may be
listed in KNOWN_RECOGNITION_GAPS so the suite stays green and the gap stays visible; a
listed gap that has closed fails the test, so the list never hides a fixed one."""

from __future__ import annotations

import pytest

from tests.scoring.regression import compare, load_calls, play

CALLS = load_calls()
#: (scenario, kind, check) the recogniser misreads today; see the issue 11 report.
#: Empty since the fourth session: "That's nonsense, you're just trying to get out of
#: paying." (en-web-studio-unjustified, careless: no_accusation) is heard as blame now.
KNOWN_RECOGNITION_GAPS: set[tuple[str, str, str]] = set()


@pytest.mark.parametrize("entry", CALLS, ids=[f"{c['scenario']}-{c['kind']}" for c in CALLS])
def test_the_trainers_verdict(entry):
    result = play(entry)
    verdict_ok, wrong = compare(entry, result)
    assert verdict_ok, f"expected passed={entry['expect']['passed']}, got score {result['score']}"
    known = {check for scenario, kind, check in KNOWN_RECOGNITION_GAPS
             if (scenario, kind) == (entry["scenario"], entry["kind"])}  # fmt: skip
    seen = {w.split(":")[0] for w in wrong}
    assert known <= seen, f"known gaps closed, take them off the list: {known - seen}"
    assert not [w for w in wrong if w.split(":")[0] not in known], wrong


def test_every_do_nothing_call_fails_and_every_exemplary_call_passes():
    kinds = {(c["kind"], c["expect"]["passed"]) for c in CALLS}
    assert kinds >= {("do-nothing", False), ("exemplary", True)}
    assert len({c["scenario"] for c in CALLS}) == 12
