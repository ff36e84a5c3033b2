"""Who is calling: the name a learner gives as their own, and the customer's use of it.

A learner may practise under their own name, not the scenario's caller ("My name is Josh,
calling on behalf of Carter Web Studio"). The scorer credits that name for `identify`
(scoring.opening), and the customer addresses the caller by it: a line the trainer wrote
with the scenario's caller in it ("Thanks, Ben.", "bis bald, Frau Vogt!") names the learner
instead, or nobody where the form cannot be known (a title needs the learner's own: "Frau
Schneider"; a bare "Schneider" leaves the customer's "Frau Vogt" unsaid). One finder for both,
so the debrief and the customer agree on who called.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from .. import lazyre

#: Legal forms and fillers in company names that nobody says on the phone.
COMPANY_NOISE = frozenset(
    {"gmbh", "mbh", "ag", "kg", "ohg", "ug", "gbr", "ek", "e", "k", "co"}
    | {"ltd", "llc", "inc", "plc", "lp", "und", "and", "the"}
)
_TITLES = r"frau|herr|mr|mrs|ms|miss|mx"
_WORD = r"[A-ZÄÖÜ][\w'-]+"


def norm_words(text: str) -> list[str]:
    """Lower-case word tokens with umlauts spelled out, so Müller matches Mueller."""
    text = text.casefold()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", text)


def same_word(expected: str, said: str) -> bool:
    """One word of a name: exact, a typo away, or a spoken short form (Elektro)."""
    if expected == said:
        return True
    if len(said) >= 4 and expected.startswith(said):
        return True
    return len(expected) >= 4 and len(said) >= 4 and fuzz.ratio(expected, said) >= 85


def company_words(company: str) -> list[str]:
    """The words of a company name that people say ("Walsh Plumbing & Heating Ltd")."""
    return [w for w in norm_words(company) if w not in COMPANY_NOISE]


#: Words that introduce one's own name ("mein Name ist …", "hier ist …", "this is …"),
#: perhaps with a title, and a surname after the first name ("this is Olivia Grant").
_INTRO = lazyre.compile(
    # (in dialect too: "do isch die Sabine Raich vom Malerbetrieb Krause", V155 03: "Die Firma
    # genannt, aber nicht Ihren eigenen Namen")
    # ("… hier ist Buchhaltung von Kfz-Meisterbetrieb Yilmaz, ich heiße Olga Schäfer.": V311
    # 08, "Ihr Name (Deniz Yilmaz) fehlt")
    r"\b(?i:mein\s+name\s+ist|ich\s+bin|ich\s+hei(?:ß|ss)e|(?:hier|hia)\s+(?:ist|isch|is|spricht)|(?:do|da)\s+isch|do\s+is"
    # ("Howdy, Ms Moore. Name's Earl Tucker, I'm helpin' my daughter with the books …": V314
    # 10, "said only once money had come up")
    r"|my\s+name\s+is|(?:the\s+)?(?i:name)['’]s|this\s+is"
    # a second language's "here is", as "hier ist", "aqui é": "Hello Mrs Price, here is Joana
    # Ferreira from Carter Web Studio." (V297 12: "Gave the company but not your own name")
    r"|here\s+is|here['’]s"
    # ("i'm" needs its apostrophe: the German "im" is a preposition — "… sollte seine Post
    # schon im Blick haben" gave the caller the name "Blick", V131 02)
    rf"|it'?s|it\s+is|i['’]m|i\s+am)\s+(?:(?i:der|die)\s+)?(?:(?P<title>(?i:{_TITLES}))\.?\s+)?"
    rf"(?P<key>{_WORD})(?:\s+(?P<more>{_WORD}))?",
)
#: "Sandra Weber hier", "Kevin speaking": a name said before the words that present it.
_NAME_FIRST = lazyre.compile(
    rf"\b(?:(?P<title>(?i:{_TITLES}))\.?\s+)?(?:(?P<before>{_WORD})\s+)??(?P<key>{_WORD})\s+"
    r"(?i:hier\b|here\b|speaking\b|am\s+apparat\b)",
)
#: "Hi Dave, Sam from Walsh Plumbing here", "Grüß Gott, Huber von der Firma Lechner": a
#: name presented by its company. Only at the start of the line or of a clause (after a
#: comma or a greeting), because German capitalises every noun ("die Rechnung von Walsh").
_NAME_FROM = lazyre.compile(
    r"(?:^|[,.!?;:–—-]\s*|\b(?i:hi|hey|hallo|hello|morning|moin|servus|gr[uü](?:ß|ss)\s+gott"
    r"|guten\s+(?:tag|morgen|abend))\s+)"
    # ("Grüß Gott Herr Schulte, hier Sabine Huber von Hoffmann IT-Training": V225 01, "Ihr Name
    # fehlt" — "hier" without its "ist")
    r"(?:(?i:hier|hia)\s+)?"
    rf"(?:(?P<title>(?i:{_TITLES}))\.?\s+)?(?P<key>{_WORD})(?:\s+(?P<more>{_WORD}))?\s+"
    r"(?i:from|von|vom|bei)\b",
)
#: ... or a first name and surname presented by the role there: "Morning Dave, Darlene
#: Briggs, office manager at Walsh Plumbing & Heating." (V310 10: "your name (Fiona Walsh)
#: is missing").
_NAME_ROLE = lazyre.compile(
    # (the role in lower-case words: "G'day Dave, Fiona Walsh here from …" is a greeting and
    # his name, then hers)
    r"(?:^|[,.!?;:–—-]\s*)(?P<key>" + _WORD + r")\s+(?P<more>" + _WORD + r")\s*,\s*"
    r"(?:[a-zäöüß][\w-]*\s+){1,3}?(?:at|from|von|vom|bei)\b",
)
#: The same typed in lower case, where only the firm after it makes the word a name: "hallo,
#: hier ist jonas vom grafikbüro vogt" (V165 02: "Ihr Name fehlt"). Lower-casing every word
#: of `_INTRO` would find names in "it's me again" and "this is about …".
_SAYS_WHO = (
    r"(?:mein\s+name\s+ist|(?:hier|hia)\s+(?:ist|isch|is|spricht)|my\s+name\s+is|this\s+is"
    r"|here\s+is|here'?s|it'?s|it\s+is)"
)
_INTRO_LOWER = lazyre.compile(
    rf"\b{_SAYS_WHO}\s+(?:(?:der|die)\s+)?(?:(?P<title>{_TITLES})\.?\s+)?"
    # ("hi claire, this is jenna calling from shah print studio": V310 08)
    r"(?P<key>[a-zäöüß][\w'-]+)(?:\s+(?P<more>[a-zäöüß][\w'-]+))??\s+"
    r"(?:(?:calling|ringing|phoning)\s+)?(?:from|von|vom|bei)\b",
    re.IGNORECASE,
)
#: ... and with a comma before the role or the firm, at the start of the line: "hallo, hier ist
#: tim, ich mach grad aushilfsweise die buchhaltung bei vogt grafikdesign", "hiya dave, it's
#: ciaran, the apprentice at walsh plumbing & heating" (V323 04 and 10: "your name is
#: missing"; with "Tim" it passed).
_INTRO_LOWER_COMMA = lazyre.compile(
    rf"^[^.?!]{{0,30}}?\b{_SAYS_WHO}\s+"
    r"(?P<key>[a-zäöüß][\w'-]+),\s+[^.?!]{0,70}?\b(?:from|at|with|von|vom|bei)\b",
    re.IGNORECASE,
)
#: Lower-case words such a frame puts before a firm that are no name ("it's me from Walsh's",
#: "this is just a call from …").
_NOT_A_NAME_LOWER = frozenset(
    norm_words(
        "me mir mich us uns just only nur still noch auch also back again wieder now jetzt "
        "gerade heute today calling ringing phoning writing a an the ein eine einer one "
        "someone somebody jemand anyone nobody niemand everyone it es this that das dies "
        "sorry so very really nice schoen gut good great "
        # (the comma form: "it's fine, we at the office …")
        "fine ok okay alright right true late early done paid open overdue ready sorted gone "
        "all alles nichts nix klar schlimm egal wichtig dringend offen bezahlt erledigt"
    )
)
#: Capitalised words after such an opening that are no name ("Hier ist Freitag", "It's Monday").
_NOT_A_NAME = frozenset(
    norm_words(
        "montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday "
        "thursday friday saturday sunday januar februar maerz april mai juni juli august "
        "september oktober november dezember january february march june july october "
        "december i ich wir we die der das the a an about wegen hi hey hallo hello morning "
        "moin servus greetings gruesse gruss guten tag morgen abend good afternoon evening "
        "calling anruf ihre ihr your our unsere rechnung invoice ja yes"
    )
)
#: Capitalised words that present a department or a trade, not a person ("Buchhaltung hier",
#: "hier ist die Werkstatt Yilmaz" names the firm, not the caller).
_NOT_A_PERSON = frozenset(
    norm_words(
        "buchhaltung firma buero team accounts office abteilung kundenservice service "
        "werkstatt betrieb praxis kanzlei agentur workshop garage autohaus malerei "
        "schreinerei tischlerei elektro plumbing joinery"
    )
)


@dataclass(frozen=True)
class CallerName:
    """A name as the learner said it: the words ("Olivia", "Grant") and a title if one was
    said ("Frau")."""

    words: tuple[str, ...]
    title: str | None = None

    def matches(self, name: str) -> bool:
        """Whether it is (part of) `name`: the learner plays the scenario's caller."""
        theirs = norm_words(name)
        return any(same_word(t, w) for w in norm_words(" ".join(self.words)) for t in theirs)


