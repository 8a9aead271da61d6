"""The company page's budget: the reserves at each share with their split, the verdict and the reference costs."""

from __future__ import annotations

from playbook.company.company import CompanyPlaybook
from playbook.formatting import money, number, percent
from playbook.render.context import RenderContext
from playbook.render.markdown import decision_table, escape_html, folded, paragraphs, raw_block
from playbook.render.svg_bars import BarRow, Segment, stacked_bars


def reserves_table(ctx: RenderContext, book: CompanyPlaybook) -> tuple[list[str], list[list[str]]]:
    """The reserves at each share with their split: the header and rows the page and the summary both show."""
    plan, lang = book.budget, ctx.language
    guidance = ctx.content.budget
    header = [
        ctx.label("reserve_share"),
        ctx.label("reserve_amount"),
        ctx.label("split_competence").format(pct=percent(guidance.competence_pct, lang)),
        ctx.label("split_change").format(pct=percent(guidance.change_pct, lang)),
    ]
    rows = [
        [percent(r.pct, lang), money(r.amount, lang), money(r.competence, lang), money(r.change, lang)]
        for r in plan.reserves
    ]
    return header, rows


def budget_rows(ctx: RenderContext, book: CompanyPlaybook) -> list[BarRow]:
    """The budget, each reserve split into competence development and change, the planned change budget and
    the euro cost items at their lowest, as bars on one scale."""
    plan, lang, guidance = book.budget, ctx.language, ctx.content.budget
    competence = ctx.label("split_competence").format(pct=percent(guidance.competence_pct, lang))
    change = ctx.label("split_change").format(pct=percent(guidance.change_pct, lang))
    rows = [BarRow(ctx.label("budget_total"), (Segment("budget", plan.budget_eur, ctx.label("budget_total")),))]
    rows += [
        BarRow(
            ctx.label("budget_chart_reserve").format(pct=percent(r.pct, lang)),
            (Segment("competence", r.competence, competence), Segment("change", r.change, change)),
        )
        for r in plan.reserves
    ]
    if plan.planned_eur is not None:
        rows.append(
            BarRow(ctx.label("budget_planned"), (Segment("planned", plan.planned_eur, ctx.label("budget_planned")),))
        )
    costs = [cost for cost in plan.costs if cost.unit == "eur"]
    rows.append(
        BarRow(
            ctx.label("budget_chart_costs"),
            tuple(Segment(f"cost-{i % 2}", c.low, ctx.text(c.item.title)) for i, c in enumerate(costs)),
        )
    )
    return rows


def budget_chart(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The reserves and costs as stacked bars against the budget, in a figure."""
    rows = budget_rows(ctx, book)
    totals = [sum(segment.amount for segment in row.segments) for row in rows]
    description = "; ".join(
        f"{row.label}: {money(total, ctx.language)}" for row, total in zip(rows, totals, strict=True)
    )
    chart = stacked_bars(
        rows,
        max(totals),
        f"{book.company.slug}-budget-chart",
        ctx.label("budget_chart_title"),
        description,
        lambda amount: money(amount, ctx.language),
    )
    return raw_block(
        f'<figure class="budget-figure" id="budget-chart">{chart}'
        f"<figcaption>{escape_html(ctx.label('budget_chart_caption'))}</figcaption></figure>"
    )


def budget_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Reserves at 15, 20 (and 25) per cent, the split, warnings and scaled reference costs."""
    plan, lang = book.budget, ctx.language
    header, rows = reserves_table(ctx, book)
    parts = [
        f"## {ctx.label('budget_title')} {{ #budget }}",
        ctx.label("budget_intro").format(budget=money(plan.budget_eur, lang)),
        budget_chart(ctx, book),
        decision_table("budget-reserves", header, rows),
    ]
    lowest = plan.reserves[0]
    if plan.planned_eur is None:
        parts.append(
            f'!!! info "{ctx.label("no_change_budget_title")}"\n\n    '
            + ctx.label("no_change_budget").format(amount=money(lowest.amount, lang))
        )
    elif plan.shortfall_eur is not None:
        parts.append(
            f'!!! warning "{ctx.label("shortfall_title")}"\n\n    '
            + ctx.label("shortfall").format(
                planned=money(plan.planned_eur, lang),
                pct=percent(lowest.pct, lang),
                amount=money(lowest.amount, lang),
                shortfall=money(plan.shortfall_eur, lang),
            )
        )
    else:
        parts.append(
            ctx.label("planned_ok").format(planned=money(plan.planned_eur, lang), pct=percent(lowest.pct, lang))
        )
    cost_rows = []
    for cost in plan.costs:
        if cost.unit == "fte":
            span = ctx.label("fte_range").format(low=number(cost.low, lang), high=number(cost.high, lang))
        else:
            span = ctx.label("range").format(low=money(cost.low, lang), high=money(cost.high, lang))
        cost_rows.append([ctx.text(cost.item.title), span])
    parts.append(
        folded(
            escape_html(
                ctx.label("reference_costs_organisation").format(count=number(plan.audience, lang))
                if book.company.profile.ai_project.scope == "organisation"
                else ctx.label("reference_costs")
            ),
            decision_table("budget-costs", [ctx.label("cost_item"), ctx.label("typical_range")], cost_rows),
        )
    )
    if plan.items_exceed_reserve:
        parts.append(
            f'!!! warning "{ctx.label("items_exceed_title")}"\n\n    '
            + ctx.label("items_exceed").format(
                total=money(plan.items_min_eur, lang),
                reserve=money(max(r.amount for r in plan.reserves), lang),
                first=percent(ctx.content.budget.first_project_max_pct, lang),
            )
        )
    return paragraphs(*parts)
