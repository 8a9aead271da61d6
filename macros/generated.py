"""Pages and exports generated from data join the build as virtual files.

Case-study pages, the company index, each company's page and its exports are made in memory from the data the
plugin loaded (`playbook.site.data`, one load per state of the files), so nothing is written into docs/:
`mkdocs serve` rebuilds once per saved company file, and docs/ holds only what authors wrote. Leftovers of
versions that did write generated pages there are dropped from the build.
"""

from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from macros.engine.internals import DeferredPage
from playbook.clock import build_datetime
from playbook.export.document_markdown import MARKDOWN_SOURCE_SUFFIX, published_name
from playbook.models.common import Language
from playbook.render.cards import TEMPLATE_DIR, template_files
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
            file = File.generated(config, path, content=content)
            if path.endswith(MARKDOWN_SOURCE_SUFFIX):  # a company's Markdown document: a download, not a page
                file.dest_uri = file.url = published_name(path)
            files.append(file)
    if language not in data.templates:  # the same files for every build of the same content
        data.templates[language] = template_files(RenderContext(data.content, language, "index.md"), build_datetime())
    for path, text in data.templates[language].items():
        template = File.generated(config, path, content=text)
        template.dest_uri = published_name(path)
        template.url = published_name(path)
        files.append(template)
