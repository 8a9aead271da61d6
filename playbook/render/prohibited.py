"""Use cases of a prohibited kind as the first of a company's risks: on its page, its summary and its exports."""

from __future__ import annotations

from playbook.company.company import CompanyPlaybook
from playbook.render.context import RenderContext
from playbook.render.escape import plain_in
from playbook.render.markdown import escape_html
from playbook.rules.obligations import Obligations


def article(ctx: RenderContext, item: Obligations) -> str:
    """'artikel 5, lid 1, onder f': the provision that prohibits the use case's kind."""
    return ctx.text(item.kind.article) if item.kind and item.kind.article else ""


def risk_name(ctx: RenderContext, book: CompanyPlaybook, item: Obligations) -> str:
    """'Verboden toepassing: ‘Cabinecamera’', the company's title escaped and marked with its language."""
    title = plain_in(item.title, book.company.profile.language, ctx.language)
    return ctx.label("prohibited_risk").format(case=title)


def stop_advice(ctx: RenderContext, book: CompanyPlaybook, item: Obligations) -> str:
    """What to do: the title of the activity that stops the use case, as HTML."""
    template = next(activity for activity in ctx.content.use_case_kinds.activities if activity.id == "stop")
    text = escape_html(ctx.text(template.title)).replace("{article}", escape_html(article(ctx, item)))
    return text.replace("{use_case}", plain_in(item.title, book.company.profile.language, ctx.language))


def risk_items(ctx: RenderContext, book: CompanyPlaybook) -> list[str]:
    """One flagged item of the company page's risk checklist per prohibited use case."""
    items = []
    for item in book.prohibited:
        box_id = f"{book.company.slug}-risk-prohibited-uc{item.number}"
        items.append(
            f'<li class="checklist-item risk flagged prohibited" id="{box_id}-item">'
            f'<input type="checkbox" id="{box_id}" disabled>'
            f'<label for="{box_id}"><strong>⛔ {risk_name(ctx, book, item)}</strong> · '
            f"{escape_html(ctx.label('ai_act'))}, {escape_html(article(ctx, item))}"
            f' · <span class="risk-state">{escape_html(ctx.label("risk_flagged"))}</span></label>'
            f'<span class="risk-advice">{stop_advice(ctx, book, item)}</span></li>'
        )
    return items


def risk_lines(ctx: RenderContext, book: CompanyPlaybook) -> list[str]:
    """One line of the summary's open risks per prohibited use case: '- **⛔ Verboden toepassing: ‘…’**: stop …'."""
    return [f"- **⛔ {risk_name(ctx, book, item)}**: {stop_advice(ctx, book, item)}" for item in book.prohibited]


def notice(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """A danger box at the top of a page (and so of its print) naming every prohibited use case; '' when none."""
    if not book.prohibited:
        return ""
    lines = "\n".join(f"    {line}" for line in risk_lines(ctx, book))
    return f'!!! danger "{ctx.label("prohibited_title")}"\n\n{lines}'
