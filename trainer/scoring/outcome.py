"""Outcome first (GUIDE §6): what the call achieved, and the conduct that ends a call's
chance to pass whatever its share. Both are *critical* checks.

* `outcome` — the call reached one of the results the scenario counts as success (a firm
  amount and date, a down payment with a date for the rest, instalments, a compromise) or,
  where the customer refused, the right next step calmly announced. Hanging up, a goodbye
  with nothing agreed, a call-back, a vague promise, or a call with fewer than
  MIN_MOVES substantive learner moves fail it.
* `no_premature_threat` with reason `unlawful` — intimidating or unlawful pressure
  (prosecutor, criminal complaint, a credit-bureau entry as a threat, bailiff or seizure
  without a court title, telling third parties, invented fees) is a critical failure.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazyre
from ..guide import ACCEPT, INTENTS
from ..scenario.model import AGREEMENTS
from ..simulation.terms import (
    asked_beyond,
    gives_time,
    reduced_gap,
    time_left_for_work,
    unasked_gap,
)
from ..understanding.context import VAGUE_MOVES
from ..understanding.pressure import pressure_kind, unlawful_pressure
from ..understanding.smalltalk import puts_off
from .verdict import DEFAULT_WEIGHTS, Verdict
from .view import CallView, Line

#: Moves that work on the debt. Greetings, goodbyes and a "summary" of nothing are not.
SUBSTANTIVE = frozenset(INTENTS) - {
    "greeting_identify",
    "accusatory_opener",
    "threaten_legal",
    "summarise_agreement",
    "close_politely",
}
#: The library's moves: any other is a scenario's own (`substantive`).
_LIBRARY = frozenset(INTENTS)
#: Fewer substantive learner lines than this: nothing was negotiated, the call cannot pass
#: (naming the invoice and saying goodbye is one).
MIN_MOVES = 2


def substantive(view: CallView) -> list[Line]:
    """Learner lines that did some work on the debt (see SUBSTANTIVE), and a yes that took
    up the customer's own proposal: agreeing to his day is a move on the debt (twenty-fifth
    audit: after three silences "Ja, passt." to "Bis nächsten Freitag, passt das?" reached
    the promise and failed as "nothing negotiated"). So are a demand to pay without a day
    and a move of the scenario's own other than a vague promise ("I will resend the invoice
    with the PO number today itself", "Kindly do the needful and release the payment asap",
    and the clerk named his payment run: V130 09 failed as "Nothing was negotiated")."""
    return [
        ln
        for ln in view.lines
        if not ln.pause
        and (
            ln.intents & SUBSTANTIVE
            or ln.trigger == ACCEPT
            or ln.demand
            or ln.intents - _LIBRARY - VAGUE_MOVES
        )
    ]


def exercised(view: CallView) -> bool:
    """Whether the learner said anything the recogniser understood (conduct checks need
    something to judge: silence or gibberish earns no "no accusation" point)."""
    return any(not ln.pause and ln.intents for ln in view.lines)


def success_outcomes(scenario: object) -> frozenset[str]:
    declared = getattr(scenario, "success", None)
    if declared:
        return frozenset(declared)
    case = getattr(scenario, "case", None)
    step = case.recommended_step if case is not None else "legal_route"
    return AGREEMENTS | {"paid_already", step}


def outcome(
    view: CallView, next_step: Verdict | None, *, settled: bool = False, talked_away: bool = False
) -> Verdict:
    """The critical `outcome` check (see the module docstring). `settled`: handle_objection
    found the customer's objection dealt with (cleared up or compromised on); `talked_away`:
    it found a justified objection argued away with no compromise after it."""
    better = better_for(view, settled=settled)
    call = view.call
    got = call.outcome
    success = success_outcomes(view.scenario)
    moves = substantive(view)
    values = {"outcome": view.t["outcomes"].get(got or "none", got or "")}
    provoked = provoked_hang_up(view)
    if provoked is not None:
        # Say what happened (an outside trainer's audit): not "too few moves", but the
        # line that made him hang up, and the opening that would have kept him talking.
        line, conduct = provoked
        advice, better = f"advice_{conduct}", f"better_{conduct}"
        if conduct == "reproach" and view.position_at is not None and line.index > view.position_at:
            # After he has said where he stands, the opener's line is no better move (V152 12).
            advice, better = "advice_reproach_later", "better_reproach_later"
            better += "_disputes" if call.persona == "disputes" else ""
        return Verdict(
            "outcome", False, f"hung_up_after_{conduct}", view.quote(line), turn=line.index,
            advice=advice, better=better, critical=True, values=values,
        )  # fmt: skip
    if got == "hang_up" and call.end_reason == "gave_up":
        # Not rudeness: lines that went past what he said wore his patience down. Say so,
        # with the last of them, rather than a bare "the customer hung up".
        last = next((ln for ln in reversed(view.lines) if not ln.pause), None)
        # After his refusal the arguing went on: the next step was due, not another answer
        # (twenty-fifth audit: "Ihre letzten Sätze gingen an dem vorbei, was er gesagt hatte"
        # for a learner still arguing after "Nein").
        at = view.refused_at
        refused = at is not None and any(
            ln.firmly("rebut_unjustified_objection") for ln in view.after(at)
        )
        kind = "argued_after_refusal" if refused and next_step is not None else "gave_up"
        better = f"better_{kind}"
        if kind == "gave_up" and _offended(view, last):
            better = "better_gave_up_tone"
        return Verdict(
            "outcome", False, f"customer_{kind}", view.quote(last) if last else None,
            turn=last.index if last else None, advice=f"advice_{kind}", better=better,
            critical=True, values=values,
        )  # fmt: skip
    waived = _waived_before_refusal(view)
    if waived is not None:
        # "I'll write the invoice off and leave it there" while the complaint was still open
        # and the re-fix not yet offered: she says "if you say so", and the debrief said only
        # "ended without an agreement" (forty-third and forty-fifth audits: the rebuttal that
        # made her refuse scored better — now the feedback says what was early).
        return Verdict(
            "outcome", False, "waived_before_refusal", view.quote(waived), turn=waived.index,
            critical=True, values=values, better=better,
        )  # fmt: skip
    proposals = (
        "fix_payment_date",
        "request_down_payment",
        "propose_instalments",
        "offer_compromise",
    )
    if len(moves) == 1 and got not in AGREEMENTS and moves[0].firmly(*proposals):
        # One proposal and no more ("Können Sie die 1.428 Euro bis zum 11. Dezember
        # überweisen?" — "Nein." — "Gut, dann halten wir das so fest."): not "nothing was
        # negotiated, no date, no proposal" (twentieth audit), but giving up after one try.
        (only,) = moves
        return Verdict(
            "outcome", False, "one_move_only", view.quote(only), turn=only.index,
            critical=True, values=values, better=better,
        )  # fmt: skip
    undone = _agreement_undone(view)
    if undone is not None:
        # He had agreed, and what came after took it back ("Abgemacht, bis zum 04.12." — then
        # "… dann haben Sie einen Schufa-Eintrag"): not "ended without a concrete amount and
        # date", which the learner can see is untrue (forty-eighth audit).
        return Verdict(
            "outcome", False, "agreement_undone", view.quote(undone), turn=undone.index,
            critical=True, values=values,
        )  # fmt: skip
    proposed = got in AGREEMENTS and any(m.firmly(*proposals) for m in moves)
    # (also where he gave no word to it: "Let me check on my end and I'll call you back
    # tomorrow." after a cold "Is there anything else?" — V303 10 was "too few moves")
    put_off = got in ("call_back", None, "no_agreement") and any(
        puts_off(ln.text) for ln in view.lines
    )
    if len(moves) < MIN_MOVES and not proposed and not put_off:
        # (A call put off to another is named as that: V115 04, "Ich kläre das intern … und
        # melde mich dann nächste Woche noch einmal" was "too few moves" and no word of it.)
        # (Not where his yes answered the learner's own proposal: "I really need that £640
        # today." — "Done — you'll have it by 7 December." was "Too few moves to judge … no
        # date, no amount" beside pin_date's "£640, 7 December 2026": V111 10.)
        return Verdict(
            "outcome", False, "too_few_moves", critical=True, values=values, better=better
        )
    agreed = getattr(call, "agreed_terms", None) or {}
    if got == "instalment_plan" and not any(agreed.get(k) for k in ("rest_date", "date")):
        # Instalments with no day for any of them (twenty-fourth audit: "How about three
        # instalments of £920?" — "Right. That I can do." passed 87 silver): GUIDE, a promise
        # counts only with an amount and a date.
        ln = view.agreed_at
        return Verdict(
            "outcome", False, "plan_without_dates", view.quote(ln) if ln is not None else None,
            turn=ln.index if ln is not None else None, critical=True, values=values,
            better="better_instalments",
        )  # fmt: skip
    off = _plan_off(agreed, float(view.scenario.invoice.amount)) if got in AGREEMENTS else None
    if off is not None:
        # "400 Euro Anzahlung, 600 am 15. Dezember und 600 am 15. Januar" on 1.865,40 €: the
        # customer took it, and 265,40 € went unasked (fifty-sixth audit: 100 gold); "four
        # instalments of £700 … That's the full £2,760" asks £40 more than he owes (fifty-
        # ninth audit: 100 gold). A plan must add up to the invoice (GUIDE §3).
        reason, key, amount = off
        ln = view.agreed_at
        extra = {"owed": view.money(float(agreed["amount"]))} if reason == "reduced_short" else {}
        return Verdict(
            "outcome", False, reason, view.quote(ln) if ln is not None else None,
            turn=ln.index if ln is not None else None, critical=True,
            values={**values, key: view.money(amount), **extra},
        )  # fmt: skip
    released = _date_released(view) if got in AGREEMENTS else None
    if released is not None:
        # His day given back after he agreed ("And the £180, just pay it dreckly, whenever
        # suits, no rush."): the promise is left without a day, and a promise without a day
        # is no result (GUIDE §3; V291 probe 3 passed at 93 silver with his day).
        return Verdict(
            "outcome", False, "date_released", view.quote(released), turn=released.index,
            critical=True, values=values, better=better,
        )  # fmt: skip
    if got in AGREEMENTS and got in success:
        ln = view.agreed_at
        evidence = view.quote(ln) if ln is not None else None
        return Verdict(
            "outcome",
            True,
            "pass_agreement",
            evidence,
            turn=ln.index if ln is not None else None,
            critical=True,
            values=values,
        )
    if got == "paid_already":
        return Verdict("outcome", True, "pass_paid", critical=True, values=values)
    refused = view.refused_at is not None and not view.came_round
    if next_step is not None and (refused or got in ("legal_route", "waive_claim")):
        if next_step.reason == "legal_route_threatened" and refused:
            # The legal route said as an ultimatum is no result (V269 03: 88 bronze with "den
            # richtigen nächsten Schritt angekündigt" for "Sonst sehen wir uns vor Gericht.").
            return Verdict(
                "outcome", False, "step_threatened", next_step.evidence, turn=next_step.turn,
                critical=True, values=values, better=next_step.better,
            )  # fmt: skip
        if next_step.passed and refused and talked_away:
            # "Also Spritzer, des glaub ich net." to her justified complaint, no compromise,
            # then the Mahnverfahren calmly announced: 88 silver with "Rechtsweg sachlich
            # angekündigt" (V280 p3; its auditor: fail) — the refusal was the learner's doing.
            return Verdict(
                "outcome", False, "step_after_talked_away", next_step.evidence,
                turn=next_step.turn, critical=True, values=values,
            )  # fmt: skip
        if next_step.passed and refused:
            return Verdict(
                "outcome",
                True,
                "pass_next_step",
                next_step.evidence,
                turn=next_step.turn,
                critical=True,
                values=values,
            )
        if not refused:
            return Verdict(
                "outcome", False, "step_too_early", next_step.evidence, turn=next_step.turn,
                critical=True, values=values,
            )  # fmt: skip
        # Nothing said after the refusal (silence, a bare goodbye) is no step at all, not
        # a wrong one: the learner must hear which it was.
        reason = {"missing": "no_step", "waive_unheard": "waive_unheard"}.get(
            next_step.reason or "", "wrong_step"
        )
        claim = _claimed_agreement(view) if reason == "no_step" else None
        if claim is not None:
            # "Also, dann halte ich fest: Sie überweisen die 4.760 Euro bis zum 21. Dezember."
            # after "Ich zahle keinen Cent, solange der Hof so aussieht" (V131 04), "Gut, dann wir
            # haben: 4.760 Euro bis zum 22. Dezember." after "Nein. Ich sehe das anders." (V127
            # 04): "the serious case, inventing an agreement, goes unnamed"
            after = view.refused_at is not None and claim.index > view.refused_at
            return Verdict(
                "outcome", False, "claimed_after_refusal" if after else "claimed_agreement",
                view.quote(claim), turn=claim.index, critical=True, values=values,
                better=next_step.better,
            )  # fmt: skip
        # The better move is the step that was due, as next_step has it, not "pay by Friday"
        # to a customer who has just refused (eighty-seventh audit: both, side by side).
        return Verdict(
            "outcome", False, reason, next_step.evidence, turn=next_step.turn,
            critical=True, values=values, better=next_step.better,
        )  # fmt: skip
    asked = _question_unanswered(view) if got not in AGREEMENTS else None
    if asked is not None:
        # "Do you actually get what this year's been like for me?" asked twice and talked past
        # both times: the debrief said only "never agreed" and offered a plan the learner had
        # made (V112 07 and its probe 3; 07r, which answered him, passed 100).
        question, past, awaited = asked
        # A question only the scenario's own move answers ("Schicken Sie sie mir an info@…?",
        # V307 02) has the trainer's line as the better one, not "what would work for you?".
        own = view.scenario.model_answer and awaited & set(view.scenario.intents)
        gave_up = "better_scenario" if own else "better_gave_up"
        return Verdict(
            "outcome", False, "question_unanswered", view.quote(past), turn=past.index,
            critical=True, values={**values, "question": question}, advice="advice_gave_up",
            better="better_gave_up_tone" if _offended(view, past) else gave_up,
        )  # fmt: skip
    claim = _claimed_agreement(view) if got not in AGREEMENTS and got != "hang_up" else None
    if claim is not None:
        # "Grand so. That's £650 on 15 December … — the full £2,760." after "I don't know",
        # "dann hamma uns ja geeinigt" after no yes: a deal summed up that the customer never
        # gave (GUIDE §3: claiming steps not taken is a fault; fifty-ninth to sixty-first
        # audits: "nothing flags this").
        return Verdict(
            "outcome", False, "claimed_agreement", view.quote(claim), turn=claim.index,
            critical=True, values=values, better=better,
        )  # fmt: skip
    if got == "hang_up":
        reason = "customer_hung_up"
    elif got == "call_back" or put_off:
        # "Then I will call you back next week to check the status, is that okay?" — "Fine,
        # speak then." — and a goodbye: the debrief said only "ended without an agreement"
        # (V131 11: "it does not say that a call-back is not a result")
        reason = "call_back"
    elif call.end_reason == "learner_ended" and got is None:
        reason = "learner_hung_up"
    elif got in AGREEMENTS:
        reason = "not_success"
    elif (now := down_payment_only(view)) is not None:
        # "Gut, 600,00 € kriege ich hin. Und der Rest?" — "…wenn die Autos wieder fahren":
        # not "ended without a concrete amount and date", which the learner can see is
        # untrue (fiftieth audit); the rest had no day.
        reason = "down_payment_only"
        values = {**values, "agreed_now": view.money(now)}
    elif (open_day := _time_given(view)) is not None:
        # "Once that's sorted, just pay the £180 whenever suits, no rush." — "Suits me … I'll
        # pay when I get round to it.": the day left to him is why there is no result (V301
        # 08 was told it "summed up terms the customer never accepted").
        return Verdict(
            "outcome", False, "time_given", view.quote(open_day), turn=open_day.index,
            critical=True, values=values, better=better,
        )  # fmt: skip
    else:
        reason = "no_agreement"
    return Verdict("outcome", False, reason, critical=True, values=values, better=better)


def _plan_off(agreed: dict[str, Any], total: float) -> tuple[str, str, float] | None:
    """How agreed payments miss the invoice: (reason, value name, amount), or None."""
    short = unasked_gap(agreed, total)
    if short is not None:
        return "plan_short", "missing_amount", short
    extra = asked_beyond(agreed, total)
    if extra is not None:
        return "plan_over", "extra_amount", extra
    reduced = reduced_gap(agreed)
    if reduced is not None:
        return "reduced_short", "missing_amount", reduced[1]
    return None


#: Words that sum up a deal as made: "so to sum up", "we're agreed", "dann sind wir uns einig",
#: "halten wir fest", "zusammengefasst".
_CLAIMS = lazyre.compile(
    r"\b(?:(?:so\s+)?to\s+sum\s+(?:it\s+)?up|so\s+we(?:'re|\s+are)\s+agreed|we(?:'re|\s+are)\s+agreed"
    # "Great. So just to recap: you'll pay the £3,580 this Friday." after "I can't give you a
    # date until it's approved" (V186 08: "ended without an agreement", the claim unnamed)
    r"|(?:just\s+)?to\s+recap|kurz\s+zusammengefasst"
    # (not a condition: "Once that's sorted, just pay the £180 whenever suits" — V301 08)
    r"|(?<!once\s)(?<!when\s)(?<!after\s)(?<!if\s)(?<!until\s)"
    r"that(?:'s|\s+is)\s+(?:settled|agreed|sorted|the\s+deal)|it's\s+a\s+deal|deal\s+done"
    r"|(?:sind|wären|waren)\s+wir\s+uns\s+(?:ja\s+|also\s+)?einig|(?:uns|hamma|haben\s+wir)\s+(?:uns\s+)?(?:ja\s+)?geeinigt"
    r"|halten?\s+wir\s+(?:das\s+)?(?:so\s+)?fest|halte?\s+ich\s+(?:das\s+)?(?:so\s+)?fest"
    r"|zusammengefasst|fasse\s+\w+\s+zusammen"
    # "Gut, dann wir haben: 4.760 Euro bis zum 22. Dezember." (V127 04), "so we have: …"
    r"|(?:dann|also|so)\s+(?:haben\s+wir|wir\s+haben|we\s+have|we'?ve\s+got)(?=\s*:)"
    r"|abgemacht|passt\s+also)\b",
    re.IGNORECASE,
)


def _question_unanswered(view: CallView) -> tuple[str, Line, set[str]] | None:
    """The customer's question his state waits an answer to (the scenario's `awaits`), the
    first learner line after it and the moves awaited, where no line after it gave one of
    them; None when every such question was answered (or none was asked)."""
    states = view.scenario.states
    for turn in view.call.turns:
        st = states.get(turn.state_before) if turn.speaker == "customer" else None
        if st is None or not st.awaits or "?" not in turn.text:
            continue
        after = [ln for ln in view.lines if ln.index > turn.index and not ln.pause]
        # A plain "yes" to "do you actually get what this year's been like for me?" is the
        # move he waited for: he answered it as one ("Thanks, Fiona"), so the line's trigger
        # counts, not only its readings (V194 11: "your lines went past it", quoting "yes").
        if after and not any(
            ln.intents & set(st.awaits) or ln.trigger in st.awaits for ln in after
        ):
            # the question, not his whole turn ("… an info@baeckerei-albers.de?" is one: a
            # full stop inside a word ends no sentence)
            asks = re.findall(r"(?:[^.!?…]|[.…](?=\S))*\?", turn.text)
            return (asks[-1].strip(" —–-") if asks else turn.text), after[0], set(st.awaits)
    return None


def _offended(view: CallView, last: Line | None) -> bool:
    """Whether a reproach came before `last`: after "So nicht. Nicht in diesem Ton." the line
    that answers him is an apology, not "what would work for you?" (V165 05)."""
    return last is not None and any(
        ln.firmly("accusatory_opener") for ln in view.lines if ln.index < last.index
    )


def _claimed_agreement(view: CallView) -> Line | None:
    """The learner's line that sums up terms as agreed when the customer agreed to none: a
    read-back wording with terms in it (an amount or a day), after the customer had spoken."""
    for ln in view.lines:
        if ln.pause or ln.index == 0 or not _CLAIMS.search(ln.text):
            continue
        if ln.facts_of("amount") or view.future_dates(ln):
            return ln
    return None


def down_payment_only(view: CallView) -> float | None:
    """The down payment on the table when the call ended without a day for the rest."""
    table = getattr(view.call, "table", None)
    terms = getattr(table, "terms", None) or {}
    now = terms.get("now")
    if now is None or terms.get("rest_date") is not None or terms.get("count"):
        return None
    if view.said_of(float(now), refused=True):
        # He turned it down ("£600.00 up front? I haven't got £600.00 spare"): it was never on
        # the table (V167 08: "£600.00 up front was on the table, but no date for the rest"
        # beside his offer of monthly payments, twice).
        return None
    return float(now)


def no_down_payment(view: CallView) -> bool:
    """The scenario's rubric drops the down payment: the customer has nothing up front (the
    chippy), so no better line may ask for one."""
    weights = {**DEFAULT_WEIGHTS, **view.scenario.rubric.checks}
    return float(weights.get("down_payment", 1.0)) == 0.0


def better_for(view: CallView, *, settled: bool = False) -> str:
    """The better line for a call without a result, by what the customer needs (GUIDE §3):
    a customer short of cash cannot pay it all by a date (seventeenth audit: the café owner
    was shown "Could you transfer the £1,190.00 by Friday?"), one who disputes the work needs
    it dealt with first — unless it was (`settled`): then what was missing is the day ("What
    exactly isn't right?" after "Fine — I'll pay. When do you need it?" asked about a matter
    already settled: ninety-sixth audit, call 12)."""
    if view.scenario.model_answer:
        # The trainer's own line: "Ich schicke Ihnen die Rechnung heute mit der Bestellnummer
        # neu – ist sie dann im Zahlungslauf am 10. Dezember dabei?", not "Können Sie bis
        # Freitag überweisen?", which the clerk had just refused (seventy-third audit).
        return "better_scenario"
    persona = view.call.persona
    if persona == "cash_problems":
        return "better_instalments" if no_down_payment(view) else "better_cash_problems"
    if persona == "disputes" and not settled:
        return "better_disputes"
    return "better"


#: What the customer hung up on -> the word the feedback uses for it.
PROVOKING = {"accusatory_opener": "reproach", "threaten_legal": "threat"}


def provoked_hang_up(view: CallView) -> tuple[Line, str] | None:
    """The learner's line the customer hung up on, when it was a reproach or a threat (the
    move he answered, else what the line was firmly read as), with "reproach"/"threat"."""
    if view.call.outcome != "hang_up" or not view.lines or view.lines[-1].pause:
        return None
    last = view.lines[-1]
    moves = [last.trigger] if last.trigger else [i for i in PROVOKING if last.firmly(i)]
    conduct = next((PROVOKING[m] for m in moves if m in PROVOKING), None)
    return (last, conduct) if conduct is not None else None


def pressure(view: CallView) -> Verdict | None:
    """The first line with unlawful pressure, as a critical `no_premature_threat` failure."""
    for ln in view.lines:
        if ln.pause:
            continue
        found = unlawful_pressure(ln.text, view.language)
        if found is not None:
            # The reason names the kind (an invented fee, a credit entry, …); a fee's better
            # move is the invoice sum with a day, not the court order that follows a refusal.
            kind = pressure_kind(found)
            refused = view.refusal_heard_at
            better = "better_unlawful_fee" if kind == "fee" else "better_unlawful"
            if kind != "fee" and (refused is None or ln.index < refused):
                # Before any refusal the better move is a solution, not the court order that
                # follows one (V321 11: a credit-rating threat in the fourth line of a cash-
                # problems call, "I will now pursue the claim through a court payment order").
                better = "better"
            return Verdict(
                "no_premature_threat",
                False,
                f"unlawful_{kind}",
                view.quote(ln),
                turn=ln.index,
                advice="advice_unlawful",
                critical=True,
                **{
                    "better": better,
                    **thanks_for_the_yes(view, ln.index),
                },
            )
    return None


def thanks_for_the_yes(
    view: CallView, index: int | None, key: str = "better_agreed"
) -> dict[str, Any]:
    """The better move for a threat said after the customer's yes: his terms said back, and
    thanks — not "I'm sorry we couldn't agree. I will now pursue the claim through a court
    payment order." to a customer who had just promised to pay (V216 probe 6)."""
    agreed = view.agreed_at
    if agreed is None or (index is not None and index <= agreed.index):
        return {}
    from .letter import terms_text  # the letter's wording of the agreed payments
    from .terms import extract_terms

    return {
        "better": key,
        "values": {"agreed_terms": terms_text(view, extract_terms(view))},
    }


