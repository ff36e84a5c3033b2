"""A reassurance that names the step it rules out is no legal move: "Nobody needs to go to court
over this, we'll sort it out." was a threat 0.54 — a learner calming the customer failed the
call's critical no-threat check.

Lines written in the twenty-second session: 5 of the 12 carried no legal reading. Sixteen
library lines of such reassurances (`negation`, en and de) were tried then: 7 of 12 right, but
the sixty-third audit's veiled opener ("… i would really hate to take this to small claims court
so kindly do the needful today") lost its threat reading, so they were taken out again.

The twenty-third session's rule (`model._reassurance_rules_out_the_step`: every legal word the
line names is negated, the line calms the customer, and no condition is attached) was written
after those twelve, so twelve fresh reassurances and five conditional threats of the same shape
were written before it (below): the twelve are free of a legal reading, the threats keep theirs.
One of the first twelve, with no calming words, was still a known miss; two known misses of
`test_negated_threats.py` (eleventh session) were right then too.

The twenty-fourth session took the rule to lines without calming words: "We don't need lawyers
for this." was a threat 0.91, "Ein Inkassobüro schalten wir da nicht ein." 1.00. Twenty-four
such lines and twelve threats that use a negation were written before the change (below):
16 of the 24 carried a legal reading, none does now; the twelve threats keep
theirs. Without calming words the rule is stricter: the negator must stand in the legal word's
own clause, and nothing may press the customer or negate the agreement or the payment instead
(`model._PRESSURE`) — the library's announcements ("Since we couldn't agree, it goes to our
lawyer") and conditional threats ("Zahlen Sie nicht, landet das Ganze vor Gericht") stay legal.
"""

from __future__ import annotations

import pytest

LEGAL = {"threaten_legal", "announce_legal_route"}

REASSURANCES = [
    ("en", "There's no need for solicitors, I'm sure we can agree something."),
    ("en", "Relax, I'm not calling to threaten you with court."),
    ("de", "Ein Anwalt ist hier überhaupt nicht nötig."),
    ("de", "Ich rufe nicht an, um mit dem Gericht zu drohen."),
    ("de", "Niemand muss hier einen Mahnbescheid fürchten."),
    # read as a legal move until the twenty-third session's rule
    ("en", "Nobody needs to go to court over this, we'll sort it out."),
    ("en", "We won't be passing this to collections, don't worry."),
    ("en", "No lawyers, no agencies — just you and me finding a way."),
    ("de", "Vor Gericht muss das keiner bringen, wir einigen uns schon."),
    ("de", "Das geht nicht ans Inkasso, keine Sorge."),
    ("de", "Ohne Anwalt und ohne Gericht, nur wir zwei, wir finden was."),
]

#: Written before the rule (twenty-third session); two of the English ones carried a threat
#: reading (0.74, 0.46) before it.
FRESH_REASSURANCES = [
    (
        "en",
        "Don't worry, nobody is taking you to court over a late invoice, "
        "we'll sort it out together.",
    ),
    (
        "en",
        "No one's calling in the bailiffs, no worries, let's just find a way that works for you.",
    ),
    (
        "en",
        "I'm not going to hand this to a debt collector, rest assured, we'll work something out.",
    ),
    ("en", "We're not talking solicitors here, don't worry, just a plan you can manage."),
    ("en", "It won't go to collections, no worries at all — let's agree a date."),
    ("en", "Nobody's sending lawyers round, honestly, we'll figure it out between us."),
    ("de", "Keine Sorge, wir schalten kein Inkasso ein, wir finden schon eine Lösung."),
    ("de", "Da muss kein Anwalt ran, keine Sorge, das kriegen wir zusammen hin."),
    ("de", "Niemand denkt hier an einen Mahnbescheid, wir einigen uns schon."),
    ("de", "Mit Gericht hat das nichts zu tun, keine Sorge, wir finden einen Weg."),
    ("de", "Ich gebe das nicht ans Inkasso, keine Angst, wir machen einen Plan."),
    ("de", "Kein Anwalt, kein Gericht – wir regeln das unter uns, versprochen."),
]

#: Pressure dressed as reassurance: a condition, a "yet", a "but" keeps the legal reading.
CONDITIONAL_THREATS = [
    ("en", "Don't worry, nobody goes to court as long as you pay by Friday."),
    ("en", "No lawyers yet, but if nothing arrives by the 15th, it goes to our solicitor."),
    ("de", "Keine Sorge, vor Gericht muss das nicht, solange Sie bis Freitag zahlen."),
    ("de", "Noch kein Anwalt, aber wenn bis zum 15. nichts kommt, geht es zum Inkasso."),
    ("de", "Niemand will ein Gerichtsverfahren, also zahlen Sie heute, dann ist Ruhe."),
]

