"""The site's pages: navigation titles, titles and leads, and the home page's routes by role."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from playbook.models.common import Id, Language, NonEmpty, Strict, Text

PageSlug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
"""A page's address in one language: lower-case words joined by hyphens."""


class PageSlugs(Strict):
    """A page's address in each language."""

    nl: PageSlug = Field(description="The Dutch address: /<nl>/ or /nl/<nl>/.")
    en: PageSlug = Field(description="The English address: /en/<en>/ or /<en>/.")

    def get(self, language: Language) -> str:
        """The slug in ``language``."""
        return self.nl if language == "nl" else self.en


class PageText(Strict):
    """A page of the site: where it lives and what it is called."""

    id: Id = Field(description="Page id; renderers link to pages by this id.")
    file: NonEmpty = Field(description="The page's Markdown file under docs/, the same in every language.")
    slug: PageSlugs | None = Field(
        default=None,
        description="The page's address per language; pages in the folder of the same name follow it. "
        "None keeps the file's own address in every language.",
    )
    nav_title: Text = Field(description="Short title in the navigation.")
    title: Text | None = Field(default=None, description="The page heading; a chapter's title when empty.")
    lead: Text | None = Field(default=None, description="The lead paragraph; a chapter's summary when empty.")
    generated: bool = Field(
        default=False, description="Made from data at build time (the company index): no page block writes it."
    )
    section: Id | None = Field(
        default=None, description="The id of the navigation section the page sits in; none for a top-level page."
    )
    audience: Literal["readers", "developers"] = Field(
        default="readers",
        description="Who the page is for: a developers' page (build performance) stays out of the readers' "
        "navigation and search; it is reached by its address and from the developers' guide.",
    )


class NavSection(Strict):
    """A group of pages in the navigation."""

    id: Id = Field(description="Section id; pages name it in `section`.")
    title: Text = Field(description="The section's heading in the navigation.")


class RouteLink(Strict):
    """A link from a role card to a page."""

    page: Id = Field(description="The id of the page linked to.")
    text: Text = Field(description="What the reader finds there.")


class RoleRoute(Strict):
    """A card on the home page for one kind of reader."""

    id: Id = Field(description="Stable id of the role.")
    icon: NonEmpty = Field(description="Material icon shortcode, e.g. 'material-server-network'.")
    title: Text = Field(description="The role.")
    text: Text = Field(description="The reader's situation in one sentence.")
    links: list[RouteLink] = Field(description="Pages to read, in order.")


class SitePages(Strict):
    """The file data/pages.yml."""

    site_name: Text = Field(description="The site's name, in the header and the page titles.")
    site_description: Text = Field(description="The site's description for search engines.")
    dark_mode: Text = Field(description="Label of the switch to the dark colour scheme.")
    light_mode: Text = Field(description="Label of the switch to the light colour scheme.")
    print_footer: Text = Field(description="Footer of printed pages, with {version} and {date}.")
    sections: list[NavSection] = Field(default=[], description="Navigation sections, in order.")
    pages: list[PageText] = Field(description="Every page, in navigation order within its section.")
    routes_title: Text = Field(description="Heading above the role cards on the home page.")
    routes: list[RoleRoute] = Field(description="The role cards on the home page.")
    figures_title: Text = Field(description="Heading of the note on figures on the home page.")
    figures_text: Text = Field(description="The note on figures on the home page.")
    evidence_notice_title: Text = Field(description="Title of the notice on the evidence register page.")
    evidence_notice: Text = Field(description="The notice on the evidence register page.")

    def page(self, page_id: str) -> PageText:
        """The page ``page_id``."""
        return next(page for page in self.pages if page.id == page_id)

    def served_path(self, file: str, language: Language) -> str:
        """Where the Markdown ``file`` is served in ``language``, below the language's root, with directory URLs.

        'veranderingsmodellen.md' -> 'change-models/' in English; 'casestudies/acme.md' -> 'case-studies/acme/'
        (its folder follows the page of that name); 'index.md' -> ''; 'playbook/index.md' -> 'playbook/'.
        """
        stem = file.removesuffix(".md")
        stem = "" if stem == "index" else stem.removesuffix("/index")
        head, _, rest = stem.partition("/")
        slug = self.slugs().get(head)
        if slug is not None:
            head = slug.get(language)
        path = f"{head}/{rest}" if rest else head
        return f"{path}/" if path else ""

    def slugs(self) -> dict[str, PageSlugs]:
        """Each page's slugs by the file name it replaces ('veranderingsmodellen')."""
        return {page.file.removesuffix(".md"): page.slug for page in self.pages if page.slug is not None}


class Release(Strict):
    """What changed in one release."""

    version: NonEmpty = Field(description="The version, X.Y.")
    date: dt.date = Field(description="The release date.")
    changes: list[Text] = Field(description="The changes to the content.")


class Changelog(Strict):
    """The file data/changelog.yml."""

    releases: list[Release] = Field(description="Releases, newest first.")
