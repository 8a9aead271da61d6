"""Pages generated from data: Markdown (and export bytes) by their path under docs/; MkDocs gets them in memory."""

from __future__ import annotations

from collections.abc import Sequence

from playbook.companies import CompanyPlaybook
from playbook.content import Content
from playbook.exports import company_exports
from playbook.models.common import Language
from playbook.render.cases import case_page
from playbook.render.company import company_index, company_page, company_page_path
from playbook.render.context import RenderContext, case_study_page, summary_page_path
from playbook.render.summary import summary_page
from playbook.rules.schedule import build_datetime

FRONT_MATTER = "---\nrender_macros: false\n---\n\n"
"""Generated pages are final Markdown: the macro engine must not read data text as a template."""

COMPANY_FRONT_MATTER = "---\nrender_macros: false\nrobots: noindex\nsearch:\n  exclude: true\n---\n\n"
"""Company pages stay out of search engines and out of the site's search: one organization's plan is found
from the company index, and hundreds of near-identical plans would bury the chapters in every result."""

COMPANY_INDEX = "playbook/index.md"


def generated_pages(
    content: Content,
    books: Sequence[CompanyPlaybook],
    language: Language = "nl",
    exports: dict[str, dict[str, bytes]] | None = None,
    site_url: str = "",
) -> dict[str, str | bytes]:
    """Source path under docs/ -> Markdown (or an export's bytes), for every file generated from data.

    ``exports`` (slug -> files) keeps exports between builds of the same data: they do not depend on the language.
    ``site_url`` (the Dutch site's root) makes the calendar exports' links absolute.
    """
    pages: dict[str, str | bytes] = {}
    built = build_datetime()
    made = {} if exports is None else exports
    for case in content.case_studies:
        path = case_study_page(case.id)
        pages[path] = FRONT_MATTER + case_page(RenderContext(content, language, path), case)
    pages[COMPANY_INDEX] = FRONT_MATTER + company_index(RenderContext(content, language, COMPANY_INDEX), books)
    for book in books:
        path = company_page_path(book.company.slug)
        pages[path] = COMPANY_FRONT_MATTER + company_page(RenderContext(content, language, path), book)
        summary = summary_page_path(book.company.slug)
        pages[summary] = COMPANY_FRONT_MATTER + summary_page(RenderContext(content, language, summary), book)
        slug = book.company.slug
        if slug not in made:
            made[slug] = company_exports(book, content, built, site_url)
        for name, data in made[slug].items():
            pages[f"playbook/{name}"] = data
    return pages
