"""ADKAR survey answers of a company: `<slug>.survey.csv` beside its profile, columns date,respondent,element,score."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from playbook.loading.errors import DataError, DataErrors
from playbook.loading.reading import read_text
from playbook.models.measurement import Answer

HEADER = ("date", "respondent", "element", "score")
ELEMENTS = ("awareness", "desire", "knowledge", "ability", "reinforcement")
"""The ADKAR elements in order; a survey row names one of them."""
SCORES = ("1", "2", "3", "4", "5")


def survey_file(profile: Path) -> Path:
    """The survey file that belongs to a company file."""
    return profile.with_name(profile.stem + ".survey.csv")


def _cells(line: str) -> list[tuple[int, str]]:
    cells, column = [], 1
    for cell in line.split(","):
        cells.append((column, cell.strip()))
        column += len(cell) + 1
    return cells


def _answer(display: str, number: int, line: str, today: dt.date) -> Answer | DataError:
    cells = _cells(line)
    if len(cells) != len(HEADER):
        return DataError(
            display, number, 1, "(row)", f"expected 4 values (date,respondent,element,score), got {len(cells)}"
        )
    (date_col, date_text), (who_col, who), (element_col, element), (score_col, score) = cells
    try:
        day = dt.date.fromisoformat(date_text)
    except ValueError:
        return DataError(display, number, date_col, "date", f"expected a date (YYYY-MM-DD), got '{date_text}'")
    if day > today:
        return DataError(
            display, number, date_col, "date", f"expected a date up to {today.isoformat()}, got '{date_text}'"
        )
    if not who:
        return DataError(display, number, who_col, "respondent", "expected an anonymous respondent id, got nothing")
    if element.lower() not in ELEMENTS:
        return DataError(
            display, number, element_col, "element", f"expected one of {', '.join(ELEMENTS)}, got '{element}'"
        )
    if score not in SCORES:
        return DataError(display, number, score_col, "score", f"expected a whole number from 1 to 5, got '{score}'")
    return Answer(day, who, element.lower(), int(score))


def load_answers(path: Path, display: str, today: dt.date) -> list[Answer]:
    """Parse a survey file; raise :class:`DataErrors` naming the file, line and column of every bad cell."""
    lines = read_text(path, display).splitlines()
    header = tuple(cell.lower() for _, cell in _cells(lines[0])) if lines else ()
    if header != HEADER:
        found = ",".join(cell for _, cell in _cells(lines[0])) if lines else "nothing"
        raise DataErrors(
            [DataError(display, 1, 1, "(header)", f"expected 'date,respondent,element,score', got '{found}'")]
        )
    errors: list[DataError] = []
    answers: list[Answer] = []
    for number, line in enumerate(lines[1:], start=2):
        if line.strip():
            result = _answer(display, number, line, today)
            if isinstance(result, DataError):
                errors.append(result)
            else:
                answers.append(result)
    if errors:
        raise DataErrors(errors)
    return sorted(answers)
