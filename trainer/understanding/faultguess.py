"""A guess that the fault the customer complains of is his own (GUIDE §3: after an objection,
ask what exactly is wrong; §6: a reproach at any point costs).

"I'm sorry you feel like this, but maybe somebody put too much heavy things on them", "die
waren doch sicher schon vorher auf dem Parkett, oder?", "vielleicht Spritzer kommt von Ihre
Patienten": no accusation in so many words, so the recogniser reads a rebuttal, sympathy or
nothing, and the debrief said "no blame in the whole call" (V285 12, V287 02, V256 05: each
auditor flagged the conduct and still passed the call). A guess is a slip of conduct, not an
attack: the debrief counts half the no-accusation check for it (`scoring.opening`), and the
customer bristles without hanging up (`simulation.call`). Reading it as a full reproach was
tried and taken back in the fifty-ninth session: the customers took offence and two calls
their auditors passed failed.

Only a hedged guess (maybe, sicher, bestimmt …) about the customer's side — someone there
doing something to the work, or the fault having been there before — counts, or a rule of use
said as a general truth that puts it on him ("they only move like that when they're
overloaded"); the invoice's whereabouts ("maybe it went to spam") guess at no fault.
"""

from __future__ import annotations

import re

from .. import lazyre
from .sentences import sentences

_HEDGE = lazyre.compile(
    r"\b(?:maybe|perhaps|probably|possibly|surely|i\s+(?:reckon|bet|guess|suspect|would\s+say)"
    r"|i'd\s+say|must(?:'ve|\s+have)|might(?:'ve|\s+have)|could(?:n'?t)?\s+it\s+be"
    r"|are\s+you\s+sure|i'?m\s+sure|i\s+am\s+sure"
    r"|vielleicht|villeicht|sicher|bestimmt|wohl|womöglich|womoeglich|möglicherweise"
    r"|moeglicherweise|wahrscheinlich|garantiert|ich\s+wette|ich\s+schätze|ich\s+schaetze"
    r"|kann\s+es\s+sein|könnte\s+es\s+sein|koennte\s+es\s+sein|sind\s+sie\s+sicher)\b",
    re.IGNORECASE,
)

#: Someone on the customer's side doing something to the work.
_THEIR_DOING = lazyre.compile(
    # English: an agent on his side, then a verb of handling or damage ("put" only with a load:
    # "maybe you put it on the card" puts nothing on the work)
    r"\b(?:some(?:one|body)|one\s+of\s+(?:your|the)\s+\w+|your\s+(?:staff|kids|children"
    r"|customers|guests|patients|tenants|lot|people|team|lads|guys|workers|cleaners?|employees)"
    r"|you(?:\s+guys|\s+lot|\s+folks)?|y'?all)"
    r"(?:'s|'ve|\s+has|\s+have|\s+had|\s+been|\s+just|\s+probably|\s+maybe)*\s+"
    r"(?:(?:put|putting|placed|stacked|stacking|loaded|loading)\s+(?:\w+\s+){0,3}?(?:too|heavy"
    r"|weight|more|much|many|things|stuff|jars|something|loads)\b|leant|leaned|leaning|overload\w*"
    r"|dropped|knocked|scratch\w*|spilt|spilled|spilling|misus\w*|kicked|kicking|banged|banging"
    r"|damag\w*|broke|tamper\w*|fiddl\w*|mess(?:ed|ing)\s+(?:with|about|around)|yank\w*|slamm\w*"
    r"|sat\s+on|stood\s+on|climb\w*|walked\s+on)\b"
    # "… it's all them heavy jars you've put on them since"
    r"|\b(?:heavy|too\s+much|too\s+many)\b[^.!?]{0,30}?\byou(?:'ve|\s+have)?\s+(?:put|stacked|loaded)\b"
    # German: someone there, then a verb of handling or damage in the same clause
    r"|\b(?:jemand|einer\s+von\s+ihnen|ihre?n?\s+(?:leute|mitarbeiter\w*|kinder|patienten|kunden"
    r"|gäste|gaeste|mieter|personal|azubis?|putzfrau|reinigungskraft)|sie\s+(?:selbst|selber))\b"
    r"[^.!?]{0,50}?\b(?:draufgestellt|draufgelegt|überladen|ueberladen|überlastet|ueberlastet"
    r"|angelehnt|dagegengelehnt|dagegengestoßen|dagegengestossen|fallen\s+lassen|zerkratzt"
    r"|beschädigt|beschaedigt|kaputt\s?gemacht|verschmutzt|falsch\s+benutzt|rumgespielt"
    r"|rumgemacht|reingetreten|drübergelaufen|druebergelaufen|draufgestiegen|verrückt|verrueckt)\b"
    # "vielleicht Spritzer kommt von Ihre Patienten"
    r"|\b(?:kommt|kommen|stammt|stammen)\s+(?:\w+\s+){0,2}?von\s+ihre?[nm]?\s+(?:leute|mitarbeiter\w*"
    r"|kinder|patienten|kunden|gäste|gaeste|mietern?|personal|putzfrau|reinigungskraft)\b",
    re.IGNORECASE,
)

