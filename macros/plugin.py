"""The playbook's MkDocs plugin: loads the data, builds the navigation, adds the generated pages and the languages.

Registered as the entry point ``playbook`` (pyproject.toml) and listed in mkdocs.yml after ``macros``. Its
``on_config`` runs before the macros plugin's (priority 100), so the macros find the data loaded. A build of the
root language builds every other language after it, into ``site/<lang>/``, as a complete MkDocs build. MkDocs
keeps one instance of a plugin with ``on_startup`` for the whole process (every `mkdocs serve` rebuild and the
other language's build reuse it), so every build starts by replacing its state in ``on_config``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from mkdocs.commands.build import build
from mkdocs.config import base, load_config
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files

from macros import generated, languages, preview, search, seo, versions
from playbook.formatting import count
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.settings import SETTINGS_FILE
from playbook.models.common import LANGUAGES
from playbook.render.registry import missing_blocks
from playbook.site.data import SiteData, load_site_data

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
        self.made: set[str] = set()
        """The block calls the pages made in this build (see playbook.render.registry)."""
        self.command: Literal["build", "gh-deploy", "serve"] = "build"

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        """Remember the command (``build``, ``gh-deploy`` or ``serve``)."""
        del dirty
        self.command = command

    @property
    def root_language(self) -> str:
        """The language built at the site root."""
        return str(self.config.languages[0])

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load and check the data before anything is written, then set navigation, settings and languages."""
        root = Path(config.config_file_path).parent
        self.made, self.data, self.failed = set(), None, []
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
        for warning in self.data.warnings:
            data_warnings.warning(str(warning))
        languages.configure(config, self.data.content, settings, self.root_language)
        seo.configure_hreflang(config, announce=config.theme["language"] == self.root_language)
        return config

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer:
        """Watch the example companies and organization.yml too; say where the preview is."""
        del builder
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
        generated.add_generated_pages(files, config, self.site_data())
        languages.add_local_files(files, config, self.site_data().content.pages)
        return files

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Check coverage, extend the search worker, then build every other language."""
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
        if config.theme["language"] != self.root_language:
            versions.nest_version_selector(Path(config.site_dir), config.theme["language"])
            return
        seo.write_robots(Path(config.site_dir), config)
        for language in self.config.languages[1:]:
            self._build_language(config, str(language))

    def _build_language(self, config: MkDocsConfig, language: str) -> None:
        """Build ``language`` into `<site_dir>/<language>/` with the same configuration file and options."""
        overrides: dict[str, Any] = {
            "docs_dir": config.docs_dir,
            "site_dir": str(Path(config.site_dir) / language),
            "strict": config.strict,
        }
        second = load_config(config_file=config.config_file_path, **overrides)
        second.theme["language"] = language
        second.plugins.on_startup(command=self.command, dirty=False)
        try:
            build(second)
        finally:
            second.plugins.on_shutdown()
