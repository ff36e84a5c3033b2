"""Nineteenth outside audit (twelfth session): the caller's own small talk about a busy week
was read as blame ("God, it's been mental here …": accusatory_opener 0.68, and the florist took
offence), and a reminder ignored, said as a grievance, as the neutral opener. The audit's
lines are not in the library (the `gaps` author got new lines of the same kinds)."""

from __future__ import annotations

import pytest

from trainer.understanding.types import TENTATIVE

CHAT = [
    (
        "en",
        "God, it's been mental here, we've had three weddings' worth of orders this month "
        "alone, and the big printer's been playing up again.",
    ),
    ("en", "we've been run off our feet here this month, honestly, it's been mental"),
    ("de", "Bei uns ist grad die Hölle los, wir kommen kaum hinterher mit den Aufträgen."),
]

GRIEVANCE = [
    (
        "en",
        "I sent you lot a reminder two weeks ago about invoice GEC-5521 and still nothing, so "
        "I'm wondering what's going on over there.",
    ),
    ("de", "Ich hab Ihnen vor zwei Wochen schon ne Mahnung geschickt und es kam immer noch nix."),
]


@pytest.mark.parametrize(("lang", "text"), CHAT)
def test_the_callers_own_busy_week_is_no_reproach(lang, text, recognise):
    rec = recognise(lang, text)
    assert all(h.confidence < TENTATIVE for h in rec.intents), rec.intents


@pytest.mark.parametrize(("lang", "text"), GRIEVANCE)
def test_a_reminder_ignored_said_as_a_grievance_is_blame(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names[:1] == ("accusatory_opener",), rec.intents


def test_sympathy_about_the_customers_own_debtor_is_no_reproach(recognise):
    """Twenty-first audit: "a client not paying you is the worst" was blame (0.97 alone),
    said about the café owner's own client; he took offence and a good call failed."""
    rec = recognise(
        "en", "Ah mate, that sounds rough, a client not paying you is the worst. I get it."
    )
    assert rec.names[:1] == ("empathise",), rec.intents
    assert "accusatory_opener" not in rec.names


def test_a_dropped_rebuttal_does_not_keep_a_faint_reproach_in_chat() -> None:
    """Twentieth audit, call 02, replayed in the thirty-fifth session: the Christmas-market
    chat was read as a rebuttal 0.47 and a reproach 0.40. Before any objection chat rebuts
    nothing, so the rebuttal goes — and a faint one is no "move of its own" that keeps the
    faint reproach; the customer had snapped "Also hören Sie mal!" at small talk. A firm
    rebuttal is one, and the blame beside it stays (fiftieth audit, call 11: "Someone must
    have put too much weight on them"). Readings given, so the rule is pinned whatever a
    retraining reads."""
    from trainer.understanding.context import apply_context
    from trainer.understanding.types import Context, IntentHit, Recognition

    text = "Waren Sie schon aufm Christkindlesmarkt? Wir waren am Samstag, war brechend voll."
    rec = Recognition(
        text,
        (IntentHit("rebut_unjustified_objection", 0.47), IntentHit("accusatory_opener", 0.40)),
    )
    assert apply_context(rec, Context(learner_turn=3)).names == ()
    # after an objection the same facts may rebut it, and the reading stays
    after = apply_context(rec, Context(learner_turn=3, objection_raised=True)).names
    assert "rebut_unjustified_objection" in after

    firm = Recognition(
        "Wobbly? No, they were rock solid when I left, I checked every one of them. Someone "
        "must have put too much weight on them.",
        (IntentHit("rebut_unjustified_objection", 0.96), IntentHit("accusatory_opener", 0.52)),
    )
    assert "accusatory_opener" in apply_context(firm, Context(learner_turn=2)).names