_STATE = (
    r"(?:there|like\s+that|damaged|broken|scratched|marked|loose|wobbly|stained|cracked|dirty"
    r"|on\s+the\s+\w+)"
)
#: The fault there before the work: "were already there before", "war sicher scho vorher so".
_THERE_BEFORE = lazyre.compile(
    r"\b(?:was|were|wasn'?t|weren'?t|'s\s+been|had\s+been|has\s+been)\s+(?:\w+\s+){0,2}?"
    + _STATE
    + r"\s+(?:\w+\s+){0,2}?(?:before|beforehand|already)\b"
    r"|\b(?:was|were|wasn'?t|weren'?t|'s\s+been|had\s+been|has\s+been)\s+(?:\w+\s+)?already\s+"
    + _STATE
    + r"\b"
    r"|\b(?:war|waren|warn|wars|war's|gewesen|gwesen|gwen)\b[^.!?]{0,40}?"
    r"\b(?:schon|scho|bereits)\s+vorher\b"
    r"|\b(?:war|waren|warn|wars|war's)\b[^.!?]{0,40}?\bvorher\s+(?:schon|scho|bereits)\b",
    re.IGNORECASE,
)

_MISUSE = (
    r"(?:over-?load\w*|misus\w*|abus\w*|lean\w*|leant|stood\s+on|sat\s+on|kick\w*|stack\w*"
    r"|put\s+(?:\w+\s+){0,3}?(?:heavy|too\s+much|too\s+many)|too\s+much\s+weight|too\s+heavy|full\s+of)"
)
_MISUSE_DE = (
    r"(?:überl\w+|ueberl\w+|überlast\w*|ueberlast\w*|drauflehn\w*|anlehn\w*|dagegenlehn\w*"
    r"|draufstell\w*|zu\s+viel\s+drauf\w*|falsch\s+benutz\w*|zu\s+viel|zu\s+schwer)"
)
#: The work failing: move, wobble, tip, bend, break, come loose …
_FAILS = (
    r"(?:mov|shift|wobbl|tip|sag|bend|bent|break|broke|crack|split|leak|loosen|collaps|giv\w*\s+way"
    r"|com\w*\s+loose|fall|fell|peel|lift|warp|wackel|wackl|bieg|brech|bricht|reiß|reiss|kipp|lös"
    r"|loes|hängt\s+durch|haengt\s+durch|geht\s+kaputt|gehen\s+kaputt|verzieh)"
)
_WHO = r"(?:they(?:'re|\s+are|\s+get)|it(?:'s|\s+is|\s+gets)|some(?:one|body)|people|folks?|you)"
#: A rule of use that puts the fault on him without a hedge, said as a general truth: "shelves
#: only move like that when they're overloaded", "if folk lean on shelves full of jars they
#: will shift", "die wackeln nur, wenn man sie überlädt" (V301 08, V302 12: read as sympathy
#: or a rebuttal, and "no blame in the whole call" — both auditors flagged the conduct). The
#: work failing and the misuse are both named: "only if you pay in full" is no such rule.
_RULE_OF_USE = lazyre.compile(
    # "they move only when …", "they only ever move when …", then who misused them how
    rf"\b(?:{_FAILS}\w*\s+(?:\w+\s+){{0,3}}?(?:only|just),?\s+(?:\w+\s+){{0,2}}?"
    rf"|(?:only|just)\s+(?:ever\s+)?{_FAILS}\w*\s+(?:\w+\s+){{0,3}}?)"
    rf"(?:when|if)\s+{_WHO}\s+(?:\w+\s+){{0,2}}?{_MISUSE}\b"
    # "if folk lean on them, they will shift"
    rf"|\bif\s+(?:folks?|people|you|some(?:one|body)|any(?:one|body)|kids|customers)\s+"
    rf"(?:\w+\s+){{0,2}}?{_MISUSE}\b[^.!?]{{0,60}}?\b(?:will|'ll|gonna|going\s+to|of\s+course"
    rf"|obviously)\s+(?:\w+\s+)?{_FAILS}"
    # "die wackeln nur, wenn man sie überlädt"
    rf"|\b{_FAILS}\w*\s+(?:\w+\s+){{0,4}}?nur,?\s+(?:\w+\s+){{0,2}}?wenn\s+"
    rf"(?:man|jemand|sie|die\s+leute)\b[^.!?]{{0,40}}?\b{_MISUSE_DE}"
    # "wenn man zu viel draufstellt, biegen die sich natürlich"
    rf"|\bwenn\s+(?:man|jemand|sie|die\s+leute|ihre\s+\w+)\b[^.!?]{{0,40}}?\b{_MISUSE_DE}"
    rf"[^.!?]{{0,30}}?\b{_FAILS}\w*[^.!?]{{0,30}}?\b(?:natürlich|natuerlich|klar|logisch)\b",
    re.IGNORECASE,
)

