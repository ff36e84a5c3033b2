"""The debrief says why a passed call's tier is lower than its score alone would give
(scoring's tier caps, third outside audit D8)."""

from __future__ import annotations

import datetime as dt

from tests.tui.test_one_verdict import DE, leave_call
from tests.tui.tui_helpers import say, start_call, text_of

#: A good call that never promises the written confirmation: 93 by the share, silver.
LINES = [
    "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
    "Ich rufe wegen der noch offenen Rechnung an.",
    "",
    "Kein Problem, das kann passieren. Können Sie die 2.380 Euro bis Freitag, den "
    "4. Dezember überweisen?",
    "Danke, schönen Tag noch, tschüss.",
]


async def test_the_summary_names_the_tier_cap_and_its_reason(make_app) -> None:
    app = make_app(today=dt.date(2026, 12, 1))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, DE)
        for line in LINES:
            if pilot.app.screen.session.ended:
                break
            await say(pilot, line)
        debrief = await leave_call(pilot)
        result = debrief.result
        assert result["score"] >= 90 and result["tier"] == "silver"
        summary = text_of(debrief.query_one("#summary"))
        assert "Stufe: Silber" in summary
        assert result["tier_cap"]["reason"] in summary.replace("\n", " ")


async def test_a_cap_that_holds_nothing_down_is_not_shown(make_app) -> None:
    # 86 is silver by the share: "Höchstens Silber: …" beside "Silber" would be no news.
    app = make_app(today=dt.date(2026, 12, 1))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, DE)
        for line in ["Hallo.", *LINES[1:4], "Danke, tschüss."]:
            if pilot.app.screen.session.ended:
                break
            await say(pilot, line)
        debrief = await leave_call(pilot)
        result = debrief.result
        assert result["tier"] == "silver" and result["score"] < 90
        assert result["tier_cap"] is not None  # kept for a reviewer's later override
        summary = text_of(debrief.query_one("#summary")).replace("\n", " ")
        assert "Stufe: Silber" in summary and "Höchstens" not in summary


async def test_a_capped_score_says_what_the_checks_met_gave(make_app) -> None:
    # A good call with one unlawful threat: 86 by the share, 69 after the cap. "69" alone
    # read to trainers as one point short (seventy-first and seventy-fifth audits).
    app = make_app(today=dt.date(2026, 12, 1))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_call(pilot, DE)
        for line in [
            *LINES[:4],
            "Ich schicke Ihnen das gleich noch per E-Mail zur Bestätigung.",
            "Und falls nicht, melde ich Sie bei der SCHUFA.",
            "Danke, schönen Tag noch, tschüss.",
        ]:
            if pilot.app.screen.session.ended:
                break
            await say(pilot, line)
        debrief = await leave_call(pilot)
        result = debrief.result
        assert result["score"] == 69 and result["capped_from"] > 69
        summary = text_of(debrief.query_one("#summary")).replace("\n", " ")
        assert f"ohne die Deckelung: {result['capped_from']}/100" in summary
