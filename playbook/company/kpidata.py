"""KPI measurements of a company: `<slug>.kpis.csv` beside its profile, columns date,kpi,value."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import get_args

from playbook.loading.errors import DataError, DataErrors
from playbook.loading.yamlsource import read_text
from playbook.models.measurement import Measurement
from playbook.models.practice import KpiId

HEADER = ("date", "kpi", "value")


def kpi_file(profile: Path) -> Path:
    """The KPI file that belongs to a company file."""
    return profile.with_name(profile.stem + ".kpis.csv")


def _cells(line: str) -> list[tuple[int, str]]:
    cells, column = [], 1
    for cell in line.split(","):
        cells.append((column, cell.strip()))
        column += len(cell) + 1
    return cells


def load_measurements(path: Path, display: str) -> list[Measurement]:
    """Parse a KPI file; raise :class:`DataErrors` naming the file, line and column of every bad cell."""
    text = read_text(path, display)
    lines = text.splitlines()
    header = tuple(cell for _, cell in _cells(lines[0])) if lines else ()
    if header != HEADER:
        found = ",".join(header) if header else "nothing"
        raise DataErrors([DataError(display, 1, 1, "(header)", f"expected 'date,kpi,value', got '{found}'")])
    errors: list[DataError] = []
    measurements = []
    kpi_ids = get_args(KpiId)
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = _cells(line)
        if len(cells) != 3:
            errors.append(
                DataError(display, number, 1, "(row)", f"expected 3 values (date,kpi,value), got {len(cells)}")
            )
            continue
        (date_col, date_text), (kpi_col, kpi), (value_col, value_text) = cells
        try:
            day = dt.date.fromisoformat(date_text)
        except ValueError:
            errors.append(
                DataError(display, number, date_col, "date", f"expected a date (YYYY-MM-DD), got '{date_text}'")
            )
            continue
        if kpi not in kpi_ids:
            errors.append(
                DataError(display, number, kpi_col, "kpi", f"expected one of {', '.join(kpi_ids)}, got '{kpi}'")
            )
            continue
        try:
            value = float(value_text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            errors.append(DataError(display, number, value_col, "value", f"expected a number, got '{value_text}'"))
            continue
        measurements.append(Measurement(day, kpi, value))
    if errors:
        raise DataErrors(errors)
    return sorted(measurements)
