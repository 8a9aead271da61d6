"""Pages generated from data: real Markdown files written under docs/ before each build."""

from __future__ import annotations

from pathlib import Path

from playbook.content import Content
from playbook.models.common import Language
from playbook.render.cases import case_page
from playbook.render.context import GENERATED_DIR, RenderContext, case_study_page

FRONT_MATTER = "---\nrender_macros: false\n---\n\n"
"""Generated pages are final Markdown: the macro engine must not read data text as a template."""


def generated_pages(content: Content, language: Language = "nl") -> dict[str, str]:
    """Source path under docs/ -> Markdown, for every page generated from data."""
    pages = {}
    for case in content.case_studies:
        path = case_study_page(case.id)
        pages[path] = FRONT_MATTER + case_page(RenderContext(content, language, path), case)
    return pages


def write_generated_pages(content: Content, docs_dir: Path, language: Language = "nl") -> list[str]:
    """Write the generated pages, touching only files whose text changed; remove stale ones."""
    pages = generated_pages(content, language)
    root = docs_dir / GENERATED_DIR
    written = []
    for relative, text in pages.items():
        path = docs_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(relative)
    if root.exists():
        for path in root.rglob("*.md"):
            if path.relative_to(docs_dir).as_posix() not in pages:
                path.unlink()
    return written
