"""Nineteenth and twentieth outside audits (twelfth session): what trainers found in whole
calls."""

from __future__ import annotations

from tests.helpers import call_checks, top_but_the_letter
from tests.scenarios.test_customer_v4 import _reply, _runner

CHIPPY_PLAN = [
    "Morning Dave, Fiona from Walsh Plumbing and Heating here.",
    "Just ringing about the invoice for the new boiler and cylinder, that's still open.",
    "",
    "Ah Dave, I know, it's been brutal for everyone with the energy prices, I really get it.",
    "Look, we've known each other ten years, let's find a way that works for you.",
    "How about we split it: three payments of £920, on the 15th of December, "
    "15th of January and 15th of February?",
]


def _checks(result: dict) -> dict[str, dict]:
    return call_checks(result)


def test_a_plan_read_back_wrong_and_left_wrong_is_no_confirmation():
    """Call 09: "four payments of £690, first one on the 1st of January" for his three of
    £920; he corrected it, the learner went straight on to "I'll write that up and email
    it over" and the call scored 100 gold."""
    runner = _runner("en-chippy-instalments")
    *_, wrong, _confirm = runner.play(
        [
            *CHIPPY_PLAN,
            "Grand. So just to recap, that's four payments of £690, first one on the 1st of "
            "January, then monthly.",
            "I'll write that up and email it over, could you sign it and send it back to me?",
        ]
    )
    assert "not quite" in _reply(wrong)
    result = runner.session.finish()
    confirm = _checks(result)["confirm_in_writing"]
    assert confirm["passed"] is False and "£690" in confirm["evidence"]
    # A wrong sum he corrected, confirmed anyway, fails the call (the nineteenth auditor's
    # verdict, and the twenty-seventh's for "£460" on £640): thirteenth session.
    assert result["passed"] is False and "confirm_in_writing" in result["critical"]


def test_a_plan_read_back_put_right_confirms_it():
    runner = _runner("en-chippy-instalments")
    runner.play(
        [
            *CHIPPY_PLAN,
            "Grand. So just to recap, that's four payments of £690, first one on the 1st of "
            "January, then monthly.",
            "Sorry Dave, my mistake: three payments of £920, the first on the 15th of December.",
            "I'll write that up and email it over, could you sign it and send it back to me?",
        ]
    )
    result = runner.session.finish()
    assert _checks(result)["confirm_in_writing"]["passed"] is True
    assert top_but_the_letter(result)


def test_small_talk_gets_a_word_back_not_a_puzzled_reply():
    """Call 07: "God, it's been mental here, …" got "I'm not sure I follow." (and, read as
    blame, "Wow. That's a bit much"); friendly chat gets a word back."""
    runner = _runner("en-florist-forgot")
    *_, chat = runner.play(
        [
            "Hiya Claire, it's Priya from Shah Print Studio, how are you keeping?",
            "God, it's been mental here, we've had three weddings' worth of orders this month "
            "alone, and the big printer's been playing up again.",
        ]
    )
    assert _reply(chat) in ("Oh, right — yes.", "Mm, yes.")
    (chat,) = runner.play(["And how was your weekend, did you get away at all?"])
    assert _reply(chat) in ("Oh, can't complain.", "Oh, you know — busy as ever.")


HANDYMAN_DEAL = [
    "Hi Rachel, Gareth Lewis here, Lewis Handyman Services.",
    "I'm ringing about the invoice for the shelves, LHS-077, which is still open.",
    "",
    "Oh right, sorry to hear that. Which shelves exactly, and what's happening with them?",
    "Okay. Tell you what, I'll come back Thursday morning and re-fix all three, no charge.",
]


def test_a_later_day_asked_after_her_promise_is_taken():
    """Call 10: she offered "£180.00 by 3 December"; asked for the 4th she said "Hmm, I'd
    rather keep to what we said" — no debtor turns down an extra day."""
    runner = _runner("en-handyman-waive")
    *_, deal, later, confirm = runner.play(
        [
            *HANDYMAN_DEAL,
            "Once they're solid, could you settle the £180 by Friday the 4th?",
            "Lovely. I'll drop you an email today confirming the £180 by Friday 4 December.",
        ]
    )
    assert "3 December" in _reply(deal)
    assert _reply(later).startswith("Even better") and "4 December" in _reply(later)
    assert "not quite" not in _reply(confirm)
    result = runner.session.finish()
    assert runner.session.call.agreed_terms["date"] == "2026-12-04"
    assert _checks(result)["confirm_in_writing"]["passed"] is True


