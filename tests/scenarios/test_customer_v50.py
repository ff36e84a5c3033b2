"""Fiftieth session: what the outside audits V200–V203 (benchmarks/audits/) found."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played
from tests.scenarios.test_customer_v43 import _heard
from trainer.understanding.pressure import pressure_kind, unlawful_pressure
from trainer.understanding.types import TENTATIVE


# --- blame the last round let through ---------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V201 11: the question after the "but" left the line no reading at all
        (
            "en",
            "Look, I'm sorry you feel that way, but shelves don't just wobble on their own, "
            "maybe someone's been leaning stuff on them?",
        ),
        ("en", "I'm sorry you feel that way, but they don't just come loose by themselves."),
        (
            "de",
            "Tut mir leid, wenn Sie das so sehen, aber die Farbe blättert nicht einfach von "
            "allein ab.",
        ),
        # V200 12: empathy 0.89, "A factual opening without blame"
        (
            "en",
            "Sorry to chase you again, I know how it is, reminders do seem to get lost in big "
            "accounts departments.",
        ),
        ("de", "In großen Buchhaltungen geht so eine Mahnung ja gern mal verloren."),
        # V203 p1: the article's forbidden question, the payment as subject (a date 0.86)
        ("en", "I need to know today why this payment has not been made."),
    ],
)
def test_blame_with_a_polite_veneer_is_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=2)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    assert "empathise" not in heard, heard


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the guards: a harmless reason offered, a question about what exactly is wrong
        ("en", "Maybe the invoice got lost in the post?"),
        (
            "en",
            "I'm calling about invoice 3310 – could it have got lost in your accounts department?",
        ),
        ("de", "Ist die Rechnung vielleicht in Ihrer Buchhaltung verloren gegangen?"),
        ("de", "Vielleicht ist die Rechnung in der Post verloren gegangen?"),
        ("en", "I'm sorry you feel that way, but what exactly came loose?"),
        (
            "en",
            "Could you tell me why the payment hasn't been made yet – is it waiting on a "
            "signature?",
        ),
    ],
)
def test_a_question_about_where_it_went_is_no_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=2)
    assert "accusatory_opener" not in heard, heard


def test_the_forbidden_question_fails_the_opening_in_the_audited_call() -> None:
    """V203 p1: "I need to know today why this payment has not been made." after small talk
    was "A factual opening without blame", 86 silver."""
    result = _played("en-florist-forgot", "V203", "p1_florist_why_opener.txt", "07_letter.txt")
    (blame,) = _failed(result)["no_accusation"]
    assert "payment has not been made" in blame["evidence"]


def test_the_non_apology_with_the_fault_on_her_use_fails_the_conduct_check() -> None:
    """V201 11: 87 silver with "… shelves don't just wobble on their own, maybe someone's been
    leaning stuff on them?" read as small talk."""
    result = _played("en-handyman-waive", "V201", "11_brighton_handyman.txt")
    assert "no_accusation" in _failed(result), _failed(result)
    assert result["passed"] is False


# --- an ultimatum after empathy is a threat -----------------------------------------------------
def test_an_ultimatum_after_empathy_is_a_threat() -> None:
    """V202 08: "… no exceptions, or I'll have to escalate this" beside empathy 0.97 was no
    threat at all ("No threat in the whole call")."""
    heard = _heard(
        "en",
        "I totally understand it's frustrating, but I need the full £2,400 in our account by "
        "Friday the 11th, no exceptions, or I'll have to escalate this.",
        learner_turn=4,
    )
    assert heard.get("threaten_legal", 0.0) >= TENTATIVE, heard
    assert "fix_payment_date" in heard


@pytest.mark.parametrize(
    "line",
    [
        "I understand, I'll escalate this to our hardship team to see if we can work out a "
        "solution.",
        "ah that's brutal, mate, honestly. first year's always the hardest and then a client "
        "stiffs you on top.",
        "But actually this one is already overdue more than one month, we also got our suppliers "
        "to pay, you know.",
    ],
)
def test_escalating_to_help_or_the_callers_own_need_is_no_threat(line: str) -> None:
    heard = _heard("en", line, learner_turn=4)
    assert "threaten_legal" not in heard, heard


def test_the_audited_ultimatum_costs_the_threat_check() -> None:
    result = _played(
        "en-web-studio-unjustified", "V202", "08_boston_webstudio.txt", "08_letter.txt"
    )
    (threat,) = _failed(result)["no_premature_threat"]
    assert "escalate" in threat["evidence"]


