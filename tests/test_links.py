"""Every link and anchor of the built site resolves, served over HTTP on 127.0.0.1 as a reader gets it."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from tests.conftest import Site

# A crawl of the whole served site: `make audit-tests` runs it; `make test` relies on the strict build's own
# link and anchor validation (mkdocs.yml: validation).
pytestmark = pytest.mark.audit


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def test_every_link_and_anchor_resolves(site: Site, served: str) -> None:
    queue = [served]
    seen: set[str] = set()
    anchors: dict[str, set[str]] = {}
    wanted: list[tuple[str, str, str]] = []
    broken: list[str] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, body = fetch(url)
        if status != 200:
            broken.append(f"{url}: HTTP {status}")
            continue
        if not (url.endswith("/") or url.endswith(".html")):
            continue
        soup = BeautifulSoup(body, "html.parser")
        anchors[url] = {str(tag["id"]) for tag in soup.select("[id]")} | {
            str(a["name"]) for a in soup.select("a[name]")
        }
        for tag in soup.select("a[href], link[href], script[src], img[src]"):
            target = urljoin(url, str(tag.get("href") or tag.get("src")))
            if urlparse(target).netloc != urlparse(served).netloc:
                continue
            page, fragment = urldefrag(target)
            if fragment:
                wanted.append((url, page, fragment))
            if page not in seen and "sitemap" not in page:
                queue.append(page)
    for source, page, fragment in wanted:
        if page in anchors and fragment not in anchors[page] and fragment != "__skip":
            broken.append(f"{source} -> {page}#{fragment}: no such anchor")
    assert broken == []
    assert len([url for url in seen if url.endswith("/")]) > 40
    assert Path(site.root / "en/index.html").is_file()