def test_an_earlier_day_asked_after_her_promise_is_turned_down():
    runner = _runner("en-handyman-waive")
    *_, sooner = runner.play(
        [*HANDYMAN_DEAL, "Once they're solid, could you settle the £180 by Wednesday the 2nd?"]
    )
    assert "rather keep to what we said" in _reply(sooner) and "3 December" in _reply(sooner)
    assert runner.session.call.agreed_terms["date"] == "2026-12-03"


def test_a_call_in_speech_to_text_with_days_as_words_keeps_its_gold():
    """Twentieth audit, call 04: "bis zum zehnten dezember" named no day (the customer's
    payment run became "his day, never repeated"), and "fass ich ihnen das nochmal kurz per
    mail zusammen also rechnung mit bestellnummer und zahlung zum zehnten" counted as sending
    the invoice only: a good call in speech-to-text spelling scored 93 silver with two false
    "not met"."""
    runner = _runner("de-behoerde-bestellnummer")
    runner.play(
        [
            "ja hallo äh guten tag herr schulte hier is hoffmann von hoffmann it training",
            "ähm ich ruf an wegen der noch offenen rechnung s 2026 0877 für die datenschuts "
            "schulung also die vier tage",
            "",
            "ah okay verstehe ähm und was bräuchten sie da jetz genau von mir damit das durch geht",
            "alles klar ähm dann schick ich ihnen die rechnung heute noch mal mit der bestell "
            "nummer be 4471 per mail an die beschaffung",
            "und äh wann wär dann der nächste zahlungs lauf also könn wir sagen das geld is bis "
            "zum zehnten dezember da",
            "super dann fass ich ihnen das nochmal kurz per mail zusammen also rechnung mit "
            "bestellnummer und zahlung zum zehnten",
            "ja dann vielen dank herr schulte und äh schönen tag noch wiederhören",
        ]
    )
    result = runner.session.finish()
    checks = [c for c in result["checks"] if c["id"] in ("pin_date", "confirm_in_writing")]
    checks = [c for c in checks if c.get("part") != "letter"]  # the letter is not written here
    assert checks and all(c["passed"] for c in checks), checks
    assert top_but_the_letter(result)


def test_a_generous_day_is_a_day_not_whenever():
    """Twentieth audit, probe p1: "es reicht völlig, wenn die 2.380 Euro bis zum 31. März da
    sind" was read as payment without a day; he answered "Dann überweise ich, sobald ich dazu
    komme" and the call failed on its outcome while the debrief credited the date."""
    runner = _runner("de-stammkunde-urlaub")
    *_, generous = runner.play(
        [
            "Guten Tag Herr Müller, Anna Berger von Berger Elektrotechnik.",
            "Ich rufe wegen der noch offenen Rechnung 2026-117 an.",
            "",
            "Ach, kein Problem, lassen Sie sich ruhig Zeit – es reicht völlig, wenn die 2.380 "
            "Euro bis zum 31. März da sind.",
        ]
    )
    assert "sobald ich dazu komme" not in _reply(generous)
    assert runner.session.call.agreed_terms["date"] == "2027-03-31"


def test_a_day_put_as_enough_is_heard_as_a_day():
    """Twentieth audit, call 07: "Es reicht völlig, wenn die 1.428 Euro bis Ende Februar da
    sind, sagen wir 26. Februar." after a warm preface was heard as empathy only ("Wie gesagt,
    ich zahle dann zügig"), and the call ended without an agreement."""
    runner = _runner("de-erstkunde-rechnung-verloren")
    *_, day = runner.play(
        [
            "Hallo Frau Albers, Lena Vogt hier, von Vogt Grafikdesign.",
            "Ich rufe wegen der noch offenen Rechnung für das neue Logo an.",
            "",
            "Ach herrje, dann ist sie wohl an die alte Mailadresse gegangen. Ich schick sie Ihnen "
            "gleich nochmal an info@baeckerei-albers.de.",
            "Und wissen Sie was, lassen Sie sich ruhig Zeit, mit der zweiten Filiale haben Sie ja "
            "genug um die Ohren. Es reicht völlig, wenn die 1.428 Euro bis Ende Februar da sind, "
            "sagen wir 26. Februar.",
        ]
    )
    assert "26.02.2027" in _reply(day) or "26. Februar" in _reply(day)
    assert runner.session.call.agreed_terms["date"] == "2027-02-26"


