"""A part of a line that reads as a reproach makes the line one only when the line uses words
of reproach ("again", "the second time", "chase", "immer wieder", "but it was due …"): short
parts without any read as blame ≥ 0.9 after each retraining, and `_blame_in_a_part` turned
friendly, factual or threatening lines into reproaches (three regressions in the
twenty-seventh session). Measured in the twenty-eighth session: of the library's lines, 10
English and 23 German change, every one toward its label; on the real folds English top-1
is unchanged and German gains two lines (benchmarks/README.md)."""

from __future__ import annotations

import pytest

BLAME = "accusatory_opener"


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("en", "you dont have to pay the late fee, ive waived it", "offer_compromise"),
        ("en", "So you want to let it come to a lawsuit, do you?", "threaten_legal"),
        ("en", "The court case on the news? No, that's nothing to do with us, ha.", None),
        ("de", "Ganz ehrlich, das hätte mir auch passieren können.", "empathise"),
        ("de", "Zahlen Sie nicht, landet das Ganze vor Gericht.", "threaten_legal"),
        ("de", "Wir wollen keinen Mahnbescheid, und ich denke, Sie auch nicht.", "empathise"),
    ],
)
def test_a_part_without_words_of_reproach_makes_no_reproach(recognise, lang, line, expected):
    rec = recognise(lang, line)
    assert BLAME not in rec.names, rec.intents
    assert (rec.names[:1] or (None,))[0] == expected, rec.intents


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "hiya, im ringing about invoice gec 5521 thats still open, this is the second time "
            "ive had to chase you lot for it to be honest",
        ),
        ("en", "I hear you, Tom, but it was due weeks ago, I need the full amount by Friday."),
        ("de", "Ich rufe wegen der Rechnung an, das ist jetzt schon wieder das dritte Mal."),
    ],
)
def test_a_part_with_words_of_reproach_still_makes_one(recognise, lang, line):
    rec = recognise(lang, line)
    assert BLAME in rec.names, rec.intents
