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


@dataclass(frozen=True)
class MonthValue:
    """A value for a calendar month (``month`` is the month's first day)."""

    month: dt.date
    value: float


@dataclass(frozen=True)
class Trend:
    """What the month-end values of a KPI say: change, pace and when the target is reached at that pace."""

    months: tuple[MonthValue, ...]
    """The month-end values (the last measurement in each month), oldest first."""
    change: float | None
    """Latest month-end value minus that of three months before (or of the last month before it, within twelve)."""
    slope: float | None
    """The least-squares line's change per month over the last twelve months; None below three values."""
    line: tuple[MonthValue, MonthValue] | None
    """The line at the first and the last month of the fitted window."""
    forecast: dt.date | None
    """First month, from the latest month on, in which the line reaches the target; None: not at this pace."""


@dataclass(frozen=True, order=True)
class Answer:
    """One answered survey statement."""

    date: dt.date
    respondent: str
    element: str
    score: int


MIN_GROUP = 5
"""Survey results of fewer respondents than this are not shown (nor used): they could point to one person."""


@dataclass(frozen=True)
class ElementScore:
    """One ADKAR element in one survey round."""

    element: str
    mean: float
    low_share: float
    """Per cent of respondents whose mean for this element is 2 or lower."""


@dataclass(frozen=True)
class SurveyRound:
    """The answers of one survey date, per element in ADKAR order."""

    date: dt.date
    respondents: int
    elements: tuple[ElementScore, ...]
    barrier: str | None
    """The first element whose mean is 3 or lower; None when all are above 3."""
    acceptance: float
    """Per cent of respondents whose mean over all elements is 4 or higher."""


@dataclass(frozen=True)
class KpiSpread:
    """A KPI's latest values across the companies that measured it."""

    kpi: str
    companies: int
    median: float
    low: float
    high: float
