"""The evidence register page: the article's figures, and the legal texts we checked ourselves."""

from __future__ import annotations

from playbook.render.blocks import attribution, evidence_anchor, legal_status
from playbook.render.context import RenderContext
from playbook.render.markdown import escape_html, paragraphs, table


def _figures(ctx: RenderContext) -> str:
    header = [
        ctx.label("evidence_figure"),
        ctx.label("evidence_claim"),
        ctx.label("evidence_source"),
        ctx.label("evidence_status_column"),
    ]
    rows = []
    for entry in ctx.content.evidence.evidence:
        if entry.kind == "legal":
            continue
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


def _legal(ctx: RenderContext) -> str:
    header = [
        ctx.label("evidence_provision"),
        ctx.label("evidence_claim"),
        ctx.label("evidence_official_text"),
        ctx.label("evidence_status_column"),
    ]
    rows = [
        [
            f'<span id="{evidence_anchor(entry.id)}"></span>**{escape_html(ctx.text(entry.figure))}**',
            ctx.text(entry.claim),
            f"[{attribution(ctx, entry)}]({entry.url})",
            legal_status(ctx, entry),
        ]
        for entry in ctx.content.evidence.evidence
        if entry.kind == "legal"
    ]
    if not rows:
        return ""
    return paragraphs(
        f"## {ctx.label('evidence_legal_title')} {{ #legal-sources }}",
        ctx.label("evidence_legal_intro"),
        f'<div class="evidence-register legal-register" markdown>\n\n{table(header, rows)}\n</div>',
    )


def register(ctx: RenderContext) -> str:
    """Every entry with its anchor: the article's figures with their attributed source and status, then the
    legal texts with a link to the official text and the date they were checked."""
    return paragraphs(
        f"## {ctx.label('evidence_figures_title')} {{ #figures }}",
        _figures(ctx),
        _legal(ctx),
    )
