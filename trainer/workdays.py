"""Working days for the days a call names: a model answer's payment day and a scenario's
named days (a payment run) never fall on a weekend or a bank holiday the guide's customers
keep (24–26 and 31 December, 1 January)."""

from __future__ import annotations

import datetime as dt

#: Days nobody pays or runs payments on, whatever the year.
NO_PAYMENT_DAYS = frozenset({(12, 24), (12, 25), (12, 26), (12, 31), (1, 1)})


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself if it is a working day, else the next one."""
    while (day.month, day.day) in NO_PAYMENT_DAYS or day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


__all__ = ["NO_PAYMENT_DAYS", "next_working_day"]
