"""The data one build needs, loaded once per state of the files.

One `mkdocs build` runs a build per language in the same process, and `mkdocs serve` rebuilds after every
save. Both ask for the same content, company playbooks and exports again; when no data file, company file or
setting changed since the last load (same paths and contents, same build date), the last load is returned. Exports do not depend on the language, so each is made once and shared.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from playbook.company.playbooks import CompanyPlaybook, company_folder, company_playbook, load_companies
from playbook.company.selection import client, public_only
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


def load_site_data(root: Path) -> SiteData:
    """Load and check everything under ``root`` (raises DataErrors), or reuse the last load if nothing changed."""
    project = root.resolve().as_posix()
    key = (build_datetime(), public_only(), client(), _file_states(root))
    last = _LAST_LOAD.get(project)
    if last is not None and last[0] == key:
        return last[1]
    content = load_content(root / "data", root=root)
    companies = load_companies(company_folder(root), content, root)
    today = build_date()
    data = SiteData(content, [company_playbook(company, content, today) for company in companies])
    _LAST_LOAD[project] = (key, data)
    return data
