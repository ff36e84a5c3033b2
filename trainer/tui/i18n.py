"""Every word the app shows, in German and English, in one place.

The interface follows the scenario's language unless the learner switches it; the
library (which lists both languages) follows the saved choice or $LANG. Learner and
customer text never passes through here: it is shown as it was said.
"""

from __future__ import annotations

import os

from ..guide import CHECK_NAMES

LANGUAGES = ("de", "en")

STRINGS: dict[str, dict[str, str]] = {
    # --- app-wide -------------------------------------------------------------------
    "app_title": {"de": "Mahngespräch-Trainer", "en": "Collection-call trainer"},
    "quit": {"de": "Beenden", "en": "Quit"},
    "language": {"de": "Sprache", "en": "Language"},
    "palette": {"de": "Befehle", "en": "Commands"},
    # Short footer labels (the footer must fit 80 columns; the palette has the long ones).
    "key_call": {"de": "Anruf", "en": "Call"},
    "key_written": {"de": "Schriftlich", "en": "Written"},
    "key_start": {"de": "Beginnen", "en": "Start"},
    "key_letter": {"de": "Brief prüfen", "en": "Check letter"},
    "key_library": {"de": "Übersicht", "en": "Library"},
    "switch_language": {"de": "Sprache wechseln", "en": "Switch language"},
    "switch_language_help": {
        "de": "Oberfläche Deutsch ↔ Englisch",
        "en": "Interface German ↔ English",
    },
    "language_now": {"de": "Oberfläche: {name}", "en": "Interface: {name}"},
    "lang_de": {"de": "Deutsch", "en": "German"},
    "lang_en": {"de": "Englisch", "en": "English"},
    "practice": {"de": "Übung", "en": "Practice"},
    "exam": {"de": "Prüfung", "en": "Exam"},
    "mode_now": {
        "de": "Modus: {mode} — Rückmeldung {when}",
        "en": "Mode: {mode} — feedback {when}",
    },
    "feedback_during": {"de": "während des Gesprächs", "en": "during the call"},
    "feedback_end": {"de": "erst in der Auswertung", "en": "only in the debrief"},
    "toggle_mode": {"de": "Übung/Prüfung", "en": "Practice/exam"},
    "toggle_mode_help": {
        "de": "Prüfung: keine Hinweise, Stimmung und Rückmeldung bis zur Auswertung",
        "en": "Exam: no hints, mood or feedback until the debrief",
    },
    "error_unexpected": {
        "de": "Unerwarteter Fehler: {error}. Das Gesagte ist im Protokoll gesichert.",
        "en": "Unexpected error: {error}. What was said is saved in the journal.",
    },
    "learner": {"de": "Lernende/r", "en": "Learner"},
    # --- learner name -----------------------------------------------------------------
    "name_title": {"de": "Wie heißen Sie?", "en": "What is your name?"},
    "name_help": {
        "de": "Der Name steht in Ihren Gesprächsprotokollen. Er wird gespeichert und "
        "nur einmal gefragt.",
        "en": "Your name goes into your call transcripts. It is remembered, so you are "
        "asked only once.",
    },
    "name_placeholder": {"de": "Vor- und Nachname", "en": "First and last name"},
    "name_ok": {"de": "Weiter", "en": "Continue"},
    "name_empty": {"de": "Bitte einen Namen eingeben.", "en": "Please enter a name."},
    "change_name": {"de": "Namen ändern", "en": "Change name"},
    "name_help_web": {
        "de": "Der Name steht in Ihren Gesprächsprotokollen. Im Browser wird er in jeder "
        "Sitzung einmal gefragt.",
        "en": "Your name goes into your call transcripts. In the browser it is asked once "
        "per session.",
    },
    "change_name_help": {
        "de": "Den gespeicherten Namen der lernenden Person ändern",
        "en": "Change the learner name that is remembered",
    },
    # --- library ----------------------------------------------------------------------
    "library": {"de": "Szenarien", "en": "Scenarios"},
    "search_placeholder": {
        "de": "Suchen: Titel, Sprache, Kundentyp, Reaktion … (/)",
        "en": "Search: title, language, customer type, reaction … (/)",
    },
    "col_title": {"de": "Titel", "en": "Title"},
    "col_lang": {"de": "Sprache", "en": "Lang."},
    "col_type": {"de": "Kundentyp", "en": "Customer type"},
    "col_persona": {"de": "Reaktion", "en": "Reaction"},
    "col_difficulty": {"de": "Stufe", "en": "Level"},
    "col_best": {"de": "Bestwert", "en": "Best"},
    "col_attempts": {"de": "Versuche", "en": "Tries"},
    "surprise": {"de": "Überraschung", "en": "surprise"},
    "loading": {"de": "Szenarien werden geladen …", "en": "Loading scenarios …"},
    "no_scenarios": {
        "de": "Keine Szenarien in {folder}. Mit --scenarios DIR einen Ordner angeben.",
        "en": "No scenarios in {folder}. Point to a folder with --scenarios DIR.",
    },
    "no_match": {"de": "Kein Szenario passt zu „{query}“.", "en": "No scenario matches '{query}'."},
    "broken_title": {
        "de": "Fehlerhafte Szenarien (nicht spielbar — mit trainer validate prüfen)",
        "en": "Broken scenarios (cannot be played — check with trainer validate)",
    },
    "recovered_title": {
        "de": "Unterbrochene Gespräche (gesichert, ansehen mit R)",
        "en": "Interrupted calls (saved, review with R)",
    },
    "recovered_note": {
        "de": "{count} unterbrochene(s) Gespräch(e) wiederhergestellt — nichts Gesagtes "
        "ging verloren.",
        "en": "{count} interrupted call(s) recovered — nothing that was said was lost.",
    },
    "turns_n": {"de": "{n} Züge", "en": "{n} turns"},
    "start": {"de": "Starten", "en": "Start"},
    "search": {"de": "Suchen", "en": "Search"},
    "review": {"de": "Protokolle", "en": "Transcripts"},
    "review_not_in_browser": {
        "de": "Im Browser zeigt die Übung keine Protokolle anderer: Ihre Trainerin oder Ihr "
        "Trainer sieht sie unter /review.",
        "en": "In the browser, practice shows no one else's transcripts: your trainer reviews "
        "them at /review.",
    },
    "review_help": {
        "de": "Gespeicherte Gespräche ansehen (Prüfansicht)",
        "en": "Browse saved calls (review mode)",
    },
    "open_scenario_help": {"de": "Gewähltes Szenario öffnen", "en": "Open the chosen scenario"},
    "scenario_unknown": {"de": "Szenario nicht gefunden: {ref}", "en": "No such scenario: {ref}"},
    # --- briefing --------------------------------------------------------------------
    "briefing": {"de": "Einweisung", "en": "Briefing"},
    "situation": {"de": "Die Lage", "en": "The situation"},
    "you": {"de": "Sie", "en": "You"},
    "customer": {"de": "Kunde", "en": "Customer"},
    "invoice": {"de": "Rechnung", "en": "Invoice"},
    "invoice_line": {
        "de": "Nr. {number} über {amount}{service}{due}",
        "en": "No. {number} for {amount}{service}{due}",
    },
    "due_on": {"de": ", fällig am {date}", "en": ", due on {date}"},
    "type_line": {"de": "Kundentyp: {type}", "en": "Customer type: {type}"},
    "persona_line": {"de": "Erwartete Reaktion: {persona}", "en": "Expected reaction: {persona}"},
    "persona_hidden": {
        "de": "Wie der Kunde reagiert, erfahren Sie im Gespräch.",
        "en": "How the customer reacts, you will find out on the call.",
    },
    "channel_question": {
        "de": "Ihr erster Schritt: Wie gehen Sie vor?",
        "en": "Your first step: how do you go about it?",
    },
    "channel_call": {"de": "Anrufen", "en": "Phone call"},
    "channel_written": {"de": "Schriftlich mahnen", "en": "Written reminder"},
    "channel_right": {"de": "✓ Richtig: {reason}", "en": "✓ Right: {reason}"},
    "channel_wrong": {"de": "✗ Nicht ideal: {reason}", "en": "✗ Not ideal: {reason}"},
    "channel_noted": {
        "de": "Ihre Wahl ist notiert; die Rückmeldung folgt in der Auswertung.",
        "en": "Your choice is noted; the feedback follows in the debrief.",
    },
    "channel_then_call": {
        "de": "Dieses Szenario übt das Telefonat. Weiter mit „Gespräch beginnen“.",
        "en": "This scenario practises the call. Continue with 'Start the call'.",
    },
    "channel_followup": {
        "de": "Bei diesem Kunden geht zuerst die schriftliche Mahnung hinaus — das ist hier "
        "schon geschehen (siehe „Die Lage“). Dieses Szenario übt das Nachfass-Telefonat "
        "danach. Weiter mit „Gespräch beginnen“.",
        "en": "With this customer the written reminder goes first — here it has already been "
        "sent (see 'The situation'). This scenario practises the follow-up call after it. "
        "Continue with 'Start the call'.",
    },
    "channel_call_anyway": {
        "de": "Dieses Szenario übt das Telefonat, das hier der richtige erste Schritt ist. "
        "Weiter mit „Gespräch beginnen“.",
        "en": "This scenario practises the call, the right first step here. Continue with "
        "'Start the call'.",
    },
    "start_call": {"de": "Gespräch beginnen", "en": "Start the call"},
    "preparing": {"de": "Gespräch wird vorbereitet …", "en": "Preparing the call …"},
    "back": {"de": "Zurück", "en": "Back"},
    "choose_channel_first": {
        "de": "Bitte zuerst den ersten Schritt wählen.",
        "en": "Please choose your first step first.",
    },
    # --- call ------------------------------------------------------------------------
    "call": {"de": "Gespräch", "en": "Call"},
    "input_placeholder": {
        "de": "Was sagen Sie? Enter sendet, leeres Enter = bewusst schweigen",
        "en": "What do you say? Enter sends, empty Enter = stay silent on purpose",
    },
    "pause": {"de": "Schweigen", "en": "Stay silent"},
    "pause_turn": {"de": "… Sie schweigen bewusst …", "en": "… you stay silent on purpose …"},
    "hint": {"de": "Hinweis", "en": "Hint"},
    "hint_off_exam": {
        "de": "Im Prüfungsmodus gibt es keine Hinweise.",
        "en": "There are no hints in exam mode.",
    },
    "end_call": {"de": "Auflegen", "en": "Hang up"},
    "end_call_help": {"de": "Das Gespräch beenden", "en": "End the call"},
    "hang_up_title": {"de": "Auflegen?", "en": "Hang up?"},
    "hang_up_question": {
        "de": "Damit ist das Gespräch zu Ende, und es geht zur Auswertung. "
        "Wirklich auflegen? (Enter = weitersprechen, F4 = auflegen)",
        "en": "This ends the call and takes you to the debrief. "
        "Hang up now? (Enter = keep talking, F4 = hang up)",
    },
    "hang_up_yes": {"de": "Auflegen", "en": "Hang up"},
    "hang_up_no": {"de": "Weitersprechen", "en": "Keep talking"},
    "opening_reading": {"de": "{mark} Eröffnung: {reason}", "en": "{mark} Opening: {reason}"},
    "typing": {"de": "{name} spricht …", "en": "{name} is speaking …"},
    "ringing": {"de": "Es klingelt bei {name} …", "en": "Calling {name} …"},
    "recognised": {"de": "erkannt: {what}", "en": "recognised: {what}"},
    "recognised_none": {
        "de": "erkannt: nichts Eindeutiges — Kunde versteht Sie womöglich nicht",
        "en": "recognised: nothing clear — the customer may not follow you",
    },
    "enter_starts": {"de": "Enter startet", "en": "Enter starts it"},
    "scroll_up": {"de": "hochblättern", "en": "scroll up"},
    "scroll_down": {"de": "runterblättern", "en": "scroll down"},
    "earlier_turns": {
        "de": "▲ {n} frühere Beiträge — nach oben scrollen (Bild↑) zeigt sie",
        "en": "▲ {n} earlier turns — scroll up (PgUp) to show them",
    },
    "call_ended": {"de": "Gespräch beendet: {what}", "en": "Call ended: {what}"},
    "to_debrief": {"de": "Zur Auswertung", "en": "To the debrief"},
    "mood": {"de": "Stimmung", "en": "Mood"},
    "mood_hidden": {"de": "Stimmung: verborgen (Prüfung)", "en": "Mood: hidden (exam)"},
    "scenario_broke": {
        "de": "Das Szenario hat einen Fehler ({error}). Ihr Gesagtes ist gesichert; "
        "das Gespräch wird beendet.",
        "en": "The scenario has an error ({error}). What you said is saved; the call is ended.",
    },
    "call_over": {
        "de": "Das Gespräch ist beendet — weiter zur Auswertung (Enter).",
        "en": "The call has ended — on to the debrief (Enter).",
    },
    # --- debrief ---------------------------------------------------------------------
    "debrief": {"de": "Auswertung", "en": "Debrief"},
    "score_line": {
        "de": "Ergebnis: {score}/100 — {verdict}",
        "en": "Score: {score}/100 — {verdict}",
    },
    "passed": {"de": "✓ bestanden", "en": "✓ passed"},
    "not_passed": {"de": "✗ nicht bestanden", "en": "✗ not passed"},
    "tier": {"de": "Stufe: {tier}", "en": "Tier: {tier}"},
    "tier_none": {"de": "keine Stufe", "en": "no tier"},
    "outcome": {"de": "Ausgang: {outcome}", "en": "Outcome: {outcome}"},
    "opening": {"de": "Gesprächseröffnung", "en": "Opening"},
    "strategy_line": {
        "de": "Erkannte Strategie: {strategy} (Eröffnung {score}/100)",
        "en": "Strategy recognised: {strategy} (opening {score}/100)",
    },
    "checks": {"de": "Prüfpunkte", "en": "Checks"},
    "no_checks": {
        "de": "Für dieses Gespräch liegen noch keine Prüfpunkte vor (Bewertung nicht "
        "verfügbar). Das Protokoll ist gespeichert.",
        "en": "No checks are available for this call yet (scoring not available). "
        "The transcript is saved.",
    },
    "check_pass": {"de": "✓ erfüllt", "en": "✓ met"},
    "check_fail": {"de": "✗ nicht erfüllt", "en": "✗ not met"},
    "evidence": {"de": "Ihre Worte", "en": "Your words"},
    "advice": {"de": "Empfehlung", "en": "Advice"},
    "better": {"de": "Besser", "en": "Better"},
    "at_turn": {"de": "Zug {n}", "en": "turn {n}"},
    "conversation": {"de": "Das Gespräch mit Rückmeldung", "en": "The call with feedback"},
    "letter": {"de": "Schriftliche Bestätigung", "en": "Written confirmation"},
    "letter_help": {
        "de": "Bestätigen Sie die Vereinbarung kurz schriftlich. Entwurf bearbeiten, dann prüfen.",
        "en": "Confirm the agreement briefly in writing. Edit the draft, then check it.",
    },
    "letter_no_agreement": {
        "de": "Es gab keine Einigung — eine Bestätigung braucht es nur nach einer Einigung. "
        "Sie können sie trotzdem üben.",
        "en": "No agreement was reached — a confirmation is only needed after one. You can "
        "still practise it.",
    },
    "check_letter": {"de": "Bestätigung prüfen", "en": "Check the letter"},
    "letter_checked": {"de": "Bestätigung geprüft", "en": "Letter checked"},
    "letter_results": {"de": "Prüfung der Bestätigung", "en": "Letter checks"},
    "letter_no_checks": {
        "de": "Die Bestätigung ist gespeichert; Prüfpunkte dazu sind noch nicht verfügbar.",
        "en": "The letter is saved; checks for it are not available yet.",
    },
    "retry": {"de": "Nochmal", "en": "Retry"},
    "retry_help": {"de": "Dasselbe Szenario neu beginnen", "en": "Play the same scenario again"},
    "to_library": {"de": "Zur Übersicht", "en": "To the library"},
    "transcript_at": {"de": "Protokoll: {path}", "en": "Transcript: {path}"},
    "no_transcript": {"de": "Kein Protokoll gespeichert.", "en": "No transcript saved."},
    "rv_turns_before": {"de": "↑ {n} frühere Zeilen (Pos1)", "en": "↑ {n} earlier lines (Home)"},
    "rv_turns_after": {"de": "↓ {n} weitere Zeilen (Ende)", "en": "↓ {n} more lines (End)"},
    "save_failed": {
        "de": "Das Protokoll konnte nicht gespeichert werden ({error}).",
        "en": "The transcript could not be saved ({error}).",
    },
    "call_cannot_start": {
        "de": "Der Anruf kann nicht beginnen: {error}",
        "en": "The call cannot start: {error}",
    },
    "call_not_saved": {
        "de": "Das Gespräch kann nicht gespeichert werden ({error}); es wird beendet.",
        "en": "The call cannot be saved ({error}); it is ended.",
    },
    "scoring_failed": {
        "de": "Die Bewertung ist fehlgeschlagen ({error}); das Gespräch ist gesichert.",
        "en": "Scoring failed ({error}); the call is saved.",
    },
    # --- review (trainer/tui/review.py) --------------------------------------------------
    "rv_title": {"de": "Gesprächsprüfung", "en": "Call review"},
    "rv_col_date": {"de": "Datum", "en": "Date"},
    "rv_col_learner": {"de": "Name", "en": "Learner"},
    "rv_col_scenario": {"de": "Szenario", "en": "Scenario"},
    "rv_col_outcome": {"de": "Ausgang", "en": "Outcome"},
    "rv_col_score": {"de": "Pkt./Stufe", "en": "Score/Tier"},
    "rv_col_status": {"de": "Status", "en": "Status"},
    "rv_finished": {"de": "fertig", "en": "done"},
    "rv_interrupted": {"de": "abgebr.", "en": "cut off"},
    "rv_filter": {
        "de": "Filter: Lernende/r, Szenario, Ausgang, Stufe, Status … (/)",
        "en": "filter: learner, scenario, outcome, tier, status … (/)",
    },
    "rv_summary": {
        "de": "{shown} von {total} Protokollen in {folder} · sortiert nach {column} {arrow}",
        "en": "{shown} of {total} transcripts in {folder} · sorted by {column} {arrow}",
    },
    "rv_unreadable": {
        "de": "⚠ {n} unlesbare Datei(en) — die anderen öffnen normal:",
        "en": "⚠ {n} unreadable file(s) — the others open normally:",
    },
    "rv_unreadable_more": {
        "de": "  … und {n} weitere (trainer review --list zeigt alle)",
        "en": "  … and {n} more (trainer review --list shows all)",
    },
    "rv_progress": {
        "de": "{name}: {n} bewertete(s) Gespräch(e)",
        "en": "{name}: {n} scored call(s)",
    },
    "rv_progress_line": {
        "de": "gewichtet {weighted}, zuletzt {latest}",
        "en": "weighted {weighted}, latest {latest}",
    },
    "rv_no_scores": {
        "de": "{name}: noch keine bewerteten Gespräche",
        "en": "{name}: no scored calls yet",
    },
    "rv_open": {"de": "Öffnen", "en": "Open"},
    "rv_filter_key": {"de": "Filter", "en": "Filter"},
    "rv_sort": {"de": "Sortieren", "en": "Sort"},
    "rv_reverse": {"de": "Umkehren", "en": "Reverse"},
    "rv_reload": {"de": "Neu laden", "en": "Reload"},
    "rv_back": {"de": "Zurück", "en": "Back"},
    "rv_comment": {"de": "Kommentar", "en": "Comment"},
    "rv_general": {"de": "Allgemein", "en": "General"},
    "rv_override": {"de": "Korrigieren", "en": "Override"},
    "rv_withdraw": {"de": "Zurückziehen", "en": "Withdraw"},
    "rv_export": {"de": "Export", "en": "Export"},
    "rv_customer": {"de": "Kunde", "en": "Customer"},
    "rv_silent": {"de": "(schweigt bewusst)", "en": "(stays silent)"},
    "rv_unprocessed": {"de": "  (getippt, nicht verarbeitet)", "en": "  (typed, not processed)"},
    "rv_no_turns": {
        "de": "In diesem Gespräch wurden keine Beiträge aufgezeichnet.",
        "en": "No turns were recorded in this call.",
    },
    "rv_head_outcome": {"de": "Ausgang", "en": "outcome"},
    "rv_head_persona": {"de": "Reaktion", "en": "persona"},
    "rv_head_strategy": {"de": "Strategie", "en": "strategy"},
    "rv_head_score": {"de": "Ergebnis", "en": "score"},
    "rv_none": {"de": "keiner", "en": "none"},
    "rv_no_strategy": {"de": "keine erkannt", "en": "none recognised"},
    "rv_after_review": {"de": "  → nach Prüfung: ", "en": "  → after review: "},
    "rv_passed": {"de": "bestanden", "en": "passed"},
    "rv_not_passed": {"de": "nicht bestanden", "en": "not passed"},
    "rv_check_passed": {"de": "erfüllt", "en": "passed"},
    "rv_check_failed": {"de": "nicht erfüllt", "en": "failed"},
    "rv_not_judged": {"de": "nicht bewertet", "en": "not judged"},
    "rv_reviewed": {
        "de": "  (geprüft; automatisch: {auto})",
        "en": "  (reviewed; automatic: {auto})",
    },
    "rv_no_checks": {
        "de": "Für dieses Gespräch wurden keine Prüfpunkte bewertet.",
        "en": "No checks were scored for this call.",
    },
    "rv_letter": {"de": "Schriftliche Bestätigung", "en": "Confirmation letter"},
    "rv_no_letter": {
        "de": "Es wurde keine Bestätigung geschrieben.",
        "en": "No letter was written.",
    },
    "rv_review": {"de": "Prüfung", "en": "Review"},
    "rv_no_reviews": {
        "de": "Noch keine allgemeinen Kommentare oder Korrekturen.",
        "en": "No general comments or overrides yet.",
    },
    "rv_score_to": {"de": "Punkte → {score}", "en": "score → {score}"},
    "rv_check_to": {"de": "{check} → {verdict}", "en": "{check} → {verdict}"},
    "rv_by": {"de": "{change} von {who}, {at}:", "en": "{change} by {who}, {at}:"},
    "rv_withdrawn": {"de": "zurückgezogen von {who}, {at}", "en": "withdrawn by {who}, {at}"},
    "rv_select_turn": {
        "de": "Erst eine Gesprächszeile wählen (↑/↓).",
        "en": "Select a line of the conversation first (↑/↓).",
    },
    "rv_general_comment": {"de": "Allgemeiner Kommentar", "en": "General comment"},
    "rv_comment_on": {"de": "Kommentar zu Zug {n}", "en": "Comment on turn {n}"},
    "rv_comment_ph": {"de": "Kommentar", "en": "comment"},
    "rv_reviewer_ph": {"de": "Prüfer/in", "en": "reviewer"},
    "rv_override_title": {
        "de": "Prüfpunkt oder Punktzahl korrigieren (Begründung nötig)",
        "en": "Override a check or the score (a reason is required)",
    },
    "rv_the_score": {"de": "die Punktzahl des Gesprächs", "en": "the call's score"},
    "rv_check": {"de": "Prüfpunkt {check}", "en": "check {check}"},
    "rv_new_score": {"de": "neue Punktzahl 0–100", "en": "new score 0-100"},
    "rv_reason": {"de": "Begründung (nötig)", "en": "reason (required)"},
    "rv_score_number": {
        "de": "Die Punktzahl muss eine ganze Zahl von 0 bis 100 sein.",
        "en": "the score must be a whole number from 0 to 100",
    },
    # The core's ReviewError codes (transcripts/annotations.py) in the form's language.
    "rv_err_no_reviewer": {"de": "Bitte einen Namen angeben.", "en": "a reviewer name is required"},
    "rv_err_empty_comment": {"de": "Der Kommentar ist leer.", "en": "the comment is empty"},
    "rv_err_no_turn": {
        "de": "Das Gespräch hat keinen Zug {turn}.",
        "en": "the call has no turn {turn}",
    },
    "rv_err_no_reason": {
        "de": "Eine Übersteuerung braucht eine Begründung.",
        "en": "an override needs a reason",
    },
    "rv_err_bad_score": {
        "de": "Die Punktzahl muss eine ganze Zahl von 0 bis 100 sein.",
        "en": "the score override must be a whole number from 0 to 100",
    },
    "rv_err_unknown_check": {
        "de": "Unbekannter Prüfpunkt „{check}“.",
        "en": "unknown check '{check}'",
    },
    "rv_err_no_verdict": {
        "de": "Bitte angeben, ob „{check}“ erfüllt ist oder nicht.",
        "en": "say whether check '{check}' passed or failed",
    },
    "rv_err_already_withdrawn": {
        "de": "Diese Anmerkung ist schon zurückgezogen.",
        "en": "this annotation was already withdrawn",
    },
    "rv_err_not_author": {
        "de": "Nur {author} kann diese Anmerkung zurückziehen.",
        "en": "only {author} can withdraw this annotation",
    },
    "rv_err_no_item": {
        "de": "Keine Anmerkung „{item}“ in diesem Gespräch.",
        "en": "no comment or override '{item}' in this call",
    },
    "rv_export_title": {"de": "Dieses Gespräch exportieren", "en": "Export this call"},
    "rv_export_file": {"de": "Datei (leer: wie unten)", "en": "file (empty: the default below)"},
    "rv_export_default": {"de": "Vorgabe: {path}", "en": "default: {path}"},
    "rv_exported": {"de": "Exportiert nach {path}", "en": "Exported to {path}"},
    "rv_downloaded": {
        "de": "Export an Ihren Browser übergeben (Downloads)",
        "en": "Export handed to your browser (downloads)",
    },
    "rv_export_browser": {
        "de": "Ihr Browser lädt die Datei herunter.",
        "en": "Your browser downloads the file.",
    },
    "rv_save": {"de": "Speichern", "en": "Save"},
    "rv_cancel": {"de": "Abbrechen", "en": "Cancel"},
    "rv_withdraw_title": {"de": "Eigene Anmerkung zurückziehen", "en": "Withdraw your annotation"},
    "rv_withdraw_pick": {"de": "Welche?", "en": "Which one?"},
    "rv_withdraw_note": {
        "de": "Sie bleibt durchgestrichen im Protokoll und zählt nicht mehr.",
        "en": "It stays in the transcript, struck through, and no longer counts.",
    },
    "rv_withdraw_none": {
        "de": "Sie haben hier keine Anmerkung, die Sie zurückziehen könnten.",
        "en": "You have no annotation here that you could withdraw.",
    },
    "rv_withdraw_ok": {"de": "Zurückziehen", "en": "Withdraw"},
    "rv_withdrawn_done": {"de": "Zurückgezogen.", "en": "Withdrawn."},
}

