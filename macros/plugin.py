"""The playbook's MkDocs plugin: loads the data, builds the navigation, adds the generated pages and the languages.

Registered as the entry point ``playbook`` (pyproject.toml) and listed in mkdocs.yml after ``macros``. Its
``on_config`` runs before every other plugin's (priority 100), so the macros find the data loaded. Loading the
configuration has no side effects: ``on_config`` checks the engine's and Material's versions, loads and checks
the data and sets the configuration, and starts nothing and writes nothing (mike, editors and ProperDocs load
`mkdocs.yml` without building).

Languages build in parallel: ``on_pre_build`` (only a build fires it) makes the exports and starts a process
per other language (:mod:`macros.build.editions`) that builds the configuration as the command loaded it; the
root language's build waits for them at its end and moves each edition into `site/<lang>/`. One instance of the
plugin serves every `mkdocs serve` rebuild, so each build replaces its state in ``on_config``. This module
dispatches events only; the work is in the modules it calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from macros import fastpath, generated, languages, pageerrors, preview
from macros.build import editions, ondemand
from macros.engine import internals, tested
from macros.fastpath.plainblocks import heading_style
from macros.options import PlaybookConfig
from macros.theme import bundle, seo, shared, templates
from playbook.clock import build_date
from playbook.formatting import count
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.language import command_language, file_language, localized, override, report_language, translate
from playbook.loading.settings import SETTINGS_FILE
from playbook.models.common import Language
from playbook.render.company import company_page_path
from playbook.render.context import is_generated, summary_page_path
from playbook.render.descriptions import page_description
from playbook.render.legal import stale_statements
from playbook.render.registry import missing_blocks
from playbook.site.data import SiteData, load_site_data
from playbook.site.generated import COMPANY_INDEX, fill_exports

READING_ONLY = frozenset({"mike"})
"""Commands that read the configuration and build nothing themselves (mike's `deploy` loads it, then runs
`mkdocs build`, which checks the data): the plugin loads no data for them."""
data_warnings = logging.getLogger("playbook.data")
"""Data warnings (valid values that are probably wrong) are the playbook's own, outside MkDocs's loggers, so that
`--strict` does not turn them into a failed local build; publishing runs `python -m playbook validate --strict`."""
log = get_plugin_logger("playbook")
"""MkDocs's logger for this plugin: its lines read `ERROR    -  playbook: data/x.yml:9:15: key: message`."""


