"""Scale: full builds of project copies with 1, 10, 100 and 500 generated companies, and the exports alone."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import exports
from benchmarks.companies import write_companies
from benchmarks.exports import ExportCost
from benchmarks.project import BUILD_EPOCH, ROOT, Run, copy_project, mkdocs_build, tree_size
from playbook import load_content
from playbook.company.playbooks import company_playbooks, load_companies
from playbook.render.company import company_page, company_page_path
from playbook.render.context import RenderContext


@dataclass(frozen=True)
class SizeResult:
    """The builds of one project size."""

    companies: int
    runs: list[Run]
    site_bytes: int
    site_files: int
    html_pages: int
    search_index_bytes: dict[str, int]

    @property
    def seconds(self) -> float:
        """The fastest run: the least disturbed measurement of the same work."""
        return min(run.seconds for run in self.runs)

    @property
    def cpu_seconds(self) -> float:
        """The least CPU time of the runs (user and system, all processes of the build)."""
        return min(run.cpu_seconds for run in self.runs)

    @property
    def peak_rss_bytes(self) -> int:
        """The largest peak resident set size of the runs."""
        return max(run.peak_rss_bytes for run in self.runs)


@dataclass(frozen=True)
class InProcess:
    """Per-company costs measured directly, without MkDocs, over the companies of one project copy."""

    companies: int
    playbook_seconds: float
    """company_playbooks (the rules), per company."""
    exports: ExportCost
    """company_exports (XLSX, CSV, ICS, JSON, the AI-system register), per company, once per build: wall and CPU time, and per writer."""
    page_markdown_seconds: float
    """company_page (the Markdown of the company page), per company and language."""

    @property
    def exports_seconds(self) -> float:
        """The exports' wall time per company."""
        return self.exports.total.wall


def activity_ids() -> list[str]:
    """The roadmap's activity ids, from the project's data."""
    return [activity.id for activity in load_content(ROOT / "data", root=ROOT).roadmap.activities()]


def build_size(work: Path, companies: int, repeats: int, ids: Sequence[str]) -> tuple[SizeResult, Path]:
    """Build a copy of the project with ``companies`` generated companies ``repeats`` times; returns its root."""
    project = copy_project(work / f"companies-{companies}")
    write_companies(project / "data" / "companies", companies, ids)
    site = work / f"site-{companies}"
    runs = [mkdocs_build(project, site, work / f"build-{companies}-{attempt}.log") for attempt in range(repeats)]
    size, files = tree_size(site)
    indexes = {"nl": site / "search" / "search_index.json", "en": site / "en" / "search" / "search_index.json"}
    result = SizeResult(
        companies=companies,
        runs=runs,
        site_bytes=size,
        site_files=files,
        html_pages=sum(1 for _ in site.rglob("*.html")),
        search_index_bytes={language: path.stat().st_size for language, path in indexes.items()},
    )
    return result, project


def in_process(project: Path) -> InProcess:
    """Time the rules, the exports and the company page renderer for every company of ``project``."""
    content = load_content(project / "data", root=project)
    companies = load_companies(project / "data" / "companies", content, project)
    today = dt.datetime.fromtimestamp(int(BUILD_EPOCH), dt.UTC).date()
    start = time.perf_counter()
    books = company_playbooks(companies, content, today)
    rules = time.perf_counter() - start
    export_cost = exports.measure(books, content)
    start = time.perf_counter()
    for language in ("nl", "en"):
        for book in books:
            path = company_page_path(book.company.slug)
            company_page(RenderContext(content, language, path), book)
    pages = time.perf_counter() - start
    count = len(books)
    return InProcess(count, rules / count, export_cost, pages / (2 * count))
