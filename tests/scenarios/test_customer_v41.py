"""Forty-first session: what the outside audits (benchmarks/audits/) found — money taken off
after the customer's promise refused by the customer ("Nein, nicht ganz: 3.570,00 €")."""

from __future__ import annotations

from typing import Any

from tests.scenarios.test_customer_v36 import _failed, _played, _runner


def _customer(result: dict[str, Any]) -> list[str]:
    return [t["text"] for t in result["turns"] if t["speaker"] == "customer"]


def _play(sid: str, lines: list[str]) -> dict[str, Any]:
    runner = _runner(sid)
    runner.play(lines)
    return runner.session.finish()


# --- money off after his promise ------------------------------------------------------------------
def test_a_reduction_offered_after_the_promise_is_taken_not_refused() -> None:
    """V110 03: after "bis zum 10.12. ist das Geld bei Ihnen", "Und für den Ärger ziehe ich
    Ihnen 10 Prozent ab, also 357 Euro – dann bleiben 3.213 Euro." got "Nein, nicht ganz:
    3.570,00 € bis zum 10.12.2026", the later day for the reduced sum was refused and the right
    read-back corrected; the debrief said the learner read back terms she had not agreed."""
    result = _played(
        "de-maler-berechtigter-einwand", "V110", "03_halle_maler_kompromiss.txt", "03_letter.txt"
    )
    said = _customer(result)
    assert not any(s.startswith(("Nein, nicht ganz", "Hm, lassen wir")) for s in said), said
    assert any("3.213,00 €" in s for s in said)
    assert result["passed"] and "confirm_in_writing" not in _failed(result)
    assert result["tier"] == "gold"


FLORIST = [
    "Hi, it's Priya from Sharp Print Studio.",
    "I'm calling about the open invoice SPS-2291.",
    "",
    "No worries at all. Could you pay the £640 by Friday the 11th?",
    "Lovely. And as a thank-you for being such a good customer, I'll knock 5% off, so £608.",
]


def test_a_discount_after_the_promise_becomes_the_sum_he_pays() -> None:
    result = _play("en-florist-forgot", [*FLORIST, "So that's £608 by Friday 11 December."])
    said = _customer(result)
    assert "£608.00 by 11 December 2026" in said[-2]
    assert said[-1].startswith("Yes")
    assert result["agreed_terms"]["amount"] == 608.0


def test_a_wrong_sum_read_back_with_the_same_discount_is_still_corrected() -> None:
    """The guard: the 5 % said again with a sum below the one it gives is a wrong read-back,
    not a further gift."""
    result = _play(
        "en-florist-forgot", [*FLORIST, "So that is 5% off, £580 by Friday 11 December."]
    )
    assert _customer(result)[-1] == "No, not quite: £608.00 by 11 December 2026."
