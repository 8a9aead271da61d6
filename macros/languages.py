"""MkDocs hooks for the bilingual site: navigation titles per language and the second-language build.

One `mkdocs build` produces the whole site: the primary (Dutch) build runs, and its `on_post_build`
builds each other language as a complete MkDocs build into `site/<lang>/`, from a copy of `docs/`. Each
language thus gets its own search index and its own `lang` attribute; the language switcher and the
`hreflang` links point at the same page in the other language.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from playbook.content import parse
from playbook.errors import DataError
from playbook.models.common import LANGUAGES, Language
from playbook.models.pages import SitePages
from playbook.render.context import GENERATED_DIRS

PRIMARY: Language = "nl"
LANGUAGE_VARIABLE = "PLAYBOOK_LANGUAGE"
"""mkdocs.yml reads the build's language from this variable (`!ENV`), Dutch when unset."""


def language_root(language: str) -> str:
    """Where a language lives, relative to the site root: '' for Dutch, 'en/' for English."""
    return "" if language == PRIMARY else f"{language}/"


def _site_pages(config: MkDocsConfig) -> SitePages | None:
    root = Path(config.config_file_path).parent
    errors: list[DataError] = []
    parsed = parse(root / "data" / "pages.yml", root, SitePages, errors)
    return parsed[0] if parsed else None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Navigation titles in the build's language; the data needed by the language switcher."""
    language: Language = config.theme["language"]
    pages = _site_pages(config)
    if pages is not None:
        config.nav = [{page.nav_title.get(language): page.file} for page in pages.pages]
        config.site_name = pages.site_name.get(language)
        config.site_description = pages.site_description.get(language)
        for scheme in config.theme["palette"]:
            dark = scheme["scheme"] == "default"
            scheme["toggle"]["name"] = (pages.dark_mode if dark else pages.light_mode).get(language)
    primary_url = config.extra.get("primary_site_url") or config.site_url or ""
    config.extra["primary_site_url"] = primary_url
    if language != PRIMARY and primary_url:
        config.site_url = primary_url + language_root(language)
    names = {"nl": "Nederlands", "en": "English"}
    config.extra["languages"] = [
        {"lang": lang, "name": names[lang], "root": language_root(lang), "url": primary_url + language_root(lang)}
        for lang in LANGUAGES
    ]
    config.extra["up_to_site_root"] = "" if language == PRIMARY else "/.."
    # Material shows its language selector when `extra.alternate` is truthy; `true` (not a list) keeps its
    # base template from adding links to the other language's home page: overrides/ links the same page.
    config.extra["alternate"] = True
    return config


def build_language(config: MkDocsConfig, language: Language) -> None:
    """Build ``language`` into `<site_dir>/<language>/`, from a copy of docs/ without generated pages."""
    with tempfile.TemporaryDirectory(prefix=f"playbook-{language}-") as scratch:
        docs = Path(scratch) / "docs"
        shutil.copytree(config.docs_dir, docs, ignore=shutil.ignore_patterns(*GENERATED_DIRS))
        previous = os.environ.get(LANGUAGE_VARIABLE)
        os.environ[LANGUAGE_VARIABLE] = language
        try:
            overrides: dict[str, Any] = {
                "docs_dir": str(docs),
                "site_dir": str(Path(config.site_dir) / language),
                "strict": config.strict,
            }
            build(load_config(config_file=config.config_file_path, **overrides))
        finally:
            if previous is None:
                del os.environ[LANGUAGE_VARIABLE]
            else:
                os.environ[LANGUAGE_VARIABLE] = previous


def on_post_build(config: MkDocsConfig) -> None:
    """After the primary build, build every other language."""
    if config.theme["language"] != PRIMARY:
        return
    for language in LANGUAGES:
        if language != PRIMARY:
            build_language(config, language)
