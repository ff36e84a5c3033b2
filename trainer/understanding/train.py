"""Training: an intent library -> the fitted model's numbers (`ModelData`).

The only module of `understanding` that imports scikit-learn. It runs when the saved model
is missing or stale (see `cache.py`) and when evaluating; recognising a line never needs it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from .features import CHAR_RANGE, WORD_RANGE
from .library import IntentLibrary
from .modeldata import NONE_LABEL, ModelData, Settings, prepare


def training_set(
    library: IntentLibrary, settings: Settings
) -> tuple[list[tuple[str, str]], list[set[str]]]:
    """Every example once as (text, markers); lines equal after normalisation are merged."""
    merged: dict[str, tuple[str, tuple[str, str], set[str]]] = {}

    def add(text: str, names: set[str]) -> None:
        doc = prepare(text, library.language, settings)
        if not doc[0]:
            return
        if doc[0] in merged:
            merged[doc[0]][2].update(names)
        else:
            merged[doc[0]] = (text, doc, set(names))

    for name, spec in library.intents.items():
        for ex in spec.examples:
            add(ex, {name})
    for text, names in library.combined:
        add(text, set(names))
    for text in library.no_intent:
        add(text, set())
    for text, name in library.move_lines():
        add(text, {name} if name else set())
    items = sorted(merged.values(), key=lambda x: x[0])
    return [d for _, d, _ in items], [n for _, _, n in items]


def fit(library: IntentLibrary, settings: Settings) -> ModelData:
    """Fit the vectorizers and one logistic regression per intent (and one for 'no intent')."""
    # One BLAS thread: the matrices are small, and on a busy machine (CI, a TUI with
    # other work) spinning BLAS threads made training several times slower.
    with threadpool_limits(limits=1):
        return _fit(library, settings)


def _fit(library: IntentLibrary, settings: Settings) -> ModelData:
    from .modeldata import compile_patterns, pattern_row

    intents = sorted(library.intents)
    # The patterns always travel with the model (evidence and the read-back convention use
    # them); they are features only when the settings say so.
    patterns = [list(library.intents[n].patterns) for n in intents]
    compiled = compile_patterns(patterns) if settings.patterns else []
    docs, labels = training_set(library, settings)
    texts = [d[0] for d in docs]
    char = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=CHAR_RANGE,
        sublinear_tf=True,
        lowercase=False,
        dtype=np.float32,
        min_df=settings.min_df,
    )
    word = TfidfVectorizer(
        analyzer="word",
        token_pattern=r"\S+",
        ngram_range=WORD_RANGE,
        sublinear_tf=True,
        lowercase=False,
        dtype=np.float32,
        min_df=settings.min_df,
    )
    xc = char.fit_transform(texts)
    xw = word.fit_transform([t + " " + m for t, m in docs])
    import scipy.sparse as sp

    blocks = [xc, xw]
    if compiled:
        pat = np.array([pattern_row(compiled, t) for t in texts], dtype=np.float32)
        blocks.append(sp.csr_matrix(pat * settings.pattern_weight))
    X = sp.hstack(blocks, format="csr")
    names = [*intents, NONE_LABEL] if settings.none_class else intents
    Y = np.array([[n in lab for n in intents] for lab in labels], dtype=bool)
    if settings.none_class:
        Y = np.hstack([Y, np.array([[not lab] for lab in labels], dtype=bool)])
    none_rows = _none_weights(labels, settings)
    coef = np.zeros((X.shape[1], len(names)), dtype=np.float32)
    bias = np.full(len(names), -10.0, dtype=np.float64)
    for k in range(len(names)):
        y = Y[:, k]
        if y.all() or not y.any():
            continue  # a label without examples (or only) cannot be learned
        clf = LogisticRegression(
            C=settings.c,
            class_weight=_class_weight(y, settings),
            solver="liblinear",
            max_iter=300,
        )
        clf.fit(X, y, sample_weight=none_rows if k < len(intents) else None)
        coef[:, k] = clf.coef_[0]
        bias[k] = clf.intercept_[0]
    knn = _neighbour_index(xc, xw, Y, settings) if settings.knn_weight > 0 else {}
    return ModelData(
        language=library.language,
        settings=settings,
        labels=names,
        patterns=patterns,
        char_terms=_terms(char),
        char_idf=np.asarray(char.idf_, dtype=np.float64),
        word_terms=_terms(word),
        word_idf=np.asarray(word.idf_, dtype=np.float64),
        coef=coef,
        bias=bias,
        **knn,
    )


def _none_weights(labels: list[set[str]], settings: Settings) -> np.ndarray | None:
    """Each training line's weight among an intent's negatives: `none_weight` for a line
    without a move, 1 for the rest (None: all 1, scikit-learn's default). Weighed up, the
    lines without a move teach every intent what call handling and small talk look like."""
    if settings.none_weight == 1.0:
        return None
    return np.where([not lab for lab in labels], settings.none_weight, 1.0)


def _class_weight(y: np.ndarray, settings: Settings) -> Any:
    """scikit-learn's balanced weights, each to `balance_power` (1: "balanced" itself)."""
    if not settings.balanced:
        return None
    if settings.balance_power == 1.0:
        return "balanced"
    from sklearn.utils.class_weight import compute_class_weight

    classes = np.array([False, True])
    weights = compute_class_weight("balanced", classes=classes, y=y) ** settings.balance_power
    return {bool(c): float(w) for c, w in zip(classes, weights, strict=True)}


def _neighbour_index(xc: Any, xw: Any, Y: np.ndarray, settings: Settings) -> dict[str, Any]:
    """The training lines' TF-IDF rows as an inverted index (feature -> lines), which finds
    a line's neighbours by touching only the features it has."""
    import scipy.sparse as sp

    if settings.knn_words_only:
        xc = sp.csr_matrix(xc.shape, dtype=np.float32)
    csc = sp.hstack([xc, xw], format="csc")
    csc.sort_indices()
    return {
        "knn_indptr": csc.indptr.astype(np.int32),
        "knn_rows": csc.indices.astype(np.int32),
        "knn_vals": csc.data.astype(np.float32),
        "knn_labels": Y.astype(np.uint8),
    }


def _terms(vectorizer: TfidfVectorizer) -> list[str]:
    terms = [""] * len(vectorizer.vocabulary_)
    for t, j in vectorizer.vocabulary_.items():
        terms[j] = t
    return terms
