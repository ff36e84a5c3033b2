"""Intent gaps found in use, and the fast feature path (same figures as scikit-learn's)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from trainer.understanding import Context, load_recogniser

CALL = date(2026, 11, 26)
MID_CALL = Context(call_date=CALL, learner_turn=5)
AFTER_OBJECTION = Context(call_date=CALL, learner_turn=5, objection_raised=True)


@pytest.mark.parametrize(
    ("lang", "text", "context", "intent"),
    [
        ("en", "When will the invoice be paid then?", MID_CALL, "fix_payment_date"),
        # asks *when* money goes out, not *why* it has not: a date question (GUIDE §5)
        ("en", "When is your next payment run?", MID_CALL, "fix_payment_date"),
        ("de", "Wann ist Ihr nächster Zahlungslauf?", MID_CALL, "fix_payment_date"),
        (
            "de",
            "Können Sie mir genauer sagen, was Ihnen aufgefallen ist?",
            AFTER_OBJECTION,
            "clarify_objection",
        ),
        (
            "de",
            "Können Sie mir genauer sagen, was Ihnen aufgefallen ist?",
            MID_CALL,
            "ask_reason",
        ),
        (
            "en",
            "The shelves were level and firm when I left",
            AFTER_OBJECTION,
            "rebut_unjustified_objection",
        ),
        (
            "en",
            "We tested every socket before handover",
            AFTER_OBJECTION,
            "rebut_unjustified_objection",
        ),
        (
            "de",
            "Wir haben Fotos gemacht, die Räume waren sauber und fertig.",
            AFTER_OBJECTION,
            "rebut_unjustified_objection",
        ),
    ],
)
def test_gaps_found_in_use(lang, text, context, intent):
    r = load_recogniser(lang).recognise(text, context)
    assert r.names and r.names[0] == intent, r.names


def test_having_photos_is_no_request_for_photos():
    r = load_recogniser("de").recognise(
        "Wir haben Fotos gemacht, die Räume waren sauber und fertig.", AFTER_OBJECTION
    )
    assert not r.has("clarify_objection"), r.names


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "Gut, dann verzichten wir auf die Forderung."), ("en", "We'll write the amount off.")],
)
def test_waiving_the_claim_is_no_confident_summary(lang, text):
    # There is no intent for waiving the claim (GUIDE §5); it must not read as a
    # confident read-back of agreed terms or as a payment date.
    r = load_recogniser(lang).recognise(text, MID_CALL)
    for hit in r.intents:
        assert hit.intent not in ("summarise_agreement", "fix_payment_date") or hit.confidence < 0.5


@pytest.mark.parametrize("lang", ["de", "en"])
def test_run_time_features_equal_scikit_learns(lang):
    """Recognition builds TF-IDF rows without scikit-learn: the same n-grams, idf and norm."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from trainer.understanding import default_library_dir
    from trainer.understanding.features import Vocabulary, char_wb_ngrams, word_ngrams
    from trainer.understanding.library import load_library_folder
    from trainer.understanding.modeldata import Settings, prepare

    library = load_library_folder(default_library_dir(), lang)
    examples = [e for s in library.intents.values() for e in s.examples]
    # A third of the library fits a vocabulary of thousands of n-grams; the equality of the
    # rows holds for any fitted vocabulary, and preparing every line costs ~1 s per language.
    texts = [prepare(e, lang, Settings())[0] for e in examples[::3]]
    lines = [
        "Guten Tag, Berger von Berger Elektro — ich rufe wegen der offenen Rechnung an",
        "Verstehe ich. Können Sie bis Freitag 300 Euro anzahlen?",
        "I understand. Could you pay £300 now and the rest by the 18th of December?",
        "hey its mike from brightside cleaning uh is there a problem with the invoice",
        "a",
        "zzz qqq",
    ]
    for analyzer, ngrams, ours in (
        ("char_wb", (2, 5), char_wb_ngrams),
        ("word", (1, 2), word_ngrams),
    ):
        pattern = {"token_pattern": r"\S+"} if analyzer == "word" else {}
        vec = TfidfVectorizer(
            analyzer=analyzer, ngram_range=ngrams, sublinear_tf=True, lowercase=False, **pattern
        ).fit(texts)
        terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
        vocab = Vocabulary(terms, vec.idf_)
        analyse = vec.build_analyzer()
        for line in lines:
            text = prepare(line, lang, Settings())[0]
            assert ours(text) == analyse(text), line
            want = vec.transform([text]).toarray()[0]
            got = np.zeros_like(want)
            idx, vals = vocab.row(ours(text))
            got[idx] = vals
            assert np.allclose(got, want, atol=1e-6), line


@pytest.mark.parametrize("lang", ["de", "en"])
def test_saved_model_recognises_like_the_trained_one(tmp_path, lang):
    from trainer.understanding.model import LinearRecogniser
    from trainer.understanding.modeldata import ModelData

    rec = load_recogniser(lang)
    path = tmp_path / "model.npz"
    path.write_bytes(rec.data.to_bytes())
    again = LinearRecogniser.from_data(ModelData.from_file(path))
    for line in (
        "Verstehe ich. Können Sie bis Freitag 300 Euro anzahlen?",
        "I understand. Could you pay £300 now and the rest by the 18th of December?",
        "Ich schicke Ihnen das per Mail",
    ):
        assert again.recognise(line, call_date=CALL) == rec.recognise(line, call_date=CALL)


def test_library_patterns_compile_only_when_a_reading_needs_them():
    """Start-up compiled all ~115 patterns for every process; now a column compiles when a
    line is read as that intent (evidence, the read-back convention), with the same result."""
    from trainer.understanding.modeldata import LazyPatterns

    lazy = LazyPatterns([["rechnung\\w*"], [], ["bis zum \\d+"]])
    assert len(lazy) == 3 and lazy._done == {}
    assert [rx.pattern for rx in lazy[-1]] == ["bis zum \\d+"]
    assert set(lazy._done) == {2}
    assert lazy[0][0].search("Die RECHNUNG ist offen") is not None  # any case, as before
    with pytest.raises(IndexError):
        lazy[3]
    rec = load_recogniser("de")
    hit = rec.recognise("Können Sie die 2.380 Euro bis zum 4. Dezember überweisen?").intents[0]
    assert hit.intent == "fix_payment_date" and "bis zum" in hit.evidence
