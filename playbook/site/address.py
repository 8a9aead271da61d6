"""Where the site lives: its configured URL, whether that is the upstream placeholder, and the preview address."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from playbook.loading.settings import load_settings

PLACEHOLDER_DOMAINS = ("example.org", "example.com", "example.net", "example", "invalid", "test")
"""Domains reserved for examples (RFC 2606): a site_url there is a placeholder, not where the site is published."""

_SITE_URL = re.compile(r"^site_url:\s*['\"]?([^'\"\s#]+)", re.MULTILINE)


def configured_site_url(root: Path) -> str:
    """organization.yml's site_url, else mkdocs.yml's (raises DataErrors when organization.yml is invalid)."""
    settings = load_settings(root)
    if settings is not None and settings.site_url:
        return settings.site_url
    config = root / "mkdocs.yml"
    found = _SITE_URL.search(config.read_text(encoding="utf-8")) if config.is_file() else None
    return found.group(1) if found else "/"


def is_placeholder(url: str) -> bool:
    """True for an empty site_url or one on a domain reserved for examples."""
    host = (urlsplit(url).hostname or "").lower()
    return not host or any(host == domain or host.endswith("." + domain) for domain in PLACEHOLDER_DOMAINS)


def preview_address(site_url: str, port: int) -> str:
    """The address `mkdocs serve` answers on: the local host with the path of site_url."""
    path = urlsplit(site_url).path or "/"
    if not path.endswith("/"):
        path += "/"
    return f"http://127.0.0.1:{port}{path}"
