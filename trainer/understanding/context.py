"""Context rules: the boundaries GUIDE.md §5 says the words alone cannot draw.

- `threaten_legal` vs `announce_legal_route`: legal wording early in the call (before
  negotiation failed) is a premature threat, however calmly it is said.
- `ask_reason` vs `clarify_objection`: asking "why/what" before the customer objected
  is asking for the reason; after an objection it is asking for specifics.
- `greeting_identify` vs `close_politely`: "Servus", "Grüß Gott", "cheers" both greet and
  take leave; past the opening, a line read as both is the goodbye ("Okay, passt scho.
  Servus." mid-call was answered "Worum geht es denn genau?" — second outside audit).

- `accusatory_opener` vs `fix_payment_date`: right after the customer proposed a day, "Yes,
  but that's too late for us" / "Ja, aber nicht so spät" asks for an earlier day; the words
  "late", "spät" sit mostly in reproaches in the library (eighth outside audit: a counter
  read as blame 0.85 offends the customer and fails the conduct check).

With no context (classify, eval) the recogniser's own reading stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .. import lazyre
from .lexicon import lexicon
from .normalize import norm_key
from .pressure import fold as fold_text
from .pressure import pressure_kind, unlawful_pressure
from .retraction import takes_back_reduction
from .smalltalk import friendly_chat, names_business, puts_off, small_talk
from .types import TENTATIVE, Context, IntentHit, Recognition

#: Learner turns before this one count as "the first minute" of the call.
EARLY_TURNS = 3
#: A price reduction named with its size: "take £300 off the invoice", "10 % Nachlass", "ich
#: ziehe Ihnen 150 Euro ab". One list for the recogniser (`model._named_price_reduction`: a
#: compromise) and the customer (`simulation.terms.read_offer`: the amount is no payment). Not
#: the library's offer_compromise patterns: those also cover rework ("fix", "come back"), which
#: names no price. "Wir ziehen die 500 Euro am Freitag ab" (a direct debit) is no reduction.
REDUCTION = lazyre.compile(
    r"\b(?:take|knock|shave|took|knocked)\b.{0,40}\boff\b|\boff\s+the\s+(?:bill|invoice|price|total)\b"
    r"|(?:%|\bper\s*cent|\bpercent)\s+off\b|\bdiscount\b"
    # ("150 Euro Preisnachlass, und Sie überweisen 3.420,00 Euro bis zum 18. Dezember" was a
    # plan, "Eine Ratenzahlung? Nein": V255 probe 3)
    r"|\b(?:preis|sonder)?nachlass|\b(?:preis|sonder)?rabatt|\bpreisminderung|\bgutschrift"
    r"|\bkulanzgutschrift|\bcredit\s+note\b"
    # a discount for paying quickly (fortieth audit: "zwei Prozent Skonto … 2.332,40 statt
    # 2.380 Euro" got "Abgemacht, die 2.380,00 €")
    r"|\bskonto|\bearly[- ]payment\s+discount|\bprompt[- ]payment\s+discount"
    r"|\bzieh\w*(?:\s+\w+){0,2}\s+(?:ihnen|dir|euch)\b.{0,50}\bab\b"
    # ... and off the invoice without the dative: "als entschuldigung ziehen wir 150 euro von
    # der rechnung ab" (V174 06: the 150 € became the sum to pay, and the right read-back of
    # 3.420 € was "corrected" to 150 €)
    r"|\bzieh\w*\b[^.?!]{0,40}?\bvon\s+(?:der|ihrer|deiner|unserer)\s+(?:rechnung|summe"
    r"|gesamtsumme|endsumme|betrag)\s+ab\b|\babzieh\w*|\babgezogen\b"
    # ... or with the sum alone: "und ich ziehe 200 Euro ab", "200 € ziehen wir ab" (V302 03:
    # read as a down payment beside the rework)
    r"|\bzieh\w*(?:\s+(?:ich|wir))?\s+(?:noch\s+|dann\s+)?[\d.,]+\s*(?:€|euro|eur)\s+ab\b"
    r"|[\d.,]+\s*(?:€|euro|eur)\s+zieh\w*\s+(?:ich|wir)\s+(?:\w+\s+){0,2}?ab\b"
    r"|(?:%|\bprozent)\s+(?:weniger|runter|günstiger|nachlass)"
    # the bill lowered by a sum: "Für die Unannehmlichkeiten mindere ich die Rechnung außerdem
    # um 150 Euro." (V319 03: "Es wären dann 3.420 Euro …" became "3.420,00 € vorab" and a
    # rest), "I'll reduce the invoice by £150"
    r"|\b(?:minder|reduzier|senk|kürz|kuerz)\w*\b[^.?!]{0,50}?\bum\s+(?:[\d.,]+|\w+)\s*(?:€|euro|eur|prozent|%)"
    r"|\b(?:reduc|lower|cut)\w*\b[^.?!]{0,50}?\bby\s+(?:[£$€]\s?[\d.,]+|[\d.,]+\s*(?:%|per\s*cent|percent|pounds|quid|dollars|euros?))",
    re.IGNORECASE,
)
#: The rest let go: "und den Rest vergessen wir", "den Rest lassen wir fallen", "forget the
#: rest", "we'll write the rest off", "the rest is on the house". A reduction to what is paid
#: (thirtieth audit: "Sie zahlen einfach die Hälfte, 1.785 Euro, und den Rest vergessen wir"
#: was a down payment, and the customer agreed the whole sum in two halves). One list for the
#: recogniser (`model._rest_waived`) and the customer (`simulation.terms.read_offer`).
REST_WAIVED = lazyre.compile(
    r"\b(?:den|der|das)\s+(?:rest|restbetrag|übrige|uebrige)\s+(?:\w+\s+){0,2}?"
    r"(?:vergessen|vergess\w*|streichen|erlassen|lassen\s+wir\s+(?:weg|fallen|sein)|fällt\s+weg"
    r"|entfällt|schenk\w*|geht\s+aufs\s+haus|ist\s+erledigt)"
    r"|\b(?:forget|forget\s+about|write\s+off|waive|drop|scrap|let\s+go\s+of)\s+the\s+(?:rest|balance"
    r"|remainder)\b|\b(?:write|writing|let)\s+the\s+(?:rest|balance|remainder)\s+(?:off|go)\b"
    r"|\bthe\s+(?:rest|balance|remainder)\s+(?:is\s+)?on\s+(?:the\s+house|us|me)\b",
    re.IGNORECASE,
)
#: The learner asks the customer what he could do ("What would work for you?", "How would
#: you like to settle it?", "Was ginge denn bei Ihnen?", "Wie könnten wir das lösen?"), not
#: announces a proposal of the learner's own ("I have a suggestion"). The customer's side
#: reads it (`offer.asks`): a customer with a plan of his own then says it.
# "you tell me" alone hands him the proposal; "can you tell me what exactly is missing?" asks
# about his complaint (forty-ninth audit: read as "what can you manage", "I'm not sure I follow").
ASKS_WHAT_WORKS = lazyre.compile(
    r"\bwhat\s+(?:would|could|will|can)\s+(?:work|you\s+(?:manage|do|afford|pay|suggest|propose))"
    r"|\bwhat\s+works\s+for\s+you|\bhow\s+(?:would|could|do|can)\s+you\s+(?:like\s+to\s+|want\s+to\s+)?"
    r"(?:settle|pay|handle|do|sort)|\bhow\s+much\s+(?:could|can|would)\s+you|\bwhat\s+do\s+you\s+suggest"
    r"|\bwhat\s+did\s+you\s+have\s+in\s+mind|\btell\s+me\s+what\s+works"
    # ("… what exactly isn't finished, can you tell me?" asks what is wrong, not what would
    # work: V140 10, "I'm not sure I follow.")
    r"|(?<!can\s)(?<!could\s)(?<!would\s)(?<!will\s)"
    r"\byou\s+tell\s+me\b(?!\s+(?:what|where|which|why|how|when|if|whether|about|more|exactly))"
    r"|\bwas\s+(?:ginge|geht|würde|wuerde|könnten|koennten|können|koennen|schaffen|wäre|waere)"
    r"\b.{0,40}\b(?:ihnen|dir|euch|sie|du)\b|\bwie\s+(?:könnten|koennten|können|koennen|wollen|würden"
    r"|wuerden|möchten|moechten)\s+(?:wir|sie|du)\b.{0,40}\b(?:lösen|loesen|regeln|machen|zahlen"
    r"|bezahlen|begleichen)|\bwas\s+schlagen\s+sie\s+vor|\bwas\s+schlägst\s+du\s+vor",
    re.IGNORECASE,
)
#: Words that ask for an earlier day than the one proposed (German and English); the
#: customer's side reads them too (`offer.sooner`).
COUNTER = lazyre.compile(
    r"\b(?:sooner|earlier|too\s+late|that\s+late|so\s+late|too\s+far|too\s+long"
    r"|früher|frueher|zu\s+spät|so\s+spät|zu\s+spaet|so\s+spaet|schneller|zu\s+lang"
    # "Ja, so schnell wie möglich wäre gut" to her day is no yes to it (thirteenth audit)
    r"|so\s+(?:schnell|bald)\s+wie\s+möglich|schnellstmöglich|baldmöglichst"
    r"|möglichst\s+(?:schnell|bald)|as\s+soon\s+as\s+(?:possible|you\s+can)|asap"
    r"|sooner\s+rather\s+than\s+later)\b",
    re.IGNORECASE,
)

#: Words that tie a payment to a time, beyond the dates and weeks `facts` finds: questions
#: after a day ("bis wann", "when"), spelled-out days of the month, payment runs, "today" or
#: "now", "before Christmas". "umgehend", "zeitnah", "as soon as possible" are not among them:
#: they name no day (GUIDE §5: a *concrete* date). Read by the recogniser
#: (`model._no_day_named`) and the customer (`simulation.terms.demands_payment`).
TIME_WORDS = lazyre.compile(
    r"(?i)\b(?:"
    # ("seit wann?" asks since when the fault shows, not for a day: fifty-fourth audit)
    r"(?<!seit )(?<!since )wann|(?<!since )when|"
    r"\w*datum|\w*date|\w*termin\w*|\w*frist\w*|deadline|zahlungsziel|"
    r"\w*tag\w*|\w*day|\w*days|heute|today|tonight|morgen\w*|tomorrow|mittwoch\w*|"
    r"\w*woche\w*|\w*week\w*|\w*monat\w*|\w*month\w*|\w*jahr\w*|year\w*|"
    r"\w*lauf|\w*l[aä]ufe|\w*run|runs|cycle|zeit|time|"
    r"sofort|jetzt|now|gleich|right away|straight away|"
    r"bis|by|until|till|before|vor|ab|from|spätestens|spaetestens|latest|"
    r"ende|end|anfang|start|mitte|mid|nächst\w*|naechst\w*|next|kommend\w*|coming|"
    r"schneller|früher|frueher|eher|sooner|earlier|quicker|faster|"
    r"weihnacht\w*|christmas|xmas|ostern|easter|silvester|feierabend|arvo|eod|eom|"
    r"januar|jänner|jaenner|februar|feber|märz|maerz|april|mai|juni|juli|august|"
    r"september|oktober|november|dezember|january|february|march|may|june|july|"
    r"october|december|"
    r"(?:erst|zweit|dritt|viert|fünft|fuenft|sechst|siebt|acht|neunt|\w*zehnt|elft|zwölft|"
    r"zwoelft|\w*zwanzigst|\w*ßigst|\w*ssigst)(?:e|en|er|es)?|"
    r"first|second|third|\w+(?:th|teenth|tieth)|\d+(?:st|nd|rd|th)?"
    r")\b"
)

#: A demand or request to pay ("Bitte überweisen Sie den Betrag", "Wir fordern Sie auf, die
#: Zahlung zu leisten", "could you settle the invoice?", "please pay the balance"); read by
#: both sides, like TIME_WORDS.
PAY_VERB = (
    r"(?:überweisen|ueberweisen|zahlen|bezahlen|begleichen|leisten|ausgleichen|anweisen"
    r"|pay|settle|clear|transfer|send\s+(?:the|that|it|us)\b.{0,20}\b(?:money|payment|over)"
    # "Could you sort it asap?" (V114 probe 5: small talk, "Oh — yes, I suppose so.")
    r"|sort\s+(?:it|that|the\s+invoice|the\s+bill)(?:\s+out)?|get\s+(?:it|that)\s+(?:sorted|paid)"
    # "Kindly do the needful and release the payment asap." (V128 11, V130 09: no reading,
    # "Sorry, what was that about?"), "process the payment", "die Zahlung freigeben"
    r"|(?:release|process|arrange|initiate)\s+(?:the\s+|this\s+|our\s+)?payment"
    # "Kindly do the needful and process it at the earliest, sir." (V220 10: small talk)
    r"|(?:release|process|clear)\s+(?:it|that|the\s+invoice|the\s+bill)(?=\s+(?:at\s+the\s+earliest\b"
    r"|asap\b|as\s+soon\s+as\b|soon\b|quickly\b))"
    r"|(?:die\s+)?zahlung\s+(?:\w+\s+)?(?:freigeben|veranlassen|anweisen)"
    # "So can you please make sure it is paid asap?" (V231 08: no reading, "I'm not sure I
    # follow."), "sorgen Sie dafür, dass das bezahlt wird"
    r"|make\s+sure\s+(?:that\s+)?(?:it|this|that|the\s+\w+)\s+(?:is|gets|goes)\s+(?:paid|settled"
    r"|through|out)"
    r"|dafür\s+sorgen\s*,?\s+dass\s+(?:\w+\s+){0,4}?(?:bezahlt|überwiesen|ueberwiesen|beglichen))"
    r"(?!\w)"
)
DEMAND = lazyre.compile(
    rf"\bbitte\b.{{0,60}}\b{PAY_VERB}|\b{PAY_VERB}\s+sie\b"
    rf"|\b(?:bitten|fordern|ersuchen)\s+(?:wir\s+)?(?:sie|dich|euch)\b.{{0,80}}"
    rf"\b(?:zu\s+)?{PAY_VERB}"
    rf"|\b(?:dankbar|froh),?\s+wenn\s+(?:sie|du)\b.{{0,60}}\b{PAY_VERB}"
    rf"|\bsorge\s+(?:zu\s+)?tragen\b"
    # "How would you like to settle it?", "Wie würden Sie das gern bezahlen?": an open
    # question lets him choose (twenty-ninth audit: heard as a demand for the whole sum)
    rf"|(?<!how\s)(?<!what\s)(?<!when\s)(?<!which\s)\b(?:could|can|would|will)\s+you\b"
    rf".{{0,60}}\b{PAY_VERB}"
    rf"|(?<!wie\s)(?<!was\s)(?<!wann\s)(?<!welche\s)"
    rf"\b(?:können|könnten|würden|kannst|könntest)\s+(?:sie|du)\b.{{0,60}}\b{PAY_VERB}"
    rf"|\b(?:please|kindly)\b.{{0,40}}\b{PAY_VERB}"
    # "Und wäre es möglich, das dann asap zu überweisen?" (V262 05: no reading, "Das habe ich
    # jetzt nicht ganz verstanden."), "would it be possible to settle it this week?"
    rf"|\b(?:wäre|waere|ist)\s+es\s+(?:\w+\s+)?möglich\b.{{0,60}}\b{PAY_VERB}"
    rf"|\b(?:would|is)\s+it\s+(?:\w+\s+)?possible\b.{{0,60}}\b{PAY_VERB}"
    # "… the invoice is overdue, abeg just pay the complete amount." (V184 12: no reading once
    # the "I hear you" before it no longer counts, "I'm not sure I follow.")
    r"|\bjust\s+pay\s+(?:the|it|that|this|us|me)\b"
    # "And then if you could just sweet as pay the £180 asap once they're sorted" (V141 09:
    # no reading, "I'm not sure I follow."), "wenn Sie das bis dahin überweisen könnten"
    rf"|\bif\s+(?:you|u)\s+(?:could|can|would)\b.{{0,40}}\b{PAY_VERB}"
    rf"|\b(?:need|ask|urge|request)\s+(?:that\s+)?you\s+(?:to\s+)?{PAY_VERB}"
    # The whole sum insisted on ("I can't take anything less than the full amount", "Ich
    # brauche den vollen Betrag"): a call to pay all of it (fifty-seventh audit: "I'm not sure
    # I follow", after a guess at a goodbye had ended the call).
    rf"|\b(?:need|want|expect|insist\w*\s+on|less\s+than)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:the\s+)?(?:full|whole|entire|complete)\s+(?:amount|sum|balance|invoice|bill|[£$€]\s?\d)"
    rf"|\b(?:brauche[n]?|will|wollen|möchte[n]?|erwarte[n]?|bestehe[n]?\s+auf|weniger\s+als)"
    rf"\s+(?:\w+\s+){{0,3}}?(?:den|die|das)\s+(?:vollen?|ganzen?|gesamten?|kompletten?)"
    rf"\s+(?:betrag|summe|rechnungsbetrag|geld|rechnung)\b"
    # part payments turned away: "We cannot accept part payments, the whole amount please."
    # (V130 12: no reading, "I'm not sure I follow."), "Teilzahlungen nehmen wir nicht an"
    rf"|\b(?:cannot|can'?t|can\s+not|don'?t|do\s+not|won'?t|will\s+not)\s+(?:\w+\s+)?accept"
    rf"\s+(?:any\s+)?(?:part|partial)[\s-]*payments?\b"
    rf"|\bteilzahlungen\s+(?:\w+\s+){{0,2}}?(?:nicht|keine)\s+(?:\w+\s+)?(?:an|akzeptieren|annehmen)\b"
    rf"|\b(?:the\s+)?(?:full|whole|entire)\s+(?:amount|sum|balance),?\s+please\b"
    rf"|\b(?:den|die)\s+(?:vollen?|ganzen?|gesamten?)\s+(?:betrag|summe),?\s+bitte\b",
    re.IGNORECASE,
)

#: Words that confirm or sum up ("Ich bestätige Ihnen das per Mail", "I'll email you a
#: recap"): what makes a line about writing a written confirmation. Read by the recogniser
#: (`model._dunning_is_no_confirmation`) and the scorer (`checks.confirm_in_writing`).
CONFIRMS = lazyre.compile(
    r"\b(?:best[äa]tig\w*|confirm\w*|zusammenfass\w*|summar\w*|sum\s+up|recap)\b", re.I
)

#: Playing a mishap down ("das ist doch nicht schlimm", "kein Problem", "no worries").
REASSURES = lazyre.compile(
    r"\b(?:(?:ist|isch|is)\s+doch\s+(?:nicht|net|ned|nid)\s+(?:schlimm|so\s+schlimm|tragisch)"
    r"|nicht\s+(?:so\s+)?schlimm|net\s+schlimm|ned\s+schlimm|kein\s+(?:problem|drama|thema)"
    r"|macht\s+(?:doch\s+)?(?:nichts|nix|nüscht|nix\s+aus|nichts\s+aus)"
    r"|kann\s+(?:ja\s+)?(?:jedem\s+)?(?:mal\s+)?passieren|muss\s+(?:auch\s+)?mal\s+sein"
    r"|(?:das|des|dat)\s+passiert\s+(?:schon\s+mal|halt|eben|jedem|(?:den\s+)?besten)?\s*[.!,]"
    r"|no\s+worries|no\s+problem|not\s+a\s+(?:big\s+)?(?:deal|problem)|don'?t\s+worry"
    r"|it\s+happens|happens\s+to\s+(?:the\s+best|everyone|all)"
    # the good news said nervously: "äh, die bremsen sin ja jetz ganz neu, des is doch gut,
    # oder?" (V179 06 and p1: blame 0.70, "So redet man nicht mit einem Stammkunden")
    r"|(?:das|des|dat|dös)\s+(?:ist|is|isch)\s+(?:doch|ja)\s+(?:gut|prima|super|schön|fein)\b"
    # (not "schön und gut, aber …", which waves what he said aside: "Das ist ja schön und gut,
    # aber das Abnahmeprotokoll haben Sie … unterschrieben." became comfort 1.00 — V303 06)
    r"(?!\s+und\s+(?:gut|schön)\b)"
    r"|that'?s\s+(?:a\s+)?good\s+(?:thing|news)?,?\s+(?:isn'?t\s+it|right)\b"
    # the Rhineland's "it has always turned out fine" and the German "don't worry": "Et hätt
    # noch immer jot jejange." (V319 02: blame 0.56, "Sie tun so, als wollte ich nicht
    # zahlen!"), "keine Angst, ich bin nicht vom Finanzamt, haha" (blame 0.49 in the opener)
    r"|(?:et|es|das|des)\s+(?:hätt|hat|ist|is)\s+noch\s+immer\s+(?:jot|gut)\s+(?:jejange|gegangen|gange)"
    r"|(?:hat|hätt)\s+noch\s+immer\s+(?:geklappt|jeklappt)"
    r"|keine\s+(?:angst|sorge|bange)|kein\s+stress)",
    re.IGNORECASE,
)


def _reassurance_is_no_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Ach, das macht doch nix, Urlaub muss auch mal sein." was blame 0.94 ("nix" is the
    word of "Sie zahlen ja nix") and the regular took offence at a model call (seventy-
    seventh audit, 100 → 50): a reproach read in a sentence that reassures him, names no
    money and has no "but" after the reassurance, is the reassurance. Blame elsewhere in
    the line keeps its reading ("Macht nix, dass Sie nix zahlen, wir haben ja genug Geld").
    His good record praised is no reproach either, though it names paying (`_GOOD_RECORD`)."""
    blame = next((h for h in hits if h.intent == "accusatory_opener"), None)
    if blame is None or not blame.evidence:
        return hits
    if _YOUR_JOB.search(text) or _NOT_OUR_PROBLEM.search(text) or _HELD_AGAINST.search(text):
        # the fault put on him in words: "I'm sorry if you misunderstood what phase one was,
        # that's on you really, but sure it happens." (V232 09: empathy 1.00, "Thank you."),
        # "these things happen, I suppose, though it would have been nice to hear from you"
        # (V268 08)
        return hits
    at = text.find(blame.evidence)
    if at < 0:
        return hits
    covered = set()
    for rx, money_ok in ((REASSURES, False), (_GOOD_RECORD, True)):
        for found in rx.finditer(text):
            if money_ok and _NEGATED_RECORD.search(
                text[max(0, found.start() - 30) : found.start()]
            ):
                continue  # "Sie zahlen ja auch nicht immer pünktlich"
            start = max(text.rfind(c, 0, found.start()) for c in ".!?") + 1
            ends = [i for i in (text.find(c, found.end()) for c in ".!?") if i >= 0]
            end = min(ends) + 1 if ends else len(text)
            sentence = text[start:end]
            # (its own words aside: "Kein Problem" has the English business word "problem")
            rest = text[start : found.start()] + " " + text[found.end() : end]
            if (money_ok or not names_business(rest)) and not _BUT.search(
                sentence, found.end() - start
            ):
                covered.update(range(start, end))
                if not money_ok and text[:start].rstrip().endswith("?"):
                    # ... and the question it answers, his excuse said back: "Ah, Sie haben
                    # die Rechnung nicht bekommen? Kein Problem, das passiert." (V261 04: blame
                    # 0.70, and the customer asked "was dieser Ton soll")
                    before = text[:start].rstrip()
                    asked = max(before.rfind(c, 0, len(before) - 1) for c in ".!?") + 1
                    covered.update(range(asked, start))
    # the reproach's words all lie in reassuring sentences ("Ach, macht nix. Urlaub muss
    # auch mal sein." spans two)
    if all(i in covered or text[i].isspace() for i in range(at, at + len(blame.evidence))):
        return _swap(hits, "accusatory_opener", "empathise", "reassures him")
    return hits


#: The customer's word taken: "I believe you", "I don't doubt it", "ich glaub Ihnen das" — said
#: as a clause of its own ("I believe you forgot" is no belief of his word).
_BELIEVES_HIM = lazyre.compile(
    r"\b(?:i\s+(?:do\s+)?believe\s+(?:you|that|it)|i\s+don'?t\s+doubt\s+(?:it|that|you)"
    r"|(?:ich\s+)?glaub\w*\s+(?:ich\s+)?(?:ihnen|dir|euch|eana|ihna)(?:\s+(?:das|des|dat|schon|ja|gern|gerne|sofort))*"
    r"|(?:das|des|dat)\s+glaub\w*\s+(?:ich\s+)?(?:ihnen|dir|euch|eana|ihna)(?:\s+(?:schon|ja|gern|gerne|sofort))*)"
    r"\s*(?=[.,;:!–—-]|$)",
    re.IGNORECASE,
)


