"""The navigation in one language: top-level pages and sections, in the order of data/pages.yml."""

from __future__ import annotations

from playbook.models.common import Language
from playbook.models.pages import SitePages

NavItem = dict[str, "str | list[NavItem]"]


def navigation(pages: SitePages, language: Language) -> list[NavItem]:
    """MkDocs's `nav`: each section where its first page falls, holding its pages in their listed order; pages
    for developers left out."""
    titles = {section.id: section.title.get(language) for section in pages.sections}
    nav: list[NavItem] = []
    groups: dict[str, list[NavItem]] = {}
    for page in pages.pages:
        if page.audience != "readers":
            continue
        entry: NavItem = {page.nav_title.get(language): page.file}
        if page.section is None:
            nav.append(entry)
        elif page.section in groups:
            groups[page.section].append(entry)
        else:
            groups[page.section] = [entry]
            nav.append({titles[page.section]: groups[page.section]})
    return nav
