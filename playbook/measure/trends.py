"""KPI series as month-end values, their change over three months, the least-squares trend and its forecast."""

from __future__ import annotations

import datetime as dt
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


def month_end_values(measurements: Sequence[Measurement]) -> dict[str, pd.Series]:
    """Per KPI id, the last measured value of each month, indexed by monthly period, oldest first."""
    if not measurements:
        return {}
    frame = pd.DataFrame(
        {
            "date": [m.date for m in measurements],
            "kpi": [m.kpi for m in measurements],
            "value": [m.value for m in measurements],
        }
    )
    frame["month"] = pd.PeriodIndex(pd.to_datetime(frame["date"]), freq="M")
    last = frame.sort_values("date", kind="stable").groupby(["kpi", "month"], sort=True)["value"].last()
    return {str(kpi): series.droplevel("kpi") for kpi, series in last.groupby(level="kpi")}


def _first_day(period: pd.Period) -> dt.date:
    return dt.date(period.year, period.month, 1)


def _change(series: pd.Series) -> float | None:
    latest = series.index[-1]
    before = series[(series.index <= latest - CHANGE_MONTHS) & (series.index > latest - WINDOW_MONTHS)]
    return float(series.iloc[-1] - before.iloc[-1]) if len(before) else None


def _reaches(values: pd.Series, kpi: Kpi) -> pd.Series:
    if kpi.direction == "higher":
        return values >= kpi.target - EPSILON
    return values <= kpi.target + EPSILON


def kpi_trend(kpi: Kpi, series: pd.Series) -> Trend:
    """The trend of one KPI from its month-end values (see :func:`month_end_values`)."""
    months = tuple(MonthValue(_first_day(p), float(v)) for p, v in zip(series.index, series, strict=True))
    latest = series.index[-1]
    window = series[series.index > latest - WINDOW_MONTHS]
    if len(window) < MIN_VALUES:
        return Trend(months, _change(series), None, None, None)
    x = pd.Series(window.index.asi8, dtype=float)
    y = pd.Series(window.to_numpy(), dtype=float)
    slope = float(x.cov(y) / x.var())
    intercept = float(y.mean() - slope * x.mean())
    ahead = pd.Series(range(int(latest.ordinal), int(latest.ordinal) + HORIZON_MONTHS + 1), dtype="int64")
    hits = ahead[_reaches(intercept + slope * ahead.astype(float), kpi)]
    forecast = _first_day(pd.Period(ordinal=int(hits.iloc[0]), freq="M")) if len(hits) else None
    first, last = window.index[0], latest
    line = (
        MonthValue(_first_day(first), intercept + slope * first.ordinal),
        MonthValue(_first_day(last), intercept + slope * last.ordinal),
    )
    return Trend(months, _change(series), slope, line, forecast)


def kpi_trends(kpis: Sequence[Kpi], measurements: Sequence[Measurement]) -> dict[str, Trend]:
    """Per KPI id with at least one measurement, its trend."""
    values = month_end_values(measurements)
    return {kpi.id: kpi_trend(kpi, values[kpi.id]) for kpi in kpis if kpi.id in values}
