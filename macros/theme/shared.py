"""One copy of the theme's assets: the languages under `/<lang>/` use the root language's.

Material copies its assets (`assets/`: its stylesheets, script bundle, search worker and Lunr.js languages,
2.6 MB) into every build, and so into `site/<lang>/` once more. The build of a language under `/<lang>/` leaves
them out (:func:`leave_out_theme_assets`) and links the root's, one folder up (:func:`link_root_assets`):
relative addresses, right at the site root, in mike's version folders and on a client's own host. What stays
per language is what differs: the pages, the search index (`search/search_index.json`) and the sitemap.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

ASSETS = "assets/"
"""The theme's assets, relative to a build's root."""


def leave_out_theme_assets(files: Files, config: MkDocsConfig, nested: str | None) -> None:
    """Drop the theme's files under `assets/` from the build of a language under `/<lang>/` (``nested``)."""
    if nested is None:
        return
    themes = {Path(folder).resolve() for folder in config.theme.dirs}
    for file in list(files):
        if file.src_uri.startswith(ASSETS) and file.abs_src_path and Path(file.src_dir or "").resolve() in themes:
            files.remove(file)


def link_root_assets(env: Any, nested: str | None) -> None:
    """In the build of a language under `/<lang>/` (``nested``), make the templates' `url` filter link
    `assets/…` of the root language's build, one folder up."""
    if nested is None:
        return
    url = env.filters["url"]

    @pass_context
    def root_url(context: Context, value: str) -> str:
        address = str(value)
        if not address.startswith(ASSETS):
            return str(url(context, address))
        linked = str(url(context, "../" + address))
        return posixpath.normpath(linked) if linked.startswith("/") else linked  # the 404 page's: from the root

    env.filters["url"] = root_url
