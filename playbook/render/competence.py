"""Competence areas, the build-or-buy matrix, the 70:20:10 rule and the hybrid-team roles."""

from __future__ import annotations

from playbook.formatting import percent
from playbook.render.blocks import evidence_links, statement
from playbook.render.context import RenderContext
from playbook.render.markdown import decision_table, escape_html, paragraphs


def competence_areas(ctx: RenderContext) -> str:
    """The four competence areas as a definition-style list."""
    matrix = ctx.content.competence_matrix
    lines = [f"- **{ctx.text(area.title)}**: {ctx.text(area.topics)}" for area in matrix.areas]
    return "\n".join(lines) + evidence_links(ctx, matrix.areas_evidence) + "\n"


def build_buy_matrix(ctx: RenderContext) -> str:
    """The build-internally / buy-externally decision table."""
    matrix = ctx.content.competence_matrix
    header = [ctx.label("competence"), ctx.label("build_internally"), ctx.label("buy_externally")]
    rows = [
        [
            ctx.text(row.title),
            ctx.text(row.build_internally),
            ctx.text(row.buy_externally) if row.buy_externally else "–",
        ]
        for row in matrix.build_buy
    ]
    return paragraphs(
        f"### {ctx.label('build_buy_heading')} {{ #build-or-buy }}",
        decision_table("build-buy-matrix", header, rows),
    )


def sourcing_split(ctx: RenderContext) -> str:
    """The 70:20:10 rule with a proportional bar."""
    split = ctx.content.competence_matrix.split
    parts = [
        (split.internal_pct, ctx.label("split_internal")),
        (split.partnerships_pct, ctx.label("split_partnerships")),
        (split.external_pct, ctx.label("split_external")),
    ]
    shown = [(pct, f"{percent(pct, ctx.language)} {label}") for pct, label in parts]
    bar = "".join(
        f'<span class="split-part split-{index}" style="flex: {pct}">{escape_html(text)}</span>'
        for index, (pct, text) in enumerate(shown)
    )
    name = escape_html(" · ".join(text for _, text in shown))
    return paragraphs(
        statement(ctx, split.statement),
        f'<div class="split-bar" role="img" aria-label="{name}">{bar}</div>',
    )


def hybrid_roles(ctx: RenderContext) -> str:
    """The core roles of a hybrid AI team."""
    matrix = ctx.content.competence_matrix
    lines = []
    for role in matrix.hybrid_roles:
        count = f" ({ctx.text(role.headcount)})" if role.headcount else ""
        lines.append(f"- **{ctx.text(role.title)}**{count}: {ctx.text(role.description)}")
    return "\n".join(lines) + evidence_links(ctx, matrix.hybrid_roles_evidence) + "\n"
