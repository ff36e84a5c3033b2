"""Small talk: a line about nothing of the call's business (the caller's busy week, the
weather, the Christmas market). The call answers it in kind (`simulation.terms.chat_line`),
the debrief credits no move to it, and before any objection it rebuts nothing
(`context.apply_context`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lazyre
from .normalize import clean, tokenize
from .pressure import unlawful_pressure
from .types import TENTATIVE

#: Words of the call's business (money, the invoice, the work, writing, the legal route): a
#: line without any of them and without any move is small talk ("God, it's been mental here
#: this month", "Bei uns ist grad die Hölle los"), which the customer answers in kind.
_BUSINESS = {
    "en": lazyre.compile(
        r"\b(?:invoice|bill|pay|paid|payment|money|owe|owing|outstanding|overdue|due|balance"
        r"|account|reminder|statement|transfer|instal+ments?|deposit|discount|amount|price|cost"
        r"|court|lawyer|solicitor|agency|collect|legal|email|e-mail|letter|writing|sign"
        r"|date|deadline|cash|fund|afford|quid|pounds?|euros?|dollars?"
        r"|complain|problem|wrong|fault|work|job|repair|fix)\w*",
        re.IGNORECASE,
    ),
    # stems inside compounds too ("Abschlagszahlung"); short ones only at a word's start
    # ("hoffentlich" is no open invoice)
    "de": lazyre.compile(
        r"(?:rechnung|zahl|überweis|ueberweis|betrag|geld|euro|mahn|erinner|\boffen|konto|\brate"
        r"|anzahl|rabatt|nachlass|skonto|preis|kosten|gericht|anwalt|inkasso|mail|schrift"
        r"|brief|unterschr|termin|frist|datum|finanz|leisten|schuld"
        r"|beschwer|reklam|mangel|mängel|fehler|arbeit|auftrag|reparat|nachbesser)",
        re.IGNORECASE,
    ),
}
_WH = {
    "en": lazyre.compile(r"^\W*(?:so\s+|and\s+)?(?:how|what|where|when|why|who|which)\b", re.I),
    "de": lazyre.compile(
        r"^\W*(?:und\s+|na\s+)?(?:wie|was|wo|wann|warum|wieso|wer|welche\w*)\b", re.I
    ),
}


#: Asking for the customer by name ("Could I speak to Dave Kemp, please?", "Is Mr Kemp there?",
#: "Ist Herr Müller zu sprechen?"): call handling, no small
#: talk, and no greeting (`model._asking_for_someone_is_no_greeting`; the call answers it,
#: `simulation.call`).
ASKS_FOR_PERSON = lazyre.compile(
    # the words in any case, a name with its capital ("Is Dave there?", not "is it there?")
    r"^\W*(?:(?i:(?:may|can|could)\s+i\s+(?:please\s+)?(?:speak|talk)\s+(?:with|to)\s+"
    r"(?!you\b|someone|somebody|anyone|your\s))\S"
    r"|(?i:is\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"(?i:\s+(?:there|in|around|available))\b"
    r"|(?i:(?:kann|könnte|dürfte)\s+ich\s+(?:bitte\s+)?(?:kurz\s+)?(?:mit\s+)?(?:herrn?|frau)\s+\S+"
    r"(?:\s+\S+)?\s+sprechen)"
    r"|(?i:ist\s+(?:herr|frau)\s+\S+(?:\s+\S+)?\s+(?:da|zu\s+sprechen|im\s+haus|erreichbar))\b)"
)
#: ... and what makes such a line a greeting after all: a greeting word or the caller's own
#: name or firm ("Hi, this is Fiona from …, could I speak to Dave?").
GREETS_OR_NAMES_SELF = lazyre.compile(
    r"\b(?:hello|hi|hey|hiya|g'?day|good\s+(?:morning|afternoon|evening|day)|morning|afternoon"
    r"|evening|guten\s+(?:tag|morgen|abend)|hallo|grüß\s+gott|servus|moin|grüezi|this\s+is|it'?s"
    r"|my\s+name|i'?m|i\s+am|from|calling|hier\s+ist|mein\s+name|ich\s+bin|von|vom|hier)\b",
    re.I,
)


#: Not having heard or understood the other side, or asking them to say it again (read in the
#: normalised line: umlauts as "oe", no apostrophes) ...
_NOT_HEARD = lazyre.compile(
    r"\b(didnt|did not|dont|do not)( quite| really| fully| properly)?"
    r" (understand|catch|hear|get|follow)\b"
    r"|\b(couldnt|could not|cant|cannot|can not)( quite| really| properly)?"
    r" (understand|catch|hear|follow)\b"
    r"|\bmissed (that|it|what|the|your)\b|\brepeat\b|\bsay (that |it )?(again|once more)\b"
    r"|\bcome again\b|\b(cut|cutting) out\b|\b(broke|breaking) up\b|\blost you\b"
    r"|\bnot with you\b|^(sorry |pardon |excuse me )?(what|what was that|pardon)$"
    r"|\bnicht (ganz |richtig |genau |gut |so gut )?(verstanden|mitbekommen|gehoert|mitgekriegt)\b"
    r"|\b(schlecht|kaum) (gehoert|verstanden|zu verstehen)\b|\bakustisch\b|\bwiederholen\b"
    r"|\bnoch (ein)?mal bitte\b|\bwie war\b.{0,60}?\bnoch (ein)?mal\b|\bwie bitte\b"
    r"|\b(leitung|verbindung) (war|ist) (kurz |gerade )?(weg|schlecht|unterbrochen)\b"
    r"|\b(waren|warst) (kurz |gerade )?weg\b|\bwas (sagten|haben) sie\b"
)
#: ... unless what is left of the line acknowledges the customer ("sorry to hear that, could
#: you repeat the amount?", "tut mir leid mit Ihrem Unfall, wiederholen Sie das Datum?").
_ACKNOWLEDGES = lazyre.compile(
    r"\b(to hear|hear that|hear about|must be|sounds|understand|imagine|difficult|hard|tough"
    r"|stress\w*|worr\w*|situation|feel\w*|about your|take your time|loss|passed"
    r"|zu hoeren|schwer|schwierig|sorge\w*|lage|aergerlich|nachvollziehen|verstehe"
    r"|verstaendlich|mit ihre[mnr]?|mit deine[mnr]?|um die ohren|unfall|krank\w*)\b"
)


def not_heard(normalised: str) -> bool:
    """The normalised line says its speaker did not hear or understand the other side, or
    asks them to say it again, and acknowledges nothing else ("sorry to hear that, could you
    repeat the amount?" does)."""
    if not _NOT_HEARD.search(normalised):
        return False
    return not _ACKNOWLEDGES.search(_NOT_HEARD.sub(" ", normalised))


def asks_to_repeat(text: str, language: str) -> bool:
    """The learner did not catch what the customer said ("Sorry, I didn't catch that",
    "Wie bitte? Noch mal bitte."): the customer says it again."""
    return not_heard(" ".join(t.norm for t in tokenize(clean(text), language)))


def asks_for_person(text: str) -> bool:
    """Whether the line asks for the customer by name and neither greets nor says who is
    calling ("Could I speak to Dave Kemp, please?", "Ist Herr Müller zu sprechen?")."""
    return bool(ASKS_FOR_PERSON.search(text)) and not GREETS_OR_NAMES_SELF.search(text)


#: Small words every sentence has: a line with fewer than two of them is no chat
#: ("asdf qwer zxcv", a string of names) and gets "Sorry, what?" as before.
_FUNCTION_WORDS = {
    "en": frozenset((
        "i", "we", "you", "it", "he", "she", "they", "the", "a", "an", "is", "was", "been",
        "be", "have", "has", "had", "here", "there", "this", "that", "my", "our", "your", "so",
        "and", "but", "it's", "we've", "i've", "i'm", "we're", "you're", "did", "do", "does",
        "are", "were", "in", "at", "on", "how's", "all",
        # Belfast "What about ye?" (how are you; ninety-third audit: read as the reason
        # question, and the customer apologised before the invoice was named)
        "ye", "about", "from",
    )),
    "de": frozenset((
        "ich", "wir", "sie", "du", "er", "es", "ist", "war", "sind", "waren", "hier", "da",
        "bei", "uns", "euch", "die", "der", "das", "den", "dem", "ein", "eine", "und", "aber",
        "so", "grad", "gerade", "mal", "schon", "noch", "auch", "hab", "habe", "haben", "hat",
        "hatten",
        # "Wie geht's denn so, alles gut im neuen Lager?" (thirty-sixth audit: "nicht ganz
        # verstanden" to a regular's small talk)
        "im", "in", "mit", "denn", "geht's", "gehts", "alles",
        # the same in dialect: "Wie geht et Ihnen? Brennt dat Licht im neuen Lager
        # ordentlich?" (V128 01: "nicht ganz verstanden"; in standard German it was chat)
        "et", "dat", "wat", "ihnen",
        # ... and in Swabian: "Wie goht's Ihne? Isch des neue Lager scho voll eigräumt?" (V291
        # 01: the reason question 0.27, answered as one, and strategy 1 failed on the guess)
        "goht's", "gohts", "ihne", "isch", "des", "scho",
    )),
}  # fmt: skip


#: The learner puts the matter off to another call ("I'll give you a bell back on Thursday",
#: "Ich ruf Sie nächste Woche nochmal an, dann schauen wir weiter"): no move of the guide, but
#: words anyone understands: the customer agrees (`simulation.call`), the call screen and the
#: export say what it was, and the debrief still finds no result.
_CALL_BACK = lazyre.compile(
    r"\b(?:call|ring|phone|bell|buzz)\s+(?:you\s+)?back\b"
    r"|\bgive\s+you\s+a\s+(?:call|ring|bell|buzz|shout)\b"
    r"|\b(?:call|ring|phone)\s+you\s+(?:again|later|tomorrow|next\s+week|on\s+\w+day)\b"
    r"|\bget\s+back\s+to\s+you\b|\btouch\s+base\b"
    # a day to talk again: "Right so, talk Thursday. Bye bye." after "I'll … ring you back on
    # Thursday" (V232 09: read as a payment day, and the call passed on the date he then gave)
    r"|\b(?:talk|speak)\s+(?:to\s+you\s+|again\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday"
    r"|friday|tomorrow|next\s+week)\b"
    r"|\bruf\w*\s+(?:ich\s+)?(?:sie|dich|ihn|ihnen)\s+(?:\w+\s+){0,3}?(?:zurück|nochmal|nochmals"
    r"|noch\s+mal|noch\s+einmal|wieder|morgen|später|nächste\s+woche|back"
    # ... in dialect: "Wisse Se was, ich ruf Sie nägschd Woch nomol aa" (V255 02: small talk)
    r"|nomol|nomal|nochamol|nomoi|z(?:ue|u|ü)rugg|nägschd\w*|naechst\w*)\b"
    # "… und melde mich dann nächste Woche noch einmal telefonisch bei Ihnen" (V115 04: no
    # reading, and "Das habe ich jetzt nicht ganz verstanden")
    # Bavarian: "I ruaf Eana nächste Woch zruck, dann schau ma weiter, passt?" (V134 05: "Wie
    # bitte? Worum geht es denn genau?")
    r"|\bruaf\w*\s+(?:i\s+)?(?:eana|ihna|ihnen|sie|di|enk)\b[^.?!]{0,30}?\bz(?:u)?r(?:ü|u|ue)c?k\b"
    # ... or without the "Sie": "ich ruf nächste woche nochmal an" (V228 05: no reading, and
    # "Wie bitte? Worum geht es denn genau?")
    # ... and the "ich" after the verb: "Gut, dann rufe ich nächste Woche noch mal an, ob es
    # geklappt hat." (V311 p6: no reading, "Das habe ich jetzt nicht ganz verstanden"), in
    # Berlin too: "jut, dann ruf ick nächste woche nochma an ob dit jeklappt hat" (V311 05)
    r"|\b(?:(?:ich|ick|i)\s+ruf\w*|ruf\w*\s+(?:ich|ick|i))\s+(?:\w+\s+){0,3}?"
    r"(?:nochmal|nochmals|noch\s+mal|noch\s+einmal|nochma|nomma|nomal|wieder)\s+an\b"
    # ("ok, ich meld mich dann nochmal bei ihnen", "ich check das intern und ruf sie dann
    # back": V226 06 and p1, read as taking his payment run up)
    r"|\bmelde?\s+mich\s+(?:\w+\s+){0,3}?(?:wieder|nochmal|nochmals|noch\s+mal|noch\s+einmal|erneut|morgen"
    r"|später|bei\s+ihnen)\b|\brückruf\w*"
    # ... the verb last: "Ich schlage vor, dass ich mich nächste Woche noch einmal bei Ihnen
    # melde, …" (V239 04: offer_solution, and "Das habe ich jetzt nicht ganz verstanden.")
    r"|\bmich\s+(?:\w+\s+){0,3}?(?:wieder|nochmal|nochmals|noch\s+mal|noch\s+einmal|erneut)\s+"
    r"(?:bei\s+(?:ihnen|dir|euch)\s+)?meld\w*"
    # a day for the call: "Ich melde mich am Mittwoch, dem 8. – nein, … also am Dienstag"
    # (V180 04: the day became a payment proposal with the invoice's sum in the debrief),
    # "ich rufe Sie am Dienstag, 8. Dezember zurück"
    r"|\bmelde?\s+(?:ich\s+)?mich\s+(?:\w+\s+){0,2}?(?:am|bis|übermorgen|nächst\w*)\s"
    r"|\bruf\w*\s+(?:ich\s+)?(?:sie|dich|ihn|ihnen)\s+(?:\w+\s+)?am\s+\w+tag\b"
    # "Ich kläre das intern und rufe Sie dann nächste Woche nochmals an." (V184 04: no reading),
    # "Also, dann hören wir uns nächste Woche." (the same call: a payment day without a date)
    r"|\b(?:hören\s+wir\s+uns|wir\s+hören\s+uns)\s+(?:dann\s+|also\s+)?(?:nächste\w*|am\s+\w+tag"
    r"|morgen|übermorgen|anfang|ende|in\s+\w+\s+tagen)\b",
    re.IGNORECASE,
)


def puts_off(text: str) -> bool:
    """Whether the line puts the matter off to another call ("I'll give you a bell back on
    Thursday", "Ich ruf Sie nächste Woche nochmal an")."""
    return _CALL_BACK.search(text) is not None


def names_business(text: str) -> bool:
    """Whether the line has a word of the call's business in either language (a German
    line's "Rechnung" is no English word, and its "an" and "was" are English function words:
    the language of a line alone cannot tell chat from it)."""
    return any(rx.search(text) for rx in _BUSINESS.values())


def small_talk(text: str, language: str) -> str | None:
    """The kind of small talk a line is ("statement", "question" for a yes/no question,
    "open" for a how/what question), or None: shorter than three words, no sentence, or
    about the business of the call. Only asked of lines that carry no move."""
    lang = language if language in _BUSINESS else "en"
    words = re.findall(r"[\w']+", text.casefold().replace("’", "'"))
    if asks_for_person(text):
        return None  # "Is Dave Kemp there, please?": call handling, not chat
    if len(words) < 3 or _BUSINESS[lang].search(text) or unlawful_pressure(text, lang):
        return None  # "… Ihren Arbeitgeber anrufen und mal nachfragen, wie's mit Ihrem Gehalt
        # aussieht" has no word of the invoice in it, and is pressure, not chat
    if len(_FUNCTION_WORDS[lang].intersection(words)) < 2:
        return None
    if "?" not in text:
        return "statement"
    # the last question decides: "You alright? How did the wedding fair go in the end?" asks
    # how it went (sixty-fourth audit: answered "yes, I suppose so"), and so does "Wie geht es
    # Ihnen denn? Die Eintracht hat ja am Samstag mal wieder gewonnen." (V123 probe 3: "Ja,
    # doch, schon." to the told football result)
    questions = [q for q in re.findall(r"[^.?!]*\?", text) if q.strip(" ?")]
    last = questions[-1] if questions else text
    return "open" if _WH[lang].search(last) else "question"


#: The weather, the first thing people chat about: "Hier in Wuppertal regnet et mal wieder,
#: wie immer." (V132 01: a reproach 0.82, and a regular snapped), "Bei Ihnen am See auch so
#: ein Nebel heute?" (V132 02: a date request 0.40 for its "heute").
_WEATHER = lazyre.compile(
    r"\b(?:regn\w*|regen\w*|nebel\w*|neblig|schnee\w*|schneit|sonnig|sonnenschein|wetter"
    r"|gewitter|sturm|stürm\w*|frost|glatteis|nieselt|hagel\w*|rain\w*|fog\w*|snow\w*|sunny"
    r"|sunshine|weather|drizzl\w*|freezing|windy|storm\w*|frosty|hail\w*)\b",
    re.IGNORECASE,
)


def weather_chat(text: str) -> bool:
    """Whether the line is chat about the weather, with no word of the business."""
    return _WEATHER.search(text) is not None and any(small_talk(text, lg) for lg in _BUSINESS)


#: Catching up with someone not heard from in a while: "Wir haben uns ja lange nicht
#: gesprochen." (V143 01 and probe 2: a reproach 0.91, and a customer of six years said "Na
#: hören Sie mal!"), "Lange nicht gehört!", "Long time no speak", "It's been ages since we talked".
_CATCH_UP = lazyre.compile(
    r"\b(?:lange|ewig|eine\s+ewigkeit|ewigkeiten)\s+(?:schon\s+)?(?:nicht|nich|net|nit|ned)\s+(?:mehr\s+)?"
    r"(?:gesprochen|gehört|gehoert|gesehen|telefoniert|geh(?:ö|oe)rt)\b"
    r"|\blong\s+time\s+no\s+(?:see|speak|talk|hear)\b"
    r"|\b(?:haven'?t|have\s+not|hadn'?t)\s+(?:spoken|talked|chatted|caught\s+up|heard\s+from\s+(?:you|each"
    r"\s+other))\s+(?:in|for)\s+(?:ages|a\s+while|a\s+long\s+time|yonks|donkey'?s\s+years)\b"
    r"|\b(?:it'?s|it\s+has|it'?s\s+been|been)\s+(?:ages|a\s+while|a\s+long\s+time|yonks)\s+since\s+(?:we|i)\s+"
    r"(?:spoke|talked|chatted|last\s+(?:spoke|talked))\b",
    re.IGNORECASE,
)


#: A question about his day or week: "how's your Monday going?" (V198 08 and p1: a payment
#: date 0.91, "Went straight to a demand"), "hope your Friday is going well", "Wie war Ihr
#: Wochenende?", "Wie läuft Ihr Montag?".
_DAY_CHAT = lazyre.compile(
    r"\b(?:how'?s|how\s+is|how\s+was|how'?re|how\s+are|hope)\s+(?:your|ur|the)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|day|morning"
    r"|afternoon)s?\b"
    r"|\bwie\s+(?:war|läuft|laeuft|lief|ist|geht(?:'s|s)?)\s+(?:ihr|ihre|dein|deine|euer|eure|es\s+ihnen\s+am)\s+"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|woche|tag)\b",
    re.IGNORECASE,
)

