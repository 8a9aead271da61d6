"""The index of company playbooks and the portfolio of their measurements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from playbook.company.company import CompanyPlaybook
from playbook.formatting import long_date, measured, number
from playbook.models.measurement import MIN_GROUP, KpiSpread
from playbook.render.company_roadmap import progress_text
from playbook.render.context import RenderContext, company_page_path
from playbook.render.escape import plain
from playbook.render.markdown import decision_table, paragraphs
from playbook.render.visibility import visibility_mark


def _kpi_cell(ctx: RenderContext, book: CompanyPlaybook, kpi_id: str) -> str:
    series = next(s for s in book.kpis if s.kpi.id == kpi_id)
    if series.latest is None:
        return "–"
    mark = " ✓" if series.on_target else ""
    value = measured(series.latest.value, series.kpi.unit.nl, ctx.language)
    return f"{value} / {number(series.kpi.target, ctx.language)}{mark}"


def _barrier_cell(ctx: RenderContext, book: CompanyPlaybook) -> str:
    shown = [survey_round for survey_round in book.survey if survey_round.respondents >= MIN_GROUP]
    if not shown:
        return "–"  # no survey, or only rounds too small to show
    element = shown[-1].barrier
    if element is None:
        return ctx.label("portfolio_no_barrier")
    return next(ctx.text(e.title) for e in ctx.content.change_models["adkar"].elements if e.id == element)


def portfolio_section(ctx: RenderContext, books: Sequence[CompanyPlaybook], spread: Mapping[str, KpiSpread]) -> str:
    """Per company the latest KPI values against their targets, the barrier point, progress and overdue work;
    per KPI the median and range across the companies (left out when the build has a single company)."""
    kpis = ctx.content.kpis.kpis
    header = [
        ctx.label("company"),
        *(ctx.text(kpi.title) for kpi in kpis),
        ctx.label("portfolio_barrier"),
        ctx.label("progress"),
        ctx.label("portfolio_overdue"),
    ]
    rows = [
        [
            f"[{plain(book.company.profile.name)}]({ctx.link(company_page_path(book.company.slug))})",
            *(_kpi_cell(ctx, book, kpi.id) for kpi in kpis),
            _barrier_cell(ctx, book),
            progress_text(ctx, book.schedule.progress),
            str(len(book.schedule.overdue)),
        ]
        for book in books
    ]
    parts = [
        f"## {ctx.label('portfolio_title')} {{ #portfolio }}",
        ctx.label("portfolio_intro"),
        decision_table("portfolio-companies", header, rows),
    ]
    if len(books) > 1 and spread:
        spread_rows = []
        for kpi in kpis:
            found = spread.get(kpi.id)
            if found is None:
                spread_rows.append([ctx.text(kpi.title), number(kpi.target, ctx.language), "0", "–", "–"])
                continue
            unit = kpi.unit.nl
            low, high = measured(found.low, unit, ctx.language), measured(found.high, unit, ctx.language)
            spread_rows.append(
                [
                    ctx.text(kpi.title),
                    number(kpi.target, ctx.language),
                    str(found.companies),
                    measured(found.median, unit, ctx.language),
                    ctx.label("range").format(low=low, high=high),
                ]
            )
        spread_header = [
            ctx.label("portfolio_kpi"),
            ctx.label("kpi_target"),
            ctx.label("portfolio_measured"),
            ctx.label("portfolio_median"),
            ctx.label("portfolio_range"),
        ]
        parts.append(decision_table("portfolio-spread", spread_header, spread_rows))
    return paragraphs(*parts)


def company_index(
    ctx: RenderContext, books: Sequence[CompanyPlaybook], spread: Mapping[str, KpiSpread] | None = None
) -> str:
    """The table of company playbooks, then the portfolio of their measurements."""
    header = [
        ctx.label("company"),
        ctx.label("employees"),
        ctx.label("recommended_model"),
        ctx.label("start"),
        ctx.label("progress"),
        ctx.label("open_risks"),
    ]
    rows = [
        [
            f"[{plain(book.company.profile.name)}]({ctx.link(company_page_path(book.company.slug))})"
            + visibility_mark(ctx, book),
            number(book.company.profile.employees, ctx.language),
            ctx.content.change_models[book.choice.primary].name,
            long_date(book.company.profile.ai_project.start, ctx.language),
            progress_text(ctx, book.schedule.progress),
            str(book.open_risks),
        ]
        for book in books
    ]
    if not rows:
        return paragraphs(
            f"# {ctx.label('companies_title')}",
            f"{ctx.label('companies_intro')}\n{{ .lead }}",
            ctx.label("no_companies"),
        )
    return paragraphs(
        f"# {ctx.label('companies_title')}",
        f"{ctx.label('companies_intro')}\n{{ .lead }}",
        decision_table("company-list", header, rows),
        portfolio_section(ctx, books, spread or {}),
    )
