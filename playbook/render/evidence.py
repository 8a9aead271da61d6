"""The evidence register page: one heading per source, each entry linking back to where it is cited."""

from __future__ import annotations

from playbook.models.common import Language
from playbook.models.evidence import EvidenceEntry
from playbook.render.blocks import attribution, evidence_anchor, source_anchor
from playbook.render.citations import Citation, citations
from playbook.render.context import RenderContext
from playbook.render.legal import register_status
from playbook.render.markdown import escape_html, paragraphs, table

ARTICLE_LANGUAGE: Language = "nl"
"""The language of the source article, whose spelling of a source ``as_written`` quotes."""


def by_source(entries: list[EvidenceEntry], language: Language = "nl") -> dict[str | None, list[EvidenceEntry]]:
    """Entries grouped by canonical source, in the alphabetical order of ``language``'s names, unattributed last."""
    groups: dict[str | None, list[EvidenceEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.source_key, []).append(entry)

    def order(item: tuple[str | None, list[EvidenceEntry]]) -> tuple[bool, str]:
        name = item[1][0].source_name(language)
        return name is None, (name or "").casefold()

    return dict(sorted(groups.items(), key=order))


def _page_title(ctx: RenderContext, page: str) -> str:
    for candidate in ctx.content.pages.pages:
        if candidate.file == page:
            return ctx.text(candidate.nav_title)
    for case in ctx.content.case_studies:
        if page.endswith(f"/{case.id}.md"):
            return ctx.text(case.title)
    return page


def _cited_on(ctx: RenderContext, places: list[Citation]) -> str:
    """One link per place, each with words of its own: a page cited in two places is numbered ('FAQ (2)')."""
    titles = []
    for place in places:
        title = _page_title(ctx, place.page)
        if place.title is not None:
            title = f"{title} › {ctx.text(place.title)}"
        titles.append(title)
    seen: dict[str, int] = {}
    links = []
    for place, title in zip(places, titles, strict=True):
        seen[title] = seen.get(title, 0) + 1
        shown = title if seen[title] == 1 else f"{title} ({seen[title]})"
        links.append(f"[{escape_html(shown)}]({ctx.link(place.page, place.anchor)}){{ .cited-on }}")
    return "<br>".join(links)


def _row(ctx: RenderContext, entry: EvidenceEntry, places: list[Citation]) -> list[str]:
    claim = ctx.text(entry.claim)
    if entry.as_written:
        name = escape_html(entry.as_written)
        if ctx.language != ARTICLE_LANGUAGE:
            name = f'<span lang="{ARTICLE_LANGUAGE}">{name}</span>'
        claim += "<br>*" + ctx.label("evidence_as_written").format(name=name) + "*"
    status = ctx.label("evidence_status")
    if entry.kind == "anecdotal":
        status = f"{ctx.label('evidence_anecdotal')}; {status}"
    return [
        f'<span id="{evidence_anchor(entry.id)}"></span>**{escape_html(ctx.text(entry.figure))}**',
        claim,
        str(entry.year) if entry.year else "–",
        status,
        _cited_on(ctx, places),
    ]


def chapter_filter(ctx: RenderContext, cited: dict[str, list[Citation]]) -> str:
    """A drop-down of the pages that cite entries, in site order; the script shows it and filters the rows."""
    pages = {place.page for places in cited.values() for place in places}
    order = [page.file for page in ctx.content.pages.pages] + [
        f"casestudies/{case.id}.md" for case in ctx.content.case_studies
    ]
    options = "".join(
        f'<option value="{escape_html(ctx.content.pages.served_path(page, ctx.language))}">{escape_html(_page_title(ctx, page))}</option>'
        for page in order
        if page in pages
    )
    return (
        f'<p class="evidence-filter" hidden><label for="evidence-filter">{escape_html(ctx.label("evidence_filter"))}'
        f'</label> <select id="evidence-filter"><option value="">{escape_html(ctx.label("evidence_filter_all"))}'
        f"</option>{options}</select></p>"
    )


COLUMN = {"legal": "evidence_provision", "guidance": "evidence_publication"}
"""The label over the first column of the entries we read ourselves, per kind."""


def _consulted(ctx: RenderContext, kind: str) -> str:
    """The entries of one kind we read ourselves (legal texts, Dutch guidance), apart from the article's figures."""
    header = [
        ctx.label(COLUMN[kind]),
        ctx.label("evidence_claim"),
        ctx.label("evidence_official_text"),
        ctx.label("evidence_status_column"),
    ]
    rows = [
        [
            f'<span id="{evidence_anchor(entry.id)}"></span>**{escape_html(ctx.text(entry.figure))}**',
            ctx.text(entry.claim),
            f"[{attribution(ctx, entry)}]({entry.link(ctx.language)})",
            register_status(ctx, entry),
        ]
        for entry in ctx.content.evidence.evidence
        if entry.kind == kind
    ]
    if not rows:
        return ""
    return paragraphs(
        f"## {ctx.label(f'evidence_{kind}_title')} {{ #{kind}-sources }}",
        ctx.label(f"evidence_{kind}_intro"),
        f'<div class="evidence-register {kind}-register" markdown>\n\n{table(header, rows)}\n</div>',
    )


def register(ctx: RenderContext) -> str:
    """Every entry under the heading of its source, with figure, claim, year, status and the places citing it."""
    header = [
        ctx.label("evidence_figure"),
        ctx.label("evidence_claim"),
        ctx.label("evidence_year"),
        ctx.label("evidence_status_column"),
        ctx.label("evidence_cited_on"),
    ]
    cited = citations(ctx.content, ctx.placements)
    blocks = []
    figures = [entry for entry in ctx.content.evidence.evidence if not entry.consulted]
    for entries in by_source(figures, ctx.language).values():
        shown = entries[0].source_name(ctx.language)
        name = escape_html(shown) if shown else ctx.label("evidence_unattributed_heading")
        rows = [_row(ctx, entry, cited.get(entry.id, [])) for entry in entries]
        blocks.append(
            paragraphs(
                f"## {name} {{ #{source_anchor(shown)} }}",
                f'<div class="evidence-source" markdown>\n\n{table(header, rows)}\n</div>',
            )
        )
    return paragraphs(
        f'<div class="evidence-register" markdown>\n\n{chapter_filter(ctx, cited)}\n\n{paragraphs(*blocks)}\n</div>',
        _consulted(ctx, "legal"),
        _consulted(ctx, "guidance"),
    )
