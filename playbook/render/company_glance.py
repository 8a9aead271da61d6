"""At a glance: where the plan stands, what is overdue and next, the open risks, the KPIs and the barrier point.

The block heads the company page and the director summary. Each figure is read from the same part of the
company's playbook as the section it summarises (the schedule, the risk flags, the KPI series, the survey
rounds) and written with the same helpers, so the block and the sections cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from playbook.company.company import CompanyPlaybook
from playbook.formatting import is_percentage, long_date, measured, month_year, number, with_unit
from playbook.models.measurement import MIN_GROUP, SurveyRound
from playbook.render import prohibited
from playbook.render.company_plan import risk_name
from playbook.render.company_roadmap import activity_title, progress_text
from playbook.render.company_survey import barrier_element
from playbook.render.context import RenderContext
from playbook.render.escape import plain
from playbook.render.markdown import escape_html, paragraphs, raw_block
from playbook.rules.kpis import KpiSeries
from playbook.rules.risks import RiskFlag
from playbook.rules.schedule import PlannedActivity, PlannedMonth, current_month

NEXT_ACTIVITIES = 5
"""How many of the next open activities the block lists."""


@dataclass(frozen=True)
class Glance:
    """What the block shows, taken from the company's playbook."""

    month: PlannedMonth | None
    """The month of the plan the build date falls in; None before the start and after the end."""
    progress: int | None
    overdue: tuple[PlannedActivity, ...]
    upcoming: tuple[tuple[PlannedMonth, PlannedActivity], ...]
    """The first open activities that are not overdue, in plan order, with their month."""
    risks: tuple[RiskFlag, ...]
    """The flagged risks, in the order of the risk section."""
    kpis: tuple[KpiSeries, ...]
    survey: SurveyRound | None
    """The latest survey round large enough to show (MIN_GROUP respondents), whose barrier point the block names."""


def glance_of(book: CompanyPlaybook) -> Glance:
    """The figures of the block, from the same computations as the page's sections."""
    schedule = book.schedule
    upcoming = tuple(
        (month, activity)
        for month in schedule.months
        if month.end >= schedule.today
        for activity in month.activities
        if activity.status not in ("done", "skipped") and not activity.overdue
    )[:NEXT_ACTIVITIES]
    return Glance(
        month=current_month(schedule),
        progress=schedule.progress,
        overdue=schedule.overdue,
        upcoming=upcoming,
        risks=tuple(flag for flag in book.risks if flag.flagged),
        kpis=book.kpis,
        survey=next((r for r in reversed(book.survey) if r.respondents >= MIN_GROUP), None),
    )


def _now(ctx: RenderContext, book: CompanyPlaybook, month: PlannedMonth | None) -> str:
    schedule = book.schedule
    months = schedule.months
    if month is None:
        if schedule.today < months[0].start:
            return ctx.label("glance_not_started").format(date=long_date(months[0].start, ctx.language))
        end = schedule.consolidation_end
        if end is not None and schedule.today <= end:
            return ctx.label("glance_consolidation").format(date=long_date(end, ctx.language))
        return ctx.label("glance_finished").format(date=long_date(end or months[-1].end, ctx.language))
    names = {p.number: ctx.text(p.name) for p in ctx.content.roadmap.phases}
    return ctx.label("glance_month").format(
        number=month.number,
        total=len(months),
        month=month_year(month.start, ctx.language),
        phase=", ".join(f"{phase.number}. {names[phase.number]}" for phase in schedule.phases_of(month)),
    )


def kpi_status(ctx: RenderContext, series: KpiSeries) -> str:
    """'gehaald', 'nog niet gehaald', 'nog geen metingen', with 'geen recente meting' when one is due."""
    if series.on_target is None:
        status = ctx.label("kpi_no_data")
    else:
        status = ctx.label("kpi_met") if series.on_target else ctx.label("kpi_below_target")
    return f"{status} · {ctx.label('kpi_stale_title').lower()}" if series.due and series.points else status


def _short(ctx: RenderContext, shown: str, series: KpiSeries) -> str:
    """A value with the per cent sign when the KPI counts in per cent; the KPI section gives the whole unit."""
    return with_unit(shown, "%", ctx.language) if is_percentage(series.kpi.unit.nl) else shown