def test_one_refused_proposal_and_goodbye_is_giving_up_not_nothing_negotiated():
    """Twentieth audit, call 03: after "Nein" to the 11th the learner said "Gut, dann halten
    wir das so fest. Wiederhören." The debrief said "festgemacht" for the refused day and
    "Nichts wurde verhandelt – kein Termin, kein Betrag, kein Vorschlag"."""
    runner = _runner("de-erstkunde-rechnung-verloren")
    runner.play(
        [
            "Vogt, Vogt Grafikdesign, grüß Sie, Frau Albers.",
            "Ich wollt mal fragen, warum Sie meine Rechnung fürs Logo eigentlich immer noch nicht "
            "bezahlt haben?",
            "Na ja, ich hab sie an die Adresse aus Ihrer Anfrage geschickt.",
            "Können Sie die 1.428 Euro dann bis zum 11. Dezember überweisen?",
            "Gut, dann halten wir das so fest. Wiederhören.",
        ]
    )
    checks = _checks(runner.session.finish())
    # a day he never agreed to earns no date check (thirty-eighth session)
    assert checks["pin_date"]["passed"] is False
    assert checks["pin_date"]["reason"].startswith("Einen Termin und Betrag vorgeschlagen, dem")
    outcome = checks["outcome"]
    assert outcome["passed"] is False and "einzigen Vorschlag" in outcome["reason"]
    assert "11. Dezember" in outcome["evidence"]


def test_small_talk_before_the_point_is_chat_and_the_opening_still_counts():
    """Twentieth audit, call 02: a minute of small talk before the invoice. A guess at asking
    why ("wie läuft's bei Ihnen in der Praxis?", 0.37) made the painter raise her complaint
    and counted as the opening; the Christmas market with a past Saturday was a rebuttal
    ("Wollen Sie mir jetzt erzählen, die Spritzer bilde ich mir ein?")."""
    runner = _runner("de-maler-berechtigter-einwand")
    *_, practice, market, opener = runner.play(
        [
            "Grüß Gott Frau Lindner, Krause hier, vom Malerbetrieb Krause.",
            "Und, wie läuft's bei Ihnen in der Praxis? Jetzt in der Erkältungszeit haben Sie "
            "bestimmt gut zu tun, gell?",
            "Waren Sie schon aufm Christkindlesmarkt? Wir waren am Samstag, war brechend voll.",
            "So, Frau Lindner, ich ruf eigentlich wegen der noch offenen Rechnung für den "
            "Anstrich an, der M-2026-311.",
        ]
    )
    for chat in (practice, market):
        assert "Spritzer" not in _reply(chat) and "zurückgehalten" not in _reply(chat)
    assert "Rechnung" in _reply(opener)
    runner.play(["", "Oh, das tut mir leid. Was genau ist denn in Raum 3 nicht in Ordnung?"])
    strategy = _checks(runner.session.finish())["strategy"]
    assert strategy["passed"] is True, strategy


def test_calling_his_employer_is_heard_as_the_threat_it_is():
    """Sealed set author8: "Wir können auch gerne Ihren Arbeitgeber anrufen …" was no intent
    (threat 0.17); the debrief failed it as unlawful pressure while the customer, with no
    word of the invoice in the line, could have taken it for small talk."""
    runner = _runner("de-stammkunde-urlaub")
    *_, pressure = runner.play(
        [
            "Grüß Gott Herr Müller, Anna Berger von Berger Elektrotechnik.",
            "Ich rufe wegen der noch offenen Rechnung 2026-117 an.",
            "Wir können auch gerne Ihren Arbeitgeber anrufen und mal nachfragen, wie's mit Ihrem "
            "Gehalt aussieht.",
        ]
    )
    assert _reply(pressure) not in ("Ach so, ja.", "Mhm, ja.")
    assert "Ton" in _reply(pressure) or runner.session.call.ended
    threat = _checks(runner.session.finish())["no_premature_threat"]
    assert threat["passed"] is False and threat.get("critical")


def test_the_confirmation_beside_the_read_back_counts_even_with_the_invoice_in_it():
    """Twenty-first audit, call 02: "Also bis zum fünfzehnten Dezember, Rechnung GD-2026-044 –
    und ich schreib Ihnen das mit der Rechnung nochmal kurz in die Mail." counted as re-sending
    the invoice only; the call was capped at silver."""
    runner = _runner("de-erstkunde-rechnung-verloren")
    runner.play(
        [
            "Moin Frau Albers, Lena Vogt von Vogt Grafikdesign.",
            "Ich ruf an wegen der Rechnung fürs neue Logo, die ist noch offen.",
            "",
            "Oh, das tut mir leid. Ich schick sie Ihnen gleich nochmal an "
            "info@baeckerei-albers.de.",
            "Würde es klappen, dass Sie die 1.428 Euro bis zum fünfzehnten überweisen?",
            "Super. Also bis zum fünfzehnten Dezember, Rechnung GD-2026-044 – und ich schreib "
            "Ihnen das mit der Rechnung nochmal kurz in die Mail.",
        ]
    )
    assert _checks(runner.session.finish())["confirm_in_writing"]["passed"] is True


