"""A reduction taken back: "Actually, sorry, no, I have to take that back, I can't do the
discount", "Just to be clear: no discount, the full £2,400", "Den Nachlass kann ich Ihnen
doch nicht geben". The recogniser reads the reduction's word as an offer of one (twenty-third
audit: "no discount, the full £2,400" was a compromise 0.83 and the customer thanked the
learner for it); the call takes the offer off the table (`simulation.call`) and the line
offers no compromise (`context.apply_context`)."""

from __future__ import annotations

import re

from .. import lazyre

_REDUCTION = {
    "en": r"(?:discount|reduction|rebate|(?:money|percent|per\s*cent|%)\s+off"
    r"|knock\w*\s+\w+\s+off)",
    "de": r"(?:rabatt|nachlass|abzug|skonto|preisnachlass|ermäßigung|prozente)",
}
_TAKEN_BACK = {
    "en": lazyre.compile(
        rf"\b(?:no|without\s+(?:a|the|any)|not\s+(?:a|the|any)|can'?t\s+do\s+(?:a|the|any)"
        rf"|cannot\s+do\s+(?:a|the|any)|won'?t\s+be\s+(?:a|any)|there'?s\s+no)\s+{_REDUCTION['en']}",
        re.IGNORECASE,
    ),
    "de": lazyre.compile(
        rf"\b(?:kein(?:en|e)?|ohne)\s+(?:\w+\s+)?{_REDUCTION['de']}"
        rf"|{_REDUCTION['de']}\w*\s+(?:kann|darf|geht)\s+(?:ich\s+)?(?:\w+\s+){{0,3}}(?:doch\s+)?nicht",
        re.IGNORECASE,
    ),
}


#: "I have to take that back", "das nehme ich zurück": a retraction, where the line names
#: the reduction too (alone it may take back a rude word).
_RETRACT = {
    "en": lazyre.compile(r"\b(?:take|taking|took)\s+(?:that|it|this)\s+back\b", re.IGNORECASE),
    "de": lazyre.compile(r"\bnehme?\s+(?:ich\s+)?(?:das|den|ihn|es)\s+(?:\w+\s+)?zurück", re.I),
}


def takes_back_reduction(text: str, language: str) -> bool:
    """Whether the line takes back (or rules out) a reduction of the sum."""
    lang = language if language in _TAKEN_BACK else "en"
    if _TAKEN_BACK[lang].search(text):
        return True
    return bool(_RETRACT[lang].search(text)) and bool(
        re.search(_REDUCTION[lang], text, re.IGNORECASE)
    )


#: A thought broken off and dropped: "I could come back and – actually, sorry, no, never
#: mind." (V264 12: a compromise 0.92, credited as one in handle_objection), "Wir könnten
#: Ihnen – ach nee, vergessen Sie's." Only at the end of a clause ("never mind the invoice
#: number, when can you pay?" drops nothing).
_DROPPED = {
    "en": lazyre.compile(
        r"(?:^|[-–—,.;:!?…]|\s)\s*(?:(?:oh|ah|um+|erm?|well|actually|sorry|no|nah|wait)\b[,.]?\s+){0,4}"
        r"(?:never\s*mind|scratch\s+that|strike\s+that|forget\s+(?:that|it|i\s+said\s+(?:that|anything)"
        r"|what\s+i\s+(?:just\s+)?said))\b(?:\s+(?:sorry|then))?\s*(?=[.!,;:–—-]|$)",
        re.IGNORECASE,
    ),
    "de": lazyre.compile(
        r"(?:^|[-–—,.;:!?…]|\s)\s*(?:(?:ach|äh+m?|oh|also|nein|nee|ne|moment|sorry|quatsch)\b[,.]?\s+){0,4}"
        r"(?:vergessen\s+sie(?:\s+das|\s+es|'s)|vergiss(?:\s+das|\s+es|'?s)|streichen\s+sie\s+das"
        # ("doch nicht" only after "nein"/"nee": "Das geht doch nicht." drops nothing)
        r"|kommando\s+zurück|(?:nein|nee)[,.]?\s+doch\s+nicht)\b(?:\s+(?:wieder|bitte))?"
        r"\s*(?=[.!,;:–—-]|$)",
        re.IGNORECASE,
    ),
}


def dropped_thought_end(text: str, language: str) -> int | None:
    """Where the line goes on after a thought the speaker broke off and dropped ("I could
    come back and – actually, sorry, no, never mind. What I can do is …"), or None. What
    came before it was not offered: the offers in it are not the line's."""
    pattern = _DROPPED.get(language, _DROPPED["en"])
    last = None
    for m in pattern.finditer(text):
        if m.start() > 0 and text[: m.start()].strip(" -–—,.;:"):
            last = m.end()
    return last
