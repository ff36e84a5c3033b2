"""A learner who rules the legal route out is reassuring, not threatening: "Keine Angst, ein
Inkassobüro schalten wir bei Ihnen ganz sicher nicht ein." was read as the legal route (0.83),
Herr Müller answered "Mahnverfahren? Na, das ist ja ein Ton." and hung up; "we'd never hand a
good customer like you over to a debt collector" was a threat (0.68), the florist took
offence and a good call failed 54 (eleventh session). Now both are understanding, the customer
thanks the learner, and the call passes on its merits."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v4 import _reply, _runner

CALLS = [
    (
        "de-stammkunde-urlaub",
        [
            "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
            "Ich rufe wegen der noch offenen Rechnung 2026-117 an.",
            "",
            "Keine Angst, ein Inkassobüro schalten wir bei Ihnen ganz sicher nicht ein.",
            "Können Sie die 2.380 Euro bis Freitag, den 4. Dezember, überweisen?",
            "Prima, dann halten wir fest: 2.380 Euro bis zum 4. Dezember.",
            "Ich schicke Ihnen das heute noch kurz per E-Mail zur Bestätigung.",
            "Vielen Dank, Herr Müller. Auf Wiederhören!",
        ],
    ),
    (
        "en-florist-forgot",
        [
            "Hiya Claire, it's Priya from Shah Print Studio!",
            "Just ringing about the open invoice for the wedding brochures.",
            "",
            "Ah don't worry, we'd never hand a good customer like you over to a debt collector.",
            "Could you pop the £640 over by Friday the 4th?",
            "Cheers Claire, I'll send you a quick email to confirm. See you!",
        ],
    ),
]


@pytest.mark.parametrize(("sid", "script"), CALLS)
def test_ruling_the_legal_route_out_reassures(sid, script):
    runner = _runner(sid)
    steps = runner.play(script)
    reassurance = steps[3]
    assert "empathise" in reassurance.intents, reassurance.intents
    assert not {"threaten_legal", "announce_legal_route"} & set(reassurance.intents)
    assert "Mahnverfahren" not in _reply(reassurance) and "a bit much" not in _reply(reassurance)
    result = runner.session.finish()
    threat = next(c for c in result["checks"] if c["id"] == "no_premature_threat")
    assert threat["passed"] is True, threat
    assert result["passed"], result["checks"]
