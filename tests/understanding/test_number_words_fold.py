"""Numbers said in words fold to the token a figure in digits gets ("0"), so "four hundred and
eighty-five pounds" and "485 pounds" look alike to the model; counts below 13 keep their word
("in drei Raten", "two payments" carry the plan). Evidence spans stay the learner's words."""

import pytest

from trainer.understanding.modeldata import fold_number_words
from trainer.understanding.normalize import clean, tokenize


def folded(text: str, language: str) -> str:
    cleaned = clean(text)
    return " ".join(t.norm for t in fold_number_words(tokenize(cleaned, language), cleaned))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("It's four hundred and eighty-five pounds.", "en", "its 0 pounds"),
        # a filler and a comma inside the figure, then a second figure said as a time
        ("one thousand two hundred and, um, forty. Twelve forty", "en", "0 twelve 0"),
        # "and" between two figures joins nothing
        ("two hundred and fifty, and thirty days", "en", "0 and 0 days"),
        ("a hundred now", "en", "0 now"),
        ("in three payments of twelve", "en", "in three payments of twelve"),
        ("four eight five", "en", "four eight five"),
        ("zweitausendvierhundertachtzig Euro", "de", "0 euro"),
        ("in drei Raten zu je fünfhundert Euro", "de", "in drei raten zu je 0 euro"),
        ("zwei tausend insgesamt, ein Monat", "de", "0 insgesamt ein monat"),
        ("bis zum fünfzehnten", "de", "bis zum fuenfzehnten"),
    ],
)
def test_figures_in_words_fold_counts_stay(text: str, language: str, expected: str) -> None:
    assert folded(text, language) == expected


def test_the_folded_token_spans_the_learners_words() -> None:
    text = "That's two thousand three hundred euros."
    cleaned = clean(text)
    zero = [t for t in fold_number_words(tokenize(cleaned, "en"), cleaned) if t.norm == "0"]
    assert [cleaned[t.start : t.end] for t in zero] == ["two thousand three hundred"]


@pytest.mark.parametrize(
    ("language", "in_words", "in_digits"),
    [
        (
            "en",
            "Could you do three hundred today and the other nine hundred and forty by the end "
            "of the month?",
            "Could you do 300 today and the other 940 by the end of the month?",
        ),
        (
            "en",
            "The invoice comes to one thousand two hundred and forty pounds.",
            "The invoice comes to 1240 pounds.",
        ),
        (
            "de",
            "Es sind viertausenddreihundertsechzig Euro offen, von der Rechnung aus dem September.",
            "Es sind 4360 Euro offen, von der Rechnung aus dem September.",
        ),
        (
            "de",
            "Könnten Sie heute dreihundert überweisen und die restlichen neunhundertvierzig bis "
            "Monatsende?",
            "Könnten Sie heute 300 überweisen und die restlichen 940 bis Monatsende?",
        ),
    ],
)
def test_a_figure_said_in_words_reads_as_the_figure_in_digits(
    recognise, language: str, in_words: str, in_digits: str
) -> None:
    """What speech-to-text writes for a figure must not change the moves (the shipped model
    folds number words; lines written for this test, in no library or sealed set)."""
    assert set(recognise(language, in_words).names) == set(recognise(language, in_digits).names)
