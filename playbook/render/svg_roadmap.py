"""The roadmap as a timeline, inline SVG drawn at build time (in the style of `playbook.render.svg`).

Phases are bands over the months; under each month its activities are marks, one per activity, whose shape
and colour say its status (done, open, overdue, skipped, a legal deadline); a line marks the build date.
Each mark carries its activity and status as data attributes, so what the picture says can be read back.
The chart is an image (role, title, description); the checklist under it is its text alternative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from playbook.render.markdown import escape_html
from playbook.rules.schedule import PlannedActivity, Schedule

WIDTH = 720
LEFT, RIGHT, TOP = 8, 8, 8
BAND, AXIS, MARK, GAP, LEGEND = 26, 22, 12, 4, 40
STATUSES = ("done", "open", "overdue", "skipped", "legal")
"""The marks' statuses, in the legend's order."""


@dataclass(frozen=True)
class TimelineText:
    """What the timeline writes: title and description, phase and month labels, today's label, the legend."""

    title: str
    description: str
    phase: Callable[[int], str]
    month: Callable[[dt.date], str]
    today: str
    legend: Mapping[str, str]


def for_a_use_case(activity: PlannedActivity) -> bool:
    """True for an activity an obligation adds for a use case ('m03-dpia-uc2'): its title quotes the use case."""
    return activity.id.rpartition("-uc")[2].isdigit()


def mark_status(activity: PlannedActivity) -> str:
    """The status a mark shows: done, skipped, overdue, legal (an open activity an obligation adds) or open."""
    if activity.status in ("done", "skipped"):
        return activity.status
    if activity.overdue:
        return "overdue"
    if for_a_use_case(activity):
        return "legal"
    return "open"


def _shape(status: str, x: float, y: float) -> tuple[str, str]:
    """A mark of MARK pixels at (x, y), as its tag and attributes: a shape per status, so colour is never the
    only sign (a dot done, a ring open, a square overdue, a dash skipped, a diamond a legal deadline)."""
    half = MARK / 2
    cx, cy = x + half, y + half
    if status == "done":
        return "circle", f'cx="{cx:.1f}" cy="{cy:.1f}" r="{half - 1}"'
    if status == "overdue":
        return "rect", f'x="{x + 1:.1f}" y="{y + 1:.1f}" width="{MARK - 2}" height="{MARK - 2}"'
    if status == "legal":
        return "polygon", f'points="{cx:.1f},{y:.1f} {x + MARK:.1f},{cy:.1f} {cx:.1f},{y + MARK:.1f} {x:.1f},{cy:.1f}"'
    if status == "skipped":
        return "rect", f'x="{x + 1:.1f}" y="{cy - 2:.1f}" width="{MARK - 2}" height="4"'
    return "circle", f'cx="{cx:.1f}" cy="{cy:.1f}" r="{half - 2}"'


def status_counts(schedule: Schedule) -> dict[str, int]:
    """How many activities each mark status has."""
    counts = dict.fromkeys(STATUSES, 0)
    for month in schedule.months:
        for activity in month.activities:
            counts[mark_status(activity)] += 1
    return counts


def band_spans(schedule: Schedule) -> list[tuple[float, float]]:
    """Where each phase's band starts and ends on the axis, in months from the first: over its own months; a
    month that phases share (a plan shorter than it has phases) is divided between them, in phase order."""
    column = {month.number: index for index, month in enumerate(schedule.months)}
    holders: dict[int, list[int]] = {}
    for index, phase in enumerate(schedule.phases):
        for month in phase.months:
            holders.setdefault(month.number, []).append(index)
    spans = []
    for index, phase in enumerate(schedule.phases):
        first, last = phase.months[0].number, phase.months[-1].number
        share_first, share_last = holders[first], holders[last]
        left = column[first] + share_first.index(index) / len(share_first)
        right = column[last] + (share_last.index(index) + 1) / len(share_last)
        spans.append((left, right))
    return spans


