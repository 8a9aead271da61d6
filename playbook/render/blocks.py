"""Renderers for the building blocks: evidence links, statements, points, sections and chapters."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from playbook.models.common import Example, Point, Section, Statement
from playbook.models.evidence import EvidenceEntry
from playbook.render.context import RenderContext
from playbook.render.legal import legal_link
from playbook.render.markdown import escape_html, indent, paragraphs, strong


def evidence_anchor(entry_id: str) -> str:
    """The anchor of an evidence entry on the register page."""
    return f"ev-{entry_id}"


def source_anchor(source: str | None) -> str:
    """The anchor of a source's heading on the register page, from its name in the page's language; figures
    without a source share one."""
    if source is None:
        return "src-unattributed"
    folded = unicodedata.normalize("NFKD", source.casefold()).encode("ascii", "ignore").decode()
    slug = "".join(char if char.isalnum() else "-" for char in folded)
    return "src-" + "-".join(part for part in slug.split("-") if part)


def attribution(ctx: RenderContext, entry: EvidenceEntry) -> str:
    """'Gartner, 2024', or the label for an unattributed or anecdotal figure."""
    source = entry.source_name(ctx.language) or ctx.label("evidence_unattributed")
    return f"{source}, {entry.year}" if entry.year else source


def _tag(ctx: RenderContext, group: list[EvidenceEntry]) -> str:
    """One link for the entries of one source: to the entry itself, or to the source's heading when several."""
    source = group[0].source_name(ctx.language) or ctx.label("evidence_unattributed")
    years = sorted({entry.year for entry in group if entry.year})
    label = ", ".join([source, *(str(year) for year in years)]).replace("[", "(").replace("]", ")")
    anchor = evidence_anchor(group[0].id) if len(group) == 1 else source_anchor(group[0].source_name(ctx.language))
    status = escape_html(ctx.label("evidence_status"))
    ids = " ".join(entry.id for entry in group)
    return (
        f'[{label}]({ctx.link("evidence", anchor)} "{status}"){{ .evidence-ref data-evidence="{ids}" }}'
        f'<sup class="evidence-mark">{EVIDENCE_MARK}</sup>'
    )


EVIDENCE_MARK = "&#42;"
"""The visible mark after every evidence link: 'not independently verified', explained once per page."""


def evidence_links(ctx: RenderContext, ids: Sequence[str]) -> str:
    """Inline links from a figure to its evidence entries: one per source, each with the status mark."""
    entries = {entry.id: entry for entry in ctx.content.evidence.evidence}
    groups: dict[str | None, list[EvidenceEntry]] = {}
    legal = []
    for entry_id in dict.fromkeys(ids):
        entry = entries[entry_id]
        if entry.consulted and entry.url:
            legal.append(legal_link(ctx, entry))
        else:
            groups.setdefault(entry.source_key, []).append(entry)
    links = [*legal, *(_tag(ctx, group) for group in groups.values())]
    return " " + " ".join(links) if links else ""


def statement(ctx: RenderContext, item: Statement) -> str:
    """A paragraph with its evidence links."""
    return ctx.text(item.text).strip() + evidence_links(ctx, item.evidence)


def statements(ctx: RenderContext, items: Sequence[Statement]) -> str:
    """Paragraphs, blank-line separated."""
    return paragraphs(*(statement(ctx, item) for item in items))


def point(ctx: RenderContext, item: Point) -> str:
    """'**Title**: text' with evidence links."""
    title = strong(ctx.text(item.title).strip())
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
