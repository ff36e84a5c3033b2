"""Money, dates and numbers as people of a language write them, through Babel.

One place for every displayed amount and date: the briefing, the customer's lines, the
coaching texts, the letter draft and the export. The locale comes from the language's
catalogue (`meta.locale`: de -> de_DE, en -> en_GB); a caller may pass another one.
The patterns a language writes dates with are catalogue data too (`meta.date`,
`meta.date_spoken`, `meta.datetime`), so a new language needs no code here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from .catalogue import catalogue

#: Babel separates number and currency (and date parts) with no-break spaces. Shown
#: text uses plain ones: learners copy amounts into their letters and type them back,
#: the fact parser and tests read them, and a terminal shows both alike.
T = TypeVar("T", dt.date, dt.datetime)

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def locale_for(lang: str, locale: str | None = None) -> str:
    """The Babel locale for `lang`: `locale` if given, else the catalogue's `meta.locale`."""
    if locale:
        return locale
    return str(catalogue(lang).get("meta", {}).get("locale") or "en_GB")


@cache
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en_GB")  # an unknown locale in a catalogue must not crash a call


def _meta(lang: str, key: str, default: str) -> str:
    return str(catalogue(lang).get("meta", {}).get(key) or default)


def format_money(amount: float, currency: str, lang: str, *, locale: str | None = None) -> str:
    """2380.0, EUR -> '2.380,00 €' (de) / '€2,380.00' (en); 1190, GBP -> '£1,190.00'."""
    text = babel_numbers.format_currency(amount, currency, locale=_locale(locale_for(lang, locale)))
    return text.translate(_SPACES)


def format_number(
    value: float, lang: str, *, decimals: int | None = None, locale: str | None = None
) -> str:
    """1234.5 -> '1.234,5' (de) / '1,234.5' (en); `decimals` fixes the digits shown."""
    loc = _locale(locale_for(lang, locale))
    if decimals is None:
        return babel_numbers.format_decimal(value, locale=loc).translate(_SPACES)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=loc).translate(_SPACES)


def _parsed(value: T | str | None, parse: Callable[[str], T]) -> T | str:
    """`value` itself, or parsed from ISO text; text that does not parse stays as written
    (a scenario may say "next Friday"), and None is ''."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            return parse(value)
        except ValueError:
            return value
    return value


def format_date(
    value: dt.date | str | None,
    lang: str,
    *,
    style: str = "date",
    locale: str | None = None,
) -> str:
    """A date as `lang` writes it: '31.10.2026' / '31 October 2026' (style "date"), or
    'Samstag, den 31. Oktober' / 'Saturday 31 October' (style "spoken", as said on the
    phone). Any other `style` is a Babel format name or pattern. A string that is not an
    ISO date is shown as written; None is ''."""
    day = _parsed(value, dt.date.fromisoformat)
    if not isinstance(day, dt.date):
        return day
    defaults = {"date": "medium", "spoken": "EEEE d MMMM"}
    key = {"date": "date", "spoken": "date_spoken"}.get(style)
    pattern = _meta(lang, key, defaults[style]) if key else style
    loc = _locale(locale_for(lang, locale))
    return babel_dates.format_date(day, format=pattern, locale=loc).translate(_SPACES)


def format_datetime(
    value: dt.datetime | str | None, lang: str, *, locale: str | None = None
) -> str:
    """A moment as `lang` writes it ('02.11.2026, 09:30' / '2 November 2026, 09:30'), in
    the time zone it was recorded in. A string that is not ISO 8601 is shown as written."""
    moment = _parsed(value, dt.datetime.fromisoformat)
    if not isinstance(moment, dt.datetime):
        return moment
    pattern = _meta(lang, "datetime", "d MMMM y, HH:mm")
    loc = _locale(locale_for(lang, locale))
    # tzinfo=moment.tzinfo: Babel would otherwise convert to UTC; the time as recorded is
    # what the learner saw on the clock.
    return babel_dates.format_datetime(
        moment, format=pattern, tzinfo=moment.tzinfo, locale=loc
    ).translate(_SPACES)