def timeline_chart(schedule: Schedule, chart_id: str, text: TimelineText, titles: Sequence[Sequence[str]]) -> str:
    """The timeline of ``schedule``; ``titles`` are the activities' titles per month, as plain text."""
    months = schedule.months
    column = (WIDTH - LEFT - RIGHT) / len(months)
    deepest = max(len(m.activities) for m in months)
    per_row = max(1, int((column - GAP) // (MARK + GAP)))
    rows = -(-deepest // per_row)
    marks_top = TOP + BAND + AXIS
    height = marks_top + rows * (MARK + GAP) + GAP + LEGEND
    parts = [
        f'<svg class="roadmap-chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape_html(text.title)}</title>',
        f'<desc id="{chart_id}-desc">{escape_html(text.description)}</desc>',
    ]
    for phase, (left, right) in zip(schedule.phases, band_spans(schedule), strict=True):
        x = LEFT + left * column
        width = (right - left) * column
        parts.append(
            f'<g class="timeline-band phase-{phase.number}" data-phase="{phase.number}">'
            f'<rect x="{x + 1:.1f}" y="{TOP}" width="{width - 2:.1f}" height="{BAND - 4}" rx="3"/>'
            f'<text x="{x + 6:.1f}" y="{TOP + BAND - 10}">{escape_html(text.phase(phase.number))}</text></g>'
        )
    for number, month in enumerate(months):
        x = LEFT + number * column
        shade = " timeline-month-alt" if number % 2 else ""
        parts.append(
            f'<rect class="timeline-month{shade}" x="{x:.1f}" y="{TOP + BAND}" width="{column:.1f}" '
            f'height="{height - LEGEND - TOP - BAND:.1f}"/>'
            f'<text class="timeline-tick" x="{x + column / 2:.1f}" y="{TOP + BAND + 15}" text-anchor="middle">'
            f"{escape_html(text.month(month.start))}</text>"
        )
        for slot, activity in enumerate(month.activities):
            status = mark_status(activity)
            mx = x + GAP + (slot % per_row) * (MARK + GAP)
            my = marks_top + (slot // per_row) * (MARK + GAP)
            named = titles[number][slot]
            title = escape_html(f"{named} ({text.legend[status]})" if named else text.legend[status])
            tag, attributes = _shape(status, mx, my)
            parts.append(
                f'<{tag} {attributes} class="timeline-mark mark-{status}" data-activity="{activity.id}" '
                f'data-month="{month.number}" data-status="{status}"><title>{title}</title></{tag}>'
            )
    parts.append(_today(schedule, column, height, text.today))
    parts.append(_legend(text.legend, height))
    parts.append("</svg>")
    return "".join(parts)


def today_x(schedule: Schedule, column: float) -> float | None:
    """Where the build date falls on the axis, or None outside the plan."""
    for number, month in enumerate(schedule.months):
        if month.start <= schedule.today <= month.end:
            days = (month.end - month.start).days + 1
            return LEFT + column * (number + ((schedule.today - month.start).days + 0.5) / days)
    return None


def _today(schedule: Schedule, column: float, height: float, label: str) -> str:
    x = today_x(schedule, column)
    if x is None:
        return ""
    anchor = "end" if x > WIDTH / 2 else "start"
    shift = -4 if anchor == "end" else 4
    bottom = height - LEGEND + 2
    return (
        f'<g class="timeline-today" data-date="{schedule.today.isoformat()}">'
        f'<line x1="{x:.1f}" y1="{TOP + BAND}" x2="{x:.1f}" y2="{bottom:.1f}"/>'
        f'<text x="{x + shift:.1f}" y="{bottom + 12:.1f}" text-anchor="{anchor}">{escape_html(label)}</text></g>'
    )


def _legend(legend: Mapping[str, str], height: float) -> str:
    y = height - 14
    parts = ['<g class="timeline-legend">']
    x = float(LEFT)
    for status in STATUSES:
        tag, attributes = _shape(status, x, y - MARK + 2)
        parts.append(
            f'<{tag} {attributes} class="timeline-mark mark-{status}"/>'
            f'<text x="{x + MARK + 4:.1f}" y="{y:.1f}">{escape_html(legend[status])}</text>'
        )
        x += MARK + 12 + 7.2 * len(legend[status])
    parts.append("</g>")
    return "".join(parts)
