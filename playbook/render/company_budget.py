"""The company page's budget: the reserves at each share with their split, the verdict and the reference costs."""

from __future__ import annotations

from playbook.company.playbooks import CompanyPlaybook
from playbook.formatting import money, number, percent
from playbook.render.context import RenderContext
from playbook.render.markdown import decision_table, paragraphs, strong


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


def budget_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Reserves at 15, 20 (and 25) per cent, the split, warnings and scaled reference costs."""
    plan, lang = book.budget, ctx.language
    header, rows = reserves_table(ctx, book)
    parts = [
        f"## {ctx.label('budget_title')} {{ #budget }}",
        ctx.label("budget_intro").format(budget=money(plan.budget_eur, lang)),
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
    parts += [
        strong(ctx.label("reference_costs")),
        decision_table("budget-costs", [ctx.label("cost_item"), ctx.label("typical_range")], cost_rows),
    ]
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
