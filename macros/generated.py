"""Pages and exports generated from data join the build as virtual files.

Case-study pages, the company index, each company's page and its exports are made in memory from the data the
plugin loaded (`playbook.site.data`, one load per state of the files), so nothing is written into docs/:
`mkdocs serve` rebuilds once per saved company file, and docs/ holds only what authors wrote. Leftovers of
versions that did write generated pages there are dropped from the build.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from playbook.models.common import Language
from playbook.render.cards import TEMPLATE_DIR, published_name, template_files
from playbook.render.context import RenderContext, is_generated
from playbook.site.data import SiteData
from playbook.site.generated import generated_pages

log = logging.getLogger("playbook")
"""Outside MkDocs' own loggers: data warnings and notes are shown without failing a strict build."""
if not log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    log.addHandler(_handler)
    log.propagate = False
    log.setLevel(logging.INFO)


class DeferredPage(File):
    """A generated page whose Markdown is made when MkDocs first reads it (company pages under `serve`)."""

    make: Callable[[], str] | None = None

    @property
    def content_string(self) -> str:
        """The Markdown, made on first use."""
        if self.make is not None:
            self._content, self.make = self.make(), None
        return str(self._content)

    @content_string.setter
    def content_string(self, value: str) -> None:
        self._content, self.make = value, None

    @property
    def content_bytes(self) -> bytes:
        """The Markdown as UTF-8, made on first use."""
        return self.content_string.encode("utf-8")

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self._content, self.make = value, None


def add_generated_pages(
    files: Files, config: MkDocsConfig, data: SiteData, root_language: Language, *, lazy: bool = False
) -> None:
    """Replace whatever docs/ holds under the generated folders by the pages made from data.

    ``lazy``: company pages make their Markdown when read (under `serve`, only the requested ones are).
    """
    for file in list(files):
        if is_generated(file.src_uri) or file.src_uri.split("/", 1)[0] == TEMPLATE_DIR:
            files.remove(file)
    language = config.theme["language"]
    site_url = config.extra.get("primary_site_url", "")
    pages = generated_pages(data.content, data.books, language, data.exports, site_url, root_language, lazy=lazy)
    for path, content in pages.items():
        if callable(content):
            page = DeferredPage.generated(config, path, content="")
            if isinstance(page, DeferredPage):
                page.make = content
            files.append(page)
        else:
            files.append(File.generated(config, path, content=content))
    for path, text in template_files(RenderContext(data.content, language, "index.md")).items():
        template = File.generated(config, path, content=text)
        template.dest_uri = published_name(path)
        template.url = published_name(path)
        files.append(template)
