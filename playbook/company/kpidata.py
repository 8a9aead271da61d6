"""KPI measurements of a company: `<slug>.kpis.csv` beside its profile, columns date, kpi, value.

Read as people make them: header names in any case (or in Dutch: datum, waarde), separated by commas or by
semicolons (as Dutch Excel saves CSV), and a decimal comma where it cannot be a separator (semicolon files,
quoted values). Cells are split by hand rather than with the csv module, which gives no column positions
for the error messages.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

from playbook.loading.dates import parse_date
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.messages import did_you_mean
from playbook.loading.reading import read_text
from playbook.loading.rows import RowProblem, collapse_runs
from playbook.models.measurement import Measurement
from playbook.models.practice import Kpi, KpiCatalogue, KpiId

HEADER = ("date", "kpi", "value")
HEADER_ALIASES = {"datum": "date", "waarde": "value"}
"""Dutch header names that mean the same column."""
DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")
PERCENT_TOP = 100
"""The top of a percentage scale: a value below 1 on it is probably a fraction."""
KPI_IDS: tuple[str, ...] = get_args(KpiId)


def kpi_file(profile: Path) -> Path:
    """The KPI file that belongs to a company file."""
    return profile.with_name(profile.stem + ".kpis.csv")


def delimiter_of(header: str) -> str:
    """';' for files saved by Dutch Excel, else ','."""
    try:
        return csv.Sniffer().sniff(header, delimiters=",;").delimiter
    except csv.Error:
        return ","


def cells(line: str, delimiter: str) -> Iterator[tuple[int, str, bool]]:
    """Each cell of ``line`` as (1-based column, text without quotes, whether it was quoted)."""
    column, index = 1, 0
    while True:
        start = index
        quoted = index < len(line) and line[index] == '"'
        if quoted:
            end = line.find('"', index + 1)
            end = len(line) if end < 0 else end
            text = line[index + 1 : end]
            index = line.find(delimiter, end)
        else:
            index = line.find(delimiter, index)
            text = line[start : len(line) if index < 0 else index]
        yield column + start, text.strip(), quoted
        if index < 0:
            return
        index += 1


def parse_value(text: str, delimiter: str, quoted: bool) -> float:
    """A number, with a decimal comma where it cannot be a separator; NaN when it is none."""
    if DECIMAL_COMMA.fullmatch(text) and (delimiter == ";" or quoted):
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return math.nan


def _scale(kpi: Kpi) -> str:
    top = "" if kpi.scale_max is None else f" and {kpi.scale_max:g}"
    return f"at least {kpi.scale_min:g}" if not top else f"between {kpi.scale_min:g}{top}"


def looks_like_fraction(kpi: Kpi, value: float) -> bool:
    """A value of a 0–100 KPI that reads like a fraction (0.45 for 45 %): between 0 and 1, not whole."""
    return kpi.scale_min == 0 and kpi.scale_max == PERCENT_TOP and 0 < value < 1


def _blank(line: str, delimiter: str) -> bool:
    """An empty row, also one of separators only (';;' as Excel saves empty rows)."""
    return not line.replace(delimiter, "").replace('"', "").strip()


def _header(lines: list[str], display: str) -> str:
    """The delimiter of a KPI file whose header is right; raise :class:`DataErrors` otherwise."""
    delimiter = delimiter_of(lines[0]) if lines else ","
    header = (
        tuple(HEADER_ALIASES.get(text.lower(), text.lower()) for _, text, _ in cells(lines[0], delimiter))
        if lines
        else ()
    )
    if header != HEADER:
        found = lines[0].strip() if lines else "nothing"
        message = f"expected the header 'date,kpi,value' (any case; commas or semicolons), got '{found}'"
        raise DataErrors([DataError(display, 1, 1, "(header)", message)])
    return delimiter


def _row(
    number: int, row: list[tuple[int, str, bool]], delimiter: str, kpis: dict[str, Kpi], today: dt.date | None
) -> tuple[Measurement | None, list[RowProblem]]:
    """The measurement in one row of three cells and every problem of its cells (all of them, in one pass)."""
    (date_col, date_text, _), (kpi_col, kpi, _), (value_col, value_text, quoted) = row
    problems = []
    day, problem = parse_date(date_text)
    if day is None:
        kind = "date-slash" if "/" in date_text else ("date" if problem.startswith("expected") else date_text)
        problems.append(RowProblem(number, date_col, "date", problem, kind))
    elif today is not None and day > today:
        message = f"expected a date on or before the build date ({today.isoformat()}), got {date_text}"
        problems.append(RowProblem(number, date_col, "date", message, "date-future"))
    if kpi not in KPI_IDS:
        hint = did_you_mean(kpi, KPI_IDS)
        problems.append(RowProblem(number, kpi_col, "kpi", f"expected a KPI id, got '{kpi}'{hint}", f"kpi {kpi}"))
    value = parse_value(value_text, delimiter, quoted)
    entry = kpis.get(kpi)
    if not math.isfinite(value):
        message = f"expected a number, got '{value_text}'"
        problems.append(RowProblem(number, value_col, "value", message, f"value {value_text}"))
    elif entry and (value < entry.scale_min or (entry.scale_max is not None and value > entry.scale_max)):
        message = f"expected a value {_scale(entry)} (the scale of {kpi} in data/kpis.yml), got {value_text}"
        problems.append(RowProblem(number, value_col, "value", message, f"scale {kpi}"))
    elif entry and looks_like_fraction(entry, value):
        message = (
            f"{value_text} looks like a fraction, but {kpi} is on a 0–100 scale (data/kpis.yml), so it reads as "
            f"{value_text} out of 100; if {value * 100:g} is meant, write {value * 100:g}"
        )
        problems.append(RowProblem(number, value_col, "value", message, f"fraction {kpi}", "warning"))
    if day is None or any(p.severity == "error" for p in problems):
        return None, problems
    return Measurement(day, kpi, value), problems


def load_measurements(
    path: Path,
    display: str,
    catalogue: KpiCatalogue | None = None,
    today: dt.date | None = None,
    warnings: list[DataError] | None = None,
) -> list[Measurement]:
    """Parse a KPI file; raise :class:`DataErrors` naming the file, line and column of every bad cell.

    With the KPI ``catalogue``, a value outside its KPI's scale is an error and one that looks like a fraction of
    a 0–100 KPI a warning (added to ``warnings``); with ``today`` (the build date), a date after it is an error.
    Two rows for the same date and KPI are an error naming both lines. Empty rows are skipped; a run of rows with
    one problem is one message; every problem of the file is reported at once.
    """
    lines = read_text(path, display).splitlines()
    delimiter = _header(lines, display)
    kpis: dict[str, Kpi] = {kpi.id: kpi for kpi in catalogue.kpis} if catalogue else {}
    problems: list[RowProblem] = []
    measurements: list[Measurement] = []
    seen: dict[tuple[dt.date, str], int] = {}
    rows: list[int] = []
    for number, line in enumerate(lines[1:], start=2):
        if _blank(line, delimiter):
            continue
        rows.append(number)
        row = list(cells(line, delimiter))
        if len(row) != len(HEADER):
            hint = ' (a decimal comma in a comma-separated file needs quotes: "2,5")' if len(row) == 4 else ""
            message = f"expected 3 values (date,kpi,value), got {len(row)}{hint}"
            problems.append(RowProblem(number, 1, "(row)", message, f"cells {len(row)}"))
            continue
        measurement, found = _row(number, row, delimiter, kpis, today)
        problems += found
        if measurement is None:
            continue
        first = seen.setdefault((measurement.date, measurement.kpi), number)
        if first != number:
            message = (
                f"expected one value per date and KPI, got a second for {row[0][1]} {measurement.kpi} "
                f"(first at line {first})"
            )
            problems.append(RowProblem(number, row[0][0], "(row)", message, f"duplicate {number}"))
            continue
        measurements.append(measurement)
    found_all = collapse_runs(problems, display, rows)
    flagged = [problem for problem in found_all if problem.severity == "warning"]
    if warnings is not None:
        warnings += flagged
    if len(found_all) > len(flagged):
        raise DataErrors(found_all)
    return sorted(measurements)
