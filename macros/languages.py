"""MkDocs hooks for the bilingual site: navigation titles per language and the second-language build.

One `mkdocs build` produces the whole site: the primary (Dutch) build runs, and its `on_post_build`
builds each other language as a complete MkDocs build into `site/<lang>/`, from a copy of `docs/`. Each
language thus gets its own search index and its own `lang` attribute; the language switcher and the
`hreflang` links point at the same page in the other language.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from playbook.errors import DataErrors
from playbook.formatting import long_date
from playbook.models.common import LANGUAGES, Language
from playbook.models.pages import SitePages
from playbook.render.context import GENERATED_DIRS
from playbook.rules.schedule import build_date
from playbook.settings import SETTINGS_FILE, load_settings
from playbook.sitedata import load_site_data
from playbook.version import deployed_version, git_tag

PRIMARY: Language = "nl"
LOCAL_DIR = "local"
"""Folder under docs/ (git-ignored) for files made per build: the organization's logo, the print footer."""
PRINT_FONT = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
"""The body's font stack (Material's, with `theme.font: false`): the print footer uses it too."""
LANGUAGE_VARIABLE = "PLAYBOOK_LANGUAGE"
"""mkdocs.yml reads the build's language from this variable (`!ENV`), Dutch when unset."""


def language_root(language: str) -> str:
    """Where a language lives, relative to the site root: '' for Dutch, 'en/' for English."""
    return "" if language == PRIMARY else f"{language}/"


def _site_pages(config: MkDocsConfig) -> SitePages:
    """The page list, from the load the macros plugin (configured before this hook) has just made."""
    return load_site_data(Path(config.config_file_path).parent).content.pages


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Navigation titles in the build's language; the data needed by the language switcher."""
    language: Language = config.theme["language"]
    pages = _site_pages(config)
    config.nav = [{page.nav_title.get(language): page.file} for page in pages.pages]
    config.site_name = pages.site_name.get(language)
    config.site_description = pages.site_description.get(language)
    for scheme in config.theme["palette"]:
        dark = scheme["scheme"] == "default"
        scheme["toggle"]["name"] = (pages.dark_mode if dark else pages.light_mode).get(language)
    apply_settings(config)
    primary_url = config.site_url or ""
    if primary_url and not primary_url.endswith("/"):  # mike joins its version without a slash
        primary_url += "/"
        config.site_url = primary_url
    config.extra["primary_site_url"] = primary_url
    if language != PRIMARY and primary_url:
        config.site_url = primary_url + language_root(language)
    names = {"nl": "Nederlands", "en": "English"}
    config.extra["languages"] = [
        {"lang": lang, "name": names[lang], "root": language_root(lang), "url": primary_url + language_root(lang)}
        for lang in LANGUAGES
    ]
    config.extra["up_to_site_root"] = "" if language == PRIMARY else "/.."
    if pages is not None:
        write_print_footer(config, print_footer(root_of(config), language, pages))
    # Material shows its language selector when `extra.alternate` is truthy; `true` (not a list) keeps its
    # base template from adding links to the other language's home page: overrides/ links the same page.
    config.extra["alternate"] = True
    return config


def root_of(config: MkDocsConfig) -> Path:
    """The project root: the folder of mkdocs.yml."""
    return Path(config.config_file_path).parent


def print_footer(root: Path, language: Language, pages: SitePages) -> str:
    """'Versie 1.2 · gebouwd op 28 november 2026': the version deployed (mike's, else the git tag, else dev)."""
    version = deployed_version(os.environ, git_tag(root))
    built = long_date(build_date(), language)
    return pages.print_footer.get(language).format(version=version, date=built)


def write_print_footer(config: MkDocsConfig, text: str) -> None:
    """Printed pages carry the site name, version and build date: CSS page-margin content, made per build."""
    target = Path(config.docs_dir) / LOCAL_DIR / "print-footer.css"
    quoted = json.dumps(f"{config.site_name} · {text}", ensure_ascii=False)
    css = (
        "@media print { @page { @bottom-left { "
        f"content: {quoted}; font-family: {PRINT_FONT}; font-size: 8pt; color: #555; }} }} }}\n"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_text(encoding="utf-8") != css:
        target.write_text(css, encoding="utf-8")
    config.extra_css.append(f"{LOCAL_DIR}/print-footer.css")


def apply_settings(config: MkDocsConfig) -> None:
    """Apply the organization's own settings (organization.yml) over the upstream defaults."""
    root = Path(config.config_file_path).parent
    try:
        settings = load_settings(root)
    except DataErrors as exc:
        print(exc.report(), file=sys.stderr)
        raise PluginError(f"{len(exc.errors)} error(s) in {SETTINGS_FILE}; nothing was built.") from None
    if settings is None:
        return
    if settings.site_name:
        config.site_name = settings.site_name
    if settings.site_url:
        version = os.environ.get("MIKE_DOCS_VERSION")  # set by mike for the build it deploys
        config.site_url = urljoin(settings.site_url, version) if version else settings.site_url
    for scheme in config.theme["palette"]:
        if settings.primary_colour:
            scheme["primary"] = settings.primary_colour
        if settings.accent_colour:
            scheme["accent"] = settings.accent_colour
    if settings.logo:
        source = root / settings.logo
        target = Path(config.docs_dir) / LOCAL_DIR / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)
        config.theme["logo"] = f"{LOCAL_DIR}/{source.name}"


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
            second = load_config(config_file=config.config_file_path, **overrides)
            second.theme["language"] = language  # mike's copy of mkdocs.yml has `!ENV` already resolved
            build(second)
        finally:
            if previous is None:
                del os.environ[LANGUAGE_VARIABLE]
            else:
                os.environ[LANGUAGE_VARIABLE] = previous


def on_post_build(config: MkDocsConfig) -> None:
    """After the primary build, build every other language."""
    if config.theme["language"] != PRIMARY or os.environ.get(LANGUAGE_VARIABLE, PRIMARY) != PRIMARY:
        return
    for language in LANGUAGES:
        if language != PRIMARY:
            build_language(config, language)