def _a_name(word: str | None, company: list[str]) -> bool:
    said = norm_words(word or "")
    return (
        bool(said)
        and not any(ch.isdigit() for ch in word or "")  # "It's GEC-5521" names an invoice
        and said[0] not in _NOT_A_NAME | _NOT_A_PERSON
        and not any(same_word(c, said[0]) for c in company)
    )


def presented_by_firm(text: str) -> list[str]:
    """Words said as a name right before one's firm or "hier", whether or not the firm bears it:
    "Grüß Gott Herr Becker, Yilmaz von der Kfz-Werkstatt" (`own_name` leaves out a word of
    the company's name; the opening check asks whether it is the caller's surname)."""
    return [m.group("key") for m in _NAME_FROM.finditer(text)] + [
        # ... and right before "hier"/"here": "Becker? Yilmaz hier, Kfz-Meisterbetrieb." (V218
        # 05: "Die Firma genannt, aber nicht Ihren eigenen Namen" — a surname alone is a name)
        m.group("key")
        for m in _NAME_FIRST.finditer(text)
        if not _after_a_trade(text[: m.start("key")])  # "Werkstatt Yilmaz hier": the firm
    ]


def _after_a_trade(before: str) -> bool:
    """Whether the word before ends in a trade ("Werkstatt", "Kfz-Meisterbetrieb"): what
    follows is the firm's name, not the caller's."""
    words = norm_words(before)
    return bool(words) and any(words[-1].endswith(t) for t in _NOT_A_PERSON)


