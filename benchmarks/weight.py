"""Weight of the built site: the HTML of the home and company pages, CSS and JavaScript, the search indexes."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("nl", "en")
ASSET = re.compile(r"""<(?:link[^>]*\bhref|script[^>]*\bsrc)="([^"#?]+\.(?:css|js))(?:\?[^"]*)?\"""")


@dataclass(frozen=True)
class Size:
    """Bytes as stored and gzip-compressed (what a server with compression sends)."""

    raw: int
    gzip: int


@dataclass(frozen=True)
class LanguageWeight:
    """The weight figures of one language."""

    language: str
    home_html: Size
    company_html: Size
    """The company page of :data:`COMPANY`."""
    largest_company_html: Size
    largest_company: str
    css_total: int
    js_total: int
    page_assets: Size
    """The CSS and JavaScript that the home page loads."""
    search_index: Size


def size_of(path: Path) -> Size:
    """The size of ``path``, raw and gzip-compressed."""
    data = path.read_bytes()
    return Size(len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))


def language_root(site: Path, language: str) -> Path:
    """Where ``language`` lives in the site: Dutch at the root, the others in a folder."""
    return site if language == "nl" else site / language


def language_files(site: Path, language: str, suffix: str) -> list[Path]:
    """The files of one language with ``suffix``: the Dutch tree leaves out the other languages' folders."""
    root = language_root(site, language)
    others = [site / other for other in LANGUAGES if other != "nl"]
    files = root.rglob(f"*{suffix}")
    if language == "nl":
        return [path for path in files if not any(other in path.parents for other in others)]
    return list(files)


def page_assets(page: Path) -> Size:
    """The local stylesheets and scripts the HTML ``page`` references, added up."""
    raw = gzipped = 0
    for reference in sorted(set(ASSET.findall(page.read_text(encoding="utf-8")))):
        if "://" in reference or reference.startswith("//"):
            continue
        asset = (page.parent / reference).resolve()
        if asset.is_file():
            size = size_of(asset)
            raw, gzipped = raw + size.raw, gzipped + size.gzip
    return Size(raw, gzipped)


def measure(site: Path, company: str) -> list[LanguageWeight]:
    """The weight figures of each language of the built ``site``."""
    weights = []
    for language in LANGUAGES:
        root = language_root(site, language)
        companies = list((root / "playbook").glob("*/index.html"))
        largest = max(companies, key=lambda path: path.stat().st_size)
        weights.append(
            LanguageWeight(
                language=language,
                home_html=size_of(root / "index.html"),
                company_html=size_of(root / "playbook" / company / "index.html"),
                largest_company_html=size_of(largest),
                largest_company=largest.parent.name,
                css_total=sum(path.stat().st_size for path in language_files(site, language, ".css")),
                js_total=sum(path.stat().st_size for path in language_files(site, language, ".js")),
                page_assets=page_assets(root / "index.html"),
                search_index=size_of(root / "search" / "search_index.json"),
            )
        )
    return weights
