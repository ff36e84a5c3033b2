"""Defects 4, 5, 8, 15, 16, 17: hostile scenario files are refused at file:line, fast,
and one bad file never stops the others from being checked."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.core.minimal import MINIMAL
from tests.helpers import SCENARIOS

from .conftest import trainer

BILLION_LAUGHS = "\n".join(
    [
        'a: &a ["x","x","x","x","x","x","x","x","x"]',
        *(
            f"{n}: &{n} [{', '.join(['*' + p] * 9)}]"
            for p, n in zip("abcdefghi", "bcdefghij", strict=True)
        ),
    ]
)
MERGE_BOMB = "\n".join(
    [
        "a: &a {k0: x, k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x}",
        *(
            f"{n}: &{n} {{{', '.join(f'{n}{i}: *{p}' for i in range(9))}}}"
            for p, n in zip("abcdefgh", "bcdefghi", strict=True)
        ),
        "z: {<<: [*i, *h, *g]}",
    ]
)


def folder_with(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "scenarios"
    (root / "de").mkdir(parents=True)
    shutil.copytree(SCENARIOS / "_blocks", root / "_blocks")
    (root / "de" / "mini.yaml").write_text(MINIMAL, encoding="utf-8")
    for name, text in files.items():
        (root / "de" / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("bomb", [BILLION_LAUGHS, MERGE_BOMB], ids=["alias", "merge"])
def test_alias_and_merge_bombs_are_refused_at_the_first_alias_too_many(
    tmp_path: Path, bomb: str
) -> None:
    assert len(bomb) < 1500  # tiny, and it would expand to billions of values
    root = folder_with(tmp_path, {"bomb.yaml": "id: bomb\n" + bomb})
    run = trainer("validate", str(root))
    assert run.returncode == 1
    assert "bomb.yaml:" in run.out and "too many aliases" in run.out
    line = int(run.out.split("bomb.yaml:")[1].split(":")[0])
    assert 2 <= line <= bomb.count("\n") + 2
    assert "mini.yaml" not in run.out  # the good file was checked and passed
    assert "files checked: 1 error" in run.out


def test_the_library_scan_and_play_survive_a_bomb(tmp_path: Path) -> None:
    root = folder_with(tmp_path, {"bomb.yaml": "id: bomb\n" + BILLION_LAUGHS})
    run = trainer("--scenarios", str(root), "--transcripts", str(tmp_path / "t"),
                  "play", "mini", "--script", "-", input="Hallo\n")  # fmt: skip
    assert run.returncode == 0, run.err
    run = trainer("--scenarios", str(root), "play", "bomb", "--script", "-", input="x\n")
    assert run.returncode == 2 and "bomb.yaml:" in run.err


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "symlink-loop"])
def test_fifos_devices_and_link_loops_are_named_not_read(tmp_path: Path, kind: str) -> None:
    root = folder_with(tmp_path, {})
    path = root / "de" / "trap.yaml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.symlink_to(path)
    run = trainer("validate", str(root))  # finishes: nothing waits for a writer
    assert run.returncode == 1 and "trap.yaml:1:1:" in run.out
    run = trainer("--scenarios", str(root), "--transcripts", str(tmp_path / "t"),
                  "play", "mini", "--script", "-", input="Hallo\n")  # fmt: skip
    assert run.returncode == 0, run.err


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("due: 2026-02-30", "day is out of range"),
        (f"amount: {'9' * 5000}", "too many digits"),
        ("a: &a [x, *a]", "refers to itself"),
        ("a: [" * 200 + "]" * 200, "nested"),
        ('b: "a\\0b"', "U+0000"),
        ("x: !!python/object/apply:os.system ['true']", "tag"),
    ],
    ids=["date", "digits", "recursive-alias", "deep", "nul-escape", "python-tag"],
)
def test_constructor_errors_become_findings_and_others_are_still_checked(
    tmp_path: Path, text: str, expect: str
) -> None:
    root = folder_with(tmp_path, {"a-bad.yaml": f"id: bad\n{text}\n", "z-bad.yaml": "id: ["})
    run = trainer("validate", str(root))
    assert run.returncode == 1
    assert "a-bad.yaml:2:" in run.out and expect in run.out, run.out
    assert "z-bad.yaml:2:1:" in run.out  # the next bad file was still checked


def test_a_raw_nul_byte_is_reported_where_it_is(tmp_path: Path) -> None:
    root = folder_with(tmp_path, {})
    (root / "de" / "nul.yaml").write_bytes(b"id: nul\ntitle: ab\x00c\n")
    run = trainer("validate", str(root))
    assert "nul.yaml:2:10:" in run.out and "U+0000" in run.out


def test_shared_blocks_only_from_inside_the_scenarios_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("states: {geheim: {say: [TOP-SECRET-LINE]}}\n", encoding="utf-8")
    files = {
        "abs.yaml": MINIMAL.replace("id: mini", f"id: abs\nuse: ['{secret}']"),
        "rel.yaml": MINIMAL.replace("id: mini", "id: rel\nuse: ['../../secret.yaml']"),
        "etc.yaml": MINIMAL.replace("id: mini", "id: etc\nuse: ['/etc/shadow']"),
    }
    root = folder_with(tmp_path, files)
    run = trainer("validate", str(root))
    for name in files:
        assert f"{name}:2:" in run.out and "outside the scenarios folder" in run.out
    assert "TOP-SECRET" not in run.out + run.err


def test_a_symlinked_scenario_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:TOP-SECRET-HASH:1:\n", encoding="utf-8")
    root = folder_with(tmp_path, {})
    (root / "de" / "link.yaml").symlink_to(secret)
    run = trainer("validate", str(root))
    assert "link.yaml:1:1:" in run.out and "TOP-SECRET" not in run.out + run.err


def test_a_file_with_a_bom_plays_by_id(tmp_path: Path) -> None:
    root = folder_with(tmp_path, {})
    (root / "de" / "bom.yaml").write_bytes(
        b"\xef\xbb\xbf" + MINIMAL.replace("id: mini", "id: bom").encode("utf-8")
    )
    assert trainer("validate", str(root)).returncode == 0
    run = trainer("--scenarios", str(root), "--transcripts", str(tmp_path / "t"),
                  "play", "bom", "--script", "-", input="Hallo\n")  # fmt: skip
    assert run.returncode == 0, run.err


def test_an_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    root = folder_with(tmp_path, {})
    with open(root / "de" / "huge.yaml", "wb") as fh:
        fh.write(b"id: huge\n")
        fh.truncate(3 * 1024 * 1024)  # sparse: costs no disk
    run = trainer("validate", str(root))
    assert "huge.yaml:1:1:" in run.out and "larger than" in run.out
