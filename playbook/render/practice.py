"""Integration patterns, budget guidance, KPIs, typical mistakes and the FAQ."""

from __future__ import annotations

from playbook.formatting import money, number, percent
from playbook.models.practice import CostItem, FaqEntry
from playbook.render.blocks import evidence_links, points, statements
from playbook.render.context import RenderContext
from playbook.render.markdown import decision_table, indent, paragraphs, table


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
        decision_table("integration-patterns-table", header, rows),
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
    """The typical cost items, what a failed project costs, the rule of thumb, and where the two do not fit."""
    budget = ctx.content.budget
    lang = ctx.language
    reserve_low = money(budget.typical_project_low_eur * budget.share_min_pct / 100, lang)
    reserve_high = money(budget.typical_project_high_eur * budget.share_max_pct / 100, lang)
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
        reserve_low=reserve_low,
        reserve_high=reserve_high,
    )
    rows = [
        [ctx.text(item.title), _cost_range(ctx, item), ctx.text(item.note) if item.note else ""]
        for item in budget.cost_items
    ]
    header = [ctx.label("cost_item"), ctx.label("typical_range"), ctx.label("note")]
    return paragraphs(
        ctx.label("typical_costs_lead") + evidence_links(ctx, budget.costs_evidence),
        decision_table("cost-items-table", header, rows),
        ctx.label("failed_project_cost").format(amount=money(budget.failed_project_cost_eur, lang))
        + evidence_links(ctx, budget.failed_project_evidence),
        f'!!! tip "{ctx.label("budget_rule_title")}"\n\n'
        f"{indent(rule)}\n\n{indent(example + evidence_links(ctx, budget.rule_evidence))}",
        budget_conflict(ctx, reserve_low, reserve_high),
    )


def budget_conflict(ctx: RenderContext, reserve_low: str, reserve_high: str) -> str:
    """Why the article's cost items exceed its own reserve, and what to cut or phase."""
    budget, lang = ctx.content.budget, ctx.language
    fixed = sum(item.low for item in budget.cost_items if item.unit == "eur")
    training = next((item for item in budget.cost_items if item.unit == "eur_per_employee"), None)
    if fixed + (training.low if training else 0) <= budget.typical_project_low_eur * budget.share_min_pct / 100:
        return ""
    text = ctx.label("budget_conflict").format(
        fixed_min=money(fixed, lang),
        reserve_low=reserve_low,
        reserve_high=reserve_high,
        training=ctx.label("range").format(low=money(training.low, lang), high=money(training.high, lang))
        if training
        else "",
    )
    advice = ctx.label("budget_conflict_advice").format(first=percent(budget.first_project_max_pct, lang))
    return f'!!! warning "{ctx.label("budget_conflict_title")}"\n\n{indent(text)}\n\n{indent(advice)}\n'


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
    if entry.embed:
        page = ctx.content.pages.page(entry.embed)
        link = f"[{ctx.text(page.nav_title)}]({ctx.link(entry.embed)})"
        embedded = ctx.label(f"faq_see_{entry.embed}").format(link=link)
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
