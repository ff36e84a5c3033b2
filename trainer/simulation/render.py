"""Fill a customer line's placeholders with scenario facts and the learner's words
(amounts and dates in the scenario's locale, through `trainer.i18n`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..i18n import format_date, format_money, t
from ..scenario.model import PLACEHOLDER_RE, Scenario


def fill(text: str, scenario: Scenario, learner: Mapping[str, Any], objection: str | None) -> str:
    """Replace {invoice.number} and friends; unknown or missing facts stay readable."""
    lang = scenario.language
    inv = scenario.invoice
    currency = inv.currency

    def value(key: str) -> str:
        match key:
            case "invoice.number":
                return inv.number
            case "invoice.amount":
                return format_money(inv.amount, currency, lang)
            case "invoice.due":
                return format_date(inv.due, lang)
            case "invoice.issued":
                return format_date(inv.issued, lang)
            case "invoice.service":
                return inv.service or ""
            case "customer.name":
                return scenario.customer.name
            case "customer.company":
                return scenario.customer.company
            case "caller.name":
                return scenario.caller.name
            case "caller.company":
                return scenario.caller.company
            case "learner.date" | "customer.date":
                return format_date(learner.get(key), lang) or t(lang, "said_date")
            case "learner.amount":
                amount = learner.get("learner.amount")
                if amount is None:
                    return t(lang, "said_amount")
                return format_money(float(amount), currency, lang)
            case "learner.count":
                return str(learner.get("learner.count") or "")
            case "learner.percent":
                return str(learner.get("learner.percent") or "")
            case "objection.claim":
                return objection or ""
            case "terms.amount":
                # The single amount on the table ("£60 off, so £120 by the 18th"), else the
                # invoice's: what the customer agrees to pay in one go.
                amount = learner.get(key)
                return format_money(
                    float(amount if amount is not None else inv.amount), currency, lang
                )
            case "terms.now" | "terms.rest" | "terms.each" | "limits.now":
                amount = learner.get(key)
                if amount is None:
                    return t(lang, "said_amount")
                return format_money(float(amount), currency, lang)
            case "terms.now_date" | "terms.rest_date" | "terms.date" | "limits.date":
                return format_date(learner.get(key), lang) or t(lang, "said_date")
            case "terms.count":
                return str(learner.get(key) or "")
            case "terms.rest_when":
                return rest_when(learner, currency, lang)
            case _ if key.startswith("date."):
                # A named day (`dates:`), for the call day: "der nächste Zahlungslauf, am
                # {date.payment_run}" never names a day already past (three audits heard
                # "am 10. Dezember … bis zum 5." on the 7th).
                day = scenario.day(key.removeprefix("date."))
                if day is not None:
                    # said as on the phone, without the year: "am 10. Dezember", "on 15 December"
                    return format_date(day, lang, style="d. MMMM" if lang == "de" else "d MMMM")
        return "{" + key + "}"

    return PLACEHOLDER_RE.sub(lambda m: value(m.group(1)), text)


def and_list(said: list[str], lang: str) -> str:
    """Items as said in a line: "a, b and c" / "a, b und c"."""
    last = " und " if lang == "de" else " and "
    return ", ".join(said[:-1]) + last + said[-1] if len(said) > 1 else "".join(said)


def days_said(days: list[Any], lang: str) -> str:
    """Days as said in a line: "2 December, 15 December and 15 January"."""
    return and_list([format_date(d, lang) or str(d) for d in sorted(str(d) for d in days)], lang)


def parts_said(parts: list[Any], days: list[Any], currency: str, lang: str) -> str:
    """A plan's parts each with its day: "£700.00 on 15 January 2027, … and £660.00 on 15
    April 2027" (`parts` in the order of the days)."""
    on = " am " if lang == "de" else " on "
    said = [
        f"{format_money(float(a), currency, lang)}{on}{format_date(d, lang) or d}"
        for a, d in zip(parts, sorted(str(d) for d in days), strict=True)
    ]
    return and_list(said, lang)


def rest_when(terms: Mapping[str, Any], currency: str, lang: str) -> str:
    """When the rest is paid: "by 16 December 2026", or, for a rest in instalments (thirty-
    ninth audit: the café owner agreed "the rest by 16 December" to £395 on 16 December and
    £395 on 6 January), "in 2 payments of £395.00 on 16 December 2026 and 6 January 2027"."""
    days = terms.get("terms.dates") or []
    count, each = terms.get("terms.count"), terms.get("terms.each")
    if len(days) >= 2 and count and each:
        money = format_money(float(each), currency, lang)
        if lang == "de":
            return f"in {count} Raten zu je {money} am {days_said(days, lang)}"
        return f"in {count} payments of {money} on {days_said(days, lang)}"
    parts = terms.get("terms.parts") or []
    if len(days) >= 2 and len(parts) == len(days):
        # Parts of different sizes, each on its day: said as such, never summed up to one
        # "rest by the first day" (sixty-third audit: "£1,060 on the 18th and £700 on 15
        # January" came back as "the remaining £1,760.00 by 18 December").
        joined = parts_said(parts, days, currency, lang)
        return f"in Teilen: {joined}" if lang == "de" else f"in parts: {joined}"
    day = format_date(terms.get("terms.rest_date"), lang) or t(lang, "said_date")
    if count and each and int(count) >= 2:
        # Instalments whose days were not all read, from their first: "the remaining £2,500 in
        # five monthly instalments of £500, on the 15th of each month from 15 January to 15
        # May" came back as "the rest by 15 January 2027" (V308 08r).
        money = format_money(float(each), currency, lang)
        if lang == "de":
            return f"in {count} Raten zu je {money}, die erste am {day}"
        return f"in {count} payments of {money}, the first on {day}"
    return f"bis zum {day}" if lang == "de" else f"by {day}"
