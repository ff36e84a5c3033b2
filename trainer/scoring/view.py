"""A read-only view of a finished call, shaped for judging it: the learner's lines with
their intents and facts, where the customer objected or refused, and the values the
feedback templates are filled with."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .. import lazyre
from ..i18n import format_date, format_money
from ..scenario.model import AGREEMENTS
from ..simulation.call import NOT_QUITE_LINE, PROPOSALS, sum_put_right
from ..simulation.render import fill
from ..simulation.terms import (
    day_spans,
    down_payment_week,
    money_days,
    parse_day,
    unagreed_sums,
    without_arrival,
    work_date,
)
from ..understanding.context import demands_without_day
from ..understanding.facts import extract_facts
from ..understanding.smalltalk import chat_kind
from ..understanding.types import TENTATIVE
from ..workdays import next_working_day
from .texts import texts


@dataclass(frozen=True)
class Line:
    """One learner turn: `index` is the position in call.turns (the id a reviewer sees)."""

    index: int
    text: str
    pause: bool
    intents: frozenset[str]
    facts: tuple[dict[str, Any], ...]
    state_before: str
    state_after: str
    #: intents read with a confidence below TENTATIVE (see `firmly`)
    tentative: frozenset[str] = frozenset()
    #: the move the customer answered (the transition's intent, or "pause"); None when
    #: she did not understand the line
    trigger: str | None = None
    #: the line's best reading (the recogniser lists the surest first)
    leading: str | None = None
    #: a demand to pay that names no day ("Bitte überweisen Sie den Betrag"): no intent of
    #: its own (GUIDE §5), so it earns no date, but it is a demand where the opening and
    #: the handling of an objection ask what came first
    demand: bool = False
    #: each reading's confidence (what decides between two readings of one line)
    confidence: tuple[tuple[str, float], ...] = ()

    def has(self, *intents: str) -> bool:
        return any(i in self.intents for i in intents)

    def firmly(self, *intents: str) -> bool:
        """Read with confidence: what a failing check may rest on. A tentative reading
        (an unusual line given its best reading rather than none) never fails a check."""
        return any(i in self.intents and i not in self.tentative for i in intents)

    def facts_of(self, kind: str) -> list[Any]:
        return [f["value"] for f in self.facts if f.get("kind") == kind and f.get("value")]


#: Lines that restate the terms: a read-back, the promise to confirm them in writing.
READ_BACK = ("summarise_agreement", "confirm_in_writing")
#: A slip owned: "sorry, my mistake", "Entschuldigung, mein Fehler", "of course", "natürlich".
_OWN_SLIP = lazyre.compile(
    r"\b(?:my\s+(?:mistake|bad|error)|sorry|i\s+mean|of\s+course|apologies|mein\s+fehler"
    r"|entschuldigung|ich\s+meine?|natürlich|stimmt"
    # "Richtig, 3.470,00 €, entschuldigen Sie." to his "Nein, nicht ganz: 3.470,00 € …" (V329
    # probe 1: "seine Berichtigung stehen lassen", critical, word for word as without it)
    r"|entschuldigen\s+sie|verzeihung|verzeihen\s+sie|pardon|richtig|genau|korrekt"
    r"|right|correct|exactly|quite\s+right)\b",
    re.IGNORECASE,
)


def _chat(turn: Any, language: str) -> bool:
    """Small talk the customer answered as chat (`understanding.smalltalk.chat_kind`): its
    guess at a move ("Waren Sie schon aufm Christkindlesmarkt?", a rebuttal at 0.34) is no
    move of the learner's, for the opening as for any other check (twentieth audit: "Nach dem
    Grund gefragt" for "Und, wie läuft's bei Ihnen in der Praxis?")."""
    if turn.trigger is not None or turn.move == "pause":
        return False
    confidences = (i.get("confidence", 1.0) for i in turn.intents)
    kinds = (str(f.get("kind")) for f in turn.facts)
    return chat_kind(turn.text, language, confidences, kinds) is not None


