"""The MkDocs side: mkdocs-macros calls ``define_env``; the plugin lives in ``macros.plugin``."""

from __future__ import annotations

from typing import Any

from mkdocs.exceptions import PluginError

from macros.adapter import MacroAdapter
from macros.plugin import READING_ONLY, PlaybookPlugin


def define_env(env: Any) -> None:
    """Called by mkdocs-macros: register one macro per block, over the data the playbook plugin loaded."""
    plugin = env.conf["plugins"]["playbook"]
    if not isinstance(plugin, PlaybookPlugin):
        raise TypeError("mkdocs.yml must list the 'playbook' plugin")
    if not plugin.config.enabled:
        raise PluginError(
            "the playbook plugin is off (enabled: false under - playbook: in mkdocs.yml): every page needs it"
        )
    if plugin.failed:  # the preview shows the data errors; its pages call no macro
        return
    if plugin.data is None and plugin.command in READING_ONLY:  # mike reads the configuration, renders no page
        return
    MacroAdapter(env, plugin.site_data(), plugin.made).register()
