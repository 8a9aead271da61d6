"""The dated roadmap of a company: months from its start date, owners, status, progress and overdue flags.

A company whose time frame (``ai_project.timeframe_months``) is shorter than the roadmap gets the roadmap
compressed to that many months (:func:`month_mapping`): each phase gets a block of months of its own, and
within it the roadmap's months are spread over the block, so several of them may share a month. Below four
months the four phases cannot each have a month: they share months, the later phase's activities after the
earlier one's. A longer time frame keeps the roadmap's twelve months at their pace; the months after it are
the consolidation period (:attr:`Schedule.consolidation_end`), in which nothing new is planned.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import accumulate

from playbook.models.cases import Activity, Roadmap
from playbook.models.common import Text
from playbook.models.company import CompanyProfile, Status
from playbook.rules.obligations import AddedActivity


def _ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def month_mapping(phases: Sequence[Sequence[int]], timeframe: int) -> dict[int, int]:
    """The plan month of every roadmap month, for a time frame of ``timeframe`` months.

    ``phases`` are the roadmap's month numbers per phase, in order. A time frame as long as the roadmap or
    longer keeps every month. A shorter one ends phase p at month ceil(months up to p · T / N) of the plan
    (N the roadmap's months), so that each phase keeps a block of its own while T allows (every phase at
    least N/T months long: T >= 4 for four phases of three); the roadmap months of a phase are spread over
    its block, the j-th of k at ceil(j · n / k) of its n months. The mapping is monotone and onto 1..T; below
    four months a phase whose block would be empty shares the last month of the phase before it.
    """
    total = sum(len(months) for months in phases)
    if timeframe >= total:
        return {month: month for months in phases for month in months}
    mapping: dict[int, int] = {}
    previous_last = 0
    for months, upto in zip(phases, accumulate(len(months) for months in phases), strict=True):
        last = _ceil_div(upto * timeframe, total)
        first = min(previous_last + 1, last)
        span = last - first + 1
        for index, month in enumerate(months, start=1):
            mapping[month] = first - 1 + _ceil_div(index * span, len(months))
        previous_last = last
    return mapping


def plan_length(roadmap: Roadmap, timeframe: int) -> int:
    """How many months the company's plan has: its time frame, at most the roadmap's own length."""
    return min(timeframe, sum(len(phase.months) for phase in roadmap.phases))


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` plus ``months`` calendar months, the day clamped to the month's end."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class PlannedActivity:
    """An activity in the company's plan."""

    id: str
    title: Text | None
    """Upstream title, for roadmap activities."""
    own_title: str | None
    """The company's own title, for extra activities."""
    role: str | None
    owner: str | None
    """The person or people who own it; None when unassigned."""
    status: Status | None
    overdue: bool
    card: str | None = None
    """The method card that helps with it, for activities an obligation added."""
    on: dt.date | None = None
    """A legal date it stands for (the date a use case's duties apply from), shown as its day in the calendar."""


@dataclass(frozen=True)
class PlannedMonth:
    """A month of the plan with its dates."""

    number: int
    start: dt.date
    end: dt.date
    activities: tuple[PlannedActivity, ...]
    roadmap_months: tuple[int, ...]
    """The months of the roadmap it holds: its own number, unless the time frame compresses the roadmap."""


def progress(activities: list[PlannedActivity]) -> int | None:
    """done / (all - skipped), as a whole percent; None when nothing counts."""
    counted = [a for a in activities if a.status != "skipped"]
    if not counted:
        return None
    done = sum(1 for a in counted if a.status == "done")
    return (200 * done + len(counted)) // (2 * len(counted))


@dataclass(frozen=True)
class PlannedPhase:
    """A phase of the plan with its progress."""

    number: int
    months: tuple[PlannedMonth, ...]

    @property
    def progress(self) -> int | None:
        """Whole percent of the phase's counted activities that are done."""
        return progress([a for month in self.months for a in month.activities])


@dataclass(frozen=True)
class Schedule:
    """The company's dated roadmap."""

    phases: tuple[PlannedPhase, ...]
    """The phases with their months; below four months of plan two phases may hold the same month, each with
    its own activities."""
    today: dt.date
    timeframe_months: int
    """The company's time frame; the plan has as many months, at most the roadmap's twelve."""

    @cached_property
    def months(self) -> tuple[PlannedMonth, ...]:
        """All months of the plan, in order, each once: a month two phases share holds the activities of both."""
        flat = tuple(month for phase in self.phases for month in phase.months)
        if len({month.number for month in flat}) == len(flat):
            return flat
        merged: dict[int, PlannedMonth] = {}
        for month in flat:
            held = merged.get(month.number)
            merged[month.number] = (
                month
                if held is None
                else replace(
                    held,
                    activities=held.activities + month.activities,
                    roadmap_months=held.roadmap_months + month.roadmap_months,
                )
            )
        return tuple(merged.values())

    @property
    def progress(self) -> int | None:
        """Whole percent of all counted activities that are done."""
        return progress([a for month in self.months for a in month.activities])

    @property
    def overdue(self) -> tuple[PlannedActivity, ...]:
        """Activities whose month has ended and that are neither done nor skipped."""
        return tuple(a for month in self.months for a in month.activities if a.overdue)

    @property
    def consolidation_end(self) -> dt.date | None:
        """The last day of the company's time frame when it runs beyond the plan's months: from the day after
        the plan's last month until then the company consolidates what the plan built; None otherwise."""
        months = self.months
        if self.timeframe_months <= len(months):
            return None
        return add_months(months[0].start, self.timeframe_months) - dt.timedelta(days=1)

    def phases_of(self, month: PlannedMonth) -> tuple[PlannedPhase, ...]:
        """The phase that holds ``month``, or the phases that share it."""
        return tuple(p for p in self.phases if any(m.number == month.number for m in p.months))


