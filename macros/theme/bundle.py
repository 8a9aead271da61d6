"""Every patch of Material's built scripts, in one place (tested versions: macros/engine/tested.py).

Material offers no hook into its script bundle or its search worker; the plugin changes the built copies in
the site folder after each build (Material's files in the package stay untouched), and :func:`check_material`
tries every pattern on the installed Material's own bundle when the configuration is checked, so that an
upgrade that moves one stops the build at once instead of after a whole build.

- **Alternate links.** Material's script fetches `sitemap.xml` next to every `<link rel="alternate">` (made for
  links to each language's home page); ours point at the same page in the other language, so each page view
  cost two requests that answer 404. The built script leaves links with `hreflang` alone: the language
  switcher already links the same page.
- **The version selector** on the pages of a language that lives under `/<lang>/` of a version. mike deploys
  each version into `/<version>/`, with `versions.json` at the root. Material's script looks for
  `../versions.json` next to the site's base URL, reads the current version from the last part of that URL,
  and links each version as `../<version>/`: right for the root language (`/1.0/`), one level short for
  English (`/1.0/en/`), where the selector then stays hidden and the request answers 404. Every language
  loads the root build's one script (macros/theme/shared.py); the pages of a language under `/<lang>/` say
  so in Material's configuration (`version.nested: <lang>`, :func:`keep_selector_under_mike`), and there the
  built script looks one level higher and links `../../<version>/<lang>/`, so that switching version keeps
  the language (and, through the target's sitemap, the page).
- **The search worker** also loads the playbook's Dutch- and English-aware search. Material builds its Lunr.js
  index in a web worker; one `importScripts` line is appended to the built worker, and the script it loads
  (`overrides/assets/javascripts/workers/playbook-search.js`, published under a name with its content hash so
  that no cache serves an old copy) sets up the same folding, compound splitting and stemming for the index
  and the query.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from pathlib import Path

import material  # type: ignore[import-untyped]
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

BUNDLES = Path("assets", "javascripts")
WORKERS = BUNDLES / "workers"
EXTENSION = "playbook-search.js"
MATERIAL_ASSETS = Path(material.__file__).parent / "templates"
"""Where the installed Material keeps the assets it copies into every site."""

ALTERNATES = 'M("link[rel=alternate]")'
"""The selector in Material's bundle whose links it fetches a sitemap for."""
OWN_ALTERNATES = 'M("link[rel=alternate]:not([hreflang])")'

VERSION_PATCHES: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (
        re.compile(r'new URL\("\.\./versions\.json",(\w+)\.base\)'),
        r'new URL(\1.version.nested?"../../versions.json":"../versions.json",\1.base)',
        1,
    ),
    (
        re.compile(r"(\w+)\.base\.match\(/\(\[\^/\]\+\)\\/\?\$/\)"),
        r"\1.base.match(\1.version.nested?/([^/]+)\\/[^/]+\\/?$/:/([^/]+)\\/?$/)",
        1,
    ),
    (
        re.compile(r"new URL\(`\.\./\$\{(\w+)\.version\}/`,(\w+)\.base\)"),
        r"new URL(\2.version.nested?`../../${\1.version}/${\2.version.nested}/`:`../${\1.version}/`,\2.base)",
        2,
    ),
)
"""What Material 9.8's bundle says, what it says for a language that may live under `/<lang>/`, and how often."""
VERSIONS_DONE = 'nested?"../../versions.json"'


