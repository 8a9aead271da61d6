"""The 12-month roadmap: a visual timeline, phases, months and activities as labelled checkboxes."""

from __future__ import annotations

import posixpath

from playbook.models.cases import Activity, OwnerRoleRef, RoadmapMonth, RoadmapPhase
from playbook.render.blocks import points
from playbook.render.blocks import statements as render_statements
from playbook.render.context import RenderContext
from playbook.render.markdown import escape_html, paragraphs, raw_block


def month_anchor(month: RoadmapMonth) -> str:
    """The anchor of a month: 'month-1'."""
    return f"month-{month.number}"


def owner_title(ctx: RenderContext, owner: str) -> str:
    """The name of an owner role."""
    roles: dict[str, OwnerRoleRef] = {role.id: role for role in ctx.content.roadmap.roles}
    return ctx.text(roles[owner].title)


def html_href(ctx: RenderContext, page_id: str, anchor: str) -> str:
    """A link for raw HTML, which MkDocs does not rewrite: the served URL of a page, relative to this page's."""
    pages = ctx.content.pages
    target = pages.served_path(pages.page(page_id).file, ctx.language) or "."
    here = pages.served_path(ctx.page, ctx.language) or "."
    return f"{posixpath.relpath(target, here)}/#{anchor}"


def card_link(ctx: RenderContext, card_id: str) -> str:
    """A link to a method card on the instruments page."""
    card = next(card for card in ctx.content.method_cards.cards if card.id == card_id)
    text = escape_html(ctx.label("method_card_link").format(title=ctx.text(card.title)))
    return f' <a class="card-link" href="{html_href(ctx, "instruments", f"card-{card.id}")}">{text}</a>'


def cards_by_activity(ctx: RenderContext) -> dict[str, list[str]]:
    """Roadmap activity id -> the method cards it uses."""
    cards: dict[str, list[str]] = {}
    for card in ctx.content.method_cards.cards:
        for activity in card.activities:
            cards.setdefault(activity, []).append(card.id)
    return cards


def timeline(ctx: RenderContext) -> str:
    """Twelve months in four coloured phases; every month links to its activities."""
    phases = []
    for phase in ctx.content.roadmap.phases:
        months = "".join(
            f'<li><a href="#{month_anchor(month)}" title="{escape_html(ctx.text(month.title))}">'
            f'<span class="timeline-month">{month.number}</span></a></li>'
            for month in phase.months
        )
        phases.append(
            f'<li class="timeline-phase phase-{phase.number}" style="--months: {len(phase.months)}">'
            f'<a class="timeline-phase-name" href="#{phase.id}">{phase.number}. {escape_html(ctx.text(phase.name))}</a>'
            f'<ol class="timeline-months">{months}</ol></li>'
        )
    label = escape_html(ctx.label("timeline_label"))
    return f'<nav class="roadmap-timeline" aria-label="{label}"><ol>{"".join(phases)}</ol></nav>\n'


def checklist(ctx: RenderContext, activities: list[Activity], *, prefix: str = "cb") -> str:
    """Activities as checkboxes, each with a visible label tied to it."""
    items = []
    cards = cards_by_activity(ctx)
    for activity in activities:
        box_id = f"{prefix}-{activity.id}"
        owner = escape_html(owner_title(ctx, activity.owner))
        links = "".join(card_link(ctx, card_id) for card_id in cards.get(activity.id, []))
        items.append(
            f'<li class="checklist-item" id="{activity.id}">'
            f'<input type="checkbox" id="{box_id}" data-activity="{activity.id}">'
            f'<label for="{box_id}">{escape_html(ctx.text(activity.title))}</label>'
            f' <span class="owner-badge" title="{escape_html(ctx.label("owner"))}">{owner}</span>{links}</li>'
        )
    return raw_block(f'<ul class="checklist">{"".join(items)}</ul>') + "\n"


def month_block(ctx: RenderContext, month: RoadmapMonth) -> str:
    """A month heading and its checklist."""
    heading = ctx.label("month_heading").format(number=month.number, title=ctx.text(month.title))
    return paragraphs(f"### {heading} {{ #{month_anchor(month)} }}", checklist(ctx, month.activities))


def phase_block(ctx: RenderContext, phase: RoadmapPhase) -> str:
    """A phase heading with its months."""
    first, last = phase.months[0].number, phase.months[-1].number
    heading = ctx.label("phase_heading").format(
        number=phase.number, name=ctx.text(phase.name), title=ctx.text(phase.title), first=first, last=last
    )
    return paragraphs(
        f"## {heading} {{ #{phase.id} .phase-{phase.number} }}",
        *(month_block(ctx, month) for month in phase.months),
    )


def roadmap(ctx: RenderContext) -> str:
    """The whole roadmap: intro, timeline, phases, months, activities."""
    data = ctx.content.roadmap
    return paragraphs(
        render_statements(ctx, data.intro),
        timeline(ctx),
        *(phase_block(ctx, phase) for phase in data.phases),
    )


def owner_roles(ctx: RenderContext) -> str:
    """Who owns what: the roles used as activity owners."""
    counts: dict[str, int] = {}
    for activity in ctx.content.roadmap.activities():
        counts[activity.owner] = counts.get(activity.owner, 0) + 1
    lines = [
        f"- **{ctx.text(role.title)}** ({ctx.counted('activities_count', counts.get(role.id, 0))}): "
        f"{ctx.text(role.description)}"
        for role in ctx.content.roadmap.roles
    ]
    return paragraphs(f"## {ctx.label('owners_heading')} {{ #owners }}", "\n".join(lines))


def success_factors(ctx: RenderContext) -> str:
    """The critical success factors for carrying out the roadmap."""
    return paragraphs(
        f"## {ctx.label('success_factors_heading')} {{ #success-factors }}",
        points(ctx, ctx.content.roadmap.success_factors),
    )
