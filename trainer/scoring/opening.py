"""The opening (GUIDE §2): `identify`, `no_accusation` and the `strategy` used.

The opening is the learner's lines until the customer has reacted to the purpose of the
call. The purpose is stated by the first line that is about the money (any intent but a
greeting, empathy or goodbye). After a strategy-1 opener the customer has not reacted yet
– he is waiting to see whether the caller says more – so the learner's next move (the
silence, or what filled it) still belongs to the opening.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lazyre
from ..simulation.names import (
    COMPANY_NOISE,
    company_words,
    norm_words,
    own_name,
    presented_by_firm,
    same_word,
)
from ..understanding.context import demands_without_day, names_own_need
from ..understanding.sentences import sentences
from .outcome import thanks_for_the_yes
from .verdict import Verdict
from .view import CallView, Line

#: Intents that are not yet about the invoice.
SOCIAL = frozenset({"greeting_identify", "empathise", "close_politely"})
#: What breaks strategy 1 when said with, or right after, the neutral opener.
#: Moves that ask the customer to pay.
DEMANDS = frozenset({"fix_payment_date", "request_down_payment", "propose_instalments"})
#: An opener read this surely is the line's move; a filler beside it below FAINT_SIDE is a
#: side reading (`_strategy`).
SURE_OPENER = 0.9
FAINT_SIDE = 0.5
FILLERS = frozenset(
    {
        "accusatory_opener",
        "ask_reason",
        "clarify_objection",
        "fix_payment_date",
        "request_down_payment",
        "propose_instalments",
        "threaten_legal",
        "announce_legal_route",
    }
)
BLAME = frozenset({"accusatory_opener"})


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
    r"([^\W\d_][\w'-]*)\s*,",
    re.IGNORECASE,
)


@dataclass
class Opening:
    lines: list[Line]
    purpose: Line | None  # the first line about the invoice
    follow: Line | None  # the move after a strategy-1 opener, if it belongs to the opening
    strategy: str | None
    reason: str
    decided_by: list[Line]


def _expects_silence(view: CallView, state: str) -> bool:
    """Whether the customer, in this state, is still waiting (the scenario reacts to a pause)."""
    st = view.scenario.states.get(state)
    if st is None or st.end:
        return False
    return "pause" in view.scenario.transitions_in(state)


#: A question after the opener about the payment or its reason ("Why it is not paid until
#: now, please?", "Ist die überhaupt angekommen?"), not a tag ("…, okay?").
_ASKS_ABOUT_IT = lazyre.compile(
    r"\b(?:why|how\s+come|what\s+happened|problem|paid|pay|arrived?|received?|reach(?:ed)?"
    r"|warum|wieso|weshalb|problem\w*|bezahlt|zahlen|überwiesen|ueberwiesen|angekommen"
    r"|erhalten|gekommen)\b",
    re.IGNORECASE,
)


#: When he will pay, asked in the opener's own line.
_WHEN_PAYING = lazyre.compile(
    r"\bwhen\s+(?:are|will|do|can|could|would)\s+(?:you|u|ya|ye)\s+(?:be\s+)?(?:going\s+to\s+)?"
    r"(?:pay|paying|settl\w*|sort\w*|transfer\w*)\b"
    r"|\bwann\s+(?:zahlen|überweisen|ueberweisen|begleichen|zahlst|überweist)\s+(?:sie|du)\b"
    r"|\bwann\s+(?:kommt|kriege|krieg|bekomme|seh)\s+(?:ich\s+)?(?:denn\s+)?(?:das|mein|unser)\s+geld\b",
    re.IGNORECASE,
)


def _glued_question(text: str) -> bool:
    """A sentence of its own after the opener that asks about the payment or its reason."""
    said = sentences(text)
    return any(
        s.rstrip().endswith("?") and len(s.split()) >= 3 and _ASKS_ABOUT_IT.search(s)
        for s in said[1:]
    )


#: Why he owes it, said after the opener: the work that went in ("Da steckte ja viel Arbeit
#: drin, das wissen Sie ja."); the firm's own bills are `context.names_own_need`.
_WORK_WENT_IN = lazyre.compile(
    r"\b(?:viel|harte?|ordentliche?|gute)\s+arbeit\b|\barbeit\s+(?:\w+\s+)?(?:drin|dran|reingesteckt"
    r"|investiert)\b"
    r"|\b(?:a\s+lot\s+of|lots\s+of|loads\s+of|hard|good)\s+work\b|\bwork\s+(?:went|we\s+put)\s+into\b",
    re.IGNORECASE,
)


def _glued_justification(text: str) -> bool:
    """A sentence of its own after the opener that says why he owes it."""
    return any(
        not s.rstrip().endswith("?") and (_WORK_WENT_IN.search(s) or names_own_need(s))
        for s in sentences(text)[1:]
    )


#: What makes a line a question without a question mark: a question word, or a verb first.
_QUESTION_WORD = lazyre.compile(
    r"\b(?:warum|wieso|weshalb|was|wie|wann|woran|ob|why|how|what|when|whether)\b"
    r"|(?:^|[.!,;:–-]\s*)(?:haben|hat|hast|ist|sind|gibt|können|koennen|könnten|koennten|kannst|wäre"
    r"|waere|würden|wuerden|did|do|does|is|are|have|has|can|could|would|will|was|were)\b",
    re.IGNORECASE,
)


#: A second clause after the first: a comma, a dash, a semicolon or a colon.
_CLAUSE_BREAK = lazyre.compile(r"[,;:–—]|\s-\s")


def _asks_nothing(text: str) -> bool:
    """One clause with no question mark, no question word and no verb first: the line asks
    nothing. (A clause after the opener keeps its reading: ", die Mahnung haben Sie ja
    bekommen", "– die liegt bei Ihnen ja länger vor Anker als so mancher Frachter" filled
    the silence — V193 03, V214 02.)"""
    return (
        "?" not in text
        and _QUESTION_WORD.search(text) is None
        and _CLAUSE_BREAK.search(text.rstrip(" .…!")) is None
    )


def find_opening(view: CallView) -> Opening:
    lines = view.lines
    purpose_at = next(
        (i for i, ln in enumerate(lines) if not ln.pause and (ln.intents - SOCIAL or ln.demand)),
        None,
    )
    raised = view.objections[0][0] if view.objections else None
    if raised is not None and (purpose_at is None or lines[purpose_at].index > raised):
        # The customer brought up the invoice himself (an objection) before the learner
        # stated the purpose: there was no opening strategy to choose.
        early = [ln for ln in lines if ln.index < raised]
        return Opening(early, None, None, None, "not_applicable", [])
    if purpose_at is None:
        return Opening(lines, None, None, None, "no_purpose", [])
    purpose = lines[purpose_at]
    before = lines[:purpose_at]
    opening = lines[: purpose_at + 1]
    # A demand that names no day is a demand here, as the customer heard it — also beside a
    # sure opener in the same line: "just ringing about the open invoice, could you sort it
    # asap?" (V160 08 and p1: strategy 1 passed, the demand cost nothing).
    # ... and so does the question when he will pay, glued on with a comma: "just phoning
    # about the invoice, when are you paying it" (V181 11 and p2: strategy 1, 100 gold).
    bolted = "neutral_opener_open_invoice" in purpose.intents and (
        demands_without_day(purpose.text, (str(f.get("kind")) for f in purpose.facts))
        or _WHEN_PAYING.search(purpose.text) is not None
    )
    said = purpose.intents | ({"fix_payment_date"} if purpose.demand or bolted else set())
    conf = dict(purpose.confidence)
    if conf.get("neutral_opener_open_invoice", 0.0) >= SURE_OPENER:
        # A faint side reading beside a sure opener fills no silence: "I'm calling about
        # invoice GEC-5521 – we sent a reminder a couple of weeks back and I just wanted to
        # follow up on it." (the opener 1.00, the reason question 0.46 once set 53 was
        # learned) failed strategy 1, followed by silence (ninety-second audit, replayed).
        said = frozenset(i for i in said if i not in FILLERS or conf.get(i, 1.0) >= FAINT_SIDE)
        if _asks_nothing(purpose.text):
            # ... nor a reason question read into a line that asks nothing: "Ich wollte mich
            # eventuell nur ganz kurz wegen der vielleicht noch offenen Rechnung … melden …"
            # (the reason question 0.83 for its hedges; without "eventuell"/"vielleicht"
            # strategy 1 passed — V230 05 and p4)
            said = frozenset(i for i in said if i not in ("ask_reason", "clarify_objection"))
    if conf.get("offer_solution", 0.0) >= SURE_OPENER and "?" not in purpose.text:
        # The same beside a sure offer, where the line asks nothing: "Ich möchte mit Ihnen
        # klären, wie wir die offene Rechnung … durchbekommen. Ich habe einen Vorschlag."
        # (the offer 1.00, the reason question 0.57 for its "wie") failed strategy 2 as
        # "Nach dem Grund gefragt", the English twin passed (V173 03 and p6).
        said = frozenset(
            i
            for i in said
            if i not in ("ask_reason", "clarify_objection") or conf.get(i, 1.0) >= SURE_OPENER
        )
    asked_before = any(ln.has("ask_reason") for ln in before)

    if purpose.firmly(*BLAME):
        return Opening(opening, purpose, None, None, "accusation", [purpose])
    if "offer_solution" in said and not said & FILLERS and not asked_before:
        return Opening(opening, purpose, None, "offer_solution", "pass_offer_solution", [purpose])
    if "neutral_opener_open_invoice" in said and not said & FILLERS and not asked_before:
        if _glued_question(purpose.text):
            # "… it is still open. Why it is not paid until now, please?": a question in the
            # opener's own line leaves no silence, read or not (fifty-third audit: 100 gold for
            # strategy 1, which the scenario's notes say this breaks).
            return Opening(opening, purpose, None, None, "asked_reason", [purpose])
        if _glued_justification(purpose.text):
            # "Ich rufe wegen der noch offenen Rechnung an. Da steckte ja viel Arbeit drin, das
            # wissen Sie ja.": a justification before he speaks (GUIDE §2 names it) — 100 gold
            # for strategy 1, "then stayed silent" (V228 p2 and 06).
            return Opening(opening, purpose, None, None, "filled_silence", [purpose])
        if not _expects_silence(view, purpose.state_after):
            # The customer already reacted to the bare reference: strategy 1 did its work.
            return Opening(opening, purpose, None, "let_them_talk", "pass_let_them_talk", [purpose])
        follow = lines[purpose_at + 1] if purpose_at + 1 < len(lines) else None
        if follow is None:
            return Opening(opening, purpose, None, None, "no_follow", [purpose])
        opening = [*opening, follow]
        if follow.pause or (
            follow.trigger == "pause" and not follow.has("neutral_opener_open_invoice")
        ):
            # Silence, or a listener's "Mhm." / "Ach so." that the customer went on after as
            # after silence (simulation.terms.backchannel): either lets him talk. The invoice
            # named again fills the silence, though he goes on after it too (V187 04).
            return Opening(
                opening, purpose, follow, "let_them_talk", "pass_let_them_talk", [purpose, follow]
            )
        if follow.has("offer_solution") and not follow.intents & FILLERS and not follow.demand:
            return Opening(
                opening,
                purpose,
                follow,
                "offer_solution",
                "pass_offer_solution",
                [purpose, follow],
            )
        reason = "accusation" if follow.firmly(*BLAME) else "filled_silence"
        return Opening(opening, purpose, follow, None, reason, [purpose, follow])
    asked = said & {"ask_reason", "clarify_objection"}
    # "Invoice 2291. Open. When?": the date asked for is the line's move, the reason
    # question a side reading (thirty-third audit: "Asked for the reason").
    demands = said & DEMANDS
    if (
        asked
        and not asked_before
        and demands
        and max(conf.get(d, 0.0) for d in demands) > max(conf.get(a, 0.0) for a in asked)
    ):
        return Opening(opening, purpose, None, None, "no_strategy", [purpose])
    if asked or asked_before:
        return Opening(opening, purpose, None, None, "asked_reason", [purpose])
    if said & {"threaten_legal", "announce_legal_route"} and purpose.firmly(
        "threaten_legal", "announce_legal_route"
    ):
        # "Ich ruf wegen der offenen Rechnung an, und ich sag's Ihnen ganz freundlich: bevor
        # wir das an die SCHUFA melden müssen …": the invoice came first, with a threat — not
        # "neither the open invoice nor a solution" (seventy-seventh audit).
        return Opening(opening, purpose, None, None, "threatened", [purpose])
    if not said & DEMANDS:
        # "Ich schick Ihnen gleich nach dem Telefonat eine E-Mail mit allem" before the invoice
        # was even named is no demand, and the feedback must not say it was (sixty-third
        # audit: "Gleich eine Forderung gestellt" for a confirmation promised too early).
        return Opening(opening, purpose, None, None, "other_move", [purpose])
    return Opening(opening, purpose, None, None, "no_strategy", [purpose])


def judge_opening(view: CallView, op: Opening) -> list[Verdict]:
    verdicts = [_identify(view, op)]
    blame = _no_accusation(view, op)
    if blame is not None:
        verdicts.append(blame)
    if op.reason != "not_applicable":
        verdicts.append(_strategy(view, op))
    return verdicts


#: Where money comes up in a line: an amount, the invoice, the sum.
_MONEY = lazyre.compile(
    r"\d|[€£$]|\b(?:rechnung\w*|invoice\w*|bill|betrag\w*|amount|euro|pounds?|quid"
    r"|outstanding|overdue|f(?:ä|ae)llig\w*)\b",
    re.I,
)


def _said_late(view: CallView, op: Opening) -> Line | None:
    """The line where name and company were given only once money had come up: later in
    the call, or after the sum in the line that raised it ("Guten Tag, es geht um 4.760
    Euro … Brandt hier", "it's fiona walsh, walsh plumbing" after the demand — twenty-ninth
    audit: passed, and "gave neither your name nor your company")."""
    caller = view.scenario.caller
    name = company = False
    for ln in view.lines:
        if ln.pause:
            continue
        has_name, has_company = identified(ln.text, caller.name, caller.company)
        name, company = name or has_name, company or has_company
        if name and company:
            return ln
    return None


def _identify(view: CallView, op: Opening) -> Verdict:
    caller = view.scenario.caller
    name_line = company_line = None
    for ln in op.lines:
        if ln.pause:
            continue
        text = ln.text
        if ln is op.purpose and not (name_line or company_line):
            # Only what came before the money counts in the line that raised it.
            money = _MONEY.search(text)
            text = text[: money.start()] if money else text
        has_name, has_company = identified(text, caller.name, caller.company)
        if has_name and name_line is None:
            name_line = ln
        if has_company and company_line is None:
            company_line = ln
    if name_line and company_line:
        found = sorted({name_line.index: name_line, company_line.index: company_line}.items())
        lines = [ln for _, ln in found]
        return Verdict(
            "identify",
            True,
            "pass",
            view.quote(*lines),
            turn=lines[-1].index,
            turns=tuple(ln.index for ln in lines),
        )
    first = next((ln for ln in op.lines if not ln.pause), None)
    late = _said_late(view, op)
    if late is not None:
        return Verdict(
            "identify", False, "late", None, turn=late.index, values={"quote": view.quote(late)}
        )
    half = name_line or company_line
    if half is not None:
        reason = "missing_company" if name_line else "missing_name"
        return Verdict(
            "identify", False, reason, None, turn=half.index, values={"quote": view.quote(half)}
        )
    return Verdict("identify", False, "missing_both", None, turn=first.index if first else None)


def _no_accusation(view: CallView, op: Opening) -> Verdict | None:
    """No blame, in the opening or at any later point of the call (GUIDE §6: conduct
    counts all call long). Nothing said that could be judged: not applicable."""
    opening = {ln.index for ln in op.lines}
    for ln in view.lines:
        if ln.firmly(*BLAME):
            if ln.index in opening:
                return Verdict("no_accusation", False, "fail", view.quote(ln), turn=ln.index)
            # Later in the call the opener's line is no better move (V152 11, 12: "I'm calling
            # about the open invoice …" for a learner who had opened so): understand, then ask.
            # After his yes, the read-back and thanks (V216 probe 6).
            disputes = view.call.persona == "disputes"
            better = {"better": "better_later_disputes" if disputes else "better_later"}
            return Verdict(
                "no_accusation", False, "later", view.quote(ln), turn=ln.index,
                advice="advice_later",
                **{**better, **thanks_for_the_yes(view, ln.index)},
            )  # fmt: skip
    if not any(not ln.pause and ln.intents for ln in view.lines):
        return None
    if op.purpose is not None and op.purpose.leading in BLAME:
        # Its best reading is a reproach, only a faint one ("You've no paid the £180 for the
        # shelves.": blame 0.19, seventy-first audit): too unsure to fail the check, and no
        # evidence of "a factual opening without blame" either (GUIDE §6: no free points).
        return None
    if op.purpose is not None:
        # "… if it's not paid by Friday I'm taking you to small claims court, no dramas" is no
        # "factual opening" (fifty-ninth audit): no blame, and its threat judged on its own.
        threat = op.purpose.has("threaten_legal", "announce_legal_route")
        reason = "pass_threat" if threat else "pass"
        return Verdict("no_accusation", True, reason, view.quote(op.purpose), turn=op.purpose.index)
    return Verdict("no_accusation", True, "pass", None)


def _strategy(view: CallView, op: Opening) -> Verdict:
    decided = op.decided_by
    turn = decided[-1].index if decided else None
    turns = tuple(ln.index for ln in decided)
    if op.strategy is not None:
        return Verdict(
            "strategy",
            True,
            op.reason,
            view.quote(*decided),
            turn=turn,
            turns=turns,
            advice=f"advice_{op.strategy}",
            better="better_offer_solution" if op.strategy == "offer_solution" else "better",
        )
    if op.reason in ("no_purpose", "no_follow"):
        values = {"quote": view.quote(*decided)} if decided else {}
        return Verdict("strategy", False, op.reason, None, turn=turn, turns=turns, values=values)
    return Verdict("strategy", False, op.reason, view.quote(*decided), turn=turn, turns=turns)
