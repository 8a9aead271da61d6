"""Company files on disk: which files are companies (`.yml` and `.yaml`), their names, and what is refused."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from playbook.loading.errors import DataError
from playbook.loading.parse import display_path
from playbook.loading.reading import outside

SLUG = re.compile(r"^[a-z0-9-]{2,40}$")
RESERVED_SLUGS = {"index"}


COMPANY_SUFFIXES = (".yml", ".yaml")
"""A company file is `<slug>.yml`; `<slug>.yaml` is read the same way."""


def company_files(folder: Path) -> list[Path]:
    """The company files in ``folder`` (`.yml` and `.yaml`), sorted; anything so named, also a folder or a link."""
    if not folder.is_dir():
        return []
    return sorted(path for suffix in COMPANY_SUFFIXES for path in folder.glob(f"*{suffix}"))


def company_file(folder: Path, slug: str) -> Path:
    """The file of company ``slug`` in ``folder``: `<slug>.yml`, or `<slug>.yaml` when only that exists."""
    plain = folder / f"{slug}.yml"
    other = folder / f"{slug}.yaml"
    return other if not plain.exists() and other.exists() else plain


def company_folder(root: Path) -> Path:
    """data/companies/ when it holds a company file, else the fictional examples in examples/companies/."""
    own = root / "data" / "companies"
    if company_files(own):
        return own
    return root / "examples" / "companies"


def folder_problems(folder: Path, root: Path) -> tuple[list[DataError], set[Path]]:
    """Links that leave the project, and a company written both as .yml and .yaml: errors, and the paths to skip."""
    errors, skip = [], set()
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if outside(path, root):
            message = f"expected a file inside the project, got a link to {path.resolve()}; copy the file here"
            errors.append(DataError(display_path(path, root), 1, 1, "(file)", message))
            skip.add(path)
    for path in company_files(folder):
        if path.suffix == ".yaml" and path.with_suffix(".yml") in company_files(folder):
            message = (
                f"expected one file for the company '{path.stem}', got {path.stem}.yml and {path.name}; remove one"
            )
            errors.append(DataError(display_path(path, root), 1, 1, "(file)", message))
            skip.add(path)
    return errors, skip


def suggest_slug(name: str) -> str:
    """A slug made from a display name: 'Brightside Retail' -> 'brightside-retail', 'Café Ömer' -> 'cafe-omer'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40].strip("-")
    return slug if SLUG.fullmatch(slug) else ""


def present(path: Path) -> bool:
    """Whether anything is at ``path``: a file, but also a folder, a pipe or a dangling link (refused when read)."""
    return path.exists() or path.is_symlink()


def bad_file_name(path: Path, root: Path) -> DataError | None:
    if SLUG.fullmatch(path.stem) and path.stem not in RESERVED_SLUGS:
        return None
    slug = suggest_slug(path.stem)
    hint = f"; rename it to {slug}{path.suffix}" if slug and slug != path.stem and slug not in RESERVED_SLUGS else ""
    return DataError(
        display_path(path, root),
        1,
        1,
        "(file)",
        f"expected a file name of 2-40 characters a-z, 0-9 and '-' (not 'index'), got {path.name!r}{hint}",
    )
