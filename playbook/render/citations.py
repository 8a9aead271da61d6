"""Where each evidence entry is cited: the page and anchor of every block that links to it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from playbook.models.common import Text
from playbook.render.context import case_study_page

if TYPE_CHECKING:
    from playbook.content import Content

PathKey = tuple[str | int, ...]
REGISTER = "evidence.yml"

MACRO_CALL = re.compile(r"\{\{\s*(\w+)\(([^)]*)\)\s*\}\}")
"""A macro call on a page: ``{{ name("arg", ...) }}``."""

_FILE_BLOCKS: dict[str, tuple[str, str]] = {
    "model-selection.yml": ("selection_table", "model-selection"),
    "integration-patterns.yml": ("integration_patterns", ""),
    "budget.yml": ("budget_guidance", ""),
    "kpis.yml": ("kpi_catalogue", ""),
    "mistakes.yml": ("mistakes", ""),
    "faq.yml": ("faq", ""),
    "success-patterns.yml": ("success_patterns", "success-patterns"),
    "roadmap.yml": ("roadmap", ""),
}
"""Data file -> (block key, anchor) for files that one block renders."""


@dataclass(frozen=True)
class Citation:
    """A place on the site that cites an entry: a page under docs/ and an anchor on it ('' for the top)."""

    page: str
    anchor: str = ""
    title: Text | None = None
    """What the anchor points at, e.g. a section's title; None for a whole block or page."""


def placements(pages: Mapping[str, str]) -> dict[str, str]:
    """Block key -> the page (under docs/) whose Markdown calls its macro, from page path -> Markdown."""
    placed: dict[str, str] = {}
    for page, markdown in sorted(pages.items()):
        for name, args in MACRO_CALL.findall(markdown):
            values = re.findall(r"[\"']([^\"']*)[\"']", args)
            if name == "section" and len(values) == 2:
                key = f"section:{values[0]}/{values[1]}"
            elif name == "model_details" and values:
                key = f"model:{values[0]}"
            elif name == "page_intro" and values:
                key = f"page:{values[0]}"
            else:
                key = name
            placed.setdefault(key, page)
    return placed


Block = tuple[str, str, Text | None]


def _block(content: Content, name: str, path: PathKey) -> Block | Citation | None:
    """The block that renders ``path`` of data file ``name``, with an anchor; a page for case studies."""
    folder, _, stem = name.removesuffix(".yml").rpartition("/")
    head = path[0] if path else ""
    index = path[1] if len(path) > 1 and isinstance(path[1], int) else None
    if folder == "case-studies":
        return Citation(case_study_page(stem), str(head) if head in {"approach", "results"} else "")
    if folder == "chapters":
        chapter = content.chapters[stem]
        if head == "sections" and index is not None:
            section = chapter.sections[index]
            return f"section:{stem}/{section.id}", section.id, section.title
        return f"page:{stem}", "", None
    if folder == "change-models":
        return ("model_cards", "", None) if head == "fit" else (f"model:{stem}", stem, None)
    if name == "competence-matrix.yml":
        return {
            "areas_evidence": ("competence_areas", "", None),
            "split": ("sourcing_split", "", None),
        }.get(str(head), ("hybrid_roles", "", None))
    if name == "faq.yml" and head == "faq" and index is not None:
        entry = content.faq.faq[index]
        return "faq", f"faq-{entry.id}", entry.question
    block = _FILE_BLOCKS.get(name)
    return (*block, None) if block else None


def _walk(data: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, str]]:
    """Every id in a list under a key ending in 'evidence', with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            if str(key).endswith("evidence") and isinstance(value, list):
                yield from (((*path, str(key)), ref) for ref in value if isinstance(ref, str))
            else:
                yield from _walk(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _walk(item, (*path, index))


def _references(content: Content) -> Iterator[tuple[str, PathKey, str]]:
    for name, source in content.sources.items():
        if name != REGISTER:
            for path, ref in _walk(source.data):
                yield name, path, ref


def citations(content: Content, placed: Mapping[str, str]) -> dict[str, list[Citation]]:
    """Evidence id -> every place on the site that cites it, in order, without repeats."""
    found: dict[str, dict[tuple[str, str], Citation]] = {}
    for name, path, ref in _references(content):
        block = _block(content, name, path)
        if isinstance(block, tuple) and block[0] in placed:
            block = Citation(placed[block[0]], block[1], block[2])
        if isinstance(block, Citation):
            found.setdefault(ref, {}).setdefault((block.page, block.anchor), block)
    return {ref: list(places.values()) for ref, places in found.items()}
