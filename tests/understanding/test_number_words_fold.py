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
