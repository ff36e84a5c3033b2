"""A bare "why hasn't it been paid?" is a reproach (GUIDE §5 accusatory_opener: "warum haben Sie
nicht …", and the guide's own example of the opener never to use: "Ich möchte mich erkundigen,
warum Sie meine Rechnung nicht bezahlt haben!"). Found in the twenty-sixth session's self-audit
(S26 G3): "I'm calling about invoice GEC-5521 — why hasn't it been paid yet?" was the neutral
opener and a neutral reason question (0.95), and the debrief said "A factual opening without
blame". In the library, such questions are reproaches 30 times in English and 31 in German; the
few neutral ones soften the question ("May I ask why …", "Ich frage ganz offen …") or offer a
harmless reason with it ("…, is it waiting on a signature?"). Probes written before
`model._why_not_paid_is_blame`; the neutral questions below must stay neutral."""

from __future__ import annotations

import pytest

BLAME = [
    ("en", "I'm calling about invoice GEC-5521 — why hasn't it been paid yet?"),
    ("en", "I'm calling about invoice GEC-5521, why hasn't it been paid yet?"),
    ("en", "So why wasn't the invoice paid on time?"),
    ("en", "How come it still hasn't been paid?"),
    ("de", "Ich rufe wegen der Rechnung 4711 an – warum ist die noch nicht bezahlt?"),
    ("de", "Wieso wurde die Rechnung bis heute nicht überwiesen?"),
]
NEUTRAL = [
    ("en", "May I ask why the invoice hasn't been paid yet?"),
    ("en", "Can you help me understand why it hasn't gone through?"),
    ("en", "Why hasn't it been paid, is it stuck in approval?"),
    ("de", "Darf ich fragen, warum die Rechnung noch nicht beglichen ist?"),
    ("de", "Warum ist der Betrag noch nicht da, fehlt vielleicht eine Bestellnummer?"),
]


@pytest.mark.parametrize(("lang", "text"), BLAME)
def test_a_bare_why_not_paid_is_a_reproach(recognise, lang, text):
    rec = recognise(lang, text)
    assert rec.names[:1] == ("accusatory_opener",), rec.intents
    assert not {"ask_reason", "neutral_opener_open_invoice"} & set(rec.names), rec.intents


@pytest.mark.parametrize(("lang", "text"), NEUTRAL)
def test_a_softened_why_stays_a_reason_question(recognise, lang, text):
    rec = recognise(lang, text)
    assert "ask_reason" in rec.names, rec.intents
    assert "accusatory_opener" not in rec.names, rec.intents