def own_name(text: str, company: list[str]) -> CallerName | None:
    """The name the learner gives as their own in `text` ("mein Name ist Kevin Schäfer",
    "this is Kevin", "Weber hier", "Sam from Walsh Plumbing"), or None; `company` (see
    `company_words`) keeps a surname inside the company's name ("it's Berger Elektro") from
    counting as a name."""
    found = [
        *_INTRO.finditer(text),
        *_NAME_FIRST.finditer(text),
        *_NAME_FROM.finditer(text),
        *_NAME_ROLE.finditer(text),
    ]
    # The first name said counts: "Tom from Northside Collections here" is Tom, not the
    # company before "here".
    for m in sorted(found, key=lambda m: m.start("key")):
        key = m.group("key")
        if not _a_name(key, company):
            continue
        extra = m.groupdict()
        before = extra.get("before")
        more = extra.get("more")
        words = [w for w in (before,) if w and _a_name(w, company)]
        words.append(key)
        words += [w for w in (more,) if w and _a_name(w, company)]
        title = extra.get("title")  # (`_NAME_ROLE` has none)
        return CallerName(tuple(words), title.capitalize() if title else None)
    for m in _INTRO_LOWER.finditer(text):
        words = [w for w in (m.group("key"), m.group("more")) if w]
        if all(_a_name(w, company) and w.casefold() not in _NOT_A_NAME_LOWER for w in words):
            title = m.group("title")
            return CallerName(
                tuple(w.capitalize() for w in words), title.capitalize() if title else None
            )
    comma = _INTRO_LOWER_COMMA.search(text)
    if comma is not None:
        key = comma.group("key")
        if _a_name(key, company) and key.casefold() not in _NOT_A_NAME_LOWER:
            return CallerName((key.capitalize(),), None)
    return None


