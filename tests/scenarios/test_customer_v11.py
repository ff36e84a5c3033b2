"""Sixteenth outside audit (eleventh session): the calm legal route after the customer
refused the date, and a refusal that a second fact turns round."""

from __future__ import annotations

from tests.scenarios.test_customer_v4 import _runner

OPENING = [
    "Guten Tag Herr Kessler, Jana Brandt von Brandt Garten- und Landschaftsbau.",
    "Ich rufe wegen der noch offenen Rechnung GL-2026-215 für den Innenhof an.",
    "",
    "Okay. Was genau ist denn uneben, wo steht das Wasser?",
    "Herr Kessler, Sie haben die Abnahme am 2. Oktober ohne Vorbehalt unterschrieben.",
    "Können wir uns darauf einigen, dass Sie die 4.760 Euro bis zum 15. Dezember überweisen?",
]


def _checks(result: dict) -> dict[str, dict]:
    return {c["id"]: c for c in result["checks"]}


def test_the_legal_route_after_he_refused_the_date_is_the_result():
    """He said "Nein. Ich sehe das anders." to the date after the learner had asked and
    argued: the talks failed, and the calmly announced Mahnverfahren is the right result
    (GUIDE §3). It failed as "premature" (57, critical outcome)."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    *_, refused, legal = runner.play(
        [
            *OPENING,
            "Schade, dass wir da nicht zusammenkommen. Dann werde ich das gerichtliche "
            "Mahnverfahren einleiten, Abnahmeprotokoll und Fotos liegen mir ja vor.",
        ]
    )
    assert refused.state == "lehnt_termin_ab"
    assert legal.state == "rechtsweg"
    result = runner.session.finish()
    checks = _checks(result)
    assert result["outcome"] == "legal_route" and result["passed"]
    assert checks["no_premature_threat"]["passed"] and checks["next_step"]["passed"]


def test_a_refusal_turned_round_by_a_second_fact_needs_no_next_step():
    """After the refused date a second fact won him over and he promised: the call did not
    fail, so "no next step chosen" must not cost points, and the facts did clear the
    objection up (it said "auch wenn der Kunde nicht eingelenkt hat", 88 silver)."""
    runner = _runner("de-hausverwaltung-rechtsweg")
    runner.play(
        [
            *OPENING,
            "Das Wasser steht, weil der Hofablauf verstopft ist, und der gehört nicht zu "
            "unserem Auftrag.",
            "Können Sie den Betrag bis zum 15. Dezember überweisen?",
            "Ich bestätige Ihnen das kurz per Mail. Auf Wiederhören, Herr Kessler.",
        ]
    )
    result = runner.session.finish()
    checks = _checks(result)
    assert result["outcome"] == "promise_to_pay"
    assert "next_step" not in checks
    assert checks["handle_objection"]["passed"]
    assert "nicht eingelenkt" not in checks["handle_objection"]["reason"]
