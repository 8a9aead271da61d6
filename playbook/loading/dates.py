"""Dates as people write them (YYYY-MM-DD), with a plain reason when one cannot exist."""

from __future__ import annotations

import calendar
import datetime as dt
import re

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str) -> tuple[dt.date | None, str]:
    """The date in ``text``, or None with what is wrong with it ('2027-02-30: there is no 30 February in 2027')."""
    match = ISO_DATE.fullmatch(text)
    if not match:
        return None, f"expected a date (YYYY-MM-DD), got '{text}'"
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return None, f"{text}: there is no month {month}"
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return None, f"{text}: there is no {day} {calendar.month_name[month]} in {year}"
    return dt.date(year, month, day), ""
