"""Regional German, polite-veneer blame, perception empathy, alternative clarifying
questions, split instalment plans, calm legal lines and read-back tags.

All lines here were written for these tests; none is an example of the intent library.
"""

from __future__ import annotations

from datetime import date

import pytest

from trainer.understanding.normalize import norm_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I hob des ned gwusst", "ich habe des nicht gewusst"),
        ("Des isch no offe", "das ist noch offen"),
        ("Mir hend des so bstellt", "wir haben des so bstellt"),
        ("ick weeß wat det kostet", "ich weess was das kostet"),
        ("I ruaf o wega da Rechnung", "ich rufe an wegen da rechnung"),
        ("Mir chönnted Ihne helfe", "wir koennten ihnen helfe"),
        ("Des waar d'Rechnig", "das waere rechnung"),
        ("des hob i ausgsucht", "das habe ich ausgesucht"),
        # Ruhrpott (forty-third audit, call 03)
        (
            "dat mit die Wagen hab ich ja mitgekricht, allet klar, so isset",
            "das mit die wagen habe ich ja mitgekriegt alles klar so ist",
        ),
    ],
)
def test_dialect_words_become_standard_german(text, expected):
    assert norm_key(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "mir" (me), "des" (genitive), "Angst", "GmbH", "gmail" are standard German
        "Geben Sie mir bitte bis Ende des Monats Bescheid.",
        "Ich habe keine Angst vor der GmbH, schreiben Sie mir an meine gmail-Adresse.",
    ],
)
def test_standard_german_words_are_left_alone(text):
    assert norm_key(text, "de") == norm_key(text, "en").replace("ae", "ae")


def test_dialect_map_is_german_only():
    assert norm_key("I is net here", "en") == "i is net here"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Griaß Eana, do is d'Leni vom Gartenbau Stadler.", "greeting_identify"),
        ("Grüezi Herr Frei, da isch de Urs vo de Sanitär Frei AG.", "greeting_identify"),
        ("Juten Tach, ick bin der Ronny von Ronnys Hausmeisterdienst.", "greeting_identify"),
        (
            "I ruaf o wega da Rechnung für de Heizung, de is no ned zoit.",
            "neutral_opener_open_invoice",
        ),
        ("D'Rechnig für d'Fenster isch bi üs no offe.", "neutral_opener_open_invoice"),
        ("Wat is denn los, warum is det immer noch nich bezahlt?", "accusatory_opener"),
        ("Jo mei, des is scho bläd, wenn's grad so eng is.", "empathise"),
        ("Mia findn do sicher gmeinsam a Lösung, i hätt an Vorschlog für Eana.", "offer_solution"),
        ("Bis wann chönnted Sie d'Rechnig zahle?", "fix_payment_date"),
        ("Dann dank i Eana, pfiat di.", "close_politely"),
    ],
)
def test_regional_german_gets_its_intent(de, text, intent):
    assert intent in de.recognise(text).names


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # standard lines with words the dialect map must not disturb
        ("Ich rufe wegen der noch offenen Rechnung vom Mai an.", "neutral_opener_open_invoice"),
        ("Geben Sie mir bis Ende des Monats Bescheid, wann die Zahlung kommt.", "fix_payment_date"),
        ("Das kann ich gut verstehen, das ist gerade nicht leicht für Sie.", "empathise"),
        ("Warum haben Sie denn die Rechnung immer noch nicht bezahlt?", "accusatory_opener"),
        ("Guten Tag, hier spricht Maria Lenz von Lenz Bodenbeläge.", "greeting_identify"),
        ("Ich schicke Ihnen die Vereinbarung heute noch per E-Mail.", "confirm_in_writing"),
        ("Könnten Sie mir bis Mittwoch 300 Euro als Anzahlung überweisen?", "request_down_payment"),
    ],
)
def test_standard_german_keeps_its_intent(de, text, intent):
    assert intent in de.recognise(text).names


@pytest.mark.parametrize(
    ("lang", "text", "intents"),
    [
        # blame with a polite veneer
        (
            "de",
            "Ich möchte nicht unhöflich klingen, aber zwei Monate sind wirklich genug Zeit.",
            {"accusatory_opener"},
        ),
        (
            "de",
            "Tut mir leid, dass ich das so deutlich sage, aber das dauert bei Ihnen immer ewig.",
            {"accusatory_opener"},
        ),
        ("en", "With your firm it's just not on, leaving bills for months.", {"accusatory_opener"}),
        ("en", "We haven't seen a single penny since we finished the job.", {"accusatory_opener"}),
        # empathy as perception / acceptance
        ("de", "Ich merke schon, das ist bei Ihnen gerade alles ziemlich viel.", {"empathise"}),
        ("en", "Ah sure look, that's tough going for a small shop.", {"empathise"}),
        # calm legal route, credit-file threat
        (
            "de",
            "Wir gehen jetzt ganz sachlich den üblichen Weg über unser Inkassobüro.",
            {"announce_legal_route"},
        ),
        ("en", "I'll see to it that this goes on your credit file.", {"threaten_legal"}),
        # offer, reason, greeting
        (
            "en",
            "I've worked out an option that could make this a bit easier for you.",
            {"offer_solution"},
        ),
        ("en", "Could you tell me what the issue is with the invoice, madam?", {"ask_reason"}),
        ("en", "G'day, Bazza here from Southern Cross Roofing.", {"greeting_identify"}),
    ],
)
def test_intent_found(de, en, lang, text, intents):
    assert intents <= set((de if lang == "de" else en).recognise(text).names)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Betraf das die ganze Fassade oder nur die Nordseite?"),
        ("en", "Was that on the ground floor, upstairs, or both?"),
        ("en", "Roughly how long did the delay last?"),
    ],
)
def test_alternative_questions_clarify(de, en, lang, text):
    names = (de if lang == "de" else en).recognise(text).names
    assert "clarify_objection" in names
    assert "summarise_agreement" not in names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Wie wäre es mit der Hälfte am 5. Mai und dem Rest am 5. Juni?"),
        ("en", "What about half on the 3rd of March and the balance on the 3rd of April?"),
    ],
)
def test_split_plan_with_two_dates_is_instalments_only(de, en, lang, text):
    # read on a day before both dates (the real date would make them past days one day)
    names = (de if lang == "de" else en).recognise(text, call_date=date(2026, 12, 1)).names
    assert "propose_instalments" in names
    assert "fix_payment_date" not in names
    assert "summarise_agreement" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Dann haben wir's: 250 Euro am Montag und den Rest bis zum 20.",
        "Die ganzen 1.400 Euro bis zum 12. – richtig so?",
    ],
)
def test_read_back_tags_make_a_summary(de, text):
    names = de.recognise(text).names
    assert "summarise_agreement" in names
    assert "fix_payment_date" not in names


def test_acceptance_before_a_date_question_keeps_both(de):
    names = de.recognise("Kein Problem, das kann mal passieren. Bis wann ginge die Zahlung?").names
    assert {"empathise", "fix_payment_date"} <= set(names)