def _belief_is_no_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "They were level and firm when I left, but I believe you – walls in those old shops can
    be funny." was blame 0.73 ("walls … can be funny"), the deli owner took offence and hung
    up, and a good call failed at 53 (V274 08, its auditor: pass). Where the learner says in
    so many words that he takes the customer's word, a reproach read in the rest of the line
    that neither addresses him nor names a fault is the explanation beside the belief, and
    the belief is sympathy. A reproach in words keeps its reading ("I believe you, but you
    never pay on time")."""
    blame = next((h for h in hits if h.intent == "accusatory_opener"), None)
    belief = _BELIEVES_HIM.search(text)
    if blame is None or belief is None:
        return hits
    rest = _BELIEVES_HIM.sub(" ", blame.evidence or text)
    if (
        _SECOND_PERSON.search(rest)
        or _BLAME_WORDS.search(rest)
        or _HELD_AGAINST.search(text)
        or _YOUR_JOB.search(text)
        or _NOT_OUR_PROBLEM.search(text)
        or _SNEER.search(text)
    ):
        return hits
    return _swap(hits, "accusatory_opener", "empathise", belief.group(0))


#: His good record said to him: "in ten years you've never once been late with me. That's
#: exactly why I'm happy to spread it out." read as blame 0.82 ("never … late"), and the
#: chip-shop owner took offence and hung up (V219 07r: 36, the same call without it 100 gold);
#: "Sie haben in zwölf Jahren nie zu spät gezahlt", "you've always paid like clockwork".
#: A "but" after it ("…, but this time …") keeps the reproach (`_BUT`), and so does a
#: negation or a "sonst"/"usually" before it ("Sie zahlen ja auch nicht immer pünktlich",
#: "du zahlst doch sonst immer pünktlich, was soll das?": `_NEGATED_RECORD`).
_GOOD_RECORD = lazyre.compile(
    r"\b(?:never|not\s+once)\s+(?:once\s+|ever\s+|before\s+)?(?:been\s+(?:late|behind)"
    r"|paid\s+(?:us\s+|me\s+)?late|missed\s+(?:a|one|any)\s+(?:payment|invoice|bill)"
    r"|let\s+(?:me|us)\s+down|given\s+(?:me|us)\s+(?:any\s+)?(?:trouble|bother))"
    r"|\balways\s+(?:been\s+)?(?:paid\s+(?:us\s+|me\s+)?)?(?:on\s+time|promptly|like\s+clockwork"
    r"|reliable|good\s+for\s+it)"
    r"|\b(?:noch\s+)?nie\s+(?:\w+\s+){0,2}?(?:zu\s+spät|verspätet|im\s+verzug|ärger|probleme)"
    r"|\b(?:immer|stets|jedes\s+mal)\s+(?:\w+\s+){0,2}?(?:pünktlich|zuverlässig)",
    re.IGNORECASE,
)
_NEGATED_RECORD = lazyre.compile(
    r"\b(?:not|nicht|net|ned|kaum|hardly)\s+\S*\s*$|n't\s+\S*\s*$"
    # ... or held up against now: "sonst sind Sie doch immer so pünktlich" after "ja offenbar
    # in Vergessenheit geraten", "du zahlst doch sonst immer pünktlich, was soll das?" (V61
    # 11, S26 E7: the sarcasm its auditor failed), "you're usually always on time"
    r"|\b(?:sonst|normalerweise|eigentlich|gewöhnlich|doch|usually|normally|otherwise)\b[^.!?]*$",
    re.I,
)


#: The mishap played down in the words of the British Isles, and nothing else: "Ach, no
#: bother." to the florist's apology got "Sorry, what was that about?" (V208 07; "no bother."
#: the same in V214 12) where "no worries" is sympathy 0.99. The library files "No bother at
#: all." as the service desk's "you're welcome", so the model reads nothing in it.
_PLAYED_DOWN = lazyre.compile(
    r"^\W*(?:(?:ach|ah|aw|oh|och|sure|ah\s+sure|not\s+at\s+all)\W+)*(?:no\s+bother|no\s+harm\s+done"
    r"|not\s+to\s+worry)(?:\s+at\s+all)?\b[\s,.!]*(?:(?:these\s+things\s+happen|it\s+happens"
    r"|honestly|really|love|mate|pet|so)[\s,.!]*)?$",
    re.IGNORECASE,
)


def _played_down_is_sympathy(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A line that only plays the mishap down (`_PLAYED_DOWN`) is the sympathy, tentatively,
    where the model read nothing at all."""
    if hits or not _PLAYED_DOWN.search(text):
        return hits
    return _at_least_tentative(hits, "empathise", "plays it down")


#: The way out left to him: "… we have our own suppliers to pay, so you will have to find a
#: way." was a solution offered 0.92 (V187 probe 2; "so you'll have to find something", 10).
#: A demand that he sort it out himself offers nothing.
_HIS_PROBLEM = lazyre.compile(
    r"\byou(?:'ll|\s+will|'d|\s+would)?\s+(?:just\s+|simply\s+)?(?:have\s+to|need\s+to|must|gotta|got\s+to)"
    r"\s+(?:just\s+)?find\s+(?:a\s+way|some\s+way|something|the\s+money|a\s+solution)\b"
    r"|\b(?:sie|du)\s+(?:müssen|musst|muss)\s+(?:halt\s+|eben\s+|schon\s+|dann\s+)?(?:einen\s+weg|eine\s+lösung"
    r"|das\s+geld|was)\s+finden\b",
    re.IGNORECASE,
)


#: Sympathy, then the caller's own need pressed in the same breath: "I totally get it, Tom,
#: times are tough — but I've got wages to pay as well and I can't be waiting on £1,190
#: forever, can I." (V247 10), "I totally get it, Claire, but honestly we need this money too,
#: we can't keep carrying it." (V245 p5), "Ich verstehe das, aber ich brauche das Geld auch".
#: Ten outside trainers since the eightieth audit: the understanding is taken back, and to a
#: customer who apologised or is short of money it weighs as a reproach. Read by the scorer
#: (`pressure_after_sympathy`), not by the customer, who hears the sympathy and the call to pay.
_SYMPATHY_LEAD = (
    r"\b(?:i\s+(?:totally\s+|completely\s+|fully\s+|really\s+|do\s+)?(?:get\s+(?:it|that)|understand"
    r"|hear\s+(?:you|ya)|appreciate\s+(?:that|it))|i\s+know\s+(?:it'?s|times\s+are|things\s+are)"
    r"|(?:ich\s+)?versteh(?:e)?(?:\s+ich)?|kann\s+ich\s+(?:gut\s+)?verstehen"
    # "Ach, Urlaub, dat is schön, dat gönn ich Ihnen. Aber jetzt muss dat Geld auch mal
    # kommen, ich hab ja auch meine Leute zu bezahlen." (V290 05 and p4: a date 0.42, 100 gold)
    r"|(?:das|dat|des)\s+g(?:ö|oe)nn\w*\s+ich\s+(?:ihnen|dir|euch)|ich\s+g(?:ö|oe)nn\w*\s+(?:es\s+)?(?:ihnen|dir))\b"
)
#: ... or impatience with him: "we can't keep carrying it", "I can't be waiting on £1,190 …
#: forever", "ich kann nicht ewig warten" (the need itself is `_OWN_NEED`).
_IMPATIENCE = lazyre.compile(
    r"can'?t\s+(?:keep\s+)?(?:be\s+)?(?:carrying|waiting|wait)\b[^.?!]{0,40}?\b(?:forever"
    r"|much\s+longer|indefinitely)|can'?t\s+keep\s+carrying"
    # "… and I've been waiting near a month now, so something's got to give" (V252 08: a
    # solution 0.41, "A factual opening without blame", 88 silver)
    r"|\bsomething'?s\s+(?:got|gotta|has\s+got|has)\s+to\s+give\b"
    r"|\b(?:i|we)(?:'ve|\s+have)\s+been\s+waiting\s+(?:near(?:ly)?\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"(?:a|one|two|three|four|five|six|\d+)\s+(?:weeks?|months?)(?:\s+now)?\b"
    r"|\b(?:ich|wir)\s+warte[nt]?\s+(?:jetzt\s+|schon\s+|nun\s+)*(?:fast\s+|bald\s+|über\s+)?"
    r"(?:einen|eine|zwei|drei|vier|fünf|sechs|\d+)\s+(?:woche\w*|monat\w*)"
    r"|(?:ich|wir)\s+(?:kann|können)\s+(?:\w+\s+)?nicht\s+ewig\s+warten"
    # ... or the demand insisted on past anything he says: "Oh I do understand, first winter is
    # hard for everyone" — "But I need the full £1,190 by Friday, look, there's no way round
    # it." (V276 11 and p4: a date only, "A factual opening without blame", 88 silver)
    r"|\bno\s+way\s+(?:a)?round\s+(?:it|that|this)\b|\b(?:must|have\s+to|got\s+to|gotta)\s+insist\b"
    # "… But honestly I need the full £2,760 by Friday, period. I've got bills too." (V294 11:
    # sympathy and a date). (Impatience, read for pressure after sympathy only: as the caller's
    # own need, which excuses a reproach, "But I've got bills too, mate, so I need something
    # from you this week, no ifs or buts." lost the reproach its auditor failed — V278 08.)
    r"|,\s*period\b|\b(?:i|we)'ve\s+got\s+(?:\w+\s+)?(?:bills|wages|rent|suppliers)\s+(?:too|also"
    r"|as\s+well)\b"
    r"|\bno\s+two\s+ways\s+about\s+it\b|\bfull\s+stop\b|\bend\s+of\s+story\b"
    r"|\bno\s+ifs,?\s+(?:and|or)\s+buts\b"
    r"|\bda\s+führt\s+kein\s+weg\s+(?:dran\s+|daran\s+)?vorbei\b|\bohne\s+wenn\s+und\s+aber\b"
    r"|\bund\s+punkt\b",
    re.IGNORECASE,
)
_SYMPATHY_THEN_BUT = lazyre.compile(
    _SYMPATHY_LEAD + r"(?:[^.?!]{0,120}?\b(?:but|aber|however|jedoch|allerdings)\b"
    # ... or the next sentence opens with it: "Oh, I totally understand, a new café, first
    # winter, that's tough. But I do need this sorted this week, eh, I've got my own bills to
    # pay." (V287 08: no remark, where the same words in one sentence cost half the check)
    r"|[^.?!]{0,120}[.!]\s+(?:(?:and|und|ja|yeah|look|well|na\s+ja|naja)\W+)?"
    r"(?:but|aber|however|jedoch|allerdings)\b)",
    re.IGNORECASE,
)


#: A line that opens with its "but": the sympathy it takes back was the line before.
_BUT_FIRST = lazyre.compile(
    r"^\W*(?:(?:and|und|ja|yeah|look|well|na\s+ja|naja)\W+)?(?:but|aber|however|jedoch|allerdings)\b",
    re.IGNORECASE,
)


def pressure_after_sympathy(text: str, *, after_sympathy: bool = False) -> str | None:
    """The words where sympathy is taken back by the caller's own need (`_OWN_NEED`) or
    impatience (`_IMPATIENCE`) pressed on the customer after a "but", or None. With
    `after_sympathy` (the line before was sympathy) a line that opens with its "but" is the
    same move said in two breaths: "Ah, I hear you, Tom. It's a tough spot." — "But I've got
    my own bills to pay too, … I've been waiting near a month now, so something's got to
    give." (V252 08: 88 silver, "A factual opening without blame")."""
    lead = _SYMPATHY_THEN_BUT.search(text)
    if lead is None and after_sympathy:
        lead = _BUT_FIRST.search(text)
    if lead is None:
        return None
    rest = re.split(r"[?!]", text[lead.end() : lead.end() + 160], maxsplit=1)[0]
    found = _OWN_NEED.search(rest) or _IMPATIENCE.search(rest)
    return text[lead.start() : lead.end() + found.end()] if found else None


#: Sympathy taken back by a demand after "but": "I hear you, but … the invoice is overdue,
#: abeg just pay the complete amount." was empathy 0.95 and the customer warmed to it ("I
#: appreciate that", V184 12); "… Aber Sie müssen heute noch bezahlen, ganze Summe." the same
#: (V186 06). The guide names no fault for it; the line just shows no understanding.
_BUT_PAY = lazyre.compile(
    r"\b(?:but|aber|however|jedoch)\b[^.?!]{0,120}?(?:\bjust\s+pay\b"
    r"|\byou(?:'ll|\s+will)?\s+(?:just\s+)?(?:have\s+to|must|need\s+to|gotta)\s+(?:just\s+)?(?:pay|settle|find)\b"
    r"|\bpay\s+(?:the|it\s+in)\s+(?:complete|full|whole|entire)\b"
    # (not "Sie müssen nicht sofort bezahlen")
    r"|\b(?:sie|du)\s+(?:müssen|musst)\s+(?!(?:\w+\s+){0,3}?(?:nicht|nichts|kein\w*)\b)(?:\w+\s+){0,3}?"
    r"(?:bezahlen|zahlen|überweisen|begleichen)\b"
    # the demand insisted on, past anything he says: "I understand, times are tough for a new
    # café. But we also have salaries to pay, so I really must insist that something comes in
    # this week." (V220 08: empathy 1.00, "Thanks for being so decent about it", 88 silver),
    # "… but sure look, we really need that money this week, full stop" (V218 11), "… so I
    # need somethin' this week, no two ways about it" (V216 08)
    r"|\b(?:must|have\s+to|got\s+to|gotta)\s+insist\b|\binsist\s+(?:on|that)\b|\bfull\s+stop\b"
    r"|\bno\s+two\s+ways\s+about\s+it\b|\bno\s+ifs,?\s+(?:and|or)\s+buts\b|\bend\s+of\s+story\b"
    r"|\bmuss\s+(?:\w+\s+){0,2}?(?:darauf\s+)?bestehen\b|\bbestehe\s+(?:\w+\s+)?darauf\b"
    r"|\bohne\s+wenn\s+und\s+aber\b|\bda\s+führt\s+kein\s+weg\s+dran\s+vorbei\b|\bund\s+punkt\b)",
    re.IGNORECASE,
)


def _taken_back(
    hits: list[IntentHit], text: str, words: re.Pattern[str], intent: str
) -> list[IntentHit]:
    """The hits without `intent` where `words` take the move back: no solution offered where
    the learner leaves finding one to him (`_HIS_PROBLEM`), no understanding where a demand
    after "but" takes it back (`_BUT_PAY`)."""
    if not words.search(text):
        return hits
    return [h for h in hits if h.intent != intent]


#: Sympathy for the trouble he describes, in a sentence of its own: "Oh, that is not nice."
#: (a German speaker's "das ist nicht schön") before "What exactly is wobbling?" was blame
#: 0.90 and the customer said "Don't you take that tone with me" (V186 12; "that's not nice"
#: was empathy). Not "not nice of you", nor "not good enough".
_NOT_NICE = lazyre.compile(
    r"^\s*(?:(?:oh|ah|oh\s+dear|oje|oh\s+je)[,!]?\s+)?(?:that|this|das)(?:'s|\s+is|\s+ist)\s+"
    r"(?:(?:ja|aber|natürlich|really|certainly)\s+)?(?:not|nicht)\s+(?:nice|pleasant|ideal|great|schön)"
    r"(?:\s+at\s+all)?\s*[.!]",
    re.IGNORECASE,
)


def _not_nice_is_sympathy(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A reproach read in "Oh, that is not nice." said of his trouble is the sympathy."""
    found = _NOT_NICE.search(text)
    if found is None:
        return hits
    blame = next((h for h in hits if h.intent == "accusatory_opener"), None)
    at = text.find(blame.evidence) if blame is not None and blame.evidence else -1
    if blame is None or at < 0 or at + len(blame.evidence) > found.end():
        return hits  # the reproach reaches into a later sentence ("You should have paid")
    return _swap(hits, "accusatory_opener", "empathise", found.group(0).strip())


#: The learner admitting the customer's point: "Da hast du recht, das war nicht sauber, das
#: ist unser Fehler", "You're right, that's our fault". Not "fair enough", which often
#: only acknowledges before the counter ("Fair enough. … they were solid and level when I left").
_ADMITS = lazyre.compile(
    # (dialect "hen/hend/hann/hänn/hond" too: "Do hen Sie recht, des war nit sauber", V116 03;
    # Palatine "hawwe": "Da hawwe Sie recht, des hätt so net passiere dürfe", V133 03)
    r"\b(?:(?:sie|du|se)\s+(?:haben|hast|ham|hen|hend|hann|hänn|hond|hawwe|hawe|hewwe)\s+(?:da\s+"
    r"|do\s+|schon\s+|völlig\s+|ganz\s+)?recht"
    r"|(?:da|do|dou)\s+(?:haben|hast|host|ham|hen|hend|hann|hänn|hond|hawwe|hawe|hewwe)\s+"
    # (Bavarian "Da haben S' recht, des war ned sauber", V150: a rebuttal 0.51)
    r"(?:sie|du|se|s)?['’]?\s*"
    r"(?:schon\s+|völlig\s+)?recht"
    r"|(?:unser|mein)\s+fehler|(?:you'?re|you\s+are)\s+(?:quite\s+|absolutely\s+|totally\s+"
    r"|dead\s+)?right|(?:our|my)\s+(?:fault|mistake|bad))\b",
    re.IGNORECASE,
)


def _admission_rebuts_nothing(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """Admitting his point with no "but" after it neither argues against the objection nor
    asks what is wrong ("Da hast du recht, das war nicht sauber, das ist unser Fehler": a
    rebuttal 0.51, and "argued against a justified objection" — seventy-seventh audit)."""
    found = _ADMITS.search(text)
    if not found or _BUT.search(text, found.end()):
        return hits
    drop = {"rebut_unjustified_objection"} | ({"clarify_objection"} if "?" not in text else set())
    return [h for h in hits if h.intent not in drop]


#: Words that ask the customer to say more without a question mark ("Tell me what happened",
#: "Erzählen Sie mal, was genau wackelt").
_ASKS_TO_TELL = lazyre.compile(
    r"\b(?:tell\s+me|show\s+me|describe|explain|walk\s+me|let\s+me\s+(?:know|understand|see)"
    r"|talk\s+me|erzähl\w*|erzaehl\w*|beschreib\w*|schilder\w*|zeig\w*|erklär\w*|erklaer\w*"
    r"|sagen\s+sie\s+mir|sag\s+mir|lassen\s+sie\s+mich)\b",
    re.IGNORECASE,
)


def _blame_asks_nothing(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A reproach that asks nothing does not clarify the objection: "I'm sorry you feel the
    shelves are wobbly, but sure if you stack the whole deli on them that's not on me."
    (V195 09: blame 0.86 and clarify_objection 0.65, which passed that check with the line as
    its evidence)."""
    if "?" in text or _ASKS_TO_TELL.search(text):
        return hits
    if not any(h.intent == "accusatory_opener" and h.confidence >= TENTATIVE for h in hits):
        return hits
    return [h for h in hits if h.intent != "clarify_objection"]


#: What makes a request a part payment: a word of a part, of now, or of how much (the
#: library's down-payment lines carry one, 298 of 299, or a sum).
PART_WORDS = lazyre.compile(
    r"\b(?:down|deposit|up\s*front|upfront|first|part|parts|partial|some|something|a\s+bit"
    r"|a\s+little|portion|token|start|chunk|half|how\s+much|what\s+amount|small|any\s+payment"
    r"|today|right\s+now|now|maximum|most|towards|anzahl\w*|teil\w*|erste\w*|vorab|schon\s+mal"
    r"|etwas|was\s+davon|hälfte|haelfte|anfang\w*|einstieg|welche[nr]?\s+betrag|wie\s*viel"
    r"|klein\w*|heute|jetzt|sofort|irgendein\w*|zahlungsplan|payment\s+plan|weg)\b",
    re.IGNORECASE,
)


#: The speaker stopping themself mid-line: "… but — no, wait, it doesn't matter who is right."
_STOPS_SELF = lazyre.compile(
    r"[—–-]\s*(?:no|nein|nee|ne),?\s+(?:wait|hang\s+on|hold\s+on|warte\w*|moment(?:\s+mal)?)\b"
    r"|\b(?:scratch\s+that|forget\s+(?:what\s+i\s+(?:just\s+)?said|i\s+said\s+that)"
    r"|vergessen\s+sie\s+(?:das|was\s+ich\s+gesagt\s+habe))\b",
    re.IGNORECASE,
)


def _stopped_half(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A reproach or a rebuttal the learner stops themself from finishing is not said: "I am
    sure they was firm when I leave, but — no, wait, it doesn't matter who is right." was
    blame 0.95 (evidence "but"), the handyman's customer would not talk on, and the call
    failed (V145 12; the same line without its first half passed). Only readings whose
    evidence stands wholly before the stop; a figure put right is the facts' business."""
    stop = _STOPS_SELF.search(text)
    dropped = _DROPPED.search(text)
    if dropped and len(text[dropped.end() :].split()) >= 3:
        # A thought broken off and waved away: "… I checked — but look, I don't want you —
        # never mind that. I'll come back Thursday and re-fix them, no charge." was blame 0.95
        # (evidence "… I don't want you — never"), the handyman's customer wanted an apology
        # and the free re-fix was lost (V291 10; without the fragment, p3, no reproach). The
        # half sentence is not said; the rebuttal before it was, and stays.
        hits = [
            h
            for h in hits
            if not (
                h.intent == "accusatory_opener"
                and h.evidence
                and 0 <= text.find(h.evidence) < dropped.start()
                and not _BLAME_WORDS.search(text[: dropped.start()])
            )
        ]
    if not stop or len(text[stop.end() :].split()) < 3:
        return hits
    kept = []
    for h in hits:
        at = text.find(h.evidence) if h.evidence else -1
        if (
            h.intent in ("accusatory_opener", "rebut_unjustified_objection")
            and at >= 0
            and at + len(h.evidence) <= stop.start()
        ):
            continue
        kept.append(h)
    return kept


#: A half sentence waved away: "— never mind that", "— forget it", "– egal", "– lassen wir das".
_DROPPED = lazyre.compile(
    r"[—–-]\s*(?:never\s+mind(?:\s+that|\s+it)?|forget\s+it|egal|schon\s+gut|lassen\s+wir\s+das"
    r"|vergessen\s+sie'?s)\b",
    re.IGNORECASE,
)


def _invoice_named_is_no_compromise(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """The invoice named with its sum is no concession: "It's invoice SPS-2291 for £640 for the
    wedding brochures and price cards." was a compromise 0.58 beside the opener 0.81, and the
    florist said "Oh — you didn't have to, but thanks" for a discount nobody gave (V143 10 and
    probe 4). Without a word of a reduction the opener's reading stands alone."""
    conf = {h.intent: h.confidence for h in hits}
    compromise = conf.get("offer_compromise", 0.0)
    if not compromise or conf.get("neutral_opener_open_invoice", 0.0) <= compromise:
        return hits
    if REDUCTION.search(text) or PART_WORDS.search(text):
        return hits
    return [h for h in hits if h.intent != "offer_compromise"]


def _whole_is_no_part(hits: list[IntentHit], result: Recognition) -> list[IntentHit]:
    """ "could you pay it asap?" asks for all of it, however it is read (a down payment
    0.91, and the florist said "Oh, no need for that — I'll pay it all": seventy-seventh
    audit): without a sum and without a word of a part, of now or of how much, no down
    payment was asked for."""
    if not any(h.intent == "request_down_payment" for h in hits):
        return hits
    if any(f.kind in ("amount", "fraction", "percent", "count") for f in result.facts):
        return hits
    if PART_WORDS.search(result.text):
        return hits
    if _VAGUE_PAY_ASK.search(result.text):
        # ... it asks him to pay, without a day: "Could you pay it asap?" had no reading left
        # at all (V275 12)
        return _swap(hits, "request_down_payment", "fix_payment_date", "asks him to pay")
    return [h for h in hits if h.intent != "request_down_payment"]


def _pay_ask_asks_no_reason(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "could you maybe pay it asap?" was read as a question about the work (clarify_objection
    0.74, V275 12): asked to pay soon, with no why in it, he is asked for a day, not a reason."""
    if not _VAGUE_PAY_ASK.search(text) or _ASKS_WHY.search(text):
        return hits
    for asked in ("ask_reason", "clarify_objection"):
        hits = _swap(hits, asked, "fix_payment_date", "asks him to pay")
    return hits


#: The caller's own need, said plainly: "Ich muss ehrlich gesagt auch meine Mitarbeiter
#: bezahlen", "I've got bills to pay too" — pressure, which the guide does not call blame.
_OWN_NEED = lazyre.compile(
    r"\b(?:ich|wir)\s+(?:muss|müssen|muß)\s+(?:\w+\s+){0,3}?(?:auch|ja\s+auch|selbst)\s+"
    r"(?:meine|unsere)\s+(?:mitarbeiter\w*|leute|angestellten|lieferanten|rechnungen|löhne|gehälter)"
    r"\s+(?:\w+\s+)?(?:bezahlen|zahlen)"
    r"|\b(?:i|we)(?:'ve|\s+have)(?:\s+got)?\s+(?:my\s+own\s+|our\s+own\s+)?(?:bills|staff|wages"
    r"|suppliers|people|blokes|lads|workers|men|guys|crew)\s+to\s+pay(?:\s+(?:too|as\s+well))?\b"
    # "we also got our suppliers to pay, you know" (ninety-sixth audit: a legal threat 0.61,
    # and the customer hung up)
    r"|\b(?:i|we)(?:'ve|\s+have)?\s+(?:also\s+|too\s+)?(?:got|gotta)\s+(?:also\s+)?(?:my|our)\s+"
    r"(?:own\s+)?(?:bills|staff|wages|suppliers|people|lads)\s+to\s+pay\b"
    # the money needed, or the caller's own suppliers who will not wait: "But I really need
    # this money also, you know, my suppliers don't wait for me" (V120 08: a legal threat
    # 0.81, and the customer hung up), "I also have workers to pay" (V121 11: a reproach),
    # "ich brauche das Geld auch, meine Lieferanten warten ja auch nicht" (V120 probe 4: a
    # reproach, and the forgetful regular refused every date after it)
    r"|\b(?:i|we)\s+(?:\w+\s+)?(?:need|needs)\s+(?:also\s+|too\s+)?(?:this|that|the|my|our)\s+(?:money|cash)"
    r"(?:\s+(?:too|also|as\s+well|myself|ourselves))?\b"
    # ... the learner's second language: "But I need also the money, we have bills too, so I
    # need something this week" (V212 11: a reproach 0.92, and the chip-shop owner hung up)
    r"|\b(?:i|we)\s+(?:also\s+)?(?:have|'ve\s+got|have\s+got|got)\s+(?:also\s+)?(?:\w+\s+)?"
    r"(?:bills|wages|rent|suppliers)\s+(?:too|also|as\s+well)\b"
    r"|\b(?:i|we)\s+(?:also\s+)?(?:have|'ve\s+got|have\s+got|got)\s+(?:also\s+)?(?:my\s+own\s+|our\s+own\s+)?"
    r"(?:workers|employees|staff|wages|bills|suppliers|people|lads|rent)\s+to\s+pay\b"
    r"|\b(?:my|our)\s+(?:own\s+)?(?:suppliers|creditors|landlord|bank)\s+(?:don'?t|doesn'?t|won'?t|will\s+not|do\s+not)\s+wait\b"
    # "But look, I've got bills of my own and I really need this sorted this week." (V178 09: a
    # reproach 0.71, and the café owner waited for an apology for the rest of the call)
    r"|\b(?:i|we)(?:'ve|\s+have)?\s+(?:also\s+)?(?:got\s+)?(?:bills|suppliers|wages|staff|rent)"
    r"\s+of\s+(?:my|our)\s+own\b"
    r"|\b(?:ich|wir)\s+(?:brauch\w*|benötig\w*)\s+(?:\w+\s+){0,2}?(?:das|dat|des|mein|unser)\s+geld"
    r"(?:\s+(?:\w+\s+){0,2}?(?:auch|selbst|selber|ja\s+auch))?\b"
    r"|\b(?:ich|wir)\s+(?:hab\w*|muss|müssen)\s+(?:\w+\s+){0,2}?(?:auch|ja\s+auch|selbst|selber)\s+"
    r"(?:meine\s+|unsere\s+)?(?:mitarbeiter\w*|leute|angestellten|lieferanten|rechnungen|löhne|gehälter|miete)"
    r"\s+(?:zu\s+)?(?:\w+\s+)?(?:bezahlen|zahlen)"
    r"|\b(?:meine|unsere)\s+(?:\w+\s+)?(?:lieferanten|gläubiger|vermieter|bank)\s+(?:warten|wartet)\s+(?:\w+\s+){0,2}?(?:nicht|nich|net|ned|nit)\b"
    # the sum's weight for the caller: "But look, £2,760 is a lot of money to be sitting out, I
    # need something from you this week." (V263 08: a reproach 0.44, "Are you having a laugh?",
    # and the chip-shop owner waited for an apology to the end), "… viel Geld, das da offen ist"
    r"|\b(?:a\s+lot|a\s+fair\s+bit|a\s+big\s+chunk)\s+of\s+(?:money|cash)\s+(?:for\s+(?:me|us)\s+)?to\s+(?:be\s+)?"
    r"(?:sitting\s+out|sit\s+out|carrying|carry|owed|waiting\s+(?:on|for)|have\s+outstanding)\b"
    r"|\bviel\s+geld,?\s+(?:das|was)\s+(?:\w+\s+){0,2}?(?:offen|aussteht|ausständig|fehlt)\b",
    re.IGNORECASE,
)


#: The written confirmation waved off: "Schriftlich brauchen wir dat nit, wir kennen uns ja
#: lang jenug", "Das brauchen wir nicht schriftlich", "no need to put it in writing".
_NO_WRITING = lazyre.compile(
    r"\bschriftlich\w*\s+(?:brauch\w*|muss|müssen|muessen|benötig\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:nicht|nich|nit|net|ned|nöd|kein\w*)\b"
    r"|\b(?:brauch\w*|muss|müssen)\s+(?:\w+\s+){0,2}?(?:nicht|nich|nit|net|ned|nöd)\s+"
    r"(?:extra\s+|noch\s+|auch\s+)?schriftlich"
    r"|\bno\s+need\s+(?:for\s+|to\s+(?:put|have|get|send|write)\s+)?(?:it\s+|this\s+|that\s+"
    r"|anything\s+)?(?:in\s+writing|down\s+in\s+writing|(?:an?\s+)?(?:e-?mail|letter|confirmation))"
    r"|\b(?:don'?t|do\s+not|won'?t)\s+need\s+(?:it\s+|that\s+|this\s+|anything\s+)?"
    r"(?:put\s+)?(?:in\s+writing|written\s+down)",
    re.IGNORECASE,
)
#: The writing left to him: "Thank you so much, Mr Jensen, I'll wait for your email then."
#: passed confirm_in_writing, "Said you would confirm it in writing" (V314 11).
_HIS_MAIL = lazyre.compile(
    r"\b(?:wait\w*|look\w*\s+(?:forward\s+to|out\s+for))\s+(?:for\s+)?(?:your|ur)\s+"
    r"(?:e-?mail|mail|letter|confirmation|reply)\b"
    r"|\b(?:warte\w*|freue?\s+mich)\s+(?:\w+\s+){0,2}?(?:auf|über)\s+(?:ihre|deine|eure)\s+"
    r"(?:e-?mail|mail|nachricht|bestätigung|antwort)\b",
    re.IGNORECASE,
)
#: ... unless the caller writes too: "I'll send you an email to confirm, and I'll wait for
#: your reply."
_I_WRITE = lazyre.compile(
    r"\b(?:i|we)(?:'ll|\s+will|\s+shall)\s+(?:\w+\s+){0,2}?(?:send|e-?mail|confirm|write|put|pop|drop)"
    r"|\b(?:ich|wir)\s+(?:\w+\s+){0,2}?(?:schick|send|bestätig|schreib|maile)\w*",
    re.IGNORECASE,
)


def _his_mail_is_no_confirmation(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """Waiting for the customer's e-mail confirms nothing of the caller's (`_HIS_MAIL`)."""
    return _no_writing_where(hits, text, _HIS_MAIL, _I_WRITE)


def _no_writing_where(
    hits: list[IntentHit], text: str, found: re.Pattern[str], unless: re.Pattern[str]
) -> list[IntentHit]:
    """The hits without a written confirmation where `found` matches and `unless` does not."""
    if not found.search(text) or unless.search(text):
        return hits
    return [h for h in hits if h.intent != "confirm_in_writing"]


def _writing_waved_off(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """Saying no confirmation is needed confirms nothing: "Schriftlich brauchen wir dat nit,
    wir kennen uns ja lang jenug." was read as the written confirmation (0.30), the check
    passed "Schriftliche Bestätigung angekündigt", and the customer asked for it in writing
    (ninety-sixth audit)."""
    if not _NO_WRITING.search(text):
        return hits
    # ... and waving the paperwork off for trust is no reproach: "… wir kennen uns ja lange
    # genug" was shown as "Vorwurf (unsicher)" (0.23; seen in tmux, thirty-ninth session), and
    # in Bavarian "Schriftlich brauch ma des ned, mir kenna uns ja scho so lang." a reproach
    # 0.76 that failed a fair call (V315 probe 1: 67 for about 93)
    trust = _TRUST.search(text) is not None
    return [
        h
        for h in hits
        if h.intent != "confirm_in_writing"
        and not _faint_blame(h)
        and not (trust and h.intent == "accusatory_opener")
    ]


#: Trust as the reason: "wir kennen uns ja lang genug", "mir kenna uns", "we've known each
#: other for years", "I trust you".
_TRUST = lazyre.compile(
    r"\b(?:kennen|kenna|kenne|kennt|kenn)\s+(?:uns|einander)\b|\bvertrau\w*"
    r"|\b(?:know|known)\s+each\s+other\b|\bi\s+trust\s+you\b",
    re.IGNORECASE,
)


#: A written reminder announced: "I'll just put a written reminder in the post to you", "dann
#: schicke ich Ihnen eben eine Mahnung" (not the court's "Mahnbescheid").
#: (Announced, not told as done: "we sent you a reminder two weeks ago" is no step.)
_REMINDER = lazyre.compile(
    r"\b(?:i|we)(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to"
    r"|\s+are\s+going\s+to)\s+(?:\w+\s+){0,3}?(?:send|put|post|write|issue|mail|e-?mail|pop)\b"
    r"[^.?!]{0,40}?\breminders?\b"
    r"|\b(?:ich|wir)\s+(?:schicke|schick|sende|schreibe|werde|werden|schicken|senden|stelle)\b[^.?!]{0,60}?"
    r"\b(?:mahnung|zahlungserinnerung|erinnerung|erinnerungsschreiben)\b"
    r"|\bbekommen\s+sie\s+(?:\w+\s+){0,3}?(?:mahnung|zahlungserinnerung|erinnerung)\b",
    re.IGNORECASE,
)


def _reminder_is_no_legal_step(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Well, if we cannot agree, I'll just put a written reminder in the post to you." was the
    legal route 0.63 and a faint reproach, the customer hung up, and the debrief said
    "Announced the legal route although it would cost more than it brings" (V278 10): a
    reminder names no court, lawyer or agency — the scorer names it as the pointless step
    it is — and a faint reproach beside it is none."""
    if not _REMINDER.search(text) or names_legal_step(text) or _THREAT_WORDS.search(text):
        return hits
    return [h for h in hits if h.intent not in _LEGAL_READINGS and not _faint_blame(h)]


#: Calling for someone: "ich ruf im Auftrag von Herrn Krause an", "I'm calling on behalf of
#: Fiona Walsh".
_ON_BEHALF = lazyre.compile(r"\b(?:im\s+auftrag|on\s+behalf)\s+(?:von|vom|des|der|of)\b", re.I)
#: Any word of the matter itself: the invoice, the money, what is open.
_THE_MATTER = lazyre.compile(
    r"rechnung|offen|betrag|zahl|geld|euro|€|£|\$|\d|invoice|bill\b|balance|payment|account"
    r"|outstanding|owe|owing|money|pay",
    re.IGNORECASE,
)


def _behalf_is_no_opener(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """Saying whom one calls for names no invoice: "hier ist Sabine Weber vom Malerbetrieb
    Krause, ich ruf im Auftrag von Herrn Krause an. Kalt ist's geworden in Trier, gell?" was
    the neutral opener 0.56, the customer answered "Ja. Die Rechnung. …", and the real opener
    and the pause after it were scored as "nachgelegt" (V310 05: 87 silver, 100 without it)."""
    if not _ON_BEHALF.search(text) or _THE_MATTER.search(text):
        return hits
    return [h for h in hits if h.intent != "neutral_opener_open_invoice"]


def _own_need_is_no_threat(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """The caller's own need with no legal step, consequence or deadline named is no threat:
    "But actually this one is already overdue more than one month, we also got our
    suppliers to pay, you know." was a legal threat 0.61, the customer hung up and the
    debrief said "Threatened legal action" (ninety-sixth audit)."""
    if not _OWN_NEED.search(text) or _names_a_threat(text):
        return hits
    return [h for h in hits if h.intent not in _LEGAL_READINGS]


def _names_a_threat(text: str) -> bool:
    """Whether `text` names a legal step, a consequence or a deadline: what makes a line a
    threat whatever else it says."""
    return names_legal_step(text) or bool(_THREAT_WORDS.search(text)) or _ultimatum(text)


def _introduction_is_no_threat(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A name and a firm with nothing else is no threat: "Brandt. Garten- und
    Landschaftsbau." was a legal threat 0.68 beside the greeting, the customer hung up at
    once and the debrief said the invoice was raised with a threat (V313 06). Only where the
    line names no legal step, consequence, deadline or unlawful pressure."""
    if (
        not any(h.intent == "greeting_identify" for h in hits)
        or len(text.split()) > 12
        or _names_a_threat(text)
        or unlawful_pressure(text, "de")
        or unlawful_pressure(text, "en")
    ):
        return hits
    return [h for h in hits if h.intent != "threaten_legal"]


def names_own_need(text: str) -> bool:
    """The caller's own need said ("we've got our own suppliers to pay", "ich muss auch meine
    Leute bezahlen"): pressure, and a justification after a strategy-1 opener."""
    return _OWN_NEED.search(text) is not None


def _own_need_is_no_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Ich verstehe Sie, Herr Becker. Ich muss ehrlich gesagt auch meine Mitarbeiter
    bezahlen." was a reproach 0.95 and the customer refused everything after it (eighty-third
    audit, 45; the sixty-ninth's "… ich habe auch Rechnungen zu zahlen" the same): the caller's
    own need is pressure, not blame — unless the line blames as well (sarcasm, "you should
    have", a veneer are read before this)."""
    found = _OWN_NEED.search(text)
    blame = next((h for h in hits if h.intent == "accusatory_opener"), None)
    if not found or blame is None or not blame.evidence:
        return hits
    at = text.find(blame.evidence)
    if at < 0 or _SNEER.search(text) or _VENEER.search(text) or _COUNTERFACTUAL.search(text):
        return hits
    rest = (text[: found.start()] + " " + text[found.end() :]).strip()
    if _BLAME_WORDS.search(rest):
        return hits  # "Sie zahlen nie pünktlich, und ich muss auch meine Leute bezahlen"
    hits = [h for h in hits if h.intent != "accusatory_opener"]
    sympathy = _EMPATHY_WORDS.search(rest)
    if (
        sympathy
        and not _BUT.search(rest, sympathy.end())
        and not any(h.intent == "empathise" for h in hits)
    ):
        hits.append(IntentHit("empathise", TENTATIVE, "understands him"))
        hits.sort(key=lambda h: -h.confidence)
    return hits


#: Words of blame in the rest of a line of own need.
_BLAME_WORDS = lazyre.compile(
    r"\b(?:nie|immer|schon\s+wieder|wieder\s+nicht|never|always|again|still\s+not|didn'?t|haven'?t"
    r"|nicht\s+(?:bezahlt|gezahlt|überwiesen)|ausrede\w*|excuse\w*"
    # impatience held against him: "… but honestly we need that money asap, we've waited long
    # enough" (V67 11: a reproach its auditor counted; the need alone is none)
    r"|long\s+enough|lange\s+genug"
    # what he may not do, said to him: "But I'm sorry, Tom, you cannae just sit on a bill for a
    # month and say nothing – I need that money this week" (V274 11: sympathy and a date, 81
    # silver; its auditor: a reproach), "Sie können doch nicht einfach …"
    r"|(?:you|ya|ye)\s+(?:can'?t|cannot|can\s+not|cannae|canna|can'?t\s+be)\s+(?:just|simply|really)"
    r"|(?:sie|du)\s+(?:können|kannst)\s+(?:doch\s+|aber\s+)?(?:nicht|nich|net|ned)\s+(?:einfach|so\s+einfach))\b",
    re.IGNORECASE,
)
_EMPATHY_WORDS = lazyre.compile(
    r"\b(?:verstehe|versteh|understand|i\s+hear\s+you|i\s+get\s+it|tut\s+mir\s+leid|sorry)\b",
    re.IGNORECASE,
)


def demands_without_day(text: str, fact_kinds: Iterable[str]) -> bool:
    """A demand to pay whose line names no day and no week: no intent of GUIDE §5 (a date
    request names a *concrete* day), yet a call to pay. One test for the customer
    (`simulation.terms.demands_payment`), the debrief (`scoring.view`) and the exports."""
    # The caller's own need is a call to pay too ("But I really need this money also, my
    # suppliers don't wait for me"; V120 08 probe 1: with the threat and the blame gone, the
    # customer said "Sorry, what was that about?")
    return not {"date", "week"} & set(fact_kinds) and bool(
        DEMAND.search(text)
        or _OWN_NEED.search(text)
        or _REST_SOON.search(text)
        or _PAYMENT_SOON.search(text)
    )


#: The payment wished for soon, with the payment the subject: "Wir würden uns freuen, wenn die
#: Zahlung dann zeitnah erfolgt." (V238 02, and "bald" in its probe 5: no reading, and "Das habe
#: ich jetzt nicht ganz verstanden."), "we'd appreciate it if payment could be made soon".
_PAYMENT_SOON = lazyre.compile(
    r"\b(?:die\s+)?(?:zahlung|überweisung|ueberweisung|begleichung)\b[^.?!]{0,40}?\b(?:zeitnah|bald|umgehend"
    r"|schnellstmöglich|baldmöglichst|möglichst\s+bald|so\s+bald\s+wie\s+möglich|kurzfristig)\s+"
    r"(?:\w+\s+)?(?:erfolg\w*|eingeh\w*|eingegangen|kommt|kommen|käme|ankommt|da\s+ist|vornehmen|veranlass\w*)"
    r"|\bpayment\b[^.?!]{0,30}?\b(?:is|be|was|were|gets?|got)\s+(?:made|sent|received|settled|processed)\s+"
    r"(?:\w+\s+)?(?:soon|asap|promptly|quickly|shortly|as\s+soon\s+as\s+(?:possible|you\s+can))\b",
    re.IGNORECASE,
)


#: The rest asked for "asap": "And the rest asap, yeah?" (V127 09: small talk, "Oh — yes, I
#: suppose so."), "den Rest dann so bald wie möglich".
_REST_SOON = lazyre.compile(
    # ("And the rest, the £790, you just get that to me asap, y'hear?": V319 08)
    r"\b(?:the\s+)?(?:rest|balance|remainder|remaining)\b[^.?!]{0,50}?\b(?:asap|a\.s\.a\.p\.?"
    r"|as\s+soon\s+as\s+(?:possible|you\s+can)|soon\s+as)"
    r"|\b(?:den\s+)?(?:rest|restbetrag)\b[^.?!]{0,30}?\b(?:so\s+bald\s+wie\s+möglich|baldmöglichst"
    r"|schnellstmöglich|zeitnah|asap|möglichst\s+bald)",
    re.IGNORECASE,
)


def _swap(hits: list[IntentHit], old: str, new: str, why: str) -> list[IntentHit]:
    """Relabel `old` as `new` (merging with an existing `new`, keeping the higher confidence)."""
    by_name = {h.intent: h for h in hits}
    if old not in by_name:
        return hits
    moved = by_name[old]
    out = [h for h in hits if h.intent not in (old, new)]
    keep = by_name.get(new)
    conf = max(moved.confidence, keep.confidence if keep else 0.0)
    evidence = (keep.evidence if keep and keep.evidence else moved.evidence) or why
    out.append(IntentHit(new, conf, evidence))
    out.sort(key=lambda h: -h.confidence)
    return out


def _proposal(result: Recognition) -> list[str]:
    """What terms read out before any agreement propose: a reduction with its size a
    compromise (and its payment day beside it), several payments a plan, else a payment day
    (a line without a day keeps its reading: `_swap` needs the intent). "Dann halten wir
    fest: Nachbesserung am 10. Dezember, 150 € Nachlass, und 3.420 € bis zum 18. Dezember"
    has two sums and two days, and was a plan (sixty-fifth audit: "Raten? …", then "Bis
    wann?" to a line that had named the day)."""
    kinds = [f.kind for f in result.facts]
    sized = "amount" in kinds or "percent" in kinds
    taken_back = any(takes_back_reduction(result.text, lg) for lg in ("de", "en"))
    if sized and REDUCTION.search(result.text) and not taken_back:
        return ["offer_compromise", *(["fix_payment_date"] if "date" in kinds else [])]
    if "count" in kinds or (kinds.count("amount") >= 2 and kinds.count("date") >= 2):
        return ["propose_instalments"]
    if "date" in kinds or "week" in kinds:
        return ["fix_payment_date"]
    return ["summarise_agreement"]


#: Money in a line: a call put off "to talk about the payment" still speaks of it.
_MONEY = lazyre.compile(
    rf"\b{PAY_VERB}|\b(?:zahlung|überweisung|ueberweisung|rate|payment|instal+ment|deposit)\w*"
    r"|[€£$]|\b(?:euro|pounds?|dollars?)\b",
    re.IGNORECASE,
)


def _call_back_is_no_proposal(hits: list[IntentHit], result: Recognition) -> list[IntentHit]:
    """A day for the next call is no payment day: "Ich melde mich am Mittwoch, dem 8. – nein,
    … also am Dienstag, 8. Dezember." was a read-back turned into a payment proposal, and the
    debrief quoted "Termin: 08.12.2026, Betrag: 6.240,00 €" the learner never said (V180 04).
    Without money in the line it is the call put off (`smalltalk.puts_off`), no move."""
    if not puts_off(result.text) or _MONEY.search(result.text):
        return hits
    if any(f.kind == "amount" for f in result.facts):
        return hits
    return [h for h in hits if h.intent not in ("summarise_agreement", "fix_payment_date")]


def _swap_for_proposal(hits: list[IntentHit], result: Recognition) -> list[IntentHit]:
    """A read-back of terms nobody agreed to, relabelled as the proposal it makes
    (`_proposal`); a second move of it joins at the summary's confidence."""
    summary = next((h for h in hits if h.intent == "summarise_agreement"), None)
    if summary is None:
        return hits
    first, *more = _proposal(result)
    hits = _swap(hits, "summarise_agreement", first, "terms not yet agreed")
    named = {h.intent for h in hits}
    extra = [IntentHit(m, summary.confidence, summary.evidence) for m in more if m not in named]
    return sorted([*hits, *extra], key=lambda h: -h.confidence)


#: The reading given to a line with listed unlawful pressure the model did not read as one:
#: the word list is sure of it (the debrief fails it as critical whatever the model read).
UNLAWFUL_CONFIDENCE = 0.9


#: Below this a down-payment reading in a line with an invented fee is the fee's sum.
FEE_NOT_A_PART = 0.6


def _unlawful_is_a_threat(result: Recognition) -> Recognition:
    """Unlawful pressure from the list (`pressure.UNLAWFUL`: the employer, SCHUFA, bailiffs)
    is a threat in a call, however the model read it ("Wir können auch gerne Ihren
    Arbeitgeber anrufen …": threat 0.17 in sealed set author8; the call screen said "nothing
    clear" while the debrief failed it as critical). Both languages' lists: a line has the
    words of one."""
    needle = unlawful_pressure(result.text, "de")
    if needle is None:
        return result
    if any(
        h.intent == "offer_compromise" and (not h.evidence or needle in fold_text(h.evidence))
        for h in result.intents
    ):
        # An invented fee or any such pressure gives him nothing ("Ab nächster Woche kommen 50
        # Euro Bearbeitungsgebühr pro Mahnung dazu.": a threat 0.90 and a compromise 0.43,
        # credited "Auf den berechtigten Einwand mit einem Kompromiss reagiert" — V265 06) —
        # but a compromise in other words of the line stays one: "i can come back thursday and
        # refix them free of charge, and … settle the £180 plus our £25 late fee" (V283 p5:
        # "Met the objection with neither facts nor a compromise" beside the critical fee).
        kept = tuple(h for h in result.intents if h.intent != "offer_compromise")
        result = replace(result, intents=kept)
    if pressure_kind(needle) == "fee":
        # ... nor is the fee's sum a part payment asked for: "And I'm adding a £75 late fee as of
        # today." was a down payment 0.46 beside the threat, and the debrief said "Asked for a
        # down payment but fixed no date for the rest", quoting the fee (V310 10).
        kept = tuple(
            h
            for h in result.intents
            if not (h.intent == "request_down_payment" and h.confidence < FEE_NOT_A_PART)
        )
        result = replace(result, intents=kept)
    # First, whatever came above it: "Maybe your employer would like to hear about this."
    # was empathy 0.53 beside the threat 0.42, and the customer would have heard the empathy.
    had = [h for h in result.intents if h.intent == "threaten_legal"]
    if had and had[0].confidence >= UNLAWFUL_CONFIDENCE and result.intents[0] is had[0]:
        return result
    others = tuple(h for h in result.intents if h.intent != "threaten_legal")
    confidence = max([UNLAWFUL_CONFIDENCE, *(h.confidence for h in had)])
    threat = IntentHit("threaten_legal", confidence, had[0].evidence if had else needle)
    return replace(result, intents=(threat, *others))


#: The shipped blocks' move for time without a day ("zahlen Sie, wenn Sie können").
VAGUE_MOVES = frozenset({"payment_without_date", "zahlung_ohne_termin"})
_LEGAL_READINGS = ("threaten_legal", "announce_legal_route")


#: The small-claims court named without the word "court" ("I'll take you to small claims,
#: simple as": V153 p1 and 10, a date 0.96 and "No threat in the whole call", 100 gold) — the
#: lexicon's single-word stems cannot carry it.
_SMALL_CLAIMS = lazyre.compile(r"\bsmall[\s-]+claims?\b", re.IGNORECASE)


def names_legal_step(text: str) -> bool:
    """Whether the line names a legal step or unlawful pressure (in either language)."""
    if _SMALL_CLAIMS.search(text):
        return True
    for lang in ("de", "en"):
        stems = lexicon(lang).legal_stems
        if any(w.startswith(s) for w in norm_key(text, lang).split() for s in stems):
            return True
        if unlawful_pressure(text, lang):
            return True
    return False


def _no_threat_in_leniency(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Dann zahlen Sie eben, wenn Sie können." lets him pay whenever: read first as that,
    a line that names no legal step threatens nothing (a trainer's scenario, thirteenth
    session: a threat 0.56 beside it failed the threat check, "Mit rechtlichen Schritten
    gedroht"; "dann ... eben" and "wenn Sie ..." are how ultimatums are worded too)."""
    if not hits or hits[0].intent not in VAGUE_MOVES or names_legal_step(text):
        return hits
    return [h for h in hits if h.intent not in _LEGAL_READINGS]


#: A consequence left unnamed ("we will have no choice but to take further steps", "sonst
#: leiten wir weitere Schritte ein"), the word that makes a deadline an ultimatum in
#: `model._veiled_ultimatum`.
CONSEQUENCE = lazyre.compile(
    r"\b(?:no\s+(?:choice|option|alternative)\s+but\s+to|take\s+(?:it|this|things|the\s+matter)"
    r"\s+further|further\s+(?:steps|action|measures)|escalat\w+|other\s+(?:steps|measures|means)"
    r"|weitere[nr]?\s+(?:schritte|massnahmen|maßnahmen)|andere\s+saiten|sehen\s+uns\s+gezwungen"
    r"|eskalier\w*)\b",
    re.I,
)
#: The condition that makes an unnamed consequence an ultimatum ("or else", "otherwise",
#: "sonst"; "… by Friday the 11th, no exceptions, or I'll have to escalate this": V202 08, a
#: date and empathy, "No threat in the whole call").
CONDITION = lazyre.compile(
    r"\b(?:if|unless|otherwise|or\s+else|failing|should|or\s+we|or\s+i|wenn|falls|sonst|andernfalls"
    r"|sollte[n]?|ansonsten)\b",
    re.I,
)
#: Words that carry the legal route without naming a legal step: handing the claim on,
#: "seinen Weg gehen", "andere Wege", "next steps".
HANDS_ON = lazyre.compile(
    r"\b(?:pass\w*\s+(?:it|this|the\s+\w+)\s+on|hand\w*\s+(?:it|this|the\s+\w+)\s+over"
    r"|übergeb\w*|uebergeb\w*|abgeb\w*|weitergeb\w*|seinen\s+(?:weg|lauf)|andere[nr]?\s+wege?"
    r"|anders\s+regeln|next\s+steps?|nächsten?\s+schritt\w*|naechsten?\s+schritt\w*)\b",
    re.I,
)
#: Below this a legal reading of a line that names no step is a guess (`_faint_legal`).
FAINT_LEGAL = 0.5
FAINT_QUESTION = 0.7


def _faint_legal(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A faint legal reading of a line that names no legal step, consequence or hand-over is
    no step: "I'll note the account. You will receive a confirmation by email." was the legal
    route 0.41 after the model learned set 53 (collectors' "note the account" beside their
    next steps), the florist answered "we'd just agreed", and a good call failed (the
    forty-first audit's call 04, replayed in the thirty-ninth session)."""
    if (
        names_legal_step(text)
        or _THREAT_WORDS.search(text)
        or CONSEQUENCE.search(text)
        or HANDS_ON.search(text)
    ):
        return hits
    # ... and a question that names none is asked, not threatened, under a surer reading: "und
    # wenn das fertig is, zahlen sie dann die rechnng?" was a threat 0.59 for its typo, and the
    # customer took offence (V170 05; spelled right, no reading at all)
    faint = FAINT_QUESTION if text.rstrip().endswith("?") else FAINT_LEGAL
    return [h for h in hits if not (h.intent in _LEGAL_READINGS and h.confidence < faint)]


#: Instalments turned down by the caller: "Nah, instalments don't really work for us",
#: "Raten machen wir nicht", "keine Ratenzahlung" (V114 09: a plan 0.32, and the café owner
#: answered as if one had been offered).
_NO_PLAN = lazyre.compile(
    r"\b(?:instal(?:l)?ments?|payment\s+plans?)\s+(?:(?:really|just|honestly)\s+)?(?:don'?t|do\s+not"
    r"|won'?t|will\s+not|aren'?t|are\s+not|isn'?t|is\s+not)\b"
    r"|\b(?:no|not\s+doing|can'?t\s+do|cannot\s+do)\s+(?:any\s+)?(?:instal(?:l)?ments?|payment\s+plans?)\b"
    # "I'm not able to set up a payment plan" (V285 10 and p3: a solution 0.97, "A solution? I'm
    # listening")
    r"|\b(?:not\s+able\s+to|unable\s+to|can'?t|cannot|can\s+not)\s+(?:\w+\s+){0,2}?(?:set\s+up|offer|do|agree\s+to"
    r"|arrange|give\s+you)\s+(?:a\s+|any\s+)?(?:instal(?:l)?ments?|payment\s+plans?)\b"
    r"|\b(?:keine|ohne)\s+(?:raten|ratenzahlung\w*|teilzahlung\w*)\b"
    r"|\b(?:raten|ratenzahlung\w*|teilzahlung\w*)\s+(?:machen|bieten|geht|gehen|können)\s+wir\s+"
    r"(?:leider\s+|grundsätzlich\s+|da\s+)?(?:nicht|nich|net|keine)\b",
    re.IGNORECASE,
)


def _no_plan_turned_down(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """Instalments refused by the caller propose none (`_NO_PLAN`); a plan in the same line
    with figures ("no instalments beyond March: £700 on …") is the model's to read."""
    if not _NO_PLAN.search(text):
        return hits
    return [
        h
        for h in hits
        if not (h.intent == "propose_instalments" and h.confidence < 0.6)
        # ... nor a solution: refusing the plan is the opposite of offering one (V285 10)
        and not (h.intent == "offer_solution" and not _SOLUTION_WORDS.search(text))
    ]


#: A solution offered in words beside a refused plan ("no instalments, but I can split it into
#: two payments").
_SOLUTION_WORDS = lazyre.compile(
    r"\b(?:but|however|instead|aber|stattdessen|dafür)\b[^.?!]{0,60}?\b(?:can|could|könnte|kann|können"
    r"|koennen|offer|biete|bieten)\b",
    re.IGNORECASE,
)


def _no_compromise_taken_back(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Just to be clear: no discount, the full £2,400." offers no compromise
    (`retraction.takes_back_reduction`; twenty-third audit: 0.83, and the customer thanked
    the learner for the discount); nor does "I cannae do the job twice for nothing" (V177 11:
    a compromise 0.46, credited as "Offered a compromise where your proof is thin")."""
    if not any(takes_back_reduction(text, lang) for lang in ("de", "en")) and not (
        _REFUSES_FREE_WORK.search(text)
    ):
        return hits
    return [h for h in hits if h.intent != "offer_compromise"]


#: Free work refused: "I cannae do the job twice for nothing", "I won't redo it for free",
#: "Ich kann das nicht zweimal umsonst machen".
_REFUSES_FREE_WORK = lazyre.compile(
    r"\b(?:can'?t|cannae|canny|cannot|can\s+not|won'?t|wont|will\s+not|not\s+going\s+to"
    r"|kann\s+(?:\w+\s+){0,2}?nicht|werde\s+(?:\w+\s+){0,2}?nicht|mach\w*\s+(?:\w+\s+){0,2}?nicht)\b"
    r"[^.?!]{0,40}?\b(?:for\s+(?:nothing|free)|twice\s+for|umsonst|kostenlos|gratis"
    r"|zweimal|free\s+of\s+charge)\b",
    re.IGNORECASE,
)


#: "Das ist nicht unser Problem", "That's not really my problem, mate": the customer's trouble
#: waved away. Not a negation of trouble ("kein Problem", "it's not a problem"), which
#: reassures.
_NOT_OUR_PROBLEM = lazyre.compile(
    # Bavarian/Austrian too: "Des is doch net mei Problem" (seventy-second audit: empathy 0.92)
    # and Saxon: "Das is ni unser Problem" (eighty-fifth audit: empathy 0.82)
    r"\b(?:nicht|nich|net|ned|nid|ni)\s+(?:\w+\s+)?(?:mein|mei|unser|dein|dei|sein)\s+problem\b"
    r"|\b(?:nicht|nich|net|ned|nid|ni)\s+(?:\w+\s+)?(?:meine?|mei|unsere?)\s+(?:sache|sach|bier|thema"
    # the start-up founder's English: "das ist echt nicht unser Issue" (V219 06: empathy 0.99)
    r"|issue|baustelle)\b"
    r"|\bnot\s+(?:\w+\s+)?(?:my|our|the\s+company'?s)\s+(?:problem|concern|issue)\b"
    # "That's not on me." (ninety-second audit, behind "I'm sorry you're in that spot, but
    # honestly that's what happens when you don't budget for a fit-out": empathy 0.99)
    r"|\b(?:that'?s|that\s+is|it'?s|it\s+is)\s+not\s+on\s+(?:me|us)\b"
    r"|\b(?:your|ihr|dein)\s+problem,?\s+(?:not|nicht)\s+(?:mine|ours|meins|unseres)\b"
    # the loss put on his side: "I'm sorry, but … we did send it out on time, so it's not like
    # it got lost on our end" (V261 08 and p4: empathy 0.95, "Thanks for being so nice about
    # it"), "bei uns ist die jedenfalls nicht verloren gegangen"
    r"|\bnot\s+like\s+(?:it|they|the\s+\w+)\s+(?:got|was|were|went)\s+(?:lost|missing)\s+(?:on|at)\s+our"
    r"\s+(?:end|side)\b"
    r"|\b(?:wasn'?t|weren'?t|isn'?t|was\s+not|is\s+not|no)\s+(?:lost|mistake|fault|error|mix-?up)\s+"
    r"(?:on|at)\s+our\s+(?:end|side)\b"
    r"|\b(?:mistake|fault|error|problem)\s+(?:wasn'?t|isn'?t|was\s+not|is\s+not)\s+(?:on|at)\s+our"
    r"\s+(?:end|side)\b"
    r"|\bbei\s+uns\s+(?:\w+\s+){0,5}?(?:nicht|nich|net)\s+(?:verloren|verschlampt|liegen\s*geblieben)"
    # "es tut mir leid, dass Sie den Hofablauf nicht haben reinigen lassen, aber dafür können
    # wir nichts" (V286 06: empathy 0.99, "Danke für Ihr Verständnis"), "that's not our fault"
    r"|\bdafür\s+(?:können|koennen|kann)\s+(?:wir|ich)\s+(?:\w+\s+)?(?:nichts|nix|nüscht)\b"
    r"|\b(?:that'?s|that\s+is|it'?s|it\s+is)\s+not\s+our\s+fault\b",
    re.IGNORECASE,
)


#: His point refused a hearing: "Look, I hear you, but I'm not here to talk about the
#: website" (seventy-fourth audit: empathy 0.95, "Thanks, I appreciate that").
_NOT_HERE_FOR = lazyre.compile(
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+not\s+(?:here|calling)\s+to\s+(?:talk|discuss|argue|chat)"
    r"|\bdarüber\s+(?:will|möchte|muss)\s+ich\s+(?:jetzt\s+)?nicht\s+(?:reden|diskutieren|sprechen)"
    r"|\bich\s+(?:rufe|ruf)\s+nicht\s+an,?\s+um\s+(?:über|zu\s+diskutieren)"
    # "Well, I appreciate that, but an invoice is an invoice, ma'am" (seventy-seventh audit:
    # empathy 0.74), "Rechnung ist Rechnung", "rules are rules"
    # "I hear you, but the invoice is the invoice." (V160 09: empathy and asking what is wrong)
    r"|\b(?:an\s+|the\s+)?invoice\s+is\s+(?:an\s+|the\s+)?invoice\b"
    r"|\b(?:a\s+|the\s+)?bill\s+is\s+(?:a\s+|the\s+)?bill\b"
    r"|\brules\s+are\s+rules\b|\brechnung\s+ist\s+rechnung\b|\bvertrag\s+ist\s+vertrag\b"
    # the sum said twice: "I hear you, I really do, but £180 is £180 and I need it paid this
    # week" (V198 07: empathy 0.95), "180 Euro sind 180 Euro"
    r"|(?<![\w.,])([£€$]?\s?\d[\d.,]*)\s*(?:euro|eur|pounds?|quid|dollars?)?\s+(?:is|sind|ist)\s+\1"
    r"(?![\d.,]*\d)"
    r"|\bso\s+ist\s+das\s+(?:nun\s+mal|halt|eben)\b|\bthat'?s\s+just\s+how\s+it\s+is\b"
    # his trouble made everyone's, and a "but" after it: "I hear you, Mr Kemp, times are tough
    # for everyone. But the boiler is installed and working …" (V210 09: empathy 0.98, "Thanks,
    # I appreciate that"); not without the "but" ("times are tough for everybody, I truly get
    # it", V102 09, stays sympathy)
    r"|(?:\b(?:times\s+are|it'?s|things\s+are)\s+(?:\w+\s+)?(?:tough|hard|difficult)\s+for\s+(?:everyone"
    r"|everybody|all\s+of\s+us|us\s+all)\b|\bwe'?re\s+all\s+in\s+the\s+same\s+boat\b"
    r"|\b(?:das\s+geht|so\s+geht'?s)\s+(?:doch\s+|ja\s+|gerade\s+)*(?:allen|jedem|uns\s+allen)\b"
    r"|\b(?:schwer|hart)\s+haben\s+(?:es|'?s)\s+(?:doch\s+|gerade\s+)*(?:alle|jeder)\b"
    r"|\bwir\s+haben\s+(?:doch\s+|ja\s+)*alle\s+(?:unsere|unsre)\s+(?:sorgen|probleme)\b)"
    r"(?=[^?]{0,60}?\b(?:but|however|still|aber|trotzdem|dennoch|jedoch)\b)",
    re.IGNORECASE,
)
#: An apology with the fault pointed out beside it: "Es tut mir leid, wenn Sie die
#: Zahlungsfrist nicht lesen konnten, sie steht eigentlich gut sichtbar auf der Rechnung"
#: (seventy-fourth audit: empathy, no reproach). Not "sorry you couldn't find it, I'll send
#: it again": the mockery is the "it was there all along".
_MOCK_APOLOGY = lazyre.compile(
    r"\b(?:tut\s+mir\s+leid|sorry|entschuldigung)\b[^.?!]{0,90}[.,;–-]?[^.?!]{0,40}?"
    r"(?:\b(?:eigentlich|doch|ja)\s+(?:gut\s+|deutlich\s+|groß\s+|klar\s+)?(?:sichtbar|lesbar"
    r"|zu\s+sehen|nicht\s+zu\s+übersehen)|\bclearly\s+(?:printed|stated|visible|marked|shown)"
    r"|\bin\s+black\s+and\s+white\b|\bit'?s\s+right\s+there\b)"
    # sorry that it was too much for him: "Sorry if our invoice was too complicated for you to
    # find." (V169 p4: empathy 0.19, 100 gold; 09 "… our payment terms were too complicated for
    # you …" no reading), "Tut mir leid, wenn Ihnen unsere Rechnung zu kompliziert war"
    # ... or for his people: "I'm sorry if our invoices are too complicated for your team"
    # (V206 11: a rebuttal 0.99, "A factual opening without blame", 93 silver)
    r"|\b(?:tut\s+mir\s+(?:ja\s+)?leid|sorry)\b[^.?!]{0,60}?\b(?:too|zu)\s+(?:complicated|difficult"
    r"|hard|confusing|kompliziert|schwierig|schwer|verwirrend)\s+(?:for\s+(?:you|u|your\s+\w+)"
    r"|für\s+(?:sie|dich|ihre\s+\w+|deine\s+\w+)|fuer\s+sie)\b"
    r"|\b(?:tut\s+mir\s+(?:ja\s+)?leid|sorry),?\s+(?:wenn|dass)\s+(?:ihnen|dir)\s+[^.?!]{0,40}?"
    r"\bzu\s+(?:kompliziert|schwierig|schwer|verwirrend)\b"
    # ... or that he finds it so hard to keep track: "I am sorry you seem to find it so hard to
    # keep track of your own e-mails", "… that you appear to have found it so difficult to keep
    # track of your obligations", "Tut mir leid, dass Sie offenbar Schwierigkeiten haben, Ihre
    # Post im Blick zu behalten" (V290 p2, p3, 12: empathy 0.80–1.00, thanks, 100 gold). Not
    # his hardship itself: "sorry you're finding it hard to pay", "… dass Sie gerade
    # Schwierigkeiten haben".
    r"|\b(?:tut\s+mir\s+(?:ja\s+)?leid|sorry)\b[^.?!]{0,30}?\b(?:you|u|sie|du)\b[^.?!]{0,40}?"
    r"\b(?:hard|difficult|tricky|trouble|difficulty|difficulties|a\s+hard\s+time|schwierigkeiten"
    r"|probleme|mühe|muehe|schwer)\b[^.?!]{0,12}?\b(?:to\s+)?(?:keep(?:ing)?\s+(?:track|up|on\s+top)"
    r"|follow(?:ing)?|read(?:ing)?\s+(?:your|the)|remember(?:ing)?\s+(?:your|the)|(?:\w+\s+){0,3}?"
    r"(?:im\s+blick|den\s+überblick|den\s+ueberblick|auf\s+dem\s+schirm)\s+zu\s+behalten"
    r"|(?:\w+\s+){0,3}?zu\s+lesen)\b"
    # sorry that it was not clear to him: "I'm sorry if the scope wasn't clear to you, but it was
    # all in your own e-mail" (V179 11: a rebuttal and empathy, no cost), "Tut mir leid, wenn
    # Ihnen das nicht klar war"
    r"|\b(?:tut\s+mir\s+(?:ja\s+)?leid|sorry),?\s+(?:if|that|wenn|dass)\s+[^.?!]{0,40}?\b(?:wasn'?t|was\s+not"
    r"|weren'?t|were\s+not|isn'?t|nicht)\s+(?:\w+\s+)?(?:clear|klar)\s*(?:to\s+you|for\s+you|war|ist)?\b"
    # (not what was unclear on the caller's side: "Sorry if that wasn't clear from our side,
    # I'll explain it again.")
    r"(?![^.?!]{0,12}\b(?:from\s+(?:our|my)\s+(?:side|end)|on\s+our\s+part|by\s+us|von\s+unserer"
    r"|von\s+meiner|unsererseits|meinerseits)\b)"
    # sorry that nobody on his side reads: "Sorry if nobody over there reads their e-mails,
    # but phase one is done." (V162 10: read as the date request alone, 80 silver)
    r"|\b(?:tut\s+mir\s+(?:ja\s+)?leid|sorry)\s*,?\s+(?:if|that|wenn|dass)\s+(?:\w+\s+){0,2}?(?:nobody|no\s*one"
    r"|niemand|keiner)\b[^.?!]{0,40}?\b(?:reads?|checks?|looks?|liest|lesen|schaut|guckt)\b"
    # sorry for what he never did: "Es tut mir ja leid, dass Sie den Ablauf nie haben reinigen
    # lassen, aber dafür kann ich wirklich nichts" (ninetieth audit: empathy 1.00, 100 gold)
    r"|\b(?:tut\s+mir\s+(?:ja\s+|echt\s+|wirklich\s+)?leid|i'?m\s+(?:really\s+)?sorry|sorry)\s*,?\s+"
    # (not what he never got: "… dass Sie nie eine Rechnung bekommen haben" is sympathy)
    # (and "wenn": "Tut mir leid, wenn Sie das Abnahmeprotokoll nicht richtig gelesen haben, bevor
    # Sie es unterschrieben haben." — V171 04: a rebuttal 0.96, no_accusation met)
    r"(?:dass|that|wenn|if|falls)\s+(?:sie|du|you)\b"
    r"(?![^.?!]{0,80}\b(?:bekommen|erhalten|angekommen|gekriegt|got|received|reached|heard)\b)"
    # (a date's own full stop inside: "das Abnahmeprotokoll vom 2. Oktober")
    r"(?:[^.?!]|(?<=\d)\.){0,60}?\b(?:nie|niemals|nicht\s+mal|never|didn'?t\s+even"
    # "… dass Sie das Abnahmeprotokoll offenbar nicht richtig gelesen haben" (ninety-fifth
    # audit: empathy and a rebuttal, no_accusation passed)
    r"|(?:offenbar|anscheinend|wohl|obviously|apparently|clearly)\s+(?:nicht|not|didn'?t)"
    r"|nicht\s+(?:richtig|genau|ordentlich)\s+(?:gelesen|angeschaut|geprüft)"
    r"|didn'?t\s+(?:read|check)\s+(?:\w+\s+){0,3}?properly|did\s+not\s+even"
    # "I'm sorry you didn't read your own e-mail from the 12th of August" (V107 12: empathy
    # 0.94, and "Thank you.")
    r"|(?:didn'?t|did\s+not|don'?t|do\s+not)\s+(?:read|check|open)\s+your\s+own"
    r"|(?:ihre|deine)\s+eigenen?\s+(?:\w+\s+)?nicht\s+(?:gelesen|lesen|angeschaut|geöffnet))\b"
    # sorry that he forgot his own: "Sorry Helen, but I'm sorry you've forgotten your own
    # email" (V264 09: empathy 0.96, 87 passed), "Tut mir leid, dass Sie Ihre eigene Mail
    # vergessen haben". Not what he forgot that was ours ("sorry you forgot about the invoice").
    r"|\b(?:tut\s+mir\s+(?:ja\s+|echt\s+|wirklich\s+)?leid|sorry)\s*,?\s+(?:that\s+|if\s+)?(?:you|u)"
    r"(?:'?ve|\s+have)?\s+(?:\w+\s+)?(?:forgotten|forgot)\s+(?:all\s+about\s+)?your\s+own\b"
    r"|\b(?:tut\s+mir\s+(?:ja\s+|echt\s+|wirklich\s+)?leid|sorry)\s*,?\s+(?:dass|wenn)\s+(?:sie|du)\s+"
    r"(?:ihre|deine)\s+eigenen?\s+(?:\w+\s+){1,3}?vergessen\b"
    # sorry that he did not do his own part well: "i am sorry that you did not plan your cash
    # better, but the counter was deliverd on time" (V231 10: empathy 0.98, "I appreciate
    # that."; without the "sorry that" a reproach 0.80), "Tut mir leid, dass Sie nicht besser
    # geplant haben". Not what he was not given ("sorry you didn't hear from us sooner").
    r"|\bsorry\s*,?\s+(?:that\s+|if\s+)?(?:you|u)\s+(?:didn'?t|did\s+not|couldn'?t|could\s+not|don'?t"
    r"|do\s+not|can'?t|cannot)\s+(?!(?:get|hear|receive|know|find|see)\b)(?:[\w'-]+\s+){1,4}?"
    r"(?:better|properly|carefully|correctly|sensibly|in\s+time|on\s+time|ahead)\b"
    r"|\b(?:tut\s+mir\s+(?:ja\s+|echt\s+|wirklich\s+)?leid|sorry)\s*,?\s+(?:dass|wenn)\s+(?:sie|du)\s+"
    r"(?:\w+\s+){0,4}?(?:nicht|nich)\s+(?:besser|ordentlich|richtig|vernünftig|vernuenftig"
    r"|rechtzeitig|sorgfältiger|sorgfaeltiger)\s+(?:\w+\s+){0,2}?(?:geplant|planen|gewirtschaftet"
    r"|wirtschaften|kalkuliert|kalkulieren|organisiert|organisieren|aufgepasst|aufpassen"
    r"|vorgesorgt|vorsorgen|gelesen|lesen|haushalten|gehaushaltet)\b"
    # sorry for what he did, and the fault said to follow from it: "I am sorry that you have put
    # so heavy things on the shelves, then of course they are moving." (V237 12: empathy 0.93,
    # no_accusation met). Not the caller's own move after it ("…, so of course I'll come and
    # look"), nor "no wonder it slipped", which excuses him.
    r"|\b(?:i'?m\s+|i\s+am\s+)?sorry\s*,?\s+(?:that|if)\s+(?:you|u)\b[^.?!]{0,80}?[,;–-]\s*(?:then|so)\s+"
    r"(?:of\s+course|obviously|naturally)\b(?!\s+(?:i|i'll|i'd|i'm|we|we'll|we'd|we're|let)\b)"
    # ... or sorry that something else mattered more to him: "Tut mir leid, wenn Ihnen der
    # Urlaub wichtiger war als unsere Rechnung" (V239 p6: empathy 0.99, "Danke, dass Sie das so
    # locker sehen", 100 gold), "sorry if your holiday was more important than our invoice"
    r"|\b(?:tut\s+mir\s+(?:ja\s+|echt\s+|wirklich\s+)?leid|sorry)\s*,?\s+(?:that|if|dass|wenn)\s+"
    r"[^.?!]{0,60}?\b(?:wichtiger|more\s+important)\b[^.?!]{0,40}?\b(?:als|than)\b",
    re.IGNORECASE,
)


def _at_least_tentative(hits: list[IntentHit], intent: str, evidence: str) -> list[IntentHit]:
    """The hits with `intent` of at least TENTATIVE: words that carry the move whatever the
    model made of them (a weak reading no one heard, or none) — the verdict of a call must
    not hang on which of the two the last retraining gave (forty-third audit, call 03)."""
    if any(h.intent == intent and h.confidence >= TENTATIVE for h in hits):
        return hits
    out = [h for h in hits if h.intent != intent]
    out.append(IntentHit(intent, TENTATIVE, evidence))
    out.sort(key=lambda h: -h.confidence)
    return out


def _a_reproach(hits: list[IntentHit], evidence: str) -> list[IntentHit]:
    """The hits with a reproach of at least TENTATIVE (`_at_least_tentative`)."""
    return _at_least_tentative(hits, "accusatory_opener", evidence)


#: "Yeah yeah, I hear you. Asap so." after the customer's apology (eighty-fifth audit:
#: empathy 1.00, and the hurt customer calmed down): the doubled yes hurries him along. Not
#: a single "yeah, I hear you", nor "ja, ja" alone, which also assent.
_BRUSH_OFF = lazyre.compile(
    r"\byeah,?\s+yeah\b[,.!]?\s+(?:i\s+hear\s+you|i\s+know|i\s+get\s+it|whatever|sure)\b"
    r"|\bjaja\b[,.!]?\s+(?:schon\s+klar|ich\s+wei(?:ß|ss)|versteh\w*)\b",
    re.IGNORECASE,
)


#: His reason heard as one more excuse: "Das höre ich von Ihnen ja nicht zum ersten Mal." to
#: a customer who had been away (V194 p1: empathy 0.86, "Danke, dass Sie das so locker
#: sehen", 100 gold), "Jaja, dat hör ich öfter." (V195 03: empathy 0.64), "I've heard that
#: one before", "that's what they all say". Sarcasm is a reproach (GUIDE §5). Not "das hören
#: wir öfter" alone, nor "I hear that a lot", which may comfort (he is not the only one).
#: Read by `_sneer`.
_HEARD_BEFORE = lazyre.compile(
    r"\b(?:das|dat|des|dös|dit|that)\s+h(?:ö|oe)r(?:e|')?\s+ich\s+(?:von\s+(?:ihnen|dir)\s+)?"
    r"(?:ja\s+|doch\s+|aber\s+|schon\s+)*nicht\s+zum\s+ersten\s+mal\b"
    r"|\b(?:das|dat|des|dös|dit)\s+h(?:ö|oe)r(?:e|')?\s+ich\s+von\s+(?:ihnen|dir)\s+(?:ja\s+|doch\s+|aber\s+"
    r"|schon\s+)*(?:öfter|oefter|oft|ständig|staendig|dauernd|andauernd|jedes\s+mal|immer\s+wieder)\b"
    r"|\bja,?\s*ja\b[,.!]?\s+(?:das|dat|des|dös|dit)\s+h(?:ö|oe)r(?:e|')?\s+ich\s+(?:schon\s+)?"
    r"(?:öfter|oefter|oft|ständig|staendig|dauernd|jeden\s+tag|immer\s+wieder)\b"
    r"|\b(?:i'?ve|i\s+have)\s+heard\s+(?:that|this)\s+(?:one\s+|story\s+|excuse\s+)?(?:before|a\s+few\s+times"
    r"|many\s+times|plenty\s+of\s+times)\b|\bheard\s+that\s+one\s+before\b"
    r"|\bthat'?s\s+what\s+they\s+all\s+say\b|\bdas\s+sagen\s+(?:sie\s+)?(?:alle|jedes\s+mal)\b"
    r"|\bnot\s+the\s+first\s+time\s+i'?(?:ve|\s+have)\s+heard\s+that\b",
    re.IGNORECASE,
)


#: The fault he complained of made small: "Ei, die paar Spritzer, des geht doch mit'm feuchte
#: Lappe weg, des is ja kein Beinbruch." (V246 02: empathy 0.89, handle_objection passed, 93
#: silver; its standard German twin a reproach), "the few marks come off with a damp cloth,
#: it's no big deal". Only where a few of something are named, or the fault wipes off: "Kein
#: Beinbruch, wir finden eine Lösung" comforts.
_MINIMISER = (
    r"(?:kein(?:en)?\s+beinbruch|nicht\s+der\s+rede\s+wert|halb\s+so\s+wild|nicht\s+so\s+wild"
    r"|(?:nur|bloß|bloss)\s+(?:eine\s+)?kleinigkeit|no\s+big\s+deal|not\s+a\s+big\s+deal"
    r"|not\s+the\s+end\s+of\s+the\s+world|hardly\s+worth|nothing\s+to\s+(?:write\s+home"
    r"|make\s+a\s+fuss)\s+about|storm\s+in\s+a\s+teacup)"
)
_WIPES_OFF = (
    r"(?:geh(?:t|en)|krieg\w*|bekomm\w*|mach\w*)\s+(?:doch|ja|einfach|leicht|schnell)\s+"
    r"(?:\w+\s+){0,2}?mit\s+(?:\S+\s+){0,2}?(?:feucht|nass)\w*\s+(?:lappe\w*|tuch\w*|schwamm\w*)\s+(?:\w+\s+)?weg"
    r"|(?:comes?|wipes?)\s+(?:right\s+|straight\s+)?off\s+with\s+a\s+(?:damp|wet)\s+(?:cloth|rag|sponge)"
)
_MINIMISED = lazyre.compile(
    r"\b(?:die|diese|de|dee|the|those|these|a|ein|so\s+ein)\s+(?:paar|few|couple\s+of|bisschen|bissl|bit\s+of"
    r"|little)\b[^.!?]{0,80}?\b" + _MINIMISER + r"|\b" + _WIPES_OFF,
    re.IGNORECASE,
)


#: ... unless the caller puts it right in the same line: "Die paar Spritzer machen wir Ihnen
#: weg, das ist kein Beinbruch, mein Geselle kommt am Montag." (the rework, made light of).
_WE_PUT_IT_RIGHT = lazyre.compile(
    r"\b(?:machen|entfernen|beseitigen|streichen|putzen|richten|holen)\s+wir\b"
    r"|\bwir\s+(?:\w+\s+){0,3}?(?:machen|entfernen|beseitigen|streichen|putzen|richten|kommen|schicken)\b"
    r"|\b(?:mein|meine|unser|unsere)\s+(?:geselle|gesellen|mitarbeiter\w*|maler|leute|team|jungs)\b"
    r"|\b(?:we'?ll|i'?ll|we\s+will|i\s+will|we\s+can|i\s+can|let\s+me|let\s+us)\s+(?:\w+\s+){0,2}?"
    r"(?:fix|sort|clean|remove|touch|redo|come|send|pop|get)\b",
    re.IGNORECASE,
)


def _fault_made_small(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A complaint made small (`_MINIMISED`), with no compromise offered in the line, waves
    the customer's point away: a reproach, not sympathy (GUIDE §3: ask what exactly is wrong,
    then clear it up or compromise)."""
    found = _MINIMISED.search(text)
    if not found or any(h.intent == "offer_compromise" and h.confidence >= 0.5 for h in hits):
        return hits
    if _WE_PUT_IT_RIGHT.search(text):
        return hits
    hits = _swap(hits, "empathise", "accusatory_opener", "makes his complaint small")
    return _a_reproach(hits, found.group(0))


def _waved_away(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Das ist nicht unser Problem." read as empathy (0.65) calmed an offended customer (an
    authoring audit; "That's not really my problem, mate" the same in three audits): it is
    a reproach — the words alone carry "Problem" as understanding, so the call reads them."""
    brushed = _NOT_HERE_FOR.search(text)
    if brushed or _BRUSH_OFF.search(text):
        hits = [h for h in hits if h.intent != "empathise"]
    if brushed and "?" not in text:
        # ... nor a question of what is wrong: "I hear you, but the invoice is the invoice."
        # was asking the reason 0.88 and cleared clarify_objection (V160 09).
        hits = [h for h in hits if h.intent not in ("ask_reason", "clarify_objection")]
    if brushed and not _BLAME_WORDS.search(text):
        # ... and the brush-off is no reproach of its own: "Well, I appreciate that, but an
        # invoice is an invoice, ma'am." became blame 0.71 (evidence "but an invoice is an
        # invoice") once sets 53 and 54 were learned, where the seventy-seventh audit's
        # reading, kept by a test, is neither sympathy nor blame.
        hits = [
            h
            for h in hits
            if not (h.intent == "accusatory_opener" and brushed.group(0) in h.evidence)
        ]
    found = _NOT_OUR_PROBLEM.search(text)
    if not found:
        return hits
    hits = _swap(hits, "empathise", "accusatory_opener", "waves the customer's trouble away")
    # A reproach however the rest was read: "Entschuldigen S' vielmals, aber wenn S' des
    # Abnahmeprotokoll ned g'lesen haben, is des ned mei Problem." was a rebuttal 0.88 and "a
    # factual opening without blame" (eighty-ninth audit).
    return _a_reproach(hits, found.group(0))


#: "Es tut mir leid" as it is said across the regions ("tuat ma leid", "dud mer leid").
_SORRY_DE = (
    r"(?:tut|tuat|duat|duad|tuad|tuet|dud)\s+m(?:ir|er|a|ia)\s+(?:ja\s+|schon\s+|zwar\s+)?leid"
)


#: The apology for the customer's view, not for anything done, with a "but" after it: "I'm
#: sorry you feel that way, but my lads did a proper job", "Tut mir leid, wenn Sie das so
#: sehen, aber meine Leute arbeiten sauber" (seventy-second audit: empathy 0.95, the customer
#: thanked the caller, and a rebuttal of a justified complaint passed at 80).
_NON_APOLOGY = lazyre.compile(
    r"\bsorry\s+(?:if\s+|that\s+)?you\s+(?:feel|see|view|look\s+at|take)\s+(?:it|that|this|things)?"
    r"\s*(?:that|this)\s+way\b"
    rf"|\b(?:{_SORRY_DE}|bedaure|entschuldigung)\s*,?\s+"
    r"(?:wenn|dass|falls)\s+(?:sie|du)\s+(?:(?:das|des|es|dös)\s+)?so\s+(?:sehen|sehn|seh'n|siehst"
    r"|seht|sehet|empfinden|empfindest|empfindet|empfindn|auffassen|verstanden\s+haben)\b"
    # "Des tut mir leid, wenn Ihnen des so vorkommt, aber mein Geselle arbeitet normalerweise
    # schon sauber" (V141 02: empathy 0.97 and thanks, to a justified complaint)
    rf"|\b{_SORRY_DE}\s*,?\s+(?:wenn|dass|falls)\s+"
    r"(?:ihnen|dir|eahna|ihna|enk)\s+(?:das|des|es|dös)\s+so\s+(?:vorkommt|vorkimmt|erscheint"
    r"|vorkommen|vorgekommen\s+ist)\b"
    # sorry that he missed it, then "but" ("Ma'am, I'm sorry if you missed it, but you yourself
    # postponed the booking form …", V205 10: a rebuttal 0.99 and no blame, 93 silver)
    r"|\bsorry\s+(?:if|that)\s+you\s+(?:missed|overlooked|misread|misunderstood)\s+(?:it|that|this)\b"
    rf"|\b{_SORRY_DE}\s*,?\s+(?:wenn|dass)\s+(?:sie|du)\s+(?:das|es)\s+(?:übersehen|uebersehen"
    r"|überlesen|ueberlesen|falsch\s+verstanden)\b"
    r"|\bsorry\s+(?:if|that)\s+(?:it|that|this)\s+(?:seems|seemed|looks|looked|appears)\s+"
    r"(?:that\s+way|like\s+that|so)\b"
    # sorry for what he feels about the work: "I'm sorry you feel the shelves weren't done
    # right – though to be fair, …" (V182 11: empathy 0.86, 93 silver); the contrast after it
    # is what makes it none (`_non_apology`)
    r"|\bsorry\s+(?:if\s+|that\s+)?you\s+feel\s+(?:like\s+|that\s+)?(?:the|it|they|this|that|our|my)\b"
    r"(?=[^.?!]{0,60}\b(?:wasn'?t|weren'?t|isn'?t|aren'?t|not|wrong|badly|poor)\b)"
    # sorry for how it came across, then the fault put elsewhere: "Das tut mir leid, wenn das
    # so rübergekommen ist – mein Geselle ist eigentlich sehr gründlich, vielleicht war das
    # Parkett ja vorher schon nicht ganz sauber" (V107 04: empathy 0.99, no_accusation passed)
    r"|\b(?:tut\s+m(?:ir|er|a)\s+leid|sorry)\s*,?\s+(?:wenn|falls|if)\s+(?:das|es|that|it)\s+"
    r"(?:so\s+|that\s+way\s+)?(?:r(?:ü|ue)bergekommen|angekommen|came\s+across|sounded)\b"
    r"|\bwenn\s+(?:sie|du)\s+(?:das|es)\s+so\s+(?:sehen|siehst|empfinden|empfindest)\s*,?\s+"
    r"tut\s+(?:es|mir\s+das|das\s+mir)\s+(?:mir\s+)?leid\b",
    re.IGNORECASE,
)
_BUT_WORDS = "but|however|aber|jedoch|allerdings"
_BUT = lazyre.compile(rf"\b(?:{_BUT_WORDS})\b", re.IGNORECASE)
#: ... or the "actually" that sets the caller's side against it ("… mein Geselle ist
#: eigentlich sehr gründlich").
_CONTRAST = lazyre.compile(
    rf"\b(?:{_BUT_WORDS}|eigentlich|actually|though|to\s+be\s+fair)\b", re.IGNORECASE
)


#: ... and the fault then put on what the customer had before the job: "vielleicht die
#: Spritzer waren schon vorher da", "vielleicht war das Parkett ja vorher schon nicht ganz
#: sauber" (V104 06, V107 04: both auditors wanted the conduct check to fail).
_WAS_BEFORE = lazyre.compile(
    r"\b(?:schon\s+vorher|vorher\s+schon|already\s+(?:there|like\s+that|dirty|marked|damaged)"
    r"|(?:was|were)\s+already\s+there|before\s+we\s+(?:came|started|arrived|got\s+there)"
    # ... or on how he used it: "… though to be fair, I'd guess they've had a fair bit more
    # weight put on them than a normal bathroom shelf" (V182 11)
    r"|(?:more|too\s+much|a\s+lot\s+of)\s+weight\s+(?:put\s+)?on\s+(?:them|it)|overload\w*"
    r"|load(?:ed)?\s+(?:them|it)\s+up"
    # ... or said not to happen by itself: "… but shelves don't just wobble on their own, maybe
    # someone's been leaning stuff on them?" (V201 11: the question after the "but" left it
    # no reading at all, "A factual opening without blame", 87 silver)
    r"|(?:don'?t|doesn'?t|do\s+not|does\s+not|won'?t)\s+(?:just\s+)?\w+\s+(?:\w+\s+)?"
    r"(?:on\s+(?:their|its)\s+own|by\s+(?:themselves|itself))"
    r"|(?:nicht|net|ned)\s+(?:einfach\s+)?(?:so\s+)?von\s+(?:allein|alleine|selbst|selber)"
    r"|(?:been|was|were)\s+(?:leaning|hanging|standing|sitting|stacking|putting)\s+(?:\w+\s+){0,2}?on\s+(?:them|it)"
    r")\b",
    re.IGNORECASE,
)


def _non_apology(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """Sorry for how the customer sees it, then "but": no sympathy, whatever the rest is (a
    reproach after it is `_VENEER`'s; a rebuttal stays a rebuttal, unless it puts the fault
    on what he had before the job)."""
    found = _NON_APOLOGY.search(text)
    if not found:
        return hits
    but = _CONTRAST.search(text, found.end())
    if but is None:
        if _OWNS_IT.search(text):
            return hits  # "…, wenn das so rübergekommen ist, ich wollte Sie nicht drängen."
        if not any(h.intent in _MOVES_ON and h.confidence >= TENTATIVE for h in hits):
            # Sorry for how he sees it, and nothing after it: "Na ja, tut mir leid, wenn Sie
            # das so empfinden." to a justified complaint was sympathy 0.99 and 100 gold (V293
            # probe 3; V162 probe 6 the same): the complaint brushed off, which both auditors
            # called the reproach it is. With a way out beside it, it is only no sympathy.
            swapped = _swap(hits, "empathise", "accusatory_opener", found.group(0))
            return _a_reproach(swapped, found.group(0))
        return [h for h in hits if h.intent != "empathise"]
    heard = hits
    hits = [h for h in hits if h.intent != "empathise"]
    shifted = _WAS_BEFORE.search(text, but.end())
    if shifted:
        return _a_reproach(hits, shifted.group(0))
    rebut = max(
        (h.confidence for h in hits if h.intent == "rebut_unjustified_objection"), default=0
    )
    asks = "?" in text[but.end() :] and any(
        h.intent in _MOVES_ON and h.confidence > rebut for h in hits
    )  # "Sorry if it seems that way, but what exactly came loose?" asks, however faintly
    # the model also heard a rebuttal in it
    if rebut and not asks:
        # The complaint waved away and argued against in one breath: "Sorry you feel that
        # way, but to be honest they were rock solid when I left" — three outside trainers
        # called it blame (V99 probe 6, V112 11, V114 11: a rebuttal and "no blame").
        # Followed by an offer ("… but let's find a fix: …") it stays no sympathy only.
        return _a_reproach(hits, found.group(0))
    if not any(h.intent in _MOVES_ON for h in hits) and "?" not in text[but.end() :]:
        # ... and with nothing after the "but" but the caller's own side ("Des tut mir leid,
        # wenn Ihnen des so vorkommt, aber mein Geselle arbeitet normalerweise schon sauber",
        # V141 02; the Vorarlberg "Es tuat ma leid, wenn Sie des so empfindet, aber …", V140
        # 05): the complaint waved away, which both auditors called the reproach it is — left
        # with no reading at all, the customer said "Wie bitte?" to it. As sure as the
        # sympathy it was taken for.
        swapped = _swap(heard, "empathise", "accusatory_opener", found.group(0))
        return _a_reproach(swapped, found.group(0))
    return hits


#: The caller owning the slip beside a "sorry if it came across like that": a real apology.
_OWNS_IT = lazyre.compile(
    r"\b(?:ich|wir)\s+wollte[n]?\s+(?:sie|dich|euch|ihnen|dir)\s+(?:\w+\s+)?nicht\b"
    r"|\b(?:i|we)\s+(?:didn'?t|did\s+not|never)\s+mean\b|\b(?:my|our)\s+(?:fault|bad|mistake)\b"
    r"|\b(?:mein|unser)\s+fehler\b|\bthat\s+was\s+(?:not\s+fair|unfair|out\s+of\s+line)\b"
    r"|\bdas\s+war\s+(?:nicht\s+(?:fair|in\s+ordnung|so\s+gemeint)|unfair)\b|\bnot\s+what\s+i\s+meant\b",
    re.IGNORECASE,
)
#: What turns a non-apology's "but" towards a way out rather than against the complaint.
_MOVES_ON = frozenset(
    {
        "offer_compromise", "offer_solution", "propose_instalments", "fix_payment_date",
        "request_down_payment", "clarify_objection", "ask_reason", "confirm_in_writing",
        "summarise_agreement", "rechnung_nachreichen",
    }
)  # fmt: skip


#: Sarcasm that mocks the customer's excuse: "das sagen sie alle", "andere Leute arbeiten
#: halt", "must be nice to be that busy", "yeah right". Only turns of phrase that are a
#: sneer in any call — not "ja ja" or "schon klar" alone, which also assent.
_SNEER = lazyre.compile(
    # the customer's word thrown back with an oath, or called a dodge: "wobbly my arse. ye're
    # just at it to get out of paying" (V175 12 and p4: blame 0.20, "A factual opening without
    # blame"), "Sie wollen sich doch nur ums Zahlen drücken", "verarschen kann ich mich selbst"
    r"\bmy\s+(?:arse|ass)\b|\b(?:you'?re|youre|ye'?re|yer|you\s+are)\s+(?:just\s+|only\s+)?at\s+it\b"
    # forgetting pinned on him with "apparently" or "again", or his picking up mocked: "I'm
    # calling about the invoice you've apparently forgotten how to pay … in case it slipped
    # your mind, again." (V318 11: the neutral opener 0.89), "Amazing, you do actually answer
    # the phone." (V318 p1: the greeting, 100 gold); "Sie ham ja wahrscheinlich einfach
    # vergessen zu bezahln, oder?" (V316 p2: the neutral opener 0.99)
    r"|\b(?:you'?ve|you\s+have|you)\s+(?:apparently|obviously|clearly|conveniently)\s+(?:forgot|forgotten)\b"
    r"|\bslipped\s+your\s+mind,?\s+again\b|\b(?:forgot|forgotten)\s+(?:it\s+)?again\b"
    r"|\byou\s+(?:do\s+|did\s+)?actually\s+(?:answer|answered|pick\s+up|picked\s+up|exist|still\s+exist)\b"
    # German irony: "Na klar, drei Wochen Urlaub, da kann man 2.380 Euro ja mal eben vergessen."
    # (V323 p3: empathy 0.96, 100 gold), "Ach, Urlaub, wie schön – manche können sich das ja
    # leisten." (V320 p3: empathy 0.58, "Danke, dass Sie das so locker sehen"), "weil
    # Pflastersteine ja bekanntlich den Hofablauf verstopfen" (V323 05); and the English "I'm
    # sorry you've decided our invoice isn't a priority" (V321 p1: empathy, 100 gold)
    r"|\bja\s+mal\s+(?:eben|schnell|so)\s+(?:\w+\s+)?(?:vergessen|übersehen|uebersehen|verschlampen"
    r"|verschlampt|liegen\s+lassen|verbummeln|verbummelt)\b"
    r"|\b(?:manche|manch\s+einer|andere)\s+(?:leute\s+)?(?:können|koennen|kann)\s+sich\s+(?:das|des|so\s+was"
    r"|sowas)\s+(?:ja\s+|halt\s+|eben\s+)?leisten\b"
    r"|\bschön,?\s+wenn\s+man\s+sich\s+(?:das|des|so\s+was|sowas)\s+leisten\s+kann\b"
    r"|\bja\s+bekanntlich\b"
    r"|\b(?:decided|beschlossen|entschieden)\b[^.?!]{0,40}?\b(?:isn'?t|is\s+not|not|keine)\s+(?:a\s+)?(?:priority|priorität|prioritaet)\b"
    r"|\b(?:sie|du)\s+(?:haben|ham|hamm|hast|habn)\s+(?:(?:es|das|des|ja|wohl|wahrscheinlich|bestimmt"
    r"|sicher|vermutlich|einfach|mal\s+wieder|wieder)\s+){1,4}vergessen\s+zu\s+(?:be)?zahl\w*"
    # forgetting asked with a shrug: "did u forget or something lol", "Did you forget or
    # something?" (V288 10 and p2: the reason 0.87, and the customer apologised warmly),
    # "Haben Sie's vergessen oder was?"
    r"|\b(?:did|have)\s+(?:you|u|ya|ye)\s+(?:just\s+)?(?:forget|forgot|forgotten)\b[^.?!]{0,30}?"
    r"\bor\s+(?:something|sth|smth|what)\b|\bvergessen\s*,?\s+oder\s+(?:was|wie)\b"
    r"|\b(?:get|getting|wriggle|wriggling|weasel|weaseling|weaselling|worm)\s+out\s+of\s+pay\w*"
    # ... or him called hard to get money out of: "I'm only ringing cos you're a hard woman to
    # get money out of, ha" (V209 11: a compromise 0.70 beside a faint reproach)
    r"|\b(?:hard|tough|difficult)\s+(?:\w+\s+)?(?:man|woman|one|person|customer|nut|bloke|lady)\s+to\s+get"
    r"\s+(?:money|cash|paid|a\s+penny|anything)\s+(?:out\s+of|from)\b"
    r"|\b(?:ums|vorm|vor\s+dem)\s+(?:be)?zahlen\s+(?:zu\s+)?dr(?:ü|ue)ck\w*"
    r"|\bverarsch\w*|\bf(?:ü|ue)r\s+dumm\s+verkaufen\b|"
    # his firm said to lose the reminders: "Sorry to chase you again, I know how it is,
    # reminders do seem to get lost in big accounts departments." (V200 12: empathy 0.89, "A
    # factual opening without blame"); not lost in the post, which excuses him
    r"\b(?:get|gets|go|goes|got|went|getting|going)\s+lost\s+in\s+(?:\w+\s+){0,2}?(?:accounts?\s+)?"
    r"(?:departments?|offices?|companies|firms|teams|admin|accounts\s+payable)\b(?![^.!?]*\?)"
    r"|\bin\s+(?:\w+\s+){0,2}?(?:buchhaltung\w*|abteilung\w*|verwaltung\w*|firmen|konzern\w*|b(?:ü|ue)ros?)"
    r"\s+(?:\w+\s+){0,5}?verloren\b(?![^.!?]*\?)|"
    # his explanation waved off as a story: "I don't need the paperwork story mate, I just
    # need it paid by Friday" (V164 12: a date request only, "A factual opening without
    # blame"; "I don't want to hear excuses" is blame 0.70), "Ihre Ausreden will ich nicht hören"
    r"\b(?:don'?t|do\s+not|dont)\s+(?:need|want)\s+(?:to\s+hear\s+)?(?:the|your|any|a|ur)\s+"
    r"(?!(?:full|whole|long|entire)\s)(?:[\w-]+\s+){0,2}?(?:story|stories|excuses?|sob\s+story)\b"
    r"|\b(?:ihre|deine|eure|keine)\s+(?:\w+\s+)?(?:ausreden|geschichten|märchen|maerchen)\s+(?:will|möchte"
    r"|moechte|muss|brauche)\s+ich\s+(?:\w+\s+)?(?:nicht\s+)?(?:hören|hoeren)\b"
    # ("Jaja, is klar. Dat hör ich jeden Tag." in the Ruhr: V230 06, empathy 0.97; "Ja ja, det
    # hör ick jeden Tag." in Berlin: V278 03)
    r"|\b(?:das|dat|des)\s+sagen\s+(?:sie|die|alle)\s+(?:alle|immer)\b|\b(?:das|dat|des|det)\s+h(?:ö|oe)r\w*\s+(?:ich|ick|i)\s+"
    r"(?:jeden\s+tag|st(?:ä|ae)ndig|dauernd|(?:ö|oe)fter|immer\s+wieder)"
    r"|\bandere\s+leute\s+(?:arbeiten|m(?:ü|ue)ssen)|\b(?:muss|mu(?:ß|ss))\s+(?:ja\s+)?sch(?:ö|oe)n\s+sein"
    # people like him, said as a kind: "I am sorry, Claire, but some people just cannot keep
    # track of their invoices, can they." (V237 p2: empathy 0.85, "Thanks for being so nice
    # about it", 100 gold), "manche Leute kriegen das einfach nicht hin"
    r"|\bsome\s+people\s+(?:(?:just|simply|really)\s+(?:can'?t|cannot|can\s+not|don'?t|do\s+not|won'?t"
    r"|never)|never)\b|\b(?:manche|gewisse|einige)\s+leute\s+(?:\w+\s+){0,4}?(?:einfach\s+)?"
    r"(?:nicht|nie|nich|net)\b"
    # ... but "das ist natürlich nicht schön für Sie" is sympathy (V140 06: a reproach 1.00,
    # the customer took offence, and the call failed twice for it)
    r"|\b(?<!nicht\s)(?<!nich\s)(?<!net\s)(?<!nit\s)(?<!ned\s)(?<!nicht\sso\s)(?<!nicht\ssehr\s)"
    r"(?<!nicht\sganz\s)(?<!nicht\sgerade\s)(?<!net\sso\s)(?<!nit\sso\s)(?<!ned\sso\s)"
    r"sch(?:ö|oe)n\s+f(?:ü|ue)r\s+(?:sie|dich)\b|\bwie\s+praktisch\b|\bwer'?s\s+glaubt"
    r"|\bmust\s+be\s+nice\b|\b(?:nice|alright|all\s+right)\s+for\s+some\b"
    r"|\bhow\s+convenient\b|\byeah,?\s+right\b|\b(?:sure|of\s+course)\s+you\s+(?:did|were|are)\b"
    # "Sure you will, bless your heart." to "I'll get it done soon" (ninety-sixth audit:
    # small talk and 100 gold)
    r"|^\W*(?:oh\s+|yeah\s+|ja\s+)?sure\s+you\s+will\b"
    r"|\bheard\s+that\s+(?:one\s+)?before\b|\bthat'?s\s+what\s+they\s+all\s+say\b"
    r"|\beveryone\s+says\s+that\b|\blikely\s+story\b|\bsome\s+of\s+us\s+(?:have\s+to\s+)?work"
    r"|\banother\s+excuse\b|\bnoch\s+eine\s+ausrede\b"
    # the old excuse put in his mouth: "So Rachel, I'm guessing the cheque's in the post, is
    # it?" (V324 11 and p5: small talk, and the customer answered "Oh — yes, I suppose so.")
    r"|\b(?:guess\w*|bet|suppose|presume|take\s+it|let\s+me\s+guess)\b[^.?!]{0,25}?\b(?:the\s+)?"
    r"(?:cheque|check)(?:'s|\s+is)\s+in\s+the\s+(?:post|mail)\b"
    r"|\b(?:cheque|check)(?:'s|\s+is)\s+in\s+the\s+(?:post|mail),?\s+(?:is\s+it|isn'?t\s+it|right|eh)\b"
    # the firm said to be no bank: "Aber zahle müsset Se trotzdem, gell, mir send au koi Bank."
    # (V326 05 and p2: empathy alone, and the regular thanked her for it)
    r"|\b(?:wir|mir|mer)\s+(?:sind|send|san|sin|seien)\s+(?:\w+\s+)?(?:auch\s+|au\s+|a\s+|ja\s+)?"
    r"(?:keine|koi|koa|kei|ka)\s+(?:bank|sparkasse|wohlfahrt\w*|caritas)\b"
    r"|\bwe(?:'re|\s+are)\s+(?:not|no)\s+(?:a\s+)?(?:bank|charity)\b"
    # a warning not to need chasing: "Fine, Friday the 11th, the full £640. Don't make me call
    # you again." (V330 10: a date and a read-back; the German "ich kann ja nicht jedes Mal
    # hinterhertelefonieren" is blame 0.95)
    r"|\bdon'?t\s+make\s+me\s+(?:call|ring|phone|chase|come\s+after)\s+(?:you\s+)?(?:again|twice|up)\b"
    # the work praised, the bill held against him: "wicked nice new website you got there.
    # Shame nobody's paid for it yet, right?" (V217 11: no reading, "A factual opening without
    # blame"), "Schade nur, dass sie noch keiner bezahlt hat"
    r"|\b(?:shame|pity)\s+(?:that\s+)?(?:nobody|no\s+one|no-one|noone|you|ye|u)(?:'s|\s+has|\s+have|'ve)?"
    r"\s+(?:not\s+|n't\s+)?(?:paid|settled|coughed\s+up)\b"
    r"|\bschade\s*(?:nur\s*)?,?\s*dass\s+(?:sie|die|das|es)?\s*(?:noch\s+)?(?:keiner|niemand|sie\s+nicht|du\s+nicht)"
    r"\s+(?:\w+\s+){0,3}?(?:bezahlt|gezahlt|beglichen)\b"
    # the excuse belittled (thirty-second and thirty-third audits: empathy 0.99 and 0.93,
    # and thanks from the customer): "Ja, das sagen alle.", "Da hat man natürlich keine Zeit,
    # mal eben ne Überweisung zu machen", "Must be SO hard remembering one invoice"
    r"|\bdas\s+sagen\s+alle\b|\bnatürlich\s+keine\s+zeit\b|\bnatuerlich\s+keine\s+zeit\b"
    # "Aha. Jo mei, das sagen viele." to "und das ist gleich der Ton?" (V145 05: empathy 0.68)
    r"|\bdas\s+sagen\s+(?:viele|die\s+meisten|ganz\s+viele)\b"
    r"|\bmal\s+eben\s+(?:ne|eine)\s+überweisung|\bso\s+schwer\s+kann\s+(?:das|es)\s+(?:doch\s+)?nicht"
    r"|\bmust\s+be\s+so\s+hard\s+remembering\b|\bhow\s+hard\s+can\s+it\s+be\b"
    r"|\bremembering\s+(?:one|a\s+single)\s+(?:little\s+)?invoice\b"
    # "Bit rich telling me you're skint when there's a shiny new coffee machine on that
    # counter" (thirty-fifth audit: small talk, "Mm, yes.")
    r"|\b(?:a\s+)?bit\s+rich\b|\bpleading\s+poverty\b|\bcrying\s+poor\b"
    # "Ja nee, is klar, drei Wochen Urlaub und die Überweisung macht sich von allein"
    # (thirty-fourth audit: empathy 0.80, "Danke, dass Sie das so locker sehen", 100 gold)
    r"|\bja\s*,?\s*nee\s*,?\s*is(?:t|s)?\s+klar\b|\bmacht\s+sich\s+(?:ja\s+)?von\s+(?:allein|selbst)\b"
    # the condescending reminder: "As I'm sure you're aware, the invoice is overdue", "as you
    # are already aware from our reminder" (V275 11: a factual opening), "Wie
    # Ihnen sicher bekannt ist, …" (twenty-eighth and thirty-first audits: the neutral opener)
    r"|\bas\s+(?:i'?m\s+sure\s+)?you(?:'re|\s+are)\s+(?:no\s+doubt\s+|surely\s+|well\s+|already\s+)?aware\b"
    # "I do apologize, ma'am, but for your information the invoice should have been settled
    # already" (eighty-sixth audit: the neutral opener 0.85 and empathy 0.67)
    r"|\bfor\s+your\s+(?:kind\s+)?information\b"
    # disbelief as a question, the due date held up: "haben Sie die etwa nicht bekommen? Die
    # war doch schon im November fällig." (eighty-ninth audit: "Sachlicher Einstieg")
    r"|\betwa\s+(?:nicht|keine?\w*)\b[^.!]{0,60}\?"
    # the mishap praised as their trade: "I know your lot are very busy losing invoices over
    # there" (V273 01: sympathy 0.90 and 100 gold; its auditor: sarcasm, a fail), "you're
    # good at losing paperwork", "Sie sind ja Weltmeister im Rechnungen-Verschlampen"
    r"|\b(?:busy|good|great|brilliant|expert\w*|champions?|pros?)\s+(?:at\s+)?(?:losing|misplacing|forgetting"
    r"|ignoring|mislaying)\b"
    r"|\b(?:weltmeister|meister|profis?|gut|fleißig|fleissig|beschäftigt|beschaeftigt)\s+(?:\w+\s+){0,2}?"
    r"(?:im|beim|mit|darin)\s+(?:\w+[\s-]+)?(?:verlieren|verschlampen|verschusseln|vergessen|verlegen)\b"
    r"|\bdoch\s+schon\b[^.?!]{0,40}\b(?:fällig|faellig|überfällig|ueberfaellig)\b"
    r"|\bas\s+you\s+(?:well|surely|must)\s+know\b|\bas\s+i'?m\s+sure\s+you\s+know\b"
    r"|\bwie\s+(?:ihnen|dir)\s+(?:sicher(?:lich)?|bestimmt|ja|wohl)\s+bekannt\b"
    r"|\bwie\s+(?:sie|du)\s+(?:sicher(?:lich)?|bestimmt)\s+wissen\b"
    # the forgetting called a coincidence, the season called a surprise (thirty-eighth audit:
    # "da ist Ihnen ganz zufällig auch entfallen, wer Ihnen die Bremsen gemacht hat" was
    # empathy 0.67 and 100 gold; "die Reifensaison kommt ja auch jedes Jahr völlig
    # überraschend, ne?" small talk). "Ich habe zufällig gesehen, dass …" stays neutral.
    r"|\bzuf(?:ä|ae)llig\b(?:\W+\w+){0,4}?\W+(?:vergessen|entfallen|(?:ü|ue)bersehen|verlegt"
    r"|verschwunden|untergegangen|verloren)\b"
    r"|\b(?:jedes\s+jahr|immer)\s+(?:wieder\s+)?(?:so\s+|v(?:ö|oe)llig\s+|total\s+|ganz\s+)?"
    r"(?:ü|ue)berraschend\b|\bconveniently\s+(?:forgot|forgotten|lost|missed|overlooked)\b"
    r"|\b(?:a\s+)?(?:total\s+|complete\s+)?surprise\s+every\s+(?:year|time)\b"
    # the holiday set against the caller's wait: "Schön Urlaub gemacht, wa? Mir ham derweil
    # uff unser Geld gewartet, gelle." (forty-fourth audit; the neutral opener once sets 53
    # and 54 were learned)
    r"|\b(?:derweil|inzwischen|solange|währenddessen|waehrenddessen|unterdessen)\b[^.?!]{0,30}?"
    r"\b(?:geld|zahlung|kohle)\s+gewartet\b"
    r"|\b(?:meanwhile|while)\b[^.?!]{0,30}?\b(?:waiting|waited)\s+(?:for|on)\s+(?:our|my)\s+money\b"
    # "it's not like we need paying or anything" (forty-first audit: empathy 0.99, thanked)
    r"|\bit'?s\s+not\s+(?:as\s+if|like)\s+(?:we|i)\s+(?:need|want|have\s+bills)\w*\b"
    r"|\bals\s+ob\s+wir\s+(?:das|unser|kein)\w*\s+geld\s+(?:nicht\s+)?br(?:ä|ae)uchten\b"
    # not paying called cheating: "The booking form is phase two, you know that. That's not a
    # reason to stiff me." (V129 10: small talk, "Mm, yes."), "mich prellen", "über den Tisch"
    r"|\b(?:stiff|diddle|swindle|cheat|short-?change)\s+(?:me|us)\b|\brip\s+(?:me|us)\s+off\b"
    r"|\b(?:mich|uns)\s+(?:\w+\s+)?(?:prellen|bescheißen|bescheissen|abzocken|übers\s+ohr\s+hauen"
    r"|über\s+den\s+tisch\s+ziehen)\b"
    # disappointment that he has not paid: "I must say I am rather disappointed that invoice
    # LHS-077 has not yet been settled; punctuality is, after all, a courtesy." (V245 12: the
    # neutral opener 0.54 and empathy 0.52, "A factual opening without blame"; the German
    # "etwas enttäuscht, dass die Rechnung … immer noch nicht bezahlt ist" was blame 0.74)
    r"|\b(?:i\s+am|i'?m|we\s+are|we'?re|i\s+was|we\s+were|say)\s+(?:\w+\s+){0,2}?disappointed"
    r"\s+(?:that|to\s+see(?:\s+that)?)\b[^.!?;]{0,80}?(?:\bnot\b|n't\b|\bnever\b|\bstill\b|\byet\b"
    r"|\boutstanding\b|\bunpaid\b|\boverdue\b)|\bdisappointed\s+(?:in|with)\s+(?:you|your)\b"
    r"|\b(?:bin|sind|war|waren)\s+(?:\w+\s+){0,2}?(?:enttäuscht|enttaeuscht)\b[^.!?]{0,20}?"
    r"\b(?:dass|von\s+ihnen|von\s+dir)\b[^.!?;]{0,80}?\b(?:nicht|nie|immer\s+noch|noch\s+immer|offen)\b"
    # wondering aloud how long a payment takes him: "und ich frag mich decht schon, wie lang
    # eine Stadtverwaltung für eine Überweisung braucht" (V255 04: the neutral opener 0.99,
    # "Sachlicher Einstieg ohne Vorwurf"; the English "I do wonder how long it takes a flower
    # shop to press a button" was blame)
    r"|\bfrag\w*\s+mich\b[^.!?]{0,30}?\bwie\s+lang\w*\b[^.!?]{0,60}?"
    r"\b(?:(?:ü|ue)berweis\w*|zahlung|knopfdruck|klick)\b[^.!?]{0,30}?\b(?:brauch\w*|dauer\w*)\b"
    r"|\bwonder\w*\s+how\s+long\s+it\s+takes\b[^.!?]{0,40}?\bto\s+(?:press|push|click|pay|transfer"
    r"|make\s+a\s+payment|send\s+(?:a|the)\s+payment)\b"
    # what he should have had himself: "eigentlich hätten Sie die Bestellnummer ja selber im
    # Akt" (V255 04: empathy 1.00 behind "Des tut mir leid")
    r"|\beigentlich\s+h(?:ä|ae)tte?s?t?n?\s+(?:sie|du|ihr)\b[^.!?]{0,60}?\bja\s+(?:auch\s+)?selb(?:st|er)\b"
    # the excuses declared over: "But I need that money asap, Helen, no more runaround." (V254
    # 11: empathy 0.94, "A factual opening without blame"), "keine Ausreden mehr"
    r"|\bno\s+more\s+(?:runaround|run-around|excuses|games|messing\s+(?:about|around)|stalling)\b"
    r"|\bkeine\s+(?:ausreden|spielchen|ausfl(?:ü|ue)chte)\s+mehr\b"
    r"|\bschluss\s+mit\s+(?:den\s+)?(?:ausreden|spielchen|ausfl(?:ü|ue)chten)\b",
    re.IGNORECASE,
)


#: His trouble put down to how he runs things ("that's down to how you've run things": V221
#: 07), said behind an apology (`_VENEER`) or on its own (`_YOUR_JOB`); not "it's down to you
#: when you pay", which leaves him the choice.
_DOWN_TO_HIM = r"down\s+to\s+(?:your\s+own\b|how\s+you\b|the\s+way\s+you\b)"


#: Blame behind an apology or "I understand" (GUIDE §5: a reproach "with a polite veneer" is
#: blame): the lead-in, a "but", and what the customer should have done ("… aber wenn Sie
#: Ihre Post vor dem Urlaub erledigt hätten, müsste ich jetzt nicht anrufen", "im sorry you
#: feel that way, but if you had called me the same week i could have checked it": empathy
#: 0.95 and thanks from the customer, sixty-seventh audit, 100 gold and 88 silver).
_VENEER = lazyre.compile(
    r"\b(?:sorry|i\s+understand|i\s+hear\s+you|i\s+get\s+(?:it|that)"
    rf"|{_SORRY_DE}"
    r"|entschuldig\w*|ich\s+versteh(?:e)?|versteh(?:e)?\s+ich)\b[^.?!]{0,90}?\b(?:but|however|aber|jedoch)\b"
    r"[^.?!]{0,60}?(?:"
    # English: "if you had / you'd + done …", "you should / could have …"
    r"\bif\s+you(?:\s+had|'d)\s+(?:just\s+|only\s+|actually\s+)?(?:\w+ed|told|paid|read|sent"
    r"|let|rung|rang|got|gone|done|said|seen|kept|spoken|put|thought)\b"
    r"|\byou\s+(?:should|could|might)(?:\s+have|'ve)\s+\w+"
    r"|\b(?:i|we)\s+(?:wouldn'?t|would\s+not)\s+(?:have\s+to|need\s+to|be)\s+(?:call|chas|ring|phon"
    r"|having)\w*"
    # German: "wenn Sie … hätten", "hätten Sie … (gleich|früher|einfach)", "müsste ich nicht …"
    r"|\bwenn\s+(?:sie|du|ihr\w*|dein\w*)\b[^.?!]{0,80}?\b(?:hätten|hättest|haetten|haettest)\b"
    r"|\b(?:hätten|haetten|hättet|haettet|hätte|haette)\s+(?:sie|se)\b[^.?!]{0,40}?\b(?:gleich"
    r"|glei|früher|frueher|einfach|afach|rechtzeitig)\b"
    # his lateness, or the fault pushed off: "Tut mir leid, wenn ich das so sage, aber Sie sind
    # wirklich spät dran, das ist nicht meine Schuld" (V150: empathy 1.00 and thanks, 100 gold)
    r"|\b(?:sie\s+sind|you(?:'re|\s+are))\s+(?:\w+\s+)?(?:spät|spaet)\s+dran\b"
    r"|\b(?:das\s+ist|ist|is)\s+(?:doch\s+|aber\s+)?nicht\s+(?:meine|unsere)\s+schuld\b"
    r"|\b(?:that'?s|that\s+is|it'?s|it\s+is)\s+not\s+(?:my|our)\s+fault\b"
    # the wobble put on his load: "Well, I'm sorry y'all feel that way, but those shelves were
    # solid when I left, maybe you just put too much weight on 'em." (V222 12: empathy 0.79
    # and a rebuttal; "A factual opening without blame"), "… 'cause you've loaded 'em wi' jars"
    # (V216 11)
    r"|\byou(?:'ve|\s+have)?\s+(?:just\s+|probably\s+|simply\s+)?(?:put|loaded|stacked|piled|crammed)"
    r"\s+(?:too\s+much|too\s+many|'?em\s+(?:up\s+)?wi(?:th|')?|them\s+(?:up\s+)?with)\b"
    r"|\byou(?:'ve|\s+have)?\s+(?:just\s+)?overloaded\b"
    rf"|\b{_DOWN_TO_HIM}"
    r"|\b(?:sie|du)\s+(?:haben|hast)\s+(?:\w+\s+){0,3}?(?:überladen|ueberladen|zu\s+viel\s+drauf)"
    # "Tut mir ja leid, aber wenn Se den Hofablauf nich sauber halten, kann ick da ooch nüscht
    # für." (V154 02, Berlin: empathy 0.95)
    r"|\bkann\s+(?:ich|ick|i|wir)\s+(?:da\s+|do\s+)?(?:auch\s+|ooch\s+|och\s+|aa\s+|a\s+|doch\s+)?"
    r"(?:nichts|nix|nüscht|nischt|nüschte|nuescht|nit|nüt)\s+(?:da)?für\b"
    # pressure put on him: "Das versteh ich schon, das ist eine blöde Situation – aber die
    # Rechnung ist jetzt drei Wochen drüber, da muss jetzt wirklich was passieren" (V147 05:
    # empathy 1.00; the same without the sympathetic clause a reproach 0.89, p1)
    r"|\bda\s+muss\s+(?:jetzt\s+|nun\s+|endlich\s+|wirklich\s+|langsam\s+)+"
    r"(?:mal\s+)?(?:was|etwas)\s+passieren\b"
    r"|\bsomething\s+(?:really|now)\s+(?:has|needs)\s+to\s+happen\b"
    # his inbox held it more than once: "Sorry to chase you on this, I know you're busy, but
    # it's been nearly a month now and we did send it over twice" (V304 08: empathy 0.85, 86
    # silver; its auditor: "a reproach with a polite veneer")
    r"|\b(?:we|i)(?:'ve|\s+have|\s+did|\s+had)?\s+(?:already\s+|actually\s+)?(?:sent|send|emailed"
    r"|e-mailed|posted)\s+(?:it|them|the\s+invoice|you\s+the\s+invoice|it\s+to\s+you)\s+"
    r"(?:over\s+|out\s+|through\s+|across\s+)?(?:twice|two\s+times|three\s+times|several\s+times"
    r"|a\s+few\s+times|more\s+than\s+once)\b"
    # the wish that he had: "… aber i hätt mir gwünscht, Sie hättet glei agrüaft statt afach nit
    # zahla" (V140 05, Vorarlberg: empathy 0.56, 100 gold), "I'd have liked you to ring me"
    r"|\b(?:ich|i)\s+h(?:ä|ae)tt\w*\s+mir\s+(?:\w+\s+)?(?:ge|g)?w(?:ü|ue)nscht\b"
    r"|\b(?:i'?d|i\s+would)\s+(?:have\s+|'ve\s+)?(?:liked|preferred|hoped|expected)\s+"
    r"(?:you\s+to|that\s+you|you'?d)\b"
    r"|\b(?:müsste|muesste|bräuchte|braeuchte|müssten|muessten)\s+(?:ich|wir)\s+(?:jetzt\s+)?"
    r"(?:auch\s+)?(?:gar\s+)?nicht\b"
    # ... or it would not have happened if he had: "Tut mir leid, wenn ich da deutlich werde,
    # aber wenn man seine Post lesen würde, wäre das nicht passiert." (V322 p1 and 06, in
    # Tyrolean too: empathy 0.98, and the regular apologised back), "… it wouldn't have happened"
    r"|\b(?:wäre|waere|wär|waer|wärs|wär's)\s+(?:das|des|dat|es)?\s*(?:\w+\s+)?(?:nicht|nit|net|ned|nich|nie)\s+"
    r"(?:passiert|vorgekommen|gschehn|geschehen)\b"
    r"|\b(?:this|that|it)\s+(?:wouldn'?t|would\s+not|would\s+never)\s+have\s+happened\b"
    # ... or on how he runs things: "Tut mir leid, wenn du das mit dem Wasser nicht verstanden
    # hast, aber das liegt an deinem Hofablauf, nicht an meinem Pflaster." (V319 p6: a reason
    # question 0.51 and "Sachlicher Einstieg ohne Vorwurf")
    r"|\bliegt\s+(?:\w+\s+){0,2}?an\s+(?:ihrem|ihrer|ihren|deinem|deiner|deinen|eurem|eurer)\s+\w+"
    r"|\b(?:that'?s|it'?s|that\s+is|it\s+is)\s+(?:down\s+to|because\s+of)\s+your\s+(?:own\s+)?\w+,?\s+not\s+(?:my|our)\b"
    # the fault put on the customer: "… but that is really on your end" (sixty-ninth audit)
    r"|\b(?:that'?s|that\s+is|it'?s|it\s+is|das\s+ist|das\s+liegt)\s+(?:really\s+|wirklich\s+"
    r"|schon\s+|halt\s+|einfach\s+)?(?:on\s+your\s+(?:end|side)|on\s+you\b|your\s+(?:fault"
    r"|problem|responsibility|doing)|bei\s+ihnen|ihr\s+(?:problem|fehler)|ihre\s+sache)"
    # ... or his own doing: "… but honestly that's what happens when you don't budget"
    # (or on whoever loaded them: "… but that's what happens when folks load them up with crates
    # of jars", V170 p5: empathy 0.95)
    r"|\bthat'?s\s+what\s+happens\s+when\s+(?:you|u|ya|folks|people|someone|somebody)\b|\bdas\s+(?:kommt|passiert)\s+davon,?\s+wenn\s+(?:sie|du|man)\b"
    # ... or on his people: "I am sorry oo, but your department is really disorganised"
    # (eighty-ninth audit: empathy 0.94, and "Thanks for being patient.")
    r"|\b(?:your|ihre?)\s+(?:\w+\s+)?(?:department|office|team|accounts|people|staff|company"
    r"|abteilung|buchhaltung|leute|firma|verwaltung)\s+(?:is|are|ist|sind)\s+(?:really\s+|just\s+"
    r"|so\s+|wirklich\s+|echt\s+|total\s+|völlig\s+)?(?:disorgani[sz]ed|a\s+mess|chaotic|useless"
    r"|hopeless|slow|incompetent|chaotisch|unorganisiert|unfähig|lahm)"
    # ... or said to lose things: "I'm sorry, but your office must be losing stuff left and
    # right" (ninety-sixth audit: empathy 0.95, "Thanks for being so nice about it", 100 gold)
    r"|\b(?:your|ihre?|eure?)\s+(?:\w+\s+)?(?:department|office|team|accounts|people|staff"
    r"|company|abteilung|buchhaltung|leute|firma|verwaltung|laden)\s+(?:must|muss|müssen|muessen)"
    r"\s+(?:be\s+|have\s+|ja\s+|wohl\s+)?(?:\w+\s+){0,2}?(?:losing|lost|mislaid|misplaced"
    r"|asleep|sleeping|verschlampt|verbummelt|verloren|verlegt|verlieren|geschlafen|schlafen)\b)",
    re.IGNORECASE,
)


#: The customer told what he should have done: "Sie hätten das ja gleich sagen können",
#: "Das hätten Sie uns auch früher sagen können", "Hätten Sie nicht anrufen können?", "man
#: muss halt vorher seine Post erledigen", "you should have told me", "you could have just
#: rung" — blame with or without an apology before it (seventy-fourth and seventy-sixth
#: audits: no reading, or empathy 1.00, and 100 gold). Not a polite question ("Hätten Sie
#: bis Freitag zahlen können?") nor an expectation ("you should have received it by now").
_COUNTERFACTUAL = lazyre.compile(
    r"\b(?:sie|du)\s+(?:hätten|hättest|haetten|haettest)\b[^.?!]{0,60}?"
    r"\b(?:können|koennen|müssen|muessen|sollen)\b(?![^.!?]*\?)"
    r"|\b(?:hätten|haetten|hättest)\s+(?:sie|du)\b[^.?!]{0,60}?\b(?:können|koennen|müssen"
    r"|muessen|sollen)\b(?![^.!?]*\?)"
    r"|\b(?:hätten|hättest)\s+(?:sie|du)\s+(?:\w+\s+){0,4}?nicht\b[^.?!]{0,50}?"
    r"\b(?:können|müssen|sollen)\s*\?"
    r"|\bman\s+(?:muss|müsste|sollte)\s+(?:halt|eben|nun\s+mal|schon)\b"
    # the same said of "whoever does X": "Tut mir leid, aber wer eine zweite Filiale eröffnet,
    # sollte seine Post schon im Blick haben." (V131 02: empathy 0.95, "Danke, dass Sie so nett
    # sind", no_accusation passed), "anyone who opens a second shop should keep an eye on
    # their post"; told him straight, "Sie sollten Ihre Post schon im Blick haben"
    # ... or of a body like his: "Es tut mir leid, wenn das bei Ihnen untergegangen ist, aber
    # eine Behörde sollte ihre Eingänge im Griff haben." (V282 06 and p4: empathy 0.96), "a
    # council should have its post under control"
    r"|\b(?:eine?|so\s+eine?|die|der|das)\s+(?:\w+\s+)?(?:behörde|behoerde|firma|betrieb|verwaltung"
    r"|stadtverwaltung|unternehmen|buchhaltung|amt|gemeinde)\s+(?:\w+\s+)?(?:sollte|müsste|muesste"
    r"|muss)\s+(?:\w+\s+){0,4}?(?:im\s+griff|im\s+blick|unter\s+kontrolle|auf\s+dem\s+schirm)\b"
    r"(?![^.!?]*\?)"
    r"|\b(?:a|an|any|the)\s+(?:\w+\s+)?(?:council|company|firm|business|office|department"
    r"|authority|outfit)\s+(?:\w+\s+){0,2}?(?:should|ought\s+to|must)\s+(?:\w+\s+){0,3}?(?:have\s+"
    r"(?:its|their)\s+(?:\w+\s+){0,2}?under\s+control|be\s+on\s+top\s+of|keep\s+track\s+of)\b"
    r"(?![^.!?]*\?)"
    r"|\bwer\s+[^.?!,]{3,60},\s*(?:der\s+)?(?:sollte|muss|müsste|muesste|hätte|haette)\b"
    r"(?![^.!?]*\?)"
    r"|\b(?:anyone|anybody|someone|somebody|whoever)\s+(?:who\s+|that\s+)?[^.?!,]{3,60}?"
    r"\s+(?:should|ought\s+to|has\s+to|needs\s+to)\s+(?:\w+\s+){0,2}?(?:keep|read|check|open"
    r"|look|watch|mind|know|pay)\b(?![^.!?]*\?)"
    r"|\b(?:sie|du)\s+(?:sollten|solltest|müssten|muessten|müsstest)\s+(?:\w+\s+){0,4}?"
    r"(?:schon|halt|eben|besser)\s+(?:\w+\s+){0,3}?(?:im\s+blick|lesen|kümmern|kuemmern"
    r"|aufpassen|achten|nachschauen|nachsehen|öffnen|oeffnen|erledigen)\b(?![^.!?]*\?)"
    # "steht doch alles in der mail … hätten sie mal reingeguckt." (ninety-seventh audit: a
    # rebuttal only, and "Sachlicher Einstieg ohne Vorwurf"); not "Hätten Sie mal kurz Zeit?"
    r"|\b(?:hätten|haetten|hättest|haettest)\s+(?:sie|du)\s+(?:doch\s+|halt\s+|eben\s+)?"
    r"(?:mal|einfach)\b(?![^.!?]*\?)"
    # "y'all shoulda thought about that before orderin' a brand new counter" (eighty-seventh
    # audit: empathy 0.92 for the "I'm sorry, but" before it)
    r"|\b(?:you|y'?all|ya|u)\s+(?:should|could|ought\s+to)(?:\s+have|'ve|a)\s+"
    r"(?:just\s+|at\s+least\s+|really\s+)?"
    r"(?:told|called|rung|rang|phoned|said|paid|let|checked|read|opened|looked|sent|warned"
    r"|contacted|e-?mailed|mentioned|asked|spoken|noticed|thought|planned|budgeted)\b"
    r"|\byou\s+could\s+(?:have|'ve)\s+just\b"
    # what would have been enough: "Schon recht, aber ein kurzer Blick auf die offenen Posten
    # vor dem Urlaub hätte ja gereicht." (V155 p5: empathy 0.45, "Danke, dass Sie das so
    # locker sehen", 100 gold), "a quick look would have been enough"
    # (not "das hätte auch gereicht, danke", "eine kurze Mail hätte auch genügt": kind)
    r"|\b(?:hätte|haette|hätt)\s+(?:ja|doch|eigentlich|halt)\s+(?:\w+\s+)?"
    r"(?:gereicht|genügt|genuegt)\b"
    r"|\ba\s+(?:quick|short|simple|single)\s+(?:look|glance|call|phone\s+call|e-?mail|check)\b"
    r"[^.?!]{0,50}?\bwould(?:\s+have|'ve)\s+(?:been\s+enough|done\s+(?:it|the\s+trick)|sufficed)\b"
    # his own words forgotten: "… maybe your own email of the 12th of August slipped your
    # mind." (V155 10: empathy 0.89 for the "I'm sorry if there's been confusion" before it)
    r"|\byour\s+own\s+(?:e-?mails?|letters?|messages?|notes?|order|signature|form)\b[^.?!]{0,50}?"
    r"\b(?:slipped\s+your\s+mind|(?:you\s+)?forg[eo]t)"
    r"|\bihre?\s+eigene[nm]?\s+(?:e-?mails?|mails?|nachricht\w*|bestellung|unterschrift|brief\w*)\b"
    r"[^.?!]{0,50}?\bvergessen\b"
    # what would not have happened but for him: "… if y'all hadn't pushed the booking form back
    # in August we wouldn't be here" (V119 12: small talk, "Mm, yes."), "wenn Sie das nicht
    # verschoben hätten, müssten wir jetzt nicht telefonieren"
    r"|\bif\s+(?:you|y'?all|ya|u)\s+(?:hadn'?t|had\s+not|had|'d)\b[^.?!]{0,70}?\b(?:we|i)"
    r"\s*(?:wouldn'?t|would\s+not|'d\s+not)\s+(?:be\s+(?:here|having\s+this)|need\s+to)"
    # the damage put on his use: "You must've put summat heavy on them." (V104 09: small
    # talk), "Sie müssen da was Schweres draufgestellt haben"
    # ... or on whoever used it after: "so somebody must've loaded them up pretty heavy after"
    # (V128 12: empathy 0.77 for the "I'm real sorry you feel …" before it)
    r"|\b(?:you|somebody|someone|y'?all)\s+must(?:'?ve|\s+have)\s+(?:\w+\s+){0,2}?(?:put"
    r"|overload\w*|overfill\w*|load\w*|dropp?\w*"
    r"|knock\w*|bump\w*|damag\w*|broken|misus\w*|forced|yanked|slammed)\b"
    r"|\b(?:sie|du)\s+(?:müssen|muessen|musst|haben|hast)\s+(?:\w+\s+){0,4}?(?:überladen|ueberladen"
    r"|draufgestellt|drangehängt|drangehaengt|fallen\s+lassen|beschädigt|beschaedigt"
    r"|kaputt\s*gemacht)\b(?![^.?!]*\?)"
    # told to read his own mail: "… you should read your own e-mails" (V104 probe 4: a
    # rebuttal 0.99, "you're right", 100 gold), "Lesen Sie doch mal Ihre eigenen Mails"; not a
    # question ("Could you check your own inbox?")
    # ... or sorry that he got it wrong: "I'm sorry you misunderstood what was in phase one,
    # Helen." (V132 10: empathy 0.91, "Thank you.", 87 silver), "tut mir leid, dass Sie das
    # falsch verstanden haben"
    r"|\bsorry\s+(?:that\s+|if\s+)?you\s+(?:misunderstood|misread|misunderst\w+|got\s+(?:it|that|this)"
    r"\s+wrong|didn'?t\s+understand|mixed\s+(?:it|that|this)\s+up)\b"
    r"|\b(?:dass|wenn)\s+(?:sie|du)\s+(?:das|es|des)\s+(?:falsch\s+verstanden|missverstanden)\b"
    # ... or sorry that he is too busy to pay: "i am sorry that you are so busy that you cannot
    # pay you're bills" (V142 12: empathy 0.86, "Thanks for being so nice about it.")
    r"|\bsorry\s+(?:that\s+)?(?:you|u)(?:'re|\s+are|\s+r|\s+were)\s+(?:so|too)\s+\w+\s+"
    r"(?:that\s+)?(?:(?:you|u)\s+(?:can(?:not|'?t)|could(?:\s+not|n'?t)|don'?t|didn'?t|forget|forgot)"
    r"|to)\s+(?:\w+\s+)?(?:pay|settle|read|open|answer|remember|find)\b"
    r"|\bleid\s*,?\s+dass\s+(?:sie|du)\s+(?:so|zu)\s+\w+\s+(?:sind|bist|waren|warst)\s*,?\s+"
    r"(?:dass|um)\b[^.?!]{0,50}?\b(?:nicht|nich|kaum|keine)\b"
    # ... or held against the caller's other customers: "Bei meinen andern Kunden kommen die
    # Rechnungen alle an." (V132 05: empathy 0.98 for the "des tut ma leid" before it), "all my
    # other customers got theirs"
    r"|\bbei\s+(?:meinen|unseren|allen)\s+(?:\w+\s+)?and(?:e|er)?n\s+kunden\b[^.?!]{0,40}?"
    r"\b(?:kommen|kommt|klappt|klappts|funktioniert|geht|gehen|zahlen|bezahlen)\b"
    r"|\b(?:all\s+)?(?:my|our)\s+other\s+(?:customers|clients)\s+(?:\w+\s+)?(?:got|get|received"
    r"|receive|pay|paid|manage|managed)\b"
    # ... or sorry that it was too hard for him: "I'm sorry if our sign-off e-mail wasn't clear
    # enough for your team to read." (V138 09: empathy 0.82)
    r"|\b(?:wasn'?t|was\s+not|isn'?t|is\s+not)\s+(?:\w+\s+)?(?:clear|simple|easy)\s+enough\s+for\s+"
    r"(?:you|your\s+\w+)\s+to\s+(?:read|understand|follow|find)\b"
    # ... or told he forgot his own: "Well, I'm sorry you don't remember your own email from
    # August, Helen." (V130 10 and probe 4: empathy 0.90, "Thank you.")
    r"|\byou\s+(?:don'?t|do\s+not|didn'?t|did\s+not|can'?t|cannot)\s+(?:even\s+)?(?:remember"
    r"|recall)\s+(?:\w+\s+)?your\s+own\b"
    r"|\b(?:sie|du)\s+(?:\w+\s+){0,2}?(?:nicht|nich)\s+(?:mehr\s+)?an\s+(?:ihre|deine)\s+eigenen?\b"
    r"|\b(?:read|check)\s+your\s+own\s+(?:e-?mails?|inbox|post|mail|paperwork|letters?"
    r"|records|files)\b(?![^.?!]*\?)"
    r"|\b(?:lesen|schauen|gucken|sehen)\s+(?:sie|du)\s+(?:doch\s+|mal\s+|halt\s+|einfach\s+"
    r"|erst\s+)*(?:in\s+)?(?:ihre|deine)\s+eigenen?\s+(?:mails?|e-mails?|post|unterlagen|briefe)\b"
    r"|\b(?:ihre|deine)\s+eigenen?\s+(?:mails?|e-mails?|post|unterlagen|briefe)\s+(?:\w+\s+){0,2}?"
    r"(?:lesen|anschauen|durchsehen)\s+(?:sollten|müssten|muessten|könnten|koennten)\b"
    r"|\b(?:sollten|müssten|muessten)\s+(?:sie|du)\s+(?:\w+\s+){0,3}?(?:ihre|deine)\s+eigenen?"
    r"\s+(?:mails?|e-mails?|post|unterlagen|briefe)\b"
    # what his side should have seen, said impersonally: "das hätte man bei Ihnen eigentlich
    # sehen müssen" (V114 04: a rebuttal 0.78, no_accusation passed, 93 silver), "your people
    # should have spotted that", "someone on your end ought to have checked"
    r"|\bh(?:ä|ae)tte\s+man\s+(?:\w+\s+){0,4}?(?:sehen|merken|wissen|lesen|finden|bemerken"
    r"|pr(?:ü|ue)fen|nachschauen|nachsehen)\s+(?:m(?:ü|ue)ssen|k(?:ö|oe)nnen|sollen)\b(?![^.!?]*\?)"
    r"|\bh(?:ä|ae)tten?\s+(?:ihre|deine|eure)\s+\w+\s+(?:\w+\s+){0,4}?(?:sehen|merken|wissen|lesen"
    r"|finden|bemerken|pr(?:ü|ue)fen)\s+(?:m(?:ü|ue)ssen|k(?:ö|oe)nnen|sollen)\b(?![^.!?]*\?)"
    r"|\b(?:your|someone\s+(?:on|at)\s+your)\s+(?:\w+\s+){0,2}?(?:should|could|ought\s+to)"
    r"(?:\s+have|'ve)\s+(?:seen|noticed|caught|read|checked|spotted|known)\b(?![^.!?]*\?)"
    # the same said of "us" in dialect, a tag question after it: "Des hätte mer uns awwer aach
    # früher sage kenne, ne?" (V125 06: read as resending the invoice, 93 silver; the standard
    # "Das hätten Sie mir auch früher sagen können" is blame 0.81)
    r"|\bh(?:ä|ae)tt(?:e|en|ste)?\s+(?:man|mer|ma|sie|se|du)\s+(?:\w+\s+){0,4}?(?:früher|frueher"
    r"|eher|vorher|rechtzeitig)\s+(?:\w+\s+)?(?:sag|meld|mitteil|anruf|bescheid)\w*\s+"
    r"(?:können|koennen|könne|kenne|kinne|müssen|muessen|müsse|misse)\b"
    # told he did not read it: "I'm sorry you didn't read the sign-off properly, but …", "You
    # obviously didn't read the sign-off properly — …" (V124 10 and probe 2: a rebuttal only,
    # 100 gold), "Sie haben das Protokoll wohl nicht richtig gelesen"
    r"|\byou\s+(?:obviously\s+|clearly\s+|just\s+|probably\s+)?(?:didn'?t|did\s+not|never|haven'?t"
    r"|have\s+not)\s+(?:\w+\s+)?(?:read|looked\s+at|checked)\s+(?:[\w'-]+\s+){0,4}?(?:properly"
    r"|carefully|correctly|at\s+all)\b"
    # ... or told he did not read what he signed himself: "I'm sorry, but I think you did not
    # read what you signed — the booking form was never part of phase one." (V161 09 and p2:
    # empathy and a rebuttal, no_accusation met), "Sie haben wohl nicht gelesen, was Sie
    # unterschrieben haben"
    r"|\byou\s+(?:obviously\s+|clearly\s+|just\s+|probably\s+)?(?:didn'?t|did\s+not|never"
    r"|haven'?t|have\s+not)\s+(?:\w+\s+)?(?:read|looked\s+at|checked)\s+(?:what|the\s+\w+)\s+"
    r"(?:you|u)\s+(?:signed|agreed\s+to|approved|ordered)\b"
    r"|\b(?:sie|du)\s+(?:haben|hast)\s+(?:\w+\s+){0,3}?(?:nicht|nie)\s+gelesen\s*,?\s+was\s+"
    r"(?:sie|du)\s+(?:\w+\s+)?unterschrieben\b"
    r"|\b(?:sie|du)\s+(?:haben|hast)\s+(?:\w+\s+){0,4}?(?:nicht|nie)\s+(?:richtig|genau|ordentlich"
    r"|gründlich|gruendlich|aufmerksam)\s+(?:gelesen|hingeschaut|hingesehen|angeschaut)\b"
    # told to be more careful from now on: "Tut mir leid, aber … da müssen S' halt die Post ein
    # bisserl genauer anschauen." (V272 04 and p1: sympathy 0.95, "Danke, dass Sie so nett
    # sind"), "you need to keep a closer eye on your post"; not asked ("Could you check it
    # more carefully?")
    r"|(?:(?:\b(?:sie|du|se)|\bs')\s+(?:müssen|muessen|musst|müssten|muessten|sollten|solltest)"
    r"|\b(?:müssen|muessen|musst|müssten|muessten|sollten|solltest)\s+(?:sie|du|se|s')(?!\w))\s+"
    r"(?:\w+\s+){0,6}?(?:genauer|besser|sorgfältiger|sorgfaeltiger|gründlicher|gruendlicher"
    r"|aufmerksamer|ordentlicher)\s+(?:\w+\s+)?(?:anschauen|ansehen|anschaun|lesen|nachschauen"
    r"|nachsehen|prüfen|pruefen|hinschauen|hinsehen|aufpassen|kontrollieren|checken)\b(?![^.!?]*\?)"
    r"|\b(?:you|ya|u)\s+(?:just\s+)?(?:need\s+to|have\s+to|should|must|gotta|got\s+to|ought\s+to)\s+"
    r"(?:\w+\s+){0,6}?(?:(?:more\s+)?(?:carefully|closely)|a\s+(?:bit\s+|little\s+)?(?:closer|better)"
    r"\s+(?:eye|look)|(?:keep\s+)?better\s+track)\b(?![^.!?]*\?)",
    re.IGNORECASE,
)


#: ... unless the process is what is asked about ("… is it waiting on a signature?").
_NOT_A_PROCESS_QUESTION = (
    r"(?![^.?!]{0,50}\b(?:waiting|signature|sign\w*|approv\w*|stuck|held\s+up|process\w*|system))"
)


#: The opener the article forbids, in so many words: "Warum haben Sie noch nicht bezahlt?",
#: "why have you not paid it till now?" (eighty-second audit: read as the neutral opener
#: 1.00 and "a factual opening without blame").
_WHY_NOT_PAID = lazyre.compile(
    # (not the impersonal "Why hasn't it been settled, is it waiting on a signature?")
    r"\bwhy\s+(?:have|haven'?t|havent|did|didn'?t|didnt)\s+you\s+(?:still\s+)?(?:not\s+)?"
    r"(?:paid|pay|settled?|transferred)\b"
    # ... and in the passive, of the payment: "… which is overdue since 29 days. Why has
    # payment not been done?" (V177 12 and p5: "A factual opening without blame")
    r"|\bwhy\s+(?:has|hasn'?t|hasnt|was|wasn'?t)\s+(?:the\s+|your\s+)?payment\s+(?:still\s+)?"
    r"(?:not\s+)?(?:yet\s+)?(?:been\s+)?(?:done|made|effected|paid)\b"
    # ... and indirectly, the payment as subject: "I need to know today why this payment has
    # not been made." (V203 p1: a payment date 0.86, "A factual opening without blame")
    r"|\bwhy\s+(?:this|the|that|your)\s+payment\s+(?:still\s+)?(?:hasn'?t|hasnt|has\s+(?:still\s+)?not"
    r"|wasn'?t|was\s+(?:still\s+)?not)\s+(?:yet\s+)?(?:been\s+)?(?:done|made|effected|paid)\b"
    rf"{_NOT_A_PROCESS_QUESTION}"
    # ... and asked indirectly: "… 27 days overdue, can you tell me why you haven't paid it?" /
    # "… why it hasn't been paid?" (V158 11 and p1: the reason question, "A factual opening
    # without blame"); not a question about the process ("why it hasn't been approved",
    # "… is it waiting on a signature?")
    r"|\bwhy\s+(?:you|u|y'?all)\s+(?:still\s+)?(?:haven'?t|havent|have\s+not|didn'?t|didnt|did\s+not)"
    r"\s+(?:yet\s+)?(?:paid|settled|transferred)\b"
    # ... and of the invoice by its number: "I'm calling to find out why invoice GEC-5521 has
    # still not been paid." (V173 10: the neutral opener 0.96, "A factual opening without blame")
    r"|\bwhy\s+(?:it|this|that|(?:the\s+|our\s+|my\s+)?(?:invoice|bill|balance|amount)"
    r"(?:\s+(?:no\.?\s*|number\s+|#)?[\w/-]*\d[\w/-]*)?)\s+(?:still\s+)?(?:hasn'?t|has\s+(?:still\s+)?not"
    r"|wasn'?t|was\s+(?:still\s+)?not|isn'?t|is\s+(?:still\s+)?not)\s+(?:yet\s+|still\s+)?(?:been\s+)?"
    r"(?:paid|payed|settled)\b"
    rf"{_NOT_A_PROCESS_QUESTION}"
    # "… und wollt halt fragen, warum da bis heut nix gekommen is" (V149: "Sachlicher
    # Einstieg ohne Vorwurf"; the standard "warum Sie die noch nicht bezahlt haben" failed)
    r"|\b(?:warum|wieso|weshalb)\s+(?:da\s+)?(?:bis\s+heut[e]?\s+|immer\s+noch\s+|noch\s+)?(?:nix|nichts)"
    r"\s+(?:gekommen|eingegangen|kam|da)\b"
    r"|\b(?:warum|wieso|weshalb)\s+(?:haben|hast)\s+(?:sie|du)\s+(?:\w+\s+){0,3}?(?:noch\s+)?"
    r"(?:nicht|nichts|nie)\s+(?:\w+\s+)?(?:bezahlt|gezahlt|überwiesen)\b"
    # ... and indirectly, of the invoice or by the customer, however typed: "ich wollte mal
    # fragen warum die rechnung GD-2026-044 immer noch nich bezahlt is" (V185 05: the reason
    # question and the neutral opener, where the same words punctuated were blame 0.93);
    # not a question about the process ("… warum die Rechnung noch nicht bezahlt ist – hängt
    # sie in der Freigabe?")
    # (and by a pronoun for it: "Es geht um die Rechnung … Können Sie mir sagen, warum diese
    # noch nicht beglichen wurde?" was the reason question, V252 06, where the same question
    # with "die Rechnung" was blame, probe 4)
    r"|\b(?:warum|wieso|weshalb)\s+(?:(?:die|unsere|meine|diese)\s+)?(?:rechnung|sie|du|das|der\s+betrag"
    r"|diese|die(?=\s+(?:noch|immer|bis|nicht|nich)\b))"
    r"(?:\s+[\w/-]*\d[\w/-]*)?\s+(?:\w+\s+){0,2}?(?:immer\s+noch\s+|noch\s+immer\s+|noch\s+|bis\s+heute\s+)?"
    r"(?:nicht|nich|net|nit)\s+(?:\w+\s+)?(?:bezahlt|gezahlt|überwiesen|ueberwiesen|beglichen)"
    r"\s+(?:ist|is|wurde|worden|haben|hast|habt)\b"
    r"(?![^.?!]{0,50}\b(?:freigabe|freigegeben|prüfung|pruefung|bestellnummer|unterschrift|hängt|haengt"
    r"|system|zahlungslauf))"
    # ... and in a clerk's register, the article's own "möchte mich erkundigen, warum": "… und
    # möchte mich erkundigen, aus welchem Grund eine Begleichung bislang unterblieben ist"
    # (V119 04: the neutral opener 0.75, "Sachlicher Einstieg ohne Vorwurf")
    # (a sum's dot is no full stop: "… warum die Rechnung über 1.428,00 Euro noch nicht
    # beglichen wurde" was the neutral opener 0.85 — forty-ninth session)
    r"|\berkundigen,?\s+(?:warum|wieso|weshalb|aus\s+welchem\s+grund)\b(?:[^.?!]|(?<=\d)\.(?=\d))"
    r"{0,80}?\b(?:nicht|bislang|bisher|noch\s+immer|unterblieben|ausgeblieben)\b"
    r"|\b(?:enquire|inquire|ask)\s+(?:as\s+to\s+)?why\b(?:[^.?!]|(?<=\d)\.(?=\d)){0,60}?"
    r"\b(?:not|yet\s+to|still)\b"
    r"[^.?!]{0,30}?\b(?:paid|settled|been\s+(?:paid|settled|received))\b"
    # ... and as "still not paid — what's going on?": "…, die ist immer noch nicht bezahlt, was
    # ist denn da los?" (V153 p2: ask_reason 0.52, "Sachlicher Einstieg ohne Vorwurf", 83 for
    # the call that failed at 23 with "Warum ist sie noch nicht bezahlt?"), "… it's still not
    # paid, so what's going on there?" (V153 08)
    r"|\b(?:immer\s+noch|noch\s+immer)\s+(?:nicht|nich|net|nit)\s+(?:\w+\s+)?(?:bezahlt|gezahlt"
    r"|überwiesen|ueberwiesen|beglichen)\b[^.?!]{0,40}?\bwas\s+(?:ist|is)\s+(?:denn\s+)?(?:da\s+)?"
    r"(?:los|passiert)\b"
    r"|\bstill\s+(?:not|isn'?t|hasn'?t(?:\s+been)?|has\s+not(?:\s+been)?)\s+(?:been\s+)?"
    r"(?:paid|settled)\b[^.?!]{0,40}?\bwhat'?s\s+(?:going\s+on|happening|up)\b",
    re.IGNORECASE,
)


#: Blame beside the sympathy, in a sentence of its own: "… but these things do seem to keep
#: happening with you lately" (V151: empathy 0.96 for the "I'm sure it's an honest mistake"
#: before it), "… das versteh ich eh. Aber so geht's halt nicht weiter" (V151 p4: empathy,
#: 80 bronze).
_BLAME_BESIDE = lazyre.compile(
    r"\bkeeps?\s+happening\s+(?:with|to)\s+you\b"
    r"|\bso\s+geht(?:'s|s|\s+es|\s+das)\s+(?:\w+\s+)?nicht\s+(?:weiter|mehr)\b"
    # the damage put on his side by a guess: "but gareth said they were totaly fine when he
    # left, so maybe someone leaned on them?" (V270 12: empathy and a rebuttal, "A factual
    # opening without blame"), "vielleicht hat sich ja jemand draufgesetzt"
    r"|\b(?:maybe|perhaps|probably|i\s+bet|bet)\s+(?:someone|somebody|some\s*one|one\s+of\s+your\s+\w+|your\s+\w+|you)"
    r"\s+(?:\w+\s+)?(?:leaned|leant|knocked|bumped|kicked|dropped|overloaded|stood|sat|climbed|banged"
    r"|damaged|broke|yanked|slammed|hung|misused|mistreated|messed)\b"
    r"|\b(?:vielleicht|wahrscheinlich|bestimmt)\s+(?:hat|haben)\s+(?:sich\s+)?(?:ja\s+|halt\s+|mal\s+)?"
    r"(?:jemand|einer|eine|wer|sie|du|ihre\s+\w+|ihr\s+\w+|deine\s+\w+)\s+(?:\w+\s+){0,3}?"
    r"(?:gelehnt|angelehnt|angestoßen|angestossen|gestoßen|gestossen|draufgesetzt|draufgestellt|überladen|ueberladen"
    r"|beschädigt|beschaedigt|kaputt\s*gemacht|dagegen\w*|getreten|fallen\s+lassen|rumgespielt|herumgespielt)\b",
    re.IGNORECASE,
)


def _sneer(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Ja ja, Urlaub, schon klar – andere Leute arbeiten halt." read as empathy (0.78), and
    the customer thanked the caller "dass Sie das so locker sehen"; "Wedding season, right,
    must be nice to be that busy." the same (twenty-eighth audit, 100 gold): sarcasm is a
    reproach (GUIDE §5 accusatory_opener, "sarcasm … at any point in the call")."""
    found = (
        _SNEER.search(text)
        or _VENEER.search(text)
        or _COUNTERFACTUAL.search(text)
        or _MOCK_APOLOGY.search(text)
        or _WHY_NOT_PAID.search(text)
        or _BLAME_BESIDE.search(text)
        or _HEARD_BEFORE.search(text)
    )
    if not found:
        return hits
    hits = _swap(hits, "empathise", "accusatory_opener", found.group(0))
    # ... and the opener said with it is the reproachful opener (as `_again_is_blame`): "I'm
    # calling about the invoice you've apparently forgotten how to pay" (V318 11)
    hits = _swap(hits, "neutral_opener_open_invoice", "accusatory_opener", found.group(0))
    blame = next((h for h in hits if h.intent == "accusatory_opener"), None)
    rebut = next((h for h in hits if h.intent == "rebut_unjustified_objection"), None)
    if blame is not None and rebut is not None and rebut.confidence > blame.confidence:
        # "I'm sorry you feel that way, but honestly, if you'd read what you signed off you'd
        # know …": the facts are said as the reproach, and heard as one first (seventy-fifth
        # audit: a rebuttal 0.95, the reproach 0.59 behind it).
        hits = [h for h in hits if h.intent != "accusatory_opener"]
        hits.append(IntentHit("accusatory_opener", rebut.confidence, blame.evidence))
        hits.sort(key=lambda h: (-h.confidence, h.intent != "accusatory_opener"))
    # As much a reproach whatever the model made of the words: a weak empathy or blame
    # reading became an equally weak reproach no one heard, no reading at all a TENTATIVE
    # one the customer took offence at — the verdict of a call (forty-third audit, call 03)
    # hung on which of the two the last retraining gave.
    return _a_reproach(hits, found.group(0))


#: The lateness said to recur, the English "schon wieder" (GUIDE §5 accusatory_opener):
#: "… that invoice CWS-118 is three weeks late again" was the neutral opener 0.98 and
#: strategy 1 passed (eighty-fifth audit; the German "schon wieder überfällig" is blame).
#: Not the caller's own "calling again about invoice 118".
_AGAIN = lazyre.compile(
    r"\b(?:late|overdue|behind|unpaid|outstanding|not\s+paid|forgotten|forgot)\s+(?:\w+\s+)?again\b"
    r"|\bagain\s+(?:late|overdue|unpaid|behind)\b"
    r"|\bonce\s+again\b[^.?!]{0,40}\b(?:late|overdue|unpaid|not\s+(?:been\s+)?paid|outstanding)\b"
    # "die ist ja immer noch nicht bezahlt – woran hängt es denn?" (ninety-eighth audit: the
    # neutral opener 0.96; the library reads "Sie haben immer noch nicht bezahlt" as blame):
    # "still not" with the particle of reproach, or said of him
    r"|\b(?:ja|doch)\s+(?:immer\s+noch|noch\s+immer)\s+(?:nicht|nich|nix|nichts)\b"
    r"|\b(?:sie|du)\s+(?:\w+\s+){0,4}?(?:immer\s+noch|noch\s+immer)\s+(?:nicht|nich|nix|nichts)"
    r"\s+(?:\w+\s+){0,3}?(?:bezahlt|gezahlt|überwiesen|ueberwiesen|beglichen)\b"
    # "… oder warum kommt nix?" (ninety-ninth audit: the neutral opener)
    r"|\bwarum\s+kommt\s+(?:da\s+)?(?:nix|nichts)\b"
    # "… is seit drei Wochen fällig, des geht so nit." (V115 03: the neutral opener 0.95; the
    # standard "so geht das nicht" is blame 0.99)
    r"|\b(?:das|des|dat|dös)\s+geht\s+(?:so\s+)?(?:nicht|nich|net|nit|ned|nid)(?:\s+so)?\s*[.!]"
    r"|\bso\s+geht\s+(?:das|des|dat|dös)\s+(?:nicht|nich|net|nit|ned|nid)\b"
    # the forgetting granted, the weeks then held up: "I'm sure it just slipped your mind, but
    # it's been like a month, right?" (V115 12: the opener 0.99 and empathy)
    r"|\bslipped\s+your\s+mind\b[^.?!]{0,20}?\bbut\b[^.?!]{0,30}?\bit'?s\s+been\s+(?:like\s+"
    r"|almost\s+|nearly\s+|over\s+|more\s+than\s+|a\s+good\s+)?(?:a|an|one|two|three|four|five"
    r"|six|several|\d+)\s+(?:month|week)s?\b"
    r"|\b(?:vergessen|entfallen|untergegangen)\b[^.?!]{0,20}?\baber\b[^.?!]{0,40}?\b(?:schon|ja"
    r"|nun|jetzt)\s+(?:\w+\s+)?(?:über\s+|fast\s+|gut\s+)?(?:einen|ein|zwei|drei|vier|\d+)\s+"
    r"(?:monat|woche)\w*\b"
    # an explanation demanded in a letter's words: "… remains outstanding. Kindly advise why
    # payment has not been made." (V328 12 and p1: the neutral opener 0.97, "A factual opening
    # without blame" — the article's forbidden opener with a polite veneer, GUIDE §5)
    r"|\b(?:kindly|please)\s+(?:advise|explain|let\s+(?:us|me)\s+know|inform\s+(?:us|me))\s+"
    r"(?:(?:us|me)\s+)?(?:as\s+to\s+)?why\b[^.?!]{0,40}?\b(?:not|n'?t)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:paid|made|settled|received|remitted|cleared)\b"
    r"|\b(?:teilen|erklären|erklaeren)\s+sie\s+(?:uns|mir)\s+(?:bitte\s+|doch\s+)?(?:mit|auch),?\s+"
    r"warum\b[^.?!]{0,50}?\b(?:nicht|noch\s+nicht)\b[^.?!]{0,20}?\b(?:bezahlt|beglichen|überwiesen"
    r"|ueberwiesen|ausgeglichen)\b"
    # the weeks it has lain held up: "I'm calling about invoice CWS-118 – I mean, it's been
    # sitting there three bloody weeks now, eh." (V326 08 and p1, without "bloody" too: the
    # neutral opener 0.99, "A factual opening without blame", 100 gold)
    r"|\b(?:sitting|sat|lying|lain)\s+(?:there|around|about|here|on\s+(?:\w+\s+)?desk)\s+(?:for\s+)?"
    r"(?:like\s+|a\s+good\s+|nearly\s+|almost\s+|over\s+)?(?:a|an|one|two|three|four|five|six"
    r"|several|\d+)\s+(?:(?:bloody|whole|full|flipping|damn)\s+)?(?:weeks?|months?)\b"
    r"|\b(?:bloody|flipping|flaming|damn|verdammte?n?|verflixte?n?)\s+(?:weeks?|months?|wochen"
    r"|monate?n?)\b"
    # ... or held up right after the sympathy: "Okay, ich verstehe. Aber Rechnung ist schon drei
    # Woche über Termin." (V327 04: empathy 0.95 alone)
    r"|\baber\s+(?:die\s+|de\s+)?rechnung\s+(?:ist|is|isch)\s+(?:ja\s+|doch\s+)?(?:schon|jetzt|nun)"
    r"\s+(?:\w+\s+){0,2}?(?:woche|wochen|monat|monate|monaten)\s+(?:über|ueber|drüber|drueber"
    r"|überfällig|ueberfaellig|überzogen)\b"
    # "… that invoice you still haven't paid, love" (V121 probe 4: the neutral opener 0.89,
    # quoted as the evidence of "a factual opening without blame"; "You still haven't paid"
    # alone is blame 0.99)
    # (typed without the apostrophe or said "you guys … ain't": "youve still not paid it mate"
    # — V263 09 — and "the one you guys still ain't paid" — V262 11 — read as factual openers)
    r"|\byou(?:'?ve)?(?:\s+(?:guys|lot|people|folks|all))?\s+still\s+(?:haven'?t|have\s+not|hasn'?t|didn'?t"
    r"|did\s+not|not|ain'?t|aint|never)\s+(?:\w+\s+)?(?:paid|settled|cleared|sorted|transferred)\b"
    # "… which I see you still haven't got round to paying" (V137 probe 2: "A factual opening
    # without blame")
    r"|\byou\s+still\s+(?:haven'?t|have\s+not|didn'?t)\s+got(?:ten)?\s+(?:a)?round\s+to\s+(?:paying|settling)\b"
    # the weeks held up with "ja nun auch schon": "… an, die ja nun auch schon sechs Wochen
    # drüber ist" (V122 05 and probe 6: "Sachlicher Einstieg ohne Vorwurf", 100 gold)
    r"|\b(?:ja|nun)\s+(?:nun\s+|jetzt\s+)?auch\s+schon\s+(?:\w+\s+){0,3}?(?:drüber|drueber"
    r"|überfällig|ueberfaellig|über\s+der\s+zeit|überzogen)\b"
    # ... or "ja schon seit": "… an, die ist ja schon seit über einem Monat fällig, gell."
    # (V129 probe 2: the neutral opener 1.00, and strategy 1 passed); the plain "ist seit
    # drei Wochen fällig" stays the fact it is
    r"|\bja\s+(?:nun\s+|jetzt\s+|auch\s+)?schon\s+seit\s+(?:\w+\s+){0,4}?(?:fällig|faellig"
    r"|überfällig|ueberfaellig|offen|drüber|drueber)\b"
    # the reminder held up to him: "… an – die Mahnung haben Sie ja schließlich auch schon
    # bekommen." (V130 probe 3: the neutral opener 0.99, 98 before the cap)
    r"|\bja\s+schlie(?:ß|ss)lich\s+(?:auch\s+)?(?:schon\s+)?(?:\w+\s+){0,2}?(?:bekommen|erhalten"
    r"|gekriegt|gesehen|gelesen)\b"
    # the reminder held against him, the written dunning letter's wording read out: "… ist die
    # Rechnung … trotz unserer Zahlungserinnerung bis heute nicht ausgeglichen." (V209 04 and
    # p6: the neutral opener 1.00, strategy 1 passed), "despite our reminders, the invoice has
    # still not been paid"
    r"|\btrotz\s+(?:\w+\s+){0,2}?\w*(?:erinnerung|mahnung|mahnschreiben|schreiben|anrufe|e-?mails)\w*"
    r"\b(?:[^.?!]|(?<=\d)\.){0,80}?\b(?:nicht|kein\w*|nix)\b"
    r"|\bdespite\s+(?:\w+\s+){0,2}?(?:reminders?|letters?|e-?mails?|calls?|chasers?|notices?)\b"
    r"(?:[^.?!]|(?<=\d)\.){0,80}?\b(?:not|n't|never|no\s+payment)\b",
    re.IGNORECASE,
)
#: Things held against him that are no fact about the invoice: the favours done for him ("…
#: after all the extra hours we put in for you") and the caller's own fed-up feeling ("frankly
#: I'm tired of waiting on it"); reproaches as `_AGAIN`'s are.
_HELD_AGAINST = lazyre.compile(
    # the favours held against him: "… still outstanding, and to be honest I was surprised,
    # after all the extra hours we put in for you" (V260 08 and p3: the neutral opener 0.99,
    # "A factual opening without blame"), "nach allem, was wir für Sie gemacht haben"
    r"\bafter\s+all\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:we|i)(?:'ve|\s+have)?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:done|did|put\s+in|went\s+through|gave|given)\b[^.?!]{0,25}?\bfor\s+(?:you|ya)\b"
    r"|\bnach\s+allem,?\s+was\s+(?:wir|ich)\s+(?:\w+\s+){0,3}?f(?:ü|ue)r\s+(?:sie|dich|euch)\b"
    r"|\bwo\s+(?:wir|ich)\s+doch\s+(?:\w+\s+){0,3}?f(?:ü|ue)r\s+(?:sie|dich|euch)\b"
    # the caller's own fed-up feeling held up to him: "I'm calling because that invoice is way
    # overdue and frankly I'm tired of waiting on it" (V256 11: the neutral opener 0.97, "A
    # factual opening without blame"), "ich hab's langsam satt, hinterherzutelefonieren"
    r"|\b(?:i'?m|i\s+am|we'?re|we\s+are|getting|gettin)\s+(?:(?!you|ya)\w+\s+){0,2}?(?:tired|sick|fed\s+up)"
    r"\s+(?:of|with)?\s*(?:waiting|chasing|asking|calling|ringing|reminding)\b"
    r"|\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+had\s+enough\s+of\s+(?:waiting|chasing)\b"
    r"|\b(?:ich|wir)\s+(?:hab|habe|haben|hab's|habs)\s+(?:\w+\s+){0,3}?(?:satt|die\s+nase\s+voll)\b"
    r"|\b(?:hab's|habs|hab\s+es)\s+(?:\w+\s+){0,2}?satt\b"
    # the word he never sent held against him: "Well, these things happen, I suppose, though it
    # would have been nice to hear from you." (V268 08 and p6: empathy 0.98, 86 silver), "a call
    # would've been nice", "es wäre schön gewesen, wenn Sie sich gemeldet hätten"; not the wish
    # ahead ("it would be nice to hear from you by Friday")
    r"|\b(?:it|that|a\s+(?:call|phone\s+call|heads[\s-]up|quick\s+(?:call|email|e-mail|word)|word|note|line)"
    r"|an?\s+(?:email|e-mail|message))\s+(?:would|might)(?:'ve|\s+have)\s+been\s+(?:\w+\s+)?"
    r"(?:nice|good|helpful|polite|decent|courteous)\b"
    r"|\b(?:wäre|waere|hätte|haette)\s+(?:es\s+)?(?:\w+\s+)?(?:schön|schoen|nett|gut|hilfreich|anständig|anstaendig)"
    r"\s+gewesen,?\s+(?:wenn|von\s+ihnen|von\s+dir|ein)"
    r"|\b(?:ein\s+(?:anruf|kurzer\s+anruf|kurze\s+nachricht|kurzes\s+wort|wort)|eine\s+(?:nachricht|mail|e-mail|kurze\s+mail))"
    r"\s+(?:wäre|waere|hätte|haette)\s+(?:\w+\s+)?(?:schön|schoen|nett|gut|anständig|anstaendig)\b"
    # the invoice insisted on as sent, to a customer who never got it: "Na ja, bei uns ist sie
    # jedenfalls ordnungsgemäß rausgegangen, das hab ich extra nachgeschaut." (V314 02: small
    # talk, 100 gold; its auditor: a defensive dig where GUIDE §3 asks to accept the lost
    # invoice graciously), "well, it definitely went out from our end"; not the plain record
    # ("laut System ging sie am 3. November raus")
    r"|\b(?:bei|von)\s+uns\s+(?:aus\s+)?(?:ist|wurde|ging)\s+(?:sie|die|die\s+rechnung|das)?\s*"
    r"(?:\w+\s+){0,2}?(?:jedenfalls|definitiv|ganz\s+sicher|auf\s+jeden\s+fall|nachweislich"
    r"|ordnungsgemäß|ordnungsgemaess|einwandfrei|hundertprozentig)\b[^.?!]{0,30}?\b(?:raus|hinaus"
    r"|weg|ab|verschickt|versandt|versendet|rausgeschickt|abgeschickt)"
    r"|\b(?:wir|ich)\s+(?:haben|hab|habe)\s+(?:sie|die|die\s+rechnung)\s+(?:\w+\s+){0,2}?"
    r"(?:jedenfalls|definitiv|ganz\s+sicher|auf\s+jeden\s+fall|nachweislich|ordnungsgemäß"
    r"|ordnungsgemaess|hundertprozentig)\s+(?:\w+\s+)?(?:verschickt|rausgeschickt|abgeschickt"
    r"|versendet|versandt|geschickt|gemailt)\b"
    r"|\b(?:it|the\s+invoice|that\s+invoice|that\s+one)\s+(?:definitely|certainly|absolutely"
    r"|100\s*%|a\s+hundred\s+percent|most\s+definitely)\s+(?:went\s+out|was\s+sent|left\s+(?:us|here))"
    r"|\b(?:we|i)\s+(?:definitely|certainly|absolutely|most\s+definitely)\s+(?:did\s+)?"
    r"(?:sent|send|emailed|e-mailed|posted)\s+(?:it|that|the\s+invoice)\b"
    r"|\b(?:it|the\s+invoice)\s+went\s+out\s+(?:fine|properly|correctly|on\s+time)\s+"
    r"(?:from|on|at)\s+our\s+(?:end|side)\b",
    re.IGNORECASE,
)
#: His bills put to him as his own business: "um Ihre Rechnungen müssen Sie sich schon selbst
#: kümmern, auch im Urlaub" (V121 probe 5: after "Tut mir leid, wenn Sie das so sehen, aber"
#: and before a date request, heard as the date request alone — 100 gold), "that's your
#: responsibility", "you need to keep track of your own bills".
_YOUR_JOB = lazyre.compile(
    r"\b(?:müssen|muessen|musst|sollten|solltest)\s+(?:sie|du)\s+sich\s+(?:\w+\s+){0,2}?"
    r"(?:selbst|selber)\s+kümmern"
    r"|\b(?:ist|wäre|waere)\s+(?:\w+\s+){0,2}?(?:ihre|deine)\s+(?:sache|aufgabe|verantwortung|pflicht)\b"
    r"|\b(?:that'?s|it'?s|that\s+is|it\s+is)\s+(?:\w+\s+)?your\s+(?:own\s+)?(?:responsibility|job|lookout"
    r"|problem)\b"
    # ... "that's on you", but not "that's easier / hard / tough on you" (V183 09: "Sorry, let's
    # make it £300, that's easier on you." was a reproach, and the café owner took offence)
    r"|\b(?:that'?s|it'?s|that\s+is|it\s+is)\s+(?:all\s+|totally\s+|entirely\s+|squarely\s+|really\s+)?on\s+you\b"
    r"|\byou\s+(?:need|have|ought)\s+to\s+keep\s+(?:track|on\s+top)\s+of\s+your\s+(?:own\s+)?"
    r"(?:invoices|bills|paperwork|post|accounts)\b"
    # his trouble put down to how he runs things: "… but to be fair that's down to how you've
    # run things, not down to me." (V221 07 and p1: empathy 1.00 / 0.96), "das liegt daran,
    # wie Sie Ihren Laden führen"
    r"|\b(?:that'?s|it'?s|that\s+is|it\s+is)\s+(?:all\s+|entirely\s+|really\s+)?"
    rf"{_DOWN_TO_HIM}"
    r"|\bliegt\s+(?:\w+\s+)?(?:an\s+ihnen|an\s+dir|daran,?\s+wie\s+(?:sie|du))\b",
    re.IGNORECASE,
)


def _again_is_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """Lateness said to recur is a reproach, as "schon wieder" is: the opener becomes one,
    and a reproach it is, however faintly the model read it (as `_sneer`)."""
    found = _AGAIN.search(text) or _YOUR_JOB.search(text) or _HELD_AGAINST.search(text)
    if not found or not (hits or _HELD_AGAINST.search(text)):
        # (a line of no reading that holds something against him is one: "A quick call
        # would've been nice, to be honest.")
        return hits
    hits = _swap(hits, "neutral_opener_open_invoice", "accusatory_opener", found.group(0))
    return _a_reproach(hits, found.group(0))


#: Readings chat gets by its tone, not by a move of the call.
_CHAT_READINGS = frozenset(
    {"accusatory_opener", "close_politely", "greeting_identify", "empathise"}
)
#: Below this a reproach read in small talk is a guess, not blame (`_chat_is_no_blame`).
CHAT_BLAME_FIRM = 0.6


def _faint_blame(hit: IntentHit) -> bool:
    """A reproach read below `CHAT_BLAME_FIRM`: a guess the line's other words can undo."""
    return hit.intent == "accusatory_opener" and hit.confidence < CHAT_BLAME_FIRM


#: Thanks and goodbye said in words the library rarely has: "ta", "ever so much", "cheers"
#: (also `model._parting_wish_is_no_greeting`: "Vielen Dank, …, und einen schönen Tag noch").
THANKS_WORDS = lazyre.compile(
    r"\b(?:ta|ta-ra|tara|thanks|thank\s+you|cheers|danke\w*|dank|merci|vergelt'?s\s+gott)\b",
    re.I,
)
#: A goodbye line is no longer than this, in words.
_GOODBYE_WORDS = 8


def _thanks_and_goodbye_is_no_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Ta ever so much, bye now." was a goodbye 0.99 and a reproach 0.40 ("ever so much"),
    and the debrief called the last words of a model call blame (V231 07: gold to silver; with
    "Thanks" 100 gold). A short line of thanks read surely as a goodbye keeps no faint reproach,
    unless it words one (`_BLAME_WORDS`, a sneer)."""
    if (
        not hits
        or hits[0].intent != "close_politely"
        or hits[0].confidence < SURE_GOODBYE
        or len(text.split()) > _GOODBYE_WORDS
        or not THANKS_WORDS.search(text)
        or _BLAME_WORDS.search(text)
        or _SNEER.search(text)
    ):
        return hits
    return [h for h in hits if not _faint_blame(h)]


#: How surely a line must read as a goodbye for `_thanks_and_goodbye_is_no_blame`.
SURE_GOODBYE = 0.9


#: Offering the du: "wollen wir nicht einfach du sagen?", "sag ruhig du", "wollen wir uns
#: duzen?", "Ich bin übrigens die Anna".
DU_OFFER = lazyre.compile(
    r"\b(?:du\s+sagen|duzen|sag\s+(?:ruhig|doch|einfach)\s+du|ich\s+bin\s+(?:übrigens\s+|uebrigens\s+)?"
    r"(?:die|der)\s+[A-ZÄÖÜ]\w+)",
)


def _du_offer(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Sag mal, wir kennen uns jetzt sechs Jahre, wollen wir nicht einfach du sagen? Ich bin
    die Anna." was blame 0.84 and the regular customer took offence (thirty-second audit):
    offering the du is friendly, no reproach."""
    if not DU_OFFER.search(text):
        return hits
    return [h for h in hits if h.intent != "accusatory_opener"]


def _guessed_rebuttal(hit: IntentHit, objection_raised: bool) -> bool:
    """A rebuttal read faintly before any objection: chat's past day looks like a cited fact
    ("Waren Sie schon aufm Christkindlesmarkt? Wir waren am Samstag, war brechend voll.":
    0.47), and `apply_context` drops it as rebutting nothing. It is no move of its own that
    would keep a faint reproach beside it (twentieth audit, call 02, replayed in the
    thirty-fifth session: a reproach 0.40 kept, and the customer snapped at the Christmas
    market); a firm one is ("Wobbly? No, they were rock solid when I left …": 0.96)."""
    return (
        hit.intent == "rebut_unjustified_objection"
        and not objection_raised
        and hit.confidence < CHAT_BLAME_FIRM
    )


def _weather_is_no_move(
    hits: list[IntentHit], text: str, objection_raised: bool
) -> list[IntentHit]:
    """Chat about the weather (`smalltalk.weather_chat`) before any objection is no reproach
    and asks for no payment, however sure the model is: "regnet et mal wieder, wie immer" is
    the rain's habit, not his (V132 01: a reproach 0.82 turned a gold call into a fail), "so
    ein Nebel heute?" no date request (V132 02). After an objection the rain may be its
    subject ("Wo genau steht das Wasser denn, nach jedem Regen?" asks what is wrong). The same
    for catching up: "Wir haben uns ja lange nicht gesprochen." is no "you never call" (V143 01:
    a reproach 0.91, and a customer of six years took offence)."""
    if (
        objection_raised
        or not friendly_chat(text)
        or _SNEER.search(text)
        or _COUNTERFACTUAL.search(text)
    ):
        return hits
    moves = ("accusatory_opener", "fix_payment_date", "request_down_payment", "ask_reason")
    if not names_legal_step(text):
        # "Hope your Friday is going well!": a threat 0.55 with no legal word in it
        moves = (*moves, "threaten_legal")
    return [h for h in hits if h.intent not in moves]


def _chat_is_no_blame(hits: list[IntentHit], text: str, objection_raised: bool) -> list[IntentHit]:
    """ "Na, bei dem Schneematsch habt ihr bestimmt gut zu tun, oder? Und bald is schon
    Weihnachten…": chat without a word of the business (`smalltalk.small_talk`) was blame
    0.47 and a goodbye 0.79; the regular customer snapped, and the opening failed as an
    accusation (thirtieth audit). A weak reproach in such a line is no reproach, and a
    question asked is no goodbye. Sarcasm keeps its reading (`_sneer` runs first)."""
    if (
        not any(small_talk(text, lg) for lg in ("de", "en"))
        or _SNEER.search(text)
        or _COUNTERFACTUAL.search(text)
        or _VENEER.search(text)
        or _NON_APOLOGY.search(text)
        # "Yeah look, sorry if our scope document was too complicated for you to follow, eh."
        # (V291 12: chat, and no_accusation met)
        or _MOCK_APOLOGY.search(text)
        # "Das mit dem Wasser ist nicht unser Problem, Herr Kessler." (V164 04: chat)
        or _NOT_OUR_PROBLEM.search(text)
        # "these things happen, I suppose, though it would have been nice to hear from you"
        # (V268 08: chat, and empathy alone)
        or _HELD_AGAINST.search(text)
    ):
        # ("Well, you could have told me sooner, Claire, couldn't you?" is no chat: V125
        # probe 2, 100 gold; nor the Vorarlberg "Es tuat ma leid, wenn Sie des so empfindet,
        # aber i hätt mir gwünscht, Sie hättet glei agrüaft …", V140 05)
        return hits
    if any(
        h.intent not in _CHAT_READINGS
        and h.confidence >= TENTATIVE
        and not _guessed_rebuttal(h, objection_raised)
        for h in hits
    ):  # a move of its own ("Don't try to pin that on me, the shelves were fine"): not chat
        return hits
    asks = "?" in text and not _FAREWELL_AFTER.search(text[text.rindex("?") :])
    # Chat about the caller's own life, without a word to or about him, blames no one however
    # sure the reading: "Meine Frau sagt schon, ich soll mal Urlaub machen – na ja." (V236 02:
    # a reproach 0.65, "… und jetzt dieser Ton?", and the opening failed twice; the English
    # "my husband keeps saying I should take a holiday" was small talk).
    # (Only where the line speaks of the caller and names no blame: "Das Pflaster ist
    # tipptopp, das ist doch nur eine Ausrede." addresses no one and is a reproach.)
    own_life = (
        _SECOND_PERSON.search(text) is None
        and _OWN_PEOPLE.search(text) is not None
        and _BLAME_WORDS.search(_IDIOMS.sub(" ", text)) is None
    )
    return [
        h
        for h in hits
        if not (_faint_blame(h) or (h.intent == "accusatory_opener" and own_life))
        and not (h.intent == "close_politely" and asks)
    ]


#: A question tag or "never mind", which blame no one: "Everyone's got something, haven't
#: they, my brother-in-law had the same with his - well, never mind him." (V251 10).
_IDIOMS = lazyre.compile(
    r"\b(?:haven'?t|hasn'?t|don'?t|doesn'?t|isn'?t|aren'?t|didn'?t|wasn'?t)\s+(?:they|it|we|i|he|she)\b"
    r"|\bnever\s+mind\b",
    re.IGNORECASE,
)
#: The caller's own people, the subject of chat about their life: "meine Frau sagt schon …",
#: "my husband keeps saying …" (not "I versteh nöd, wieso ma bi Ihna …", a reproach in dialect).
_OWN_PEOPLE = lazyre.compile(
    r"\b(?:meine?|mei|my)\s+(?:frau|mann|kinder|kids|familie|family|wife|husband|partner\w*"
    r"|freundin|freund|chef\w*|mutter|vater|mum|mom|dad|boss|kollege\w*|colleagues?"
    # ... and the rest of the family: "my brother-in-law had the same with his - well, never
    # mind him." (V251 10: a reproach 0.77, "there's no need for that tone")
    r"|brother|sister|son|daughter|cousin|uncle|aunt(?:ie)?|nephew|niece|schwager|schwägerin"
    r"|bruder|schwester|sohn|tochter|onkel|tante|neffe|nichte)\b",
    re.IGNORECASE,
)
#: A word to or about the person called: "Sie", "Ihnen", "du", "you", "your" — in dialect too
#: ("Ihna", "Eana", "Ihne", "enk").
_SECOND_PERSON = lazyre.compile(
    r"\b(?:sie|ihnen|ihr|ihre\w*|ihna|eana|ihne|enk|du|dir|dich|dein\w*|euch|euer|eure\w*|you"
    r"|your\w*|ya|ye|u|ur|yer)\b",
    re.IGNORECASE,
)


#: A farewell after the question: "Haben Sie sonst noch Fragen? Dann bedanke ich mich für das
#: Gespräch … Auf Wiederhören." says goodbye (V115 04: read as chat, and the clerk answered
#: "Ja, doch, schon." instead of ending the call).
_FAREWELL_AFTER = lazyre.compile(
    r"\b(?:auf\s+wieder(?:h(?:ö|oe)ren|sehen|schauen)|wiederh(?:ö|oe)ren|tsch(?:ü|ue)ss?|tsch(?:ö|oe)"
    r"|ciao|goodbye|bye|take\s+care|bedanke\s+mich\s+f(?:ü|ue)r\s+das\s+gespr(?:ä|ae)ch"
    r"|thanks?\s+(?:you\s+)?for\s+(?:the|your)\s+(?:call|time|chat))\b",
    re.IGNORECASE,
)


#: A record the learner can point to against an objection: a document, a signature, a
#: message, a measurement ("I've got your email here from the 12th of August").
_RECORD = lazyre.compile(
    r"\b(?:e-?mail|mail|signed|signature|sign-?off|acceptance|handover|hand-over|delivery\s+note"
    r"|order|purchase\s+order|quote|quotation|contract|photo|picture|message|text|receipt"
    r"|unterschr\w*|abnahme\w*|übergabe\w*|uebergabe\w*|lieferschein\w*|auftrag\w*"
    r"|bestell\w*|angebot\w*|vertrag\w*|protokoll\w*|foto\w*|nachricht\w*|gemessen|dokumentiert)\b",
    re.IGNORECASE,
)


def _record_cited(result: Recognition) -> Recognition:
    """ "I've got your email here from the 12th of August where you asked us to push the
    booking form into phase two." got no intent after her objection, and "I'm not sure I
    follow" (thirty-first audit): after an objection, a line that names a record and a day
    gone by answers it with facts — the rebuttal, at a guess's confidence (issue 10: fact-
    citing rebuttals)."""
    if any(h.confidence >= TENTATIVE for h in result.intents):
        return result
    if not any(f.kind == "past_date" for f in result.facts) or not _RECORD.search(result.text):
        return result
    hit = IntentHit("rebut_unjustified_objection", TENTATIVE, _RECORD.search(result.text).group(0))
    return replace(result, intents=(hit, *result.intents))


def _warmth_is_no_threat(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "ah that's brutal, mate, honestly. first year's always the hardest and then a client
    stiffs you on top." was empathy 0.97 and a threat 0.42-0.52 ("on top" as in fees), and
    the café owner took offence (thirty-fifth audit). A weak threat beside sure empathy,
    with no legal step, pressure or consequence named, threatens nothing."""
    conf = {h.intent: h.confidence for h in hits}
    threat = conf.get("threaten_legal", 0.0)
    # ... or beside any sure move, where the threat is no firm reading either (fortieth
    # audit: "… und wenn Sie wollen kommen Sie vorbei, wir schauen's uns an, kostet nix —
    # zahlen Sie dann bis Freitag?" was a threat 0.83 beside the date 0.95 and the
    # rebuttal, and the feedback said "Mit rechtlichen Schritten gedroht")
    sure = max((c for i, c in conf.items() if i not in _LEGAL_READINGS), default=0.0)
    warm = conf.get("empathise", 0.0) >= 0.9 and 0.0 < threat < 0.6
    if not (warm or (sure >= 0.9 and 0.0 < threat < 0.7)):
        return hits
    if names_legal_step(text) or _THREAT_WORDS.search(text) or _ultimatum(text):
        return hits
    return [h for h in hits if h.intent != "threaten_legal"]


def _ultimatum(text: str) -> bool:
    """An unnamed consequence under a condition: "… by Friday the 11th, no exceptions, or I'll
    have to escalate this" after "I totally understand it's frustrating" (V202 08: the
    threat 0.40 dropped beside the sure empathy and the caller's own need, "No threat in
    the whole call"); not "I'll escalate this to our hardship team"."""
    found = CONSEQUENCE.search(text)
    return found is not None and CONDITION.search(text, 0, found.start()) is not None


#: Words of anger that make the legal step said beside them no calm announcement (GUIDE §5:
#: "an angry … threat is threaten_legal"): "Well I'm not having that. If it's not paid by
#: Friday I'll be taking you to the small claims court." was the calm legal route 0.96 and the
#: debrief said "No threat in the whole call" (forty-second audit).
_ANGER = lazyre.compile(
    r"\b(?:i'?m\s+not\s+having\s+(?:that|this|it)|i'?ve\s+had\s+(?:enough|it)|enough\s+is\s+enough"
    r"|i'?m\s+sick\s+(?:and\s+tired\s+)?of|i'?m\s+fed\s+up|that'?s\s+it,?\s+i'?m"
    r"|das\s+lass(?:e)?\s+ich\s+mir\s+nicht\s+bieten|jetzt\s+reicht'?s|mir\s+reicht'?s"
    r"|es\s+reicht\b|ich\s+hab(?:e)?\s+(?:die\s+nase\s+voll|genug)|schluss\s+jetzt)",
    re.IGNORECASE,
)


#: A condition on not paying: "if this is not settled …", "unless …", "otherwise", "sonst",
#: "andernfalls", "wenn … nicht …", "sollte … nicht …".
_ULTIMATUM = lazyre.compile(
    r"\b(?:if|should)\s+(?:this|it|that|the\s+(?:invoice|bill|balance|amount|money|payment)"
    r"|payment|the\s+\w+\s+invoice)\s+(?:\w+\s+){0,2}?(?:is\s+not|isn'?t|'?s\s+not|has\s+not"
    r"|hasn'?t|does\s+not|doesn'?t|was\s+not|wasn'?t|not)\b"
    r"|\bunless\s+(?:you|we|it|this|the|payment)\b|\botherwise\b|\bor\s+else\b"
    # "If it's not sorted by …", "If the £640 isn't with me by Friday …, I'll take you to small
    # claims" (V153 10 and p1)
    # (and typed without the apostrophe: "if its not paid by next week ill take you to small
    # claims, no worries, ill win that easy" — V161 11, read as empathy beside a faint route)
    r"|\bif\s+(?:it|this|that)'?s\s+not\b"
    r"|\bif\s+the\s+[£$€]?\s?\d[\d.,]*\s*(?:k|€|eur|euros?|pounds?|quid|dollars?|bucks)?\s+"
    r"(?:is\s+not|isn'?t|has\s+not|hasn'?t|does\s+not|doesn'?t|was\s+not|wasn'?t)\b"
    # said of him: "Ehen, if you are not paying, I will have no choice but to take this matter
    # to the small claims court." (V129 12: the calm legal route 0.99, a minute into the call)
    r"|\bif\s+(?:you|u|y'?all)\s+(?:are\s+not|aren'?t|do\s+not|don'?t|will\s+not|won'?t"
    r"|refuse\s+to|still\s+(?:don'?t|won'?t))\s+(?:\w+\s+)?(?:pay|paying|settle|settling)\b"
    r"|\bfailing\s+(?:that|which|payment)\b"
    r"|\b(?:sonst|andernfalls|anderenfalls|ansonsten)\b"
    # ("Wenn bis Freitag nix da ist, muss ich das leider meinem Anwalt geben – ist nicht böse
    # gemeint": V310 03, the calm legal route in the third line; "if nothing's in by Friday")
    r"|\b(?:wenn|falls|sollte|sollten)\b[^.?!]{0,50}?\b(?:nicht|nichts|nix|nischt|nüscht|kein\w*)\b"
    r"[^.?!]{0,30}?"
    r"\b(?:bezahlt|gezahlt|beglichen|überwiesen|ueberwiesen|eingeh\w*|eingegangen|da\s+ist|kommt)\b"
    r"|\bif\s+nothing(?:'s|\s+is|\s+has)?\s+(?:\w+\s+){0,2}?(?:arrived|come|comes|in|here|through"
    r"|landed|paid)\b"
    # the house rule as the deadline: "… just so you know, and I say it with the best will in
    # the world, we do pass unpaid accounts to a debt collector after 60 days." to a regular who
    # had just apologised (V317 p2: the calm legal route 0.61, 86 bronze), "nach 60 Tagen geht
    # das bei uns ans Inkasso"
    r"|\b(?:after|beyond|past|nach|über|ueber)\s+(?:\d+|thirty|sixty|ninety|dreißig|dreissig"
    r"|sechzig|neunzig)\s+(?:days|weeks|tagen|tage|wochen)\b",
    re.IGNORECASE,
)


#: A threat that names no step: "… aber wir können das natürlich auch anders regeln, wenn's
#: sein muss" (V118 probe 3: the neutral opener 0.96, no threat), "andere Saiten aufziehen",
#: "we can do this the hard way", "there are other ways of getting our money".
_VEILED_THREAT = lazyre.compile(
    r"\b(?:auch|ganz)\s+anders\s+(?:regeln|lösen|loesen|klären|klaeren)\b[^.?!]{0,20}?"
    r"\b(?:wenn'?s\s+sein\s+muss|wenn\s+es\s+sein\s+muss|notfalls|falls\s+nötig)"
    r"|\b(?:notfalls|wenn'?s\s+sein\s+muss|wenn\s+es\s+sein\s+muss)\b[^.?!]{0,40}?\banders\s+"
    r"(?:regeln|lösen|loesen|klären|klaeren)\b"
    # ... or regretted in advance: "Wäre ja schade, wenn wir das am Ende anders regeln müssten,
    # nicht wahr?" (V271 p3: small talk and a threat 0.24, 100 gold), "it'd be a shame if we
    # had to sort this out another way"
    r"|\b(?:schade|blöd|bloed|ungünstig|unguenstig)\b[^.?!]{0,30}?\bwenn\s+(?:wir|ich)\b[^.?!]{0,40}?"
    r"\banders\s+(?:regeln|lösen|loesen|klären|klaeren|angehen)\b"
    r"|\b(?:shame|pity)\b[^.?!]{0,30}?\bif\s+(?:we|i)\b[^.?!]{0,40}?\b(?:another|a\s+different|other)\s+way\b"
    r"|\bandere\s+saiten\s+aufziehen\b|\bandere\s+(?:wege|mittel)\b[^.?!]{0,30}\b(?:geld|gehen|einschlagen)\b"
    r"|\bthe\s+hard\s+way\b|\bother\s+(?:ways|means)\s+(?:of|to)\s+(?:get|getting|recover|recovering"
    r"|collect|collecting)\b|\b(?:get|turn)\s+(?:ugly|nasty)\b"
    # the lawyer offered to explain it, or left to "take it from there": "Perhaps our solicitor
    # could explain it more clearly. Payment by Monday, or he takes it from there." (V206 11:
    # a date 0.91, "No threat in the whole call", 93 silver)
    r"|\b(?:our|my|unser\w*|mein\w*)\s+(?:solicitor|lawyer|attorney|anwalt|anwältin|rechtsanwalt)\w*\s+"
    r"(?:could|can|will|might|kann|könnte|koennte|wird)\s+(?:\w+\s+){0,2}?(?:explain|erkl(?:ä|ae)r)\w*"
    r"|\bor\s+(?:he|she|they)\s+(?:takes?|will\s+take)\s+it\s+from\s+there\b",
    re.IGNORECASE,
)


#: The legal step held up as something the caller would hate to take: "I would hate for this
#: matter to end up with our solicitors, as I am sure you would too" (V121 11: a faint
#: reproach, "No threat in the whole call"), "I'd hate to have to pass this on to our
#: solicitor, Claire, but I'm sure it won't come to that" to a regular who had just apologised
#: (V122 probe 2: the calm legal route, 71 bronze). Before any refusal only (`apply_context`):
#: after it the same words announce the next step calmly.
_RELUCTANT_LEGAL = lazyre.compile(
    # ("… we would really not like to hand this to our lawyers": V135 p5, empathy 0.99 and
    # "No threat in the whole call")
    r"\b(?:(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:really\s+|so\s+)?(?:hate|not\s+want"
    r"|rather\s+not|not\s+(?:really\s+)?like)|(?:i|we)\s+(?:wouldn'?t|would\s+not)\s+(?:really\s+)?"
    r"(?:like|want))"
    r"\b[^.?!]{0,60}?\b(?:solicitor|lawyer|attorney|court|legal|collection|debt\s+collector|tribunal"
    r"|small\s+claims|ccj)\w*"
    r"|\b(?:ungern|nur\s+ungern|nicht\s+gern)\b[^.?!]{0,60}?\b(?:anwalt|anwält|gericht|inkasso"
    r"|mahnbescheid|mahnverfahren|rechtlich|klage)\w*"
    # "Ich will Ihne jo net glei mit em Anwalt komme, awwer Sie wisse schun, wie sowas am End
    # ausgeht, gell?" (V136 03: empathy 0.56 to a landlord who had just agreed to pay)
    r"|\b(?:nicht|net|ned|nit)\s+(?:gleich|glei|gloi)\s+mit\s+(?:dem|em|am|m)\s+(?:anwalt|gericht|inkasso)\w*"
    # the threat denied in so many words: "Ich möchte Ihnen ja nicht drohen, aber mit dem
    # unterschriebenen Protokoll hätte ich vor Gericht wirklich keine Mühe …" (V190 04: a
    # rebuttal and empathy, and the customer gave in to it: "Na gut. Dann zahle ich eben.")
    r"|\b(?:nicht|net|ned|kein\w*)\s+(?:\w+\s+)?(?:drohen|drohung)\w*\b[^.?!]{0,20}?\b(?:aber|doch)\b[^.?!]{0,80}?"
    r"\b(?:anwalt|anwält|gericht|inkasso|mahnbescheid|mahnverfahren|klage|klagen)\w*"
    r"|\b(?:not|don'?t|never)\s+(?:\w+\s+){0,2}?(?:threaten|threat)\w*\b[^.?!]{0,20}?\bbut\b[^.?!]{0,80}?"
    r"\b(?:solicitor|lawyer|attorney|court|legal|collection|debt\s+collector|small\s+claims|ccj)\w*"
    # the payment asked for so that the step need not be taken: "no stress, just pop it through
    # by friday the 11th so i don't have to hand it over to our collections people, yeah?"
    # (V210 p4: empathy and a date, "No premature threat", 93 silver), "damit ich das nicht
    # ans Inkasso geben muss"
    r"|\bso(?:\s+that)?\s+(?:i|we)\s+(?:(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:\w+\s+)?(?:have|need"
    r"|got|end\s+up)|needn'?t|never\s+have)\b[^.?!]{0,50}?\b(?:solicitor|lawyer|attorney|court|legal"
    r"|collection|debt\s+collector|small\s+claims|ccj)\w*"
    r"|\bdamit\s+(?:ich|wir)\b[^.?!]{0,15}?\b(?:nicht|net|ned|nich)\b[^.?!]{0,40}?\b(?:anwalt|anwält"
    r"|gericht|inkasso|mahnbescheid|mahnverfahren|klage)\w*\b[^.?!]{0,30}?\b(?:muss|müssen|muessen"
    r"|brauch\w*|geben|übergeben|uebergeben|einschalten|gehen|landen)\b",
    re.IGNORECASE,
)


def _veiled_threat(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A veiled threat (`_VEILED_THREAT`) is a threat however the rest was read (GUIDE §5:
    "intimidating"), at least TENTATIVE."""
    found = _VEILED_THREAT.search(text)
    return _at_least_tentative(hits, "threaten_legal", found.group(0)) if found else hits


#: A question for the day itself: "bitte konkret, welche tag?", "Which day exactly?", "Welches
#: Datum?", "What date, then?" (V113 06: a reason question 0.95 beside the date 0.86, and the
#: customer answered why he had not paid). Not about the past or the fault ("Seit welchem Tag
#: steht das Wasser?", "Which day did it start?").
_DAY_QUESTION = lazyre.compile(
    r"\b(?:welche[rn]?\s+tag|welches\s+datum|an\s+welchem\s+tag|which\s+day|what\s+day"
    r"|what\s+date|which\s+date)\b",
    re.IGNORECASE,
)
_DAY_ASKED_ABOUT_THE_PAST = lazyre.compile(
    r"\b(?:seit|war|waren|wurde|passiert|aufgefallen|angefangen|did|was|were|started?|happened"
    r"|noticed|since)\b",
    re.IGNORECASE,
)


def _day_question_asks_the_day(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A question for the payment day, read surely as one too, is no reason or objection
    question (`_DAY_QUESTION`)."""
    if (
        not _DAY_QUESTION.search(text)
        or _DAY_ASKED_ABOUT_THE_PAST.search(text)
        or not any(h.intent == "fix_payment_date" and h.confidence >= TENTATIVE for h in hits)
    ):
        return hits
    return [h for h in hits if h.intent not in ("ask_reason", "clarify_objection")]


#: A question that asks when: "wann sie können bezahlen?" (V214 04: a date request 1.00 and
#: "pay whenever" 0.41 beside it; the customer heard "Dann zahle ich, sobald es geht" where
#: "Wann können Sie bezahlen?" got his day). Not "When you can, yeah?", which hands him the time.
_WHEN_QUESTION = lazyre.compile(
    r"(?:^|[.!?;:–—-]\s*|\b(?:und|and|so|also|dann|then|okay|ok|gut|good)[,\s]+)(?:bis\s+)?(?:wann|when|by\s+when)"
    r"\b(?!\s+(?:sie|du|you|ihr)\s+(?:\w+\s+)?(?:können|koennen|kannst|can|could|wollen|want|like|mögen)"
    r"\s*(?:[,?!.]|ja\b|yeah\b|okay\b|ok\b|$))[^.!]*\?",
    re.IGNORECASE,
)


#: A legal step or a collector named in a line (the threat words are `_THREAT_WORDS`).
_LEGAL_WORD = lazyre.compile(
    r"\b(?:gericht\w*|anwalt\w*|anwält\w*|anwaelt\w*|inkasso\w*|mahn\w*|klage\w*|rechtlich\w*"
    r"|schufa|court\w*|lawyer\w*|solicitor\w*|collect\w*|legal\w*|claim\w*|bailiff\w*|agency)\b",
    re.IGNORECASE,
)


#: A payment asked for with only a vague time: "Und dann zahlen Sie bald, ja?", "send it over
#: asap", "überweisen Sie zeitnah".
_VAGUE_PAY_ASK = lazyre.compile(
    r"\b(?:zahl\w*|bezahl\w*|überweis\w*|ueberweis\w*|begleich\w*|pay|send|settle)\b[^.!?]{0,40}?"
    r"\b(?:bald|baldmöglichst|zeitnah|demnächst|demnaechst|umgehend|soon|asap|shortly)\b"
    r"|\b(?:bald|zeitnah|demnächst|soon|asap)\b[^.!?]{0,30}?\b(?:zahl\w*|bezahl\w*|überweis\w*"
    r"|pay|paid|send|settle\w*)\b",
    re.IGNORECASE,
)


#: ... unless a condition makes it the price of not paying ("… bald, oder Sie lernen mich
#: kennen", "… soon, or you'll be sorry", "wenn nicht, …").
_OR_ELSE = lazyre.compile(
    r"\b(?:oder|or)\s+(?:sie|du|ihr|ich|wir|you|i|we)\b|\b(?:wenn|falls|if)\s+(?:nicht|not)\b"
    r"|\bunless\b",
    re.IGNORECASE,
)


def _plain_payment_ask_is_no_threat(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A plain question for when it will be paid threatens nothing: "Und wann, glauben Sie,
    wird das dann bezahlt?" was a threat 0.77 beside the date 0.78, the clerk took offence ("In
    diesem Ton bespreche ich das nicht") and no_premature_threat failed (V249 02, probe 1).
    Nor does a plain ask to pay soon: "Und dann zahlen Sie bald, ja? Ist gut so." was a threat
    0.64 — the words of a library line "… und dann zahlen Sie alles doppelt" — and the learner
    was told "Mit Nachteilen gedroht" (V253 05, probe 3)."""
    if not any(h.intent == "threaten_legal" for h in hits):
        return hits
    asks = _WHEN_QUESTION.search(text) or _VAGUE_PAY_ASK.search(text)
    if not asks or _LEGAL_WORD.search(text) or _THREAT_WORDS.search(text):
        return hits
    if CONSEQUENCE.search(text) or _OR_ELSE.search(text):
        return hits
    if unlawful_pressure(text, "de") or unlawful_pressure(text, "en"):
        return hits
    return [h for h in hits if h.intent != "threaten_legal"]


def _when_question_is_no_vague_time(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A question for when, read surely as a date request, hands him no time (`_WHEN_QUESTION`)."""
    day = next((h.confidence for h in hits if h.intent == "fix_payment_date"), 0.0)
    if day < 0.9 or not _WHEN_QUESTION.search(text):
        return hits
    return [h for h in hits if not (h.intent in VAGUE_MOVES and h.confidence < day)]


#: Asking what he needs to go on: "What do you need from me so it can be approved? I can send
#: it today." (V116 10: a down payment 0.85, and the clerk answered "I can't give you a date
#: until it's approved"), "Was brauchen Sie noch von mir?".
_WHAT_YOU_NEED = lazyre.compile(
    r"\bwhat\s+(?:else\s+)?(?:do|would|will)\s+you\s+need\b"
    r"|\bwas\s+(?:brauchen|benötigen|benoetigen)\s+(?:sie|du)\b",
    re.IGNORECASE,
)


_PAYS = lazyre.compile(rf"\b{PAY_VERB}", re.IGNORECASE)


def _what_you_need_asks_no_money(hits: list[IntentHit], result: Recognition) -> list[IntentHit]:
    """Asking what he needs, with no sum and no word of paying, asks for no payment: the reading
    left is the question (a clarifying or reason question; the swaps below place it)."""
    if (
        not _WHAT_YOU_NEED.search(result.text)
        or any(f.kind == "amount" for f in result.facts)
        or _PAYS.search(result.text)
    ):
        return hits  # ("… so I can get the £500 to you today?" asks about paying)
    out = [h for h in hits if h.intent not in ("request_down_payment", "fix_payment_date")]
    if out and not any(h.intent in ("clarify_objection", "ask_reason") for h in out):
        return hits
    if not out:
        out = [IntentHit("clarify_objection", TENTATIVE, "what do you need")]
    return out


#: "what" as a learner's relative pronoun after the thing it names: "i am calling because of
#: the invoice what is still open." (V131 10: a reason question 0.81 beside the neutral opener,
#: and strategy 1 failed for asking why; "that is still open" passed). Not a question.
_RELATIVE_WHAT = lazyre.compile(
    r"\b(?:invoice|bill|amount|balance|payment|money|sum|order|job|work)\s+what\s+(?:is|was"
    r"|are|were|has|have|we|you|i)\b"
    # ... and the German learner's "was" for "die": "Ich rufe an wegen Rechnung, was noch offen
    # ist." (V295 04 and p2: the reason question 0.56, strategy 1 failed; "die" passed)
    r"|\b(?:rechnung|betrag|summe|zahlung|geld|auftrag|arbeit)\s*,?\s+was\s+(?:\w+\s+){0,3}?"
    r"(?:ist|war|sind|waren|steht|hat|haben|wir|sie|ich)\b",
    re.IGNORECASE,
)


def _relative_what_asks_nothing(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A line whose only "what" is `_RELATIVE_WHAT` and that asks nothing is no reason question."""
    if "?" in text or not _RELATIVE_WHAT.search(text):
        return hits
    if (
        re.search(r"\b(?:why|warum|wieso|weshalb)\b", text, re.IGNORECASE)
        or len(re.findall(r"\b(?:what|was)\b", text, re.IGNORECASE)) > 1
    ):
        return hits
    out = [h for h in hits if h.intent not in ("ask_reason", "clarify_objection")]
    return out if out else hits


def _angry_legal_step_is_a_threat(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """The legal route announced in anger is a threat (`_ANGER`)."""
    if not _ANGER.search(text):
        return hits
    return _swap(hits, "announce_legal_route", "threaten_legal", "said in anger")


def _question_is_no_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "Oh right, wobbly how — all three of them, or just the one by the till?" was a sure
    clarifying question (0.94) and blame 0.48 ("Oh right, wobbly"), and the customer answered
    "Don't you take that tone with me" (fortieth audit). A weak reproach beside a sure
    question about the customer's problem or reason, with no sarcasm in it, blames nobody;
    a reproachful question keeps a firm blame reading ("Warum haben Sie denn nicht
    bezahlt?" is blame 0.88). The same for a sure question about what he can pay or when
    ("How much do you think you could manage now?": a first payment 0.97 and blame 0.41 once
    set 27's "… so why do you think you can do it here?" was learned, and the café owner
    answered "Whoa, there's no need for that tone", nineteenth session)."""
    return _faint_blame_beside(
        hits,
        text,
        ("clarify_objection", "ask_reason", "request_down_payment", "fix_payment_date"),
        question=True,
    )


def _offer_is_no_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "They were level and firm when I left, hey. But I don't want you to be unhappy, so I'll
    come past and re-fix them for free." was a compromise 0.94 and blame 0.42; the customer
    answered "Don't you take that tone with me" and hung up (V126 11): a weak reproach beside a
    sure offer to put things right is none, as beside a sure question."""
    return _faint_blame_beside(hits, text, ("offer_compromise",), question=False)


def _faint_blame_beside(
    hits: list[IntentHit], text: str, sure: tuple[str, ...], *, question: bool
) -> list[IntentHit]:
    """Without a reproach under 0.6 where one of `sure` is read at 0.9 or more (in a question,
    where `question`) and no turn of phrase blames him: sarcasm, a veneer, what he should have
    done, lateness held up, his bills his own business, a non-apology (nor where the reproach is
    the statement before the question: "die ist ja immer noch nicht bezahlt – woran hängt es
    denn?", ninety-eighth audit)."""
    conf = {h.intent: h.confidence for h in hits}
    if (
        max(conf.get(i, 0.0) for i in sure) < 0.9
        or not 0.0 < conf.get("accusatory_opener", 0.0) < 0.6
    ):
        return hits
    if question and "?" not in text:
        return hits
    if any(
        rx.search(text)
        # (a mock apology too: "Sorry if nobody over there reads their e-mails, but …" before
        # "Can you pay the $2,400 by Friday the 18th?" — V162 10)
        for rx in (
            _SNEER,
            _VENEER,
            _COUNTERFACTUAL,
            _AGAIN,
            _HELD_AGAINST,
            _YOUR_JOB,
            _NON_APOLOGY,
            _WHY_NOT_PAID,
            _MOCK_APOLOGY,
        )
    ):
        return hits
    return [h for h in hits if h.intent != "accusatory_opener"]


#: Asking whether the invoice or a reminder arrived is the reason question (eval/README:
#: ask_reason "including 'did the invoice arrive at all?'"), however the particle sounds:
#: "haben Sie unsere Mahnung eigentlich bekommen?" was the reason question 0.97 and blame 0.92
#: beside it, and the opening failed as blame (eighty-second audit; 39 library lines of blame
#: say "eigentlich", and ten neutral receipt questions did not move it: thirty-eighth session).
_RECEIPT_QUESTION = lazyre.compile(
    r"(?:^|[.!?]\s*|,\s*)(?:(?:sagen\s+sie|sag\s+mal|kurze\s+frage|just\s+checking|quick\s+question"
    r"|ich\s+wollte\s+nur\s+(?:kurz\s+)?fragen)\W+)?"
    r"(?:haben|hast|habt|hamm|ham|ist|sind|kam|kamen|did|have|has)\b[^.!?]{0,80}?"
    r"\b(?:bekommen|erhalten|angekommen|eingegangen|gekriegt|zugegangen|gelandet|received|get|got"
    r"|reach(?:ed)?|arrived?|come\s+through|came\s+through)\b[^.!?]{0,40}\?",
    re.IGNORECASE,
)
#: ... unless the line reproaches all the same: "did you even …", "ignorieren Sie die einfach?"
_RECEIPT_REPROACH = lazyre.compile(
    r"\b(?:ignor\w*|wieder|again|nie|niemals|never|always|immer(?!\s+noch)|bother\w*|even"
    r"|mal\s+gelesen|lesen\s+sie|read\s+(?:your|it|them)|zum\s+\w+ten\s+mal"
    r"|(?:second|third|fourth|\d+(?:st|nd|rd|th))\s+time|schon\s+\w+\s+mal)\b",
    re.IGNORECASE,
)


def _receipt_question_is_no_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A sure question whether something arrived, with no reproach in the line, blames
    nobody (`_RECEIPT_QUESTION`)."""
    conf = {h.intent: h.confidence for h in hits}
    asked = max(conf.get("ask_reason", 0.0), conf.get("clarify_objection", 0.0))
    if "accusatory_opener" not in conf or asked < 0.9:
        return hits
    if not _RECEIPT_QUESTION.search(text) or _RECEIPT_REPROACH.search(text):
        return hits
    if _SNEER.search(text) or _VENEER.search(text) or _WHY_NOT_PAID.search(text):
        return hits
    return [h for h in hits if h.intent != "accusatory_opener"]


#: Words that make a threat without a legal step: a consequence, a deadline with "or else".
_THREAT_WORDS = lazyre.compile(
    r"\b(?:or\s+else|otherwise|sonst|andernfalls|consequences?|konsequenz\w*|further\s+steps"
    r"|weitere\s+schritte|you'?ll\s+regret|wirst\s+schon\s+sehen|werden\s+sie\s+sehen)\b",
    re.IGNORECASE,
)


#: What is sent is the invoice itself (a copy, the PDF, a payment link), not its number: "… per
#: Mail mit der Rechnungsnummer" is the article's own confirmation (eighteenth audit: "Ich
#: schick Ihnen das nachher noch kurz per Mail mit der Rechnungsnummer" was no confirmation,
#: and a good call lost its gold). The scorer's "only the invoice sent" and the customer's
#: "nothing agreed to confirm" both read it.
_INVOICE_WORDS = (
    r"rechnung(?!s?nummer|s?nr)\w*|invoice(?!\s+(?:number|no\b))\w*|bill|kopie|copy|pdf"
    r"|zahlungslink|payment\s+link"
    # the order number the invoice lacked ("Und wenn ich Ihnen die Bestellnummer heute noch
    # maile?": eighty-seventh audit, the written confirmation 0.43 and the check passed)
    r"|bestellnummer|bestell-?nr|auftragsnummer|po\s+number|purchase\s+order(?:\s+number)?"
    r"|order\s+number"
)
#: ... and the papers of a dispute sent again (photos, the signed protocol, the timesheets).
PAPERS_SENT = lazyre.compile(
    rf"\b(?:{_INVOICE_WORDS}|fotos?|photos?|bilder|pictures|unterlagen|\w*nachweis\w*"
    r"|\w*lieferschein\w*|\w*protokoll\w*|sign-?off|timesheets?|statement|delivery\s+note"
    r"|handover\s+(?:form|sheet|report))\b",
    re.I,
)


#: "Sorry" as the politeness of a contradiction: "No, sorry, that's not right. Those shelves
#: were rock solid …" (forty-sixth audit: empathy 0.95, and Rachel said "Thanks, I appreciate
#: that." to being told she was wrong).
_APOLOGY_WORD = lazyre.compile(r"\b(?:sorry|i'?m\s+afraid|tut\s+mir\s+leid|entschuldigung)\b", re.I)
_CONTRADICTS = lazyre.compile(
    r"\b(?:(?:you'?re|you\s+are)\s+wrong|that'?s\s+(?:just\s+|simply\s+)?(?:not\s+(?:right|true"
    r"|correct|the\s+case|so)|wrong|incorrect|untrue)|that\s+(?:isn'?t|is\s+not)\s+(?:right|true|so"
    r"|correct)|not\s+true|i\s+(?:don'?t|do\s+not|can'?t)\s+agree|i\s+disagree"
    r"|das\s+stimmt\s+(?:so\s+)?(?:aber\s+)?nicht|da\s+irren\s+sie\s+sich|da\s+irrst\s+du\s+dich"
    r"|da\s+liegen\s+sie\s+falsch|das\s+ist\s+(?:so\s+)?(?:nicht\s+richtig|falsch)"
    r"|das\s+sehe\s+ich\s+anders)\b",
    re.I,
)


def _sorry_but_no(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """After his objection, an apology word beside a flat contradiction is the rebuttal's
    politeness, not sympathy."""
    if not (_APOLOGY_WORD.search(text) and _CONTRADICTS.search(text)):
        return hits
    return _swap(hits, "empathise", "rebut_unjustified_objection", "contradicts the objection")


#: A question after a reason or what went wrong, even without a word of the business ("Why
#: haven't I heard from you?", "Was ist denn los?").
_ASKS_WHY = lazyre.compile(
    r"\b(?:why|how\s+come|what\s+happened|what'?s\s+(?:going\s+on|up|wrong|the\s+(?:matter|issue))"
    r"|warum|wieso|weshalb|weswegen|was\s+ist\s+(?:denn\s+)?(?:los|passiert)|was\s+war\s+los)\b",
    re.IGNORECASE,
)


def _chat_question(text: str) -> bool:
    """A question about the customer's day with no word of the business and no why in it
    (`smalltalk.small_talk`)."""
    asks = any(small_talk(text, lg) in ("question", "open") for lg in ("de", "en"))
    return asks and not names_business(text) and not _ASKS_WHY.search(text)


#: An apology word that puts a slip right ("sorry, i mean: … by december 17?", "Sorry, I
#: meant the 18th", "Entschuldigung, ich meine …", "£300 – sorry, £275 – by Friday"), and
#: what would make the rest of the line sympathy after all.
_SLIP = lazyre.compile(
    r"\b(?:sorry|entschuldigung|pardon|verzeihung)\b[\s,:;.\-–—]*"
    # ("£890 – sorry, no, £790 –": V129 probe 3, empathy 0.94)
    r"(?:(?:no|nein|nee)\b[\s,:;.\-–—]*)?"
    r"(?:i\s+mean|i\s+meant|ich\s+mein\w*|(?=[£€$]|\d))",
    re.IGNORECASE,
)
_SYMPATHY = lazyre.compile(
    r"\b(?:sorry|hear|understand|imagine|tough|hard|leid|verstehe|verständnis|schwer"
    r"|ärgerlich|aergerlich)\w*",
    re.IGNORECASE,
)


def _slip_is_no_sympathy(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "sorry, i mean: can you confirm it'll be paid by december 17?" put a slip right and
    was read as empathy (0.90); the customer answered "Thanks, I appreciate that." (sixty-
    fourth audit; "a down payment of £300 – sorry, £275 – by this Friday": 0.89, sixty-sixth).
    The sorry of a correction is no sympathy."""
    if not _SLIP.search(text) or _SYMPATHY.search(_SLIP.sub(" ", text)):
        return hits
    return [h for h in hits if h.intent != "empathise"]


#: The caller owning a slip of their own: "Pardon, ich hab mich eben versprochen: Es sind
#: 6.240 Euro, nicht 6.420." (V22 05 after the fortieth session's library: blame 0.42, and
#: the clerk would not talk on "in diesem Ton").
_OWN_SLIP = lazyre.compile(
    r"\bich\s+(?:hab\w*|habe)\s+mich\s+(?:\w+\s+){0,2}?(?:versprochen|vertan|verrechnet|verlesen)"
    r"|\bmein\s+fehler\b|\bi\s+(?:misspoke|misread|got\s+that\s+wrong)\b|\bmy\s+(?:mistake|bad)\b"
    r"|\bslip\s+of\s+the\s+tongue\b",
    re.IGNORECASE,
)


def _own_slip_is_no_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A faint reproach read in a line that owns the caller's own slip is none; plain
    blame beside it stays."""
    if not _OWN_SLIP.search(text) or _SNEER.search(text):
        return hits
    return [h for h in hits if not _faint_blame(h)]


#: The argument given up: "When I left they were firm and level, but I will not argue with
#: you on this." (V158 12: a reproach 0.61 from "argue with you", and the customer refused the
#: free re-fix that followed), "ich will mich nicht mit Ihnen streiten".
_NO_ARGUMENT = lazyre.compile(
    r"\b(?:i|we)\s*(?:'ll|\s+will|'m|\s+am|\s+do)?\s*(?:not|n'?t|never)\s+(?:going\s+to\s+|want\s+to\s+)?"
    r"(?:argue|fight|quarrel)\b"
    r"|\b(?:won'?t|don'?t\s+want\s+to)\s+(?:argue|fight|quarrel)\b"
    r"|\b(?:ich|wir)\s+(?:will|möchte|moechte|wollen|möchten)\s+(?:mich|uns)?\s*(?:da\s+)?(?:nicht|gar\s+nicht)"
    r"\s+(?:mit\s+ihnen\s+|mit\s+dir\s+)?(?:streiten|rumstreiten|diskutieren)\b",
    re.IGNORECASE,
)


def _own_words_are_no_blame(
    hits: list[IntentHit], text: str, own: re.Pattern[str]
) -> list[IntentHit]:
    """A reproach read in a line about the caller's own side (`own`: the argument given up,
    `_NO_ARGUMENT`, whose "argue with you" carried 0.61 in V158 12; their papers not at hand,
    `_NOT_AT_HAND`) is none, below a sure one; sarcasm or a veneer beside it stays."""
    if not own.search(text) or _SNEER.search(text) or _VENEER.search(text):
        return hits
    return [h for h in hits if not (h.intent == "accusatory_opener" and h.confidence < 0.8)]


#: The caller's own follow-up: "Ich meld mich einfach nochmal, wenn nix kommt." (V277: a
#: reproach 0.55 for "einfach … nix"), "I'll just check in again next week".
_OWN_FOLLOW_UP = lazyre.compile(
    r"\b(?:ich|i|wir)\s+(?:meld\w*|ruf\w*)\s+(?:mich|uns)?\s*(?:\w+\s+){0,2}?(?:nochmal|noch\s+mal"
    r"|noch\s+einmal|wieder)\b"
    r"|\b(?:i|we)(?:'ll|\s+will)\s+(?:just\s+)?(?:check\s+in|follow\s+up|get\s+back\s+to\s+you"
    r"|call\s+(?:you\s+)?back|ring\s+(?:you\s+)?back)\b",
    re.IGNORECASE,
)
#: Sympathy said as "it's not easy": "ich verstehe, ist nicht einfach jetzt." (V277 04 and
#: V266: a reproach 0.76 — "einfach" is the word of "wenn Sie einfach pünktlich zahlen
#: würden"), "I understand, it's not easy at the moment".
_NOT_EASY = lazyre.compile(
    r"\b(?:ist|is|isch|es|s|'s|it'?s|it\s+is|that'?s|that\s+is)\s+(?:\w+\s+){0,2}?(?:nicht|net|ned|nich|nit"
    r"|not|never)\s+(?:so\s+|ganz\s+|grad\s+|gerade\s+|immer\s+)?(?:einfach|easy|leicht)\b"
    r"|\bkeine\s+leichte\s+(?:zeit|situation|lage)\b",
    re.IGNORECASE,
)


def _not_easy_is_sympathy(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """ "ich verstehe, ist nicht einfach jetzt." read as blame 0.76, and the regular answered
    "So redet man nicht mit einem Stammkunden" and stayed on the tone (V277 04: 25): said with
    understanding and with no word to him or of a fault, "not easy" is sympathy. "Das ist
    nicht so einfach, wenn Sie nie zahlen" keeps its reproach."""
    blame = next((h for h in hits if h.intent == "accusatory_opener"), None)
    if (
        blame is None
        or not _NOT_EASY.search(text)
        or not _EMPATHY_WORDS.search(text)
        or _SECOND_PERSON.search(text)
        or _BLAME_WORDS.search(text)
        or _BUT.search(text)
        or _SNEER.search(text)
    ):
        return hits
    return _swap(hits, "accusatory_opener", "empathise", "not easy")


#: The caller's own next step inside the firm: "Ich notiere mir das. Ehrlich gesagt muss ich das
#: erst intern mit der Werkstatt besprechen." (V171 02: a reproach 0.62, 0.79 out of context; the
#: customer took offence), "I'll need to check that internally with my manager first".
_CHECK_INSIDE = lazyre.compile(
    r"\b(?:(?:ich|wir)\s+(?:muss|müssen|muessen|sollte|sollten|will|möchte|moechte)"
    r"|(?:muss|müssen|muessen)\s+(?:ich|wir))\s+(?:\w+\s+){0,4}?"
    r"(?:intern|im\s+haus|mit\s+(?:meinem|meiner|unserem|unserer|der|dem|den)\s+\w+)\s+"
    r"(?:\w+\s+){0,2}?(?:besprechen|klären|klaeren|abstimmen|prüfen|pruefen|nachfragen|rücksprechen|abklären)\b"
    r"|\b(?:i|we)(?:'ll|\s+will|'d|\s+would)?\s+(?:need|have|got)\s+to\s+(?:check|discuss|clear|run)\s+"
    r"(?:\w+\s+){0,3}?(?:internally|in-house|with\s+(?:my|our|the)\s+\w+)\b",
    re.IGNORECASE,
)
#: The caller's own busy time said to recur: "Bei uns ist ja jetzt schon wieder Sessionsstress,
#: ich sag's Ihnen." (V176 02 and p3: a reproach 0.69 for "schon wieder", and the regular took
#: offence at small talk), "we're flat out again here".
_OWN_BUSY_AGAIN = lazyre.compile(
    # (not said to him: "Ich muss Sie schon wieder daran erinnern")
    r"\b(?:bei\s+uns|wir|ich|hier)\b(?:(?!\b(?:sie|ihnen|du|dich|dir|euch)\b)[^.?!]){0,30}?"
    r"\b(?:schon\s+)?wieder\b"
    r"(?![^.?!,]{0,40}\b(?:sie|ihnen|ihr|ihre|du|dir|dein|deine|rechnung|bezahlt|gezahlt|überwiesen"
    r"|zahlung|geld|anrufen|mahnen|erinnern)\b)"
    r"|\b(?:we'?re|we\s+are|i'?m|i\s+am|it'?s)\s+(?:\w+\s+){0,2}?(?:flat\s+out|busy|mad|crazy|hectic|manic)"
    r"\s+(?:\w+\s+){0,2}?again\b(?![^.?!]{0,40}\b(?:you|your|invoice|paid|pay)\b)",
    re.IGNORECASE,
)
#: The calendar said to come round again: "Nu is ja schon wieder Dezember, ne, …", "Schon
#: wieder Dezember, wie die Zeit vergeht!" (V325 04 and p6: a reproach 0.87 / 0.79, the
#: customer took offence at small talk and a call of 100 gold fell to 71), "Monday again, eh?".
_CALENDAR_AGAIN = lazyre.compile(
    r"\b(?:schon\s+wieder|mal\s+wieder|wieder)\s+(?:(?:ein(?:en?)?|der|die|das|so)\s+)?"
    r"(?:januar|jänner|jaenner|februar|feber|märz|maerz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|wochenende|weihnachten|advent|winter|sommer|herbst|frühling|fruehling|jahresende"
    r"|monatsende|silvester|ostern|fasching|karneval)\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|weekend|christmas"
    r"|winter|summer|autumn|spring|new\s+year|year'?s?\s+end|month\s+end|easter)"
    r"\s+(?:already\s+)?again\b",
    re.IGNORECASE,
)
#: ... and the words that would make it a reproach all the same ("schon wieder Monatsende und
#: Ihre Rechnung ist immer noch offen").
_BLAME_BESIDE_CALENDAR = lazyre.compile(
    r"\b(?:immer\s+noch|noch\s+immer|nie|endlich|gefälligst|gefaelligst|wie\s+oft|ständig"
    r"|staendig|überfällig|ueberfällig|ueberfaellig|rechnung|zahl\w*|bezahl\w*|geld|offen\w*"
    r"|still|never|finally|overdue|invoice|pay\w*|money|outstanding|you|your|sie|ihr\w*|du|dein\w*)\b",
    re.IGNORECASE,
)


#: Pressure rather than blame, beside `_OWN_NEED`: the caller's need or an ultimatum ("I really
#: do need this one paid asap, my boss is on my back about it", "you must pay something this
#: week, otherwise I cannot work more with you": V324 08, V327 09 — "a reproach later").
_PRESSED = lazyre.compile(
    r"\b(?:i|we)\s+(?:really\s+|do\s+|really\s+do\s+)?(?:need|have\s+to\s+have)\s+"
    r"(?:this|it|that|the\s+(?:money|payment|invoice))\b|\bmy\s+boss\b|\botherwise\b|\bor\s+else\b"
    r"|\bcannot\s+wait\b|\bcan'?t\s+wait\s+(?:any\s*)?(?:more|longer)\b|\bsonst\b|\bandernfalls\b"
    r"|\b(?:ich|wir)\s+(?:brauch\w*)\s+(?:das\s+geld|die\s+zahlung|das)\b|\bmein\s+chef\b"
    r"|\b(?:kann|können|koennen)\s+(?:ich|wir)\s+nicht\s+(?:länger|laenger|mehr)\s+warten\b",
    re.IGNORECASE,
)


def pressure_not_blame(text: str) -> bool:
    """Whether a line read as a reproach presses the caller's need or an ultimatum on the
    customer without a word of blame (`_BLAME_WORDS`, a sneer, lateness held up): the check
    costs the same, and the debrief names it as pressure."""
    # (the caller's own bills, `_OWN_NEED`, are pressure too; `_PRESSED` adds what that
    # pattern does not say: the need without whose bills, the boss, the ultimatum)
    if not (_OWN_NEED.search(text) or _PRESSED.search(text)):
        return False
    return not (_BLAME_WORDS.search(text) or _SNEER.search(text) or _AGAIN.search(text))


#: A discount refused: "Einen Nachlass gebe ich Ihnen aber nicht, die Arbeit wird ja ordentlich
#: nachgebessert." (V329 01 and p1: a compromise 0.95, and the customer answered "Ja, so machen
#: wir es."), "Rabatt kann ich Ihnen keinen geben", "I won't give you a discount though".
_NO_DISCOUNT = lazyre.compile(
    r"\b(?:kein(?:en|e|er)?|null)\s+(?:\w+\s+)?(?:preis)?(?:nachlass|rabatt|skonto|abzug|preisminderung)\b"
    r"|\b(?:nachlass|rabatt|skonto|preisminderung)\w*\s+(?:\w+\s+){0,5}?(?:gebe|geben|gibt|gib|kann|können"
    r"|koennen|kriegen|bekommen|mache|machen|drin)\b(?:\s+\w+){0,4}?\s+(?:nicht|keinen|keine|nich|net|ned)\b"
    r"|\b(?:nachlass|rabatt)\w*\s+(?:kann|können|koennen)\s+(?:ich|wir)\s+(?:\w+\s+)?keinen\b"
    r"|\b(?:no|not\s+a|not\s+any)\s+(?:\w+\s+)?(?:discount|reduction|money\s+off)\b"
    r"|\b(?:won'?t|will\s+not|can'?t|cannot|can\s+not|couldn'?t|not\s+going\s+to|am\s+not\s+going\s+to)\s+"
    r"(?:\w+\s+){0,3}?(?:a\s+|any\s+)?(?:discount|reduction|money\s+off|knock\s+\w+\s+off)\b",
    re.IGNORECASE,
)
#: ... but a smaller one offered beside it is an offer ("keinen Nachlass von 20 %, aber 100 Euro").
_OFFER_BESIDE = lazyre.compile(
    r"\b(?:aber|but|instead|stattdessen|dafür|dafuer)\b[^.?!]*(?:\d|\b(?:free|kostenlos|gratis|umsonst"
    r"|redo|re-do|nachbesser\w*|put\s+right|fix\w*|repair\w*|übernehm\w*|uebernehm\w*))",
    re.I,
)


def _refused_discount_is_no_offer(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A discount refused is no compromise offered (`_NO_DISCOUNT`)."""
    m = _NO_DISCOUNT.search(text)
    if m is None or _OFFER_BESIDE.search(text[m.end() :]):
        return hits
    return [h for h in hits if h.intent != "offer_compromise"]


def _calendar_is_no_blame(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """A reproach read only in the calendar come round again (`_CALENDAR_AGAIN`) is none."""
    m = _CALENDAR_AGAIN.search(text)
    if m is None or _SNEER.search(text) or _VENEER.search(text):
        return hits
    if _BLAME_BESIDE_CALENDAR.search(text[: m.start()] + " " + text[m.end() :]):
        return hits
    return [h for h in hits if h.intent != "accusatory_opener"]


#: The caller's own papers not at hand: "Die muss ick erstmal – also, die hab ick jetzt nich
#: zur hand." (V157 02: a reproach 0.42, 0.65 in standard German, p4; the clerk would not talk
#: "in diesem Ton" for the rest of the call), "I don't have it in front of me".
_NOT_AT_HAND = lazyre.compile(
    r"\b(?:ich|ick|i|wir)\b[^.?!]{0,30}?\b(?:nicht|nich|net|nit|ned)\s+(?:zur\s+hand|vor\s+mir|parat"
    r"|griffbereit)\b"
    r"|\b(?:i|we)\s+(?:don'?t|do\s+not|haven'?t|have\s+not)\s+(?:got\s+)?(?:it|that|them|the\s+\w+)\s+"
    r"(?:to\s+hand|in\s+front\s+of\s+me|on\s+me|with\s+me|handy)\b",
    re.IGNORECASE,
)


#: Noting the terms down is no confirmation in writing: "Gut. Ich schreibe auf: 1.428 Euro
#: bis 16. Dezember." passed confirm_in_writing as "Schriftliche Bestätigung angekündigt"
#: (V157 06, a written confirmation 0.78); "I'll write that down". Not "Ich schreibe Ihnen das
#: auf und schicke es per Mail".
_NOTING = lazyre.compile(
    r"\b(?:ich\s+)?schreib(?:e)?\s+(?:mir\s+)?(?:das\s+|es\s+|des\s+)?(?:mal\s+|gleich\s+)?auf\b"
    r"|\bnotier\w*|\bwrite\s+(?:it|that|this|them)\s+down|\bnote\s+(?:it|that|this)\s+down"
    r"|\bmake\s+a\s+note",
    re.IGNORECASE,
)
_SENT_IN_WRITING = lazyre.compile(
    r"\b(?:e-?mail\w*|mail\w*|schriftlich\w*|brief\w*|fax\w*|bestätig\w*|bestaetig\w*|confirm\w*"
    r"|letter\w*|in\s+writing|send\w*|schick\w*|ihnen|you)\b",
    re.IGNORECASE,
)


def _noting_is_no_writing(hits: list[IntentHit], text: str) -> list[IntentHit]:
    """The caller noting the terms down for themself sends nothing (`_NOTING`)."""
    return _no_writing_where(hits, text, _NOTING, _SENT_IN_WRITING)


def apply_context(result: Recognition, context: Context | None) -> Recognition:
    """Apply the §5 context boundaries to a recognition; no context, no change."""
    if context is not None:
        result = _unlawful_is_a_threat(result)
    if context is not None and context.objection_raised:
        result = _record_cited(result)
    counter = context is not None and context.customer_proposed and COUNTER.search(result.text)
    if context is None or not (
        result.intents
        or counter
        or _SNEER.search(result.text)
        or _COUNTERFACTUAL.search(result.text)
        or _PLAYED_DOWN.search(result.text)
        or _HELD_AGAINST.search(result.text)
    ):
        return result
    hits = list(result.intents)
    if (claims := _SMALL_CLAIMS.search(result.text)) and not any(
        h.intent in _LEGAL_READINGS for h in hits
    ):
        # Read as the legal route at least; when and how it is said decides below whether
        # it is a threat (first minute, an ultimatum) or the calm announcement.
        hits = _at_least_tentative(hits, "announce_legal_route", claims.group(0))
    hits = _no_threat_in_leniency(hits, result.text)
    hits = _faint_legal(hits, result.text)
    hits = _no_compromise_taken_back(hits, result.text)
    hits = _no_plan_turned_down(hits, result.text)
    hits = _waved_away(hits, result.text)
    hits = _sneer(hits, result.text)
    hits = _again_is_blame(hits, result.text)
    hits = _non_apology(hits, result.text)
    hits = _stopped_half(hits, result.text)
    hits = _reassurance_is_no_blame(hits, result.text)
    hits = _belief_is_no_blame(hits, result.text)
    hits = _played_down_is_sympathy(hits, result.text)
    hits = _not_nice_is_sympathy(hits, result.text)
    hits = _taken_back(hits, result.text, _HIS_PROBLEM, "offer_solution")
    hits = _taken_back(hits, result.text, _BUT_PAY, "empathise")
    hits = _admission_rebuts_nothing(hits, result.text)
    hits = _whole_is_no_part(hits, result)
    hits = _pay_ask_asks_no_reason(hits, result.text)
    hits = _invoice_named_is_no_compromise(hits, result.text)
    hits = _own_need_is_no_blame(hits, result.text)
    hits = _own_need_is_no_threat(hits, result.text)
    hits = _introduction_is_no_threat(hits, result.text)
    hits = _reminder_is_no_legal_step(hits, result.text)
    hits = _behalf_is_no_opener(hits, result.text)
    hits = _writing_waved_off(hits, result.text)
    hits = _his_mail_is_no_confirmation(hits, result.text)
    hits = _chat_is_no_blame(hits, result.text, context.objection_raised)
    if context.objection_raised:
        hits = _fault_made_small(hits, result.text)
    hits = _weather_is_no_move(hits, result.text, context.objection_raised)
    hits = _du_offer(hits, result.text)
    hits = _thanks_and_goodbye_is_no_blame(hits, result.text)
    hits = _warmth_is_no_threat(hits, result.text)
    hits = _question_is_no_blame(hits, result.text)
    hits = _offer_is_no_blame(hits, result.text)
    hits = _receipt_question_is_no_blame(hits, result.text)
    hits = _slip_is_no_sympathy(hits, result.text)
    hits = _own_slip_is_no_blame(hits, result.text)
    hits = _own_words_are_no_blame(hits, result.text, _NO_ARGUMENT)
    hits = _own_words_are_no_blame(hits, result.text, _NOT_AT_HAND)
    hits = _own_words_are_no_blame(hits, result.text, _CHECK_INSIDE)
    hits = _own_words_are_no_blame(hits, result.text, _OWN_BUSY_AGAIN)
    hits = _calendar_is_no_blame(hits, result.text)
    hits = _refused_discount_is_no_offer(hits, result.text)
    hits = _own_words_are_no_blame(hits, result.text, _OWN_FOLLOW_UP)
    hits = _not_easy_is_sympathy(hits, result.text)
    hits = _noting_is_no_writing(hits, result.text)
    hits = _angry_legal_step_is_a_threat(hits, result.text)
    hits = _veiled_threat(hits, result.text)
    hits = _day_question_asks_the_day(hits, result.text)
    hits = _when_question_is_no_vague_time(hits, result.text)
    hits = _plain_payment_ask_is_no_threat(hits, result.text)
    hits = _what_you_need_asks_no_money(hits, result)
    hits = _relative_what_asks_nothing(hits, result.text)
    early = context.learner_turn < EARLY_TURNS and not context.negotiation_failed
    if early:
        hits = _swap(
            hits, "announce_legal_route", "threaten_legal", "legal step in the first minute"
        )
    elif not context.negotiation_failed and (cond := _ULTIMATUM.search(result.text)):
        # The legal step made the price of not paying, before any negotiation failed, is an
        # ultimatum (GUIDE §5 threaten_legal): "If this is not settled this week, I will have
        # to hand it to our solicitor." right after the objection was the legal route 0.98, the
        # customer did not react, and the call kept silver (V112 probe 6).
        hits = _swap(hits, "announce_legal_route", "threaten_legal", cond.group(0))
    if not context.negotiation_failed and (veiled := _RELUCTANT_LEGAL.search(result.text)):
        hits = _swap(hits, "announce_legal_route", "threaten_legal", veiled.group(0))
        hits = _at_least_tentative(hits, "threaten_legal", veiled.group(0))
    names = {h.intent for h in hits}
    if not early and {"greeting_identify", "close_politely"} <= names:
        hits = [h for h in hits if h.intent != "greeting_identify"]
    if context.learner_turn == 0 and {"greeting_identify", "close_politely"} <= names:
        # The first line says hello: "Brandt, Garten- und Landschaftsbau, Tag Herr Kessler."
        # was a goodbye 0.71 above the greeting (twenty-second audit).
        hits = [h for h in hits if h.intent != "close_politely"]
    if not context.objection_raised:
        # Before any objection a faint rebuttal is a guess (`_guessed_rebuttal`): "Hello
        # Rachel, it's Gareth … – I fixed the shelves in the deli back in October." read as
        # one (0.52), and the opening failed as "neither the open invoice nor a solution"
        # (sixty-fifth audit: 87 for a call that scores 100 without the clause).
        hits = [h for h in hits if not _guessed_rebuttal(h, False)]
    if not context.opened and not context.objection_raised and _chat_question(result.text):
        # Nothing of the business said yet, so a question about the customer's day asks no
        # reason: "You alright? How did the wedding fair go in the end?" (ask_reason 0.69) and
        # "Nu, wie geht's Ihnen denn? Waren Sie schon auf dem Striezelmarkt?" (0.46) failed the
        # opening strategy, and the customer apologised for an invoice nobody had named
        # (sixty-fourth and sixty-fifth audits). The chat path answers it in kind.
        hits = [h for h in hits if h.intent not in ("ask_reason", "clarify_objection")]
    if (
        not context.opened
        and not context.objection_raised
        and not names_business(result.text)
        and not REDUCTION.search(result.text)
        and not any(f.kind in ("amount", "percent") for f in result.facts)
    ):
        # Nothing of the business said yet, and no price or figure in the line: there is
        # nothing to give way on. "How did the wedding fair go at the weekend? I hope the
        # brochures went down well." was a compromise 0.58 ("went down"), and the opening
        # was judged a solution offered before the invoice was named (sixty-eighth audit).
        hits = [h for h in hits if h.intent != "offer_compromise"]
    if not context.objection_raised and any(small_talk(result.text, lg) for lg in ("de", "en")):
        # Chat before any objection rebuts nothing: "Waren Sie schon aufm Christkindlesmarkt?
        # Wir waren am Samstag, war brechend voll." read as a rebuttal (0.57, its past day
        # looks like a fact cited against a complaint), and the live feedback said "a demand
        # straight away" (twelfth session, seen in tmux). The chat path answers it.
        hits = [h for h in hits if h.intent != "rebut_unjustified_objection"]
    if context.objection_raised:
        hits = _swap(hits, "ask_reason", "clarify_objection", "asked after the objection")
        hits = _sorry_but_no(hits, result.text)
    elif REASSURES.search(result.text):
        # "Ha noi, des isch doch net schlimm, gell" to his apology: before any objection
        # there is nothing to rebut, and playing it down comforts him (thirteenth audit:
        # a rebuttal 0.50, and he said "nicht ganz verstanden"). After an objection the
        # same words belittle it, and stay a bare rebuttal.
        hits = _swap(hits, "rebut_unjustified_objection", "empathise", "reassures him")
    else:
        hits = _swap(hits, "clarify_objection", "ask_reason", "asked before any objection")
    if not context.agreed and not context.customer_proposed:
        # Nothing agreed yet, so nothing to read back (GUIDE §5: summarise_agreement "reads
        # back what was agreed"): "Right, here's what we'll do: £1,000 today, then £880 on the
        # 8th …" dictates terms (eighteenth audit: read as a read-back, the customer said "I'm
        # not sure I follow" and the debrief found no date for the rest).
        hits = _swap_for_proposal(_call_back_is_no_proposal(hits, result), result)
    if counter:
        hits = _swap(hits, "accusatory_opener", "fix_payment_date", "asks for an earlier day")
        if not any(h.intent == "fix_payment_date" for h in hits):
            # "Ja, so schnell wie möglich wäre gut" to his day reads as no move of its own
            # (thirteenth audit: "nicht ganz verstanden"); it asks for an earlier day.
            found = COUNTER.search(result.text)
            hits.append(IntentHit("fix_payment_date", TENTATIVE, found.group(0) if found else ""))
            hits.sort(key=lambda h: -h.confidence)
    hits = _blame_asks_nothing(hits, result.text)  # last: rules above add either reading
    if hits and hits[0].confidence >= TENTATIVE:
        # A tentative reading stands only as a line's best (types.TENTATIVE): where a rule
        # put a firm one above it, it is no second move. "There's also a £75 late-payment
        # admin fee on there now." was the invented fee 0.90 and a down payment 0.14, and the
        # debrief said "Asked for a down payment" (eighty-seventh audit).
        hits = [hits[0], *(h for h in hits[1:] if h.confidence >= TENTATIVE)]
    return replace(result, intents=tuple(hits))
