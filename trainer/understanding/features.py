"""TF-IDF rows for one line, computed without scikit-learn.

Training uses scikit-learn's `TfidfVectorizer` (char_wb 2-5 and word 1-2 n-grams, sublinear
tf, l2 norm); recognising a line only needs the fitted vocabulary and idf, so the saved model
carries those and this module rebuilds the same row. The n-gram generators follow
scikit-learn's `_char_wb_ngrams` and `_word_ngrams` exactly (a test compares them), so a
trained model means the same thing at run time, and recognition never imports scikit-learn
(≈ 1 s at every start).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import numpy as np

from .. import lazyre

_WHITE = lazyre.compile(r"\s\s+")

CHAR_RANGE = (2, 5)
WORD_RANGE = (1, 2)


def char_wb_ngrams(text: str, lo: int = CHAR_RANGE[0], hi: int = CHAR_RANGE[1]) -> list[str]:
    """Character n-grams inside word boundaries, padded with a space (scikit-learn's char_wb)."""
    text = _WHITE.sub(" ", text)
    grams: list[str] = []
    for w in text.split():
        w = " " + w + " "
        length = len(w)
        for n in range(lo, hi + 1):
            offset = 0
            grams.append(w[offset : offset + n])
            while offset + n < length:
                offset += 1
                grams.append(w[offset : offset + n])
            if offset == 0:  # the word is shorter than n: one gram is all there is
                break
    return grams


def word_ngrams(text: str, lo: int = WORD_RANGE[0], hi: int = WORD_RANGE[1]) -> list[str]:
    """Word n-grams of whitespace-separated tokens (token_pattern `\\S+`)."""
    tokens = text.split()
    if hi == 1:
        return tokens if lo == 1 else []
    out = list(tokens) if lo == 1 else []
    n_tok = len(tokens)
    for n in range(max(lo, 2), min(hi, n_tok) + 1):
        for i in range(n_tok - n + 1):
            out.append(" ".join(tokens[i : i + n]))
    return out


class Vocabulary:
    """A fitted vocabulary: term -> column, with its idf weights."""

    __slots__ = ("idf", "index", "offset")

    def __init__(self, terms: Iterable[str], idf: np.ndarray, offset: int = 0) -> None:
        # dict(zip(...)) builds the ≈ 74,000-term index ≈ 20 % faster than a comprehension,
        # and it is built at every start.
        self.index = dict(zip(terms, itertools.count()))
        self.idf = np.asarray(idf, dtype=np.float64)
        self.offset = offset

    def __len__(self) -> int:
        return len(self.index)

    def row(self, grams: Iterable[str]) -> tuple[list[int], list[float]]:
        """Sublinear tf * idf, l2-normalised, as (columns + offset, values)."""
        counts: dict[int, int] = {}
        index = self.index
        for g in grams:
            j = index.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return [], []
        idx = list(counts)
        vals = (1.0 + np.log(np.fromiter(counts.values(), float, len(idx)))) * self.idf[idx]
        vals /= np.sqrt(vals @ vals)
        off = self.offset
        return [off + j for j in idx], vals.tolist()
