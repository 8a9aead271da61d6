"""KPI charts as inline SVG, drawn at build time: no JavaScript, no third-party request, stable ids.

The chart shows the month-end values (one per month) on a month axis, the target as a labelled line, and the
least-squares trend with its forecast as a dashed line. Values outside the KPI's scale are drawn at its edge
as open dots, so nothing lands outside the chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from playbook.models.measurement import MonthValue
from playbook.render.markdown import escape_html
from playbook.rules.kpis import KpiSeries

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 56, 40, 20, 40
MAX_AHEAD = 24
"""The axis runs at most this many months past the latest month to show a forecast."""
MAX_LABELS = 8


@dataclass(frozen=True)
class ChartText:
    """What the chart writes: its title and description, value and month labels, the target's label."""

    title: str
    description: str
    value: Callable[[float], str]
    month: Callable[[dt.date], str]
    target: str


def _index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _first_day(index: int) -> dt.date:
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1)


def scale_bounds(series: KpiSeries) -> tuple[float, float]:
    """The value axis: the KPI's scale, or for an open scale up to 1.2 × the largest value or target."""
    kpi = series.kpi
    low = kpi.scale_min
    if kpi.scale_max is not None:
        return low, max(kpi.scale_max, low + 1)
    values = [p.value for p in series.points] + [kpi.target]
    return low, max(max(values) * 1.2, low + 1)


def kpi_chart(series: KpiSeries, chart_id: str, text: ChartText) -> str:
    """The chart of one KPI, or an empty string when it has no month-end values."""
    trend = series.trend
    if trend is None or not trend.months:
        return ""
    low, high = scale_bounds(series)
    first, latest = _index(trend.months[0].month), _index(trend.months[-1].month)
    end = latest
    if trend.forecast is not None:
        end = max(end, min(_index(trend.forecast), latest + MAX_AHEAD))
    span = max(end - first, 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(month: int) -> float:
        return LEFT + plot_w * (month - first) / span if end > first else LEFT + plot_w / 2

    def y(value: float) -> float:
        clamped = min(max(value, low), high)
        return TOP + plot_h * (1 - (clamped - low) / (high - low))

    def inside(value: float) -> bool:
        return low <= value <= high

    parts = [
        f'<svg class="kpi-chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape_html(text.title)}</title>',
        f'<desc id="{chart_id}-desc">{escape_html(text.description)}</desc>',
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}" class="kpi-axis"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" class="kpi-axis"/>',
    ]
    for value in (low, high):
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" class="kpi-tick" text-anchor="end">'
            f"{escape_html(text.value(value))}</text>"
        )
    step = max(1, -(-(span + 1) // MAX_LABELS))
    for month in range(first, end + 1, step):
        parts.append(
            f'<line x1="{x(month):.1f}" y1="{TOP + plot_h}" x2="{x(month):.1f}" y2="{TOP + plot_h + 4}" class="kpi-axis"/>'
            f'<text x="{x(month):.1f}" y="{TOP + plot_h + 18}" class="kpi-tick kpi-month" text-anchor="middle">'
            f"{escape_html(text.month(_first_day(month)))}</text>"
        )
    target_y = y(series.kpi.target)
    parts.append(
        f'<line x1="{LEFT}" y1="{target_y:.1f}" x2="{WIDTH - RIGHT}" y2="{target_y:.1f}" class="kpi-target"/>'
        f'<text x="{WIDTH - RIGHT}" y="{target_y - 5:.1f}" class="kpi-tick kpi-target-label" text-anchor="end">'
        f"{escape_html(text.target)}</text>"
    )
    if trend.line is not None:
        parts.append(_trend_line(trend.line, trend.forecast, x, y, end))
    coords = [(x(_index(m.month)), y(m.value)) for m in trend.months]
    if len(coords) > 1:
        parts.append(f'<polyline points="{" ".join(f"{cx:.1f},{cy:.1f}" for cx, cy in coords)}" class="kpi-line"/>')
    for point, (cx, cy) in zip(trend.months, coords, strict=True):
        kind = "kpi-dot" if inside(point.value) else "kpi-dot kpi-out-of-scale"
        parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4" class="{kind}"/>')
    parts.append("</svg>")
    return "".join(parts)


def _trend_line(
    line: tuple[MonthValue, MonthValue],
    forecast: dt.date | None,
    x: Callable[[int], float],
    y: Callable[[float], float],
    end: int,
) -> str:
    """The fitted line over its window, then on to the forecast month (or the axis end) at the same pace."""
    first, last = line
    a, b = _index(first.month), _index(last.month)
    slope = (last.value - first.value) / (b - a) if b > a else 0.0
    to = min(_index(forecast), end) if forecast is not None else end
    value_at_to = last.value + slope * (to - b)
    points = f"{x(a):.1f},{y(first.value):.1f} {x(b):.1f},{y(last.value):.1f}"
    if to > b:
        points += f" {x(to):.1f},{y(value_at_to):.1f}"
    marker = ""
    if forecast is not None and to == _index(forecast):
        marker = f'<circle cx="{x(to):.1f}" cy="{y(value_at_to):.1f}" r="4" class="kpi-forecast"/>'
    return f'<polyline points="{points}" class="kpi-trend"/>{marker}'
