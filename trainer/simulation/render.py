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
        return "{" + key + "}"

    return PLACEHOLDER_RE.sub(lambda m: value(m.group(1)), text)