def _demand_without_day(turn: Any) -> bool:
    """A line read as no move (or only guesses) that demands payment and names no day."""
    firm = [i for i in turn.intents if i.get("confidence", 1.0) >= TENTATIVE]
    if turn.move == "pause" or firm or not turn.text:
        return False
    return demands_without_day(turn.text, (f.get("kind") for f in turn.facts))


#: A customer line that turns a sum down ("I haven't got £500.00 spare", "Nothing up front").
_TURNS_DOWN = lazyre.compile(
    r"\b(?:haven'?t\s+got|can'?t|cannot|no\s+way|nothing\s+up\s+front|not|kein\w*|nicht|nichts"
    r"|geht\s+nicht)\b",
    re.IGNORECASE,
)


class CallView:
    """Everything the checks read from a call, computed once."""

    def __init__(self, call: Any) -> None:
        self.call = call
        self.scenario = call.scenario
        self.language: str = self.scenario.language
        self.t: dict[str, Any] = texts(self.language)
        self.lines: list[Line] = [
            self._line(turn) for turn in call.turns if turn.speaker == "learner"
        ]

    def _line(self, turn: Any) -> Line:
        # Chat answered as chat carries no move, whatever the model guessed (`_chat`).
        read = [] if _chat(turn, self.language) else list(turn.intents)
        return Line(
            index=turn.index,
            text=turn.text,
            pause=turn.move == "pause",
            intents=frozenset(i["intent"] for i in read),
            confidence=tuple((i["intent"], float(i.get("confidence", 0.0))) for i in read),
            facts=tuple(turn.facts),
            state_before=turn.state_before,
            state_after=turn.state_after,
            tentative=frozenset(
                i["intent"] for i in turn.intents if i.get("confidence", 1.0) < TENTATIVE
            ),
            trigger=turn.trigger,
            leading=read[0]["intent"] if read else None,
            demand=_demand_without_day(turn),
        )

    # --- quoting --------------------------------------------------------------------
    def quote(self, *lines: Line) -> str:
        """The learner's own words, quoted; a pause is shown as silence."""
        parts = [self.t["pause"] if ln.pause else self.t["quote"].format(ln.text) for ln in lines]
        return str(self.t["then"]).join(parts)

    def keyword(self, text: str, group: str) -> str | None:
        """The first keyword of `group` found in `text` (lower case substring match)."""
        low = text.casefold()
        return next((k for k in self.t["keywords"][group] if k in low), None)

    # --- the course of the call ---------------------------------------------------------
    def after(self, index: int) -> list[Line]:
        return [ln for ln in self.lines if ln.index > index]

    @cached_property
    def refused_at(self) -> int | None:
        """Index of the first turn in a state where the customer refuses (negotiation failed)."""
        states = self.scenario.states
        for turn in self.call.turns:
            st = states.get(turn.state_after)
            if st is not None and st.refuses:
                return int(turn.index)
        return None

    @cached_property
    def came_round(self) -> bool:
        return self.came_round_at is not None

    @cached_property
    def came_round_at(self) -> int | None:
        """Index of the learner's line the customer took up after refusing ("… Fine. Fix them
        properly and I'll pay. When?" to the rework offered after "I'm not paying for them"):
        the call had not failed for good, so it is judged as one without an agreement, not by
        the next step after a failed one (sixty-fourth and sixty-eighth audits: "nothing
        agreed, nothing announced … it is wiser to waive the claim" for a call that had its
        compromise accepted and then settled on a call-back). None if he never did."""
        at = self.refused_at
        if at is None:
            return None
        states = self.scenario.states
        for ln in self.lines:
            st = states.get(ln.state_after)
            if (
                ln.index > at
                and ln.trigger in PROPOSALS
                and st is not None
                and not st.refuses
                and st.end is None
            ):
                return ln.index
        return None

    @property
    def refusal_heard_at(self) -> int | None:
        """Index of the customer's first line in a refusing state: what the learner says
        before it comes before the negotiation failed, including the line that drove him to
        refuse (twenty-eighth audit: a court ultimatum right after his first objection made
        him refuse, and so counted as said after the refusal: "No threat in the whole call")."""
        states = self.scenario.states
        for turn in self.call.turns:
            st = states.get(turn.state_after)
            if turn.speaker == "customer" and st is not None and st.refuses:
                return int(turn.index)
        return None

    def _answered(self, said: Callable[[Any], bool]) -> frozenset[int]:
        """The learner lines right before a customer line for which `said` holds."""
        turns = self.call.turns
        return frozenset(
            int(turns[i - 1].index)
            for i, t in enumerate(turns)
            if i > 0 and t.speaker == "customer" and said(t)
        )

    @cached_property
    def corrected(self) -> frozenset[int]:
        """Learner lines the customer corrected after he agreed ("No, not quite: 2.380,00 € bis
        zum 04.12.2026"), or whose sum he put right as he agreed ("It's £3,850.00 on the
        invoice, mind, not £3,580.00"): they named terms he had not agreed to
        (`simulation.call._not_quite`, `_sum_put_right`; thirty-first audit: a confirmation
        promised with the wrong sum he had put right scored 100 gold)."""
        return self._answered(lambda t: t.line_id == NOT_QUITE_LINE) | self.sum_fixed

    @cached_property
    def sum_fixed(self) -> frozenset[int]:
        """The learner lines of `corrected` whose sum he put right as he agreed (`_SUM_FIX`)."""
        return self._answered(lambda t: sum_put_right(t.text, self.language))

    @cached_property
    def agreed_days(self) -> set[str]:
        """The days of the agreed terms (ISO): the one payment's, the down payment's, the rest's."""
        agreed = getattr(self.call, "agreed_terms", None) or {}
        return {str(agreed[k]) for k in ("date", "now_date", "rest_date") if agreed.get(k)}

    @cached_property
    def wrong_read_back(self) -> Line | None:
        """The learner's last read-back of a payment day, if it names none of the days agreed
        (thirteenth and fourteenth audits: "So just to confirm: the full £3,850 will be with us
        by the 5th of December" for his run on the 15th, then "I'll send you a short email
        confirming that"), or a line he corrected; None when the last one was right."""
        last = self._last_read_back
        return last[0] if last is not None and last[1] == "wrong" else None

    @cached_property
    def took_correction(self) -> Line | None:
        """The line that put the last read-back right by taking up the customer's correction
        with the promise to confirm, his terms never said (`_takes_correction`); None otherwise."""
        last = self._last_read_back
        return last[0] if last is not None and last[1] == "taken" else None

    @cached_property
    def _last_read_back(self) -> tuple[Line, str] | None:
        """The learner's last line that said the terms back, and how it stands: "wrong", "right",
        or "taken" (his correction taken up, see `took_correction`)."""
        agreed = getattr(self.call, "agreed_terms", None) or {}
        if agreed.get("count"):
            plan = self._wrong_plan_read_back
            return (plan, "wrong") if plan is not None else None
        days = set(self.agreed_days)
        if not days:
            return None
        promised = set(days)
        days |= down_payment_week(agreed, self.call.call_date)
        today = self.call.call_date.isoformat()
        last: tuple[Line, str] | None = None
        for ln in self.lines:
            named = [d for d in self._payment_days(ln) if d != today or d in days]
            # (his run restated with the day the money arrives "at the latest" names his day)
            named = without_arrival(ln.text, named, promised)
            if ln.index in self.corrected and (
                ln.firmly(*READ_BACK)
                # ... or terms stated, not asked, with a sum he put right: "Gut. Also wir haben:
                # Sie zahlen 1.248 Euro bis zum 18. Dezember." for 1.428 € (V228 04: read as a
                # date and a down payment, and nothing said of the slip — 100 gold)
                or (ln.index in self.sum_fixed and named and "?" not in ln.text)
            ):
                last = (ln, "wrong")
            elif (
                last is not None
                and last[1] == "wrong"
                and self._takes_correction(ln, last[0], named)
            ):
                last = (ln, "taken")
            elif ln.index in self.corrected:
                # New terms asked after the deal and turned down ("could we make that the 2nd
                # instead?" — "let's keep to … 4 December"): no read-back, and "I'll email you
                # confirming that" after it confirms his terms (sixteenth audit, probe P4).
                continue
            elif named and days.intersection(named) and ln.firmly(*READ_BACK):
                last = (ln, "right")  # put right ("Ach so, natürlich: bis zum 4. Dezember …")
            elif (
                last is not None
                and last[1] == "wrong"
                # his day said, or only his sum where the slip was the sum: "Ta – £3,850, my
                # mistake. Bye." to his "No, not quite: £3,850.00 by 15 December 2026." (V250
                # probe 6: "you let it stand", 69 — the sum put right in so many words)
                and (
                    (named and set(named) <= promised)
                    or (
                        not named
                        and ln.facts_of("amount")
                        and set(self._payment_days(last[0])) <= days
                    )
                )
                and _OWN_SLIP.search(ln.text)
                and not any(
                    unagreed_sums([float(a)], agreed, self.scenario.invoice.amount)
                    for a in ln.facts_of("amount")
                )
            ):
                # ... or owned as a slip with his day said: "Sorry, my mistake – the 15th of
                # December, of course." to his "No, not quite: £3,850.00 by 15 December" (V224
                # probe 4: "you let it stand", failed critically — the feedback's own better line)
                last = (ln, "right")
            elif named and ln.firmly("summarise_agreement"):
                last = (ln, "wrong")
        return last

    def said_of(self, amount: float, *, refused: bool) -> bool:
        """Whether the customer named `amount` in a line that turns it down (`refused`: "I
        haven't got £500.00 spare", "Nothing up front") or in one that does not."""
        said = format_money(amount, self.scenario.invoice.currency, self.language)
        return any(
            t.speaker == "customer"
            and said in t.text
            and bool(_TURNS_DOWN.search(t.text)) == refused
            for t in self.call.turns
        )

    def _takes_correction(self, ln: Line, wrong: Line, named: list[str]) -> bool:
        """Whether `ln`, the learner's next line after a read-back the customer corrected, takes
        his terms up: it only promises the written confirmation, names no day and no sum of
        its own, and he answers it as agreed with his own terms ("Ich bestätige Ihnen das per
        E-Mail." — "Richtig, am 10. Dezember geht das Geld raus."; V167 06, 69 against its
        auditor's pass). Decision rule (5) of the forty-sixth session."""
        following = [x for x in self.lines if x.index > wrong.index and not x.pause]
        if not following or following[0] is not ln or ln.index in self.corrected:
            return False
        if named or ln.facts_of("amount") or not ln.firmly("confirm_in_writing"):
            return False
        st = self.scenario.states.get(ln.state_after)
        if st is None or st.agreed is None:
            return False
        # ... with his own day in it ("Gern, dann hab ich's auch schriftlich." restates nothing:
        # V64 probe 1 stays a read-back left standing)
        days = self.agreed_days
        reply = next(
            (t for t in self.call.turns if t.index > ln.index and t.speaker == "customer"), None
        )
        if reply is None:
            return False
        said = {str(f.value) for f in extract_facts(reply.text, self.call.call_date)}
        return bool(days & said)

    def _day_spans(self, ln: Line) -> list[tuple[str, int, int]]:
        """The days a line names, with where in it they stand (`simulation.terms.day_spans`)."""
        facts = ((f.get("kind"), f.get("text"), f.get("value")) for f in ln.facts)
        return day_spans(ln.text, facts)

    @cached_property
    def _work_days(self) -> frozenset[str]:
        """Days the learner set for the work, not the money ("Die Nachbesserung mache ich am
        Montag, den 7. Dezember", `simulation.terms.work_date`)."""
        return frozenset(
            day
            for ln in self.lines
            for day, start, end in self._day_spans(ln)
            if start >= 0 and work_date(ln.text, start, end, self.language)
        )

    def _payment_days(self, ln: Line) -> list[str]:
        """The days a line names for the payment (`simulation.terms.money_days`)."""
        return money_days(ln.text, self._day_spans(ln), self._work_days, self.language)

    def future_payment_dates(self, ln: Line) -> list[dt.date]:
        """`future_dates` less the days the line sets for anything but the money: a call back
        ("I'll call you back on Monday and we'll see where things are at"), a visit, sending
        papers ("Ich schicke es Ihnen heute noch"). Sixty-third audit: such lines were
        credited as a pinned date with the invoice's sum, which nobody had said."""
        paying = set(self._payment_days(ln))
        return [d for d in self.future_dates(ln) if d.isoformat() in paying]

    @property
    def _wrong_plan_read_back(self) -> Line | None:
        """For an instalment plan, the customer is the judge of a read-back: the last one he
        corrected ("four payments of £690, first one on the 1st of January" for his three of
        £920 — "No, not quite: 3 payments of £920.00 …"), unless a later read-back went
        through without his correction (nineteenth audit: the wrong one, then "I'll write
        that up and email it over, could you sign it" scored 100 gold). The days alone
        cannot judge it: a plan has a day per payment and read-backs name one or none."""
        last: Line | None = None
        for ln in self.lines:
            if ln.index in self.corrected:
                if ln.firmly(*READ_BACK):
                    last = ln
            elif last is not None and (
                ln.has("summarise_agreement") or ln.facts_of("amount") or ln.facts_of("count")
            ):
                # Read back again, or put right in so many words ("Sorry, my mistake — £920
                # each, not £290": twenty-sixth audit, read as empathy and an offer), and he
                # let it stand.
                last = None
        return last

    @cached_property
    def agreed_at(self) -> Line | None:
        """The learner line after which the customer first agreed."""
        states = self.scenario.states
        for ln in self.lines:
            st = states.get(ln.state_after)
            if st is not None and (st.agreed in AGREEMENTS or st.end in AGREEMENTS):
                return ln
        return None

    @cached_property
    def position_at(self) -> int | None:
        """Index of the first customer turn in which he stated his position (see
        `position_states`), or None: the call never got that far (GUIDE §6, no free points:
        the checks that judge the answer to it were not exercised)."""
        states = position_states(self.scenario)
        for turn in self.call.turns:
            if turn.speaker == "customer" and turn.state_after in states:
                return int(turn.index)
        return None

    @property
    def negotiated(self) -> bool:
        """The call reached the negotiation: the customer stated his position, or a result
        came of it (an agreement straight from the learner's proposal, or paid already)."""
        return self.position_at is not None or self.call.outcome in (*AGREEMENTS, "paid_already")

    @cached_property
    def down_payment_turns(self) -> frozenset[int]:
        """The learner turns that put a new part payment on the table (the terms the
        customer heard, `simulation.terms.Table.history`), whatever the line was read as."""
        table = getattr(self.call, "table", None)
        out: set[int] = set()
        before = None
        for offer in getattr(table, "history", None) or []:
            now = offer.get("now")
            if now is not None and now != before:
                out.add(int(offer["turn"]))
            if "now" in offer:
                before = now
        return frozenset(out)

    @cached_property
    def objections(self) -> list[tuple[int, Any]]:
        """(turn index, Objection) for each objection the customer raised, in order."""
        states = self.scenario.states
        by_id = {o.id: o for o in self.scenario.objections}
        seen: list[tuple[int, Any]] = []
        ids: set[str] = set()
        for turn in self.call.turns:
            if turn.speaker != "customer":
                continue
            st = states.get(turn.state_after)
            if st is not None and st.raises and st.raises not in ids:
                ids.add(st.raises)
                obj = by_id.get(st.raises)
                if obj is not None:
                    seen.append((turn.index, obj))
        return seen

    def future_dates(self, line: Line) -> list[dt.date]:
        """Dates in a learner line that lie on or after the call date (payment dates)."""
        out: list[dt.date] = []
        for value in line.facts_of("date"):
            try:
                d = dt.date.fromisoformat(str(value))
            except ValueError:
                continue
            if d >= self.call.call_date:
                out.append(d)
        return out

    # --- formatting -------------------------------------------------------------------
    def money(self, amount: float) -> str:
        return format_money(amount, self.scenario.invoice.currency, self.language)

    def day(self, value: dt.date | str | None) -> str:
        return day(value, self.language)

    @cached_property
    def values(self) -> dict[str, str]:
        """The fields every feedback template may use."""
        out = scenario_values(self.scenario, self.call.call_date)
        table = getattr(self.call, "table", None)
        now = (getattr(table, "terms", None) or {}).get("now")
        if now is not None and 0 < float(now) < self.scenario.invoice.amount:
            # The rest of the down payment the learner asked for, not of the guide's quarter:
            # "And the remaining £2,060.00" after "£650 down … the rest, £2,110" (ninety-second
            # audit).
            cur, lang = self.scenario.invoice.currency, self.language
            out["down_amount"] = format_money(float(now), cur, lang)
            out["rest_amount"] = format_money(self.scenario.invoice.amount - float(now), cur, lang)
        his = parse_day((getattr(self.call, "customer_facts", None) or {}).get("customer.date"))
        when = self.call.call_date
        soonest = when + dt.timedelta(days=_earliest_days(self.scenario))
        if his is not None and soonest <= his < suggested_date(when, _earliest_days(self.scenario)):
            # His own day, sooner than the one a trainer would suggest, is the better line's:
            # "The rest I could pay from 21 December" got "And the remaining £890.00 by Monday
            # 28 December" as the better move (V143 09: "a later date than the customer offered").
            out["date"] = day_long(his, self.language)
        if self.objections:
            objection = self.objections[0][1]
            out["claim"] = objection.claim
            out["facts"] = objection.facts or out["facts"]
        return out