#: Where a name is left out of a customer line (see `address`).
_GONE = "\x00"


def address(text: str, caller: str, said: CallerName | None) -> str:
    """A customer line written with the scenario's caller (`caller`, "Ben Carter") in it, said
    to the learner who gave `said` as their name: "Thanks, Ben." → "Thanks, Josh."; "bis
    bald, Frau Vogt!" → "bis bald!" when the learner gave no title ("hier ist Schneider").
    Unchanged when the learner gave no name or the caller's own."""
    parts = caller.split()
    if said is None or not parts or said.matches(caller):
        return text
    first, last = re.escape(parts[0]), re.escape(parts[-1])
    formal = f"{said.title} {said.words[-1]}" if said.title else _GONE
    familiar = formal if said.title else said.words[0]
    full = " ".join([*([said.title] if said.title else []), *said.words])
    text = re.sub(rf"\b(?i:{_TITLES})\.?\s+{last}\b", formal, text)
    text = re.sub(rf"\b{first}\s+{last}\b", full, text)
    text = re.sub(rf"\b{first}\b", familiar, text)
    return _leave_out(text)


def _leave_out(text: str) -> str:
    """The line without the names marked `_GONE`, and without the comma that set them off."""
    if _GONE not in text:
        return text
    text = re.sub(rf",\s*{_GONE}", "", text)  # "Thanks, Ms Grant." → "Thanks."
    text = re.sub(  # "Frau Vogt, wir bezahlen …" → "Wir bezahlen …"
        rf"(^|[.!?…]\s+){_GONE}\s*[,.!?]?\s*(\w?)",
        lambda m: m.group(1) + m.group(2).upper(),
        text,
    )
    return re.sub(rf"\s*{_GONE}", "", text)  # "Hello Ms Grant." → "Hello."


_ADDRESSED = lazyre.compile(rf"\b(?i:herrn|{_TITLES})\.?\s+({_WORD})(?:\s+({_WORD}))?")
#: Someone else named, not him: "grüßen Sie mir bitte Ihre werte Frau Gemahlin" got "Becker
#: übrigens, nicht Gemahlin." (V261 probe 1) — a title after a possessive or a greeting to
#: pass on, or before a word for a relative.
_SOMEONE_ELSE = lazyre.compile(
    r"\b(?:(?:ihre[rmns]?|deine[rmns]?|meine[rmns]?|unsere[rmns]?|your|his|her|my|our)\s+"
    r"(?:(?:werte[rnm]?|liebe[rnm]?|verehrte[rnm]?|dear|lovely|good)\s+)?"
    r"|(?:say\s+hi|regards|love|greetings)\s+to\s+)$",
    re.IGNORECASE,
)
_RELATIVES = frozenset(
    {"gemahlin", "gemahl", "mama", "mutter", "papa", "vater", "tochter", "sohn", "schwester",
     "bruder", "gattin", "gatte", "schwiegermutter", "schwiegervater"}
)  # fmt: skip


