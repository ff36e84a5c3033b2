"""Two or three payments of different sizes, each with its own day, are an instalment plan
(GUIDE §5: propose_instalments "payments in parts with amounts and dates"), not one payment
date (sixty-third audit, Galway: "And for the rest, how about £1,060 on Friday the 18th of
December and the last £700 on Friday the 15th of January?" was a date 0.94 and a plan 0.52,
and the customer answered "The whole lot by then? Not a chance.").

Lines written (twenty-second session) before the library lines (`gaps`, en), not in the library:
nine of the twelve read as a plan before them, ten after (all six English ones). The German gaps
lines of this shape were taken out again (see the first German probe).
"""

from __future__ import annotations

import pytest

PLANS = [
    ("en", "And for the rest, how about £1,060 on Friday the 18th of December and the last £700 "
     "on Friday the 15th of January?"),
    ("en", "What if you did $900 on the 15th and the other $640 on the 30th?"),
    ("en", "Could we say €500 by the end of this month and €820 by the end of January?"),
    ("en", "Let's split it unevenly then: 1,200 on the 10th of January, 800 on the 10th of "
     "February."),
    ("en", "how about 700 quid on the 20th and 450 on the 5th of jan"),
    ("en", "I could take £2,000 on the 1st of February and the final £1,150 on the 1st of March, "
     "would that suit?"),
    # A date 0.86 and the plan 0.75 until the twenty-ninth session (German counterparts of the
    # real English sets, transfer5, and three uneven plans in `gaps`); "Und die restlichen
    # 1.365,40 Euro bis zum 15. Januar?" (one rest, one day) stays a date first.
    ("de", "Und für den Rest: 1.060 Euro am 18. Dezember und die letzten 700 Euro am 15. Januar?"),
    ("de", "Wie wäre es mit 900 Euro zum 15. und den restlichen 640 Euro zum 30.?"),
    ("de", "Sagen wir 500 Euro bis Monatsende und 820 Euro bis Ende Januar?"),
    ("de", "dann machen wir zwei teile 1200 am 10. januar und 800 am 10. februar"),
    ("de", "Könnten Sie 2.000 Euro am 1. Februar und die letzten 1.150 Euro am 1. März zahlen?"),
    pytest.param(
        "de",
        "Ginge es, wenn Sie 750 Franken Ende Dezember und 480 Franken Ende Januar überweisen?",
        marks=pytest.mark.xfail(strict=True, reason="a date 0.94, no plan read"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PLANS)
def test_payments_of_different_sizes_on_their_days_are_a_plan(lang, text, recognise):
    rec = recognise(lang, text)
    assert rec.names and rec.names[0] == "propose_instalments", rec.intents
