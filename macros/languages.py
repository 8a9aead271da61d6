"""The bilingual site's configuration: navigation titles, organization settings, language switcher, print footer.

The plugin (``macros/plugin.py``) calls these for every language's build; the root language lives at the site
root and every other one under `/<lang>/`. The language switcher and the `hreflang` links point at the same page
in the other language.
"""

from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from playbook.clock import build_date
from playbook.content import Content
from playbook.formatting import long_date
from playbook.loading.settings import OrganizationSettings, load_settings
from playbook.models.common import LANGUAGES, Language
from playbook.models.pages import SitePages
from playbook.site.navigation import navigation
from playbook.site.version import MIKE_VARIABLE, deployed_version, git_tag

LOCAL_DIR = "local"
"""Site folder for files made per build: the organization's logo, the print footer."""
PRINT_FOOTER = f"{LOCAL_DIR}/print-footer.css"
SITE_URL_VARIABLE = "PLAYBOOK_SITE_URL"
"""Set by the deploy: the address the deployed site lives at (empty: relative links, no canonical addresses)."""
CANONICAL_VARIABLE = "PLAYBOOK_CANONICAL_VERSION"
"""Set by the deploy: the version folder (the default alias) every version's canonical addresses point at."""
OWN_SITE_URL = "playbook_site_url"
"""`extra` key: this build's site_url as set here, version included (mike's plugin would add it once more)."""
PRINT_FONT = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
"""The body's font stack (Material's, with `theme.font: false`): the print footer uses it too."""


def language_root(language: str, root_language: str) -> str:
    """Where a language lives, relative to the site root: '' for the root language, 'en/' for another."""
    return "" if language == root_language else f"{language}/"


def site_languages(configured: list[str], settings: OrganizationSettings | None) -> list[Language]:
    """The site's languages, root first: organization.yml's `default_language`, else the plugin's order."""
    known = [language for language in LANGUAGES if language in configured]
    known.sort(key=configured.index)
    first = settings.default_language if settings and settings.default_language else known[0]
    return [first, *(language for language in known if language != first)]


def organization_settings(root: Path) -> OrganizationSettings | None:
    """The organization's own settings (organization.yml), checked; raises DataErrors."""
    return load_settings(root)


def configure(
    config: MkDocsConfig, content: Content, settings: OrganizationSettings | None, root_language: str
) -> None:
    """Navigation titles in the build's language, the organization's settings and the language switcher."""
    language: Language = config.theme["language"]
    pages = content.pages
    config.nav = navigation(pages, language)
    config.site_name = pages.site_name.get(language)
    config.site_description = pages.site_description.get(language)
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = content.ui["permalink_title"].get(language)
    for scheme in config.theme["palette"]:
        dark = scheme["scheme"] == "default"
        scheme["toggle"]["name"] = (pages.dark_mode if dark else pages.light_mode).get(language)
    if settings is not None:
        apply_settings(config, settings)
    primary_url = primary_site_url(config, settings)
    if primary_url or SITE_URL_VARIABLE in os.environ:
        config.site_url = primary_url
    config.extra["primary_site_url"] = primary_url
    if language != root_language and primary_url:
        config.site_url = primary_url + language_root(language, root_language)
    config.extra[OWN_SITE_URL] = config.site_url  # mike's plugin adds its version later: deploy/guard.py undoes it
    config.extra["languages"] = [
        {
            "lang": lang,
            "name": content.ui["language_name"].get(lang),  # each language's name in itself
            "root": language_root(lang, root_language),
            "url": primary_url + language_root(lang, root_language),
        }
        for lang in LANGUAGES
    ]
    config.extra["up_to_site_root"] = "" if language == root_language else "/.."
    config.extra["addresses"] = {}  # each page's address per language: localize_addresses
    config.extra["print_footer"] = PRINT_FOOTER  # linked media="print" (overrides/main.html): blocks no paint
    # Material shows its language selector when `extra.alternate` is truthy; `true` (not a list) keeps its
    # base template from adding links to the other language's home page: overrides/ links the same page.
    config.extra["alternate"] = True


