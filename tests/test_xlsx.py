"""The workbook writer: what openpyxl (as Excel would) reads back from it."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from playbook.export.xlsx import _column, workbook_bytes

MOMENT = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)


def read(data: bytes) -> tuple[openpyxl.Workbook, list[tuple[object, ...]]]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return book, list(book.active.iter_rows(values_only=True))


def test_texts_numbers_and_properties_come_back() -> None:
    data = workbook_bytes(
        "Action plan",
        ["month", "activity"],
        [[1, '<b>Tom & Jerry</b> "quoted"'], [12, "  leading space"]],
        title="Bakkerij <De Korst>",
        creator="playbook",
        moment=MOMENT,
    )
    book, rows = read(data)
    assert book.sheetnames == ["Action plan"]
    assert rows == [("month", "activity"), (1, '<b>Tom & Jerry</b> "quoted"'), (12, "  leading space")]
    assert book.properties.title == "Bakkerij <De Korst>"
    assert book.properties.created == dt.datetime(2026, 11, 28, 0, 0)
    assert book.properties.modified == dt.datetime(2026, 11, 28, 0, 0)
    assert book.active["A1"].font.b
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 28, 0, 0, 0)}


def test_characters_xml_cannot_hold_are_left_out() -> None:
    _, rows = read(workbook_bytes("S", ["a"], [["bell\x07 and tab\tkept"]], title="t\x01", creator="p", moment=MOMENT))
    assert rows[1] == ("bell and tab\tkept",)


def test_numbers_that_are_not_finite_are_written_as_text() -> None:
    _, rows = read(
        workbook_bytes("S", ["a", "b"], [[float("nan"), float("inf")]], title="t", creator="p", moment=MOMENT)
    )
    assert rows[1] == ("nan", "inf")


def test_columns_are_lettered_like_excel() -> None:
    assert [_column(i) for i in (0, 25, 26, 51, 52, 701, 702)] == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]


@given(st.lists(st.lists(st.one_of(st.integers(-(10**9), 10**9), st.text(max_size=30)), min_size=3, max_size=3)))
def test_any_rows_round_trip(rows: list[list[object]]) -> None:
    clean = [
        ["".join(ch for ch in v if ch >= " " or ch in "\t\n\r") if isinstance(v, str) else v for v in row]
        for row in rows
    ]
    _, read_back = read(workbook_bytes("S", ["a", "b", "c"], clean, title="t", creator="p", moment=MOMENT))  # type: ignore[arg-type]
    expected = [tuple(None if v == "" else v for v in row) for row in clean]
    while expected and expected[-1] == (None, None, None):  # an empty last row holds no cell to read back
        expected.pop()
    assert read_back[1:] == expected
