"""What search engines read: absolute `hreflang` links with `x-default` and robots.txt.

``hreflang`` links are absolute URLs from site_url; with a placeholder site_url (a domain reserved for
examples, as upstream ships) they stay relative, so that the built site never asks another host for anything,
and the build says so. Material's script is kept from fetching a sitemap beside each of them (macros/theme/bundle.py).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger

from playbook.site.address import is_placeholder

log = get_plugin_logger("playbook")


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
