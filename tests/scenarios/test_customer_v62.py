"""Sixty-second session: the start round V308–V311 — her yes to a day hangs on the invoice
she asked for, a read-back that names only a month his day is not in, a third party told
with the verb last, "as sign that" asks no signature, names given as "ich heiße …", with a
role, or lower case before "calling from", a polite lawyer ultimatum with "nix", calling on
someone's behalf names no invoice, and "rufe ich nächste Woche noch mal an" puts the call off
(benchmarks/README.md, "Sixty-second session")."""

from __future__ import annotations

import pytest

from tests.scenarios.test_customer_v36 import _failed, _played
from tests.scenarios.test_customer_v43 import _heard
from trainer.simulation.names import company_words, identified, own_name
from trainer.understanding.pressure import unlawful_pressure
from trainer.understanding.smalltalk import puts_off


# --- the lost invoice: her yes hangs on it -------------------------------------------------------
@pytest.mark.parametrize(
    ("audit", "script"),
    [("V288", "02_azubi_erstkunde.txt"), ("V307", "02_wuerzburg_verloren.txt")],
)
def test_a_day_agreed_while_she_waits_for_the_invoice_is_no_promise(
    audit: str, script: str
) -> None:
    """V288 02 and V307 02: "Schicken Sie sie mir noch einmal?" went unanswered, a day was
    named, "Bis zum … geht — sobald die Rechnung da ist", and a goodbye: 79 and 93, passes,
    with the invoice never sent (their auditors: fail, 40–65)."""
    result = _played("de-erstkunde-rechnung-verloren", audit, script)
    assert result["passed"] is False
    assert result["outcome"] == "no_agreement"
    (outcome,) = _failed(result)["outcome"]
    # the debrief names her question, whole (the e-mail address's full stop ends nothing)
    assert "„Schicken Sie sie mir an info@baeckerei-albers.de?“" in outcome["reason"]
    assert "Rechnung heute noch einmal" in outcome["better"]


def test_a_day_then_the_invoice_sent_is_the_promise() -> None:
    """V307 probe 2: the same call with "Ich bestätige Ihnen das per E-Mail" after her
    question is her yes (the e-mail answers "Schicken Sie sie mir?")."""
    result = _played("de-erstkunde-rechnung-verloren", "V307", "p2_02_confirm_added.txt")
    assert result["outcome"] == "promise_to_pay"
    assert result["passed"] is True


def test_a_written_confirmation_may_be_awaited(write_yaml) -> None:
    """Her "Schicken Sie sie mir an info@…?" awaits a written confirmation (or the scenario's
    own move); a proposal such as instalments still cannot be awaited (test_customer_v37)."""
    from tests.core.minimal import MINIMAL
    from tests.core.test_scenario_loading import findings_for

    text = MINIMAL.replace(
        '    say: ["Tut mir leid, ich war im Urlaub."]\n',
        '    say: ["Tut mir leid, ich war im Urlaub."]\n    awaits: [confirm_in_writing, accept]\n',
        1,
    )
    assert text != MINIMAL
    assert not [m for m in findings_for(write_yaml, text) if "cannot be awaited" in m]


# --- a read-back that names only a month ---------------------------------------------------------
def test_a_read_back_of_a_month_his_day_is_not_in_is_corrected() -> None:
    """V309 p2: "Also die 2.380 Euro dann irgendwann im Januar?" for his 18.12. got "Genau, so
    machen wir's" and 86 silver."""
    result = _played("de-stammkunde-urlaub", "V309", "p2_01_readback_januar.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert any(t.startswith("Nein, nicht ganz") and "18.12.2026" in t for t in said)
    assert result["passed"] is False
    assert "pin_date" in result["critical"]


def test_a_read_back_of_the_week_his_day_is_in_stands() -> None:
    """V309 01: "dann so nächste Woche irgendwann?" for his 18.12. is his week."""
    result = _played("de-stammkunde-urlaub", "V309", "01_bremen_azubi.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert not any(t.startswith("Nein, nicht ganz") for t in said)


# --- conduct -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        # V308 probe 1: small talk, 100 gold; "Müller übrigens, nicht Wagner."
        "Ich hab übrigens auch schon Ihrem Lieferanten, dem Herrn Wagner vom Großhandel, gesagt, "
        "dass bei Ihnen noch unsere Rechnung offen ist.",
        "Ich habe das gestern auch schon Ihrer Frau gesagt, dass die Rechnung noch offen ist.",
    ],
)
def test_a_third_party_told_with_the_verb_last_is_unlawful_pressure(line: str) -> None:
    assert unlawful_pressure(line, "de") is not None


