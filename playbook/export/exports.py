"""Exports of a company playbook: the action plan as CSV and XLSX, the months as ICS, everything as JSON.

Exports hold raw numbers and ISO dates, and are deterministic: every timestamp inside them comes from
the build date (SOURCE_DATE_EPOCH), so two builds of the same data give the same bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import Any

from playbook.company.playbooks import CompanyPlaybook
from playbook.content import Content
from playbook.export.xlsx import workbook_bytes

COLUMNS = ("month", "start", "end", "phase", "activity_id", "activity", "owner", "status")


@dataclass(frozen=True)
class ExportFiles:
    """The export file names of a company, relative to the company index folder."""

    slug: str

    @property
    def names(self) -> dict[str, str]:
        """Kind -> file name."""
        return {
            "xlsx": f"exports/{self.slug}-action-plan.xlsx",
            "csv": f"exports/{self.slug}-action-plan.csv",
            "ics": f"exports/{self.slug}-roadmap.ics",
            "json": f"exports/{self.slug}-playbook.json",
        }


def action_plan(book: CompanyPlaybook, content: Content) -> list[dict[str, Any]]:
    """One row per activity: month, dates, phase, activity, owner and status."""
    language = book.company.profile.language
    phases = {phase.number: phase for phase in content.roadmap.phases}
    rows = []
    for planned_phase in book.schedule.phases:
        phase = phases[planned_phase.number]
        for month in planned_phase.months:
            for activity in month.activities:
                title = activity.title.get(language) if activity.title else activity.own_title
                rows.append(
                    {
                        "month": month.number,
                        "start": month.start.isoformat(),
                        "end": month.end.isoformat(),
                        "phase": f"{phase.number}. {phase.name}",
                        "activity_id": activity.id,
                        "activity": title,
                        "owner": activity.owner or "",
                        "status": activity.status or "open",
                    }
                )
    return rows


def to_csv(rows: list[dict[str, Any]]) -> bytes:
    """The action plan as UTF-8 CSV with a header row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def to_xlsx(rows: list[dict[str, Any]], title: str, built: dt.datetime) -> bytes:
    """The action plan as an Excel workbook, with the build moment as its document and zip times."""
    cells = [[row[column] for column in COLUMNS] for row in rows]
    return workbook_bytes("Action plan", COLUMNS, cells, title=title, creator="playbook", moment=built)


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
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


def to_ics(book: CompanyPlaybook, content: Content, built: dt.datetime) -> bytes:
    """One all-day event per roadmap month, with its activities in the description."""
    language = book.company.profile.language
    months = {month.number: month for phase in content.roadmap.phases for month in phase.months}
    stamp = built.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//playbook//roadmap//EN", "CALSCALE:GREGORIAN"]
    for month in book.schedule.months:
        activities = "\n".join(
            f"- {(a.title.get(language) if a.title else a.own_title)} ({a.owner or '-'})" for a in month.activities
        )
        summary = f"{book.company.profile.name}: {month.number}. {months[month.number].title.get(language)}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{book.company.slug}-month-{month.number:02d}@playbook",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{month.start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(month.end + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(summary)}",
            f"DESCRIPTION:{_ics_text(activities)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode("utf-8")


def to_json(book: CompanyPlaybook, content: Content) -> bytes:
    """The whole computed playbook: profile, model choice, budget, plan, competences, KPIs and risks."""
    profile = book.company.profile
    data = {
        "slug": book.company.slug,
        "profile": profile.model_dump(mode="json"),
        "model_choice": {
            "primary": book.choice.primary,
            "runner_up": book.choice.runner_up,
            "points": dict(book.choice.points),
            "hybrid": sorted(book.choice.hybrid.models) if book.choice.hybrid else None,
            "criteria": [
                {"criterion": c.criterion, "value": c.value, "favours": list(c.favours)} for c in book.choice.criteria
            ],
        },
        "budget": {
            "budget_eur": book.budget.budget_eur,
            "reserves": [
                {"pct": r.pct, "amount_eur": r.amount, "competence_eur": r.competence, "change_eur": r.change}
                for r in book.budget.reserves
            ],
            "planned_eur": book.budget.planned_eur,
            "shortfall_eur": book.budget.shortfall_eur,
        },
        "action_plan": action_plan(book, content),
        "progress_pct": book.schedule.progress,
        "competences": [
            {"area": a.area.id, "score": a.score, "target": a.target, "gap": a.gap} for a in book.competences.areas
        ],
        "kpis": [
            {
                "kpi": s.kpi.id,
                "latest": s.latest.value if s.latest else None,
                "latest_date": s.latest.date.isoformat() if s.latest else None,
                "change": s.change,
                "target": s.kpi.target,
                "due": s.due,
                "trend_per_month": s.trend.slope if s.trend else None,
                "forecast": s.trend.forecast.isoformat() if s.trend and s.trend.forecast else None,
            }
            for s in book.kpis
        ],
        "risks": [{"id": f.risk.id, "flagged": f.flagged} for f in book.risks],
        "use_cases": [
            {"title": u.title, "value": u.value, "feasibility": u.feasibility, "score": u.score} for u in book.use_cases
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def company_exports(book: CompanyPlaybook, content: Content, built: dt.datetime) -> dict[str, bytes]:
    """File name (relative to the company index folder) -> bytes, for every export of ``book``."""
    rows = action_plan(book, content)
    names = ExportFiles(book.company.slug).names
    return {
        names["xlsx"]: to_xlsx(rows, book.company.profile.name, built),
        names["csv"]: to_csv(rows),
        names["ics"]: to_ics(book, content, built),
        names["json"]: to_json(book, content),
    }
