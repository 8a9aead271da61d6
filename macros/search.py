"""MkDocs hook: Material's search worker also loads the playbook's Dutch- and English-aware search.

Material builds its Lunr.js index in a web worker and offers no hook into it. After each build, one
`importScripts` line is appended to the worker in the built site; the script it loads
(`overrides/assets/javascripts/workers/playbook-search.js`) sets up the same folding, compound
splitting and stemming for the index and the query. Material's files in the package stay untouched.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

WORKERS = Path("assets", "javascripts", "workers")
EXTENSION = "playbook-search.js"
LOADER = f'\n;importScripts("{EXTENSION}");\n'


def on_post_build(config: MkDocsConfig) -> None:
    """Make the built site's search worker load the playbook's search extension."""
    folder = Path(config.site_dir, WORKERS)
    workers = sorted(folder.glob("search.*.min.js"))
    if len(workers) != 1 or not (folder / EXTENSION).is_file():
        raise PluginError(f"expected Material's search worker and {EXTENSION} in {folder}")
    worker = workers[0]
    text = worker.read_text(encoding="utf-8")
    if LOADER not in text:
        worker.write_text(text + LOADER, encoding="utf-8")
