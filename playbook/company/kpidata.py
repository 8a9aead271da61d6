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
from playbook.loading.yamlsource import read_text
from playbook.models.measurement import Measurement
from playbook.models.practice import Kpi, KpiCatalogue, KpiId

HEADER = ("date", "kpi", "value")
HEADER_ALIASES = {"datum": "date", "waarde": "value"}
"""Dutch header names that mean the same column."""
DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")


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


def load_measurements(
    path: Path, display: str, catalogue: KpiCatalogue | None = None, today: dt.date | None = None
) -> list[Measurement]:
    """Parse a KPI file; raise :class:`DataErrors` naming the file, line and column of every bad cell.

    With the KPI ``catalogue``, a value outside its KPI's scale is an error; with ``today`` (the build date),
    so is a date after it. Two rows for the same date and KPI are an error naming both lines.
    """
    lines = read_text(path, display).splitlines()
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
    kpis: dict[str, Kpi] = {kpi.id: kpi for kpi in catalogue.kpis} if catalogue else {}
    kpi_ids = get_args(KpiId)
    errors: list[DataError] = []
    measurements: list[Measurement] = []
    seen: dict[tuple[dt.date, str], int] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        row = list(cells(line, delimiter))
        if len(row) != len(HEADER):
            hint = ' (a decimal comma in a comma-separated file needs quotes: "2,5")' if len(row) == 4 else ""
            errors.append(
                DataError(display, number, 1, "(row)", f"expected 3 values (date,kpi,value), got {len(row)}{hint}")
            )
            continue
        (date_col, date_text, _), (kpi_col, kpi, _), (value_col, value_text, quoted) = row
        day, problem = parse_date(date_text)
        if day is None:
            errors.append(DataError(display, number, date_col, "date", problem))
            continue
        if today is not None and day > today:
            message = f"expected a date on or before the build date ({today.isoformat()}), got {date_text}"
            errors.append(DataError(display, number, date_col, "date", message))
            continue
        if kpi not in kpi_ids:
            hint = did_you_mean(kpi, kpi_ids)
            errors.append(DataError(display, number, kpi_col, "kpi", f"expected a KPI id, got '{kpi}'{hint}"))
            continue
        value = parse_value(value_text, delimiter, quoted)
        if not math.isfinite(value):
            errors.append(DataError(display, number, value_col, "value", f"expected a number, got '{value_text}'"))
            continue
        entry = kpis.get(kpi)
        if entry and (value < entry.scale_min or (entry.scale_max is not None and value > entry.scale_max)):
            message = f"expected a value {_scale(entry)} (the scale of {kpi} in data/kpis.yml), got {value_text}"
            errors.append(DataError(display, number, value_col, "value", message))
            continue
        first = seen.setdefault((day, kpi), number)
        if first != number:
            message = f"expected one value per date and KPI, got a second for {date_text} {kpi} (first at line {first})"
            errors.append(DataError(display, number, date_col, "(row)", message))
            continue
        measurements.append(Measurement(day, kpi, value))
    if errors:
        raise DataErrors(errors)
    return sorted(measurements)