def test_a_call_back_day_is_no_payment_day():
    """Twenty-first audit, call 11: "I'll find it and give you a ring back on Thursday, would
    that be ok?" was a date request (0.21); the customer named his payment run, and a call
    that settled nothing passed 79 silver as a promise to pay."""
    runner = _runner("en-logistics-approval")
    runner.play(
        [
            "Hello, is that Mark Jensen? It's Olivia Grant from Grant Event Catering.",
            "I'm following up on our reminder about invoice GEC-5521, the summer party catering "
            "at the Bristol depot — could you tell me where it's got to?",
            "",
            "Ah, the PO number. I'll have to dig that out, not sure where it is to be honest.",
            "Tell you what, I'll find it and give you a ring back on Thursday, would that be ok?",
            "Great, speak to you Thursday then. Thanks Mark, bye.",
        ]
    )
    result = runner.session.finish()
    assert runner.session.call.outcome not in ("promise_to_pay",)
    assert result["passed"] is False


def test_the_reduced_sum_asked_in_full_is_no_down_payment():
    """Twenty-first audit, call 10: after "how about I knock 10% off, so £2,160", "Could you
    pay the £2,160 by Friday the 11th?" got "£2,160.00 up front, fine. And the rest — by
    when?" — there was no rest — and the debrief said the call ended without an agreement."""
    runner = _runner("en-web-studio-unjustified")
    *_, ask = runner.play(
        [
            "Morning Helen, Ben Carter from Carter Web Studio.",
            "I'm calling about invoice CWS-118 for the website relaunch, it's still outstanding.",
            "",
            "Oh right, the booking form. Look, I don't want this to drag on — how about I knock "
            "10% off, so £2,160, and we call it square?",
            "Brilliant. Could you pay the £2,160 by Friday the 11th?",
        ]
    )
    assert "the rest" not in _reply(ask)
    handle = _checks(runner.session.finish())["handle_objection"]
    assert handle["passed"] is False and handle.get("critical")
    assert runner.session.call.outcome == "compromise"


def test_insisting_on_the_full_sum_against_a_justified_complaint_is_refused():
    """Twenty-first audit, call 03: after arguing with her photos, "ich brauch die 3.570 Euro
    komplett bis zum 11. Dezember" got "Das habe ich jetzt nicht ganz verstanden" from an
    angry customer; she refuses now."""
    runner = _runner("de-maler-berechtigter-einwand")
    *_, demand = runner.play(
        [
            "Grüß Gott Frau Lindner, Krause vom Malerbetrieb Krause.",
            "Ich ruf wegen der noch offenen Rechnung für den Anstrich an, der M-2026-311.",
            "",
            "Also Frau Lindner, die Spritzer sind so gut wie nix, das war ordentlich gemacht.",
            "Frau Lindner, die Arbeit ist gemacht, ich brauch die 3.570 Euro komplett bis zum "
            "11. Dezember.",
        ]
    )
    assert "nicht ganz verstanden" not in _reply(demand)
    assert runner.session.call.state in ("verweigert", "veraergert")


def test_time_left_for_the_next_job_leaves_no_payment_open():
    """Nineteenth audit, call 12: after "Fine — I'll pay. When do you need it?", "so phase one
    is done and delivered, happy to get started on the booking form whenever youre ready" was
    read as "pay whenever", and she backed off to "when accounts next get round to it"."""
    runner = _runner("en-web-studio-unjustified")
    *_, fine, later = runner.play(
        [
            "hi helen its ben from carter web studio",
            "just calling about invoice CWS-118 for phase one of the relaunch, its still open",
            "",
            "ok sorry to hear that, what exactly do you feel is missing from the site",
            "right the booking form. so that ones actually phase two, you emailed me on 12 august "
            "to push it back, and you signed off phase one on the 3rd of october",
            "so phase one is done and delivered, happy to get started on the booking form "
            "whenever youre ready",
        ]
    )
    assert "I'll pay" in _reply(fine)
    assert "get round to it" not in _reply(later)
