"""The customer calls the caller by the name the learner gave (fourth outside audit: agent
"My name is Josh" answered "Ben, hello" / "Thanks, Ben"; bookkeeper "hier ist Schneider"
sent off with "bis bald, Frau Vogt!"), or by none where its form is unknown."""

from __future__ import annotations

import pytest

from trainer.simulation.names import CallerName, address, company_words, own_name

JOSH = CallerName(("Josh",))


@pytest.mark.parametrize(
    ("line", "company", "words", "title"),
    [
        (
            "My name is Josh and I'm calling on behalf of Carter Web Studio.",
            "Carter Web Studio",
            ("Josh",),
            None,
        ),
        (
            "Hello, good morning, this is Olivia Grant calling from Grant Event Catering.",
            "Grant Event Catering",
            ("Olivia",),
            None,
        ),  # Grant: the company's name
        (
            "Guten Tag Frau Albers, hier ist Schneider von Vogt Grafikdesign.",
            "Vogt Grafikdesign",
            ("Schneider",),
            None,
        ),
        (
            "Moin Herr Müller, Jan Petersen hier von Berger Elektrotechnik.",
            "Berger Elektrotechnik",
            ("Jan", "Petersen"),
            None,
        ),
        (
            "Guten Tag, hier spricht Frau Schneider von Vogt Grafikdesign.",
            "Vogt Grafikdesign",
            ("Schneider",),
            "Frau",
        ),
        # Presented by the company (seventh session: "Sam from Walsh Plumbing here" failed
        # `identify` and was answered "Fiona. What's up").
        ("Hi Dave, Sam from Walsh Plumbing here.", "Walsh Plumbing & Heating", ("Sam",), None),
        ("Hi, Tom from Northside Collections here.", "Northside Collections", ("Tom",), None),
        (
            "Grüß Gott, Huber von der Firma Elektro Maier, spreche ich mit Frau Lechner?",
            "Elektro Maier",
            ("Huber",),
            None,
        ),
        ("Hallo Herr Kemp, Anna vom Büro Walsh.", "Walsh Plumbing", ("Anna",), None),
        ("Good morning, Ms Green from Walsh Plumbing.", "Walsh Plumbing", ("Green",), "Ms"),
        # in lower case, presented by the firm (V165 02: "hier ist jonas vom grafikbüro vogt"
        # was no name; it had been pinned here as "no capital: no name read")
        (
            "hallo frank hier is der deniz von der kfz werkstatt",
            "Berger Elektrotechnik",
            ("Deniz",),
            None,
        ),
    ],
)
def test_the_name_a_learner_gives_is_found(line, company, words, title):
    assert own_name(line, company_words(company)) == CallerName(words, title)


@pytest.mark.parametrize(
    "line",
    [
        "It's GEC-5521, the summer party.",  # an invoice, not a name
        "Hi Tom, it's Berger Elektro here.",  # the company, not a name
        "Hello from Berger Elektrotechnik!",
        "Guten Tag von Berger Elektrotechnik.",
        "Ich rufe wegen der Rechnung von Berger an.",  # German capitalises nouns
        "Hi Tom. Invoice from October is still open.",
        "Morning Tom, it's the accounts team from Berger.",
    ],
)
def test_no_name_is_read_where_none_was_given(line):
    assert own_name(line, company_words("Berger Elektrotechnik")) is None


@pytest.mark.parametrize(
    ("line", "said", "expected"),
    [
        ("Ben, hello. What can I do for you?", JOSH, "Josh, hello. What can I do for you?"),
        (
            "Thanks, Ben. And let's talk about phase two.",
            JOSH,
            "Thanks, Josh. And let's talk about phase two.",
        ),
        ("Fine. Bye, Ben Carter.", CallerName(("Josh", "Miller")), "Fine. Bye, Josh Miller."),
        # A title needs the learner's own: without one, the formal address is left out.
        (
            "Vielen Dank und bis bald, Frau Vogt!",
            CallerName(("Schneider",)),
            "Vielen Dank und bis bald!",
        ),
        (
            "Frau Vogt, wir zahlen jede Rechnung.",
            CallerName(("Schneider",)),
            "Wir zahlen jede Rechnung.",
        ),
        ("Hello, Ms Vogt. How can I help?", JOSH, "Hello. How can I help?"),
        ("Danke, Frau Vogt.", CallerName(("Schneider",), "Frau"), "Danke, Frau Schneider."),
        # The company keeps its name.
        ("Vogt Grafikdesign? Ach ja.", CallerName(("Schneider",)), "Vogt Grafikdesign? Ach ja."),
    ],
)
def test_customer_lines_name_the_learner_or_nobody(line, said, expected):
    caller = "Ben Carter" if "Ben" in line else "Lena Vogt"
    assert address(line, caller, said) == expected


@pytest.mark.parametrize("said", [None, CallerName(("Ben",)), CallerName(("Carter",), "Mr")])
def test_a_learner_with_the_callers_name_or_none_hears_the_line_as_written(said):
    assert address("Thanks, Ben.", "Ben Carter", said) == "Thanks, Ben."
