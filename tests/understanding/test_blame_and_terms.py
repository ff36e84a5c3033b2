"""Second round of weaknesses from an independent evaluation, checked with lines written
for these tests (none is in the intent library): neutral reason questions that must not
read as blame, blame by comparison or mock surprise, compromises put as a question,
instalment plans with several dates, read-backs, indirect down payments, empathy through
the situation, written summaries and "A or B?" clarifying questions."""

from __future__ import annotations

import pytest

from trainer.understanding import Context
from trainer.understanding.context import apply_context
from trainer.understanding.types import IntentHit, Recognition


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # 'bis jetzt' read as a date until sealed set 10 joined the library (ninth session).
        ("de", "Könnten Sie mir sagen, warum der Betrag bis jetzt nicht überwiesen wurde?"),
        ("de", "gibts nen speziellen grund weshalb das noch nicht bezahlt ist"),
        ("de", "Wieso ist die Zahlung bislang nicht erfolgt, wenn ich fragen darf?"),
        ("de", "was war denn bei dir los, ist dir was in die quere gekommen?"),
        ("de", "Was ist da passiert, ist bei Ihnen etwas dazwischengekommen?"),
        ("en", "May I ask why the transfer hasn't happened yet?"),
        ("en", "why hasnt the money gone across, did something come up"),
        ("en", "What's been going on at your end, has anything got in the way?"),
        ("en", "Could you tell me why the bill hasn't been settled so far?"),
    ],
)
def test_neutral_reason_questions_are_not_blame(request, lang, text):
    names = request.getfixturevalue(lang).recognise(text).names
    assert "accusatory_opener" not in names
    assert names[:1] == ("ask_reason",)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Warum haben Sie die Rechnung immer noch nicht bezahlt?"),
        ("de", "Wieso zahlst du eigentlich nie, wenn's drauf ankommt?"),
        ("de", "Unsere anderen Kunden kriegen das auch pünktlich hin, nur Sie nicht."),
        ("de", "Ach, die Mahnung haben Sie gar nicht erhalten? Komisch, wirklich komisch."),
        ("de", "Bei allem Respekt, aber so geht man mit Lieferanten nicht um."),
        ("en", "Why haven't you paid us yet again?"),
        ("en", "All our other clients manage to pay within thirty days."),
        ("en", "So the reminder got lost as well, did it? What are the odds."),
        ("en", "Everybody else pays us on time, I don't see what's so hard."),
    ],
)
def test_blame_by_comparison_sarcasm_and_veneer(request, lang, text):
    assert request.getfixturevalue(lang).recognise(text).names[:1] == ("accusatory_opener",)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Was meinen Sie, wenn wir Ihnen sechs Prozent vom Preis nachlassen?"),
        ("de", "Wäre das für Sie aus der Welt, wenn wir 90 Euro zurückerstatten?"),
        ("en", "Would a refund of 70 pounds on the tiles put the matter to rest?"),
        ("en", "What would you say to us taking eight percent off the invoice?"),
    ],
)
def test_compromise_put_as_a_question(request, lang, text):
    names = request.getfixturevalue(lang).recognise(text).names
    assert names[:1] == ("offer_compromise",)
    assert "request_down_payment" not in names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Das Übergabeprotokoll haben Sie ohne Mängel unterschrieben, aber als Geste "
            "ziehen wir Ihnen 50 Euro ab.",
        ),
        (
            "en",
            "You signed the completion form without comment, but as a goodwill gesture "
            "we'll knock 30 off.",
        ),
    ],
)
def test_rebuttal_and_compromise_in_one_line(request, lang, text):
    names = set(request.getfixturevalue(lang).recognise(text).names)
    assert {"rebut_unjustified_objection", "offer_compromise"} <= names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Machen wir zwei Hälften, eine zum 15. Juni und die andere zum 15. Juli."),
        ("de", "Du könntest alle zwei Wochen 120 Euro zahlen, bis alles beglichen ist."),
        ("en", "Let's do it in two halves: one by the end of April, the other by the end of May."),
        ("en", "How about 90 a fortnight until it's cleared?"),
    ],
)
def test_instalment_plan_with_several_dates_is_instalments_only(request, lang, text):
    names = request.getfixturevalue(lang).recognise(text).names
    assert names[:1] == ("propose_instalments",)
    assert "fix_payment_date" not in names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Nur damit wir vom Gleichen sprechen: 300 Euro am 5. und den Rest am 20."),
        ("de", "Fassen wir kurz zusammen: Die gesamte Summe kommt bis zum 28."),
        ("en", "Just so we're on the same page: 450 on the 2nd and the balance on the 16th."),
        ("en", "Let me make sure I've got it right, the whole amount by the 30th."),
    ],
)
def test_read_back_is_summary_only(request, lang, text):
    names = request.getfixturevalue(lang).recognise(text).names
    assert names == ("summarise_agreement",)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Wäre es machbar, dass heute schon ein kleiner Betrag bei uns eingeht, als Zeichen?",
            {"request_down_payment"},
        ),
        (
            "de",
            "Ich kann verstehen, dass es gerade eng ist, könnten Sie 300 sofort und danach "
            "monatlich 150 zahlen?",
            {"empathise", "request_down_payment", "propose_instalments"},
        ),
        (
            "en",
            "could you stretch to a small payment today just so things get moving",
            {"request_down_payment"},
        ),
        (
            "en",
            "I understand it's tight, could you manage 250 now and then 100 a month after that?",
            {"empathise", "request_down_payment", "propose_instalments"},
        ),
    ],
)
def test_indirect_down_payment_and_down_payment_plus_instalments(request, lang, text, expected):
    assert expected <= set(request.getfixturevalue(lang).recognise(text).names)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Nach der Renovierung hat man natürlich anderes im Kopf, ich hätte da einen Vorschlag.",
            {"empathise", "offer_solution"},
        ),
        (
            "de",
            "Schon klar, dass es bei Ihnen gerade knapp ist – lassen Sie uns gemeinsam eine "
            "Lösung finden.",
            {"empathise", "offer_solution"},
        ),
        (
            "en",
            "During a house move paperwork is the last thing on your mind, so let me suggest "
            "a way to sort it.",
            {"empathise", "offer_solution"},
        ),
        ("de", "Ich schicke dir ein kurzes Schreiben mit allen Eckdaten.", {"confirm_in_writing"}),
        ("en", "I'll send you a brief note with the key details.", {"confirm_in_writing"}),
    ],
)
def test_empathy_through_the_situation_and_written_summary(request, lang, text, expected):
    assert expected <= set(request.getfixturevalue(lang).recognise(text).names)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Geht es Ihnen eher um die Farbe oder eher um die Verarbeitung?"),
        ("en", "Is it more about the finish or about how long it took?"),
    ],
)
def test_a_or_b_after_an_objection_is_clarify(request, lang, text):
    ctx = Context(learner_turn=5, objection_raised=True)
    assert request.getfixturevalue(lang).recognise(text, ctx).names[:1] == ("clarify_objection",)


