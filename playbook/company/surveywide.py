"""The wide survey layout of Microsoft Forms, Google Forms and Excel: a row per respondent, a column per statement.

A statement column is found by its text in `data/adkar-survey.yml`, in Dutch or English, with its numbering
('1. ', 'Q1 ') and case ignored. The completion time ('Tijd van voltooien', 'Completion time', 'Tijdstempel',
'Timestamp') gives a response's date; responses within a month of the first of a round form one round, dated at
its last response. Columns with names or e-mail addresses are never read: the page says they were left out.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
from dataclasses import dataclass

from playbook.loading.dates import parse_date
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.rows import RowProblem, collapse_runs
from playbook.models.measurement import Answer
from playbook.models.survey import AdkarSurvey

Table = list[tuple[int, list[tuple[int, str]]]]
"""Rows as (line, [(column, text)]): line and column 1-based, as the error messages name them."""

DATE_COLUMNS = ("tijd van voltooien", "completion time", "tijdstempel", "timestamp", "datum", "date")
"""The columns that date a response, most preferred first."""
PERSONAL_COLUMNS = ("naam", "name", "e-mail", "email", "e-mailadres", "email address", "e-mail address")
"""Columns that identify a respondent: never read."""
ROUND_DAYS = 31
"""Responses within this many days of a round's first response belong to that round."""
MAX_ROWS, MAX_COLUMNS = 10_000, 300
NUMBERING = re.compile(r"^\s*(?:q\s*)?\d+\s*[.):]?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class SurveyFile:
    """A survey file as read: its answers, and the columns with names or e-mail addresses that were left out."""

    answers: tuple[Answer, ...]
    left_out: tuple[str, ...]


def normalized(text: str) -> str:
    """A header or statement for matching: no numbering, case, surrounding punctuation or double spaces."""
    text = NUMBERING.sub("", text)
    return " ".join(text.casefold().split()).strip(" .?!:*")


def statement_columns(header: list[str], survey: AdkarSurvey) -> dict[int, str]:
    """Index in ``header`` -> the element of the statement that header cell is."""
    texts = {}
    for statement in survey.statements:
        for text in (statement.text.nl, statement.text.en):
            if text:
                texts[normalized(text)] = statement.element
    return {index: texts[normalized(cell)] for index, cell in enumerate(header) if normalized(cell) in texts}


def _near_statement(cell: str, survey: AdkarSurvey) -> str | None:
    texts = [text for s in survey.statements for text in (s.text.nl, s.text.en) if text]
    found = difflib.get_close_matches(normalized(cell), [normalized(text) for text in texts], n=1, cutoff=0.8)
    return next((text for text in texts if found and normalized(text) == found[0]), None)


def _scores(survey: AdkarSurvey) -> dict[str, int]:
    labels = {str(n): n for n in range(1, 6)}
    for n, text in enumerate(survey.scale, start=1):
        for label in (text.nl, text.en):
            if label:
                labels[label.casefold()] = n
    return labels


def score_of(cell: str, labels: dict[str, int]) -> int | None:
    """The score in a cell: '4', '4 - eens', 'Eens' or 'agree'; None when it holds none."""
    text = cell.strip().casefold()
    if text in labels:
        return labels[text]
    lead = re.match(r"^([1-5])(?:\s*[-–:.)]\s*\S.*)?$", text)
    return int(lead.group(1)) if lead else None


def _rounds(dates: list[dt.date]) -> dict[dt.date, dt.date]:
    """Each response date -> its round's date (the last response within a month of the round's first)."""
    rounds: list[list[dt.date]] = []
    for day in sorted(set(dates)):
        if rounds and (day - rounds[-1][0]).days <= ROUND_DAYS:
            rounds[-1].append(day)
        else:
            rounds.append([day])
    return {day: group[-1] for group in rounds for day in group}


def _columns(table: Table, display: str, survey: AdkarSurvey) -> tuple[dict[int, str], int, list[str]]:
    """The statement columns, the date column and the personal columns left out; errors for near-misses."""
    header = [text for _, text in table[0][1]]
    statements = statement_columns(header, survey)
    errors = []
    for index, cell in enumerate(header):
        near = _near_statement(cell, survey) if index not in statements and cell else None
        if near:
            message = f"expected a statement of data/adkar-survey.yml, got '{cell[:60]}'; did you mean '{near}'?"
            errors.append(DataError(display, 1, table[0][1][index][0], "(header)", message))
    folded = [" ".join(cell.casefold().split()) for cell in header]
    date_column = next((folded.index(name) for name in DATE_COLUMNS if name in folded), -1)
    if date_column < 0:
        message = (
            "expected a column with the completion time ('Tijd van voltooien', 'Completion time', 'Tijdstempel' "
            "or 'Timestamp'), got none"
        )
        errors.append(DataError(display, 1, 1, "(header)", message))
    if errors:
        raise DataErrors(errors)
    personal = [header[i] for i, name in enumerate(folded) if name in PERSONAL_COLUMNS]
    return statements, date_column, personal


def read_wide(table: Table, display: str, today: dt.date, survey: AdkarSurvey) -> SurveyFile:
    """Answers from the wide layout; respondents are numbered by their row, names and e-mails never read."""
    statements, date_column, personal = _columns(table, display, survey)
    labels = _scores(survey)
    problems: list[RowProblem] = []
    responses: list[tuple[int, dt.date, list[tuple[str, int]]]] = []
    for number, row in table[1:]:
        cells = dict(enumerate(row))
        column, date_text = cells.get(date_column, (1, ""))
        day, problem = parse_date(date_text)
        if day is None:
            kind = "date-slash" if "/" in date_text else "date"
            problems.append(RowProblem(number, column, "date", problem or "expected a date", kind))
        elif day > today:
            message = f"expected a date up to {today.isoformat()}, got '{date_text}'"
            problems.append(RowProblem(number, column, "date", message, "future"))
        scored = []
        for index, element in statements.items():
            column, text = cells.get(index, (1, ""))
            if not text:
                continue  # a statement left unanswered
            score = score_of(text, labels)
            if score is None:
                message = f"expected a score from 1 to 5 (or its words, such as 'eens'), got '{text[:40]}'"
                problems.append(RowProblem(number, column, "score", message, f"score {index}"))
            else:
                scored.append((element, score))
        if day is not None and day <= today:
            responses.append((number, day, scored))
    errors = collapse_runs(problems, display, [number for number, _ in table[1:]])
    if errors:
        raise DataErrors(errors)
    round_of = _rounds([day for _, day, _ in responses])
    answers = [
        Answer(round_of[day], f"row-{number}", element, score)
        for number, day, scored in responses
        for element, score in scored
    ]
    return SurveyFile(tuple(sorted(answers)), tuple(personal))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def xlsx_rows(data: bytes, display: str) -> Table:
    """The first sheet of an Excel workbook as rows of text (dates as YYYY-MM-DD); empty rows left out."""
    from openpyxl import load_workbook  # noqa: PLC0415 - only builds with an Excel survey pay its import

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        table: Table = []
        for number, values in enumerate(sheet.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS, values_only=True), 1):
            row = [(column, _cell_text(value)) for column, value in enumerate(values, start=1)]
            while row and not row[-1][1]:
                row.pop()
            if row:
                table.append((number, row))
        book.close()
    except Exception as exc:
        message = f"expected an Excel workbook (.xlsx), got a file openpyxl cannot read ({type(exc).__name__})"
        raise DataErrors([DataError(display, 1, 1, "(file)", message)]) from None
    return table
