"""Listed unlawful pressure is a threat in a call, however the model read it (twelfth session:
"Wir können auch gerne Ihren Arbeitgeber anrufen …" was threat 0.17 in sealed set author8; the
call screen said "nothing clear" while the debrief failed it as critical)."""

from __future__ import annotations

import pytest

from trainer.understanding import Context
from trainer.understanding.context import apply_context
from trainer.understanding.types import Recognition


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Wir können auch gerne Ihren Arbeitgeber anrufen und nach Ihrem Gehalt fragen."),
        ("en", "Maybe your employer would like to hear about this."),
    ],
)
def test_unlawful_pressure_is_read_as_a_threat_in_a_call(lang, text, recognise):
    rec = recognise(lang, text)
    in_call = apply_context(rec, Context(learner_turn=3))
    assert in_call.names[:1] == ("threaten_legal",)


def test_outside_a_call_and_without_the_words_nothing_changes():
    line = Recognition("Die Rechnung betrug 850 Euro.", ())
    assert apply_context(line, Context(learner_turn=3)).intents == ()
    threat = Recognition("Wir rufen Ihren Arbeitgeber an.", ())
    assert apply_context(threat, None).intents == ()
