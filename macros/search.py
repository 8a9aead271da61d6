"""Material's search worker also loads the playbook's Dutch- and English-aware search.

Material builds its Lunr.js index in a web worker and offers no hook into it. After each build, one
`importScripts` line is appended to the worker in the built site; the script it loads
(`overrides/assets/javascripts/workers/playbook-search.js`, published under a name with its content hash so
that no cache serves an old copy) sets up the same folding, compound splitting and stemming for the index
and the query. Material's files in the package stay untouched.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mkdocs.exceptions import PluginError

WORKERS = Path("assets", "javascripts", "workers")
EXTENSION = "playbook-search.js"


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
