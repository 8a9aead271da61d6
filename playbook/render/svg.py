"""KPI charts as inline SVG, drawn at build time: no JavaScript, no third-party request, stable ids."""

from __future__ import annotations

from collections.abc import Callable

from playbook.render.markdown import escape_html
from playbook.rules.kpis import KpiSeries

WIDTH, HEIGHT, PAD_X, PAD_Y = 480, 150, 44, 18


def _bounds(series: KpiSeries) -> tuple[float, float]:
    values = [p.value for p in series.points] + [series.kpi.target, series.kpi.scale_min]
    low = series.kpi.scale_min
    high = series.kpi.scale_max if series.kpi.scale_max is not None else max(values) * 1.2 or 1
    return low, max(high, low + 1)


def kpi_chart(series: KpiSeries, chart_id: str, title: str, description: str, fmt: Callable[[float], str]) -> str:
    """A line chart of the KPI's measurements with its target as a dashed line."""
    low, high = _bounds(series)
    points = series.points
    days = [(p.date - points[0].date).days for p in points] if points else []
    span = max(days[-1], 1) if days else 1

    def x(day: int) -> float:
        return PAD_X + (WIDTH - 2 * PAD_X) * day / span if len(points) > 1 else WIDTH / 2

    def y(value: float) -> float:
        return HEIGHT - PAD_Y - (HEIGHT - 2 * PAD_Y) * (value - low) / (high - low)

    coords = [(x(d), y(p.value)) for d, p in zip(days, points, strict=True)]
    line = " ".join(f"{cx:.1f},{cy:.1f}" for cx, cy in coords)
    target_y = y(series.kpi.target)
    dots = "".join(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" class="kpi-dot"/>' for cx, cy in coords)
    return (
        f'<svg class="kpi-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-title">{escape_html(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape_html(description)}</desc>'
        f'<line x1="{PAD_X}" y1="{HEIGHT - PAD_Y}" x2="{WIDTH - PAD_X}" y2="{HEIGHT - PAD_Y}" class="kpi-axis"/>'
        f'<text x="{PAD_X - 6}" y="{y(high) + 4:.1f}" class="kpi-tick" text-anchor="end">{escape_html(fmt(high))}</text>'
        f'<text x="{PAD_X - 6}" y="{y(low) + 4:.1f}" class="kpi-tick" text-anchor="end">{escape_html(fmt(low))}</text>'
        f'<line x1="{PAD_X}" y1="{target_y:.1f}" x2="{WIDTH - PAD_X}" y2="{target_y:.1f}" class="kpi-target"/>'
        + (f'<polyline points="{line}" class="kpi-line"/>' if len(coords) > 1 else "")
        + dots
        + "</svg>"
    )
