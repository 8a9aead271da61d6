"""The dated roadmap of a company: months from its start date, owners, status, progress and overdue flags."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from playbook.models.cases import Activity, Roadmap
from playbook.models.common import Text
from playbook.models.company import CompanyProfile, Status
from playbook.rules.obligations import AddedActivity


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
    today: dt.date

    @property
    def months(self) -> tuple[PlannedMonth, ...]:
        """All months, in order."""
        return tuple(month for phase in self.phases for month in phase.months)

    @property
    def progress(self) -> int | None:
        """Whole percent of all counted activities that are done."""
        return progress([a for month in self.months for a in month.activities])

    @property
    def overdue(self) -> tuple[PlannedActivity, ...]:
        """Activities whose month has ended and that are neither done nor skipped."""
        return tuple(a for month in self.months for a in month.activities if a.overdue)


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


def plan_schedule(
    company: CompanyProfile, roadmap: Roadmap, today: dt.date, added: Sequence[AddedActivity] = ()
) -> Schedule:
    """Date the roadmap from the company's start and fill in owners and status.

    ``added`` are the activities the use cases' obligations call for; each joins its month after the roadmap's
    own activities, owned by its role; the one that stops a prohibited use case comes first in its month.
    """
    start = company.ai_project.start
    extras = {key: entry for key, entry in company.activities.items() if key.startswith("extra-")}
    phases = []
    for phase in roadmap.phases:
        months = []
        for month in phase.months:
            month_start = add_months(start, month.number - 1)
            month_end = add_months(start, month.number) - dt.timedelta(days=1)
            ended = month_end < today
            obligations = [
                (
                    extra.obligation == "stop",
                    replace(
                        planned_for(company, extra.id, extra.title, extra.role, ended), card=extra.card, on=extra.on
                    ),
                )
                for extra in added
                if extra.month == month.number
            ]
            planned = [item for stop, item in obligations if stop]
            planned += [
                planned_for(company, activity.id, sized_title(activity, company, roadmap), activity.owner, ended)
                for activity in month.activities
            ]
            planned += [item for stop, item in obligations if not stop]
            for key, entry in extras.items():
                if entry.month == month.number:
                    status = company.progress.get(key)
                    planned.append(
                        PlannedActivity(
                            id=key,
                            title=None,
                            own_title=entry.title,
                            role=None,
                            owner=entry.owner,
                            status=status,
                            overdue=ended and status not in ("done", "skipped"),
                        )
                    )
            months.append(PlannedMonth(month.number, month_start, month_end, tuple(planned)))
        phases.append(PlannedPhase(phase.number, tuple(months)))
    return Schedule(tuple(phases), today)
