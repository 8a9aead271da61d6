"""Material's version selector on the pages of a language that lives under `/<lang>/` of a version.

mike deploys each version into `/<version>/`, with `versions.json` at the root. Material's script looks for
`../versions.json` next to the site's base URL, reads the current version from the last part of that URL, and
links each version as `../<version>/`: right for the root language (`/1.0/`), one level short for English
(`/1.0/en/`), where the selector then stays hidden and the request answers 404. The built script of such a
language looks one level higher and links `../../<version>/<lang>/`, so that switching version keeps the
language (and, through the target's sitemap, the page).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from macros.seo import material_bundle

PATCHES: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r'new URL\("\.\./versions\.json",(\w+)\.base\)'), r'new URL("../../versions.json",\1.base)', 1),
    (re.compile(r"(\w+)\.base\.match\(/\(\[\^/\]\+\)\\/\?\$/\)"), r"\1.base.match(/([^/]+)\\/[^/]+\\/?$/)", 1),
    (
        re.compile(r"new URL\(`\.\./\$\{(\w+)\.version\}/`,(\w+)\.base\)"),
        r"new URL(`../../${\1.version}/LANG/`,\2.base)",
        2,
    ),
)
"""What Material 9.8's bundle says, what it says for a language under `/<lang>/`, and how often it says it."""
DONE = 'new URL("../../versions.json"'
MIKE_VERSION = "MIKE_DOCS_VERSION"
"""What mike sets while it builds a version (mike/mkdocs_utils.py: docs_version_var)."""


def keep_selector_under_mike(config: MkDocsConfig) -> None:
    """Material's version selector only where mike deploys: elsewhere there is no `versions.json` to fetch, and
    every page view would ask for one and get a 404 (`make build`, `make serve`, a client's own host)."""
    if not os.environ.get(MIKE_VERSION):
        config.extra.pop("version", None)


def nest_version_selector(site_dir: Path, language: str) -> None:
    """Make the version selector of the build in ``site_dir`` (language ``language``) find versions.json."""
    bundle = material_bundle(site_dir)
    text = bundle.read_text(encoding="utf-8")
    if DONE in text:
        return
    for pattern, replacement, times in PATCHES:
        text, found = pattern.subn(replacement.replace("LANG", language), text)
        if found != times:
            raise PluginError(
                f"expected {pattern.pattern} {times} time(s) in {bundle.name}, found {found}: "
                "check macros/versions.py against Material's version selector"
            )
    bundle.write_text(text, encoding="utf-8")
