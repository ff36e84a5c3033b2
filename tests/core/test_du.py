"""A customer of many years answers "du" with "du" (three outside audits: "Danke, dass Sie das
so locker sehen" to a learner who had said du all along)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.scenarios.test_customer_v4 import _runner
from trainer.simulation.duzen import says_du, to_du

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("sie", "du"),
    [
        ("Danke, dass Sie das so locker sehen.", "Danke, dass du das so locker siehst."),
        ("Schön, von Ihnen zu hören. Was kann ich für Sie tun?",
         "Schön, von dir zu hören. Was kann ich für dich tun?"),
        ("Also hören Sie mal!", "Also hör mal!"),
        ("Können Sie mir das schriftlich schicken?", "Kannst du mir das schriftlich schicken?"),
        ("Ja, schicken Sie mir das gern kurz per Mail.", "Ja, schick mir das gern kurz per Mail."),
        ("Sie haben recht.", "Du hast recht."),
        ("Ihr Mann hat nicht sauber gearbeitet.", "Dein Mann hat nicht sauber gearbeitet."),
        ("Ich verstehe Sie ja.", "Ich verstehe dich ja."),
        ("Wenn Sie zahlen können, melden Sie sich.", "Wenn du zahlen kannst, melde dich."),
        ("Die Rechnung, die Sie geschickt haben, ist falsch.",
         "Die Rechnung, die du geschickt hast, ist falsch."),
        ("Na gut — wenn Sie sich die Bremsen noch mal anschauen, zahle ich.",
         "Na gut — wenn du dir die Bremsen noch mal anschaust, zahle ich."),
        ("Das hätten Sie sich sparen können.", "Das hättest du dir sparen können."),
        ("Danke, dass Sie mir entgegenkommen.", "Danke, dass du mir entgegenkommst."),
        ("Nennen Sie mir ein Datum.", "Nenn mir ein Datum."),
        ("Geben Sie mir zwei Wochen.", "Gib mir zwei Wochen."),
        ("Warten Sie mal.", "Warte mal."),
        ("Rechnen Sie nach!", "Rechne nach!"),
        ("Zahlen Sie, wenn es geht.", "Zahl, wenn es geht."),
        ("Hallo? Sind Sie noch dran?", "Hallo? Bist du noch dran?"),
        ("Grüß Sie.", "Grüß dich."),
        ("Wie gesagt — oder sagen Sie mir einen Tag.", "Wie gesagt — oder sag mir einen Tag."),
    ],
)  # fmt: skip
def test_a_line_in_sie_is_said_in_du(sie, du):
    assert to_du(sie) == du


@pytest.mark.parametrize(
    "text",
    [
        "Sie ist gerade nicht da.",  # she
        "Hat Sie jemand angerufen?",  # an object it cannot place: formal, not wrong
        "Die Rechnung? Die habe ich bezahlt.",
    ],
)
def test_a_sentence_it_cannot_be_sure_of_stays_as_written(text):
    assert to_du(text) == text


_FORMAL = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")


def _customer_lines(path: Path) -> list[str]:
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "tests":
                    continue
                if key == "say":
                    for x in value if isinstance(value, list) else [value]:
                        out.append(x["text"] if isinstance(x, dict) else str(x))
                else:
                    walk(value)
        elif isinstance(node, list):
            for x in node:
                walk(x)

    walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return out


def test_no_sentence_of_a_german_customer_mixes_du_and_sie():
    """Every German customer line: a sentence is turned whole or not at all."""
    lines = [
        t for p in sorted((ROOT / "scenarios" / "de").glob("*.yaml")) for t in _customer_lines(p)
    ]
    turned = 0
    for line in lines:
        du = to_du(line)
        turned += du != line
        for before, after in zip(
            re.split(r"(?<=[.!?…])\s+", line), re.split(r"(?<=[.!?…])\s+", du), strict=True
        ):
            assert after == before or not _FORMAL.search(after), (line, du)
    assert turned > 100  # most lines with Sie in them were turned


def test_says_du():
    assert says_du("hallo jürgen, grüß dich")
    assert says_du("Schaffst du das bis Freitag?")
    assert not says_du("Schaffen Sie das bis Freitag? Dubai war schön.")


OPENING_DU = [
    "Hallo Jürgen, hier is Anna von Berger Elektrotechnik, grüß dich!",
    "Du, ich ruf wegen der noch offenen Rechnung fürs Lager an.",
    "",
    "Ach komm, das gönn ich dir, kann jedem passieren.",
]


def test_a_regular_customer_called_du_answers_in_du_and_by_first_name():
    runner = _runner("de-stammkunde-urlaub")
    steps = runner.play([*OPENING_DU, "Danke dir, Jürgen, mach's gut, ciao!"])
    said = " ".join(" ".join(s.customer) for s in steps[1:])
    assert "dir" in said or "du" in said
    assert not _FORMAL.search(said), said
    assert "Frau Berger" not in said


def test_called_sie_he_stays_with_sie():
    runner = _runner("de-stammkunde-urlaub")
    steps = runner.play(
        [
            "Guten Tag Herr Müller, hier ist Anna Berger von Berger Elektrotechnik.",
            "Ich rufe wegen der noch offenen Rechnung fürs Lager an.",
            "",
            "Das kann jedem passieren, Herr Müller.",
        ]
    )
    said = " ".join(" ".join(s.customer) for s in steps)
    assert _FORMAL.search(said), said


def test_an_authority_stays_formal_whatever_the_learner_says():
    runner = _runner("de-behoerde-bestellnummer")
    steps = runner.play(
        [
            "Hallo Bernd, hier ist Miriam von Hoffmann IT-Training, grüß dich!",
            "Du, ich ruf wegen unserer Rechnung S-2026-0877 an, die ist noch offen.",
            "",
        ]
    )
    said = " ".join(" ".join(s.customer) for s in steps[1:])
    assert not re.search(r"\b(?:du|dir|dich|dein\w*)\b", said, re.I), said


def test_his_first_name_alone_is_du():
    """Twenty-sixth audit: "Ei gude Frank, hier is de Deniz" got "Grüß Sie. Was kann ich für
    Sie tun?"."""
    assert says_du("Ei gude Frank, hier is de Deniz vun de Werkstatt.", "Frank Becker")
    assert not says_du("Spreche ich mit Frank Becker?", "Frank Becker")
    assert not says_du("Guten Tag Herr Becker.", "Frank Becker")