#: No calming words, only the negation; written before the twenty-fourth session's change
#: (16 of these 24 carried a legal reading, up to 1.00), plus the twenty-second session's
#: known miss ("go anywhere near a court": threat 0.61 beside empathy 0.61).
PLAIN_RULED_OUT = [
    ("en", "This doesn't have to go anywhere near a court."),
    ("en", "We don't need lawyers for this."),
    ("en", "There's no need to involve a collection agency here."),
    ("en", "Nobody is sending anything to the solicitors."),
    ("en", "We're not going to pass this to debt collectors."),
    ("en", "There won't be any court action from our side."),
    ("en", "I'm not calling to talk about legal action."),
    ("en", "No bailiffs, no courts, I just want to sort out the invoice with you."),
    ("en", "We have never taken a customer to court and we're not starting now."),
    ("en", "It doesn't need to become a legal matter at all."),
    ("en", "Our lawyer isn't involved and won't be."),
    ("en", "Taking this to court makes no sense for either of us."),
    ("de", "Einen Anwalt brauchen wir dafür nicht."),
    ("de", "Das muss überhaupt nicht vor Gericht."),
    ("de", "Ein Inkassobüro schalten wir da nicht ein."),
    ("de", "Von einem Mahnbescheid ist nicht die Rede."),
    ("de", "Wir geben das nicht ans Inkasso weiter."),
    ("de", "Rechtliche Schritte sind bei uns kein Thema."),
    ("de", "Kein Gericht, kein Inkasso, ich will das einfach mit Ihnen klären."),
    ("de", "Wir haben noch nie einen Kunden verklagt und fangen jetzt nicht damit an."),
    ("de", "Das muss gar keine rechtliche Angelegenheit werden."),
    ("de", "Unser Anwalt ist da nicht eingeschaltet und wird es auch nicht."),
    ("de", "Ein Gerichtsverfahren bringt weder Ihnen noch uns etwas."),
    # a known miss until the purpose clause ("…, um … zu …") joined the clause before it
    ("de", "Ich rufe nicht an, um mit dem Anwalt zu drohen."),
]

#: The credit file is a legal step too (GUIDE §5 names SCHUFA); 6 of these 8 were a threat
#: (up to 0.98) before the rule counted "credit file / report / rating …", "Auskunftei" and
#: "Bonität" (written before that change, with the six threats below).
CREDIT_FILE_RULED_OUT = [
    ("en", "We won't report anything to the credit agencies."),
    ("en", "Nothing will go on your credit file, I promise."),
    ("en", "Don't worry, nothing goes on your credit report."),
    ("en", "Your credit rating isn't affected by this at all."),
    ("en", "There's no mark on your credit history from us."),
    ("de", "Bei der Auskunftei wird nichts gemeldet."),
    ("de", "Ihre Bonität ist davon überhaupt nicht betroffen."),
    ("de", "Es gibt keinen Schufa-Eintrag."),
]
CREDIT_FILE_THREATS = [
    ("en", "If you don't pay, we'll report this to the credit bureaus."),
    ("en", "This will go on your credit file."),
    ("en", "You don't want this on your credit file."),
    ("en", "Nothing goes on your credit file as long as you pay by Friday."),
    ("de", "Wenn Sie nicht zahlen, melden wir das der Auskunftei."),
    ("de", "Sie wollen doch keinen Eintrag bei der Auskunftei, oder?"),
]

#: Threats and announcements with a negation in them: written with the lines above (the first
#: twelve) or taken from the library's shapes the rule must leave alone (the rest).
NEGATION_KEEPS_THE_STEP = [
    ("en", "You don't want our lawyers knocking on your door, believe me."),
    ("en", "I won't hesitate to hand this to the debt collectors."),
    ("en", "If it's not paid by Friday, it goes to court."),
    ("en", "Don't make me call the solicitors."),
    ("en", "We're not bluffing: the bailiffs will be there next week."),
    ("en", "Nobody wants a court case, so pay by Monday."),
    ("de", "Mit unserem Anwalt wollen Sie es nicht zu tun bekommen, glauben Sie mir."),
    ("de", "Wir werden nicht zögern, das Inkasso einzuschalten."),
    ("de", "Wenn das bis Freitag nicht bezahlt ist, geht es vor Gericht."),
    ("de", "Zwingen Sie mich nicht, den Anwalt einzuschalten."),
    ("de", "Das ist kein Bluff: Nächste Woche kommt der Gerichtsvollzieher."),
    ("de", "Vor Gericht will keiner, also zahlen Sie bis Montag."),
    ("en", "Since we couldn't agree, we're passing the matter to our solicitor."),
    ("en", "We're not getting anywhere, so I'll take the legal route."),
    ("en", "I'm handing this to a debt collector today, and they won't be as nice as me."),
    ("en", "It's not a threat, it's a promise: no payment, and the debt collector gets it."),
    ("en", "Without an agreement, the next step is the county court, that's not a threat."),
    ("de", "Da wir uns nicht einigen konnten, geht die Sache an unseren Anwalt."),
    ("de", "Sollten Sie nicht zahlen, beantragen wir einen Mahnbescheid."),
    ("de", "Zahlen Sie nicht, landet das Ganze vor Gericht."),
    ("de", "Das ist keine Drohung, nur ein Hinweis: Unsere Kanzlei wartet schon auf die Akte."),
    ("de", "Ein Anruf bei der SCHUFA, und Sie kriegen nicht mal mehr einen Handyvertrag."),
]


@pytest.mark.parametrize(
    ("lang", "text"), REASSURANCES + FRESH_REASSURANCES + PLAIN_RULED_OUT + CREDIT_FILE_RULED_OUT
)
def test_ruling_a_legal_step_out_is_no_legal_move(lang, text, recognise):
    rec = recognise(lang, text)
    legal = [h for h in rec.intents if h.intent in LEGAL and h.confidence >= 0.4]
    assert not legal, rec.intents


@pytest.mark.parametrize(("lang", "text"), CONDITIONAL_THREATS + NEGATION_KEEPS_THE_STEP)
def test_a_condition_or_pressure_keeps_the_legal_step(lang, text, recognise):
    rec = recognise(lang, text)
    assert any(h.intent in LEGAL and h.confidence >= 0.5 for h in rec.intents), rec.intents


@pytest.mark.parametrize(("lang", "text"), CREDIT_FILE_THREATS)
def test_the_credit_file_as_pressure_stays_a_threat(lang, text, recognise):
    rec = recognise(lang, text)
    assert any(h.intent == "threaten_legal" and h.confidence >= 0.5 for h in rec.intents), (
        rec.intents
    )