#: Moves the customer answers with what he can pay and when: a state whose own `on:` takes
#: one of them is one where the trainer has him negotiate.
TERMS_MOVES = ("fix_payment_date", "request_down_payment", "propose_instalments")
#: Moves that only greet or wait: the states they lead through from the start still take
#: the neutral opener, so the customer has not yet heard what the call is about.
WAITING_MOVES = ("greeting_identify", "pause")
#: The learner's conduct: the states it leads to are the customer's answer to the blame or
#: the threat, not his own position.
CONDUCT_MOVES = ("accusatory_opener", "threaten_legal")


def position_states(scenario: Any) -> frozenset[str]:
    """The states in which the customer has stated his position — apologised, pleaded a
    lack of money, objected or refused — read from the scenario's structure, never from
    the wording of its lines.

    A state where he objects (`raises`) or refuses (`refuses`) is one; otherwise a state
    whose own `on:` answers a move about terms (TERMS_MOVES), unless it is
    * still the opening: the start, the states greeting or waiting lead to while the
      neutral opener is still taken, and where that opener leads from them (his "Ah. The
      invoice …" before the pause that makes him talk, GUIDE §2), or
    * his reaction to blame or a threat (where CONDUCT_MOVES lead), or an end state.
    """
    states = scenario.states
    opener = "neutral_opener_open_invoice"
    waiting = {scenario.start_state}
    todo = [scenario.start_state]
    while todo:
        name = todo.pop()
        table = scenario.transitions_in(name)
        for t in (t for move in WAITING_MOVES for t in table.get(move, [])):
            if t.to not in waiting and t.to in states and opener in scenario.transitions_in(t.to):
                waiting.add(t.to)
                todo.append(t.to)
    hesitating = {t.to for name in waiting for t in scenario.transitions_in(name).get(opener, [])}
    conduct = {
        t.to
        for name in states
        for trigger, alts in scenario.transitions_in(name).items()
        if trigger in CONDUCT_MOVES
        for t in alts
        if t.to != name
    }
    # A state that only dispatches on the drawn reaction ("Also, wissen Sie …", then his
    # apology, objection or cash problem, whichever the persona is): he has not said which
    # yet (forty-fifth audit: a threat there failed both cash-problem checks, a hang-up one
    # line earlier left them out).
    dispatch = {
        name
        for name in states
        if any(
            "persona" in str(t.when or "") for t in scenario.transitions_in(name).get("pause", [])
        )
    }
    opening = waiting | hesitating | conduct | dispatch
    return frozenset(
        name
        for name, st in states.items()
        if st.raises
        or st.refuses
        or (not st.end and name not in opening and any(m in st.on for m in TERMS_MOVES))
    )


