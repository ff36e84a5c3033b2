"""Every fault that caps the tier (scoring `TIER_CAPS`) has its reason in both catalogues.

The fifty-fifth session added a cap (`no_premature_threat`, `threat_other`) without its text,
and a call that hit it ended in "unexpected error (KeyError …)" (V183 10, found by the replay)."""

from __future__ import annotations

import pytest

from trainer.scoring.texts import texts
from trainer.scoring.verdict import TIER_CAPS


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(("check", "reason"), sorted(TIER_CAPS))
def test_every_tier_cap_has_its_reason(lang: str, check: str, reason: str) -> None:
    caps = texts(lang)["tier_caps"]
    text = caps.get(f"{check}_{reason}") or caps.get(check)
    assert text and "{tier}" in text, (check, reason)