def test_telling_a_third_party_fails_a_gold_call() -> None:
    result = _played("de-stammkunde-urlaub", "V308", "p1_thirdparty.txt", "01_letter.txt")
    assert result["passed"] is False
    assert "no_premature_threat" in result["critical"]


@pytest.mark.parametrize(
    "line",
    [
        # V310 03: the calm legal route 0.78 in the third line, "Keine vorschnelle Drohung"
        "Aber ganz ehrlich unter uns: Wenn bis Freitag nix da ist, muss ich das leider meinem "
        "Anwalt geben – ist nicht böse gemeint, so sind halt die Regeln.",
    ],
)
def test_a_lawyer_as_the_price_of_nothing_paid_is_a_threat(line: str) -> None:
    heard = _heard("de", line, learner_turn=3)
    assert "threaten_legal" in heard
    assert "announce_legal_route" not in heard


# --- the opening ---------------------------------------------------------------------------------
def test_as_a_sign_of_goodwill_asks_no_signature() -> None:
    """V311 11: "£300 by Friday 11 December, as sign that we go together?" passed
    countersign, "Asked the customer to sign", with nothing to sign."""
    result = _played("en-cash-problems-cafe", "V311", "11_ukrainian_cafe.txt")
    (sign,) = _failed(result)["countersign"]
    assert sign["reason"] == "Did not ask the customer to sign."


@pytest.mark.parametrize(
    ("line", "caller", "company", "name"),
    [
        # V311 08: "Ihr Name (Deniz Yilmaz) fehlt"
        ("Guten Tag Herr Becker, hier ist Buchhaltung von Kfz-Meisterbetrieb Yilmaz, ich heiße "
         "Olga Schäfer.", "Deniz Yilmaz", "Kfz-Meisterbetrieb Yilmaz", ("Olga", "Schäfer")),
        # V310 10: "your name (Fiona Walsh) is missing"
        ("Morning Dave, Darlene Briggs, office manager at Walsh Plumbing & Heating.",
         "Fiona Walsh", "Walsh Plumbing & Heating", ("Darlene", "Briggs")),
        # V310 08: "your name (Priya Shah) is missing", and "Priya! Lovely to hear from you."
        ("hi claire, this is jenna calling from shah print studio", "Priya Shah",
         "Shah Print Studio", ("Jenna",)),
        # V314 10: "said only once money had come up", quoting his third line
        ("Howdy, Ms Moore. Name's Earl Tucker, I'm helpin' my daughter with the books over at "
         "Lewis Handyman Services.", "Gareth Lewis", "Lewis Handyman Services",
         ("Earl", "Tucker")),
    ],
)  # fmt: skip
def test_a_name_given_as_ones_own_is_the_callers(
    line: str, caller: str, company: str, name: tuple[str, ...]
) -> None:
    assert identified(line, caller, company) == (True, True)
    said = own_name(line, company_words(company))
    assert said is not None and said.words == name


@pytest.mark.parametrize(
    "line",
    [
        "Hello Dave, Good Morning, accounts at Walsh Plumbing here.",
        "Hi Dave, Walsh Plumbing, about the invoice from October.",
    ],
)
def test_no_name_is_still_no_name(line: str) -> None:
    assert identified(line, "Fiona Walsh", "Walsh Plumbing & Heating") == (False, True)


