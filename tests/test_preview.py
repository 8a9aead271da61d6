"""The live preview (`make serve`) answers at once while a data file is broken, and comes back after a fix."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import BUILD_EPOCH, ROOT

COMPANY = "examples/companies/voorbeeld-techniek.yml"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str, timeout: float = 5) -> tuple[int, str]:
    """Status and body of ``url``; a slow answer fails the test (the server must never hang)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def wait_for(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.5)
    pytest.fail(f"waited {seconds:.0f} s for {what}")


@contextlib.contextmanager
def mkdocs_serve(project: Path, log: Path, engine: str = "mkdocs") -> Iterator[tuple[str, Path]]:
    """`mkdocs serve` (or ``engine``'s) of ``project`` on a free port, once it serves: its address and its log."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": BUILD_EPOCH}
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", engine, "serve", "--config-file", "mkdocs.yml", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(lambda: "Serving on" in log.read_text(encoding="utf-8"), 180, "the preview to start")
        yield f"http://127.0.0.1:{port}/playbook/", log
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def preview(project_copy: Path, tmp_path: Path) -> Iterator[tuple[Path, str, Path]]:
    """`mkdocs serve` on a copy of the project whose example company has `employees: 45.000`."""
    company = project_copy / COMPANY
    company.write_text(company.read_text(encoding="utf-8").replace("employees: 120", "employees: 45.000"), "utf-8")
    assert "employees: 45.000" in company.read_text(encoding="utf-8")
    with mkdocs_serve(project_copy, tmp_path / "serve.log") as (url, log):
        yield project_copy, url, log


def test_a_broken_file_shows_its_errors_on_every_page_and_the_site_returns(preview: tuple[Path, str, Path]) -> None:
    project, url, log = preview
    expected = f"{COMPANY}:6:12: employees: 45.000 reads as 45 (YAML uses the dot as decimal point); write 45000"
    assert "Preview: " + url in log.read_text(encoding="utf-8")
    for page in ("", "uitdaging/", "playbook/voorbeeld-techniek/", "en/challenge/"):
        status, body = fetch(url + page)
        assert expected in body, (page, status)
    company = project / COMPANY
    company.write_text(company.read_text(encoding="utf-8").replace("employees: 45.000", "employees: 120"), "utf-8")

    def site_is_back() -> bool:
        status, body = fetch(url + "uitdaging/", timeout=60)
        return status == 200 and "data-errors" not in body and "De uitdaging" in body

    wait_for(site_is_back, 180, "the site to return after the fix")


@pytest.fixture
def serving(project_copy: Path, tmp_path: Path) -> Iterator[tuple[Path, str, Path]]:
    """`mkdocs serve` on a copy of the project as it is (its companies are the examples)."""
    with mkdocs_serve(project_copy, tmp_path / "serve.log") as (url, log):
        yield project_copy, url, log


def shows(url: str, text: str) -> bool:
    status, body = fetch(url, timeout=60)
    return status == 200 and text in body


def test_a_saved_company_file_shows_on_its_pages_and_the_index_and_shared_content_everywhere(
    serving: tuple[Path, str, Path],
) -> None:
    """Company pages are built on request under serve (macros/build/ondemand.py), never older than the last save."""
    project, url, log = serving
    company_pages = ("playbook/voorbeeld-techniek/", "en/playbook/voorbeeld-techniek/")
    for page in (*company_pages, "playbook/voorbeeld-techniek/summary/", "en/playbook/voorbeeld-techniek/summary/"):
        assert shows(url + page, "Voorbeeld Techniek B.V."), page
    assert "which is excluded from the built site" not in log.read_text(encoding="utf-8")
    status, body = fetch(url + "playbook/voorbeeld-techniek/", timeout=60)
    exports = sorted(set(re.findall(r'href="\.\./(exports/voorbeeld-techniek[^"/]*)"', body)))
    assert exports, "the company page links to its exports"
    for export in exports:
        with urllib.request.urlopen(url + "playbook/" + export, timeout=60) as response:
            assert response.status == 200, export
            assert response.read(), export

    company = project / COMPANY
    text = company.read_text(encoding="utf-8")
    assert "name: Voorbeeld Techniek B.V." in text
    company.write_text(text.replace("name: Voorbeeld Techniek B.V.", "name: Hernoemd Techniek B.V."), "utf-8")
    wait_for(lambda: shows(url + company_pages[0], "Hernoemd Techniek B.V."), 180, "the renamed company's page")
    for page in (*company_pages, "playbook/voorbeeld-techniek/summary/", "playbook/", "en/playbook/"):
        status, body = fetch(url + page, timeout=60)
        assert status == 200, page
        assert "Hernoemd Techniek" in body, page  # the index writes B&#46;V&#46;
        assert "Voorbeeld Techniek" not in body, page

    roadmap = project / "data" / "roadmap.yml"
    text = roadmap.read_text(encoding="utf-8")
    assert 'nl: "De basis leggen"' in text
    assert 'en: "Laying the groundwork"' in text
    text = text.replace('nl: "De basis leggen"', 'nl: "De basis leggen, herzien"')
    roadmap.write_text(text.replace('en: "Laying the groundwork"', 'en: "Laying the groundwork, revised"'), "utf-8")
    wait_for(lambda: shows(url + company_pages[0], "De basis leggen, herzien"), 180, "the shared change")
    assert shows(url + company_pages[1], "Laying the groundwork, revised")


ON_REQUEST_VS_FULL = """
import sys, tempfile
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

site = tempfile.mkdtemp()


def config():
    loaded = load_config("mkdocs.yml", site_dir=site)
    loaded.site_url = "http://127.0.0.1:8000/playbook/"
    return loaded


first = config()
first.plugins.on_startup(command="serve", dirty=False)
build(first, serve_url=first.site_url)
plugin = first.plugins["playbook"]
on_request = {}
for address in sys.argv[1:]:
    assert not Path(site, address).exists(), address
    plugin.on_demand.ensure(address)
    on_request[address] = Path(site, address).read_bytes()
plugin.on_shutdown()
plugin.command = "build"  # the same serve build, nothing deferred
second = config()
build(second, serve_url=second.site_url)
for address, made in on_request.items():
    print(address, "same" if Path(site, address).read_bytes() == made else "different")
"""


def test_pages_built_on_request_are_those_a_full_build_makes(project_copy: Path) -> None:
    """Company pages, summaries, exports and the company index, in both languages, byte for byte."""
    addresses = [
        f"{prefix}playbook/{page}"
        for prefix in ("", "en/")
        for page in (
            "voorbeeld-techniek/index.html",
            "voorbeeld-techniek/summary/index.html",
            "index.html",
            "exports/voorbeeld-techniek-action-plan.xlsx",
        )
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": BUILD_EPOCH}
    result = subprocess.run(
        [sys.executable, "-c", ON_REQUEST_VS_FULL, *addresses],
        cwd=project_copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == [word for address in addresses for word in (address, "same")]
