"""What was agreed, read from the learner's own words: who pays how much, by when.

The letter is drafted from these terms and checked against them. The facts come from the
recogniser (amounts, dates resolved against the call date); where the learner left a term
open, it stays None and the letter says so instead of inventing it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..simulation.terms import parse_day, reduced_sum
from .view import CallView, Line

#: Outcomes that are a part-payment agreement (GUIDE §4: terms in detail, countersign).
INSTALMENT_OUTCOMES = frozenset({"instalment_plan", "down_payment_and_plan"})


@dataclass
class Payment:
    amount: float | None
    date: dt.date | None
    down: bool = False
    now: bool = False  # "sofort"/"today" without a date of its own


@dataclass
class Terms:
    kind: str  # "single" | "instalments" | "compromise"
    payments: list[Payment] = field(default_factory=list)
    compromise: str | None = None  # "rework" | "reduction" | "extra" | "other"
    reduction: str | None = None  # the reduction as the learner put it, formatted

    @property
    def promised_date(self) -> dt.date | None:
        """The date the letter must name: the last payment's."""
        dates = [p.date for p in self.payments if p.date]
        return dates[-1] if dates else None


def instalments_agreed(call: object) -> bool:
    return getattr(call, "outcome", None) in INSTALMENT_OUTCOMES


def _last_date(view: CallView, lines: list[Line]) -> dt.date | None:
    dates = [d for ln in lines for d in view.future_dates(ln)]
    return dates[-1] if dates else None


def _promised_date(view: CallView) -> dt.date | None:
    """The payment date the customer agreed to (`agreed_terms`), else the learner's last.

    Not simply the last date the learner said: a goodbye's "bis Dienstag!" after the deal,
    or the learner's 11th when the customer committed to his payment run on the 15th, is
    not what the letter must confirm."""
    agreed = getattr(view.call, "agreed_terms", None) or {}
    day = parse_day(agreed.get("date"))
    return day if day is not None else _last_date(view, view.lines)


def extract_terms(view: CallView) -> Terms:
    call = view.call
    total = view.scenario.invoice.amount
    if instalments_agreed(call):
        return _instalments(view, total)
    if call.outcome == "compromise":
        return _compromise(view, total)
    split = _split(getattr(call, "agreed_terms", None))
    if split is not None:
        return split
    return Terms("single", [Payment(total, _promised_date(view))])


def _split(agreed: dict[str, Any] | None) -> Terms | None:
    """A promise in two parts, as the customer accepted it ("300 € bis Freitag, den Rest bis
    zum 15."): the letter names both parts, never the full amount by the last date. Read
    from `agreed_terms`, the engine's table at the moment of agreement (later lines may
    still move the table)."""
    if not agreed or agreed.get("now") is None or agreed.get("rest") is None:
        return None
    rest_date = parse_day(agreed.get("rest_date"))
    if rest_date is None:
        return None
    down_date = parse_day(agreed.get("now_date"))
    return Terms(
        "single",
        [
            Payment(float(agreed["now"]), down_date, down=True, now=down_date is None),
            Payment(float(agreed["rest"]), rest_date),
        ],
    )


def _instalments(view: CallView, total: float) -> Terms:
    agreed_terms = getattr(view.call, "agreed_terms", None)
    agreed = _agreed_plan(agreed_terms, total)
    if agreed is not None:
        return agreed
    split = _split(agreed_terms)
    if split is not None and not any(
        (agreed_terms or {}).get(k) for k in ("count", "each", "parts")
    ):
        # A down payment and the rest on one day, as the customer accepted them ("£375 by
        # Friday the 11th … and the rest, £815, by the 15th of January"): two payments, not
        # the rest cut in as many parts as the read-back names days (seventy-third audit: the
        # model letter asked him to sign for "£407.50 by 11 December and £407.50 by 15
        # January" beside the £375).
        return Terms("instalments", split.payments)
    payments: list[Payment] = []
    rest_dates: list[dt.date] = []
    down_line = next((ln for ln in view.lines if ln.has("request_down_payment")), None)
    later = view.lines
    down_amount = 0.0
    if down_line is not None:
        amounts = down_line.facts_of("amount")
        dates = view.future_dates(down_line)
        now = view.keyword(down_line.text, "now") is not None
        rest_here = view.keyword(down_line.text, "rest") is not None
        # "300 € heute und den Rest bis 15.12.": the first date is the down payment's,
        # the others are for the rest; "300 € und den Rest bis Freitag": all are the rest's.
        if len(dates) >= 2 or (dates and now and dates[0] == view.call.call_date):
            down_date, rest_dates = dates[0], dates[1:]
        elif dates and rest_here:
            down_date, rest_dates = None, dates
        else:
            down_date = dates[0] if dates else None
        down_amount = float(amounts[0]) if amounts else 0.0
        payments.append(Payment(amounts[0] if amounts else None, down_date, down=True, now=now))
        later = view.after(down_line.index)
    for ln in later:
        dates = view.future_dates(ln)
        if not dates:
            continue
        # A proposed plan lists all its dates; a single date replaces the one before
        # (the learner moved it after the customer objected).
        rest_dates = dates if ln.has("propose_instalments") else [dates[-1]]
    rest = max(total - down_amount, 0.0)
    if rest_dates:
        each = round(rest / len(rest_dates), 2)
        payments += [Payment(each, d) for d in rest_dates]
    else:
        payments.append(Payment(rest, None))
    return Terms("instalments", payments)


