"""The action plan as people read it: one row per activity, in the company's language, with status words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from playbook.company.company import CompanyPlaybook
from playbook.content import Content
from playbook.models.common import Language
from playbook.rules.schedule import PlannedActivity

COLUMN_LABELS = (
    "column_month",
    "column_start",
    "column_end",
    "column_phase",
    "column_activity",
    "column_owner",
    "column_role",
    "column_status",
)
"""The label keys of the columns, in order."""

STATUS_LABELS = {
    "open": "status_open",
    "in_progress": "status_in_progress",
    "done": "status_done",
    "skipped": "status_skipped",
    "overdue": "status_overdue",
}
"""Status key -> label key, in the order of the status drop-down."""


@dataclass(frozen=True)
class PlanRow:
    """One activity of the plan, every text in the company's language."""

    month: int
    start: dt.date
    end: dt.date
    phase: str
    activity_id: str
    activity: str
    owner: str
    """The named owner, else the word for unassigned."""
    role: str
    """The owner role's name; empty for the company's own extra activities."""
    status: str
    """The status in words: open, in progress, done, skipped or overdue."""

    def cells(self) -> tuple[int, dt.date, dt.date, str, str, str, str, str]:
        """The row's values in column order."""
        return (self.month, self.start, self.end, self.phase, self.activity, self.owner, self.role, self.status)


def label(content: Content, key: str, language: Language) -> str:
    """The interface label ``key`` in ``language``."""
    return content.ui[key].get(language)


def headers(content: Content, language: Language) -> list[str]:
    """The column headers: Maand, Start, Einde, ... (nl) or Month, Start, End, ... (en)."""
    return [label(content, key, language) for key in COLUMN_LABELS]


def status_words(content: Content, language: Language) -> list[str]:
    """Every status in words, in drop-down order."""
    return [label(content, key, language) for key in STATUS_LABELS.values()]


def status_key(activity: PlannedActivity) -> str:
    """Overdue when its month has ended and it is not done (or skipped); else its status, open by default."""
    return "overdue" if activity.overdue else activity.status or "open"


def activity_title(activity: PlannedActivity, language: Language) -> str:
    """The title as the company page shows it."""
    return activity.title.get(language) if activity.title else activity.own_title or ""


def role_title(content: Content, role: str | None, language: Language) -> str:
    """The name of an owner role; empty for none."""
    if role is None:
        return ""
    roles = {entry.id: entry for entry in content.roadmap.roles}
    return roles[role].title.get(language) if role in roles else role


def plan_rows(book: CompanyPlaybook, content: Content) -> list[PlanRow]:
    """One row per activity of the company's plan, in its language."""
    language = book.company.profile.language
    phases = {phase.number: phase for phase in content.roadmap.phases}
    unassigned = label(content, "unassigned", language)
    roles: dict[str, str] = {role.id: role.title.get(language) for role in content.roadmap.roles}
    statuses = {key: label(content, value, language) for key, value in STATUS_LABELS.items()}
    rows = []
    for planned_phase in book.schedule.phases:
        phase = phases[planned_phase.number]
        for month in planned_phase.months:
            for activity in month.activities:
                rows.append(
                    PlanRow(
                        month=month.number,
                        start=month.start,
                        end=month.end,
                        phase=f"{phase.number}. {phase.name.get(language)}",
                        activity_id=activity.id,
                        activity=activity_title(activity, language),
                        owner=activity.owner or unassigned,
                        role=roles.get(activity.role, activity.role) if activity.role else "",
                        status=statuses[status_key(activity)],
                    )
                )
    return rows
