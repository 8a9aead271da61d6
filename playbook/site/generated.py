"""Pages generated from data: Markdown (and export bytes) by their path under docs/; MkDocs gets them in memory."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from playbook.company.playbooks import CompanyPlaybook
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
    """Make the exports of every company that ``exports`` (slug -> files) does not hold yet.

    A placeholder ``site_url`` (upstream's example.org, while no organization.yml names the real one) is no
    address to link to: the calendars then carry no links rather than links to a host that is not the site's.
    """
    site_url = "" if is_placeholder(site_url) else site_url
    built = build_datetime()
    for book in books:
        if book.company.slug not in exports:
            exports[book.company.slug] = company_exports(book, content, built, site_url, root_language)


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
    for book in books:
        slug = book.company.slug
        for path, render in ((company_page_path(slug), company_page), (summary_page_path(slug), summary_page)):
            make = partial(_company_markdown, render, RenderContext(content, language, path), book)
            pages[path] = make if lazy else make()
        for name, data in made[slug].items():
            pages[f"playbook/{name}"] = data
    return pages