CUSTOMER_TYPES = {
    "regular": {"de": "Stammkunde", "en": "regular"},
    "first_time": {"de": "Neukunde", "en": "first-time"},
    "large_company": {"de": "Großunternehmen", "en": "large company"},
    "authority": {"de": "Behörde", "en": "authority"},
}

PERSONAS = {
    "apologises": {"de": "entschuldigt sich", "en": "apologises"},
    "disputes": {"de": "bestreitet Leistung", "en": "disputes work"},
    "cash_problems": {"de": "hat Geldsorgen", "en": "short of cash"},
}

OUTCOMES = {
    "promise_to_pay": {"de": "Zahlungszusage", "en": "promise to pay"},
    "down_payment_and_plan": {
        "de": "Anzahlung und Termin für den Rest",
        "en": "down payment and a plan for the rest",
    },
    "instalment_plan": {"de": "Ratenzahlung", "en": "instalment plan"},
    "compromise": {"de": "Kompromiss", "en": "compromise"},
    "paid_already": {"de": "bereits bezahlt", "en": "paid already"},
    "call_back": {"de": "Rückruf", "en": "call back"},
    "legal_route": {"de": "Rechtsweg", "en": "legal route"},
    "waive_claim": {"de": "Verzicht auf die Forderung", "en": "claim waived"},
    "no_agreement": {"de": "keine Einigung", "en": "no agreement"},
    "hang_up": {"de": "Kunde hat aufgelegt", "en": "the customer hung up"},
    # End reasons without an outcome.
    "learner_ended": {"de": "Sie haben aufgelegt", "en": "you hung up"},
    "turn_limit": {"de": "Zeit ist um", "en": "time is up"},
    "gave_up": {"de": "Kunde hat aufgegeben", "en": "the customer gave up"},
    "interrupted": {"de": "unterbrochen", "en": "interrupted"},
}

