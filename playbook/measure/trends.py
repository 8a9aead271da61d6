"""KPI series as month-end values, their change over three months, the least-squares trend and its forecast.

Every KPI of a company is analysed in one frame: one group-by gives the month-end values, and the sums of the
least-squares fit come from group-bys over the twelve-month window, so the cost does not grow per KPI.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import pandas as pd

from playbook.models.measurement import Measurement, MonthValue, Trend
from playbook.models.practice import Kpi

WINDOW_MONTHS = 12
"""The trend line is fitted through the month-end values of this many months, counted back from the latest."""
MIN_VALUES = 3
"""Fewer month-end values in the window than this give no trend and no forecast."""
CHANGE_MONTHS = 3
"""The change is measured over this many months."""
HORIZON_MONTHS = 120
"""A line that reaches the target only after this many months counts as never reaching it."""
EPSILON = 1e-9


def month_end_values(measurements: Sequence[Measurement]) -> pd.DataFrame:
    """Columns kpi, month (a whole number: year × 12 + month − 1) and value: the last value of each month."""
    frame = pd.DataFrame(
        {
            "kpi": [m.kpi for m in measurements],
            "month": [m.date.year * 12 + m.date.month - 1 for m in measurements],
            "day": [m.date.toordinal() for m in measurements],
            "value": [m.value for m in measurements],
        },
        columns=["kpi", "month", "day", "value"],
    )
    frame = frame.sort_values(["kpi", "day"], kind="stable")
    return frame.groupby(["kpi", "month"], as_index=False, sort=True)[["value"]].last()


def _first_day(month: int) -> dt.date:
    year, index = divmod(month, 12)
    return dt.date(year, index + 1, 1)


def _reaches(value: float, kpi: Kpi) -> bool:
    return value >= kpi.target - EPSILON if kpi.direction == "higher" else value <= kpi.target + EPSILON


def forecast_month(kpi: Kpi, slope: float, intercept: float, latest: int) -> int | None:
    """The first whole month from ``latest`` on where ``intercept + slope × month`` reaches the target."""
    if _reaches(intercept + slope * latest, kpi):
        return latest
    if slope == 0 or (slope > 0) != (kpi.direction == "higher"):
        return None
    month = max(latest, math.ceil((kpi.target - intercept) / slope) - 1)
    while not _reaches(intercept + slope * month, kpi):  # at most two steps past the rounded estimate
        month += 1
    return month if month <= latest + HORIZON_MONTHS else None


def kpi_trends(kpis: Sequence[Kpi], measurements: Sequence[Measurement]) -> dict[str, Trend]:
    """Per KPI id with at least one measurement, its month-end values, change, trend line and forecast."""
    if not measurements:
        return {}
    values = month_end_values(measurements)
    latest = values.groupby("kpi")["month"].transform("max")
    back = latest - values["month"]
    before = values[(back >= CHANGE_MONTHS) & (back < WINDOW_MONTHS)].groupby("kpi")["value"].last()
    window = values[back < WINDOW_MONTHS].copy()
    grouped = window.groupby("kpi")
    window["dx"] = window["month"] - grouped["month"].transform("mean")
    window["dy"] = window["value"] - grouped["value"].transform("mean")
    window["xx"], window["xy"] = window["dx"] * window["dx"], window["dx"] * window["dy"]
    fit = window.groupby("kpi").agg(
        n=("value", "size"), mx=("month", "mean"), my=("value", "mean"), sxx=("xx", "sum"), sxy=("xy", "sum")
    )
    series: dict[str, list[tuple[int, float]]] = {}
    for kpi_id, month, value in zip(values["kpi"], values["month"], values["value"], strict=True):
        series.setdefault(str(kpi_id), []).append((int(month), float(value)))
    fits = {str(kpi): row for kpi, row in fit.to_dict("index").items()}
    earlier = {str(kpi): float(value) for kpi, value in before.items()}
    trends: dict[str, Trend] = {}
    for kpi in kpis:
        if kpi.id not in series:
            continue
        group = series[kpi.id]
        months = tuple(MonthValue(_first_day(month), value) for month, value in group)
        last = group[-1][0]
        change = months[-1].value - earlier[kpi.id] if kpi.id in earlier else None
        row = fits[kpi.id]
        if row["n"] < MIN_VALUES:
            trends[kpi.id] = Trend(months, change, None, None, None)
            continue
        slope = float(row["sxy"] / row["sxx"])
        intercept = float(row["my"] - slope * row["mx"])
        first = next(month for month, _ in group if month > last - WINDOW_MONTHS)
        line = (
            MonthValue(_first_day(first), intercept + slope * first),
            MonthValue(_first_day(last), intercept + slope * last),
        )
        found = forecast_month(kpi, slope, intercept, last)
        trends[kpi.id] = Trend(months, change, slope, line, _first_day(found) if found is not None else None)
    return trends
