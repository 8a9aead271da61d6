"""Each page's meta description, from its data: what search results and link previews show of it."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from playbook.company.company import CompanyPlaybook
from playbook.content import Content
from playbook.models.common import Language
from playbook.render.company import company_page_path
from playbook.render.context import summary_page_path

MAX_LENGTH = 160
"""About what a search result shows; longer texts end at the last sentence (or word) that fits."""

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"<[^>]+>|\{:?\s*[.#][^}]*\}|\*\*|__|[*_`]")


def plain_text(markdown: str) -> str:
    """Markdown as plain text: links keep their words, emphasis, tags and attribute lists go."""
    return " ".join(_MARKUP.sub("", _LINK.sub(r"\1", markdown)).split())


def shorten(text: str, limit: int = MAX_LENGTH) -> str:
    """``text`` within ``limit`` characters: whole sentences when the first fits, else whole words and '…'."""
    if len(text) <= limit:
        return text
    ends = [match.end() for match in re.finditer(r"[.!?](?=\s)", text[: limit + 1])]
    if ends:
        return text[: ends[-1]]
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _described(text: str) -> str:
    """Shortened plain text, escaped for the attribute Material writes it into unescaped."""
    return html.escape(shorten(plain_text(text)), quote=True)


def _named(template: str, name: str) -> str:
    """A label about a company, its name as the company wrote it (escaped, never read as Markdown)."""
    return html.escape(shorten(template.format(name=" ".join(name.split()))), quote=True)


def page_description(
    content: Content, books: Sequence[CompanyPlaybook], src_uri: str, language: Language
) -> str | None:
    """The description of the page made from ``src_uri``, or None for a page the data does not describe.

    A page of data/pages.yml: its lead, or its chapter's summary. A case study: its title and starting point.
    A company page or summary: what it holds, with the company's name.
    """
    ui = content.ui
    for page in content.pages.pages:
        if page.file == src_uri:
            chapter = content.chapters.get(page.id)
            lead = page.lead or (chapter.summary if chapter else None)
            return _described(lead.get(language)) if lead else None
    for case in content.case_studies:
        if src_uri == f"casestudies/{case.id}.md":
            return _described(f"{case.title.get(language)}. {case.situation.get(language)}")
    for book in books:
        name = book.company.profile.name
        if src_uri == company_page_path(book.company.slug):
            return _named(ui["company_description"].get(language), name)
        if src_uri == summary_page_path(book.company.slug):
            return _named(ui["summary_description"].get(language), name)
    return None
