"""The portfolio: per KPI the median and range of the companies' latest values."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from playbook.models.measurement import KpiSpread


def kpi_spread(latest: Sequence[tuple[str, str, float]]) -> dict[str, KpiSpread]:
    """Per KPI id, from (company, kpi, latest value) rows: how many companies, the median, lowest and highest."""
    if not latest:
        return {}
    frame = pd.DataFrame(latest, columns=["company", "kpi", "value"])
    stats = frame.groupby("kpi")["value"].agg(["count", "median", "min", "max"])
    return {
        str(kpi): KpiSpread(str(kpi), int(row["count"]), float(row["median"]), float(row["min"]), float(row["max"]))
        for kpi, row in stats.iterrows()
    }