STRATEGIES = {
    "let_them_talk": {
        "de": "Strategie 1: Anliegen nennen und schweigen",
        "en": "strategy 1: name the reason, then stay silent",
    },
    "offer_solution": {
        "de": "Strategie 2: eine Lösung anbieten",
        "en": "strategy 2: offer a solution",
    },
    None: {"de": "keine der beiden Strategien", "en": "neither of the two strategies"},
}

TIERS = {
    "gold": {"de": "Gold", "en": "gold"},
    "silver": {"de": "Silber", "en": "silver"},
    "bronze": {"de": "Bronze", "en": "bronze"},
}

#: GUIDE.md §2-4 check ids, named for people (one list for screens and exports).
CHECKS = CHECK_NAMES

#: GUIDE.md §5 intent names, as a learner reads them under their own line.
INTENTS = {
    "greeting_identify": {"de": "Begrüßung mit Name/Firma", "en": "greeting with name/company"},
    "neutral_opener_open_invoice": {
        "de": "Anliegen: offene Rechnung",
        "en": "reason: the open invoice",
    },
    "accusatory_opener": {"de": "Vorwurf", "en": "reproach"},
    "offer_solution": {"de": "Lösung angeboten", "en": "offers a solution"},
    "ask_reason": {"de": "nach dem Grund gefragt", "en": "asks the reason"},
    "empathise": {"de": "Verständnis", "en": "empathy"},
    "clarify_objection": {"de": "Einwand erfragt", "en": "clarifies the objection"},
    "rebut_unjustified_objection": {"de": "Einwand widerlegt", "en": "rebuts the objection"},
    "offer_compromise": {"de": "Kompromiss angeboten", "en": "offers a compromise"},
    "request_down_payment": {"de": "Anzahlung erbeten", "en": "asks for a down payment"},
    "fix_payment_date": {"de": "Zahlungstermin", "en": "payment date"},
    "propose_instalments": {"de": "Raten vorgeschlagen", "en": "proposes instalments"},
    "threaten_legal": {"de": "Drohung", "en": "threat"},
    "announce_legal_route": {"de": "Rechtsweg angekündigt", "en": "announces the legal route"},
    "confirm_in_writing": {"de": "schriftliche Bestätigung", "en": "written confirmation"},
    "summarise_agreement": {"de": "Vereinbarung zusammengefasst", "en": "sums up the agreement"},
    "close_politely": {"de": "höflicher Abschluss", "en": "polite close"},
}

