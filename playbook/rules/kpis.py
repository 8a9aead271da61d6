"""The KPI dashboard: per KPI the latest value, its change, its target and whether it is stale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from playbook.models.measurement import Measurement
from playbook.models.practice import Kpi


@dataclass(frozen=True)
class KpiSeries:
    """A KPI's measurements up to the build date."""

    kpi: Kpi
    points: tuple[Measurement, ...]
    stale: bool
    """No measurement in the stale window before the build date."""

    @property
    def latest(self) -> Measurement | None:
        """The most recent measurement."""
        return self.points[-1] if self.points else None

    @property
    def change(self) -> float | None:
        """The change since the previous measurement."""
        return self.points[-1].value - self.points[-2].value if len(self.points) >= 2 else None

    @property
    def on_target(self) -> bool | None:
        """Whether the latest value meets the target, in the KPI's direction."""
        if self.latest is None:
            return None
        value, target = self.latest.value, self.kpi.target
        return value >= target if self.kpi.direction == "higher" else value <= target


def kpi_series(
    kpis: Sequence[Kpi], measurements: Sequence[Measurement], today: dt.date, stale_days: int
) -> tuple[KpiSeries, ...]:
    """One series per KPI, in catalogue order, ignoring measurements after ``today``."""
    since = today - dt.timedelta(days=stale_days)
    series = []
    for kpi in kpis:
        points = tuple(sorted(m for m in measurements if m.kpi == kpi.id and m.date <= today))
        series.append(KpiSeries(kpi, points, stale=not any(p.date > since for p in points)))
    return tuple(series)


def last_measurement(measurements: Sequence[Measurement], today: dt.date) -> dt.date | None:
    """The date of the most recent measurement of any KPI up to ``today``."""
    dates = [m.date for m in measurements if m.date <= today]
    return max(dates) if dates else None