#: Moves that never announce a waiver, whatever state they lead to.
NOT_A_WAIVER = ("close_politely", "pause")


def says_waiver(view: CallView, line: Line) -> bool:
    """The learner's own line waives the claim: in so many words (the catalogue's waive
    keywords), or as a move the scenario routes to its waive_claim end (its own intent,
    e.g. "not worth court, I'll write it off") — there, or where it leads when said too early
    — never a pause or a bare goodbye."""
    if line.pause:
        return False
    if view.keyword(line.text, "waive"):
        return True
    if line.trigger is None or line.trigger in NOT_A_WAIVER:
        return False
    states = view.scenario.states
    st = states.get(line.state_after)
    if st is not None and st.end == "waive_claim":
        return True
    return any(
        alt.to in states and states[alt.to].end == "waive_claim"
        for name in states
        for alt in view.scenario.transitions_in(name).get(line.trigger, [])
    )


def _waived_before_refusal(view: CallView) -> Line | None:
    """The learner's waiver where the scenario models one, said before the customer refused,
    when the call then ended without a result: given up too early."""
    call = view.call
    if call.outcome in (*AGREEMENTS, "waive_claim", "paid_already", "legal_route"):
        return None
    if view.refused_at is not None:
        return None
    if not any(st.end == "waive_claim" for st in view.scenario.states.values()):
        return None
    return next((ln for ln in reversed(view.lines) if says_waiver(view, ln)), None)