def day(value: dt.date | str | None, language: str) -> str:
    """A date as the letter and feedback write it: 27.11.2026 / 27 November 2026."""
    if value is None:
        return str(texts(language)["unknown_date"])
    return format_date(value, language)


def day_long(value: dt.date, language: str) -> str:
    """A date as a person says it: Freitag, den 4. Dezember / Friday 4 December."""
    return format_date(value, language, style="spoken")


def suggested_date(call_date: dt.date, days: int = 7) -> dt.date:
    """A realistic date for a better line: the Friday at least a week (or `days`, the
    customer's own limit) after the call; on a holiday, the next working day (sixty-seventh
    audit: "… by Friday 25 December" as the model answer)."""
    d = call_date + dt.timedelta(days=max(7, days))
    d += dt.timedelta(days=(4 - d.weekday()) % 7)
    return next_working_day(d)


def _earliest_days(scenario: Any) -> int:
    limits = getattr(scenario, "limits", None)
    return int(getattr(limits, "earliest_days", None) or 7)


def _model_answer(scenario: Any, when: dt.date) -> str:
    """The scenario's `model_answer`, its placeholders filled for the call day."""
    text = getattr(scenario, "model_answer", None)
    if not text:
        return ""
    dated = scenario.model_copy(update={"call_date": when})
    return fill(text, dated, {}, None)


