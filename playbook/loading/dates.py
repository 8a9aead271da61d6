"""Dates as people write them: YYYY-MM-DD, or DD-MM-YYYY as Dutch Excel saves them; slash dates explained."""

from __future__ import annotations

import calendar
import datetime as dt
import re

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
DUTCH_DATE = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
"""'30-11-2026' and '5-3-2026': day, month, year, as Dutch Excel writes a date."""
SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
ISO_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?")
DUTCH_TIME = re.compile(r"(\d{1,2}-\d{1,2}-\d{4}) \d{1,2}:\d{2}(:\d{2})?")
SLASH_TIME = re.compile(r"(\d{1,2}/\d{1,2}/\d{4}) \d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?")
"""A time after the date, as Forms exports write a completion time: the date is what counts."""


def _checked(text: str, year: int, month: int, day: int) -> tuple[dt.date | None, str]:
    if not 1 <= month <= 12:
        return None, f"{text}: there is no month {month}"
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return None, f"{text}: there is no {day} {calendar.month_name[month]} in {year}"
    return dt.date(year, month, day), ""


def _readings(text: str, first: int, second: int, year: int) -> str:
    """The ISO form of a slash date: both readings when day and month could be swapped."""
    forms = []
    for day, month in ((first, second), (second, first)):
        found, _ = _checked(text, year, month, day)
        if found is not None and found.isoformat() not in forms:
            forms.append(found.isoformat())
    if not forms:
        return f"expected a date (YYYY-MM-DD), got '{text}', which is no date in either order"
    if len(forms) == 1:
        return f"expected a date as YYYY-MM-DD, got '{text}' with slashes; write {forms[0]}"
    return f"expected a date as YYYY-MM-DD, got '{text}' with slashes, which reads two ways; write {forms[0]} or {forms[1]}"


def parse_date(text: str) -> tuple[dt.date | None, str]:
    """The date in ``text``, or None with what is wrong with it ('2027-02-30: there is no 30 February in 2027').

    Accepted: 2026-11-30, 30-11-2026 and 5-3-2026 (day first), each optionally followed by a time of day.
    A slash date is refused with its ISO form, both forms when day and month could be swapped.
    """
    for with_time in (ISO_TIME, DUTCH_TIME, SLASH_TIME):
        timed = with_time.fullmatch(text)
        if timed:
            text = timed.group(1)
            break
    match = ISO_DATE.fullmatch(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return _checked(text, year, month, day)
    match = DUTCH_DATE.fullmatch(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return _checked(text, year, month, day)
    match = SLASH_DATE.fullmatch(text)
    if match:
        first, second, year = (int(part) for part in match.groups())
        return None, _readings(text, first, second, year)
    return None, f"expected a date (YYYY-MM-DD), got '{text}'"
