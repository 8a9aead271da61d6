"""What every renderer needs: the content, the language, the labels and links relative to the page."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field

from playbook.clock import build_date
from playbook.content import Content
from playbook.formatting import number, plural_form
from playbook.models.common import Language, Text

GENERATED_DIRS = ("casestudies", "playbook")
"""Folders under docs/ whose pages are made from data at build time (macros/generated.py); leftovers there are ignored."""


def is_generated(source: str) -> bool:
    """True for a source path under docs/ that is made from data at build time (in one of GENERATED_DIRS)."""
    return source.split("/", 1)[0] in GENERATED_DIRS


def case_study_page(case_id: str) -> str:
    """Source path of a case study's own page."""
    return f"casestudies/{case_id}.md"


def company_page_path(slug: str) -> str:
    """Source path of a company's playbook page."""
    return f"playbook/{slug}.md"


def summary_page_path(slug: str) -> str:
    """Source path of a company's director summary (printed to two A4 pages)."""
    return f"playbook/{slug}/summary.md"


@dataclass(frozen=True)
class RenderContext:
    """The content plus where and in which language a block is rendered."""

    content: Content
    language: Language = "nl"
    page: str = "index.md"
    placements: Mapping[str, str] = field(default_factory=dict)
    """Block key -> the page that shows it (see :func:`playbook.render.citations.placements`)."""
    today: dt.date = field(default_factory=build_date)
    """The build date: what 'geldt sinds' and 'geldt vanaf' count from."""

    def text(self, text: Text) -> str:
        """``text`` in the page's language."""
        return text.get(self.language)

    def label(self, key: str) -> str:
        """The interface label ``key`` in the page's language."""
        return self.content.ui[key].get(self.language)

    def counted(self, key: str, count: int, name: str = "count", **values: object) -> str:
        """The label ``key`` for ``count`` things: its ``<key>_one`` form where the language's plural rule says one."""
        one = f"{key}_one"
        chosen = one if plural_form(count, self.language) == "one" and one in self.content.ui.labels else key
        return self.label(chosen).format(**{name: number(count, self.language)}, **values)

    def link(self, target: str, anchor: str = "") -> str:
        """Relative link from this page to the page ``target``: a page id from pages.yml, or a docs path."""
        path = target if "/" in target or target.endswith(".md") else self.content.pages.page(target).file
        relative = posixpath.relpath(path, posixpath.dirname(self.page) or ".")
        return f"{relative}#{anchor}" if anchor else relative

    def at(self, page: str) -> RenderContext:
        """The same context for another page."""
        return RenderContext(self.content, self.language, page, self.placements, self.today)
