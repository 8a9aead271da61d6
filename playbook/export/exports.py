"""Exports of a company playbook: the action plan as XLSX and CSV, the activities as ICS, everything as JSON.

The XLSX, CSV and ICS files are for people: in the company's language, with the headers, dates and status
words of the company page. The JSON file is the whole record, for programs (`CompanyPlaybook.to_json`). Exports are
deterministic: every timestamp inside them comes from the build date (SOURCE_DATE_EPOCH), so two builds
of the same data give the same bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from playbook.company.company import CompanyPlaybook
from playbook.content import Content
from playbook.export.ics import calendar_bytes
from playbook.export.instruments import company_documents, register_card, register_rows
from playbook.export.plan_rows import PlanRow, headers, label, plan_rows, status_words
from playbook.export.xlsx import Fte, Percent, register_workbook_bytes, workbook_bytes
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
            "register": f"exports/{self.slug}-ai-register.xlsx",
            "register_csv": f"exports/{self.slug}-ai-register.csv",
        }


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


def table_csv(header: list[str], rows: list[list[str]], language: str) -> bytes:
    """A table of texts as CSV, with the action plan's conventions (see :func:`to_csv`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if language == "nl" else ",", lineterminator="\r\n")
    writer.writerows([[neutralise(cell) for cell in row] for row in [header, *rows]])
    return buffer.getvalue().encode("utf-8-sig")


def register_files(book: CompanyPlaybook, content: Content, built: dt.datetime) -> tuple[bytes, bytes]:
    """The AI-system register as a workbook and as CSV: one row per use case, prohibited ones marked."""
    language = book.company.profile.language
    header, rows = register_rows(book, content, built.date())
    prohibited = [index for index, item in enumerate(book.obligations) if item.ai_act == "prohibited"]
    workbook = register_workbook_bytes(
        sheet_title=register_card(content).title.get(language),
        header=header,
        rows=rows,
        prohibited=prohibited,
        title=book.company.profile.name,
        moment=built,
    )
    return workbook, table_csv(header, rows, language)


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


def _risk_title(content: Content, source: str, ref: str, language: Language) -> str:
    if source == "mistake":
        return next(m.title.get(language) for m in content.mistakes.mistakes if m.id == ref)
    causes = content.section("challenge", "failure-causes").points
    return next(p.title.get(language) for p in causes if p.id == ref)


def risk_blocks(book: CompanyPlaybook, content: Content) -> list[list[list[object]]]:
    """The open risks sheet: the prohibited use cases first, each with what to do, then the flagged risks."""
    language = book.company.profile.language
    rows: list[list[object]] = [
        [label(content, "risk_column", language), label(content, "risk_advice_column", language)]
    ]
    titles = {a.id: a.title for month in book.schedule.months for a in month.activities if a.title}
    for item in book.prohibited:
        stop = next((title for key, title in titles.items() if key.endswith(f"-stop-uc{item.number}")), None)
        name = label(content, "prohibited_risk", language).format(case=item.title)
        rows.append([name, stop.get(language) if stop else ""])
    for flag in book.risks:
        if flag.flagged:
            title = _risk_title(content, flag.risk.source, flag.risk.ref, language)
            rows.append([title, flag.advice.get(language)])
    return [rows]


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
        risks_title=label(content, "sheet_risks", language),
        risks=risk_blocks(book, content),
    )


def company_exports(
    book: CompanyPlaybook,
    content: Content,
    built: dt.datetime,
    site_url: str = "",
    root_language: Language = "nl",
    *,
    documents: bool = False,
) -> dict[str, bytes]:
    """File name (relative to the company index folder) -> bytes, for every export of ``book``.

    ``site_url`` (the site's root, ending in '/', where ``root_language`` lives) makes the calendar's links to
    the company page absolute. ``documents``: add the filled-in Word and Markdown documents (python-docx takes
    tens of milliseconds per document, so a large portfolio makes them on request).
    """
    rows = plan_rows(book, content)
    names = ExportFiles(book.company.slug).names
    register, register_csv = register_files(book, content, built)
    files = {
        names["xlsx"]: to_xlsx(book, content, rows, built),
        names["csv"]: to_csv(rows, headers(content, book.company.profile.language), book.company.profile.language),
        names["ics"]: calendar_bytes(book, content, built, site_url, root_language),
        names["json"]: book.to_json(),
        names["register"]: register,
        names["register_csv"]: register_csv,
    }
    if documents:
        files.update(company_documents(book, content, built))
    return files