MOOD_WORDS = {
    "de": ["wütend", "verärgert", "angespannt", "neutral", "freundlich", "bester Laune"],
    "en": ["angry", "annoyed", "tense", "neutral", "friendly", "very friendly"],
}

#: The guide's cards (GUIDE.md §2-4), shown by the hint key for the situation at hand.
#: The core has no guide-card data yet, so the text lives here, next to the other words.
GUIDE_CARDS: dict[str, dict[str, tuple[str, str]]] = {
    "opening": {
        "de": (
            "Die Eröffnung",
            "• Nennen Sie Ihren Namen und den Ihres Unternehmens.\n"
            "• Kein Vorwurf: nie „Warum haben Sie nicht bezahlt?“ — das wirkt wie ein Angriff.\n"
            "• Dann eine der zwei Strategien:\n"
            "  1. Nur das Anliegen nennen — „Ich rufe wegen der noch offenen Rechnung an …“ — "
            "und dann schweigen (F3 oder leeres Enter).\n"
            "  2. Nicht nach Gründen fragen, sondern eine Lösung anbieten — „Ich möchte mit "
            "Ihnen klären, wie wir Ihre Außenstände reduzieren. Ich habe einen Vorschlag …“",
        ),
        "en": (
            "The opening",
            "• Say your own name and your company's.\n"
            "• No reproach: never 'Why haven't you paid?' — it is heard as an attack.\n"
            "• Then one of the two strategies:\n"
            "  1. Only name the reason — 'I'm calling about the invoice that is still "
            "open …' — and then stay silent (F3 or an empty Enter).\n"
            "  2. Don't ask for reasons; offer a solution — 'I'd like to sort out the open "
            "balance with you. I have a suggestion …'",
        ),
    },
    "silence": {
        "de": (
            "Jetzt schweigen",
            "Sie haben das Anliegen genannt. Füllen Sie die Stille nicht mit Fragen, "
            "Begründungen oder Vorwürfen: Schweigen Sie (F3 oder leeres Enter). Fast immer "
            "beginnt der Kunde dann zu reden — entschuldigt sich oder nennt einen Einwand.",
        ),
        "en": (
            "Now stay silent",
            "You have named the reason. Don't fill the silence with a question, a "
            "justification or a reproach: stay silent (F3 or an empty Enter). The customer "
            "almost always starts talking — apologises or raises an objection.",
        ),
    },
    "apologises": {
        "de": (
            "Der Kunde entschuldigt sich",
            "• Nehmen Sie die Entschuldigung freundlich an, ohne Vorwurf.\n"
            "• Holen Sie einen konkreten Zahlungstermin (und Betrag) ein — „bald“ ist keine "
            "Zusage: „Geht es bis Freitag, den …?“",
        ),
        "en": (
            "The customer apologises",
            "• Accept it graciously, no reproach.\n"
            "• Get a concrete payment date (and amount) — 'soon' is not a promise: "
            "'Could it be with us by Friday the …?'",
        ),
    },
    "disputes": {
        "de": (
            "Der Kunde bestreitet die Leistung",
            "• Fragen Sie genau nach: Was ist nicht in Ordnung?\n"
            "• Unberechtigte Einwände mit Fakten ausräumen (Abnahme unterschrieben, wie "
            "bestellt geliefert).\n"
            "• Hat der Kunde einen Punkt — oder um Gerichtskosten zu sparen — einen Kompromiss "
            "anbieten: Nachbesserung, Preisminderung oder eine Zugabe.",
        ),
        "en": (
            "The customer disputes the work",
            "• Ask what exactly is wrong.\n"
            "• Clear up unjustified objections with facts (acceptance signed, delivered as "
            "ordered).\n"
            "• Where the customer has a point — or to save the cost of court — offer a "
            "compromise: rework, a price reduction or an extra.",
        ),
    },
    "cash_problems": {
        "de": (
            "Der Kunde hat Geldsorgen",
            "• Bitten Sie um eine Anzahlung als Zeichen des guten Willens: "
            "„Können Sie heute 300 € anzahlen?“\n"
            "• Legen Sie sofort einen Termin für den Rest fest (oder kurze Raten mit "
            "Beträgen und Daten).",
        ),
        "en": (
            "The customer is short of cash",
            "• Ask for a down payment as a sign of good will: 'Could you pay £300 today?'\n"
            "• At once fix a date for the rest (or a short plan with amounts and dates).",
        ),
    },
    "no_agreement": {
        "de": (
            "Keine Einigung",
            "Keine weiteren schriftlichen Mahnungen — sie sind jetzt zwecklos. Mit guten "
            "Belegen: den Rechtsweg ruhig und sachlich ankündigen. Mit schwachen Belegen und "
            "hohen Kosten: auf die Forderung verzichten. Nie vorschnell drohen.",
        ),
        "en": (
            "No agreement",
            "No more written reminders — they are pointless now. With good evidence: announce "
            "the legal route calmly and factually. With poor evidence and high costs: waive "
            "the claim. Never threaten early.",
        ),
    },
    "agreed": {
        "de": (
            "Einigung erreicht",
            "Fassen Sie das Vereinbarte zusammen und kündigen Sie eine kurze schriftliche "
            "Bestätigung an (bei Raten: zum Gegenzeichnen). Dann höflich verabschieden.",
        ),
        "en": (
            "Agreement reached",
            "Read back what was agreed and say you will confirm it briefly in writing (for "
            "instalments: to countersign). Then close politely.",
        ),
    },
}


def t(lang: str, key: str, **values: object) -> str:
    """The text for `key` in `lang`; a missing key shows itself rather than crashing."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def label(table: dict, key: object, lang: str) -> str:
    """A named value (customer type, outcome, check id …), or the raw id if unknown."""
    entry = table.get(key)
    if entry is None:
        return str(key)
    return entry.get(lang) or entry["en"]


def system_language() -> str:
    """German if the environment says so, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"
