"""KPI series as month-end values, their change over three months, the least-squares trend and its forecast.

Every KPI of every company is analysed in one frame per build: one group-by over company, KPI and month gives the
month-end values, and the sums of the least-squares fit come from group-bys over the twelve-month window, so the
pandas calls do not grow with the KPIs or the companies.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

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
    return _month_ends({0: measurements}).drop(columns="company")


def _month_ends(measured: Mapping[int, Sequence[Measurement]]) -> pd.DataFrame:
    """Columns company, kpi, month and value: the last value of each company's KPI in each month."""
    rows = [(company, m) for company, measurements in measured.items() for m in measurements]
    frame = pd.DataFrame(
        {
            "company": [company for company, _ in rows],
            "kpi": [m.kpi for _, m in rows],
            "month": [m.date.year * 12 + m.date.month - 1 for _, m in rows],
            "day": [m.date.toordinal() for _, m in rows],
            "value": [m.value for _, m in rows],
        },
        columns=["company", "kpi", "month", "day", "value"],
    )
    frame = frame.sort_values(["company", "kpi", "day"], kind="stable")
    return frame.groupby(["company", "kpi", "month"], as_index=False, sort=True)[["value"]].last()


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
    return kpi_trends_by_company(kpis, [measurements])[0]


def kpi_trends_by_company(kpis: Sequence[Kpi], measured: Sequence[Sequence[Measurement]]) -> list[dict[str, Trend]]:
    """:func:`kpi_trends` of every company's measurements, in the same order, analysed in one frame.

    pandas costs tens to hundreds of microseconds per call whatever the size of the frame, so one frame per build
    (grouped by company and KPI) instead of one per company keeps that cost from growing with the companies.
    """
    trends: list[dict[str, Trend]] = [{} for _ in measured]
    numbered = {company: measurements for company, measurements in enumerate(measured) if measurements}
    if not numbered:
        return trends
    values = _month_ends(numbered)
    keys = ["company", "kpi"]
    latest = values.groupby(keys)["month"].transform("max")
    back = latest - values["month"]
    before = values[(back >= CHANGE_MONTHS) & (back < WINDOW_MONTHS)].groupby(keys)["value"].last()
    window = values[back < WINDOW_MONTHS].copy()
    grouped = window.groupby(keys)
    window["dx"] = window["month"] - grouped["month"].transform("mean")
    window["dy"] = window["value"] - grouped["value"].transform("mean")
    window["xx"], window["xy"] = window["dx"] * window["dx"], window["dx"] * window["dy"]
    fit = window.groupby(keys).agg(
        n=("value", "size"), mx=("month", "mean"), my=("value", "mean"), sxx=("xx", "sum"), sxy=("xy", "sum")
    )
    series: dict[tuple[int, str], list[tuple[int, float]]] = {}
    for company, kpi_id, month, value in zip(
        values["company"].tolist(),
        values["kpi"].tolist(),
        values["month"].tolist(),
        values["value"].tolist(),
        strict=True,
    ):
        series.setdefault((company, kpi_id), []).append((month, float(value)))
    fits = dict(
        zip(
            fit.index.tolist(),
            zip(*(fit[column].tolist() for column in ("n", "mx", "my", "sxx", "sxy")), strict=True),
            strict=True,
        )
    )
    earlier = {key: float(value) for key, value in zip(before.index.tolist(), before.tolist(), strict=True)}
    for company in numbered:
        for kpi in kpis:
            key = (company, kpi.id)
            if key in series:
                trends[company][kpi.id] = _trend(kpi, series[key], earlier.get(key), fits[key])
    return trends


def _trend(
    kpi: Kpi, group: list[tuple[int, float]], earlier: float | None, fit: tuple[int, float, float, float, float]
) -> Trend:
    """One KPI's trend from its month-end values, the value three months back and the sums of the fit."""
    months = tuple(MonthValue(_first_day(month), value) for month, value in group)
    last = group[-1][0]
    change = months[-1].value - earlier if earlier is not None else None
    n, mx, my, sxx, sxy = fit
    if n < MIN_VALUES:
        return Trend(months, change, None, None, None)
    slope = float(sxy / sxx)
    intercept = float(my - slope * mx)
    first = next(month for month, _ in group if month > last - WINDOW_MONTHS)
    line = (
        MonthValue(_first_day(first), intercept + slope * first),
        MonthValue(_first_day(last), intercept + slope * last),
    )
    found = forecast_month(kpi, slope, intercept, last)
    return Trend(months, change, slope, line, _first_day(found) if found is not None else None)