@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me where it's at on your side?",
        "is it sitting with accounts payable waiting for sign-off?",
    ],
)
def test_status_questions_are_ask_reason_not_greeting(en, text):
    names = en.recognise(text).names
    assert "greeting_identify" not in names
    assert names[:1] == ("ask_reason",)


def test_greeting_with_its_still_works(en):
    assert "greeting_identify" in en.recognise("hi there its sam from oakfield joinery").names


# From an outside trainer's audit of whole calls (fifth session): lines none of the
# library holds. A follow-up call names the reminder already sent: a fact, no reproach
# (it cost a good call 4 of 14 points); a thank-you that goes on is no goodbye (it ended
# the call in the middle of the confirmation).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Wir hatten Ihnen vor zwei Wochen eine Zahlungserinnerung geschickt."),
        ("en", "I'm following up on invoice GEC-5521, we sent a reminder a couple of weeks ago."),
    ],
)
def test_naming_the_reminder_already_sent_is_no_blame(request, lang, text):
    names = request.getfixturevalue(lang).recognise(text).names
    assert names[:1] == ("neutral_opener_open_invoice",)


@pytest.mark.parametrize(
    ("lang", "text", "move"),
    [
        ("de", "Prima, danke Ihnen. Ich schicke Ihnen das nachher per Mail.", "confirm_in_writing"),
        (
            "en",
            "Great, thanks Tom. I'll email you a quick note with all that.",
            "confirm_in_writing",
        ),
    ],
)
def test_thanks_that_go_on_are_no_goodbye(request, lang, text, move):
    names = request.getfixturevalue(lang).recognise(text).names
    assert move in names and "close_politely" not in names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Danke, das wars von meiner Seite, schönen Tag noch!"),
        ("en", "Thanks for your time, I'll send the email now, have a good day."),
    ],
)
def test_a_goodbye_at_the_end_of_the_line_still_ends_it(request, lang, text):
    assert "close_politely" in request.getfixturevalue(lang).recognise(text).names