def _agreed_plan(agreed: dict[str, Any] | None, total: float) -> Terms | None:
    """The plan as the customer accepted it, when the engine kept a day for every payment
    (`agreed_terms.dates`): not rebuilt from the learner's later lines (forty-ninth audit: the
    read-back "four payments of £690, 15th December through to 15th March" names two days, and
    a letter listing all four payments "lacked £1,380.00, £1,380.00")."""
    if agreed and not agreed.get("dates") and agreed.get("now") is None:
        count, each = agreed.get("count"), agreed.get("each")
        first = parse_day(agreed.get("rest_date") or agreed.get("date"))
        if count and each and first is not None:
            # A plan with its size and first day, no down payment: not rebuilt from the
            # learner's lines, where a down payment he refused still stands (ninety-seventh
            # audit: the letter with six payments of £460 "lacked £700.00, 11 December").
            later = [Payment(float(each), None) for _ in range(int(count) - 1)]
            return Terms("instalments", [Payment(float(each), first), *later])
    if not agreed or not agreed.get("dates"):
        return None
    days = [parse_day(d) for d in agreed["dates"]]
    if not all(days):
        return None
    payments: list[Payment] = []
    left = total
    if agreed.get("now") is not None:
        now_date = parse_day(agreed.get("now_date"))
        payments.append(Payment(float(agreed["now"]), now_date, down=True, now=now_date is None))
        left = float(agreed.get("rest") or max(total - float(agreed["now"]), 0.0))
    each = agreed.get("each")
    sizes = agreed.get("parts") or []
    if len(sizes) == len(days):
        # Parts of different sizes ("700 Euro am 15. Dezember und 665,40 am 15. Jänner").
        payments += [Payment(float(v), d) for v, d in zip(sizes, days, strict=True)]
        return Terms("instalments", payments)
    part = float(each) if each is not None else round(left / len(days), 2)
    payments += [Payment(part, d) for d in days]
    return Terms("instalments", payments)


def _compromise(view: CallView, total: float) -> Terms:
    offer = next((ln for ln in reversed(view.lines) if ln.has("offer_compromise")), None)
    kind, reduction, amount = "other", None, total
    if offer is not None:
        if view.keyword(offer.text, "reduction"):
            kind = "reduction"
            percents = offer.facts_of("percent")
            amounts = offer.facts_of("amount")
            if percents:
                p = float(percents[0])
                reduction = f"{p:g} %"
                amount = round(total * (1 - p / 100), 2)
            elif amounts:
                cut = float(amounts[0])
                reduction = view.money(cut)
                amount = max(total - cut, 0.0)
            else:
                reduction = "…"
        elif view.keyword(offer.text, "rework"):
            kind = "rework"
        elif view.keyword(offer.text, "extra"):
            kind = "extra"
    agreed = getattr(view.call, "agreed_terms", None) or {}
    reduced = reduced_sum(agreed, total)
    if reduced is not None and abs(reduced - amount) > 0.5:
        # The reduced sum the customer agreed to, where the last offer line names none: "Können
        # Sie die 3.213 Euro … bis 23. Dezember?" after "10 Prozent Nachlass" (V104 06: the
        # letter's undiscounted 3.570,00 € was judged against the whole invoice).
        amount = reduced
    return Terms("compromise", [Payment(amount, _promised_date(view))], kind, reduction)
