"""The roadmap as a calendar (RFC 5545): one event per activity, in the first working week of its month."""

from __future__ import annotations

import datetime as dt

from playbook.company.company import CompanyPlaybook
from playbook.content import Content
from playbook.export.plan_rows import activity_title, label, role_title
from playbook.models.common import Language
from playbook.rules.schedule import PlannedActivity, PlannedMonth

SEQUENCE_EPOCH = dt.date(2020, 1, 1)
"""SEQUENCE counts days from here to the build date: each later build supersedes an earlier import."""


def ics_text(text: str) -> str:
    """A TEXT value with backslashes, semicolons, commas and line ends escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets, as RFC 5545 asks."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    start = 0
    while start < len(data):
        end = min(start + (75 if not parts else 74), len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start = end
    return "\r\n ".join(parts)


def first_working_week(month: PlannedMonth) -> tuple[dt.date, dt.date]:
    """The first working day of the month and the day after that week's Friday (an all-day event's end)."""
    first = month.start
    while first.weekday() >= 5:
        first += dt.timedelta(days=1)
    friday = first + dt.timedelta(days=4 - first.weekday())
    return first, min(friday, month.end) + dt.timedelta(days=1)


def company_page_url(book: CompanyPlaybook, site_url: str, root_language: Language = "nl") -> str:
    """The company page in the company's language, or '' without a site URL (the root language's address)."""
    if not site_url:
        return ""
    language = book.company.profile.language
    root = "" if language == root_language else f"{language}/"
    return f"{site_url}{root}playbook/{book.company.slug}/"


def _event(
    book: CompanyPlaybook,
    content: Content,
    month: PlannedMonth,
    activity: PlannedActivity,
    stamp: str,
    sequence: int,
    page: str,
) -> list[str]:
    language = book.company.profile.language
    slug = book.company.slug
    start, end = first_working_week(month)
    if activity.on is not None:  # a legal date: the event is on that day
        start, end = activity.on, activity.on + dt.timedelta(days=1)
    lines = []
    if activity.owner:
        lines.append(label(content, "calendar_owner", language).format(owner=activity.owner))
    if activity.role:
        lines.append(
            label(content, "calendar_role", language).format(role=role_title(content, activity.role, language))
        )
    if not lines:
        lines.append(label(content, "unassigned", language))
    url = f"{page}#{slug}-{activity.id}-item" if page else ""
    if url:
        lines.append(url)
    event = [
        "BEGIN:VEVENT",
        f"UID:{slug}-{activity.id}@playbook",
        f"DTSTAMP:{stamp}",
        f"SEQUENCE:{sequence}",
        f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
        f"SUMMARY:{ics_text(activity_title(activity, language))}",
        f"DESCRIPTION:{ics_text(chr(10).join(lines))}",
        "TRANSP:TRANSPARENT",
    ]
    if url:
        event.append(f"URL;VALUE=URI:{url}")
    return [*event, "END:VEVENT"]


def calendar_bytes(
    book: CompanyPlaybook, content: Content, built: dt.datetime, site_url: str = "", root_language: Language = "nl"
) -> bytes:
    """One all-day event per roadmap activity, named after the company; ``site_url`` makes links absolute."""
    language = book.company.profile.language
    stamp = built.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    sequence = max((built.date() - SEQUENCE_EPOCH).days, 0)
    name = label(content, "calendar_name", language).format(name=book.company.profile.name)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//playbook//roadmap//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_text(name)}",
    ]
    page = company_page_url(book, site_url, root_language)
    for month in book.schedule.months:
        for activity in month.activities:
            lines += _event(book, content, month, activity, stamp, sequence, page)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
