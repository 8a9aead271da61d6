"""The exports alone, per company: ``python -m benchmarks.exports [COMPANIES]``.

Times ``company_exports`` (XLSX, CSV, ICS, JSON and the AI-system register; made once per build and linked
from both languages) over the companies of a project copy, in this process and without MkDocs: wall time (``time.perf_counter``) and
CPU time (``time.process_time``, which other work on a shared machine disturbs far less), the fastest of a
few rounds each, then each writer on its own, and the Word documents of a few companies (made on request in a
large build). ``make bench`` runs the same measurement on its largest copy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.companies import write_companies
from benchmarks.project import BUILD_EPOCH, ROOT, copy_project, load_average
from playbook import load_content
from playbook.company.company import CompanyPlaybook
from playbook.company.playbooks import company_playbook, load_companies
from playbook.content import Content
from playbook.export.exports import company_exports, register_files, to_csv, to_xlsx
from playbook.export.ics import calendar_bytes
from playbook.export.instruments import company_documents
from playbook.export.plan_rows import headers, plan_rows
from playbook.models.common import Language

ROUNDS = 3
"""Rounds over all companies; the fastest counts (the least disturbed measurement of the same work)."""

DOCUMENT_SAMPLE = 10
"""Companies whose Word and Markdown documents are timed (once each): python-docx is too slow to time them all,
and a large portfolio does not make them in the build (playbook.site.generated.DOCUMENTS_UP_TO)."""


@dataclass(frozen=True)
class Clock:
    """Per company: wall and CPU time, in seconds."""

    wall: float
    cpu: float


@dataclass(frozen=True)
class ExportCost:
    """What the exports cost per company, in all and writer by writer."""

    companies: int
    total: Clock
    writers: dict[str, Clock]
    """'plan rows' (shared by XLSX and CSV), 'xlsx', 'csv', 'ics', 'json': each timed on its own."""


def _timed(books: Sequence[CompanyPlaybook], work: Callable[[CompanyPlaybook], object], rounds: int) -> Clock:
    """The fastest of ``rounds`` passes of ``work`` over ``books`` (wall and CPU apart), per book."""
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        for book in books:
            work(book)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return Clock(min(walls) / len(books), min(cpus) / len(books))


def measure(books: Sequence[CompanyPlaybook], content: Content, rounds: int = ROUNDS) -> ExportCost:
    """Time the exports of ``books``, after one warm-up export (first-use imports and caches)."""
    built = dt.datetime.fromtimestamp(int(BUILD_EPOCH), dt.UTC)
    company_exports(books[0], content, built)

    def language(book: CompanyPlaybook) -> Language:
        return book.company.profile.language

    writers: dict[str, Callable[[CompanyPlaybook], object]] = {
        "plan rows (shared by XLSX and CSV)": lambda book: plan_rows(book, content),
        "xlsx": lambda book: to_xlsx(book, content, plan_rows(book, content), built),
        "csv": lambda book: to_csv(plan_rows(book, content), headers(content, language(book)), language(book)),
        "ics": lambda book: calendar_bytes(book, content, built, ""),
        "json": lambda book: book.to_json(),
        "register (XLSX and CSV)": lambda book: register_files(book, content, built),
    }
    timed = {name: _timed(books, work, rounds) for name, work in writers.items()}
    timed["documents (Word and Markdown; not in a large build, on request)"] = _timed(
        books[:DOCUMENT_SAMPLE], lambda book: company_documents(book, content, built), 1
    )
    return ExportCost(
        companies=len(books),
        total=_timed(books, lambda book: company_exports(book, content, built), rounds),
        writers=timed,
    )


def company_books(project: Path) -> tuple[list[CompanyPlaybook], Content]:
    """The playbooks of every company of ``project``, on the benchmarks' build date."""
    content = load_content(project / "data", root=project)
    companies = load_companies(project / "data" / "companies", content, project)
    today = dt.datetime.fromtimestamp(int(BUILD_EPOCH), dt.UTC).date()
    return [company_playbook(company, content, today) for company in companies], content


def main(arguments: list[str] | None = None) -> int:
    """Generate the companies in a scratch copy of the project, time their exports and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.exports", description=__doc__)
    parser.add_argument("companies", type=int, nargs="?", default=100, help="generated companies (default 100)")
    options = parser.parse_args(arguments)
    with tempfile.TemporaryDirectory(prefix="playbook-exports-") as scratch:
        project = copy_project(Path(scratch) / "project")
        ids = [activity.id for activity in load_content(ROOT / "data", root=ROOT).roadmap.activities()]
        write_companies(project / "data" / "companies", options.companies, ids)
        books, content = company_books(project)
    before = load_average()
    cost = measure(books, content)
    after = load_average()
    print(f"Exports of {cost.companies} companies, per company (fastest of {ROUNDS} rounds); target ≤ 20 ms")
    print(f"{'wall':>9} {'CPU':>9}  what")
    for name, clock in [("company_exports (XLSX, CSV, ICS, JSON, register)", cost.total), *cost.writers.items()]:
        print(f"{clock.wall * 1000:6.2f} ms {clock.cpu * 1000:6.2f} ms  {name}")
    print(f"load average before / after: {before[0]:.2f} / {after[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
