"""Every use of the engine's private names, in one place (tested versions: macros/engine/tested.py).

MkDocs 1.6.1 and ProperDocs 1.6 (which answers to the same imports) offer no public way to build one page
outside a full build, to make a generated file's content on first read, to count anchors a plugin wrote, or to
know when the live-reload server's rebuild is done. Each such reach is a function here; the rest of the
plugin calls these, never the private names.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

if TYPE_CHECKING:
    import jinja2


def build_one_page(
    page: Page,
    config: MkDocsConfig,
    files: Files,
    doc_files: Sequence[File],
    nav: Navigation,
    env: jinja2.Environment,
) -> None:
    """Read, convert and write one page as MkDocs's build does (its private `_populate_page` and `_build_page`)."""
    _populate_page(page, config, files)
    _build_page(page, config, doc_files, nav, env)


def wait_for_rebuild(server: LiveReloadServer) -> None:
    """Wait until the server's ongoing rebuild (if any) has finished, as the server itself does before a request."""
    with server._epoch_cond:
        server._epoch_cond.wait_for(lambda: server._visible_epoch == server._wanted_epoch)


def add_anchor_ids(page: Page, ids: Iterable[str]) -> None:
    """Count ``ids`` (written outside the Markdown conversion) among the anchors links to ``page`` may name."""
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= set(ids)


class QuietDeferredLinks(logging.Filter):
    """Drops MkDocs's note that a page links to an excluded page when that page is only deferred."""

    NOTE = re.compile(r"contains a link to '([^']+)' which is excluded from the built site")
    """MkDocs's English message text (mkdocs/structure/pages.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.sources: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        match = self.NOTE.search(record.getMessage())
        return match is None or match[1] not in self.sources

    def install(self) -> None:
        """Put the filter on the engine's page logger (once): named after the module that logs, since
        ProperDocs's is 'properdocs.structure.pages'."""
        pages_log = logging.getLogger(Page.__module__)
        if self not in pages_log.filters:
            pages_log.addFilter(self)


class DeferredPage(File):
    """A generated page whose Markdown is made when MkDocs first reads it (company pages under `serve`).

    MkDocs keeps a generated file's content in `File._content`; this class fills it on first read.
    """

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
