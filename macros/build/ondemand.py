"""Under `mkdocs serve`: company pages are built when the browser asks for them, not in every rebuild.

MkDocs's serve rebuilds the whole site after every save, and with hundreds of companies the two pages per
company and language (the playbook and the director summary) and the company index that lists them all are
most of that work. Under `serve` only, the
plugin keeps them in the build's files, so that every link to them resolves, but marks them excluded: MkDocs
neither reads nor writes them. It keeps what MkDocs's own build needs to build one page (configuration, files,
navigation, Jinja environment) and the server's request handling builds a deferred page the first time it is
requested after a rebuild, with the same MkDocs functions, plugins and theme as a full build; their Markdown
too is made only then (:class:`macros.engine.internals.DeferredPage`). Every rebuild
starts from an empty site folder (or removes the deferred pages, with `--dirty`), so a requested page is never
older than the last rebuild; the published `mkdocs build` never defers anything.

The other languages' builds run in processes of their own (:mod:`macros.build.editions`); under `serve` each stays
alive after its build and builds its deferred pages on request from the root process, until the next rebuild.
"""

from __future__ import annotations

import logging
import os
import posixpath
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from macros.engine.internals import QuietDeferredLinks, build_one_page, wait_for_rebuild

if TYPE_CHECKING:
    import jinja2

log = logging.getLogger("mkdocs.plugins.playbook")

StartResponse = Callable[..., Any]
App = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


QUIET = QuietDeferredLinks()
"""Installed on MkDocs's page logger by :func:`defer` (under `serve` only)."""


def defer(files: Files, sources: Iterable[str]) -> dict[str, tuple[File, InclusionLevel]]:
    """Exclude the files at ``sources`` from this build; returns each by its address in the site folder, with
    the inclusion it had (``UNDEFINED`` in ``on_files``: MkDocs's rules then decide it when it is built).

    Pages outside the navigation are deferred in ``on_files``, so that MkDocs makes no page of them at all;
    a page in the navigation (the company index) in ``on_nav``, once the navigation holds it.
    """
    deferred = {}
    sources = set(sources)
    QUIET.sources |= sources
    QUIET.install()
    for source in sources:
        file = files.get_file_from_path(source)
        if file is not None:
            deferred[file.dest_uri] = (file, file.inclusion)
            file.inclusion = InclusionLevel.EXCLUDED
    return deferred


@dataclass
class Deferred:
    """The deferred pages of one finished build and what MkDocs needs to build any of them."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: jinja2.Environment
    pages: dict[str, tuple[File, InclusionLevel]]
    """Address in the site folder (`playbook/acme/index.html`, `playbook/acme.xlsx`) -> the page's (or
    export's) file and its inclusion."""
    built: set[str] = field(default_factory=set)

    def build(self, address: str, site_dir: str | None = None) -> bool:
        """Build the page at ``address`` (into ``site_dir``, default the build's) unless done; False if not deferred."""
        if address not in self.pages:
            return False
        if address in self.built:
            return True
        file, inclusion = self.pages[address]
        file.inclusion = inclusion
        set_exclusions([file], self.config)  # as MkDocs sets it after on_files, when it was deferred there
        if site_dir is not None:
            file.dest_dir = site_dir
        if not file.is_documentation_page():  # an export: written as the build would have copied it
            file.copy_file()
            self.built.add(address)
            return True
        page = file.page or Page(None, file, self.config)  # a page in the navigation has its Page (as in build)
        doc_files = self.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        build_one_page(page, self.config, self.files, doc_files, self.nav, self.env)
        page.validate_anchor_links(files=self.files, log_level=self.config.validation.links.anchors)
        self.built.add(address)
        return True

    def remove_outputs(self) -> None:
        """Delete what an earlier build left at the deferred pages' addresses (`serve --dirty` keeps the folder)."""
        for file, _ in self.pages.values():
            if os.path.isfile(file.abs_dest_path):
                os.remove(file.abs_dest_path)


class OnDemand:
    """The root process's side: which build's deferred pages are current, and the server's request hook."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.current: Deferred | None = None
        self.editions: Mapping[str, Callable[[str], bool]] = {}
        """Language folder -> builds a page of that language's edition by its address there."""

    def reset(self) -> None:
        """A rebuild starts: nothing can be built on request until it has finished."""
        with self.lock:
            self.current, self.editions = None, {}

    def finish(self, deferred: Deferred, editions: Mapping[str, Callable[[str], bool]]) -> None:
        """A rebuild finished: its deferred pages (and the editions') can be built on request."""
        with self.lock:
            self.current, self.editions = deferred, editions

    def ensure(self, address: str) -> None:
        """Build the deferred page at ``address`` (relative to the site folder) if it is one."""
        with self.lock:
            if self.current is None:
                return
            language, _, rest = address.partition("/")
            edition = self.editions.get(language)
            if edition is not None:
                edition(rest)
            else:
                self.current.build(address)

    def wrap(self, server: LiveReloadServer) -> None:
        """Make ``server`` build a deferred page before it looks for its file."""
        serve: App = server.serve_request
        mount = server.mount_path

        def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
            path = str(environ.get("PATH_INFO", "")).encode("latin-1").decode("utf-8", "ignore")
            if path.startswith(mount) and not path.startswith("/livereload/"):
                address = path[len(mount) :]
                if not address or address.endswith("/"):
                    address += "index.html"
                address = posixpath.normpath("/" + address).lstrip("/")
                wait_for_rebuild(server)
                if not os.path.exists(os.path.join(server.root, address)):  # a deferred file is never there yet
                    try:
                        self.ensure(address)
                    except Exception:  # the page's error is MkDocs's; the request then finds no file
                        log.exception(f"building {address} on request failed")
            return serve(environ, start_response)

        server.set_app(app)
