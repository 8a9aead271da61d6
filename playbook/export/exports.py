"""Exports of a company playbook: the action plan as XLSX and CSV, the activities as ICS, everything as JSON.

The XLSX, CSV and ICS files are for people: in the company's language, with the headers, dates and status
words of the company page. The JSON file holds raw keys and numbers for programs. Exports are
deterministic: every timestamp inside them comes from the build date (SOURCE_DATE_EPOCH), so two builds
of the same data give the same bytes.
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
from playbook.export.ics import calendar_bytes
from playbook.export.plan_rows import PlanRow, headers, label, plan_rows, status_words
from playbook.export.xlsx import Fte, Percent, workbook_bytes
from playbook.formatting import percent
from playbook.models.common import Language


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
    """One row per activity, with raw keys: month, dates, phase, activity, owner, role id, status and overdue."""
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
                        "phase": f"{phase.number}. {phase.name.get(language)}",
                        "activity_id": activity.id,
                        "activity": title,
                        "owner": activity.owner or "",
                        "role": activity.role or "",
                        "status": activity.status or "open",
                        "overdue": activity.overdue,
                    }
                )
    return rows


CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is read as a formula by spreadsheets (OWASP, CSV injection)."""


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(CSV_FORMULA_START) else text


def to_csv(rows: list[PlanRow], header: list[str], language: str) -> bytes:
    """The action plan as CSV that a double-click opens right: UTF-8 with a byte-order mark and CRLF line ends.

    Dutch files use semicolons (Dutch Excel's list separator, as the decimal separator is a comma), English
    files commas. Text cells that would start a formula are neutralised.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if language == "nl" else ",", lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow(
            [
                str(row.month),
                row.start.isoformat(),
                row.end.isoformat(),
                *(neutralise(text) for text in (row.phase, row.activity, row.owner, row.role, row.status)),
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")


def budget_blocks(book: CompanyPlaybook, content: Content) -> list[list[list[object]]]:
    """The budget sheet: the budget, the reserves with their split, and the scaled cost items."""
    language = book.company.profile.language
    plan, guidance = book.budget, content.budget

    def word(key: str) -> str:
        return label(content, key, language)

    totals: list[list[object]] = [[word("budget_title")], [word("budget_total"), plan.budget_eur]]
    if plan.planned_eur is not None:
        totals.append([word("budget_planned"), plan.planned_eur])
    if plan.shortfall_eur is not None:
        totals.append([word("budget_shortfall"), plan.shortfall_eur])
    reserves: list[list[object]] = [
        [
            word("reserve_share"),
            word("reserve_amount"),
            word("split_competence").format(pct=percent(guidance.competence_pct, language)),
            word("split_change").format(pct=percent(guidance.change_pct, language)),
        ]
    ]
    reserves += [[Percent(r.pct), r.amount, r.competence, r.change] for r in plan.reserves]
    costs: list[list[object]] = [[word("cost_item"), word("cost_low"), word("cost_high"), word("cost_unit")]]
    for cost in plan.costs:
        if cost.unit == "fte":
            costs.append([cost.item.title.get(language), Fte(cost.low), Fte(cost.high), "fte"])
        else:
            costs.append([cost.item.title.get(language), cost.low, cost.high, "EUR"])
    return [totals, reserves, costs]


def to_xlsx(book: CompanyPlaybook, content: Content, rows: list[PlanRow], built: dt.datetime) -> bytes:
    """The action plan and the budget as an Excel workbook, in the company's language."""
    language = book.company.profile.language
    return workbook_bytes(
        plan_title=label(content, "sheet_action_plan", language),
        header=headers(content, language),
        rows=rows,
        statuses=status_words(content, language),
        budget_title=label(content, "sheet_budget", language),
        budget=budget_blocks(book, content),
        language=language,
        title=book.company.profile.name,
        moment=built,
    )


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


def company_exports(
    book: CompanyPlaybook, content: Content, built: dt.datetime, site_url: str = "", root_language: Language = "nl"
) -> dict[str, bytes]:
    """File name (relative to the company index folder) -> bytes, for every export of ``book``.

    ``site_url`` (the site's root, ending in '/', where ``root_language`` lives) makes the calendar's links to
    the company page absolute.
    """
    rows = plan_rows(book, content)
    names = ExportFiles(book.company.slug).names
    return {
        names["xlsx"]: to_xlsx(book, content, rows, built),
        names["csv"]: to_csv(rows, headers(content, book.company.profile.language), book.company.profile.language),
        names["ics"]: calendar_bytes(book, content, built, site_url, root_language),
        names["json"]: to_json(book, content),
    }
