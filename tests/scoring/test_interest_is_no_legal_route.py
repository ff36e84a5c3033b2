"""Statutory default interest named calmly is a consequence, not the legal route (ninth
outside audit: "gemäß § 288 BGB Verzugszinsen" read as announcing the legal route failed the
premature-threat check of a correct, formal call)."""

from __future__ import annotations

from tests.scenarios.test_customer_v8 import BEHOERDE
from tests.scoring.regression import check, say_all

SID = "de-behoerde-bestellnummer"
INTEREST = (
    "Ich darf der Ordnung halber darauf hinweisen, dass die Forderung seit dem Fälligkeitsdatum "
    "offen ist und gemäß § 288 BGB Verzugszinsen anfallen können."
)
COURT = (
    "Ich darf der Ordnung halber darauf hinweisen, dass wir sonst das gerichtliche "
    "Mahnverfahren einleiten."
)


def _threat_check(extra: str) -> dict:
    _, result = say_all(SID, [*BEHOERDE[:3], extra, *BEHOERDE[3:]])
    return check(result, "no_premature_threat")


def test_default_interest_named_calmly_fails_no_check():
    assert _threat_check(INTEREST)["passed"] is True


def test_the_court_named_before_the_negotiation_failed_still_does():
    check = _threat_check(COURT)
    assert check["passed"] is False
