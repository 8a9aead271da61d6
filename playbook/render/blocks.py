"""Renderers for the building blocks: evidence links, statements, points, sections and chapters."""

from __future__ import annotations

from collections.abc import Sequence

from playbook.formatting import long_date
from playbook.models.common import Example, Point, Section, Statement
from playbook.models.evidence import EvidenceEntry
from playbook.render.context import RenderContext
from playbook.render.markdown import escape_html, indent, paragraphs


def evidence_anchor(entry_id: str) -> str:
    """The anchor of an evidence entry on the register page."""
    return f"ev-{entry_id}"


def attribution(ctx: RenderContext, entry: EvidenceEntry) -> str:
    """'Gartner, 2024', or the label for an unattributed or anecdotal figure."""
    source = entry.source or ctx.label("evidence_unattributed")
    return f"{source}, {entry.year}" if entry.year else source


def legal_status(ctx: RenderContext, entry: EvidenceEntry) -> str:
    """'Primary source: legal text, checked on 2 December 2026'."""
    checked = long_date(entry.checked, ctx.language) if entry.checked else ""
    return ctx.label("evidence_legal_status").format(date=checked)


def evidence_link(ctx: RenderContext, entry: EvidenceEntry) -> str:
    """A link to one entry: a legal source links its official text, a figure its row in the register."""
    if entry.kind == "legal" and entry.url:
        name = ctx.text(entry.figure).replace("[", "(").replace("]", ")")
        title = escape_html(legal_status(ctx, entry))
        return f'[{name}]({entry.url} "{title}"){{ .evidence-ref .legal-ref data-evidence="{entry.id}" }}'
    name = attribution(ctx, entry).replace("[", "(").replace("]", ")")
    status = escape_html(ctx.label("evidence_status"))
    return f'[{name}]({ctx.link("evidence", evidence_anchor(entry.id))} "{status}"){{ .evidence-ref }}'


def evidence_links(ctx: RenderContext, ids: Sequence[str]) -> str:
    """Inline links from a statement to its evidence entries, titled with their status."""
    entries = {entry.id: entry for entry in ctx.content.evidence.evidence}
    links = [evidence_link(ctx, entries[i]) for i in ids]
    return " " + " ".join(links) if links else ""


def statement(ctx: RenderContext, item: Statement) -> str:
    """A paragraph with its evidence links."""
    return ctx.text(item.text).strip() + evidence_links(ctx, item.evidence)


def statements(ctx: RenderContext, items: Sequence[Statement]) -> str:
    """Paragraphs, blank-line separated."""
    return paragraphs(*(statement(ctx, item) for item in items))


def point(ctx: RenderContext, item: Point) -> str:
    """'**Title**: text' with evidence links."""
    title = f"**{ctx.text(item.title).strip()}**"
    body = f": {ctx.text(item.text).strip()}" if item.text else ""
    return f"{title}{body}{evidence_links(ctx, item.evidence)}"


def points(ctx: RenderContext, items: Sequence[Point], *, numbered: bool = False) -> str:
    """A bulleted or numbered list of points."""
    lines = []
    for index, item in enumerate(items, start=1):
        marker = f"{index}." if numbered else "-"
        lines.append(f"{marker} {point(ctx, item)}")
    return "\n".join(lines) + "\n" if lines else ""


def example(ctx: RenderContext, item: Example) -> str:
    """An example from practice as an admonition."""
    body = ctx.text(item.text).strip() + evidence_links(ctx, item.evidence)
    title = ctx.text(item.title).replace('"', "'")
    return f'!!! example "{title}"\n\n{indent(body)}\n'


def section(ctx: RenderContext, item: Section, *, level: int = 2) -> str:
    """A chapter section: heading with a stable anchor, intro, points, outro and example."""
    heading = f"{'#' * level} {ctx.text(item.title)} {{ #{item.id} }}"
    return paragraphs(
        heading,
        statements(ctx, item.intro),
        points(ctx, item.points, numbered=item.numbered),
        statements(ctx, item.outro),
        example(ctx, item.example) if item.example else "",
    )
