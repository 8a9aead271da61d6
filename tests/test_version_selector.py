"""Material's version selector under mike, in both languages: two versions deployed locally, read in a browser."""

from __future__ import annotations

import functools
import http.server
import subprocess
import tarfile
import threading
from collections.abc import Iterator
from io import BytesIO
from typing import Any

import pytest

from tests.conftest import QuietHandler, needs_chromium
from tests.test_publishing import copy_project, git, init_repo, make

pytestmark = [needs_chromium, pytest.mark.audit]


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Versions 1.0 and 1.1 deployed by `make publish-local` and served from the gh-pages branch."""
    work = tmp_path_factory.mktemp("versions")
    repo = copy_project(work / "repo")
    init_repo(repo)
    for version in ("1.0", "1.1"):
        deployed = make(repo, "publish-local", f"VERSION={version}")
        assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    tree = work / "gh-pages"
    archive = subprocess.run(["git", "archive", "gh-pages"], cwd=repo, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    assert git(repo, "cat-file", "-p", "gh-pages:latest") == "1.1"
    handler = functools.partial(QuietHandler, directory=str(tree))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("page", ["veranderingsmodellen/", "en/change-models/", "en/"])
def test_switching_version_keeps_the_page_and_its_language(browser: Any, two_versions: str, page: str) -> None:
    """Material finds the same page in the other version through its sitemap (company pages, which ask search
    engines not to index them and so stay out of the sitemap, switch to the version's home page)."""
    tab = browser.new_page()
    tab.goto(f"{two_versions}1.1/{page}", wait_until="networkidle")
    selector = tab.locator(".md-version")
    assert selector.locator(".md-version__current").inner_text().strip() == "1.1"
    versions = selector.locator(".md-version__link").evaluate_all("links => links.map(a => a.textContent.trim())")
    assert versions[:2] == ["1.1", "1.0"]
    language = tab.locator("html").get_attribute("lang")
    selector.hover()
    selector.locator(".md-version__link", has_text="1.0").click()
    tab.wait_for_url(f"{two_versions}1.0/{page}")
    tab.wait_for_load_state("networkidle")
    assert tab.locator("html").get_attribute("lang") == language
    assert tab.locator(".md-version__current").inner_text().strip() == "1.0"
    tab.close()


@pytest.mark.parametrize("page", ["", "en/roadmap/", "playbook/voorbeeld-techniek/"])
def test_a_build_without_mike_asks_for_no_versions_file(browser: Any, served: str, page: str) -> None:
    """Only mike deploys have a versions.json: a plain build leaves the selector out instead of asking for it."""
    tab = browser.new_page()
    asked: list[str] = []
    tab.on("request", lambda request: asked.append(request.url))
    tab.goto(served + page, wait_until="networkidle")
    config = tab.evaluate("JSON.parse(document.getElementById('__config').textContent)")
    tab.close()
    assert config["version"] is None
    assert [url for url in asked if "versions.json" in url] == []
    assert len(asked) > 3
