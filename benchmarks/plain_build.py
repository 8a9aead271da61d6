"""The plain side of the overhead benchmark: the dumped Markdown of both languages, built without the data layer.

``python -m benchmarks.plain_build PROJECT DUMP SITE`` builds, in one process like the real build, every
language dumped by :mod:`benchmarks.capture_hook` under ``DUMP``: Dutch into ``SITE``, the others into
``SITE/<language>/``. Same mkdocs.yml (theme, Markdown extensions, strictness, validation) with the values the
hooks computed, but only the search plugin: no macros, no hooks, no generated pages or exports.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config

PRIMARY = "nl"


def plain_config(project: Path, dump: Path, site: Path, language: str) -> Any:
    """The configuration of the plain build of ``language``."""
    captured = json.loads((dump / language / "config.json").read_text(encoding="utf-8"))
    theme = {"name": "material", "custom_dir": "overrides", **captured["theme"]}
    return load_config(
        config_file=str(project / "mkdocs.yml"),
        docs_dir=str(dump / language / "docs"),
        site_dir=str(site if language == PRIMARY else site / language),
        strict=True,
        plugins=[{"search": {"lang": language}}],
        hooks=[],
        theme=theme,
        nav=captured["nav"],
        site_name=captured["site_name"],
        site_description=captured["site_description"],
        site_url=captured["site_url"],
        extra=captured["extra"],
        extra_css=captured["extra_css"],
        extra_javascript=captured["extra_javascript"],
    )


def main(arguments: list[str]) -> int:
    """Build every dumped language, the primary one first (its build empties the site folder)."""
    logging.basicConfig(format="%(levelname)s - %(message)s", level=logging.WARNING)  # why a strict build stops
    project, dump, site = (Path(argument) for argument in arguments)
    languages = sorted((path.name for path in dump.iterdir() if path.is_dir()), key=lambda lang: lang != PRIMARY)
    for language in languages:
        build(plain_config(project, dump, site, language))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
