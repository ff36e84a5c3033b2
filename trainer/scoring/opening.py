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
from ..simulation.names import identified
from ..understanding.context import (
    demands_without_day,
    names_own_need,
    pressure_after_sympathy,
    pressure_not_blame,
)
from ..understanding.faultguess import guessed_fault, sorry_for_his_slip
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


#: Time given away in the opener's own line: "I'm just callin' about that little ol' invoice
#: SPS-2291, no rush at all darlin', whenever you get to it." (V326 10: strategy 1 passed, and
#: the same line failed the outcome as "whenever suits"), "… if that's okay, no pressure at
#: all?" (V324 10), "keine Eile", "wann immer es Ihnen passt".
_GIVEN_AWAY = lazyre.compile(
    r"\bno\s+(?:rush|hurry|pressure|stress|panic)\b|\bwhenever\s+(?:you|it|suits|u)\b"
    r"|\bin\s+your\s+own\s+(?:good\s+)?time\b|\bat\s+your\s+(?:leisure|convenience)\b"
    r"|\bkeine\s+(?:eile|hektik|hetze)\b|\bkein\s+(?:stress|druck|zeitdruck)\b|\bwann\s+immer\b"
    r"|\bganz\s+in\s+ruhe\b|\bwenn'?s\s+(?:ihnen|dir|euch)\s+(?:mal\s+)?passt\b",
    re.IGNORECASE,
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
    # (read firmly: a guess never fails a check on its own — "Wie goht's Ihne? Isch des neue
    # Lager scho voll eigräumt?" read as the reason question 0.27 failed strategy 1, V291 01)
    asked_before = any(ln.firmly("ask_reason") for ln in before)

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
        if _GIVEN_AWAY.search(purpose.text):
            return Opening(opening, purpose, None, None, "gave_away", [purpose])
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
                # After a neutral opener the reproach filled the silence: the better move is the
                # silence, not the opener the learner had just said (V251 probe 5: "Better: I'm
                # calling about the open invoice, SPS-2291 …" beside that very line).
                follow = (
                    op.purpose is not None
                    and op.purpose.index < ln.index
                    and not op.purpose.firmly(*BLAME)
                )
                return Verdict(
                    "no_accusation", False, "fail", view.quote(ln), turn=ln.index,
                    better="better_follow" if follow else "better",
                )  # fmt: skip
            # Later in the call the opener's line is no better move (V152 11, 12: "I'm calling
            # about the open invoice …" for a learner who had opened so): understand, then ask.
            # After his yes, the read-back and thanks (V216 probe 6).
            disputes = view.call.persona == "disputes"
            better = {"better": "better_later_disputes" if disputes else "better_later"}
            # (named as pressure where it is the caller's need or an ultimatum, no blame in
            # words: V324 08, V327 09 — "the deduction is fair, the label is wrong")
            later = "later_pressure" if pressure_not_blame(ln.text) else "later"
            return Verdict(
                "no_accusation", False, later, view.quote(ln), turn=ln.index,
                advice="advice_later",
                **{**better, **thanks_for_the_yes(view, ln.index)},
            )  # fmt: skip
    if not any(not ln.pause and ln.intents for ln in view.lines):
        return None
    pressed = _pressure_after_sympathy(view)
    if pressed is not None:
        return pressed
    guessed = _guessed_fault(view)
    if guessed is not None:
        return guessed
    slip = next((ln for ln in view.lines if not ln.pause and sorry_for_his_slip(ln.text)), None)
    if slip is not None:
        # "Es tut mir leid, dass Sie die Rechnung offenbar übersehen haben.": sorry, and the
        # slip put on him (V307 probe 5: 100 gold; its auditor: "at least a note"). Half the
        # check and at most silver, as a guessed fault; no reproach in so many words.
        return Verdict(
            "no_accusation", False, "veiled_slip", view.quote(slip), turn=slip.index,
            share=0.5, advice="advice_slip", better="better_later",
        )  # fmt: skip
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


def _pressure_after_sympathy(view: CallView) -> Verdict | None:
    """Sympathy taken back in the same breath by the caller's own need ("I totally get it,
    Tom … but I've got wages to pay as well and I can't be waiting on £1,190 forever, can
    I."), said to a customer who apologised or is short of money: half the check, and at
    most silver (`TIER_CAPS`). Ten outside trainers asked for it (V245 p5, V247 10: 100 gold,
    "it should cost a conduct point at least"); no reproach in words, so not the whole check."""
    if view.call.persona not in ("apologises", "cash_problems"):
        return None
    before: Line | None = None
    for ln in view.lines:
        if ln.pause:
            continue
        sympathy_before = before is not None and before.firmly("empathise")
        before = ln
        if ln.firmly("offer_compromise"):
            continue
        found = pressure_after_sympathy(ln.text, after_sympathy=sympathy_before)
        if found is not None:
            return Verdict(
                "no_accusation", False, "pressure_after_sympathy", view.quote(ln),
                turn=ln.index, share=0.5, advice="advice_pressure",
                better="better_pressure",
            )  # fmt: skip
    return None


def _guessed_fault(view: CallView) -> Verdict | None:
    """A guess, after his complaint, that the fault is his own ("maybe somebody put too much
    heavy things on them", "die waren doch sicher schon vorher da, oder?"): half the check,
    and at most silver (`TIER_CAPS`). No reproach in so many words, so not the whole check;
    the auditors who flagged it still passed the call (V285 12, V287 02, V193 12)."""
    if not view.objections:
        return None
    raised = view.objections[0][0]
    for ln in view.lines:
        if ln.pause or ln.index < raised:
            continue
        if guessed_fault(ln.text) is not None:
            return Verdict(
                "no_accusation", False, "guessed_fault", view.quote(ln),
                turn=ln.index, share=0.5, advice="advice_guessed",
                better="better_later_disputes",
            )  # fmt: skip
    return None


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