#: Where the invoice went is no fault of the work: "maybe someone put it in the wrong tray".
_PAPERWORK = lazyre.compile(
    r"\b(?:invoice|bill|post|mail|e-?mail|letter|spam|inbox|tray|rechnung|brief|postfach|ablage"
    r"|posteingang|eingang)\b",
    re.IGNORECASE,
)


def guessed_fault(text: str) -> str | None:
    """The sentence of `text` that guesses the fault is the customer's own, or None."""
    for sentence in sentences(text):
        if _PAPERWORK.search(sentence):
            continue
        if _RULE_OF_USE.search(sentence):
            return sentence.strip()
        if not _HEDGE.search(sentence):
            continue
        if _THEIR_DOING.search(sentence) or _THERE_BEFORE.search(sentence):
            return sentence.strip()
    return None


#: Sorry for the slip the caller says was his, "apparently": "Es tut mir leid, dass Sie die
#: Rechnung offenbar übersehen haben." (V307 probe 5: sympathy 1.00, 100 gold; its auditor: "a
#: veiled reproach … it should cost no_accusation, at least as a note"), "I'm sorry you
#: obviously forgot about it". The dig is the word that makes the slip a finding: "Sorry you
#: forgot about it, these things happen" stays sympathy.
_SORRY_YOU_SLIPPED = lazyre.compile(
    r"\b(?:leid|sorry|entschuldig\w*)\b[^.?!]{0,20}?\b(?:dass\s+|that\s+)?(?:sie|du|you)\b"
    r"[^.?!]{0,40}?\b(?:offenbar|anscheinend|offensichtlich|apparently|obviously|clearly"
    r"|seem(?:s|ed)?\s+to\s+have)\b[^.?!]{0,30}?\b(?:übersehen|uebersehen|vergessen|verschlampt"
    r"|verbummelt|verlegt|ignoriert|overlooked|forgot|forgotten|missed|ignored)\b",
    re.IGNORECASE,
)


def sorry_for_his_slip(text: str) -> str | None:
    """The words of `text` that are sorry he "apparently" overlooked it, or None: a veiled
    reproach, half the no-accusation check (`scoring.opening`) as a guessed fault is."""
    found = _SORRY_YOU_SLIPPED.search(text)
    return found.group(0) if found else None