def wrong_surname(text: str, customer: str, caller: str, said: CallerName | None) -> str | None:
    """The surname the learner called the customer by, when it is not his ("Guten Tag, Herr
    Schulze" to Bernd Schulte), else None. A title before the caller's own name ("hier ist
    Frau Berger") is the learner's introduction, not an address."""
    surname = norm_words(customer)[-1:] or [""]
    first = norm_words(customer)[:1]
    own = {*norm_words(caller), *norm_words(" ".join(said.words) if said else "")}
    for m in _ADDRESSED.finditer(text):
        word = norm_words(m.group(1))
        after = norm_words(m.group(2) or "")
        if (word and word[0] in _RELATIVES) or _SOMEONE_ELSE.search(
            text[max(0, m.start() - 40) : m.start()]
        ):
            continue
        if word and word[0] in _NOT_A_NAME:
            # A day or a month is no name: Swabian "sagen mr Montag" ("let's say Monday", the
            # "mr" a title to the eye) got "Becker übrigens, nicht Montag." (V326 05, p2, p6).
            continue
        if word and first and word[0] == first[0] and after and after[0] == surname[0]:
            # "May I speak with Mr. Tom Hughes?": his full name after the title (forty-third
            # audit: "It's Hughes, by the way, not Tom.")
            continue
        # Stricter than `same_word`: "Schulze" for Schulte is another man's name, not a typo
        # ("Muller" for Müller still passes).
        if not word or word[0] in own or fuzz.ratio(surname[0], word[0]) >= 90:
            continue
        return m.group(1)
    return None


# --- the caller identified: name and company in one line (the opening check `identify`, and
# the customer who hears a bare introduction as one) -------------------------------------------
def _company_span(words: list[str], company: list[str]) -> set[int] | None:
    """Positions of the company's words, said close together. More than half of its words
    suffice, because people shorten their company name ("Kfz-Werkstatt Yilmaz" for
    "Kfz-Meisterbetrieb Yilmaz"); a lone surname is not a two-word company. The last mention
    wins, because people say their name first ("Anna Berger von Berger Elektrotechnik")."""
    n = len(company)
    if not n:
        return None
    width = n + 1
    best: set[int] | None = None
    for start in range(max(len(words) - width, 0), -1, -1):
        used: set[int] = set()
        for c in company:
            pos = next(
                (i for i in range(start, min(start + width, len(words)))
                 if i not in used and words[i] not in COMPANY_NOISE
                 and (same_word(c, words[i]) or _compound_of(c, words[i]))),
                None,
            )  # fmt: skip
            if pos is not None:
                used.add(pos)
        # The fullest mention wins (a window that catches only "Print Studio" must not
        # leave "Shah" to count as the caller's own name); among equals, the last one.
        if 2 * len(used) > n and (best is None or len(used) > len(best)):
            best = used
    return best


def _compound_of(expected: str, said: str) -> bool:
    """A company word said as the start of a compound: "Gartenbau Brandt" for "Brandt Garten-
    und Landschaftsbau" (forty-sixth audit: "Ihren Namen genannt, aber nicht Ihre Firma")."""
    return len(expected) >= 5 and said.startswith(expected)


def identified(text: str, name: str, company: str) -> tuple[bool, bool]:
    """(own name said, company said) in one line. A surname inside the company's name
    ("Berger Elektro") does not count as the own name; a name introduced as one's own
    ("mein Name ist …") counts, whoever the scenario says is calling."""
    words = norm_words(text)
    said_company = company_words(company)
    name_words = norm_words(name)
    span = _company_span(words, said_company) or _family_firm(words, said_company, name_words)
    rest = [w for i, w in enumerate(words) if i not in span]
    has_name = any(same_word(n, w) for n in name_words for w in rest)
    # "Brandt, Garten- und Landschaftsbau": the surname first and a comma is how Germans
    # answer and announce themselves on the phone, even where the company bears the name
    # (fifth outside audit: "Ihr Name fehlt").
    first = _SURNAME_FIRST.match(text)
    if first and any(same_word(n, w) for n in name_words for w in norm_words(first.group(1))):
        has_name = True
    # The same after a greeting, before "von/from" and the firm: "Grüß Gott Herr Becker,
    # Yilmaz von der Kfz-Werkstatt" for "Kfz-Meisterbetrieb Yilmaz" (twenty-second audit:
    # "Ihr Name fehlt").
    said = [w for key in presented_by_firm(text) for w in norm_words(key)]
    if any(same_word(n, w) for n in name_words for w in said):
        has_name = True
    # A name given as one's own ("mein Name ist Kevin Schäfer", "this is Kevin"): the
    # learner may practise under their own name (outside trainer's audit: "Ihr Name (Lena
    # Vogt) fehlt" to a learner who had said his); the customer uses the same finder.
    return has_name or own_name(text, said_company) is not None, bool(span)


