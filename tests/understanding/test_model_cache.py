"""The saved model: trained once per library version, rebuilt when anything it depends on
changes or the file is damaged, and loaded without scikit-learn."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import trainer.understanding as understanding
from trainer.understanding import cache, load_recogniser

LIBRARY = """\
language: de
intents:
  greeting_identify:
    examples:
      - "Guten Tag, hier ist Anna Berger von Berger Elektro."
      - "Hallo, Meier von der Tischlerei Meier."
      - "Moin, hier spricht Piet von Nordsee Reinigung."
  fix_payment_date:
    examples:
      - "Können Sie bis Freitag überweisen?"
      - "Bis wann können Sie zahlen?"
      - "Schaffen Sie das bis zum 15.?"
  close_politely:
    examples:
      - "Vielen Dank, auf Wiederhören!"
      - "Danke und einen schönen Tag noch."
      - "Tschüss und bis bald."
no_intent:
  - "Können Sie mich hören?"
  - "Moment, ich hole kurz die Akte."
"""


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "_intents"
    folder.mkdir()
    (folder / "de.yaml").write_text(LIBRARY, encoding="utf-8")
    monkeypatch.setenv("TRAINER_CACHE_DIR", str(tmp_path / "cache"))
    # The in-process memory cache would hide the disk cache's behaviour.
    monkeypatch.setattr(understanding, "_CACHE", {})
    return folder


def _saved(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache").glob("de-*.npz"))


def test_model_is_saved_and_loaded_instead_of_trained(library, tmp_path, monkeypatch):
    first = load_recogniser("de", library_dir=library)
    assert len(_saved(tmp_path)) == 1
    monkeypatch.setattr(understanding, "_CACHE", {})
    import trainer.understanding.train as train

    def no_training(*_a, **_k):
        raise AssertionError("trained again although the saved model is current")

    monkeypatch.setattr(train, "fit", no_training)
    again = load_recogniser("de", library_dir=library)
    line = "Können Sie bis Freitag überweisen?"
    assert again.recognise(line).names == first.recognise(line).names == ("fix_payment_date",)


def test_changed_example_rebuilds_the_model(library, tmp_path, monkeypatch):
    load_recogniser("de", library_dir=library)
    before = _saved(tmp_path)
    (library / "de.yaml").write_text(
        LIBRARY.replace("Tschüss und bis bald.", "Ciao, bis zum nächsten Mal."), encoding="utf-8"
    )
    monkeypatch.setattr(understanding, "_CACHE", {})
    rec = load_recogniser("de", library_dir=library)
    after = _saved(tmp_path)
    assert len(after) == 2 and set(before) < set(after)
    assert rec.recognise("Ciao, bis zum nächsten Mal.").names[:1] == ("close_politely",)


def test_new_corpus_file_rebuilds_the_model(library, tmp_path, monkeypatch):
    load_recogniser("de", library_dir=library)
    (library / "de").mkdir()
    (library / "de" / "extra.yaml").write_text(
        "language: de\nintents:\n  close_politely:\n    examples:\n      - 'Servus, pfiat di!'\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(understanding, "_CACHE", {})
    load_recogniser("de", library_dir=library)
    assert len(_saved(tmp_path)) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
        lambda p: p.write_bytes(b"PK\x03\x04 not a zip at all"),
        lambda p: p.write_text("import os; os.system('echo pwned')"),
    ],
    ids=["empty", "truncated", "bad-zip", "text"],
)
def test_corrupt_saved_model_is_replaced_silently(library, tmp_path, monkeypatch, damage, capsys):
    load_recogniser("de", library_dir=library)
    (path,) = _saved(tmp_path)
    damage(path)
    monkeypatch.setattr(understanding, "_CACHE", {})
    rec = load_recogniser("de", library_dir=library)
    assert rec.recognise("Vielen Dank, auf Wiederhören!").names[:1] == ("close_politely",)
    assert cache.load("de", path.stem.split("-", 1)[1]) is not None  # rewritten, whole
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err and "pwned" not in out.out + out.err


def test_model_saved_by_another_key_is_never_used(library, tmp_path, monkeypatch):
    load_recogniser("de", library_dir=library)
    (path,) = _saved(tmp_path)
    # A model file copied under another library's name must not be taken for it.
    wrong = path.with_name("de-" + "0" * 32 + ".npz")
    path.rename(wrong)
    assert cache.load("de", "0" * 32) is None


def test_unwritable_cache_folder_still_recognises(library, tmp_path, monkeypatch):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TRAINER_CACHE_DIR", str(blocker / "cache"))
    rec = load_recogniser("de", library_dir=library)
    assert rec.recognise("Bis wann können Sie zahlen?").names[:1] == ("fix_payment_date",)


def test_recognising_with_a_saved_model_does_not_import_scikit_learn(tmp_path):
    env = {**os.environ}
    code = (
        "import sys\n"
        "from trainer.understanding import load_recogniser\n"
        "r = load_recogniser('de').recognise('Können Sie bis Freitag 300 Euro anzahlen?')\n"
        "print(','.join(r.names), 'sklearn' in sys.modules, 'scipy' in sys.modules)\n"
    )
    warm = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert warm.returncode == 0, warm.stderr
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    names, sklearn, scipy = out.stdout.split()
    assert "request_down_payment" in names
    assert (sklearn, scipy) == ("False", "False")


def test_a_fifo_in_place_of_the_saved_model_does_not_hang(library, tmp_path, monkeypatch):
    load_recogniser("de", library_dir=library)
    (path,) = _saved(tmp_path)
    path.unlink()
    os.mkfifo(path)
    monkeypatch.setattr(understanding, "_CACHE", {})
    rec = load_recogniser("de", library_dir=library)  # would block forever reading a FIFO
    assert rec.recognise("Bis wann können Sie zahlen?").names[:1] == ("fix_payment_date",)


def test_old_library_versions_are_pruned(library, tmp_path, monkeypatch):
    for i in range(cache.KEEP + 3):
        (library / "de.yaml").write_text(LIBRARY + f'  - "Zeile {i}"\n', encoding="utf-8")
        monkeypatch.setattr(understanding, "_CACHE", {})
        load_recogniser("de", library_dir=library)
    assert len(_saved(tmp_path)) == cache.KEEP


def test_pruning_keeps_the_model_used_last_not_the_one_written_last(library, tmp_path, monkeypatch):
    # The library's own model is written first and used most; scenario models with their
    # own intents came after it. Pruning by write time evicted it in a busy cache.
    monkeypatch.setattr(cache, "KEEP", 2)

    def version(i: int) -> None:
        (library / "de.yaml").write_text(LIBRARY + f'  - "Zeile {i}"\n', encoding="utf-8")
        monkeypatch.setattr(understanding, "_CACHE", {})
        load_recogniser("de", library_dir=library)

    version(0)
    (first,) = _saved(tmp_path)
    version(1)
    os.utime(first, ns=(first.stat().st_atime_ns, first.stat().st_mtime_ns - 10**9))
    version(0)  # used again: loaded from the cache, not retrained
    version(2)
    assert first.exists() and len(_saved(tmp_path)) == 2
