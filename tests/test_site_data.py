"""One load per state of the files, and after a saved company file a load of that company only."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook.loading.errors import DataErrors
from playbook.site import data as site_data
from playbook.site.data import load_site_data

COMPANY = "examples/companies/voorbeeld-techniek.yml"


def full_load(root: Path) -> site_data.SiteData:
    """What a load from scratch makes of ``root``."""
    site_data._LAST_LOAD.pop(root.resolve().as_posix(), None)
    return load_site_data(root)


def rename(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_unchanged_project_is_loaded_once(project_copy: Path) -> None:
    first = full_load(project_copy)
    assert load_site_data(project_copy) is first


def test_a_saved_company_file_reloads_that_company_only_and_matches_a_full_load(project_copy: Path) -> None:
    first = full_load(project_copy)
    first.exports.update({book.company.slug: {"x": b""} for book in first.books})  # as a build fills them
    rename(project_copy / COMPANY, "name: Voorbeeld Techniek B.V.", "name: Hernoemd Techniek B.V.")
    second = load_site_data(project_copy)
    assert second.content is first.content
    for before, after in zip(first.books, second.books, strict=True):
        changed = after.company.slug == "voorbeeld-techniek"
        assert (after is before) is not changed, after.company.slug
        assert (after.company.slug in second.exports) is not changed
    assert next(b for b in second.books if b.company.slug == "voorbeeld-techniek").company.profile.name == (
        "Hernoemd Techniek B.V."
    )
    assert second.books == full_load(project_copy).books


def test_a_shared_change_reloads_everything(project_copy: Path) -> None:
    first = full_load(project_copy)
    rename(project_copy / "data" / "roadmap.yml", 'nl: "De basis leggen"', 'nl: "De basis leggen, herzien"')
    second = load_site_data(project_copy)
    assert second.content is not first.content
    assert not set(map(id, first.books)) & set(map(id, second.books))


def test_an_error_in_a_saved_company_file_is_reported_and_the_fix_loads(project_copy: Path) -> None:
    full_load(project_copy)
    rename(project_copy / COMPANY, "employees: 120", "employees: 45.000")
    with pytest.raises(DataErrors, match=r"45\.000 reads as 45"):
        load_site_data(project_copy)
    rename(project_copy / COMPANY, "employees: 45.000", "employees: 121")
    fixed = load_site_data(project_copy)
    assert next(b for b in fixed.books if b.company.slug == "voorbeeld-techniek").company.profile.employees == 121
