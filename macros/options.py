"""The playbook plugin's options, set under `- playbook:` in mkdocs.yml like any plugin's."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from playbook.models.common import LANGUAGES


class PlaybookConfig(base.Config):  # type: ignore[no-untyped-call]  # MkDocs's __init_subclass__
    """The plugin's options in mkdocs.yml."""

    languages = c.ListOfItems(c.Choice(LANGUAGES), default=list(LANGUAGES))
    """The site's languages; the first is built at the root, each other one under `/<lang>/`."""
    check_coverage = c.Type(bool, default=True)
    """Fail the build when some piece of content is rendered on no page."""
    search_extension = c.Type(bool, default=True)
    """Load the Dutch- and English-aware search script into Material's search worker."""
    enabled = c.Type(bool, default=True)
    """Off: the plugin does nothing (as Material's plugins' `enabled`); the pages' macros then find no data."""
    fast_path = c.Type(bool, default=True)
    """Write tables, plain blocks and headings as the HTML Markdown would make (macros/fastpath/); off: Markdown
    converts every page whole, slower and the same to read."""
    parallel_languages = c.Type(bool, default=True)
    """Build the other languages in processes of their own beside the root language (where the system can fork);
    off, or without fork (Windows): one after another."""
