"""The playbook's MkDocs plugin: loads the data, builds the navigation, adds the generated pages and the languages.

Registered as the entry point ``playbook`` (pyproject.toml) and listed in mkdocs.yml after ``macros``. Its
``on_config`` runs before every other plugin's (priority 100), so the macros find the data loaded.

Languages build in parallel: once the data is loaded and checked, ``on_config`` forks one process per other
language (see :mod:`macros.editions`), which runs MkDocs's whole build on the same configuration, as the
command loaded it, with that language; the root language's build goes on meanwhile and, at its end, waits for
them and moves each edition into `site/<lang>/`. MkDocs keeps one instance of a plugin with ``on_startup`` for
the whole process (every `mkdocs serve` rebuild reuses it), so every build starts by replacing its state in
``on_config``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal

from mkdocs.commands.build import build
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from macros import (
    editions,
    generated,
    languages,
    navigation_cache,
    ondemand,
    plainblocks,
    preview,
    rawhtml,
    search,
    seo,
    versions,
)
from playbook.formatting import count
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.settings import SETTINGS_FILE
from playbook.models.common import LANGUAGES, Language
from playbook.render.company import company_page_path
from playbook.render.context import is_generated, summary_page_path
from playbook.render.descriptions import page_description
from playbook.render.registry import missing_blocks
from playbook.site.data import SiteData, load_site_data
from playbook.site.generated import COMPANY_INDEX, fill_exports

data_warnings = logging.getLogger("playbook.data")
"""Data warnings (valid values that are probably wrong) are the playbook's own, outside MkDocs's loggers, so that
`--strict` does not turn them into a failed local build; publishing runs `python -m playbook validate --strict`."""
log = get_plugin_logger("playbook")
"""MkDocs's logger for this plugin: its lines read `ERROR    -  playbook: data/x.yml:9:15: key: message`."""


class PlaybookConfig(base.Config):  # type: ignore[no-untyped-call]  # MkDocs's __init_subclass__
    """The plugin's options in mkdocs.yml."""

    languages = c.ListOfItems(c.Choice(LANGUAGES), default=list(LANGUAGES))
    """The site's languages; the first is built at the root, each other one under `/<lang>/`."""
    check_coverage = c.Type(bool, default=True)
    """Fail the build when some piece of content is rendered on no page."""
    search_extension = c.Type(bool, default=True)
    """Load the Dutch- and English-aware search script into Material's search worker."""


