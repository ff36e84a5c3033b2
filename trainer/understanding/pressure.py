"""Pressure that is unlawful or coercive in a collection call (GUIDE §3 practice, §6): the
words that make a line a critical failure whatever the recogniser read (`scoring.outcome`),
and that no small talk carries (`smalltalk`)."""

from __future__ import annotations

import functools
import re
import unicodedata

from .. import lazyre

#: Pressure that is unlawful or coercive in a collection call (GUIDE §3 practice, §6).
#: Matched on lower-case text with umlauts folded (ä -> a), as word beginnings.
UNLAWFUL: dict[str, tuple[str, ...]] = {
    "de": (
        "schufa",
        # the Austrian credit bureau: "… geb ich das halt dem Kreditschutzverband, dann steht's
        # im KSV und die Banken sehen das auch" (V232 p3: "Im ganzen Gespräch keine Drohung")
        "kreditschutzverband",
        "ksv",
        "creditreform",
        "auskunftei",
        "wirtschaftsauskunftei",
        "bonitatsdatenbank",
        "bonitatsauskunft",
        "bonitatseintrag",
        "negativeintrag",
        "ihre bonitat",
        "ihrer bonitat",
        "deine bonitat",
        "deiner bonitat",
        "negativen eintrag",
        "staatsanwalt",
        "strafanzeige",
        "anzeige erstatten",
        "zeige sie an",
        "zeige ich sie an",
        "zeigen sie an",
        "zeigen wir sie an",
        "polizei",
        "gerichtsvollzieher",
        "pfandung",
        "pfanden",
        "gepfandet",
        "betrug",
        "betruger",
        "gefangnis",
        "knast",
        "ihren nachbarn",
        "ihrem arbeitgeber",
        "ihren arbeitgeber",
        "ihren kunden erzahl",
        "ihren kunden sag",
        # any dunning fee: no scenario's call follows a reminder that charged one, so a fee
        # named is added on the spot ("Dazu kommen jetzt allerdings noch 50 Euro
        # Mahngebühr", V121 probe 1, V122 probe 3: read as a down payment, 93 and 100 gold)
        "mahngebuhr",
        "mahnkosten",
        "mahnspesen",
        "strafgebuhr",
        "bearbeitungsgebuhr",
        "inkassogebuhr",
        "verspatungsgebuhr",
        "verspatungszuschlag",
        "saumniszuschlag",
        "strafzuschlag",
        "strafzahlung",
        "vertragsstrafe",
    ),
    "en": (
        "credit agenc",
        "credit reference",
        "credit bureau",
        "credit rating",
        "credit file",
        "credit score",
        # "… take legal action and it will come in your credit history also" (ninety-seventh
        # audit: a legal threat of weight 2, where "report it to the credit bureau" failed
        # the call)
        "credit history",
        "credit record",
        # "… on your firm's credit report" (V117: a legal threat of weight 2, where the
        # German SCHUFA was critical)
        "credit report",
        # the rating named without "credit" (thirty-ninth audit: "People talk, the agencies
        # notice, and you'd hate your rating to take a knock …" was empathy 0.19, 100 gold)
        "your rating",
        # the debt on the customer's credit record, said without "file" or "score": "… send
        # this to a collections agency and that goes on your credit" (seventy-fourth audit)
        "on your credit",
        # ... and its harm said without "score" or "rating": "… take it to the small claims
        # court, and it will affect your credit" (V173 p5: a legal threat of weight 2)
        "affect your credit",
        "hurt your credit",
        "damage your credit",
        "harm your credit",
        "ruin your credit",
        "impact your credit",
        "experian",
        "equifax",
        "police",
        "prosecut",
        "criminal",
        "fraud",
        "bailiff",
        "seize",
        "seizure",
        "repossess",
        "prison",
        "jail",
        "your neighbours",
        "your employer",
        "tell your customers",
        "penalty fee",
        "admin fee",
        "admin charge",
        "collection fee",
        "collection charge",
        "collection cost",
        "late fee",
        "late charge",
        "late payment fee",
        "late payment charge",
        "late-payment fee",
        "extra fee",
        "extra charge",
        "surcharge",
        "penalty charge",
        "penalty of",
        # "I'd hate to have to add our £150 late-handling fee …" (V158 09: a legal threat of
        # weight 2, the fee never named)
        "handling fee",
        "handling charge",
        "processing fee",
        "processing charge",
        "administration fee",
        "administration charge",
        "recovery fee",
        "recovery charge",
    ),
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("ß", "ss")


#: The text `unlawful_pressure` matches on (its phrase is a piece of it: "mahngebuhr" for
#: "Mahngebühr"), for finding the sentence the phrase came from.
fold = _fold


#: Telling third parties about the debt (GUIDE §6): a verb of telling and someone of the
#: customer's own ("I'll have a word with your landlord about it": forty-seventh audit, a
#: threat of weight 2 only, not the critical failure the guide makes it), or the debt made
#: public. Matched on folded text (umlauts stripped). "I know your landlord put the rent up"
#: tells nobody anything.
_WHOSE = r"(?:your|ur|ihrem|ihren|ihrer|ihre|deinem|deinen|deiner|deine|eurem|euren|eurer)"
_THIRD = (
    r"(?:landlord|wife|husband|partner|family|boss|bank\s+manager|suppliers?|customers?"
    r"|clients?|neighbou?rs?|employer|staff|colleagues?|friends?|mates|parents"
    r"|vermieter\w*|nachbar\w*|frau|mann|familie|chef\w*|kunden|lieferanten|arbeitgeber\w*"
    r"|kollegen|freunde\w*|eltern|bank"
    # the customer's own public (fifty-sixth and fifty-seventh audits: "I'll let your wedding
    # couples know you don't pay your suppliers", "ruf ich bei Ihrem Großhändler an")
    r"|(?:wedding\s+)?couples|brides|patients|guests|tenants|members|grosshandl\w*|handl\w*"
    r"|patient\w*|gast\w*|gaste\w*|mieter\w*|mitglied\w*"
    # the body his trade hangs on: "Ihre Taxi-Zentrale informieren" (V186 06)
    r"|[\w-]*zentrale|innung|genossenschaft|[\w-]*verband"
    # the people round his building: "Ihr Hausmeister … ich hab ihm gesagt, dass die Rechnung
    # noch offen ist" (V193 06)
    r"|hausmeister\w*|hauswart\w*|caretaker|janitor|concierge"
    # ... and those he answers to: "Und Ihren Eigentümern erzähl ich dann auch mal, wie Sie
    # Ihre Handwerker bezahlen." to a property manager (V200 probe 6: a legal threat of
    # weight 2, "Mit rechtlichen Schritten gedroht")
    # (not his own company's head: "Ihren Geschäftsführer", "your director" are the debtor)
    r"|eigentumer\w*|auftraggeber\w*|property\s+owners|owners'?\s+association)"
)
#: Everyone around the customer, named without "your": "the other shops on the parade",
#: "de Patientn im Wartezimmer" (then only with what they are to hear: `_ABOUT_YOU`).
_OTHERS = (
    # ("… and I'll tell every supplier at the Bristol depot how Northwind pays its bills":
    # V270 09, a legal threat beside it, and the third party went unnamed)
    r"(?:(?:the\s+other|all\s+the|everyone\s+(?:at|on|in)|every|each|all\s+(?:of\s+)?(?:your|the)|den\s+anderen"
    r"|allen|jedem|jeder)\s+(?:\w+\s+)?"
    r"(?:shops?|businesses|business|traders?|tradesmen|patients?|guests?|tenants?|neighbou?rs?|customers?"
    r"|clients?|suppliers?|vendors?|contractors?|street|parade|laden|geschaft\w*|patient\w*|gast\w*"
    r"|gaste\w*|mieter\w*|nachbar\w*|kunde\w*|lieferant\w*|handler\w*|strasse)"
    r"|(?:de|den|die)\s+(?:patient\w*|gast\w*|gaste\w*|mieter\w*|nachbar\w*"
    # the owners a property manager answers to: "rufe ich die Eigentümer in der Lindenstraße
    # 12 an und erzähle denen, wie ihre Hausverwaltung mit Handwerkern umgeht" (V223 05)
    r"|eigentumer\w*))"
)
#: Suppliers are the caller's too: told about the customer only with how he pays ("tell every
#: supplier at the depot how Northwind pays its bills").
_SUPPLIERS = r"(?:suppliers?|vendors?|contractors?|lieferant\w*)(?![a-z])"
_HOW_YOU = lazyre.compile(
    r"^\W*(?:[\w'-]+\s+){0,5}?(?:how|what|wie|was|dass|about)\b|\byou\s+(?:don'?t|never|won'?t|didn'?t|do\s+not)\b"
    r"|\b(?:sie|du)\s+(?:\w+\s+)?(?:nicht|nie)\b"
)
#: ... telling them about the debt or the customer: "what you're like", "dass Sie nicht zahlen".
_ABOUT_YOU = lazyre.compile(
    r"pay|paid|owe|debt|bill|money|what\s+you|how\s+you|zahl|schuld|rechnung|geld|was\s+sie"
    r"|wie\s+sie|was\s+du|wie\s+du|wie\s+(?:ihr|ihre|dein|deine)\b|'s\b|des\b|das\b"
    # "… what kind of customer you are" (V218 probe 4: small talk, no check failed)
    r"|what\s+(?:kind|sort|type)\s+of|was\s+fur\s+(?:ein|eine|einen|einer)?\b"
    # the matter itself as the object: "mention it to the other shops", "erwähne es"
    r"|^(?:mention|erwahn)\w*\s+(?:it|this|that|es)\b"
)
#: The customer's debt spread about, said as done or to be done: "… about Moore's Deli no
#: paying its bills, so folk know" — a word of the debt before, and "know" ending the clause
#: ("so everyone knows where we stand" tells nobody anything).
_SPREAD = (
    r"|(?:pay|paid|owe|owing|debt|bills?)[^.?!]{0,80}?\b(?:so|now|and)\s+(?:the\s+)?"
    r"(?:folk|folks|people|everyone|everybody|the\s+whole\s+\w+)\s+(?:round\s+here\s+"
    r"|around\s+here\s+)?(?:know|knows|will\s+know)\s*(?:[.!,;]|$)"
    r"|(?:(?<![a-z])(?:be)?zahl|schuld|rechnung)[^.?!]{0,80}?\bdamit\s+(?:es\s+|das\s+)?(?:alle|jeder|die\s+leute)"
    r"\s+(?:es\s+|das\s+)?(?:wissen|weiss)\s*(?:[.!,;]|$)"
    # ... or the word let loose: "Mind, I know most of the trades on your street, Tom, and word
    # gets round quick when folk don't pay." (V244 probe 4: "Threatened legal action", weight
    # 2, where the guide fails the call), "so was spricht sich schnell rum, wenn einer nicht zahlt"
    r"|(?<![a-z])word\s+(?:gets|goes|will\s+get|'?ll\s+get|travels|spreads|soon\s+gets)\s+"
    r"(?:a?round|about)\b[^.?!]{0,60}?(?:(?:n't|not|never)\s+(?:\w+\s+)?pay|owe|owing|debt|unpaid)"
    r"|(?:(?:n't|not|never)\s+(?:\w+\s+)?pay|owe|owing|debt|unpaid)[^.?!]{0,60}?\bword\s+(?:gets|goes|will\s+get|'?ll\s+get"
    r"|travels|spreads|soon\s+gets)\s+(?:a?round|about)\b"
    r"|(?:(?<![a-z])(?:be)?zahl|schuld|rechnung)[^.?!]{0,80}?\bsprich\w*\s+sich\s+(?:\w+\s+){0,3}?"
    r"(?:rum|herum)\b"
    # ("in der Innung spricht sich so was schnell rum, wenn einer nicht zahlt": V272 p4, a
    # threat of weight 2 only)
    r"|\bsprich\w*\s+sich\s+(?:\w+\s+){0,3}?(?:rum|herum)\b[^.?!]{0,60}?(?:zahl|schuld|rechnung)"
    # ... or made sure of: "Mind, if it drags on I'll make sure the other traders on your street
    # know how you treat your suppliers." (V318 p3 and 11: a threat of weight 2), "ich sorge
    # dafür, dass die anderen Händler erfahren, wie Sie mit Lieferanten umgehen"
    r"|\bmake\s+sure\s+(?:that\s+)?(?:people|folk|folks|everyone|everybody|the\s+(?:other|whole)\s+\w+"
    r"|all\s+the\s+\w+|every\s+\w+|your\s+\w+)\b(?:\s+[\w']+){0,4}?\s+(?:know|knows|hear|hears|find\s+out|finds\s+out)\s+"
    r"(?:how|what|about|that)\s+(?:\w+\s+){0,2}?(?:you|ya|u)\b"
    r"|\bdafur\s+sorgen,?\s+dass\s+(?:alle|jeder|die\s+leute|die\s+anderen\s+\w+|ihre\s+\w+|deine\s+\w+)\b(?:\s+\w+){0,4}?\s+(?:wissen|erfahren|horen|mitkriegen|mitbekommen)\s*,?\s+"
    r"(?:wie|was|dass)\s+(?:sie|du)\b"
    r"|\bsorge\s+(?:ich\s+)?dafur,?\s+dass\s+(?:alle|jeder|die\s+leute|die\s+anderen\s+\w+|ihre\s+\w+|deine\s+\w+)\b(?:\s+\w+){0,4}?\s+(?:wissen|erfahren|horen|mitkriegen|mitbekommen)\s*,?\s+"
    r"(?:wie|was|dass)\s+(?:sie|du)\b"
)
_THIRD_PARTY = lazyre.compile(
    r"(?<![a-z])(?:tell\w*|told|inform\w*|let\s+\w+\s+know|ring|call|contact\w*|speak\s+to"
    # "… though I would hate to have to mention it to the other shops on the street" (sixty-
    # ninth audit: small talk, 100 gold)
    r"|mention\w*|erwahn\w*"
    r"|talk\s+to|word\s+with|write\s+to|email|e-mail"
    r"|erzahl[\w']*|verzahl[\w']*|vazahl[\w']*|sag\w*|informier\w*|ruf\w*|wend\w*|meld\w*|schreib\w*"
    r"|bescheid\s+geben)"
    rf"\s+(?:\w+\s+){{0,3}}?(?:{_WHOSE}\s+(?:\w+\s+)?{_THIRD}|{_OTHERS})(?![a-z])"
    # ("I will let your partners and a couple of your clients know how Price & Lowe treats its
    # suppliers": V223 probe 1, a legal threat of weight 2)
    rf"|(?<![a-z])let\s+{_WHOSE}\s+(?:\w+\s+){{0,2}}?{_THIRD}s?(?:\s+[\w&'-]+){{0,6}}?\s+know"
    rf"|(?<![a-z])erfahr\w*\s+(?:\w+\s+){{0,2}}?{_WHOSE}\s+(?:\w+\s+)?{_THIRD}(?![a-z])"
    r"|name\s+and\s+shame|(?:google|online|public|bad|negative)\s+review"
    r"|(?:put\w*|leav\w*|writ\w*|post\w*)\s+(?:\w+\s+){0,2}?review\s+(?:\w+\s+){0,2}?(?:on|at)"
    r"\s+(?:google|yelp|facebook|trustpilot)"
    r"|bewertung\s+(?:\w+\s+){0,3}?(?:bei|auf)\s+(?:google|facebook|yelp)"
    r"|(?:schreib|stell|post|setz)\w*\s+(?:\w+\s+){0,3}?(?:bei|auf|in|ins)\s+"
    r"(?:google|facebook|yelp|instagram|internet|netz)"
    r"|(?:offentlich|publik)\s+mach|an\s+den\s+pranger|(?:schlechte|negative)\s+bewertung"
    # the German order, the telling last: "ich tät ja ungern mit de annern Handwerker im
    # Viertel drüber redde müsse" (V123 probe 2: small talk, "Keine vorschnelle Drohung",
    # 100 gold), "mit Ihren Kunden darüber sprechen"
    r"|(?<![a-z])mit\s+(?:(?:den|de|allen|all\s+den)\s+(?:anderen|annern|andern|andre)\s+|"
    + _WHOSE
    + r"\s+)(?:\w+\s+){0,4}?"
    r"(?:daruber|druber|davon|uber\s+(?:sie|dich|ihre|deine|die\s+rechnung))\s+"
    r"(?:\w+\s+){0,2}?(?:red|sprech|schwatz|babbel|erzahl|quatsch|plauder)\w*"
    # told already, to someone by name or round the corner: "I mentioned to Jim at the café
    # next door that your invoice was still open" (V127 probe 1: the neutral opener 0.44, 100
    # gold), "I already mentioned it to Steve next door at the butcher's" (V127 12: small
    # talk) — not the caller's own people ("I mentioned it to my colleague")
    # ("I only mentioned it to Jenny at the café next door, she says you're always a bit
    # behind with bills, ha!": V137 probe 6, empathy and 100 gold)
    r"|(?<![a-z])(?:i|we)(?:'ve|'d|\s+have|\s+had)?\s+(?:already\s+|just\s+|also\s+|only\s+)?"
    r"(?:mentioned|told|spoke\s+to|talked\s+to|had\s+a\s+word\s+with)\s+(?:(?:it|this|that)\s+)?"
    r"(?:to\s+)?(?:(?!you\b|your\b|my\b|our\b|him\b|her\b|them\b|someone\b|somebody\b)"
    r"[a-z]+\s+(?:at|from|next|down|over|in|who|across|on)\b(?!\s+your\b)"
    # ... or to a body the customer belongs to: "I've already mentioned to the Wedding Fayre
    # committee that it's outstanding" (V165 probe 3: 100 gold)
    r"|(?:the|a)\s+(?:[a-z'-]+\s+){0,3}?(?:committee|association|guild|chamber|council"
    r"|society|club|federation|organi[sz]ers?)\b)"
    r"(?=[^.?!]{0,80}?(?:your\s+(?:invoice|bill|debt|account)|you\s+(?:still\s+)?owe|owing|unpaid"
    r"|still\s+open|outstanding|good\s+for\s+it|(?:not|n't)\s+(?:been\s+)?paid"
    r"|(?:behind|late)\s+with\s+(?:\w+\s+)?(?:bills|payments|paying)))"
    # ... and to someone of his, named before the verb: "Ich hab übrigens Ihrem Nachbarn, Herrn
    # Schmidt vom Autohaus, schon erzählt, dass die Rechnung … noch offen ist" (V168 probe 2: the
    # reason question, 100 gold)
    rf"|(?<![a-z])(?:ich|wir)\s+(?:hab\w*|habe|haben)\s+(?:\w+\s+){{0,4}}?{_WHOSE}\s+(?:\w+\s+)?"
    rf"{_THIRD}\b[^.?!]{{0,60}}?\b(?:erzahlt|gesagt|gesteckt|berichtet|erwahnt|informiert)\b"
    r"(?=[^.?!]{0,60}?(?:rechnung|zahl|offen|schuld|geld|betrag|mahnung))"
    # ... and the German order, the telling last: "wenn das Geld nicht kommt, muss ich leider
    # Ihre Lieferanten informieren, dass Sie bei uns Schulden haben" (V186 probe 3 and 06: a
    # legal threat of weight 2, "rechtliche Schritte", where the guide fails the call)
    rf"|(?<![a-z])(?:ich|wir)\b[^.?!]{{0,40}}?\b{_WHOSE}\s+(?:[\w-]+\s+)?{_THIRD}\s+"
    r"(?:\w+\s+){0,3}?(?:informier|bescheid\s+(?:geb|sag)|erzahl|mitteil|benachrichtig|melden)\w*"
    r"(?=[^.?!]{0,80}?(?:schuld|zahl|rechnung|offen|geld|betrag|mahnung))"
    # ... and the party first, the telling after: "Und Ihren Eigentümern erzähl ich dann auch
    # mal, wie Sie Ihre Handwerker bezahlen." (V200 probe 6)
    rf"|(?<![a-z]){_WHOSE}\s+(?:[\w-]+\s+)?{_THIRD}\s+(?:erzahl|sag|meld|schreib|steck|verrat)\w*"
    r"\s+(?:ich|wir)\b(?=[^.?!]{0,80}?(?:schuld|zahl|rechnung|offen|geld|betrag|mahnung))"
    # ... with the debt between: "Ihren Vermieter über die offene Rechnung informieren"
    rf"|(?<![a-z])(?:ich|wir)\b[^.?!]{{0,40}}?\b{_WHOSE}\s+(?:[\w-]+\s+)?{_THIRD}\s+"
    r"(?:uber|von)\s+(?:\w+\s+){0,3}?(?:schuld|offene\w*\s+rechnung|zahlungsruckstand|ausstand)\w*"
    r"\s+(?:\w+\s+){0,2}?(?:informier|in\s+kenntnis\s+setz|erzahl|benachrichtig)\w*"
    # ... and to someone of his named first, told after: "Ihr Hausmeister hat mir übrigens
    # gestern erzählt, dass …, ich hab ihm gesagt, dass die Rechnung noch offen ist" (V193 06:
    # clarify_objection 0.63, no conduct finding), "your caretaker … I told him it's unpaid"
    rf"|(?<![a-z])(?:ihr|dein|euer|{_WHOSE})\s+(?:\w+\s+)?{_THIRD}\b[^.?!]{{0,120}}?"
    r"\b(?:(?:ich|wir)\s+(?:hab\w*|habe|haben)\s+(?:\w+\s+){0,2}?(?:ihm|ihr)\s+(?:\w+\s+){0,2}?"
    r"(?:erzahlt|gesagt|gesteckt|berichtet)"
    r"|(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|also\s+|just\s+)?(?:told|mentioned\s+to)\s+(?:him|her))\b"
    r"(?=[^.?!]{0,60}?(?:rechnung|zahl|offen|schuld|geld|betrag|mahnung|invoice|bill|owe|owing"
    r"|unpaid|outstanding|still\s+open))"
    r"|(?<![a-z])(?:ich|wir)\s+(?:hab\w*|habe)\s+(?:es\s+|das\s+|'s\s+)?(?:schon\s+|auch\s+)?"
    r"(?:dem|der|den)\s+[a-z]+\s+(?:von|aus|im|in|nebenan|gegenuber)\b[^.?!]{0,40}?"
    r"(?:erzahlt|gesagt|gesteckt|berichtet)"
    # the debt spread about: "… about Moore's Deli no paying its bills, so folk know"
    # (seventy-first audit: a reproach only), "damit es alle wissen"
     + _SPREAD,
)


_PUBLIC = lazyre.compile(
    r"erfahr|name\s+and\s+shame|(?:google|online|public|bad|negative)\s+review"
    r"|(?:offentlich|publik)\s+mach|an\s+den\s+pranger|(?:schlechte|negative)\s+bewertung" + _SPREAD
)
_BY_THE_CALLER = lazyre.compile(
    r"(?<![a-z'])(?:i|i'?ll|i'?d|i'?m|we|we'?ll|we'?d|ich|wir|werd\w*)(?![a-z])"
)


_CREDIT_PRODUCT = lazyre.compile(r"\s*(?:card|note|account|limit|line|facility|terms)")


def unlawful_pressure(text: str, language: str) -> str | None:
    """The phrase of `text` that is unlawful or coercive pressure, or None.

    Remembered for ordinary lines: scoring asks it of every learner line of the call again
    on each turn (three to four times per line and turn), and the answer depends on the
    words alone. A very long line is not kept (the cache's memory stays bounded).
    """
    if len(text) > 2000:
        return _unlawful_pressure(text, language)
    return _remembered(text, language)


def _unlawful_pressure(text: str, language: str) -> str | None:
    low = " " + re.sub(r"\s+", " ", _fold(text)) + " "
    for told in _THIRD_PARTY.finditer(low):
        # The caller telling them ("I'll have a word with your landlord", "dann erzähl ich
        # das deinem Vermieter") or the debt made public, not the customer asked to tell his
        # own people ("Sagen Sie Ihrem Chef, er soll freigeben", "Rufen Sie doch Ihre Bank
        # an", "Tell your wife I said hello").
        window = low[max(0, told.start() - 30) : told.end()]
        if re.search(_OTHERS, told.group(0)) and not _ABOUT_YOU.search(
            low[told.start() : told.end() + 60]
        ):
            continue  # "Tell the other shops I said hello"
        if re.search(_SUPPLIERS, told.group(0)) and not _HOW_YOU.search(
            low[told.end() : told.end() + 60]
        ):
            continue  # "I told all the suppliers we would pay them on Friday": his own
        if _PUBLIC.match(told.group(0)) or _BY_THE_CALLER.search(window):
            return told.group(0)
    fees = _AGENCY_FEES.search(low)
    if fees and not _RULED_OUT_BEFORE.search(low[max(0, fees.start(1) - 20) : fees.start(1)]):
        return fees.group(1)
    record = _AGENCY_RECORD.search(low)
    if record and not _RULED_OUT_BEFORE.search(low[max(0, record.start(1) - 30) : record.start(1)]):
        return record.group(1)
    if not _any_needle(language).search(low):
        return None  # most lines name none of the needles: one search instead of ~80
    for needle in UNLAWFUL.get(language, ()) + UNLAWFUL["en"] * (language != "en"):
        for m in re.finditer(r"(?<![a-z])" + re.escape(needle), low):
            if needle.endswith("your credit") and _CREDIT_PRODUCT.match(low, m.end()):
                continue  # "put it on your credit card": a way to pay
            if needle == "betrug" and (
                _AMOUNTED.match(low, m.end()) or _SUBJECT_BEFORE.search(low[: m.start()])
            ):
                continue  # "Die Rechnung betrug 850 Euro": the verb, not fraud
            before = low[max(0, m.start() - 20) : m.start()]
            if _RULED_OUT.search(needle) and _RULED_OUT_BEFORE.search(before):
                # "There's no extra fee for paying in instalments", "das geht nicht an die
                # Schufa", "this won't affect your credit score": a reassurance
                continue
            if _KINDS[0][1].search(needle) and _WAIVED.search(_clause_around(low, m)):
                continue  # "Die Mahngebühr lasse ich weg", "I'll waive the late fee": a gift
            return needle
    return None


_remembered = functools.lru_cache(maxsize=2048)(_unlawful_pressure)

#: A collection agency's fees put on the customer, said as a threat: "Sonst müsste ich es
#: leider ans Inkasso geben, und die nehmen 150 Euro Gebühren." and "… hand the matter over
#: to a collection agency and they will add their fees also" (V144 p3 and 11: a legal threat
#: of weight 2, the fee never named). Group 1 is the fee word.
_AGENCY_FEES = lazyre.compile(
    r"(?<![a-z])(?:inkasso\w*|collection\s+agenc\w*|collections\s+(?:company|firm)|debt\s+collect\w*)"
    r"[^.?!]{0,80}?(?<![a-z])(?:add\w*|charg\w*|put\w*|slap\w*|nehm\w*|berechn\w*|schlag\w*"
    r"|kommen|kommt|verlang\w*)(?![a-z])[^.?!]{0,40}?(?<![a-z])(gebuhr\w*|fees?|kosten)(?![a-z])"
)

#: ... or the debt collector's mark on the customer's record: "I'd really hate to have to hand
#: this over to a debt collector, mate, nobody wants that on their record." (V152 p2: a legal
#: threat of weight 2; GUIDE §5 names a credit entry used as a threat). Group 1 is the record.
_AGENCY_RECORD = lazyre.compile(
    r"(?<![a-z])(?:collection\s+agenc\w*|collections?\s+(?:company|firm|partner|agency)"
    r"|debt\s+collect\w*)[^.?!]{0,80}?(?<![a-z])(on\s+(?:your|their|his|her)\s+(?:record|name))"
    r"(?![a-z])"
)

#: What kind of pressure a phrase of `unlawful_pressure` is, so the debrief can name it:
#: "Unlawful pressure" for an invented £75 admin fee told a trainer nothing about what was
#: wrong (eighty-fourth and eighty-seventh audits). First match wins; what none matches is
#: someone of the customer's told ("third"). Every needle of `UNLAWFUL` must land in its kind
#: (tests/scenarios/test_customer_v38.py checks the lists against each other).
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "fee",
        lazyre.compile(
            r"fee|gebuhr|charge|zuschlag|surcharge|penalty|strafzahlung|strafe|mahnkost"
            r"|mahnspes|collection\s+cost"
        ),
    ),
    (
        "credit",
        lazyre.compile(
            r"schufa|kreditschutz|ksv|creditreform|auskunftei|bonitat|eintrag|credit|rating|experian"
            r"|equifax"
            r"|on\s+(?:your|their|his|her)\s+(?:record|name)"
        ),
    ),
    (
        "criminal",
        lazyre.compile(
            r"staatsanwalt|anzeige|zeige|polizei|betrug|gefangnis|knast|police|prosecut"
            r"|criminal|fraud|prison|jail"
        ),
    ),
    ("seizure", lazyre.compile(r"gerichtsvollzieher|pfand|bailiff|seiz|repossess")),
)