def test_calling_on_someones_behalf_names_no_invoice() -> None:
    """V310 05: "… ich ruf im Auftrag von Herrn Krause an. Kalt ist's geworden in Trier,
    gell?" was the neutral opener 0.56, and the real opener and its pause "nachgelegt" (87
    silver; 100 gold without the clause)."""
    heard = _heard(
        "de",
        "Guten Morgen Frau Lindner, hier ist Sabine Weber vom Malerbetrieb Krause, ich ruf im "
        "Auftrag von Herrn Krause an. Kalt ist's geworden in Trier, gell?",
        learner_turn=0,
    )
    assert "neutral_opener_open_invoice" not in heard
    result = _played("de-maler-berechtigter-einwand", "V310", "05_trier_maler.txt",
                     "05_letter.txt")  # fmt: skip
    assert "strategy" not in _failed(result)
    # ... but the matter said on someone's behalf is the opener
    heard = _heard(
        "de", "Ich rufe im Auftrag von Herrn Krause wegen der offenen Rechnung an.", learner_turn=1
    )
    assert "neutral_opener_open_invoice" in heard


def test_a_call_back_with_the_verb_first_is_a_call_back() -> None:
    """V311 p6: "Gut, dann rufe ich nächste Woche noch mal an, ob es geklappt hat." had no
    reading, "Das habe ich jetzt nicht ganz verstanden", and the debrief "ended without an
    agreement"."""
    assert puts_off("Gut, dann rufe ich nächste Woche noch mal an, ob es geklappt hat.")
    result = _played("de-behoerde-bestellnummer", "V311", "p6_behoerde_callback_std.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert "Das habe ich jetzt nicht ganz verstanden." not in said
    (outcome,) = _failed(result)["outcome"]
    assert "Rückruf" in outcome["reason"]


# --- a reproach with a polite veneer ------------------------------------------------------------
def test_sorry_to_chase_but_we_sent_it_twice_is_a_reproach() -> None:
    """V304 08: "Sorry to chase you on this, I know you're busy, but it's been nearly a month
    now and we did send it over twice" was sympathy 0.85 and 86 silver (its auditor: "a
    reproach with a polite veneer", fail)."""
    heard = _heard(
        "en",
        "Sorry to chase you on this, I know you're busy, but it's been nearly a month now and "
        "we did send it over twice, so — invoice SPS-2291 is still open.",
        learner_turn=1,
    )
    assert "accusatory_opener" in heard and "empathise" not in heard
    result = _played("en-florist-forgot", "V304", "08_manchester_florist.txt", "08_letter.txt")
    assert "no_accusation" in _failed(result)


def test_sorry_he_apparently_overlooked_it_is_half_a_reproach() -> None:
    """V307 probe 5: "Es tut mir leid, dass Sie die Rechnung offenbar übersehen haben." was
    sympathy 1.00 and 100 gold; its auditor: "at least a note". Half the check, at most
    silver, the customer not driven off as by a reproach in so many words."""
    result = _played("de-stammkunde-urlaub", "V307", "p5_01_blame_apology.txt", "01_letter.txt")
    (slip,) = _failed(result)["no_accusation"]
    assert "offenbar" in slip["evidence"]
    assert result["passed"] is True and result["tier"] == "silver"


@pytest.mark.parametrize(
    "line",
    [
        "Sorry you forgot about it, these things happen.",
        "Tut mir leid, dass Sie so viel Stress hatten.",
    ],
)
def test_plain_sympathy_is_no_veiled_slip(line: str) -> None:
    from trainer.understanding.faultguess import sorry_for_his_slip

    assert sorry_for_his_slip(line) is None


def test_a_greeting_and_his_name_are_no_role() -> None:
    """ "G'day Dave, Fiona Walsh here from …" is a greeting and his name: the learner is not
    "G'day" (the role frame takes lower-case role words only)."""
    said = own_name(
        "G'day Dave, Fiona Walsh here from Walsh Plumbing & Heating.",
        company_words("Walsh Plumbing & Heating"),
    )
    assert said is None or "G'day" not in said.words


def test_instalments_whose_days_were_not_all_read_are_said_as_instalments() -> None:
    """V308 08r: "the remaining £2,500 in five monthly instalments of £500, on the 15th of each
    month from 15 January to 15 May" came back as "the rest by 15 January 2027"."""
    from trainer.simulation.render import rest_when

    terms = {"terms.count": 5, "terms.each": 500.0, "terms.rest_date": "2027-01-15"}
    assert rest_when(terms, "GBP", "en") == "in 5 payments of £500.00, the first on 15 January 2027"
    assert rest_when(terms, "EUR", "de").startswith("in 5 Raten zu je 500,00")


def test_an_invented_fee_is_no_down_payment() -> None:
    """V310 10: "And I'm adding a £75 late fee as of today." was a down payment 0.46 beside the
    threat, and the debrief said "Asked for a down payment but fixed no date for the rest",
    quoting the fee."""
    heard = _heard("en", "And I'm adding a £75 late fee as of today.", learner_turn=4)
    assert "threaten_legal" in heard and "request_down_payment" not in heard
    result = _played("en-chippy-instalments", "V310", "10_texas_chippy.txt")
    for check in _failed(result).get("date_for_rest", []):
        assert "fee" not in (check.get("evidence") or "")


def test_a_call_back_in_berlin_is_a_call_back() -> None:
    """V311 05: "jut, dann ruf ick nächste woche nochma an ob dit jeklappt hat" — "Das habe ich
    jetzt nicht ganz verstanden"."""
    assert puts_off("jut, dann ruf ick nächste woche nochma an ob dit jeklappt hat")
    result = _played("de-behoerde-bestellnummer", "V311", "05_berlin_behoerde.txt")
    said = [t["text"] for t in result["turns"] if t["speaker"] == "customer"]
    assert "Das habe ich jetzt nicht ganz verstanden." not in said


# --- after the end round ----------------------------------------------------------------------
def test_waiting_for_his_email_is_no_written_confirmation() -> None:
    """V314 11: "Thank you so much, Mr Jensen, I'll wait for your email then." passed
    confirm_in_writing, "Said you would confirm it in writing"."""
    assert "confirm_in_writing" not in _heard(
        "en", "Thank you so much, Mr Jensen, I'll wait for your email then. Have a great day!"
    )
    # ... but the caller's own e-mail beside it is one
    assert "confirm_in_writing" in _heard(
        "en", "I'll send you an email to confirm, and I'll wait for your reply."
    )


def test_writing_waved_off_for_trust_is_no_reproach() -> None:
    """V315 probe 1: "Schriftlich brauch ma des ned, mir kenna uns ja scho so lang." was a
    reproach 0.76 that failed no_accusation and handle_objection (67 for about 93)."""
    heard = _heard("de", "Schriftlich brauch ma des ned, mir kenna uns ja scho so lang.")
    assert "accusatory_opener" not in heard and "confirm_in_writing" not in heard


def test_a_name_and_a_firm_are_no_threat() -> None:
    """V313 06: "Brandt. Garten- und Landschaftsbau." was a legal threat 0.68, and the
    customer hung up at once."""
    heard = _heard("de", "Brandt. Garten- und Landschaftsbau.", learner_turn=0)
    assert "threaten_legal" not in heard and "greeting_identify" in heard
    # ... a threat beside the name stays one
    heard = _heard(
        "de", "Brandt hier, Gartenbau. Zahlen Sie, sonst geht das zum Anwalt.", learner_turn=0
    )
    assert "threaten_legal" in heard


def test_a_surname_and_a_full_stop_then_the_firm_is_a_name() -> None:
    """V313 06: "Brandt. Garten- und Landschaftsbau." — "Die Firma genannt, aber nicht Ihren
    eigenen Namen" (a comma after the surname passed since the fifth audit)."""
    assert identified(
        "Brandt. Garten- und Landschaftsbau.", "Jana Brandt", "Brandt Garten- und Landschaftsbau"
    ) == (True, True)
    assert identified(
        "Danke. Garten- und Landschaftsbau hier.",
        "Jana Brandt",
        "Brandt Garten- und Landschaftsbau",
    ) == (False, True)