#: Words that present one's firm: "von der Werkstatt Yilmaz", "from Walsh's".
_FROM = frozenset({"von", "vom", "bei", "beim", "from", "at", "with"})
#: What a small firm is called by its family name without "von": "Deniz hier, Werkstatt
#: Yilmaz" (eleventh audit), "Sam, Walsh Plumbing".
_TRADE = frozenset(
    {"werkstatt", "firma", "betrieb", "garage", "autohaus", "malerei", "schreinerei",
     "tischlerei", "elektro", "praxis", "büro", "workshop", "plumbing", "joinery"}
)  # fmt: skip


#: Endings of a company word that names a trade, not the firm ("Kaffeerösterei", "Malerbetrieb").
_GENERIC = (
    "betrieb", "werkstatt", "rösterei", "roesterei", "bau", "technik", "service", "services",
    "design", "handel", "haus", "studio", "praxis", "verwaltung", "druck", "elektro", "logistik",
    "beratung", "training", "reinigung", "bäckerei", "baeckerei", "malerei", "tischlerei",
    "schreinerei", "catering", "plumbing", "heating", "joinery", "handyman", "print",
)  # fmt: skip


def _family_firm(words: list[str], company: list[str], name: list[str]) -> set[int]:
    """A family firm said by its family name after "von/from" ("Deniz hier von der
    Werkstatt Yilmaz" for "Kfz-Meisterbetrieb Yilmaz": people call their own firm what it
    is, not what the sign says — seventh outside audit). The caller's name inside the
    company's name, at most four words after the preposition, is the company said."""
    family = [c for c in company if any(same_word(c, n) for n in name)]
    if len(company) >= 2 and not company[0].endswith(_GENERIC) and company[0] not in _TRADE:
        # The firm's own name before its trade, said alone: "Jana Petersen von Elbröster" for
        # "Elbröster Kaffeerösterei GmbH" (an authoring audit: "aber nicht Ihre Firma").
        family.append(company[0])
    for i, w in enumerate(words):
        if w in _TRADE and i + 1 < len(words) and any(same_word(c, words[i + 1]) for c in family):
            return {i + 1}
        if w not in _FROM:
            continue
        for j in range(i + 1, min(i + 5, len(words))):
            if any(same_word(c, words[j]) for c in family):
                return {j}
    return set()


#: A line that opens with one word and a comma ("Brandt, …", "Vogt, Vogt Grafikdesign").
_SURNAME_FIRST = lazyre.compile(
    # ... after a greeting too: "Moin. Brandt, Garten- und Landschaftsbau." (V113 03: "Name
    # und Firma kamen erst nach dem Geld", with a line about the drain as evidence)
    r"\s*(?:(?:moin(?:\s+moin)?|hallo|servus|grüß\s+gott|grüezi|(?:guten\s+)?(?:tag|morgen|abend)"
    r"|hi|hiya|hello|morning|good\s+(?:morning|afternoon|evening))[\s,.!]+)?"
    # (or a full stop: "Brandt. Garten- und Landschaftsbau." — V313 06, "Ihr Name fehlt"; only
    # the caller's own surname counts, so "Danke. …" names nobody)
    r"([^\W\d_][\w'-]*)\s*[,.]",
    re.IGNORECASE,
)
