"""The company page's measurements: the KPI dashboard with trends and forecasts, and the ADKAR survey."""

from __future__ import annotations

from playbook.company.playbooks import CompanyPlaybook
from playbook.formatting import long_date, month_year, number, percent, short_month, with_unit
from playbook.models.measurement import MIN_GROUP, SurveyRound
from playbook.render.context import RenderContext
from playbook.render.markdown import decision_table, escape_html, paragraphs, raw_block
from playbook.render.svg import ChartText, kpi_chart
from playbook.rules.kpis import KpiSeries


def _value(ctx: RenderContext, value: float) -> str:
    return number(round(value, 2), ctx.language)


def _signed(ctx: RenderContext, value: float) -> str:
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{_value(ctx, abs(value))}"


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
        f"{ctx.label('kpi_latest')}: {with_unit(f'**{_value(ctx, latest.value)}**', ctx.text(kpi.unit), ctx.language)} "
        f"({long_date(latest.date, ctx.language)})"
    ]
    if series.change is not None:
        facts.append(f"{ctx.label('kpi_change')}: {_signed(ctx, series.change)}")
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
        parts.append(f'!!! note "{ctx.label("kpi_stale_title")}"\n\n    {due}')
    if series.trend is None or not series.points:
        return paragraphs(*parts)
    chart_id = f"chart-{slug}-{kpi.id}".replace("_", "-")
    values = ", ".join(f"{month_year(m.month, ctx.language)}: {_value(ctx, m.value)}" for m in series.trend.months)
    chart_text = ChartText(
        title=title,
        description=ctx.label("kpi_chart_desc").format(
            title=title, unit=unit, values=values, target=_value(ctx, kpi.target)
        ),
        value=lambda v: _value(ctx, v),
        month=lambda d: short_month(d, ctx.language),
        target=f"{ctx.label('kpi_target')} {_value(ctx, kpi.target)}",
    )
    rows = "".join(
        f"<tr><td>{escape_html(long_date(p.date, ctx.language))}</td><td>{escape_html(_value(ctx, p.value))}</td></tr>"
        for p in series.points
    )
    parts.append(raw_block(f'<figure class="kpi-figure">{kpi_chart(series, chart_id, chart_text)}</figure>'))
    parts.append(
        raw_block(
            f'<details class="kpi-data"><summary>{escape_html(ctx.label("kpi_data"))}</summary>'
            f'<table id="{chart_id}-table"><caption>{escape_html(title)} ({escape_html(unit)})</caption>'
            f'<thead><tr><th scope="col">{escape_html(ctx.label("date"))}</th>'
            f'<th scope="col">{escape_html(ctx.label("value"))}</th></tr></thead><tbody>{rows}</tbody></table></details>'
        )
    )
    return paragraphs(*parts)


def kpi_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The KPI dashboard."""
    return paragraphs(
        f"## {ctx.label('kpi_dashboard')} {{ #kpis }}",
        ctx.label("kpi_intro").format(file=f"<code>{escape_html(book.company.slug)}.kpis.csv</code>"),
        f"*{ctx.text(ctx.content.kpis.targets_note)}* {ctx.label('kpi_forecast_rule')}",
        f"*{ctx.label('kpi_chart_legend')}*",
        *(_kpi_card(ctx, series, book.company.slug) for series in book.kpis),
    )


def barrier_text(ctx: RenderContext, element_id: str | None) -> str:
    """'Barrier point: Desire' in the page's language, or 'no barrier point'."""
    if element_id is None:
        return ctx.label("survey_no_barrier")
    element = next(e for e in ctx.content.change_models["adkar"].elements if e.id == element_id)
    return ctx.label("survey_barrier").format(element=ctx.text(element.title))


def _round(ctx: RenderContext, survey_round: SurveyRound, slug: str) -> str:
    elements = {e.id: e for e in ctx.content.change_models["adkar"].elements}
    anchor = f"survey-{survey_round.date.isoformat()}"
    header = [ctx.label("survey_element"), ctx.label("survey_mean"), ctx.label("survey_low_share")]
    rows = [
        [ctx.text(elements[s.element].title), _value(ctx, s.mean), percent(round(s.low_share), ctx.language)]
        for s in survey_round.elements
    ]
    parts = [
        f"### {ctx.label('survey_round').format(date=long_date(survey_round.date, ctx.language))} {{ #{anchor} }}",
        ctx.counted(
            "survey_round_intro",
            survey_round.respondents,
            acceptance=percent(round(survey_round.acceptance), ctx.language),
        ),
        decision_table(f"{slug}-{anchor}-table", header, rows),
        f'<p class="survey-barrier"><strong>{escape_html(barrier_text(ctx, survey_round.barrier))}</strong></p>',
    ]
    if survey_round.barrier is not None:
        interventions = elements[survey_round.barrier].interventions
        if interventions:
            parts.append(
                f"{ctx.label('survey_interventions')}\n\n" + "\n".join(f"- {ctx.text(i)}" for i in interventions)
            )
    return paragraphs(*parts)


def survey_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The ADKAR survey rounds, newest first, each with its barrier point and what to do about it."""
    parts = [f"## {ctx.label('survey_title')} {{ #adkar-survey }}"]
    link = ctx.link("adkar-survey")
    if not book.survey:
        file = f"<code>{escape_html(book.company.slug)}.survey.csv</code>"
        return paragraphs(*parts, ctx.label("survey_none").format(file=file, link=link))
    parts.append(ctx.label("survey_intro").format(link=link))
    if book.company.survey_left_out:
        columns = ", ".join(f"<code>{escape_html(column)}</code>" for column in book.company.survey_left_out)
        parts.append(ctx.label("survey_left_out").format(columns=columns))
    for survey_round in reversed(book.survey):
        if survey_round.respondents >= MIN_GROUP:
            parts.append(_round(ctx, survey_round, book.company.slug))
        else:
            date = long_date(survey_round.date, ctx.language)
            heading = ctx.label("survey_round").format(date=date)
            anchor = f"survey-{survey_round.date.isoformat()}"
            reason = ctx.counted("survey_too_small", survey_round.respondents, minimum=MIN_GROUP)
            parts += [f"### {heading} {{ #{anchor} }}", f'<p class="survey-too-small">{escape_html(reason)}</p>']
    return paragraphs(*parts)
