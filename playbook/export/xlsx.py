"""The action plan as an Excel workbook, written with XlsxWriter: a plan sheet and a budget sheet.

The plan sheet has headers a person reads, real dates, the status in words with a drop-down, column widths,
an autofilter and a frozen header. The workbook's creation date is the build date and XlsxWriter dates its
zip entries 1980-01-01, so two builds of the same data give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence

from xlsxwriter import Workbook
from xlsxwriter.worksheet import Worksheet

from playbook.export.plan_rows import PlanRow
from playbook.models.common import Language

NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold: left out of cell texts."""

MAX_SHEET_TITLE = 31
"""Excel refuses longer sheet names."""

MAX_WIDTH = 60
"""The widest column, in characters; longer texts wrap in Excel's cell editor."""

DATE_FORMATS: dict[Language, str] = {"nl": "d-m-yyyy", "en": "d mmm yyyy"}
MONEY_FORMAT = '"€" #,##0'
PERCENT_FORMATS: dict[Language, str] = {"nl": '0" %"', "en": '0"%"'}
"""Whole per cents, as on the page: '15 %' (nl) or '15%' (en)."""
FTE_FORMAT = "0.0#"


def clean(text: str) -> str:
    """``text`` without the characters an XLSX file cannot hold, line ends as LF (a cell's line break)."""
    return NOT_IN_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _width(values: Sequence[object]) -> float:
    longest = max((len(v.isoformat() if isinstance(v, dt.date) else str(v)) for v in values), default=8)
    return float(min(max(longest + 2, 8), MAX_WIDTH))


def _plan_sheet(
    book: Workbook,
    title: str,
    header: Sequence[str],
    rows: Sequence[PlanRow],
    statuses: Sequence[str],
    language: Language,
) -> None:
    sheet: Worksheet = book.add_worksheet(clean(title)[:MAX_SHEET_TITLE])
    bold = book.add_format({"bold": True})
    date = book.add_format({"num_format": DATE_FORMATS[language]})
    sheet.write_row(0, 0, [clean(h) for h in header], bold)
    for number, row in enumerate(rows, start=1):
        sheet.write_number(number, 0, row.month)
        sheet.write_datetime(number, 1, dt.datetime.combine(row.start, dt.time()), date)
        sheet.write_datetime(number, 2, dt.datetime.combine(row.end, dt.time()), date)
        for column, text in enumerate((row.phase, row.activity, row.owner, row.role, row.status), start=3):
            if clean(text):  # no cell at all for an empty text, as Excel leaves it
                sheet.write_string(number, column, clean(text))
    columns = list(zip(*[r.cells() for r in rows], strict=True)) if rows else [()] * len(header)
    for index, (name, values) in enumerate(zip(header, columns, strict=True)):
        sheet.set_column(index, index, _width([name, *values]) if index > 2 else max(_width([name]), 12.0))
    last = max(len(rows), 1)
    sheet.autofilter(0, 0, last, len(header) - 1)
    sheet.freeze_panes(1, 0)
    sheet.data_validation(1, len(header) - 1, last, len(header) - 1, {"validate": "list", "source": list(statuses)})


def _budget_sheet(book: Workbook, title: str, blocks: Sequence[Sequence[Sequence[object]]], language: Language) -> None:
    """Blocks of rows, each with a bold first row, a blank row between blocks; numbers get a money format."""
    sheet: Worksheet = book.add_worksheet(clean(title)[:MAX_SHEET_TITLE])
    bold = book.add_format({"bold": True})
    money = book.add_format({"num_format": MONEY_FORMAT})
    percent = book.add_format({"num_format": PERCENT_FORMATS[language]})
    fte = book.add_format({"num_format": FTE_FORMAT})
    number = 0
    widths: dict[int, float] = {}
    for block in blocks:
        for index, row in enumerate(block):
            for column, value in enumerate(row):
                widths[column] = max(widths.get(column, 8.0), _width([value]))
                if isinstance(value, str):
                    sheet.write_string(number, column, clean(value), bold if index == 0 else None)
                elif isinstance(value, Percent):
                    sheet.write_number(number, column, value.value, percent)
                elif isinstance(value, Fte):
                    sheet.write_number(number, column, value.value, fte)
                elif isinstance(value, int | float):
                    sheet.write_number(number, column, value, money)
            number += 1
        number += 1
    for column, width in widths.items():
        sheet.set_column(column, column, width)


class Fte:
    """A number of full-time equivalents, written with one or two decimals."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __str__(self) -> str:
        return f"{self.value:g}"


class Percent:
    """A share in per cent, written with a percent format."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __str__(self) -> str:
        return f"{self.value:g} %"


def workbook_bytes(
    *,
    plan_title: str,
    header: Sequence[str],
    rows: Sequence[PlanRow],
    statuses: Sequence[str],
    budget_title: str,
    budget: Sequence[Sequence[Sequence[object]]],
    language: Language,
    title: str,
    moment: dt.datetime,
    risks_title: str = "",
    risks: Sequence[Sequence[Sequence[object]]] = (),
) -> bytes:
    """The workbook: the plan sheet, the budget sheet, then the open risks; ``moment`` is its creation date."""
    buffer = io.BytesIO()
    book = Workbook(buffer, {"in_memory": True})
    created = moment.astimezone(dt.UTC).replace(tzinfo=None)
    book.set_properties({"title": clean(title), "author": "playbook", "created": created})
    _plan_sheet(book, plan_title, header, rows, statuses, language)
    _budget_sheet(book, budget_title, budget, language)
    if risks:
        _budget_sheet(book, risks_title, risks, language)
    book.close()
    return buffer.getvalue()


def register_workbook_bytes(
    *,
    sheet_title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    prohibited: Sequence[int],
    title: str,
    moment: dt.datetime,
) -> bytes:
    """The AI-system register: one sheet, a bold frozen header with a filter, wrapped text; the rows in
    ``prohibited`` (indexes into ``rows``) in bold red."""
    buffer = io.BytesIO()
    book = Workbook(buffer, {"in_memory": True})
    created = moment.astimezone(dt.UTC).replace(tzinfo=None)
    book.set_properties({"title": clean(title), "author": "playbook", "created": created})
    sheet: Worksheet = book.add_worksheet(clean(sheet_title)[:MAX_SHEET_TITLE])
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    alarm = book.add_format({"text_wrap": True, "valign": "top", "bold": True, "font_color": "#B00020"})
    sheet.write_row(0, 0, [clean(h) for h in header], bold)
    for number, row in enumerate(rows, start=1):
        style = alarm if number - 1 in prohibited else wrap
        for column, text in enumerate(row):
            if clean(text):
                sheet.write_string(number, column, clean(text), style)
    for index, name in enumerate(header):
        values = [name, *(row[index] for row in rows)]
        sheet.set_column(index, index, min(_width(values), 40.0))
    sheet.autofilter(0, 0, max(len(rows), 1), len(header) - 1)
    sheet.freeze_panes(1, 2)
    book.close()
    return buffer.getvalue()
