"""The ADKAR survey's answer templates under docs/downloads/, in the forms Dutch Excel opens as they are.

The CSV (the long layout: a row per answered statement) is written as Dutch Excel saves CSV: separated by
semicolons, with a byte-order mark and CRLF line ends, so that a double click opens it in columns. The XLSX
templates hold the wide layout, one per language: a row per respondent, a column per numbered statement.
"""

from __future__ import annotations

import datetime as dt
import io

import xlsxwriter

from playbook.content import Content

CSV_TEMPLATE = "downloads/adkar-survey-template.csv"
XLSX_TEMPLATES = {"nl": "downloads/adkar-enquete-sjabloon.xlsx", "en": "downloads/adkar-survey-template.xlsx"}
DATE_COLUMN = {"nl": "Tijd van voltooien", "en": "Completion time"}
FIXED_TIME = dt.datetime(2026, 1, 1)
"""The workbook's creation time: a fixed one, so that the template's bytes depend only on the statements."""


def template_csv(content: Content) -> bytes:
    """The long-layout template: the header and one row per statement for respondent r01, all scored 3."""
    rows = [f"2027-01-15;r01;{s.element};3" for s in content.survey.statements]
    return ("\ufeff" + "\r\n".join(["date;respondent;element;score", *rows]) + "\r\n").encode("utf-8")


def template_xlsx(content: Content, language: str) -> bytes:
    """The wide-layout template in ``language``: the completion time and one column per numbered statement."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": FIXED_TIME})
    sheet = book.add_worksheet("ADKAR")
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    header = [DATE_COLUMN[language]]
    header += [f"{n}. {getattr(s.text, language)}" for n, s in enumerate(content.survey.statements, start=1)]
    for column, title in enumerate(header):
        sheet.write_string(0, column, title, bold)
        sheet.set_column(column, column, 18 if column == 0 else 30)
    sheet.freeze_panes(1, 1)
    book.close()
    return buffer.getvalue()


def survey_templates(content: Content) -> dict[str, bytes]:
    """Path under docs/ -> the template's bytes."""
    made = {CSV_TEMPLATE: template_csv(content)}
    made |= {path: template_xlsx(content, language) for language, path in XLSX_TEMPLATES.items()}
    return made