def test_servus_past_the_opening_is_a_goodbye(de):
    # "Servus" greets and takes leave; mid-call it was answered "Worum geht es denn genau?".
    late = de.recognise("Okay, passt scho. Servus.", Context(learner_turn=6)).names
    assert "close_politely" in late and "greeting_identify" not in late
    early = de.recognise("Servus Frank, Deniz hier.", Context(learner_turn=0)).names
    assert early[:1] == ("greeting_identify",)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ihre Rechnung ist seit drei Wochen fällig."),
        ("de", "Die Rechnung ist seit drei Wochen überfällig."),
        ("en", "Your invoice has been due for three weeks."),
    ],
)
def test_an_invoice_overdue_for_weeks_is_an_opener_not_a_reproach(request, lang, text):
    # The blame reading beside the opener (de 0.83) failed a fair opening and made the
    # customer answer a reproach nobody made: the two readings exclude each other.
    names = request.getfixturevalue(lang).recognise(text).names
    assert names == ("neutral_opener_open_invoice",)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ich rufe wegen der offenen Rechnung an, warum haben Sie denn nicht bezahlt?"),
        ("de", "Guten Tag, es geht um Ihre Rechnung, warum zahlen Sie eigentlich nie pünktlich?"),
        ("en", "I'm calling about the invoice, why haven't you paid it yet?"),
        ("en", "I'm calling because you've ignored my invoice again."),
    ],
)
def test_a_reproach_beside_the_reason_for_the_call_is_blame_alone(request, lang, text):
    # The opener is the surer reading of the whole line, but the part after the comma is a
    # reproach on its own: blame (GUIDE §5 labels no line both neutral and accusatory).
    names = request.getfixturevalue(lang).recognise(text).names
    assert "accusatory_opener" in names and "neutral_opener_open_invoice" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Dann zahlen Sie halt, wenn Sie können.",
        "Okay, dann zahlen Sie eben, sobald es geht.",
        "Na gut. Dann zahlen Sie halt, wenn Sie sie gefunden haben.",
    ],
)
def test_giving_in_with_dann_halt_is_no_threat(de, text):
    # "Dann geht's halt ans Inkasso" taught the model that "dann ... halt" threatens; a
    # learner letting the customer pay whenever (an audit call) was told he had threatened
    # (threaten_legal 0.85, a critical fault). It is a vague result, not a threat.
    assert "threaten_legal" not in de.recognise(text).names
    assert "threaten_legal" in de.recognise("Dann geht das halt ans Inkasso.").names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ah God, I hear you Dave, you're not the only one by a long shot."),
        ("de", "Ach, da sind Sie beileibe nicht der Einzige, glauben Sie mir."),
        ("de", "Entschuldigung, das kam falsch rüber."),
        ("en", "Sorry mate, that was out of line."),
    ],
)
def test_comfort_and_an_apology_for_ones_tone_are_empathy_not_blame(request, lang, text):
    # 4th outside audit: "you're not the only one" was read as a reproach (the customer took
    # offence, the debrief counted blame); "Entschuldigung, das kam falsch rüber" as nothing.
    names = request.getfixturevalue(lang).recognise(text).names
    assert names[:1] == ("empathise",) and "accusatory_opener" not in names


@pytest.mark.parametrize(
    ("lang", "text", "move"),
    [
        (
            "en",
            "Ah God, I hear you Dave, sure everyone's getting hammered with the energy prices "
            "this year, you're not the only one by a long shot.",
            "empathise",
        ),
        ("en", "I understand, but why haven't you paid yet?", "accusatory_opener"),
        (
            "de",
            "Ich verstehe Sie ja, aber das ist jetzt schon das dritte Mal!",
            "accusatory_opener",
        ),
    ],
)
def test_empathy_and_blame_exclude_each_other(request, lang, text, move):
    # No labelled line carries both: a reproach with a polite veneer is blame alone, and
    # comfort with a stray blame reading (0.56) is comfort — the customer took offence at it.
    names = request.getfixturevalue(lang).recognise(text).names
    other = "empathise" if move == "accusatory_opener" else "accusatory_opener"
    assert move in names and other not in names


@pytest.mark.parametrize(
    "text",
    ["Dann schicke ich sie Ihnen umgehend erneut zu.", "Das geht heute noch umgehend raus."],
)
def test_umgehend_is_office_german_not_a_threat(de, text):
    # 5th outside audit: "umgehend" sat almost only in threats in the library, so a promise
    # to resend the invoice promptly was scored "Mit rechtlichen Schritten gedroht".
    assert "threaten_legal" not in de.recognise(text).names
    assert "threaten_legal" in de.recognise("Zahlen Sie umgehend, sonst kommt der Anwalt.").names


def _hits(*pairs):
    return tuple(IntentHit(i, c, "") for i, c in pairs)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("How much do you think you could manage now?", "request_down_payment"),
        ("And when do you think you could do the rest?", "fix_payment_date"),
    ],
)
def test_a_weak_reproach_beside_a_sure_question_for_his_terms_blames_nobody(text, asked):
    """Set 27's "… so why do you think you can do it here?" (blame) taught "do you think you"
    as blame 0.41 beside a sure first-payment question, and the café owner answered "Whoa,
    there's no need for that tone" (nineteenth session, tests/scenarios/test_customer_v8)."""
    rec = Recognition(text, _hits((asked, 0.97), ("accusatory_opener", 0.41)))
    out = apply_context(rec, Context(learner_turn=4))
    assert out.names == (asked,)


def test_a_firm_reproach_beside_a_question_for_his_terms_stays():
    rec = Recognition(
        "Why on earth haven't you paid, and when are you going to?",
        _hits(("fix_payment_date", 0.95), ("accusatory_opener", 0.85)),
    )
    assert "accusatory_opener" in apply_context(rec, Context(learner_turn=4)).names
