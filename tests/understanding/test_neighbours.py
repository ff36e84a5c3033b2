"""The neighbours: the labels of the library lines most like a learner's line, mixed into
its readings (`Settings.knn_weight`), found through an inverted index saved with the model."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from trainer.understanding.features import char_wb_ngrams, word_ngrams
from trainer.understanding.library import load_library
from trainer.understanding.model import LinearRecogniser
from trainer.understanding.modeldata import ModelData, Settings, prepare
from trainer.understanding.train import fit, training_set

LIBRARY = """\
language: en
intents:
  greeting_identify:
    examples:
      - "Hello, this is Anna from Berger Electrics."
      - "Hi, Tom from Northside Plumbing here."
      - "Good morning, it's Piet from Harbour Cleaning."
  fix_payment_date:
    examples:
      - "Could you pay by Friday?"
      - "When can you transfer the money?"
      - "Can you manage it by the 15th?"
  empathise:
    examples:
      - "I understand, that sounds like a hard month."
      - "I'm sorry to hear that, that must be stressful."
      - "That makes sense, these things happen."
  close_politely:
    examples:
      - "Thanks a lot, goodbye!"
      - "Thank you and have a nice day."
      - "Bye for now, take care."
combined:
  - text: "I understand. Could you pay by Friday?"
    intents: [empathise, fix_payment_date]
no_intent:
  - "Can you hear me?"
  - "One moment, let me get the file."
"""

LINES = [
    "I understand, could you pay by the 15th?",
    "Hello, Anna here from Berger Electrics, goodbye",
    "sorry to hear that",
    "when can you manage it",
    "can you hear me now?",
    "Thanks, bye!",
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> ModelData:
    path = tmp_path_factory.mktemp("lib") / "en.yaml"
    path.write_text(LIBRARY, encoding="utf-8")
    # Spelled out so these tests keep testing the neighbours whatever the shipped default
    return fit(load_library(path, "en"), Settings(knn_weight=0.2, knn_keep_firm=0.9))


def _without_neighbours(data: ModelData) -> LinearRecogniser:
    return LinearRecogniser.from_data(replace(data, settings=replace(data.settings, knn_weight=0)))


def test_the_index_finds_the_lines_brute_force_cosine_finds(data, tmp_path):
    """The inverted index gives each line the labels of its k most similar library lines,
    as comparing the line with every library line would."""
    rec = LinearRecogniser.from_data(data)
    words_only = data.settings.knn_words_only
    path = tmp_path / "en.yaml"
    path.write_text(LIBRARY, encoding="utf-8")
    docs, labels = training_set(load_library(path, "en"), data.settings)
    rows = []
    for text, markers in docs:
        ci, cv = rec._char.row(char_wb_ngrams(text)) if not words_only else ([], [])
        wi, wv = rec._word.row(word_ngrams((text + " " + markers).strip()))
        rows.append(dict(zip(ci + wi, cv + wv, strict=True)))
    names = list(data.labels)
    for line in LINES:
        _, parts = rec.scores(line)
        idx, vals = parts["X"][0]
        query = dict(zip(idx.tolist(), vals.tolist(), strict=True))
        sims = np.array([sum(v * row.get(j, 0.0) for j, v in query.items()) for row in rows])
        top = np.argsort(-sims, kind="stable")[: data.settings.knn_k]
        w = sims[top] ** data.settings.knn_power
        want = np.zeros(len(names))
        for weight, i in zip(w, top, strict=True):
            for k, name in enumerate(names):
                if name in labels[i] or (name == "(none)" and not labels[i]):
                    want[k] += weight
        got = rec._neighbours(idx, vals)
        assert got is not None
        assert np.allclose(got, want / w.sum(), atol=1e-6), line


def test_neighbours_move_a_reading_by_their_weight_at_most(data):
    """The model's own reading stays the larger part: the neighbours' share of a reading
    is their weight (0.2), so they settle close calls and cannot overrule a clear one."""
    with_n = LinearRecogniser.from_data(data)
    without = _without_neighbours(data)
    w = data.settings.knn_weight
    for line in LINES:
        p_with, parts_with = with_n.scores(line)
        p_without, parts_without = without.scores(line)
        assert np.all(np.abs(p_with - p_without) <= w + 1e-12), line
        assert abs(parts_with["none"] - parts_without["none"]) <= w + 1e-12, line
        assert np.all(p_with >= (1 - w) * p_without - 1e-12), line


def test_a_firm_reading_of_the_model_is_kept_as_it_is(data):
    """The neighbours settle close calls: a reading the model gives firmly (empathy beside a
    plan the neighbours know only as a plan) keeps its confidence, which the customer's and
    the scorer's bars were set on; the readings below it are mixed."""
    with_n = LinearRecogniser.from_data(data)
    without = _without_neighbours(data)
    firm = data.settings.knn_keep_firm
    kept = mixed = 0
    for line in LINES:
        p_with, _ = with_n.scores(line)
        p_without, _ = without.scores(line)
        for a, b in zip(p_with, p_without, strict=True):
            if b >= firm:
                assert a == b, line
                kept += 1
            elif a != b:
                mixed += 1
    assert kept and mixed