def scenario_values(scenario: Any, call_date: dt.date | None = None) -> dict[str, str]:
    """Template fields that depend on the scenario alone (channel advice needs no call)."""
    lang = scenario.language
    t = texts(lang)
    amount = scenario.invoice.amount
    cur = scenario.invoice.currency
    # A quarter of the invoice, rounded to 50, is a down payment a trainer would ask for.
    down = max(50.0, round(amount / 4 / 50) * 50)
    surname = scenario.customer.name.split()[-1]
    title = t["titles"].get(scenario.customer.gender or "x")
    when = call_date or scenario.call_date or dt.date.today()
    return {
        "caller_name": scenario.caller.name,
        "caller_company": scenario.caller.company,
        "customer_name": scenario.customer.name,
        "surname": surname,
        "salutation": f"{title} {surname}" if title else scenario.customer.name,
        "invoice_number": scenario.invoice.number,
        "amount": format_money(amount, cur, lang),
        # Not before the day he can pay at the earliest (the café owner: 14 days; seventeenth
        # audit: the better line named a day his own limit rules out).
        "date": day_long(suggested_date(when, _earliest_days(scenario)), lang),
        "down_amount": format_money(down, cur, lang),
        "rest_amount": format_money(amount - down, cur, lang),
        "instalment_amount": format_money(amount / 3, cur, lang),
        # Monthly instalments for a customer with nothing up front start about a month out:
        # the first of three by the Friday he could not find a down payment for contradicted
        # him (V171: "£920.00, the first by Friday 18 December" after "I haven't got £300.00
        # spare" for that Friday).
        "first_instalment": day_long(suggested_date(when, max(28, _earliest_days(scenario))), lang),
        "model_answer": _model_answer(scenario, when),
        "claim": "",
        "facts": t["checks"]["handle_objection"]["default_facts"],
    }


#: The ways written terms travel (keyword groups of the message catalogue).
_CHANNELS = ("fax", "email", "post")


def _channels(view: CallView, text: str) -> set[str]:
    return {name for name in _CHANNELS if view.keyword(text, name)}


def channel_overridden(view: CallView) -> tuple[Line, str, str] | None:
    """The learner line that named another way for the written terms than the one the
    customer had just asked for, with his and hers; None when she kept to his."""
    for turn in view.call.turns:
        if turn.speaker != "customer":
            continue
        his = _channels(view, turn.text)
        if len(his) != 1:
            continue
        for ln in view.lines:
            if ln.index <= turn.index:
                continue
            said = _channels(view, ln.text)
            if said and not said & his:
                return ln, next(iter(his)), next(iter(said))
            if said:
                break
    return None
