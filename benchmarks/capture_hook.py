"""A throwaway MkDocs hook: dumps every page's Markdown after the macros ran, for the overhead benchmark.

Added after ``macros/languages.py`` to a copy of mkdocs.yml, it runs in both language builds and writes, into
``$BENCH_DUMP_DIR/<language>/``: ``docs/`` (each page's front matter and rendered Markdown, the static files,
and empty stand-ins for the exports, so links still resolve) and ``config.json`` (what the hooks computed:
navigation, names, URLs, ``extra``, stylesheets, scripts and theme options).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import yaml

DUMP_VARIABLE = "BENCH_DUMP_DIR"
EXPORTS = "playbook/exports/"
THEME_KEYS = ("palette", "logo", "favicon", "features", "font", "icon", "language")
"""Theme options a hook may change; the plain build passes them on unchanged."""


def _dump(config: Any) -> Path:
    return Path(os.environ[DUMP_VARIABLE]) / str(config.theme["language"])


def on_config(config: Any) -> Any:
    """Record the configuration as the project's hooks left it."""
    target = _dump(config)
    target.mkdir(parents=True, exist_ok=True)
    theme = {key: config.theme[key] for key in THEME_KEYS if key in config.theme}
    captured = {
        "nav": config.nav,
        "site_name": config.site_name,
        "site_description": config.site_description,
        "site_url": config.site_url,
        "extra": dict(config.extra),
        "extra_css": list(config.extra_css),
        "extra_javascript": [str(script) for script in config.extra_javascript],
        "theme": theme,
    }
    (target / "config.json").write_text(json.dumps(captured, ensure_ascii=False, indent=1), encoding="utf-8")
    return config


def on_files(files: Any, config: Any) -> Any:
    """Copy the static files of docs/; exports become empty files (the plain build makes no exports)."""
    docs = Path(config.docs_dir).resolve()
    target = _dump(config) / "docs"
    for file in files:
        if file.is_documentation_page():
            continue
        destination = target / file.src_uri
        if file.src_uri.startswith(EXPORTS):  # made in memory by macros/generated.py
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(b"")
            continue
        source = Path(file.abs_src_path).resolve() if file.abs_src_path else None
        if file.generated_by is not None:  # the templates and their RTF, made in memory
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(file.content_bytes)
            continue
        if source is None or docs not in source.parents:
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Write the page's Markdown as the macros rendered it, with its front matter."""
    destination = _dump(config) / "docs" / page.file.src_uri
    destination.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\n{yaml.safe_dump(dict(page.meta), allow_unicode=True)}---\n\n" if page.meta else ""
    destination.write_text(front + markdown, encoding="utf-8")
    return markdown
