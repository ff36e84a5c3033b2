"""Intent recognition on the shipped library: seed sentences, variants, context, bad input."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date

import pytest

from trainer.understanding import Context, load_recogniser

CALL = date(2026, 11, 26)  # a Thursday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Ich möchte mich erkundigen, warum Sie meine Rechnung nicht bezahlt haben!",
            "accusatory_opener",
        ),
        ("Ich rufe wegen der noch offenen Rechnung an", "neutral_opener_open_invoice"),
        (
            "Ich möchte mit Ihnen klären, wie wir Ihre Außenstände bei uns reduzieren. "
            "Ich habe einen Vorschlag",
            "offer_solution",
        ),
    ],
)
def test_seed_article_sentences(de, text, intent):
    result = de.recognise(text)
    assert result.names[0] == intent
    assert result.intents[0].confidence >= 0.5
    assert result.intents[0].evidence and result.intents[0].evidence in text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # speech-to-text: lowercase, no punctuation, umlauts as ae/oe/ue, fillers
        ("ich ruf an wegen der noch offenen rechnung", "neutral_opener_open_invoice"),
        (
            "ähm ich moechte mit ihnen klaeren wie wir ihre aussenstaende reduzieren",
            "offer_solution",
        ),
        ("warum hast du die rechnung imer noch nicht bezahlt", "accusatory_opener"),
        ("Könntest du bis Freitag überweisen?", "fix_payment_date"),
    ],
)
def test_german_variants(de, text, intent):
    assert de.recognise(text).names[:1] == (intent,)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("um im calling about the unpaid invoice", "neutral_opener_open_invoice"),
        ("could you pay part of it upfront as a sign of good will", "request_down_payment"),
        ("We could split it into three monthly installments.", "propose_instalments"),
        ("Thanks so much for your time, goodbye!", "close_politely"),
    ],
)
def test_english_variants(en, text, intent):
    assert en.recognise(text).names[:1] == (intent,)


def test_multi_intent_line(de, en):
    r = de.recognise(
        "Guten Tag, Berger von Berger Elektro — ich rufe wegen der offenen Rechnung an"
    )
    assert set(r.names) == {"greeting_identify", "neutral_opener_open_invoice"}
    r = en.recognise("I understand — could you pay 300 euros up front by Friday?")
    assert {"empathise", "request_down_payment", "fix_payment_date"} <= set(r.names)


def test_polite_veneer_is_accusatory(de):
    r = de.recognise(
        "Ich wollte nur mal höflich nachfragen, wieso bei Ihnen nie pünktlich gezahlt wird"
    )
    assert r.names[0] == "accusatory_opener"


def test_intents_sorted_with_evidence_from_the_line(de):
    text = "Verstehe ich — können Sie bis Freitag 300 Euro anzahlen?"
    r = de.recognise(text)
    confidences = [h.confidence for h in r.intents]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0.0 <= c <= 1.0 for c in confidences)
    for hit in r.intents:
        assert hit.evidence and hit.evidence in text


def test_deterministic(de):
    text = "Ich schlage drei Raten à 400 Euro vor und schicke Ihnen das per Mail."
    assert de.recognise(text) == de.recognise(text)


# -- context rules (GUIDE.md §5 hard boundaries) ------------------------------------------


CALM_LEGAL_DE = "Wir werden das gerichtliche Mahnverfahren einleiten."
CALM_LEGAL_EN = "We will now start court proceedings to recover the amount."


@pytest.mark.parametrize(("lang", "text"), [("de", CALM_LEGAL_DE), ("en", CALM_LEGAL_EN)])
def test_legal_wording_early_is_a_premature_threat(lang, text):
    rec = load_recogniser(lang)
    assert rec.recognise(text).names[0] == "announce_legal_route"  # the words alone
    early = rec.recognise(text, Context(learner_turn=1))
    assert early.has("threaten_legal") and not early.has("announce_legal_route")
    late = rec.recognise(text, Context(learner_turn=9, negotiation_failed=True))
    assert late.has("announce_legal_route") and not late.has("threaten_legal")


def test_angry_threat_stays_a_threat_after_failed_negotiation(de):
    text = "Wenn da nicht sofort was kommt, hetze ich Ihnen das Inkasso auf den Hals!"
    late = de.recognise(text, Context(learner_turn=9, negotiation_failed=True))
    assert late.has("threaten_legal")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Gibt es ein Problem mit unserer Arbeit?"),
        ("de", "Was genau ist an der Lieferung unvollständig?"),
        ("en", "Is there a problem with our work?"),
        ("en", "What exactly is missing from the delivery?"),
    ],
)
def test_ask_reason_before_and_clarify_after_objection(lang, text):
    rec = load_recogniser(lang)
    before = rec.recognise(text, Context(learner_turn=3, objection_raised=False))
    assert before.has("ask_reason") and not before.has("clarify_objection")
    after = rec.recognise(text, Context(learner_turn=3, objection_raised=True))
    assert after.has("clarify_objection") and not after.has("ask_reason")


def test_no_context_keeps_the_words_reading(de):
    assert de.recognise("Was genau ist an der Lieferung unvollständig?").names[0] == (
        "clarify_objection"
    )


# -- facts -------------------------------------------------------------------------------


def _facts(rec, text):
    return [(f.kind, f.value, f.unit) for f in rec.recognise(text, Context(call_date=CALL)).facts]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Geht es bis Freitag?", ("date", "2026-11-27", None)),
        ("Dann überweisen Sie bitte am 15.", ("date", "2026-12-15", None)),
        ("Schaffen Sie das bis Ende des Monats?", ("date", "2026-11-30", None)),
        ("bis zum 3. Dezember", ("date", "2026-12-03", None)),
        ("innerhalb von 14 Tagen", ("date", "2026-12-10", None)),
        ("Können Sie das bis morgen überweisen?", ("date", "2026-11-27", None)),
        ("500 Euro", ("amount", 500.0, "EUR")),
        ("2.380,50 €", ("amount", 2380.5, "EUR")),
        ("die Hälfte", ("fraction", 0.5, None)),
        ("die Haelfte jetzt", ("fraction", 0.5, None)),
        ("in drei Raten", ("count", 3, None)),
        ("20 % Nachlass", ("percent", 20.0, None)),
        ("zehn Prozent", ("percent", 10.0, None)),
    ],
)
def test_german_facts(de, text, fact):
    assert fact in _facts(de, text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Could you pay by next Tuesday?", ("date", "2026-12-01", None)),
        ("within 14 days", ("date", "2026-12-10", None)),
        ("by the end of the month", ("date", "2026-11-30", None)),
        ("on the 15th", ("date", "2026-12-15", None)),
        ("by December 3rd", ("date", "2026-12-03", None)),
        ("£1,190", ("amount", 1190.0, "GBP")),
        ("$2,380.50", ("amount", 2380.5, "USD")),
        ("500 euros", ("amount", 500.0, "EUR")),
        ("half now, half later", ("fraction", 0.5, None)),
        ("in four monthly instalments", ("count", 4, None)),
        ("5 installments", ("count", 5, None)),
        ("a 20% discount", ("percent", 20.0, None)),
    ],
)
def test_english_facts(en, text, fact):
    assert fact in _facts(en, text)


def test_invoice_numbers_are_not_amounts_or_dates(de):
    facts = _facts(de, "Es geht um die Rechnung 2024-0815.")
    assert not [f for f in facts if f[0] in ("amount", "date")]


def test_fact_positions_point_into_the_line(de):
    text = "Können Sie bis Freitag 300 Euro anzahlen?"
    for f in de.recognise(text, Context(call_date=CALL)).facts:
        assert text[f.start : f.end] == f.text


# -- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😀😀😀🙈", "?!?! ... ---", "[bold]x[/]", "\x00\x07\x1b[31m\x7f", "\u200b\u202e"],
)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_bad_input_gives_no_intent(lang, text):
    r = load_recogniser(lang).recognise(text, Context(call_date=CALL))
    assert r.intents == ()


def test_huge_line_is_fast_and_safe(de):
    text = "Rechnung " * 12_000  # ~100,000 characters
    start = time.perf_counter()
    r = de.recognise(text[:100_000])
    assert time.perf_counter() - start < 2.0
    assert len(r.text) <= 100_000


@pytest.mark.parametrize(
    "text",
    ["Hello, ich rufe wegen der invoice an, okay?", "Merci beaucoup, ¿qué tal? 你好"],
)
def test_mixed_languages_do_not_crash(de, en, text):
    de.recognise(text)
    en.recognise(text)


@pytest.mark.parametrize("text", ["ja. ja, okay.", "ja, ja. okay, ja.", "yes. yes, okay."])
def test_a_line_of_nothing_but_interjection_parts_is_read(de, en, text):
    """Every comma part an interjection or saying nothing left the part scorer with no part
    at all, and "ja. ja, okay." crashed the recogniser (found by a sealed call set in the
    thirty-fifth session; `trainer classify` said "unexpected error")."""
    for rec in (de, en):
        assert "accusatory_opener" not in rec.recognise(text, Context(call_date=CALL)).names


def test_non_string_input_is_tolerated(de):
    assert de.recognise(None).intents == ()  # type: ignore[arg-type]


# -- loading -----------------------------------------------------------------------------


def test_load_is_cached():
    assert load_recogniser("de") is load_recogniser("de")


def test_unknown_language():
    with pytest.raises(ValueError, match="unknown language"):
        load_recogniser("fr")


def test_scenario_extra_intents():
    extras = {
        "ask_for_invoice_copy": {
            "examples": [
                "Soll ich Ihnen die Rechnung noch einmal als Kopie schicken?",
                "Ich kann Ihnen gern eine Rechnungskopie zusenden.",
                "Brauchen Sie ein Duplikat der Rechnung?",
            ],
            "patterns": [r"\b(rechnungskopie|kopie der rechnung|duplikat)\b"],
        }
    }
    rec = load_recogniser("de", extra_intents=extras)
    assert rec is not load_recogniser("de")
    assert rec.recognise("Ich schicke Ihnen gern eine Kopie der Rechnung.").names[0] == (
        "ask_for_invoice_copy"
    )
    with pytest.raises(ValueError):
        load_recogniser("de", extra_intents={"Bad Name": {"examples": ["x"]}})
    with pytest.raises(ValueError, match="invalid pattern"):
        load_recogniser("de", extra_intents={"x_y": {"patterns": ["(unclosed"]}})


def test_core_does_not_import_textual():
    code = "import sys, trainer.understanding; assert 'textual' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
