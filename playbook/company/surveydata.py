"""ADKAR survey answers of a company, as people collect them: `<slug>.survey.csv` or `<slug>.survey.xlsx`.

Two layouts are read. The long one has a row per answered statement, columns date, respondent, element and score
(element names in English or Dutch, as the site shows them). The wide one is what Microsoft Forms, Google Forms or
an Excel sheet give: a row per respondent and a column per statement, matched by its text in
`data/adkar-survey.yml` (numbering ignored); a response's date is its completion time (see
:mod:`playbook.company.surveywide`). CSV files may use commas or semicolons. Names and e-mail addresses are never
read into the answers: a respondent is a row number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from playbook.company.kpidata import cells, delimiter_of
from playbook.company.surveywide import SurveyFile, Table, read_wide, statement_columns, xlsx_rows
from playbook.loading.dates import parse_date
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.messages import did_you_mean
from playbook.loading.reading import read_bytes, read_text
from playbook.loading.rows import RowProblem, collapse_runs
from playbook.models.measurement import Answer
from playbook.models.survey import AdkarSurvey

HEADER = ("date", "respondent", "element", "score")
HEADER_ALIASES = {"datum": "date", "element": "element", "respondent": "respondent", "score": "score"}
ELEMENTS = ("awareness", "desire", "knowledge", "ability", "reinforcement")
"""The ADKAR elements in order; a survey row names one of them."""
ELEMENT_NAMES = {
    "bewustzijn": "awareness",
    "wens": "desire",
    "verlangen": "desire",
    "kennis": "knowledge",
    "vaardigheid": "ability",
    "vermogen": "ability",
    "versterking": "reinforcement",
    "bekrachtiging": "reinforcement",
    "borging": "reinforcement",
}
"""Dutch names of the elements (the site's own and common others): read as the element they name."""
SCORES = ("1", "2", "3", "4", "5")
SUFFIXES = (".survey.csv", ".survey.xlsx")


def survey_files(profile: Path) -> list[Path]:
    """The survey files beside a company file that exist (or are anything: a folder, a link)."""
    stem = profile.name.split(".")[0]
    found = [profile.with_name(stem + suffix) for suffix in SUFFIXES]
    return [path for path in found if path.exists() or path.is_symlink()]


@dataclass(frozen=True)
class SurveyReader:
    """What reading a survey needs from the content: its statements and the element names."""

    survey: AdkarSurvey | None = None
    element_names: Mapping[str, str] | None = None

    def element(self, name: str) -> str | None:
        """The element id that ``name`` (an id, or an English or Dutch name in any case) stands for."""
        key = " ".join(name.split()).casefold()
        names = {**ELEMENT_NAMES, **(self.element_names or {})}
        return key if key in ELEMENTS else names.get(key)


def csv_rows(path: Path, display: str, root: Path | None) -> Table:
    """The rows of a CSV file with commas or semicolons: (line, [(column, text)]); empty rows left out."""
    lines = read_text(path, display, root).splitlines()
    delimiter = delimiter_of(lines[0]) if lines else ","
    table: Table = []
    for number, line in enumerate(lines, start=1):
        row = [(column, text) for column, text, _ in cells(line, delimiter)]
        if any(text for _, text in row):
            table.append((number, row))
    return table


def _long_row(
    number: int, row: list[tuple[int, str]], today: dt.date, reader: SurveyReader
) -> tuple[Answer | None, list[RowProblem]]:
    (date_col, date_text), (who_col, who), (element_col, element), (score_col, score) = row
    problems = []
    day, problem = parse_date(date_text)
    if day is None:
        kind = "date-slash" if "/" in date_text else ("date" if problem.startswith("expected") else date_text)
        problems.append(RowProblem(number, date_col, "date", problem, kind))
    elif day > today:
        problems.append(
            RowProblem(
                number, date_col, "date", f"expected a date up to {today.isoformat()}, got '{date_text}'", "future"
            )
        )
    if not who:
        problems.append(
            RowProblem(number, who_col, "respondent", "expected an anonymous respondent id, got nothing", "who")
        )
    found = reader.element(element)
    if found is None:
        hint = did_you_mean(element.casefold(), [*ELEMENTS, *ELEMENT_NAMES], list_all=False)
        message = f"expected one of {', '.join(ELEMENTS)} (or the Dutch name), got '{element}'{hint}"
        problems.append(RowProblem(number, element_col, "element", message, f"element {element}"))
    if score not in SCORES:
        problems.append(
            RowProblem(
                number, score_col, "score", f"expected a whole number from 1 to 5, got '{score}'", f"score {score}"
            )
        )
    if problems or day is None or found is None:
        return None, problems
    return Answer(day, who, found, int(score)), []


def read_long(table: Table, display: str, today: dt.date, reader: SurveyReader) -> SurveyFile:
    """Answers from the long layout: a row per answered statement."""
    problems: list[RowProblem] = []
    answers: list[Answer] = []
    for number, row in table[1:]:
        if len(row) != len(HEADER):
            message = f"expected 4 values (date,respondent,element,score), got {len(row)}"
            problems.append(RowProblem(number, 1, "(row)", message, f"cells {len(row)}"))
            continue
        answer, found = _long_row(number, row, today, reader)
        problems += found
        if answer is not None:
            answers.append(answer)
    errors = collapse_runs(problems, display, [number for number, _ in table[1:]])
    if errors:
        raise DataErrors(errors)
    return SurveyFile(tuple(sorted(answers)), ())


def load_survey(
    path: Path, display: str, today: dt.date, reader: SurveyReader | None = None, root: Path | None = None
) -> SurveyFile:
    """Parse a survey file in either layout; raise :class:`DataErrors` naming the file, line and column of every
    bad cell (a run of rows with one problem as one message)."""
    reader = reader or SurveyReader()
    if path.name.endswith(".xlsx"):
        table = xlsx_rows(read_bytes(path, display, root), display)
    else:
        table = csv_rows(path, display, root)
    header = [text for _, text in table[0][1]] if table else []
    if tuple(HEADER_ALIASES.get(text.casefold(), text.casefold()) for text in header) == HEADER:
        return read_long(table, display, today, reader)
    if reader.survey is not None and statement_columns(header, reader.survey):
        return read_wide(table, display, today, reader.survey)
    found = ",".join(header) if header else "nothing"
    message = (
        "expected 'date,respondent,element,score', or a column per statement of data/adkar-survey.yml as Microsoft "
        f"Forms, Google Forms or Excel export them, got '{found[:120]}'"
    )
    raise DataErrors([DataError(display, 1, 1, "(header)", message)])
