"""The headless commands: review --list, export, stats, replay; errors exit 2, no traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.helpers import ROOT, SCENARIOS
from trainer.cli import main

from .conftest import HOSTILE, scoring


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_review_list_prints_rows_and_unreadable_files(make_call, capsys):
    path = make_call(learner="anna", **scoring({"identify": True}))
    (path.parent / "junk.json").write_text("[1, 2", encoding="utf-8")
    code, out, _ = run(capsys, "--transcripts", str(path.parent), "review", "--list")
    assert code == 0 and "anna" in out and path.stem in out
    assert "unreadable: junk.json: broken JSON" in out and "1 transcript(s), 1 unreadable" in out


def test_export_formats_to_stdout_and_file(make_call, capsys, tmp_path):
    path = make_call([HOSTILE], **scoring({"identify": True}))
    folder = str(path.parent)
    code, out, _ = run(capsys, "--transcripts", folder, "export", path.stem, "--format", "md")
    assert code == 0 and "&lt;script&gt;" in out
    target = tmp_path / "x" / "call.html"
    code, _, _ = run(
        capsys, "--transcripts", folder, "export", str(path), "-f", "html", "-o", str(target)
    )
    assert code == 0 and "<script>alert" not in target.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "--transcripts", folder, "export", path.stem, "-f", "json")
    assert json.loads(out)["id"] == path.stem


def test_export_errors_are_one_line_and_exit_2(make_call, capsys):
    path = make_call()
    (path.parent / "bad.json").write_text("{", encoding="utf-8")
    code, _, err = run(capsys, "--transcripts", str(path.parent), "export", "nope")
    assert code == 2 and err.startswith("no transcript 'nope'") and "Traceback" not in err
    code, _, err = run(capsys, "--transcripts", str(path.parent), "export", "bad")
    assert code == 2 and "bad.json: broken JSON" in err
    with pytest.raises(SystemExit) as exc:
        main(["export", "x", "--format", "pdf"])
    assert exc.value.code == 2


def test_stats_text_and_json(make_call, capsys):
    for i in range(3):
        make_call(learner="anna", seed=i, **scoring({"identify": True, "pin_date": False}))
    folder = str(make_call(learner="ben", seed=9).parent)
    code, out, _ = run(capsys, "--transcripts", folder, "stats", "--learner", "anna")
    assert code == 0 and "anna: 3 call(s)" in out and "Concrete payment date" in out
    assert "keeps failing" in out and "practise next:" in out
    code, out, _ = run(capsys, "--transcripts", folder, "stats", "--json")
    data = json.loads(out)
    assert [x["learner"] for x in data["learners"]] == ["anna", "ben"]
    assert data["learners"][0]["keeps_failing"] == ["pin_date"]
    code, _, err = run(capsys, "--transcripts", folder, "stats", "--learner", "zoe")
    assert code == 2 and "no calls by learner 'zoe'" in err


@pytest.fixture
def real_call(make_call, recogniser, monkeypatch):
    """A played call; replay uses the same keyword recogniser (the classifier is not
    under test here, and loading it would take seconds)."""
    import trainer.session

    monkeypatch.setattr(trainer.session, "default_recogniser", lambda *_: recogniser)
    return make_call()


def test_replay_exit_codes(real_call, capsys, tmp_path):
    folder = str(real_call.parent)
    code, out, _ = run(capsys, "--transcripts", folder, "replay", real_call.stem)
    assert code == 0 and "conversation unchanged" in out and out.rstrip().endswith("OK")
    copy = tmp_path / "scenarios"
    shutil.copytree(SCENARIOS, copy)
    yaml = copy / "de" / "stammkunde-urlaub.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace("Müller am Apparat?", "Müller, ja bitte?"),
        encoding="utf-8",
    )
    code, out, _ = run(
        capsys,
        "--scenarios",
        str(copy),
        "--transcripts",
        folder,
        "replay",
        real_call.stem,
        "--json",
    )
    report = json.loads(out)
    assert code == 1 and report["differs"] and report["first_diff"] == 0
    assert report["scenario_changed"] is True
    code, _, err = run(capsys, "--transcripts", folder, "replay", "missing")
    assert code == 2 and "no transcript 'missing'" in err


def test_core_modules_do_not_import_textual():
    code = (
        "import sys; import trainer.transcripts.index, trainer.transcripts.annotations, "
        "trainer.transcripts.export, trainer.transcripts.stats, trainer.authoring.replay; "
        "import trainer.cli.review, trainer.cli.export, trainer.cli.stats, trainer.cli.replay; "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_review_list_says_outcomes_in_words_and_refuses_an_unknown_learner(make_call, capsys):
    """A reviewer audit: "hang_up" and "down_payment_and_pla" (cut mid-word) in the list,
    and a misspelt learner gave an empty list and exit 0."""
    path = make_call()
    folder = str(path.parent)
    code, out, _ = run(capsys, "--transcripts", folder, "review", "--list")
    assert code == 0 and "promise_to_pay" not in out and "_" not in out.split("\n")[1][:80]
    code, _, err = run(capsys, "--transcripts", folder, "review", "--list", "--learner", "zoe")
    assert code == 2 and "anna" in err
