"""The company page's measurements: the KPI dashboard with trends and forecasts."""

from __future__ import annotations

from playbook.company.company import CompanyPlaybook
from playbook.formatting import long_date, measured, month_year, number, short_month, with_unit
from playbook.render.context import RenderContext
from playbook.render.markdown import INLINE_CLOSE, INLINE_OPEN, escape_html, folded, paragraphs, raw_block
from playbook.render.svg import ChartText, kpi_chart
from playbook.rules.kpis import KpiSeries


def _value(ctx: RenderContext, value: float) -> str:
    return number(round(value, 2), ctx.language)


def _measured(ctx: RenderContext, series: KpiSeries, value: float) -> str:
    """A value of ``series``'s KPI: whole for a percentage (as everywhere), else at most two decimals."""
    return measured(value, series.kpi.unit.nl, ctx.language)


def _signed(ctx: RenderContext, value: float, shown: str | None = None) -> str:
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{shown if shown is not None else _value(ctx, abs(value))}"


def _facts(ctx: RenderContext, series: KpiSeries) -> list[str]:
    kpi, latest, trend = series.kpi, series.latest, series.trend
    direction = ctx.label("kpi_higher") if kpi.direction == "higher" else ctx.label("kpi_lower")
    mark = ""
    if series.on_target is not None:
        mark = " ✓" if series.on_target else f" · {ctx.label('kpi_below_target')}"
    target = f"{ctx.label('kpi_target')}: {_value(ctx, kpi.target)} ({direction}){mark}"
    if latest is None:
        return [ctx.label("kpi_no_data"), target]
    facts = [
        f"{ctx.label('kpi_latest')}: {with_unit(f'**{_measured(ctx, series, latest.value)}**', ctx.text(kpi.unit), ctx.language)} "
        f"({long_date(latest.date, ctx.language)})"
    ]
    if series.change is not None:
        facts.append(
            f"{ctx.label('kpi_change')}: {_signed(ctx, series.change, _measured(ctx, series, abs(series.change)))}"
        )
    facts.append(target)
    if trend is not None and trend.slope is not None:
        facts.append(f"{ctx.label('kpi_trend')}: {ctx.label('kpi_per_month').format(value=_signed(ctx, trend.slope))}")
    if not series.on_target:
        facts.append(
            f'{ctx.label("kpi_forecast")}: <span class="kpi-forecast-text">{escape_html(_verdict(ctx, series))}</span>'
        )
    if series.from_survey:
        facts.append(ctx.label("kpi_from_survey"))
    return facts


def _verdict(ctx: RenderContext, series: KpiSeries) -> str:
    """When the target is reached at this pace, or how many more measurements a verdict needs."""
    needed, trend = series.measurements_needed, series.trend
    if needed:
        return ctx.counted("kpi_forecast_needs", needed)
    if trend is not None and trend.forecast is not None:
        return ctx.label("kpi_forecast_month").format(month=month_year(trend.forecast, ctx.language))
    return ctx.label("kpi_not_at_pace")


def _kpi_card(ctx: RenderContext, series: KpiSeries, slug: str) -> str:
    kpi = series.kpi
    title, unit = ctx.text(kpi.title), ctx.text(kpi.unit)
    parts = [f"### {title} {{ #kpi-{kpi.id} }}", " · ".join(_facts(ctx, series))]
    if series.due:
        due = ctx.counted("kpi_stale", kpi.every_months, name="months")
        parts.append(f"**{ctx.label('kpi_stale_title')}**: {due}\n{{ .kpi-due }}")
    if series.trend is None or not series.points:
        return paragraphs(*parts)
    chart_id = f"chart-{slug}-{kpi.id}".replace("_", "-")
    values = ", ".join(
        f"{month_year(m.month, ctx.language)}: {_measured(ctx, series, m.value)}" for m in series.trend.months
    )
    chart_text = ChartText(
        title=title,
        description=ctx.label("kpi_chart_desc").format(
            title=title, unit=unit, values=values, target=_value(ctx, kpi.target)
        ),
        value=lambda v: _measured(ctx, series, v),
        month=lambda d: short_month(d, ctx.language),
        target=f"{ctx.label('kpi_target')} {_value(ctx, kpi.target)}",
    )
    rows = "".join(
        f"<tr><td>{escape_html(long_date(p.date, ctx.language))}</td><td>{escape_html(_measured(ctx, series, p.value))}</td></tr>"
        for p in series.points
    )
    data = (
        f'<details class="kpi-data"><summary>{escape_html(ctx.label("kpi_data"))}</summary>'
        f'<table id="{chart_id}-table"><caption>{escape_html(title)} ({escape_html(unit)})</caption>'
        f'<thead><tr><th scope="col">{escape_html(ctx.label("date"))}</th>'
        f'<th scope="col">{escape_html(ctx.label("value"))}</th></tr></thead><tbody>{rows}</tbody></table></details>'
    )
    parts.insert(1, raw_block(f'<figure class="kpi-figure">{kpi_chart(series, chart_id, chart_text)}{data}</figure>'))
    return paragraphs(*parts)


def kpi_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The KPI dashboard."""
    return paragraphs(
        f"## {ctx.label('kpi_dashboard')} {{ #kpis }}",
        ctx.label("kpi_intro").format(file=f"<code>{escape_html(book.company.slug)}.kpis.csv</code>"),
        folded(
            escape_html(ctx.label("kpi_reading_fold")),
            f"<p><em>{INLINE_OPEN}{ctx.text(ctx.content.kpis.targets_note)}{INLINE_CLOSE}</em> "
            f"{INLINE_OPEN}{ctx.label('kpi_forecast_rule')}{INLINE_CLOSE}</p>"
            f"<p><em>{INLINE_OPEN}{ctx.label('kpi_chart_legend')}{INLINE_CLOSE}</em></p>",
        ),
        *(_kpi_card(ctx, series, book.company.slug) for series in book.kpis),
    )
