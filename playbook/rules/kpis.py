"""The KPI dashboard: per KPI the measurements, the trend, the target and whether a measurement is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from playbook.models.measurement import Measurement, Trend
from playbook.models.practice import Kpi

FORECAST_MONTHS = 3
"""A forecast verdict needs measurements in at least this many months (so spanning at least two months)."""


@dataclass(frozen=True)
class KpiSeries:
    """A KPI's measurements up to the build date, with what they say."""

    kpi: Kpi
    points: tuple[Measurement, ...]
    due: bool
    """The project has started and the KPI's frequency says a measurement is overdue."""
    trend: Trend | None = None
    """Month-end values, change over three months, trend line and forecast; None without measurements."""
    from_survey: bool = False
    """The values are the ADKAR survey's acceptance: the company never measured this KPI another way."""

    @property
    def latest(self) -> Measurement | None:
        """The most recent measurement."""
        return self.points[-1] if self.points else None

    @property
    def change(self) -> float | None:
        """The change over the last three months of month-end values."""
        return self.trend.change if self.trend else None

    @property
    def measurements_needed(self) -> int:
        """How many more measurements a forecast verdict needs: three, in three different months (0: enough).

        Three month-end values are what the trend line needs, and they span at least two months.
        """
        months = {(point.date.year, point.date.month) for point in self.points}
        return max(0, FORECAST_MONTHS - len(months))

    @property
    def on_target(self) -> bool | None:
        """Whether the latest value meets the target, in the KPI's direction."""
        if self.latest is None:
            return None
        return meets_target(self.kpi, self.latest.value)


def meets_target(kpi: Kpi, value: float) -> bool:
    """Whether ``value`` is at or beyond the KPI's target, in its direction."""
    return value >= kpi.target if kpi.direction == "higher" else value <= kpi.target


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, on the same day or the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def measurement_due(kpi: Kpi, points: Sequence[Measurement], start: dt.date, today: dt.date) -> bool:
    """Due when the project has started and ``every_months`` have passed since the last measurement (or start)."""
    if today < start:
        return False
    since = max([start, *(p.date for p in points)])
    return today > add_months(since, kpi.every_months)


def kpi_series(
    kpis: Sequence[Kpi],
    measurements: Sequence[Measurement],
    today: dt.date,
    start: dt.date,
    trends: Mapping[str, Trend] | None = None,
    from_survey: Collection[str] = (),
) -> tuple[KpiSeries, ...]:
    """One series per KPI, in catalogue order, ignoring measurements after ``today``; ``from_survey``: the KPI ids
    whose values come from the ADKAR survey."""
    series = []
    for kpi in kpis:
        points = tuple(sorted(m for m in measurements if m.kpi == kpi.id and m.date <= today))
        trend = (trends or {}).get(kpi.id)
        due = measurement_due(kpi, points, start, today)
        series.append(KpiSeries(kpi, points, due, trend, from_survey=kpi.id in from_survey))
    return tuple(series)


def last_measurement(measurements: Sequence[Measurement], today: dt.date) -> dt.date | None:
    """The date of the most recent measurement of any KPI up to ``today``."""
    dates = [m.date for m in measurements if m.date <= today]
    return max(dates) if dates else None