def test_the_neighbours_alone_never_make_a_reading():
    """The answer floor asks the model's own reading: "[bold]x[/]" shares only the word "x"
    with the library's "4 x 500" lines, whose label the neighbours would lend it, above the
    floor; the model itself reads nothing there."""
    from trainer.understanding.library import load_library_folder

    folder = Path(__file__).resolve().parents[2] / "scenarios" / "_intents"
    data = fit(load_library_folder(folder, "en"), Settings(knn_weight=0.2))
    rec = LinearRecogniser.from_data(data)
    probs, parts = rec.scores("[bold]x[/]")
    first = int(probs.argmax())
    assert probs[first] >= data.settings.answer_floor > parts["own"][first]
    assert parts["none"] < data.settings.abstain_at
    assert rec.recognise("[bold]x[/]").intents == ()


def test_a_line_like_a_combined_example_has_both_its_moves_among_the_neighbours(data):
    rec = LinearRecogniser.from_data(data)
    line = "I understand, could you pay by Friday?"
    _, parts = rec.scores(line)
    share = dict(zip(data.labels, rec._neighbours(*parts["X"][0]), strict=True))
    others = [v for k, v in share.items() if k not in ("empathise", "fix_payment_date")]
    assert min(share["empathise"], share["fix_payment_date"]) > max(others)
    assert {"empathise", "fix_payment_date"} <= set(rec.recognise(line).names)


def test_a_line_without_any_known_feature_has_no_neighbours(data):
    rec = LinearRecogniser.from_data(data)
    assert rec._neighbours(np.array([], dtype=np.intp), np.array([])) is None
    assert rec.recognise("ẞẞẞ ✨✨").intents == ()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda d: d.knn_rows.__setitem__(0, 10**6), id="row past the end"),
        pytest.param(lambda d: d.knn_indptr.__setitem__(-1, 3), id="index cut short"),
        pytest.param(lambda d: setattr(d, "knn_labels", d.knn_labels[:, :2]), id="labels cut"),
    ],
)
def test_a_damaged_neighbour_index_is_no_model(data, tmp_path: Path, damage):
    """A cache file whose index would read past its arrays is refused (and so rebuilt)."""
    copy = replace(
        data,
        knn_indptr=data.knn_indptr.copy(),
        knn_rows=data.knn_rows.copy(),
        knn_labels=data.knn_labels.copy(),
    )
    damage(copy)
    path = tmp_path / "m.npz"
    path.write_bytes(copy.to_bytes())
    with pytest.raises(ValueError):
        ModelData.from_file(path)
    path.write_bytes(data.to_bytes())
    assert ModelData.from_file(path).knn_rows.shape == data.knn_rows.shape


def test_prepare_is_what_the_index_was_built_from(data):
    """The index rows are the training lines as `prepare` gives them: one per distinct line."""
    assert data.knn_labels.shape[0] == len(
        {prepare(t, "en", data.settings)[0] for t in _library_lines()}
    )


def _library_lines() -> list[str]:
    import yaml

    raw = yaml.safe_load(LIBRARY)
    lines = [e for spec in raw["intents"].values() for e in spec["examples"]]
    return lines + [c["text"] for c in raw["combined"]] + raw["no_intent"]
