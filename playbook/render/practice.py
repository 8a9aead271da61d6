"""Integration patterns, budget guidance, KPIs, typical mistakes and the FAQ."""

from __future__ import annotations

from playbook.formatting import money, number, percent
from playbook.models.practice import CostItem, FaqEntry
from playbook.render.blocks import evidence_links, points, statements
from playbook.render.context import RenderContext
from playbook.render.markdown import indent, paragraphs, table


def integration_patterns(ctx: RenderContext) -> str:
    """The integration-pattern decision table, with the recommended pattern marked."""
    data = ctx.content.integration_patterns
    header = [ctx.label("pattern"), ctx.label("advantages"), ctx.label("drawbacks"), ctx.label("fits")]
    rows = []
    for pattern in data.patterns:
        name = f"**{ctx.text(pattern.title)}**"
        if pattern.recommended:
            name += f" ({ctx.label('recommended')})"
        name += f"<br>{ctx.text(pattern.description)}"
        rows.append([name, ctx.text(pattern.advantages), ctx.text(pattern.drawbacks), ctx.text(pattern.fit)])
    return paragraphs(
        statements(ctx, data.intro),
        f'<div class="decision-table" id="integration-patterns-table" markdown>\n\n{table(header, rows)}\n</div>',
        statements(ctx, data.advice),
    )


def _cost_range(ctx: RenderContext, item: CostItem) -> str:
    if item.unit == "pct_work_time":
        return ctx.label("range_work_time").format(
            low=number(item.low, ctx.language), high=percent(item.high, ctx.language)
        )
    low, high = money(item.low, ctx.language), money(item.high, ctx.language)
    key = "range_per_employee" if item.unit == "eur_per_employee" else "range"
    return ctx.label(key).format(low=low, high=high)


def budget_guidance(ctx: RenderContext) -> str:
    """The budget rule of thumb and the typical cost items for 50-150-staff companies."""
    budget = ctx.content.budget
    lang = ctx.language
    rule = ctx.label("budget_rule").format(
        low=number(budget.share_min_pct, lang),
        high=percent(budget.share_max_pct, lang),
        first=percent(budget.first_project_max_pct, lang),
        competence=percent(budget.competence_pct, lang),
        change=percent(budget.change_pct, lang),
    )
    example = ctx.label("budget_example").format(
        project_low=money(budget.typical_project_low_eur, lang),
        project_high=money(budget.typical_project_high_eur, lang),
        reserve_low=money(budget.typical_project_low_eur * budget.share_min_pct / 100, lang),
        reserve_high=money(budget.typical_project_high_eur * budget.share_max_pct / 100, lang),
    )
    rows = [
        [ctx.text(item.title), _cost_range(ctx, item), ctx.text(item.note) if item.note else ""]
        for item in budget.cost_items
    ]
    header = [ctx.label("cost_item"), ctx.label("typical_range"), ctx.label("note")]
    return paragraphs(
        f'!!! tip "{ctx.label("budget_rule_title")}"\n\n{indent(rule + evidence_links(ctx, budget.evidence))}'
        f"\n\n{indent(example)}",
        f"**{ctx.label('typical_costs_title')}**",
        f'<div class="decision-table" id="cost-items-table" markdown>\n\n{table(header, rows)}\n</div>',
        ctx.label("failed_project_cost").format(amount=money(budget.failed_project_cost_eur, lang)),
    )


def kpi_catalogue(ctx: RenderContext, *, with_intro: bool = True) -> str:
    """The six KPIs: what, how and how often to measure."""
    catalogue = ctx.content.kpis
    header = [ctx.label("kpi"), ctx.label("definition"), ctx.label("measurement"), ctx.label("frequency")]
    rows = [
        [
            f'<span id="kpi-{kpi.id}"></span>**{ctx.text(kpi.title)}**',
            ctx.text(kpi.definition),
            ctx.text(kpi.measurement),
            ctx.text(kpi.frequency),
        ]
        for kpi in catalogue.kpis
    ]
    return paragraphs(
        statements(ctx, catalogue.intro) if with_intro else "",
        table(header, rows),
        statements(ctx, catalogue.outro) if with_intro else "",
    )


def mistakes(ctx: RenderContext, *, with_intro: bool = True) -> str:
    """The five typical mistakes, each with its share and a bar."""
    data = ctx.content.mistakes
    lines = []
    for mistake in data.mistakes:
        share = percent(mistake.share_pct, ctx.language)
        lines.append(
            f'- <span class="share-bar" style="--share: {mistake.share_pct}%" aria-hidden="true"></span>'
            f" **{ctx.text(mistake.title)}** ({share}): {ctx.text(mistake.text)}"
            f"{evidence_links(ctx, mistake.evidence)}"
        )
    return paragraphs(
        statements(ctx, data.intro) if with_intro else "",
        '<div class="mistakes" markdown>\n\n' + "\n".join(lines) + "\n\n</div>",
        statements(ctx, data.outro) if with_intro else "",
    )


def faq_anchor(entry: FaqEntry) -> str:
    """The anchor of a question."""
    return f"faq-{entry.id}"


def faq_entry(ctx: RenderContext, entry: FaqEntry) -> str:
    """A question as a collapsible block with its own anchor; the permalink closes the answer (a link inside
    <summary> would nest one control in another)."""
    anchor = faq_anchor(entry)
    embedded = ""
    if entry.embed == "kpis":
        embedded = kpi_catalogue(ctx, with_intro=False)
    elif entry.embed == "mistakes":
        embedded = mistakes(ctx, with_intro=False)
    body = paragraphs(
        statements(ctx, entry.answer), points(ctx, entry.points), embedded, statements(ctx, entry.closing)
    )
    permalink = f'<p class="faq-permalink"><a href="#{anchor}">{ctx.label("permalink")}</a></p>'
    return (
        f'<details class="faq" id="{anchor}" markdown>\n'
        f"<summary>{ctx.text(entry.question)}</summary>\n\n{body}\n\n{permalink}\n</details>\n"
    )


def faq(ctx: RenderContext) -> str:
    """All questions, in order."""
    return "\n".join(faq_entry(ctx, entry) for entry in ctx.content.faq.faq)