class PlaybookPlugin(BasePlugin[PlaybookConfig]):  # type: ignore[no-untyped-call]  # MkDocs's __init_subclass__
    """Data, navigation, generated pages, coverage and languages for one build."""

    def __init__(self) -> None:
        self.data: SiteData | None = None
        self.failed: list[DataError] = []
        """Under `mkdocs serve`, the data errors the preview shows instead of the site."""
        self.warned: frozenset[str] | None = None
        """Under `serve`: the data warnings the last build logged (replaced at every build)."""
        self.kept: dict[str, list[str]] = {}
        """Per page being built: the HTML blocks kept out of its Markdown conversion (macros/rawhtml.py)."""
        self.made: set[str] = set()
        """The block calls the pages made in this build (see playbook.render.registry)."""
        self.command: Literal["build", "gh-deploy", "serve"] = "build"
        self.edition: str | None = None
        """In a process forked to build another language: that language (None in the root language's build)."""
        self.root_language: Language = "nl"
        """The language at the site root (organization.yml's `default_language`, else the first configured)."""
        self.editions: list[editions.Edition] = []
        """The other languages' builds this build started."""
        self.serving: list[editions.Edition] = []
        """Under `serve`: the other languages' processes of the last build, which build their deferred pages."""
        self.on_demand = ondemand.OnDemand()
        """Under `serve`: the deferred company pages of the last build, built when the browser asks for them."""
        self.deferred: ondemand.Deferred | None = None
        self.pending: dict[str, tuple[File, InclusionLevel]] = {}
        self.nav: Navigation | None = None

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        """Remember the command (``build``, ``gh-deploy`` or ``serve``)."""
        del dirty
        self.command = command

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load and check the data before anything is written, then set navigation, settings and languages."""
        root = Path(config.config_file_path).parent
        versions.keep_selector_under_mike(config)
        if self.edition is None:  # the last build's page processes end before anything else starts
            self.on_demand.reset()
            editions.stop(self.serving)
        self.made, self.data, self.failed, self.editions, self.serving = set(), None, [], [], []
        self.kept = {}
        self.deferred, self.pending, self.nav = None, {}, None
        try:
            self.data = load_site_data(root)
            settings = languages.organization_settings(root)
        except DataErrors as exc:
            previewing = self.command == "serve"
            for error in exc.errors:
                if error.severity == "warning":
                    data_warnings.warning(str(error))
                elif previewing:  # shown in the preview: not a failed build, which would leave the browser waiting
                    data_warnings.error(str(error))
                else:
                    log.error(str(error))
            summary = f"{count(exc.count, 'data error', 'data errors')}; nothing was built."
            if not previewing:
                raise PluginError(summary) from None
            data_warnings.error(f"{summary} The preview shows the errors until the next good save.")
            self.failed = exc.errors
            config.nav = None
            return config
        order = languages.site_languages([str(lang) for lang in self.config.languages], settings)
        if self.edition is None:
            self.show_warnings([str(warning) for warning in self.data.warnings])
            # The exports serve every language: made once, before the fork, instead of once per process.
            site_url = languages.primary_site_url(config, settings)
            fill_exports(self.data.content, self.data.books, self.data.exports, site_url, order[0])
            # Forked before anything changes the configuration: each edition starts from it as loaded.
            self.editions = [editions.start(self, config, language) for language in order[1:]]
        config.theme["language"] = self.edition or order[0]
        self.root_language = order[0]
        languages.configure(config, self.data.content, settings, self.root_language)
        seo.configure_hreflang(config, announce=self.edition is None)
        return config

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer:
        """Watch the example companies and organization.yml too; say where the preview is."""
        del builder
        self.on_demand.wrap(server)
        root = Path(config.config_file_path).parent
        for path in (root / "examples", root / SETTINGS_FILE):
            if path.exists():
                server.watch(str(path))
        log.info(f"Preview: {config.site_url}")
        return server

    def site_data(self) -> SiteData:
        """The data loaded for this build."""
        if self.data is None:
            raise PluginError("the playbook plugin has loaded no data: list it in mkdocs.yml's plugins")
        return self.data

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Add the pages and exports made from data, and the per-build files, as virtual files."""
        if self.failed:
            return preview.error_files(files, config, self.failed)
        lazy = self.command == "serve"  # company pages are made when requested (see on_nav)
        generated.add_generated_pages(files, config, self.site_data(), self.root_language, lazy=lazy)
        languages.localize_addresses(files, config, self.site_data().content.pages)
        languages.add_local_files(files, config, self.site_data().content.pages)
        if self.command == "serve":  # company pages and exports: made when requested (macros/ondemand.py)
            data = self.site_data()
            ondemand.QUIET.sources.clear()
            self.pending = ondemand.defer(
                files,
                [
                    path
                    for book in data.books
                    for path in (
                        company_page_path(book.company.slug),
                        summary_page_path(book.company.slug),
                        *(f"playbook/{name}" for name in data.exports.get(book.company.slug, {})),
                    )
                ],
            )
        return files

    @event_priority(-50)  # after the macros have made the page's Markdown
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Describe the page from its data; keep the marked HTML blocks out of the Markdown conversion
        (macros/rawhtml.py)."""
        del files
        if self.data is not None and "description" not in page.meta:
            described = page_description(
                self.data.content, self.data.books, page.file.src_uri, config.theme["language"]
            )
            if described:
                page.meta["description"] = described
        generated = is_generated(page.file.src_uri)
        headings = plainblocks.heading_style(config.mdx_configs.get("toc", {})) if generated else None
        markdown, self.kept[page.file.src_uri] = rawhtml.set_aside(markdown, generated=generated, headings=headings)
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Put the HTML blocks back, count their ids among the page's anchors and their headings in its contents."""
        del config, files
        kept = self.kept.pop(page.file.src_uri, [])
        if kept and page.present_anchor_ids is not None:
            page.present_anchor_ids |= rawhtml.anchor_ids(kept)
        if kept:
            page.toc = rawhtml.table_of_contents(html, kept, page.toc)
        return rawhtml.put_back(html, kept)

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Mark the contents entries of a page written in the other language."""
        del nav
        languages.mark_toc_language(page, config.theme["language"])
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Mark the contents groups of a page written in the other language."""
        return languages.mark_toc_groups(page, config.theme["language"], output)

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        """Under `serve`: leave the company index out of the build (once it is in the navigation)."""
        del config
        if self.command == "serve" and not self.failed:
            self.pending |= ondemand.defer(files, [COMPANY_INDEX])
            self.nav = nav
        return nav

    @event_priority(-100)  # last: the environment as every plugin left it
    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """Render the navigation once for the pages outside it; under `serve`, keep what building a deferred
        page needs."""
        env = navigation_cache.install(env)
        if self.pending and self.nav is not None:
            self.deferred = ondemand.Deferred(config, files, self.nav, env, self.pending)
        return env

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Check coverage, extend the search worker, then take in the other languages' builds."""
        if self.failed:
            preview.serve_errors_for_missing_pages(Path(config.site_dir))
            return
        if self.config.check_coverage:
            missing = missing_blocks(self.site_data().content, self.made)
            if missing:
                raise PluginError("Content placed on no page: " + ", ".join(missing))
        if self.config.search_extension:
            search.extend_search_worker(Path(config.site_dir))
        seo.stop_alternate_fetches(Path(config.site_dir))
        if self.edition is not None:
            versions.nest_version_selector(Path(config.site_dir), self.edition)
            return
        seo.write_robots(Path(config.site_dir), config)
        started, self.editions = self.editions, []
        self.serving = editions.finish(started, Path(config.site_dir))
        if self.deferred is not None:
            self.deferred.remove_outputs()
            by_folder = {edition.language: edition.build_page for edition in self.serving}
            self.on_demand.finish(self.deferred, by_folder)

    def on_build_error(self, *, error: Exception) -> None:
        """Stop the other languages' builds when this one fails."""
        del error
        started, self.editions = self.editions, []
        editions.abandon(started)

    def on_shutdown(self) -> None:
        """End the other languages' page processes of the last build."""
        if self.edition is None:
            self.on_demand.reset()
            editions.stop(self.serving)
            self.serving = []

    def show_warnings(self, warnings: list[str]) -> None:
        """Log the data warnings; under `serve`, after the first build, only those the last save brought, with
        a count of the ones still standing (a portfolio of hundreds would repeat them at every save)."""
        new = new_warnings(self.warned, warnings) if self.command == "serve" else warnings
        for warning in new:
            data_warnings.warning(warning)
        standing = len(warnings) - len(new)
        if standing:
            data_warnings.warning(f"{count(standing, 'earlier data warning', 'earlier data warnings')} still apply")
        self.warned = frozenset(warnings)

    def build_edition(
        self, config: MkDocsConfig, language: str, site_dir: Path, connection: Connection | None = None
    ) -> None:
        """In a forked process: build ``language`` into ``site_dir`` with the configuration as loaded.

        Under `serve` (``connection`` given) the process then builds its deferred pages on request.
        """
        self.edition = language
        config.site_dir = str(site_dir)
        serve_url = config.site_url if self.command == "serve" else None
        build(config, serve_url=serve_url, dirty=False)
        if connection is not None:
            deferred = self.deferred
            editions.serve_pages(connection, lambda address, folder: bool(deferred and deferred.build(address, folder)))
        config.plugins.on_shutdown()


def new_warnings(shown: frozenset[str] | None, warnings: list[str]) -> list[str]:
    """The ``warnings`` not among those ``shown`` by the last build (all of them at the first)."""
    return list(warnings) if shown is None else [warning for warning in warnings if warning not in shown]
