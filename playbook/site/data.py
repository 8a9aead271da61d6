"""The data one build needs, loaded once per state of the files.

One `mkdocs build` runs a build per language in the same process, and `mkdocs serve` rebuilds after every
save. Both ask for the same content, company playbooks and exports again; when no data file, company file or
setting changed since the last load (same paths and contents, same build date), the last load is returned. Exports do not depend on the language, so each is made once and shared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from playbook.company.playbooks import Company, CompanyPlaybook, company_folder, company_playbooks, load_companies
from playbook.company.selection import client, public_only
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


_LAST_LOAD: dict[str, tuple[tuple[object, ...], SiteData]] = {}
"""Project root -> the key of its last load and what it loaded."""


def _file_states(root: Path) -> tuple[FileState, ...]:
    paths = [path for folder in (root / "data", company_folder(root)) for path in folder.rglob("*")]
    paths.append(root / SETTINGS_FILE)
    return tuple(
        (path.as_posix(), hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
        for path in sorted(set(paths))
        if path.is_file()
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
    errors += check_publish_list(root, {path.stem for path in folder.glob("*.yml")})
    warnings = [warning for company in companies for warning in company.warnings]
    if errors or content is None:
        raise DataErrors(errors + warnings)
    return Project(content, companies, settings, warnings)


def load_site_data(root: Path) -> SiteData:
    """Load and check everything under ``root`` (raises DataErrors), or reuse the last load if nothing changed."""
    project = root.resolve().as_posix()
    key = (build_datetime(), public_only(), client(), _file_states(root))
    last = _LAST_LOAD.get(project)
    if last is not None and last[0] == key:
        return last[1]
    today = build_date()
    checked = check_project(root, today)
    books = company_playbooks(checked.companies, checked.content, today)
    data = SiteData(checked.content, books, warnings=checked.warnings)
    _LAST_LOAD[project] = (key, data)
    return data
