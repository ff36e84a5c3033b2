"""Fill a customer line's placeholders with scenario facts and the learner's words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..scenario.model import MONTHS_EN, PLACEHOLDER_RE, Scenario

_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF"}


def money(amount: float, currency: str, language: str) -> str:
    """2.380,00 € in German, €2,380.00 in English."""
    symbol = _SYMBOLS.get(currency, currency)
    text = f"{amount:,.2f}"
    if language == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return f"{text} {symbol}"
    return f"{symbol}{text}" if len(symbol) == 1 else f"{text} {symbol}"


def day(value: dt.date | str | None, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return str(value)  # not a date: shown as written
    if language == "de":
        return value.strftime("%d.%m.%Y")
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


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
                return money(inv.amount, currency, lang)
            case "invoice.due":
                return day(inv.due, lang)
            case "invoice.issued":
                return day(inv.issued, lang)
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
            case "learner.date":
                return day(learner.get("learner.date"), lang) or (
                    "dem genannten Termin" if lang == "de" else "the date you said"
                )
            case "learner.amount":
                amount = learner.get("learner.amount")
                if amount is None:
                    return "den Betrag" if lang == "de" else "the amount"
                return money(float(amount), currency, lang)
            case "learner.count":
                return str(learner.get("learner.count") or "")
            case "learner.percent":
                return str(learner.get("learner.percent") or "")
            case "objection.claim":
                return objection or ""
            case "terms.now" | "terms.rest" | "terms.each" | "limits.now":
                amount = learner.get(key)
                if amount is None:
                    return "den Betrag" if lang == "de" else "the amount"
                return money(float(amount), currency, lang)
            case "terms.now_date" | "terms.rest_date" | "terms.date" | "limits.date":
                return day(learner.get(key), lang) or (
                    "dem genannten Termin" if lang == "de" else "the date you said"
                )
            case "terms.count":
                return str(learner.get(key) or "")
        return "{" + key + "}"

    return PLACEHOLDER_RE.sub(lambda m: value(m.group(1)), text)
