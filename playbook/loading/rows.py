"""Problems in the rows of a table file (CSV, XLSX): a run of rows with one problem reported as one line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from playbook.loading.errors import DataError, Severity


@dataclass(frozen=True)
class RowProblem:
    """A problem in one cell of one row."""

    line: int
    column: int
    key: str
    message: str
    kind: str
    """What went wrong, without the row's own value: consecutive rows of one kind are one message."""
    severity: Severity = "error"


def collapse_runs(problems: Iterable[RowProblem], display: str, rows: list[int]) -> list[DataError]:
    """One error per problem, a run of consecutive rows (``rows``: the lines that hold data) with one kind as one.

    A run reads 'rows 2–161: <the first row's message>', at the first row's line and column.
    """
    position = {line: index for index, line in enumerate(rows)}
    ordered = sorted(problems, key=lambda p: (p.key, p.kind, p.severity, position.get(p.line, p.line)))
    runs: list[list[RowProblem]] = []
    for problem in ordered:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and (last.key, last.kind, last.severity) == (problem.key, problem.kind, problem.severity)
            and position.get(problem.line, -2) == position.get(last.line, -5) + 1
        ):
            runs[-1].append(problem)
        else:
            runs.append([problem])
    errors = []
    for run in runs:
        first = run[0]
        message = first.message if len(run) == 1 else f"rows {first.line}–{run[-1].line}: {first.message}"
        errors.append(DataError(display, first.line, first.column, first.key, message, first.severity))
    return errors
