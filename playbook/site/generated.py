"""Pages generated from data: Markdown (and export bytes) by their path under docs/; MkDocs gets them in memory."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from playbook.company.company import CompanyPlaybook
from playbook.content import Content
from playbook.export.exports import company_exports
from playbook.site.address import is_placeholder
from playbook.models.common import Language
from playbook.models.measurement import KpiSpread
from playbook.render.cases import case_page
from playbook.render.company import company_index, company_page, company_page_path
from playbook.clock import build_datetime
from playbook.render.context import RenderContext, case_study_page, summary_page_path
from playbook.render.summary import summary_page

FRONT_MATTER = "---\nrender_macros: false\n---\n\n"
"""Generated pages are final Markdown: the macro engine must not read data text as a template."""

COMPANY_FRONT_MATTER = "---\nrender_macros: false\nrobots: noindex\nsearch:\n  exclude: true\n---\n\n"
"""Company pages stay out of search engines and out of the site's search: one organization's plan is found
from the company index, and hundreds of near-identical plans would bury the chapters in every result."""

COMPANY_INDEX = "playbook/index.md"

DOCUMENTS_UP_TO = 25
"""A build of at most this many companies writes their filled-in Word and Markdown documents; a larger portfolio
makes them on request (`python -m playbook documents <slug>`): python-docx takes tens of milliseconds per
document, and a company has four to ten of them."""


def with_documents(books: Sequence[CompanyPlaybook]) -> bool:
    """True when the build writes the companies' filled-in documents (see DOCUMENTS_UP_TO)."""
    return len(books) <= DOCUMENTS_UP_TO


def _has_documents(files: dict[str, bytes]) -> bool:
    return any(name.endswith(".docx") for name in files)


def portfolio_spread(books: Sequence[CompanyPlaybook]) -> dict[str, KpiSpread]:
    """Per KPI the spread of the companies' latest values; empty (and no pandas) when nothing was measured."""
    latest = [(b.company.slug, s.kpi.id, s.latest.value) for b in books for s in b.kpis if s.latest is not None]
    if not latest:
        return {}
    # pandas takes 0.4-0.7 s to import (python -X importtime): only builds with measurement files pay it.
    from playbook.measure.portfolio import kpi_spread  # noqa: PLC0415

    return kpi_spread(latest)


def _company_markdown(
    render: Callable[[RenderContext, CompanyPlaybook], str], ctx: RenderContext, book: CompanyPlaybook
) -> str:
    return COMPANY_FRONT_MATTER + render(ctx, book)


def fill_exports(
    content: Content,
    books: Sequence[CompanyPlaybook],
    exports: dict[str, dict[str, bytes]],
    site_url: str = "",
    root_language: Language = "nl",
) -> None:
    """Make the exports of every company that ``exports`` (slug -> files) does not hold yet, or holds with or
    without its documents where the build's size now says otherwise."""
    site_url = "" if is_placeholder(site_url) else site_url  # no links to a host that is not the site's
    built = build_datetime()
    documents = with_documents(books)
    for book in books:
        slug = book.company.slug
        if slug not in exports or _has_documents(exports[slug]) != documents:
            exports[slug] = company_exports(book, content, built, site_url, root_language, documents=documents)


def generated_pages(
    content: Content,
    books: Sequence[CompanyPlaybook],
    language: Language = "nl",
    exports: dict[str, dict[str, bytes]] | None = None,
    site_url: str = "",
    root_language: Language = "nl",
    *,
    lazy: bool = False,
) -> dict[str, str | bytes | Callable[[], str]]:
    """Source path under docs/ -> Markdown (or an export's bytes), for every file generated from data.

    ``exports`` (slug -> files) keeps exports between builds of the same data: they do not depend on the language.
    ``site_url`` (the site's root, where ``root_language`` lives) makes the calendar exports' links absolute.
    ``lazy``: each company's pages as a function that makes their Markdown when called (`mkdocs serve` builds
    them only when they are requested).
    """
    pages: dict[str, str | bytes | Callable[[], str]] = {}
    made = {} if exports is None else exports
    fill_exports(content, books, made, site_url, root_language)
    for case in content.case_studies:
        path = case_study_page(case.id)
        pages[path] = FRONT_MATTER + case_page(RenderContext(content, language, path), case)
    index_ctx = RenderContext(content, language, COMPANY_INDEX)
    pages[COMPANY_INDEX] = FRONT_MATTER + company_index(index_ctx, books, portfolio_spread(books))
    documents = with_documents(books)
    for book in (replace(book, documents=documents) for book in books):
        slug = book.company.slug
        for path, render in ((company_page_path(slug), company_page), (summary_page_path(slug), summary_page)):
            make = partial(_company_markdown, render, RenderContext(content, language, path), book)
            pages[path] = make if lazy else make()
        for name, data in made[slug].items():
            pages[f"playbook/{name}"] = data
    return pages
