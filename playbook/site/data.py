"""The data one build needs, loaded once per state of the files.

One `mkdocs build` runs a build per language in the same process, and `mkdocs serve` rebuilds after every
save. Both ask for the same content, company playbooks and exports again; when no data file, company file or
setting changed since the last load (same paths and contents, same build date), the last load is returned. Exports do not depend on the language, so each is made once and shared.

When only company files changed (a save under `mkdocs serve`), the load is incremental: the content, the
settings and every company whose own files (its `.yml`, `.kpis.csv` and `.survey.csv`) are unchanged are
taken from the last load with their playbooks and exports, and only the changed companies are read, checked
and planned again, so that one saved file costs one company, not the portfolio.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from playbook.company.company import Company, CompanyPlaybook
from playbook.company.files import company_files, company_folder
from playbook.company.playbooks import company_playbooks, load_companies
from playbook.company.selection import client, is_published, public_only
from playbook.loading.reading import outside
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.settings import OrganizationSettings, check_publish_list, load_settings
from playbook.content import Content
from playbook.loading.content import load_content
from playbook.clock import build_date, build_datetime
from playbook.loading.settings import SETTINGS_FILE

FileState = tuple[str, bytes]


@dataclass
class SiteData:
    """Content, company playbooks and (filled on first use) each company's exports."""

    content: Content
    books: list[CompanyPlaybook]
    exports: dict[str, dict[str, bytes]] = field(default_factory=dict)
    warnings: list[DataError] = field(default_factory=list)
    templates: dict[str, dict[str, str | bytes]] = field(default_factory=dict)
    """Language -> the method cards' blank downloads (source path -> text or bytes), made on first use."""


@dataclass(frozen=True)
class _Load:
    """A successful load and the state of the files it read."""

    shared: tuple[object, ...]
    """Build time, company selection, and the state of every file but the companies' own."""
    companies: dict[str, tuple[FileState, ...]]
    """Company slug -> the state of its own files."""
    project: Project
    data: SiteData


_LAST_LOAD: dict[str, _Load] = {}
"""Project root -> its last load."""


def _split_states(root: Path) -> tuple[tuple[FileState, ...], dict[str, tuple[FileState, ...]]]:
    """The files' states: those of the shared files, and per company slug those of its own files."""
    folder = company_folder(root).as_posix()
    shared: list[FileState] = []
    companies: dict[str, list[FileState]] = {}
    for state in _file_states(root):
        parent, _, name = state[0].rpartition("/")
        if parent == folder:
            companies.setdefault(name.split(".", 1)[0], []).append(state)
        else:
            shared.append(state)
    return tuple(shared), {slug: tuple(states) for slug, states in companies.items()}


def _file_states(root: Path) -> tuple[FileState, ...]:
    paths = [path for folder in (root / "data", company_folder(root)) for path in folder.rglob("*")]
    paths.append(root / SETTINGS_FILE)
    return tuple(
        (path.as_posix(), hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
        for path in sorted(set(paths))
        if path.is_file() and not outside(path, root)
    )


@dataclass(frozen=True)
class Project:
    """Everything a build reads, checked in one pass."""

    content: Content
    companies: list[Company]
    settings: OrganizationSettings | None
    warnings: list[DataError]
    """Valid values that are probably not what was meant; `validate --strict` and publishing fail on them."""


def check_project(root: Path, today: dt.date | None = None) -> Project:
    """Load and check content, company files, measurements and organization.yml together.

    Raises :class:`DataErrors` with every error and warning of every file at once, sorted by file and line;
    a file whose neighbours are broken is still checked as far as it can be.
    """
    today = today or build_date()
    errors: list[DataError] = []
    content: Content | None = None
    try:
        content = load_content(root / "data", root=root)
    except DataErrors as exc:
        errors += exc.errors
    settings = None
    try:
        settings = load_settings(root)
    except DataErrors as exc:
        errors += exc.errors
    folder = company_folder(root)
    companies: list[Company] = []
    try:
        companies = load_companies(folder, content, root, today)
    except DataErrors as exc:
        errors += exc.errors
    errors += check_publish_list(root, {path.stem for path in company_files(folder)})
    warnings = [warning for company in companies for warning in company.warnings]
    if errors or content is None:
        raise DataErrors(errors + warnings)
    return Project(content, companies, settings, warnings)


def _recheck_companies(root: Path, today: dt.date, last: _Load, unchanged: set[str]) -> Project:
    """:func:`check_project` with the last load's content and settings, and its companies whose files are
    unchanged (``unchanged``): only the other company files are read and checked."""
    content, settings = last.project.content, last.project.settings
    reuse = {company.slug: company for company in last.project.companies if company.slug in unchanged}
    folder = company_folder(root)
    errors: list[DataError] = []
    companies: list[Company] = []
    try:
        companies = load_companies(folder, content, root, today, reuse)
    except DataErrors as exc:
        errors += exc.errors
    errors += check_publish_list(root, {path.stem for path in company_files(folder)})
    warnings = [warning for company in companies for warning in company.warnings]
    if errors:
        raise DataErrors(errors + warnings)
    return Project(content, companies, settings, warnings)


def marked(books: list[CompanyPlaybook], settings: OrganizationSettings | None) -> list[CompanyPlaybook]:
    """In a local build, each company marked with whether a deploy would show it (deploys mark nothing)."""
    if public_only() or client() is not None:
        return books
    return [replace(book, published=is_published(book.company, settings)) for book in books]


def load_site_data(root: Path) -> SiteData:
    """Load and check everything under ``root`` (raises DataErrors), or reuse the last load as far as the files
    it read are unchanged (all of it, or the content and the unchanged companies)."""
    project = root.resolve().as_posix()
    shared_files, company_files = _split_states(root)
    shared = (build_datetime(), public_only(), client(), company_folder(root).as_posix(), shared_files)
    last = _LAST_LOAD.get(project)
    if last is not None and last.shared == shared and last.companies == company_files:
        return last.data
    today = build_date()
    if last is None or last.shared != shared:
        checked = check_project(root, today)
        books = marked(company_playbooks(checked.companies, checked.content, today), checked.settings)
        data = SiteData(checked.content, books, warnings=checked.warnings)
    else:
        unchanged = {slug for slug, states in company_files.items() if last.companies.get(slug) == states}
        checked = _recheck_companies(root, today, last, unchanged)
        before = {book.company.slug: book for book in last.data.books}
        kept = {c.slug: before[c.slug] for c in checked.companies if c.slug in before and before[c.slug].company is c}
        fresh = [company for company in checked.companies if company.slug not in kept]
        made = {book.company.slug: book for book in marked(company_playbooks(fresh, checked.content, today), checked.settings)}
        books = [kept.get(company.slug) or made[company.slug] for company in checked.companies]
        exports = {slug: files for slug, files in last.data.exports.items() if slug in kept}
        data = SiteData(checked.content, books, exports, warnings=checked.warnings, templates=last.data.templates)
    _LAST_LOAD[project] = _Load(shared, company_files, checked, data)
    return data