def current_month(schedule: Schedule) -> PlannedMonth | None:
    """The month of the plan that holds the build date; None before the start and after the end."""
    return next((m for m in schedule.months if m.start <= schedule.today <= m.end), None)


def owner_of(company: CompanyProfile, role: str) -> str | None:
    """The name(s) the company gave for ``role``."""
    value = getattr(company.people, role, None)
    if isinstance(value, list):
        return ", ".join(value) or None
    return value


def planned_for(company: CompanyProfile, activity_id: str, title: Text, role: str, ended: bool) -> PlannedActivity:
    """An activity of the roadmap (or one an obligation adds), with its owner, status and overdue flag."""
    override = company.activities.get(activity_id)
    status = company.progress.get(activity_id)
    return PlannedActivity(
        id=activity_id,
        title=title,
        own_title=None,
        role=role,
        owner=override.owner if override and override.owner else owner_of(company, role),
        status=status,
        overdue=ended and status not in ("done", "skipped"),
    )


def sized_title(activity: Activity, company: CompanyProfile, roadmap: Roadmap) -> Text:
    """The activity's title, or its lighter variant for an IT team below the size for formal structures."""
    small = company.it_team_size < roadmap.formal_structures_from
    return activity.title_small if small and activity.title_small else activity.title


def _extra_activity(
    company: CompanyProfile, key: str, title: str | None, owner: str | None, ended: bool
) -> PlannedActivity:
    status = company.progress.get(key)
    return PlannedActivity(
        id=key,
        title=None,
        own_title=title,
        role=None,
        owner=owner,
        status=status,
        overdue=ended and status not in ("done", "skipped"),
    )


def plan_schedule(
    company: CompanyProfile, roadmap: Roadmap, today: dt.date, added: Sequence[AddedActivity] = ()
) -> Schedule:
    """Date the roadmap from the company's start, compressed to its time frame, and fill in owners and status.

    ``added`` are the activities the use cases' obligations call for; each joins the month its roadmap month
    maps to, after the roadmap's own activities, owned by its role; the one that stops a prohibited use case
    comes first in its month. An activity for a legal date is placed by that date (its ``month`` is already
    a month of the plan) and never moves with the compression. A company's extra activities name a month of
    the roadmap (1-12) and move with it.
    """
    start = company.ai_project.start
    timeframe = company.ai_project.timeframe_months
    mapping = month_mapping([[month.number for month in phase.months] for phase in roadmap.phases], timeframe)
    extras = {key: entry for key, entry in company.activities.items() if key.startswith("extra-")}
    # the last phase that holds each month of the plan: a legal date's activity joins its month there
    holder = {mapping[month.number]: phase.number for phase in roadmap.phases for month in phase.months}
    phases = []
    for phase in roadmap.phases:
        months = []
        for number in sorted({mapping[month.number] for month in phase.months}):
            month_end = add_months(start, number) - dt.timedelta(days=1)
            ended = month_end < today
            sources = [month for month in phase.months if mapping[month.number] == number]
            roadmap_months = {month.number for month in sources}

            def obligation(extra: AddedActivity, ended: bool = ended) -> PlannedActivity:
                activity = planned_for(company, extra.id, extra.title, extra.role, ended)
                return replace(activity, card=extra.card, on=extra.on)

            planned = [obligation(x) for x in added if x.obligation == "stop" and x.month in roadmap_months]
            for month in sources:
                planned += [
                    planned_for(company, activity.id, sized_title(activity, company, roadmap), activity.owner, ended)
                    for activity in month.activities
                ]
                planned += [
                    obligation(x) for x in added if x.obligation not in ("stop", "applies") and x.month == month.number
                ]
            if holder[number] == phase.number:
                planned += [obligation(x) for x in added if x.obligation == "applies" and x.month == number]
            planned += [
                _extra_activity(company, key, entry.title, entry.owner, ended)
                for key, entry in extras.items()
                if entry.month in roadmap_months
            ]
            months.append(
                PlannedMonth(
                    number, add_months(start, number - 1), month_end, tuple(planned), tuple(sorted(roadmap_months))
                )
            )
        phases.append(PlannedPhase(phase.number, tuple(months)))
    return Schedule(tuple(phases), today, timeframe)