def _date_released(view: CallView) -> Line | None:
    """The learner's line after the customer agreed that gives his day back — pay whenever,
    no day named (`VAGUE_MOVES`, read firmly); None when there is none."""
    at = view.agreed_at
    if at is None:
        return None
    given = next((ln for ln in view.after(at.index) if _leaves_time(view, ln)), None)
    if given is None or any(view.future_payment_dates(ln) for ln in view.after(given.index)):
        return None  # (a day named again after it pins the promise again)
    return given


def _leaves_time(view: CallView, ln: Line) -> bool:
    """Whether the learner's line leaves the time to pay to the customer: pay whenever, no
    day named (`VAGUE_MOVES`, read firmly)."""
    return (
        ln.firmly(*VAGUE_MOVES)
        and not view.future_payment_dates(ln)
        # (the next job left open is no payment: "And we'll book phase two in whenever
        # you're ready." — V57 11)
        and not time_left_for_work(ln.text, view.language)
        and gives_time(ln.text)
    )


def _time_given(view: CallView) -> Line | None:
    """The learner's last line that leaves the time to pay to the customer (`_leaves_time`),
    in a call that ended without an agreement; None when none did."""
    return next((ln for ln in reversed(view.lines) if _leaves_time(view, ln)), None)


def _agreement_undone(view: CallView) -> Line | None:
    """The reproach or threat after the customer had agreed, when the call then ended without
    the agreement (he took it back)."""
    if view.call.outcome in (*AGREEMENTS, "paid_already"):
        return None
    at = view.agreed_at
    if at is None:
        return None
    return next(
        (ln for ln in view.after(at.index) if ln.firmly("threaten_legal", "accusatory_opener")),
        None,
    )
