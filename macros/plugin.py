"""The playbook's MkDocs plugin: loads the data, builds the navigation, adds the generated pages and the languages.

Registered as the entry point ``playbook`` (pyproject.toml) and listed in mkdocs.yml after ``macros``. Its
``on_config`` runs before the macros plugin's (priority 100), so the macros find the data loaded. A build of the
root language builds every other language after it, into ``site/<lang>/``, as a complete MkDocs build with its
own plugin instances; nothing is kept between builds but the content-keyed data load in ``playbook.site.data``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from mkdocs.commands.build import build
from mkdocs.config import base, load_config
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files

from macros import generated, languages, search, seo
from playbook.formatting import count
from playbook.loading.errors import DataErrors
from playbook.models.common import LANGUAGES
from playbook.render.registry import missing_blocks
from playbook.site.data import SiteData, load_site_data

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
        self.made: set[str] = set()
        """The block calls the pages made in this build (see playbook.render.registry)."""
        self.secondary = False
        """True in the build of a language that is not the root one."""
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
        try:
            self.data = load_site_data(root)
            settings = languages.organization_settings(root)
        except DataErrors as exc:
            for error in exc.errors:
                log.error(str(error))
            raise PluginError(f"{count(len(exc.errors), 'data error', 'data errors')}; nothing was built.") from None
        self.made = set()
        languages.configure(config, self.data.content, settings, self.root_language)
        seo.configure_hreflang(config, announce=not self.secondary)
        return config

    def site_data(self) -> SiteData:
        """The data loaded for this build."""
        if self.data is None:
            raise PluginError("the playbook plugin has loaded no data: list it in mkdocs.yml's plugins")
        return self.data

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Add the pages and exports made from data, and the per-build files, as virtual files."""
        generated.add_generated_pages(files, config, self.site_data())
        languages.add_local_files(files, config, self.site_data().content.pages)
        return files

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Check coverage, extend the search worker, then build every other language."""
        if self.config.check_coverage:
            missing = missing_blocks(self.site_data().content, self.made)
            if missing:
                raise PluginError("Content placed on no page: " + ", ".join(missing))
        if self.config.search_extension:
            search.extend_search_worker(Path(config.site_dir))
        seo.stop_alternate_fetches(Path(config.site_dir))
        if self.secondary or config.theme["language"] != self.root_language:
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
        plugin = second.plugins["playbook"]
        if isinstance(plugin, PlaybookPlugin):
            plugin.secondary = True
        second.plugins.on_startup(command=self.command, dirty=False)
        try:
            build(second)
        finally:
            second.plugins.on_shutdown()