#: The caller's own aside: a digression owned ("ach, ich schweif schon wieder ab") or an
#: ailment of their own ("mein Rücken könnte übrigens auch mal wieder – na ja, egal"). Both
#: were a reproach 0.93 / 0.86 for "schon wieder" / "mal wieder" said of themself, the regular
#: customer took offence and the call was lost (V208 05, 05r and p2: 27, 60 without the words).
_OWN_ASIDE = lazyre.compile(
    r"\b(?:ich|ick|i)\s+(?:schweif\w*\s+(?:\w+\s+){0,3}?ab|komm\w*\s+(?:\w+\s+){0,3}?vom\s+thema\s+ab"
    r"|(?:red\w*|quassel\w*|quatsch\w*|plauder\w*)\s+(?:\w+\s+){0,3}?zu\s+viel|verzettel\w*\s+mich)\b"
    r"|\b(?:i'?m|i\s+am)\s+(?:\w+\s+)?(?:rambling|waffling|babbling|digressing)\b"
    r"|\bi\s+digress\b|\blisten\s+to\s+me\s+(?:going\s+on|rambling|waffling)\b|\benough\s+about\s+me\b"
    r"|\bmein(?:e|em|en)?\s+(?:rücken|ruecken|knie|kreuz|hüfte|huefte|bandscheibe\w*|schulter|nacken)\b"
    r"|\bmy\s+(?:bad\s+)?(?:back|knees?|hip|shoulder|neck)\b(?!\s+(?:office|room|door|yard|catalogue))",
    re.IGNORECASE,
)