def kpi_row(ctx: RenderContext, series: KpiSeries) -> list[str]:
    """KPI, latest value, target with its direction (≥ when higher is better, ≤ when lower is), status."""
    kpi, latest = series.kpi, series.latest
    value = "–" if latest is None else _short(ctx, measured(latest.value, kpi.unit.nl, ctx.language), series)
    sign = "≥" if kpi.direction == "higher" else "≤"
    target = f"{sign} {_short(ctx, number(kpi.target, ctx.language), series)}"
    return [ctx.text(kpi.title), value, target, kpi_status(ctx, series)]


def _text_table(header: list[str], rows: list[list[str]]) -> str:
    """A table of plain texts (titles, figures, statuses) as HTML, every cell escaped: it stands inside the
    glance block's HTML, where Markdown would not be read."""
    head = "".join(f"<th>{escape_html(title)}</th>" for title in header)
    body = "".join("<tr>" + "".join(f"<td>{escape_html(value)}</td>" for value in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _link(text: str, anchor: str, linked: bool) -> str:
    return f'<a href="#{anchor}">{text}</a>' if linked else text


def glance_section(ctx: RenderContext, book: CompanyPlaybook, *, linked: bool = True) -> str:
    """The block; ``linked``: its activities and risks link to their place on the company page."""
    seen = glance_of(book)
    slug, lang = book.company.slug, ctx.language
    overdue = ctx.counted("glance_overdue", len(seen.overdue))
    progress = ctx.label("glance_progress_value").format(
        progress=f'<strong class="glance-progress">{escape_html(progress_text(ctx, seen.progress))}</strong>',
        overdue=_link(f'<span class="glance-overdue">{escape_html(overdue)}</span>', "roadmap", linked),
    )
    if seen.survey is None:
        barrier = escape_html(ctx.label("glance_no_survey"))
    else:
        element = barrier_element(ctx, seen.survey.barrier)
        shown = ctx.label("portfolio_no_barrier") if element is None else element
        barrier = escape_html(
            ctx.label("glance_barrier_value").format(element=shown, date=long_date(seen.survey.date, lang))
        )
    facts = [
        (ctx.label("glance_now"), escape_html(_now(ctx, book, seen.month))),
        (ctx.label("progress"), progress),
        (ctx.label("glance_barrier"), f'<span class="glance-barrier">{barrier}</span>'),
    ]
    items = [
        f'<li data-activity="{a.id}">'
        f"{_link(activity_title(ctx, a, book), f'{slug}-{a.id}-item', linked)}"
        f' · <span class="glance-owner">{plain(a.owner) if a.owner else escape_html(ctx.label("unassigned"))}</span>'
        f" · {escape_html(month_year(month.start, lang))}</li>"
        for month, a in seen.upcoming
    ]
    banned = [  # a prohibited use case first: it is the one risk that stops a use case outright
        f'<li data-risk="prohibited-uc{item.number}" class="glance-prohibited">'
        f"{_link('⛔ ' + prohibited.risk_name(ctx, book, item), f'{slug}-risk-prohibited-uc{item.number}-item', linked)}"
        "</li>"
        for item in book.prohibited
    ]
    risks = banned + [
        f'<li data-risk="{flag.risk.id}">'
        f"{_link(escape_html(risk_name(ctx, flag.risk.source, flag.risk.ref)), f'{slug}-risk-{flag.risk.id}-item', linked)}"
        "</li>"
        for flag in seen.risks
    ]
    header = [ctx.label("kpi"), ctx.label("kpi_latest"), ctx.label("kpi_target"), ctx.label("column_status")]
    kpis = _text_table(header, [kpi_row(ctx, series) for series in seen.kpis])
    facts_html = "".join(f"<div><dt>{escape_html(term)}</dt><dd>{value}</dd></div>" for term, value in facts)
    next_html = (
        f'<ul class="glance-next">{"".join(items)}</ul>'
        if items
        else f"<p>{escape_html(ctx.label('glance_next_overdue' if seen.overdue else 'glance_next_none'))}</p>"
    )
    risks_html = (
        f'<ul class="glance-risks">{"".join(risks)}</ul>'
        if risks
        else f"<p>{escape_html(ctx.label('summary_no_risks'))}</p>"
    )
    return paragraphs(
        f"## {ctx.label('glance_title')} {{ #at-a-glance }}",
        raw_block(
            f'<div class="glance"><dl class="glance-facts">{facts_html}</dl><div class="glance-lists">'
            f'<div><p class="glance-head">{escape_html(ctx.label("glance_next"))}</p>{next_html}</div>'
            f'<div><p class="glance-head">{escape_html(ctx.label("open_risks"))}</p>{risks_html}</div></div>'
            f'<div class="glance-kpis">{kpis}</div></div>'
        ),
    )
