"""German coaching texts. Every check has: advice (what the guide recommends), better (a
line the learner could have said), reasons (one line per verdict, shown beside the turn)
and missing (the evidence when there is nothing of the learner's to quote)."""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, Any] = {
    "quote": "„{}“",
    "pause": "(Schweigen)",
    "then": " → ",
    "unknown_date": "… (Datum ergänzen)",
    "months": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "weekdays": [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ],
    "date_long": "{weekday}, den {day}. {month}",
    "checks": {
        "identify": {
            "advice": "Nennen Sie gleich zu Beginn Ihren Namen und den Ihres Unternehmens – "
            "so weiß der Kunde, mit wem er spricht, bevor es um Geld geht.",
            "better": "Guten Tag {salutation}, hier ist {caller_name} von {caller_company}.",
            "reasons": {
                "pass": "Name und Firma genannt.",
                "missing_both": "Weder Ihren Namen noch Ihre Firma genannt.",
                "missing_name": "Die Firma genannt, aber nicht Ihren eigenen Namen.",
                "missing_company": "Ihren Namen genannt, aber nicht Ihre Firma.",
            },
            "missing": {
                "missing_both": "In Ihren ersten Sätzen fehlen Name ({caller_name}) und "
                "Firma ({caller_company}).",
                "missing_name": "{quote} – Ihr Name ({caller_name}) fehlt.",
                "missing_company": "{quote} – Ihre Firma ({caller_company}) fehlt.",
            },
        },
        "no_accusation": {
            "advice": "Steigen Sie ohne Vorwurf ein. Ein Satz wie „Ich möchte mich erkundigen, "
            "warum Sie meine Rechnung nicht bezahlt haben!“ wirkt als Angriff: Der Kunde "
            "verteidigt sich, und das Gespräch wird sofort aggressiv.",
            "better": "Ich rufe wegen der noch offenen Rechnung Nr. {invoice_number} an …",
            "reasons": {
                "pass": "Sachlicher Einstieg ohne Vorwurf.",
                "fail": "Vorwurf im Einstieg – der Kunde hört einen Angriff.",
                "later": "Ein Vorwurf später im Gespräch – Vorwürfe kosten zu jedem Zeitpunkt, "
                "nicht nur im Einstieg.",
            },
            "missing": {"pass": "Kein Vorwurf in Ihren ersten Sätzen."},
        },
        "strategy": {
            "advice": "Zwei Wege funktionieren: (1) nur „Ich rufe wegen der noch offenen "
            "Rechnung an …“ sagen und dann schweigen – der Kunde fängt fast immer von selbst "
            "an zu reden; oder (2) nicht nach Gründen fragen, sondern gleich eine Lösung "
            "anbieten: „Ich möchte mit Ihnen klären, wie wir Ihre Außenstände bei uns "
            "reduzieren. Ich habe einen Vorschlag …“",
            "advice_let_them_talk": "Strategie 1: Nach dem Hinweis auf die offene Rechnung "
            "schweigen. Die Pause arbeitet für Sie – der Kunde erklärt sich von selbst.",
            "advice_offer_solution": "Strategie 2: Nicht nach Gründen fragen, sondern "
            "selbstbewusst eine Lösung anbieten.",
            "better": "Ich rufe wegen der noch offenen Rechnung Nr. {invoice_number} an … "
            "(und dann schweigen, bis der Kunde spricht)",
            "better_offer_solution": "Ich möchte mit Ihnen klären, wie wir Ihre Außenstände "
            "bei uns reduzieren. Ich habe einen Vorschlag …",
            "reasons": {
                "pass_let_them_talk": "Strategie 1: offene Rechnung erwähnt, dann geschwiegen.",
                "pass_offer_solution": "Strategie 2: gleich eine Lösung angeboten.",
                "filled_silence": "Nach dem Hinweis nicht geschwiegen, sondern nachgelegt.",
                "no_purpose": "Die offene Rechnung nie sachlich angesprochen.",
                "accusation": "Statt einer der beiden Strategien ein Vorwurf.",
                "asked_reason": "Nach dem Grund gefragt, statt zu schweigen oder eine "
                "Lösung anzubieten.",
                "no_follow": "Nach dem Hinweis auf die Rechnung endete das Gespräch.",
                "no_strategy": "Gleich eine Forderung gestellt, ohne eine der beiden Strategien.",
            },
            "missing": {
                "no_purpose": "Die offene Rechnung wurde nie sachlich angesprochen.",
                "no_follow": "{quote} – danach kam nichts mehr.",
            },
        },
        "pin_date": {
            "advice": "Ein „bald“ ist keine Zusage. Machen Sie einen konkreten Termin und den "
            "Betrag fest – lassen Sie ihn sich nennen oder schlagen Sie selbst einen vor – "
            "und wiederholen Sie beides.",
            "better": "Kein Problem, das kann passieren. Können Sie die {amount} bis "
            "{date} überweisen?",
            "reasons": {
                "pass": "Konkreten Termin und Betrag festgemacht.",
                "vague": "Nach einem Termin gefragt, aber ohne konkretes Datum.",
                "no_amount": "Ein Datum genannt, aber offen gelassen, welcher Betrag.",
                "missing": "Keinen konkreten Zahlungstermin festgemacht.",
            },
            "missing": {"missing": "Kein Satz mit einem konkreten Datum für die Zahlung."},
            "found": "{quote} – Termin: {date}, Betrag: {amount}",
        },
        "clarify_objection": {
            "advice": "Fragen Sie bei einem Einwand zuerst nach, was genau nicht in Ordnung "
            "ist. Erst dann wissen Sie, ob Sie ihn mit Fakten ausräumen oder einen Kompromiss "
            "anbieten.",
            "better": "Das tut mir leid zu hören. Was genau ist Ihnen denn aufgefallen?",
            "reasons": {
                "pass": "Beim Einwand genau nachgefragt.",
                "argued_first": "Gleich argumentiert, ohne nachzufragen, was genau nicht stimmt.",
                "missing": "Nicht nachgefragt, was genau am Einwand dran ist.",
            },
            "missing": {
                "missing": "Nach dem Einwand „{claim}“ keine Nachfrage, was genau nicht stimmt."
            },
        },
        "handle_objection": {
            "advice_unjustified": "Der Einwand „{claim}“ ist unberechtigt: Räumen Sie ihn "
            "sachlich mit Fakten aus ({facts}). Wer hier nachgibt, verschenkt Geld, das ihm "
            "zusteht.",
            "advice_justified": "Der Einwand „{claim}“ ist berechtigt: Bieten Sie einen "
            "Kompromiss an – nachbessern, den Preis mindern oder eine Zugabe – statt ihn "
            "wegzudiskutieren. Bestätigen Sie ihn danach schriftlich.",
            "better_unjustified": "Ich verstehe, dass Sie das ärgert. Schauen wir auf die "
            "Fakten: {facts}",
            "better_justified": "Da haben Sie recht, das tut mir leid. Mein Vorschlag: Wir "
            "bessern das kostenlos nach – oder wir reduzieren den Preis.",
            "reasons": {
                "pass_rebut": "Unberechtigten Einwand mit Fakten ausgeräumt.",
                "pass_compromise": "Auf den berechtigten Einwand mit einem Kompromiss reagiert.",
                "rebutted_justified": "Einen berechtigten Einwand weggeredet, statt einen "
                "Kompromiss anzubieten.",
                "conceded_unjustified": "Bei einem unberechtigten Einwand nachgegeben, ohne "
                "ihn mit Fakten auszuräumen.",
                "missing": "Auf den Einwand weder mit Fakten noch mit einem Kompromiss reagiert.",
            },
            "missing": {
                "missing": "Auf den Einwand „{claim}“ kam weder ein Fakt noch ein Kompromiss."
            },
            "default_facts": "Auftrag, Lieferschein, unterschriebene Abnahme",
        },
        "down_payment": {
            "advice": "Gibt der Kunde Geldmangel an, verlangen Sie eine Anzahlung – als "
            "Zeichen, dass er zahlen will. Das ist immer noch besser, als gar kein Geld zu "
            "sehen, und es sichert Ihre Forderung.",
            "better": "Ich verstehe, dass es gerade eng ist. Können Sie heute schon "
            "{down_amount} als Anzahlung überweisen?",
            "reasons": {
                "pass": "Um eine Anzahlung gebeten.",
                "missing": "Keine Anzahlung verlangt.",
            },
            "missing": {"missing": "Im ganzen Gespräch keine Bitte um eine Anzahlung."},
        },
        "date_for_rest": {
            "advice": "Legen Sie mit der Anzahlung sofort auch den Termin fest, zu dem der "
            "Rest bei Ihnen eintrifft – sonst bleibt es bei „sobald ich kann“.",
            "better": "Und die restlichen {rest_amount} überweisen Sie bis {date} – passt das?",
            "reasons": {
                "pass": "Termin für den Rest festgemacht.",
                "no_date": "Anzahlung verlangt, aber keinen Termin für den Rest.",
                "missing": "Keinen Termin für den Rest festgelegt.",
            },
            "missing": {
                "no_date": "{quote} – danach kein konkretes Datum für den Rest.",
                "missing": "Kein konkreter Termin für den Restbetrag im Gespräch.",
            },
        },
        "no_premature_threat": {
            "advice": "Drohen Sie nicht vorschnell mit Gericht, Anwalt, Inkasso oder SCHUFA – "
            "das verhärtet nur die Fronten. Den Rechtsweg kündigen Sie ruhig und sachlich an, "
            "und erst, wenn keine Einigung möglich war.",
            "better": "Lassen Sie uns eine Lösung finden, mit der wir beide leben können.",
            "reasons": {
                "pass": "Keine vorschnelle Drohung.",
                "threat": "Mit rechtlichen Schritten gedroht.",
                "too_early": "Den Rechtsweg angekündigt, bevor die Verhandlung gescheitert war.",
                "unlawful": "Unzulässiger Druck – damit ist das Gespräch nicht bestanden.",
                "letter_unlawful": "Unzulässiger Druck im Schreiben – damit ist das Gespräch nicht "
                "bestanden.",
                "letter_threat": "Eine Drohung in der Bestätigung – sie macht das freundliche "
                "Gespräch zunichte.",
            },
            "advice_unlawful": "Mit Strafanzeige, Staatsanwaltschaft oder Polizei zu drohen, mit "
            "einem Schufa-Eintrag, mit Gerichtsvollzieher oder Pfändung (die gibt es nur mit "
            "einem gerichtlichen Titel), Dritten von der Schuld zu erzählen oder Gebühren zu "
            "erfinden, ist unzulässiger Druck – rechtlich angreifbar (Nötigung), es zerstört die "
            "Geschäftsbeziehung, die der Artikel erhalten will, und bringt kein Geld. Scheitert "
            "die Verhandlung, kündigen Sie ruhig den Rechtsweg an: mit Beweisen, über einen "
            "Anwalt oder das gerichtliche Mahnverfahren.",
            "better_unlawful": "Schade, dass wir uns nicht einigen konnten. Ich werde die "
            "Forderung nun im gerichtlichen Mahnverfahren geltend machen.",
            "missing": {"pass": "Im ganzen Gespräch keine Drohung."},
        },
        "confirm_in_writing": {
            "advice": "Bestätigen Sie die Vereinbarung kurz per E-Mail oder Fax: Dank für das "
            "freundliche Gespräch, die Rechnungsnummer, der zugesagte Termin.",
            "better": "Ich schicke Ihnen das gleich noch kurz per E-Mail zur Bestätigung.",
            "reasons": {
                "pass": "Schriftliche Bestätigung angekündigt.",
                "missing": "Die Vereinbarung nicht schriftlich bestätigt.",
            },
            "missing": {"missing": "Im Gespräch keine schriftliche Bestätigung angekündigt."},
            "parts": {
                "thanks": {
                    "pass": "Dank für das Gespräch steht drin.",
                    "fail": "Der Dank für das freundliche Gespräch fehlt.",
                    "better": "Herzlichen Dank für das freundliche Gespräch.",
                },
                "invoice_number": {
                    "pass": "Rechnungsnummer genannt.",
                    "fail": "Die Rechnungsnummer {invoice_number} fehlt.",
                    "better": "Sie hatten zugesichert, die offene Rechnung Nr. "
                    "{invoice_number} zu begleichen.",
                },
                "date": {
                    "pass": "Zugesagter Termin genannt.",
                    "fail": "Der zugesagte Termin ({promised_date}) fehlt.",
                    "better": "… bis zum {promised_date} zu begleichen.",
                },
            },
        },
        "instalment_terms": {
            "advice": "Bei einer Teilzahlungsvereinbarung formulieren Sie ausführlicher und "
            "halten die Zahlungsmodalitäten fest: jede Zahlung mit Betrag und Termin.",
            "better": "Wie besprochen zahlen Sie: {terms}.",
            "reasons": {
                "pass": "Zahlungen mit Beträgen und Terminen festgehalten.",
                "missing": "Die Zahlungen nicht vollständig mit Betrag und Termin festgehalten.",
            },
            "missing": {"missing": "Im Schreiben fehlen: {missing_terms}."},
        },
        "countersign": {
            "advice": "Bitten Sie den Kunden, die Teilzahlungsvereinbarung mit seiner "
            "Unterschrift zu bestätigen – und schicken Sie sie abgesprochen (z. B. per Fax), "
            "damit sie niemandem „Falschen“ in die Hände fällt.",
            "better": "Bitte bestätigen Sie diese Vereinbarung mit Ihrer Unterschrift und "
            "senden Sie sie mir zurück.",
            "reasons": {
                "pass": "Um die Unterschrift des Kunden gebeten.",
                "missing": "Nicht um die Unterschrift des Kunden gebeten.",
            },
            "missing": {"missing": "Keine Bitte, die Vereinbarung zu unterschreiben."},
        },
        "next_step": {
            "advice_legal_route": "Nach einem gescheiterten Gespräch bringen weitere "
            "Mahnungen nichts. Sie haben Beweise – also der Rechtsweg: Anwalt oder "
            "gerichtliches Mahnverfahren, ruhig und sachlich angekündigt.",
            "advice_waive_claim": "Ihre Beweislage ist schwach, und Anwalt und Gericht "
            "kosten voraussichtlich mehr, als Ihnen zugesprochen würde. Dann ist es klüger, "
            "auf die Forderung zu verzichten, statt den Rechtsweg zu gehen.",
            "better_legal_route": "Schade, dass wir uns nicht einigen konnten. Ich werde die "
            "Forderung nun im gerichtlichen Mahnverfahren geltend machen.",
            "better_waive_claim": "Gut, dann lassen wir die Sache auf sich beruhen. Ich "
            "wünsche Ihnen alles Gute. (Intern: Forderung ausbuchen, keine weitere Mahnung.)",
            "reasons": {
                "pass_legal_route": "Rechtsweg sachlich angekündigt – Sie haben Beweise.",
                "pass_waive_claim": "Auf die Forderung verzichtet – der Rechtsweg lohnt hier "
                "nicht.",
                "missing": "Nach dem gescheiterten Gespräch keinen nächsten Schritt gewählt.",
                "wrong_legal": "Rechtsweg angekündigt, obwohl er hier mehr kostet, als er bringt.",
                "wrong_waive": "Verzichtet, obwohl Ihre Beweise den Rechtsweg tragen.",
                "reminder": "Eine weitere Mahnung angekündigt – nach gescheitertem Gespräch "
                "sinnlos.",
            },
            "missing": {"missing": "Nach dem gescheiterten Gespräch kein nächster Schritt."},
        },
        "outcome": {
            "advice": "Ein Gespräch soll ein Ergebnis bringen: einen konkreten Betrag mit "
            "Termin, eine Anzahlung mit Termin für den Rest, Raten mit Bedingungen, einen "
            "angenommenen Kompromiss – oder, wenn der Kunde nicht zu bewegen ist, die ruhige "
            "Ankündigung des nächsten Schritts. „Bald“ oder „wenn ich kann“ ist keine Zusage, "
            "und ein freundlicher Abschied ohne Vereinbarung ist ein gescheitertes Gespräch.",
            "better": "Können Sie die {amount} bis {date} überweisen? Dann bestätige ich Ihnen "
            "das per E-Mail.",
            "reasons": {
                "pass_agreement": "Das Gespräch hat eine Vereinbarung erreicht ({outcome}).",
                "pass_paid": "Die Rechnung war schon bezahlt.",
                "pass_next_step": "Eine Einigung war nicht möglich, und Sie haben den richtigen "
                "nächsten Schritt angekündigt.",
                "too_few_moves": "Zu wenig verhandelt: Sie haben kein Ergebnis angestrebt.",
                "customer_hung_up": "Der Kunde hat aufgelegt – das Gespräch endete ohne Ergebnis.",
                "learner_hung_up": "Sie haben das Gespräch ohne Ergebnis beendet.",
                "call_back": "Nur ein Rückruf – nichts ist geklärt.",
                "no_agreement": "Das Gespräch endete ohne Vereinbarung.",
                "not_success": "Das Gespräch endete mit „{outcome}“ – das zählt in diesem "
                "Szenario nicht als Ergebnis.",
                "wrong_step": "Der falsche nächste Schritt nach der Weigerung.",
                "step_too_early": "Den nächsten Schritt angekündigt, bevor die Verhandlung "
                "gescheitert war.",
            },
            "missing": {
                "too_few_moves": "Sie haben den Anlass genannt, aber nichts verhandelt – kein "
                "Termin, kein Betrag, kein Vorschlag.",
                "customer_hung_up": "Das Gespräch endete, als der Kunde auflegte; vereinbart "
                "wurde nichts.",
                "learner_hung_up": "Sie haben aufgelegt, bevor etwas vereinbart war.",
                "call_back": "Das Gespräch endete damit, dass der Kunde sich kümmern will – "
                "kein Termin, kein Betrag.",
                "no_agreement": "Das Gespräch endete ohne konkreten Betrag und Termin.",
            },
        },
        "channel": {
            "advice_regular": "Bei einem guten Kunden, zu dem Sie ein persönliches Verhältnis "
            "haben, ist eine schriftliche Mahnung ein schweres Geschütz. Rufen Sie vor der "
            "1. Mahnung an – so brüskieren Sie ihn nicht, bevor Sie den Grund kennen.",
            "advice_first_time": "Auch bei einem Erstkunden, mit dem Sie weiter Geschäfte "
            "machen wollen, ist die freundliche Erinnerung am Telefon das Mittel der Wahl: "
            "Hinter dem Nicht-Zahlen muss keine böse Absicht stecken – vielleicht ist die "
            "Rechnung untergegangen, vielleicht war der Kunde im Urlaub.",
            "advice_large_company": "Bei einem Großunternehmen bringen Sie gleich eine "
            "freundlich formulierte Mahnung auf den Weg: Dort wird der Rechnungseingang "
            "kontrolliert, die Mahnung läuft über die Buchhaltung und erreicht den Empfänger "
            "mit Nachdruck.",
            "advice_authority": "Bei einer Behörde bringen Sie gleich eine freundlich "
            "formulierte Mahnung auf den Weg: Dort wird der Rechnungseingang kontrolliert, "
            "die Mahnung läuft über die Buchhaltung und erreicht den Empfänger mit Nachdruck.",
            "better_call": "Erst anrufen: „Guten Tag {salutation}, hier ist {caller_name} von "
            "{caller_company}. Ich rufe wegen der noch offenen Rechnung an …“",
            "better_written": "Eine freundliche 1. Mahnung: „Sicher ist Ihnen unsere Rechnung "
            "Nr. {invoice_number} über {amount} durchgerutscht. Bitte überweisen Sie den "
            "Betrag bis {date}.“",
            "reasons": {
                "pass": "Richtiger erster Schritt für diesen Kunden.",
                "fail": "Für diesen Kunden nicht der beste erste Schritt.",
            },
            "evidence": "Ihre Wahl: {choice} (Kunde: {customer_type}).",
            "choices": {"call": "Anruf", "written": "schriftliche Mahnung"},
            "types": {
                "regular": "guter Stammkunde",
                "first_time": "Erstkunde",
                "large_company": "Großunternehmen",
                "authority": "Behörde",
            },
        },
    },
    "letter": {
        "salutation": {
            "m": "Sehr geehrter Herr {surname},",
            "f": "Sehr geehrte Frau {surname},",
            "x": "Guten Tag {customer_name},",
        },
        "thanks": "herzlichen Dank für das freundliche Gespräch.",
        "promise": "Sie hatten zugesichert, die offene Rechnung Nr. {invoice_number} über "
        "{amount} bis zum {date} zu begleichen.",
        "compromise": "Wie besprochen {compromise}. Sie hatten zugesichert, die offene "
        "Rechnung Nr. {invoice_number} über {amount} bis zum {date} zu begleichen.",
        "compromise_kinds": {
            "rework": "bessern wir die beanstandete Leistung kostenlos nach",
            "reduction": "reduzieren wir den Rechnungsbetrag um {reduction}",
            "extra": "erhalten Sie von uns die vereinbarte Zugabe: … (bitte ergänzen)",
            "other": "gilt der vereinbarte Kompromiss: … (bitte ergänzen)",
        },
        "instalments": "wie besprochen begleichen Sie die offene Rechnung Nr. "
        "{invoice_number} über {amount} in Teilzahlungen:",
        "down_payment": "- {amount} als Anzahlung {when}",
        "payment": "- {amount} bis zum {date}",
        "now": "sofort",
        "by": "bis zum {date}",
        "countersign": "Bitte bestätigen Sie diese Vereinbarung mit Ihrer Unterschrift und "
        "senden Sie mir das Schreiben per Fax zurück.",
        "signature": "Einverstanden: ______________________  (Datum, Unterschrift {customer_name})",
        "closing": "Ich bedanke mich und freue mich auf unsere weitere Zusammenarbeit!",
        "regards": "Mit freundlichen Grüßen",
        "terms_item": "{amount} bis {date}",
        "terms_down": "{amount} Anzahlung {when}",
        "and": " und ",
    },
    # Words that carry a meaning the intent labels do not: lower case, matched as substrings.
    "outcomes": {
        "promise_to_pay": "Zahlungszusage mit Termin",
        "down_payment_and_plan": "Anzahlung und Termin für den Rest",
        "instalment_plan": "Ratenplan",
        "compromise": "Kompromiss",
        "paid_already": "bereits bezahlt",
        "call_back": "Rückruf",
        "legal_route": "Rechtsweg",
        "waive_claim": "Verzicht auf die Forderung",
        "no_agreement": "keine Vereinbarung",
        "hang_up": "der Kunde hat aufgelegt",
        "none": "kein Ergebnis",
    },
    "keywords": {
        "legal": ["gericht", "anwalt", "inkasso", "rechtliche schritte", "mahnverfahren"],
        "thanks": ["dank", "bedanke"],
        "sign": ["unterschr", "gegenzeichn", "unterzeichn", "signatur"],
        "waive": [
            "verzicht",
            "abschreib",
            "ausbuch",
            "auf sich beruhen",
            "gut sein lassen",
            "erlassen",
        ],
        "reminder": ["mahnung", "zahlungserinnerung"],
        "rest": ["rest", "übrig", "verbleibend"],
        "rework": ["nachbess", "nacharbeit", "reparier", "beheb", "nachliefer"],
        "reduction": [
            "nachlass",
            "rabatt",
            "preisminderung",
            "minder",
            "reduzier",
            "günstiger",
            "erlass",
        ],
        "extra": ["zugabe", "gratis", "geschenk", "obendrauf"],
        "now": ["sofort", "heute", "gleich", "umgehend", "jetzt"],
    },
}