def friendly_chat(text: str) -> bool:
    """Whether the line is the chat nobody takes amiss, with no word of the business: the
    weather, catching up after a while, how his day or weekend is going, or an aside about
    the caller themself (`_OWN_ASIDE`)."""
    if weather_chat(text):
        return True
    if (_DAY_CHAT.search(text) or _OWN_ASIDE.search(text)) and not names_business(text):
        return True
    return _CATCH_UP.search(text) is not None and any(small_talk(text, lg) for lg in _BUSINESS)


#: A past tense ("hat … gewonnen", "war", "did you see", "won"), for a weekday in chat.
_TOLD_AS_PAST = lazyre.compile(
    r"\b(?:hat|haben|hatte|hatten|habt|war|waren|bin|sind|ist)\b[^.?!]{0,40}?\bge\w+(?:en|t|e)\b"
    r"|\b(?:war|waren|won|lost|was|were|did|went|had|played|beat)\b",
    re.IGNORECASE,
)


def chat_kind(
    text: str, language: str, confidences: Iterable[float], fact_kinds: Iterable[str]
) -> str | None:
    """The kind of small talk a recognised line is, or None: chat by its words
    (`small_talk`), no fact but a day gone by ("Wir waren am Samstag …"), and no reading
    surer than a guess (TENTATIVE). One rule for the call that answers it in kind, the
    debrief that credits no move to it and the review that shows it as chat."""
    kinds = set(fact_kinds)
    if "date" in kinds and weather_chat(text):
        # the fog "today" is no day to pay (V132 02)
        kinds.discard("date")
    if "date" in kinds and _TOLD_AS_PAST.search(text):
        # "Die Eintracht hat ja am Samstag mal wieder gewonnen": a weekday told in the past
        # tense is the Saturday gone by, not a day to pay (V123 probe 3: "Das habe ich jetzt
        # nicht ganz verstanden" to a regular's football chat)
        kinds.discard("date")
    if any(kind != "past_date" for kind in kinds):
        return None
    if any(c >= TENTATIVE for c in confidences):
        return None
    return small_talk(text, language)
