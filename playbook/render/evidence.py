"""The evidence register page."""

from __future__ import annotations

from playbook.render.blocks import attribution, evidence_anchor
from playbook.render.context import RenderContext
from playbook.render.markdown import escape_html, table


def register(ctx: RenderContext) -> str:
    """Every entry with its anchor, figure, claim, attributed source and status."""
    header = [
        ctx.label("evidence_figure"),
        ctx.label("evidence_claim"),
        ctx.label("evidence_source"),
        ctx.label("evidence_status_column"),
    ]
    rows = []
    for entry in ctx.content.evidence.evidence:
        status = ctx.label("evidence_status")
        if entry.kind == "anecdotal":
            status = f"{ctx.label('evidence_anecdotal')}; {status}"
        rows.append(
            [
                f'<span id="{evidence_anchor(entry.id)}"></span>**{escape_html(ctx.text(entry.figure))}**',
                ctx.text(entry.claim),
                attribution(ctx, entry),
                status,
            ]
        )
    return f'<div class="evidence-register" markdown>\n\n{table(header, rows)}\n</div>\n'