def primary_site_url(config: MkDocsConfig, settings: OrganizationSettings | None) -> str:
    """The root language's address, ending in '/'; '' when there is none (a client site without `site_url`).

    The deploy (``python -m deploy``) sets ``PLAYBOOK_SITE_URL`` (the public site_url, or the client's own, or
    empty) and ``PLAYBOOK_CANONICAL_VERSION`` (the default alias): every version's addresses then point at the
    default alias's copy of each page. Without them: organization.yml's `site_url`, else mkdocs.yml's, with the
    version mike deploys (`MIKE_DOCS_VERSION`, mike called directly), joined here once.
    """
    url = config.site_url or ""
    if settings is not None and settings.site_url:
        url = settings.site_url
    if SITE_URL_VARIABLE in os.environ:
        url = os.environ[SITE_URL_VARIABLE].strip()
    version = os.environ.get(CANONICAL_VARIABLE, "").strip() or os.environ.get(MIKE_VARIABLE, "").strip()
    if url and version:
        url = urljoin(url if url.endswith("/") else url + "/", version)
    return url if not url or url.endswith("/") else url + "/"


def print_footer(root: Path, language: Language, pages: SitePages) -> str:
    """'Versie 1.2 · gebouwd op 28 november 2026': the version deployed (mike's, else the git tag, else dev)."""
    version = deployed_version(os.environ, git_tag(root))
    built = long_date(build_date(), language)
    return pages.print_footer.get(language).format(version=version, date=built)


def print_footer_css(site_name: str, text: str) -> str:
    """Printed pages carry the site name, version and build date as CSS page-margin content, in the body's font."""
    quoted = json.dumps(f"{site_name} · {text}", ensure_ascii=False)
    return (
        "@media print { @page { @bottom-left { "
        f"content: {quoted}; font-family: {PRINT_FONT}; font-size: 8pt; color: #555; }} }} }}\n"
    )


def apply_settings(config: MkDocsConfig, settings: OrganizationSettings) -> None:
    """Apply the organization's own settings (organization.yml) over the upstream defaults (its `site_url`:
    :func:`primary_site_url`)."""
    if settings.site_name:
        config.site_name = settings.site_name
    for scheme in config.theme["palette"]:
        if settings.primary_colour:
            scheme["primary"] = settings.primary_colour
        if settings.accent_colour:
            scheme["accent"] = settings.accent_colour
    if settings.logo:
        config.theme["logo"] = f"{LOCAL_DIR}/{Path(settings.logo).name}"


def localize_addresses(files: Files, config: MkDocsConfig, pages: SitePages) -> None:
    """Serve each page at its address in the build's language (data/pages.yml: slug), and list every page's
    addresses in the other languages for the language switcher and `hreflang` (``extra.addresses``)."""
    language: Language = config.theme["language"]
    heads = pages.slugs()
    addresses: dict[str, dict[str, str]] = {}
    for file in files:
        head, _, rest = file.src_uri.partition("/")
        if head.removesuffix(".md") not in heads:
            continue
        if not file.is_documentation_page():
            served = file.dest_uri.partition("/")[2]
            if rest and served:
                file.dest_uri = file.url = f"{heads[head].get(language)}/{served}"
            continue
        addresses[file.src_uri] = {lang: pages.served_path(file.src_uri, lang) for lang in LANGUAGES}
        path = addresses[file.src_uri][language]
        file.dest_uri = f"{path}index.html" if config.use_directory_urls else f"{path.rstrip('/')}.html"
        file.url = path if config.use_directory_urls else file.dest_uri
    config.extra["addresses"] = addresses


def mark_toc_language(page: Page, language: str) -> None:
    """Mark the contents entries of a page written in another language (front matter `toc_lang: en`, the
    English build report on the Dutch site) as its headings are marked: Material prints each title as is."""
    other = page.meta.get("toc_lang")
    if not other or other == language:
        return
    items = list(page.toc)
    while items:
        item = items.pop()
        item.title = f'<span lang="{escape(str(other))}">{item.title}</span>'
        items.extend(item.children)


def add_local_files(files: Files, config: MkDocsConfig, pages: SitePages) -> None:
    """The print footer and the organization's logo, as files of this build (nothing is written into docs/)."""
    root = Path(config.config_file_path).parent
    language: Language = config.theme["language"]
    css = print_footer_css(config.site_name, print_footer(root, language, pages))
    files.append(File.generated(config, PRINT_FOOTER, content=css))
    settings = load_settings(root)
    if settings is not None and settings.logo:
        source = root / settings.logo
        files.append(File.generated(config, f"{LOCAL_DIR}/{source.name}", abs_src_path=str(source)))
