"""The workbook as Excel (read by openpyxl) shows it: headers, dates, status words, filter and drop-down."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playbook.export.plan_rows import PlanRow
from playbook.export.xlsx import NOT_IN_XML, Fte, Percent, workbook_bytes

MOMENT = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
HEADER = ["Month", "Start", "End", "Phase", "Activity", "Owner", "Role", "Status"]
STATUSES = ["open", "in progress", "done", "skipped", "overdue"]


def row(activity: str = "Pilot", owner: str = "Sanne Bakker", status: str = "open") -> PlanRow:
    return PlanRow(
        1, dt.date(2027, 1, 4), dt.date(2027, 2, 3), "1. Foundations", "m01", activity, owner, "Lead", status
    )


def make(rows: list[PlanRow], language: str = "en") -> bytes:
    budget: list[list[list[object]]] = [
        [["Budget"], ["AI project budget", 120000]],
        [["Share", "Reserve"], [Percent(15), 18000]],
        [["Cost item", "From", "To", "Unit"], ["Staff time", Fte(0.35), Fte(0.7), "fte"]],
    ]
    return workbook_bytes(
        plan_title="Action plan",
        header=HEADER,
        rows=rows,
        statuses=STATUSES,
        budget_title="Budget",
        budget=budget,
        language=language,  # type: ignore[arg-type]
        title="Bakkerij <De Korst>",
        moment=MOMENT,
    )


def test_the_plan_sheet_reads_as_a_person_expects() -> None:
    book = openpyxl.load_workbook(io.BytesIO(make([row(), row("Train", "unassigned", "overdue")])))
    sheet = book["Action plan"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(HEADER)
    assert rows[2] == (
        1,
        dt.datetime(2027, 1, 4),
        dt.datetime(2027, 2, 3),
        "1. Foundations",
        "Train",
        "unassigned",
        "Lead",
        "overdue",
    )
    assert sheet["B2"].is_date
    assert sheet["B2"].number_format == "d mmm yyyy"
    assert sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H3"
    [validation] = sheet.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"open,in progress,done,skipped,overdue"'
    assert str(validation.sqref) == "H2:H3"
    assert all((sheet.column_dimensions[letter].width or 0) >= 8 for letter in "ABCDEFGH")
    assert book.properties.title == "Bakkerij <De Korst>"
    assert book.properties.created == dt.datetime(2026, 11, 28, 0, 0)


def test_dutch_dates_use_a_dutch_format() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(make([row()], "nl"))).worksheets[0]
    assert sheet["C2"].is_date
    assert sheet["C2"].number_format == "d-m-yyyy"


def test_the_budget_sheet_holds_numbers_with_formats() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(make([row()])))["Budget"]
    assert sheet["B2"].value == 120000
    assert "€" in sheet["B2"].number_format
    assert sheet["A5"].value == 15
    assert "%" in sheet["A5"].number_format
    assert sheet["B8"].value == 0.35
    assert sheet["B8"].number_format == "0.0#"


def test_two_writes_give_the_same_bytes() -> None:
    assert make([row()]) == make([row()])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("bell\x07 and tab\tkept", "bell and tab\tkept"),
        ('<b>Tom & Jerry</b> "quoted"', '<b>Tom & Jerry</b> "quoted"'),
        ("  leading space", "  leading space"),
        ("=1+1", "=1+1"),
    ],
)
def test_texts_come_back_as_text(text: str, kept: str) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(make([row(text)]))).worksheets[0]
    assert sheet["E2"].value == kept
    assert sheet["E2"].data_type == "s"


@settings(deadline=None, max_examples=50)
@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=5))
def test_any_activity_titles_round_trip(titles: list[str]) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(make([row(t) for t in titles]))).worksheets[0]
    read_back = [sheet.cell(n + 2, 5).value or "" for n in range(len(titles))]
    line_ends = str.maketrans({"\r": "\n"})
    assert read_back == [NOT_IN_XML.sub("", t.replace("\r\n", "\n").translate(line_ends)) for t in titles]