def pressure_kind(found: str) -> str:
    """'fee', 'credit', 'criminal', 'seizure' or 'third' (someone of the customer's told)
    for a phrase `unlawful_pressure` returned."""
    for kind, pattern in _KINDS:
        if pattern.search(found):
            return kind
    return "third"


@functools.cache
def _any_needle(language: str) -> re.Pattern[str]:
    """Whether any needle the loop below tries starts anywhere in the line (a prefilter:
    the loop still decides which needle is named, in the order of `UNLAWFUL`)."""
    needles = UNLAWFUL.get(language, ()) + UNLAWFUL["en"] * (language != "en")
    return lazyre.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, needles)) + ")")


#: "Die Rechnung betrug 850 Euro" / "… betrug insgesamt 1.200 Euro": "betrug" is the past of
#: "betragen" before an amount (twelfth session: a learner citing the invoice failed the
#: call's critical check for "fraud").
_AMOUNTED = lazyre.compile(r"\s+(?:[a-z]+\s+){0,5}[\d€$£]")
#: ... or after its subject ("Das Gefälle betrug bei der Abnahme exakt 2 Prozent": V213 p1,
#: a fact that cleared up the objection failed the call as a threat of a fraud charge); not
#: "das ist Betrug", "wegen Betrug".
_SUBJECT_BEFORE = lazyre.compile(
    r"(?<![a-z])(?:der|die|das|dieser|diese|dieses|es|er|sie)\s+(?!(?:ist|war|ware|sei|nach|wegen)\s)"
    r"[a-z]+\s+$"
)
#: A fee ruled out ("no extra fee", "keine Bearbeitungsgebühr", "ohne Inkassogebühr") is a
#: reassurance, not pressure (twelfth session: it failed the call's critical check). A fee
#: added on top of the invoice ("There'll be a £150 late fee on top if it's not with us by
#: Friday") is invented — no scenario's terms carry one (twenty-ninth audit: it passed 93
#: silver and the customer took the £150 for the sum owed).
_RULED_OUT = lazyre.compile(
    r"fee|gebuhr|charge|zuschlag|penalty|strafe|strafzahlung|schufa|auskunftei|bonitat|eintrag"
    r"|credit|rating"
)
#: A fee let go in the same clause: a concession, not pressure ("Die Mahngebühr lass ich weg",
#: "wir verzichten auf die Mahngebühr", "I'll waive the late fee"; it was critical before).
#: Not "ersparen"/"avoid": "ob ich Ihnen die Mahngebühr noch ersparen kann" holds it over him.
_WAIVED = lazyre.compile(
    r"(?<![a-z])(?:waiv\w*|drop\w*|scrap\w*|cancel\w*|writ\w*\s+off|wipe\w*|forget"
    r"|verzicht\w*|weg(?![a-z])|entfall\w*|entfallt|erlass\w*|storn\w*|streich\w*)"
)


def _clause_around(low: str, m: re.Match[str]) -> str:
    """The clause of `low` that holds the match (cut at sentence ends, commas and "and/und")."""
    start = max(low.rfind(c, 0, m.start()) for c in ".!?,;") + 1
    ends = [i for c in ".!?,;" if (i := low.find(c, m.end())) >= 0]
    return low[start : min(ends) if ends else len(low)]


_RULED_OUT_BEFORE = lazyre.compile(
    r"(?<![a-z])(?:no|not|without|never|[a-z]+n[\'’]t|wont|dont|keine?[mnrs]?|ohne|nicht)"
    r"\s+(?:[a-z]+\s+){0,2}$"
)