# --- telling those he answers to --------------------------------------------------------------
def test_telling_the_owners_of_the_property_is_unlawful_pressure() -> None:
    """V200 p6: "Und Ihren Eigentümern erzähl ich dann auch mal, wie Sie Ihre Handwerker
    bezahlen." to a property manager was a legal threat of weight 2."""
    line = "Und Ihren Eigentümern erzähl ich dann auch mal, wie Sie Ihre Handwerker bezahlen."
    assert unlawful_pressure(line, "de") is not None
    assert pressure_kind(unlawful_pressure(line, "de") or "") == "third"
    owners = "I will let your property owners know you do not pay your bills."
    assert unlawful_pressure(owners, "en")
    result = _played("de-hausverwaltung-rechtsweg", "V200", "p6_duisburg_thirdparty.txt")
    (threat,) = _failed(result)["no_premature_threat"]
    assert threat.get("critical") is True


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Ihren Eigentümern sage ich gern, dass die Arbeit fertig ist."),
        ("de", "Die Eigentümer haben die Arbeit abgenommen."),
        ("en", "The owners signed the handover on 2 October."),
        # his own firm's head is the debtor, no third party
        ("de", "Dann muss ich das mit Ihrem Geschäftsführer besprechen, die Rechnung ist offen."),
        ("en", "I'll have to speak to your director about the unpaid invoice."),
    ],
)
def test_naming_the_owners_without_the_debt_is_no_pressure(lang: str, line: str) -> None:
    assert unlawful_pressure(line, lang) is None


# --- the invoice sent again is no confirmation --------------------------------------------------
def test_resending_the_invoice_he_never_got_confirms_nothing() -> None:
    """V200 04 and p1: "ich schick ihnen die nochmal per mail, heute noch" to "ich habe gar
    keine Rechnung von Ihnen bekommen!" passed confirm_in_writing, 86 silver, though no
    confirmation was ever promised."""
    result = _played("de-erstkunde-rechnung-verloren", "V200", "04_dessau_verloren.txt")
    (written,) = _failed(result)["confirm_in_writing"]
    assert "Rechnung" in written["reason"]
    assert result["tier"] != "gold" and result["score"] < 86


# --- after the end round (V204–V207) ------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # V205 10: a rebuttal 0.99 and "A factual opening without blame", 93 silver
        (
            "en",
            "Ma'am, I'm sorry if you missed it, but you yourself postponed the booking form by "
            "e-mail on 12 August – it is phase two.",
        ),
        # V206 11: a rebuttal 0.99, 93 silver
        (
            "en",
            "I'm sorry if our invoices are too complicated for your team, but phase one was "
            "signed off on 3 October.",
        ),
        (
            "de",
            "Tut mir leid, wenn Sie das übersehen haben, aber die Nachträge hatten Sie am 3. März "
            "schriftlich bestellt.",
        ),
    ],
)
def test_sorry_that_he_missed_it_then_the_facts_is_a_reproach(lang: str, line: str) -> None:
    heard = _heard(lang, line, learner_turn=5, objection_raised=True)
    assert heard.get("accusatory_opener", 0.0) >= TENTATIVE, heard
    assert "empathise" not in heard, heard


def test_sorry_that_he_missed_it_then_an_offer_is_no_reproach() -> None:
    heard = _heard("en", "Sorry if you missed it, but I can send it again today.", learner_turn=3)
    assert "accusatory_opener" not in heard and "empathise" not in heard, heard


def test_the_solicitor_left_to_take_it_from_there_is_a_threat() -> None:
    """V206 11: "Perhaps our solicitor could explain it more clearly. Payment by Monday, or he
    takes it from there." — a date 0.91, "No threat in the whole call", 93 silver."""
    heard = _heard(
        "en",
        "Perhaps our solicitor could explain it more clearly. Payment by Monday, or he takes it "
        "from there.",
        learner_turn=5,
        objection_raised=True,
    )
    assert heard.get("threaten_legal", 0.0) >= TENTATIVE, heard


def test_the_audited_sorry_if_you_missed_it_call_fails() -> None:
    """V205 10: 93 silver with "Ma'am, I'm sorry if you missed it, but you yourself postponed
    the booking form …" read as a clean rebuttal; its auditor failed the call."""
    result = _played("en-web-studio-unjustified", "V205", "10_leeds_agent.txt")
    assert "no_accusation" in _failed(result), _failed(result)
    assert result["passed"] is False


@pytest.mark.parametrize("script", ["03_graz_werkstatt.txt", "p5_graz_waiver.txt"])
def test_his_day_taken_up_then_let_go_fails_the_call(script: str) -> None:
    """V204 03 and p5: his "Bis Freitag nächster Woche ist das überwiesen" taken up with
    "Passt schon", then "Dann überweist du's halt bald, gell?" (or "lass gut sein, zahl halt,
    wann du kannst"): 93 silver where its auditor failed the call — the learner handed the
    day back. Rule (4) of the forty-sixth session (the day put off to another call) extended
    to time without a day."""
    result = _played("de-werkstatt-ueberraschung", "V204", script)
    assert result["passed"] is False, _failed(result)
    (pin,) = [c for c in _failed(result)["pin_date"] if c.get("critical")]
    assert "freigegeben" in pin["reason"] or "verschoben" in pin["reason"]
