"""A measured value: what a company's measurement files hold once read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Measurement:
    """One measured value of a KPI."""

    date: dt.date
    kpi: str
    value: float
