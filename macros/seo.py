"""What search engines read: absolute `hreflang` links with `x-default`, robots.txt, and no stray sitemap fetches.

``hreflang`` links are absolute URLs from site_url; with a placeholder site_url (a domain reserved for
examples, as upstream ships) they stay relative, so that the built site never asks another host for anything,
and the build says so. Material's script fetches `sitemap.xml` next to every `<link rel="alternate">` (made for
links to each language's home page); our links point at the same page in the other language, so each page view
cost two requests that answer 404. The built script leaves links with `hreflang` alone: the language switcher
already links the same page.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from playbook.site.address import is_placeholder

log = get_plugin_logger("playbook")

BUNDLES = Path("assets", "javascripts")
ALTERNATES = 'M("link[rel=alternate]")'
"""The selector in Material's bundle whose links it fetches a sitemap for."""
OWN_ALTERNATES = 'M("link[rel=alternate]:not([hreflang])")'


def hreflang_base(primary_url: str) -> str:
    """The base of absolute `hreflang` links: the site URL, or '' (relative links) for a placeholder."""
    return "" if is_placeholder(primary_url) else primary_url


def configure_hreflang(config: MkDocsConfig, announce: bool) -> None:
    """Set ``extra.hreflang_base``: the absolute site URL, or '' when site_url is a placeholder (noted once)."""
    primary = str(config.extra.get("primary_site_url") or "")
    config.extra["hreflang_base"] = hreflang_base(primary)
    if announce and not config.extra["hreflang_base"]:
        log.info(
            f"site_url {primary or '(none)'} is a placeholder: hreflang links stay relative; "
            "set site_url in organization.yml to make them absolute"
        )


def robots_txt(primary_url: str, roots: list[str]) -> str:
    """robots.txt: every crawler welcome, and the sitemap of each language (none without an address)."""
    lines = ["User-agent: *", "Allow: /", ""]
    lines += [f"Sitemap: {primary_url}{root}sitemap.xml" for root in roots if primary_url]
    return "\n".join(lines) + "\n"


def write_robots(site_dir: Path, config: MkDocsConfig) -> None:
    """Write robots.txt at the site root, naming both languages' sitemaps."""
    primary = str(config.extra.get("primary_site_url") or "")
    roots = [str(language["root"]) for language in config.extra["languages"]]
    (site_dir / "robots.txt").write_text(robots_txt(primary, roots), encoding="utf-8")


def material_bundle(site_dir: Path) -> Path:
    """Material's one script bundle in the built site."""
    bundles = sorted((site_dir / BUNDLES).glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise PluginError(f"expected one Material bundle in {site_dir / BUNDLES}, found {len(bundles)}")
    return bundles[0]


def stop_alternate_fetches(site_dir: Path) -> None:
    """Keep Material's script from fetching a sitemap next to every `hreflang` link of the built page."""
    bundles = [material_bundle(site_dir)]
    text = bundles[0].read_text(encoding="utf-8")
    if OWN_ALTERNATES in text:
        return
    if text.count(ALTERNATES) != 1:
        raise PluginError(f"expected {ALTERNATES} once in {bundles[0].name}: check macros/seo.py against Material")
    bundles[0].write_text(text.replace(ALTERNATES, OWN_ALTERNATES), encoding="utf-8")