class PlaybookPlugin(BasePlugin[PlaybookConfig]):  # type: ignore[no-untyped-call]  # MkDocs's __init_subclass__
    """Data, navigation, generated pages, coverage and languages for one build."""

    def __init__(self) -> None:
        self.data: SiteData | None = None
        self.failed: list[DataError] = []
        """Under `mkdocs serve`, the data errors the preview shows instead of the site."""
        self.warned: frozenset[str] | None = None
        """Under `serve`: the data warnings the last build logged (replaced at every build)."""
        self.kept: dict[str, list[str]] = {}
        """Per page being built: the HTML blocks kept out of its Markdown conversion (macros/fastpath/)."""
        self.broken_pages: list[pageerrors.PageError] = []
        """Under `serve`: the pages whose macros failed in this build, shown as their error."""
        self.built: MkDocsConfig | None = None
        """The configuration of this build."""
        self.made: set[str] = set()
        """The block calls the pages made in this build (see playbook.render.registry)."""
        self.command = "build"
        """What runs: `build`, `gh-deploy` and `serve` from MkDocs, `mike` when mike only loads the configuration."""
        self.loaded: dict[str, Any] = {}
        """The configuration as the command loaded it, for the other languages' builds (editions.snapshot)."""
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
        self.languages: list[Language] = []
        """The site's languages, the root language first."""
        self.on_request = True
        """Under `serve`: company pages are built on request (False in a language built in the root process)."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember the command (``build``, ``gh-deploy`` or ``serve``; ``mike`` when mike loads the configuration)."""
        del dirty
        self.command = command

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Check the engine's versions, load and check the data before anything is written, then set navigation,
        settings and languages. Starts nothing and writes nothing."""
        if not self.config.enabled:
            return config
        if self.edition is None:
            check_couplings()
            if self.command in READING_ONLY:
                self.data, self.failed = None, []
                return config
            self.loaded = editions.snapshot(config)
        root = Path(config.config_file_path).parent
        bundle.configure_scripts(config, self.edition)
        if self.edition is None:  # the last build's page processes end before anything else starts
            self.on_demand.reset()
            editions.stop(self.serving)
        self.made, self.data, self.failed, self.editions, self.serving = set(), None, [], [], []
        self.kept, self.broken_pages, self.built = {}, [], config
        self.deferred, self.pending, self.nav = None, {}, None
        if "macros" in config.plugins:
            said, serving = command_language(root), self.command == "serve"
            pageerrors.install(config.plugins["macros"], Path(config.docs_dir).name, serving, self.page_failed, said)
        try:
            self.data = load_site_data(root)
            settings = languages.organization_settings(root)
        except DataErrors as exc:
            return self.data_failed(exc, root, config)
        order = languages.site_languages([str(lang) for lang in self.config.languages], settings)
        if self.edition is None:
            self.show_warnings([localized(w, file_language(w.file, root)) for w in sorted(self.data.warnings)])
            for note in stale_statements(self.data.content.evidence.evidence, build_date()):
                data_warnings.info(note)  # information, not a warning: a strict build goes on
        self.languages = order
        config.theme["language"] = self.edition or order[0]
        self.root_language = order[0]
        languages.configure(config, self.data.content, settings, self.root_language)
        seo.configure_hreflang(config, announce=self.edition is None)
        return config

    def data_failed(self, exc: DataErrors, root: Path, config: MkDocsConfig) -> MkDocsConfig:
        """Log every data error in its file's language; stop a build, or under `serve` show them on every page."""
        previewing = self.command == "serve"
        for error in exc.errors:
            line = localized(error, file_language(error.file, root))
            if error.severity == "warning":
                data_warnings.warning(line)
            elif previewing:  # shown in the preview: not a failed build, which would leave the browser waiting
                data_warnings.error(line)
            else:
                log.error(line)
        language = report_language(exc.errors, root)
        summary = translate(f"{count(exc.count, 'data error', 'data errors')}; nothing was built.", language)
        if not previewing:
            raise PluginError(summary) from None
        shown = translate("The preview shows the errors until the next good save.", language)
        data_warnings.error(f"{summary} {shown}")
        self.failed = exc.errors
        config.nav = None
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Only a build: make the exports once for every language, then start the other languages' builds."""
        if not self.config.enabled or self.edition is not None or self.data is None or self.failed:
            return
        site_url = str(config.extra.get("primary_site_url") or "")
        fill_exports(self.data.content, self.data.books, self.data.exports, site_url, self.root_language)
        parallel = self.config.parallel_languages and editions.can_fork()
        self.editions = [
            editions.start(self.build_edition, config, language, serving=self.command == "serve", parallel=parallel)
            for language in self.languages[1:]
        ]

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
        log.info(translate(f"Preview: {config.site_url}", command_language(root)))
        return server

    def site_data(self) -> SiteData:
        """The data loaded for this build."""
        if self.data is None:
            raise PluginError("the playbook plugin has loaded no data: list it in mkdocs.yml's plugins")
        return self.data

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Add the pages and exports made from data, and the per-build files, as virtual files."""
        if not self.config.enabled:
            return files
        if self.failed:
            root = Path(config.config_file_path).parent
            lines = [localized(error, file_language(error.file, root)) for error in self.failed]
            return preview.error_files(files, config, lines)
        lazy = self.defers_pages()  # company pages are made when requested (see on_nav)
        generated.add_generated_pages(files, config, self.site_data(), self.root_language, lazy=lazy)
        languages.localize_addresses(files, config, self.site_data().content.pages)
        languages.add_local_files(files, config, self.site_data().content.pages)
        shared.leave_out_theme_assets(files, config, self.edition)
        if lazy:  # company pages and exports: made when requested (macros/build/ondemand.py)
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
        """Describe the page from its data; keep what the fast path writes as HTML out of the Markdown
        conversion (macros/fastpath/)."""
        del files
        if not self.config.enabled:
            return markdown
        if self.data is not None and "description" not in page.meta:
            described = page_description(
                self.data.content, self.data.books, page.file.src_uri, config.theme["language"]
            )
            if described:
                page.meta["description"] = described
        generated = is_generated(page.file.src_uri)
        headings = heading_style(config.mdx_configs.get("toc", {})) if generated else None
        markdown, self.kept[page.file.src_uri] = fastpath.set_aside(
            markdown, fast=self.config.fast_path, generated=generated, headings=headings
        )
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Put the HTML blocks back, count their ids among the page's anchors and their headings in its contents."""
        del config, files
        kept = self.kept.pop(page.file.src_uri, [])
        if not kept:
            return html
        internals.add_anchor_ids(page, fastpath.anchor_ids(kept))
        page.toc = fastpath.table_of_contents(html, kept, page.toc)
        return fastpath.put_back(html, kept)

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Mark the contents entries of a page written in the other language."""
        del nav
        if self.config.enabled:
            languages.mark_toc_language(page, config.theme["language"])
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Mark the contents groups of a page written in the other language."""
        if not self.config.enabled:
            return output
        return templates.mark_toc_groups(page, config.theme["language"], output)

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        """Under `serve`: leave the company index out of the build (once it is in the navigation)."""
        del config
        if self.config.enabled and self.defers_pages() and not self.failed:
            self.pending |= ondemand.defer(files, [COMPANY_INDEX])
            self.nav = nav
        return nav

    @event_priority(-100)  # last: the environment as every plugin left it
    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """Another language links the root's theme assets; under `serve`, keep what a deferred page needs."""
        if self.config.enabled:
            shared.link_root_assets(env, self.edition)
        if self.pending and self.nav is not None:
            self.deferred = ondemand.Deferred(config, files, self.nav, env, self.pending)
        return env

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Check coverage, extend the search worker, then take in the other languages' builds."""
        if not self.config.enabled:
            return
        if self.failed:
            preview.serve_errors_for_missing_pages(Path(config.site_dir))
            return
        if self.config.check_coverage and not self.broken_pages:  # a page shown as its error renders no blocks
            missing = missing_blocks(self.site_data().content, self.made)
            if missing:
                raise PluginError("Content placed on no page: " + ", ".join(missing))
        if self.edition is not None:  # no theme assets of its own: the root build's serve it
            return
        if self.config.search_extension:
            bundle.extend_search_worker(Path(config.site_dir))
        bundle.stop_alternate_fetches(Path(config.site_dir))
        bundle.nest_version_selector(Path(config.site_dir))
        seo.write_robots(Path(config.site_dir), config)
        started, self.editions = self.editions, []
        self.serving = editions.finish(started, Path(config.site_dir), lambda edition: self.build_here(config, edition))
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

    def page_failed(self, error: pageerrors.PageError) -> None:
        """Report a macro error in a page: under `serve` on the playbook's own logger (the page shows it)."""
        self.broken_pages.append(error)
        if self.command == "serve":
            data_warnings.error(translate(f"{error} (the page shows it until the next good save)", error.language))
            if self.built is not None:  # links to the anchors the page would have had: not the reader's error now
                self.built.validation.links.anchors = logging.INFO
        else:
            log.error(str(error))

    def show_warnings(self, warnings: list[str]) -> None:
        """Log the data warnings; under `serve`, after the first build, only those the last save brought, with
        a count of the ones still standing (a portfolio of hundreds would repeat them at every save)."""
        new = preview.new_warnings(self.warned, warnings) if self.command == "serve" else warnings
        for warning in new:
            data_warnings.warning(warning)
        standing = len(warnings) - len(new)
        if standing:
            ending = "still apply" if standing > 1 else "still applies"
            still = f"{count(standing, 'earlier data warning', 'earlier data warnings')} {ending}"
            data_warnings.warning(translate(still, override() or self.root_language))
        self.warned = frozenset(warnings)

    def defers_pages(self) -> bool:
        """Under `serve`: company pages are built on request (by the root process, or the language's own)."""
        return self.command == "serve" and self.on_request

    def build_edition(
        self, config: MkDocsConfig, language: str, site_dir: Path, connection: Connection | None = None
    ) -> None:
        """In a forked process: build ``language`` into ``site_dir`` with the configuration as loaded.

        Under `serve` (``connection`` given) the process then builds its deferred pages on request.
        """
        self.edition_build(config, language, site_dir, on_request=connection is not None)
        if connection is not None:
            deferred = self.deferred
            editions.serve_pages(connection, lambda address, folder: bool(deferred and deferred.build(address, folder)))
        config.plugins.on_shutdown()

    def build_here(self, config: MkDocsConfig, edition: editions.Edition) -> None:
        """Build ``edition`` in this process, after the root language's build; then put back the root build's
        configuration and state (where processes cannot be forked, or with `parallel_languages: false`)."""
        root_config = {key: value for key, value in config.items() if key != "plugins"}
        root_options = {name: plugin.config for name, plugin in config.plugins.items()}
        root_state = dict(vars(self))
        try:
            self.edition_build(config, edition.language, edition.folder, on_request=False)
        finally:
            for key, value in root_config.items():
                config[key] = value
            for name, options in root_options.items():
                config.plugins[name].config = options
            vars(self).clear()
            vars(self).update(root_state)

    def edition_build(self, config: MkDocsConfig, language: str, site_dir: Path, *, on_request: bool) -> None:
        """Build ``language`` into ``site_dir`` from the configuration as the command loaded it."""
        editions.restore(config, self.loaded)
        self.edition, self.on_request = language, on_request
        config.site_dir = str(site_dir)
        serve_url = config.site_url if self.command == "serve" else None
        build(config, serve_url=serve_url, dirty=False)


def check_couplings() -> None:
    """Stop at once when an installed engine, theme or Markdown version is outside a coupling's tested range, or
    Material's files are not those the patches and copies were made for."""
    found = tested.problems() or bundle.check_material() + templates.check_copies() + templates.check_blocks()
    if found:
        raise PluginError("; ".join(found))
