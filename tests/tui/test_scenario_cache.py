"""The library's cache of checked scenarios (each browser session is a new process)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import SCENARIOS
from trainer.tui import catalogue
from trainer.tui.catalogue import scan


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRAINER_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "scenarios"
    for shared in ("_intents", "_blocks"):
        shutil.copytree(SCENARIOS / shared, root / shared)
    (root / "de").mkdir()
    shutil.copy(SCENARIOS / "de" / "stammkunde-urlaub.yaml", root / "de" / "a.yaml")
    (root / "de" / "broken.yaml").write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    return root


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    checked: list[Path] = []
    real = catalogue._check
    monkeypatch.setattr(catalogue, "_check", lambda p: checked.append(p) or real(p))
    return checked


def test_a_second_scan_checks_nothing_and_gives_the_same_library(folder, monkeypatch):
    first = scan(folder)
    checked = _checks(monkeypatch)
    second = scan(folder)
    assert checked == []
    assert [(e.path, e.card, e.problems) for e in second] == [
        (e.path, e.card, e.problems) for e in first
    ]
    ok = next(e for e in second if e.ok)
    assert ok.loaded is None and ok.load().scenario.id == ok.card.id == "de-stammkunde-urlaub"
    assert not next(e for e in second if not e.ok).ok


def test_an_edit_or_a_shared_file_change_checks_again(folder, monkeypatch):
    scan(folder)
    checked = _checks(monkeypatch)
    path = folder / "de" / "a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Stammkunde", "Kunde"), "utf-8")
    (entry, _) = sorted(scan(folder), key=lambda e: not e.ok)
    assert checked == [path]  # only the edited file
    assert "Kunde war" in entry.card.title
    checked.clear()
    (folder / "_blocks" / "extra.yaml").write_text("x: 1\n", encoding="utf-8")
    scan(folder)
    assert len(checked) == 2  # a shared file changed: every verdict is checked again


def test_a_damaged_cache_is_checked_again(folder, monkeypatch):
    scan(folder)
    for f in (Path(catalogue.cache_dir())).glob("scenarios-*.json"):
        f.write_text('{"world": "x", "files": ', encoding="utf-8")
    checked = _checks(monkeypatch)
    assert sum(e.ok for e in scan(folder)) == 1 and len(checked) == 2


def test_a_start_from_the_cache_imports_neither_sklearn_nor_the_scenario_code(folder):
    scan(folder)
    code = (
        "import sys; from pathlib import Path; from trainer.tui.catalogue import scan; "
        f"e = scan(Path({str(folder)!r})); "
        "print(sum(x.ok for x in e), 'sklearn' in sys.modules, 'trainer.scenario' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()  # fmt: skip
    assert out == ["1", "False", "False"]
