"""A hedge said as a part of its own ("…, honestly I do, …") is no part to read alone: "honestly
I do" alone read as blame 0.90, and `_blame_in_a_part` made the fifty-third audit's friendly
opener a reproach after the twenty-seventh session's retraining (Dave Kemp: "Are you having a
laugh?"). 0 of the library's lines change. A reproach with a hedge in it stays one."""

from __future__ import annotations

OPENER = (
    "So the reason I'm calling, and look, I hate making these calls, honestly I do, is the "
    "invoice for the boiler and the cylinder, WPH-3310, the £2,760, it's still showing as open "
    "on our side and I just wanted to have a chat about it, no drama, just to see where we are "
    "with it really."
)


def test_a_hedge_between_commas_makes_no_reproach(recognise):
    rec = recognise("en", OPENER)
    assert rec.names == ("neutral_opener_open_invoice",), rec.intents


def test_a_reproach_with_a_hedge_stays_one(recognise):
    assert recognise("en", "Honestly, you never pay on time.").names[:1] == ("accusatory_opener",)
    rec = recognise("de", "Ehrlich gesagt, Sie zahlen nie pünktlich, das nervt langsam.")
    assert rec.names[:1] == ("accusatory_opener",), rec.intents