def material_bundle(site_dir: Path) -> Path:
    """Material's one script bundle in the built site (or in Material's own assets)."""
    bundles = sorted((site_dir / BUNDLES).glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise PluginError(f"expected one Material bundle in {site_dir / BUNDLES}, found {len(bundles)}")
    return bundles[0]


def bundle_problems(text: str, name: str) -> list[str]:
    """What of the patches ``text`` (Material's unpatched bundle) does not say as often as they expect."""
    found = []
    if text.count(ALTERNATES) != 1:
        found.append(f"expected {ALTERNATES} once in {name}, found it {text.count(ALTERNATES)} times")
    for pattern, _, times in VERSION_PATCHES:
        count = len(pattern.findall(text))
        if count != times:
            found.append(f"expected {pattern.pattern} {times} time(s) in {name}, found {count}")
    return found


@functools.cache
def check_material(assets: Path = MATERIAL_ASSETS) -> list[str]:
    """The patches that would fail on the installed Material's bundle and worker (read only, nothing written;
    read once per process)."""
    bundle = material_bundle(assets)
    found = bundle_problems(bundle.read_text(encoding="utf-8"), bundle.name)
    if len(list((assets / WORKERS).glob("search.*.min.js"))) != 1:
        found.append(f"expected one search worker in {assets / WORKERS}")
    return found


def stop_alternate_fetches(site_dir: Path) -> None:
    """Keep Material's script from fetching a sitemap next to every `hreflang` link of the built page."""
    bundle = material_bundle(site_dir)
    text = bundle.read_text(encoding="utf-8")
    if OWN_ALTERNATES in text:
        return
    if text.count(ALTERNATES) != 1:
        raise PluginError(f"expected {ALTERNATES} once in {bundle.name}: check macros/theme/bundle.py against Material")
    bundle.write_text(text.replace(ALTERNATES, OWN_ALTERNATES), encoding="utf-8")


def nest_version_selector(site_dir: Path) -> None:
    """Make the version selector of the script in ``site_dir`` find versions.json on the pages of every language."""
    bundle = material_bundle(site_dir)
    text = bundle.read_text(encoding="utf-8")
    if VERSIONS_DONE in text:
        return
    for pattern, replacement, times in VERSION_PATCHES:
        text, found = pattern.subn(replacement, text)
        if found != times:
            raise PluginError(
                f"expected {pattern.pattern} {times} time(s) in {bundle.name}, found {found}: "
                "check macros/theme/bundle.py against Material's version selector"
            )
    bundle.write_text(text, encoding="utf-8")


def extend_search_worker(site_dir: Path) -> None:
    """Publish the search extension under its hashed name and make Material's worker load it."""
    folder = site_dir / WORKERS
    workers = sorted(folder.glob("search.*.min.js"))
    source = folder / EXTENSION
    if len(workers) != 1 or not source.is_file():
        raise PluginError(f"expected Material's search worker and {EXTENSION} in {folder}")
    script = source.read_bytes()
    published = f"playbook-search.{hashlib.sha256(script).hexdigest()[:8]}.js"
    (folder / published).write_bytes(script)
    source.unlink()
    worker = workers[0]
    text = worker.read_text(encoding="utf-8")
    if 'importScripts("playbook-search.' not in text:
        worker.write_text(f'{text}\n;importScripts("{published}");\n', encoding="utf-8")


MIKE_VERSION = "MIKE_DOCS_VERSION"
"""What mike sets while it builds a version (mike/mkdocs_utils.py: docs_version_var); deploy/site.py sets it too."""


def keep_selector_under_mike(config: MkDocsConfig, nested: str | None) -> None:
    """Material's version selector only where mike deploys: elsewhere there is no `versions.json` to fetch, and
    every page view would ask for one and get a 404 (`make build`, `make serve`, a client's own host). The
    pages of a language under `/<lang>/` (``nested``) say so to the script (`version.nested`)."""
    if not os.environ.get(MIKE_VERSION):
        config.extra.pop("version", None)
    elif nested and isinstance(config.extra.get("version"), dict):
        config.extra["version"] = {**config.extra["version"], "nested": nested}


SCRIPT = "material_script"
"""`extra` key: Material's script bundle, relative to the site root; overrides/main.html loads it deferred, so
that a page paints before the 110 kB script has arrived (it ran at the end of the page before: the same moment,
for every script that waits for the page)."""


def configure_scripts(config: MkDocsConfig, nested: str | None) -> None:
    """The address of Material's script for the templates, and its version selector (see above)."""
    config.extra[SCRIPT] = (BUNDLES / material_bundle(MATERIAL_ASSETS).name).as_posix()
    keep_selector_under_mike(config, nested)
