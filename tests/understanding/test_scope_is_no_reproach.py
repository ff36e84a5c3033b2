"""Naming what lay outside the job is a rebuttal, not a reproach (forty-seventh audit, call 2:
after the twenty-ninth session's retraining "… der gehört nicht zu unserm Auftrag. Den müsste
mal jemand durchspülen lassen." read as blame 0.53 in the property manager's scenario, he hung
up, and a call its trainer passed failed; `gaps` lines of the phenomenon mended it)."""

from __future__ import annotations

from tests.scoring.regression import recogniser_for

LINE = (
    "Und das Wasser steht, weil der Hofablauf verstopft ist — der gehört nicht zu unserm "
    "Auftrag. Den müsste mal jemand durchspülen lassen."
)


def test_what_lay_outside_the_job_is_a_rebuttal_not_a_reproach() -> None:
    names = recogniser_for("de-hausverwaltung-rechtsweg").recognise(LINE).names
    assert names[:1] == ("rebut_unjustified_objection",), names
    assert "accusatory_opener" not in names, names
