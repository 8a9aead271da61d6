"""Page headings and leads, the home page's routes by role, and page notices."""

from __future__ import annotations

from playbook.formatting import long_date
from playbook.render.context import RenderContext
from playbook.render.markdown import indent, paragraphs


def page_intro(ctx: RenderContext, page_id: str) -> str:
    """The page's heading and lead; a chapter page takes its chapter's title and summary."""
    page = ctx.content.pages.page(page_id)
    chapter = ctx.content.chapters.get(page_id)
    title = page.title or (chapter.title if chapter else None)
    lead = page.lead or (chapter.summary if chapter else None)
    heading = f"# {ctx.text(title)}" if title else ""
    return paragraphs(heading, f"{ctx.text(lead).strip()}\n{{ .lead }}" if lead else "")


def home_routes(ctx: RenderContext) -> str:
    """One card per kind of reader, each with the pages to read in order."""
    pages = ctx.content.pages
    cards = []
    for route in pages.routes:
        links = "\n".join(
            f"    {index}. [{ctx.text(pages.page(link.page).nav_title)}]({ctx.link(link.page)}): {ctx.text(link.text)}"
            for index, link in enumerate(route.links, start=1)
        )
        cards.append(
            f"-   :{route.icon}: **{ctx.text(route.title)}**\n\n    ---\n\n    {ctx.text(route.text)}\n\n{links}"
        )
    return paragraphs(
        f"## {ctx.text(pages.routes_title)} {{ #start-by-role }}",
        '<div class="grid cards" markdown>\n\n' + "\n\n".join(cards) + "\n\n</div>",
    )


def figures_note(ctx: RenderContext) -> str:
    """The home page's note on where the figures come from, linking to the register."""
    pages = ctx.content.pages
    link = f"[{ctx.text(pages.page('evidence').nav_title)}]({ctx.link('evidence')})"
    return paragraphs(
        f"## {ctx.text(pages.figures_title)} {{ #about-the-figures }}", f"{ctx.text(pages.figures_text)} → {link}"
    )


def evidence_notice(ctx: RenderContext) -> str:
    """The notice at the top of the evidence register."""
    pages = ctx.content.pages
    return f'!!! warning "{ctx.text(pages.evidence_notice_title)}"\n\n{indent(ctx.text(pages.evidence_notice))}\n'


def evidence_legend(ctx: RenderContext) -> dict[str, str]:
    """The texts of the legend under every page with evidence marks, for the page template."""
    return {
        "evidence_legend": ctx.label("evidence_legend"),
        "evidence_legend_link": ctx.label("evidence_legend_link"),
        "evidence_legend_url": ctx.content.pages.served_path(ctx.content.pages.page("evidence").file, ctx.language),
    }


def changelog(ctx: RenderContext) -> str:
    """The content changes per release, newest first."""
    blocks = []
    for release in ctx.content.changelog.releases:
        heading = f"## {release.version} · {long_date(release.date, ctx.language)} {{ #v{release.version.replace('.', '-')} }}"
        blocks.append(paragraphs(heading, "\n".join(f"- {ctx.text(change)}" for change in release.changes)))
    return paragraphs(*blocks)
