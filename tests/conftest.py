"""Shared fixtures: the real content, a copy of the data folder to break, and the built site."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from hypothesis import settings

from playbook import Content, load_content
from playbook.cli import main
from playbook.models.pages import PageSlugs
from playbook.render.context import GENERATED_DIRS

ROOT = Path(__file__).resolve().parent.parent
BUILD_EPOCH = "1795824000"
"""The build date of the test site: 28 November 2026 (UTC)."""
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
os.environ["PLAYBOOK_LANG"] = "en"
"""Messages in English unless a test asks for Dutch (the corpus runs every case in both languages); without it
they follow each company file's language (playbook.loading.language)."""
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium")

# No deadlines in property tests: time is measured by `make bench`, never by a test on a shared machine.
# In CI the examples are derandomized (the same draw every run), so the suite cannot fail at random there;
# on a laptop they vary, to keep finding new cases.
settings.register_profile("playbook", deadline=None)
settings.register_profile("playbook-ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("playbook-ci" if IN_CI else "playbook")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI a skipped test is a failed test: nothing may silently not run there."""
    outcome: Any = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and call.when in {"setup", "call"}:
        report.outcome = "failed"
        report.longrepr = f"skipped in CI (CI=true): {report.longrepr}"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The search report (default pipeline against the playbook's), when the search tests ran."""
    search = sys.modules.get("tests.test_search")
    if search is not None and search.REPORT:
        terminalreporter.section("search")
        for line in search.REPORT:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def content() -> Content:
    """The real upstream content."""
    return load_content(ROOT / "data", root=ROOT)


def copy_project(target: Path) -> Path:
    """Copy the project's data, docs and config into ``target``."""
    for name in ("data", "examples", "overrides", "macros", "playbook"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs", target / "docs", ignore=shutil.ignore_patterns(*GENERATED_DIRS))
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, target / name)
    return target


copy_for_build = copy_project
"""What a build reads; the name the publishing and search-engine tests use."""


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of the project's data, docs and config in a temporary folder, to break on purpose."""
    return copy_project(tmp_path)


@dataclass(frozen=True)
class CliResult:
    """What a run of the command line printed, and its exit code."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliResult]:
    """``python -m playbook ARGS`` run in this process from the repository root (no interpreter start-up)."""
    monkeypatch.chdir(ROOT)

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as stopped:
            code = stopped.code if isinstance(stopped.code, int) else 1
        printed = capsys.readouterr()
        return CliResult(code, printed.out, printed.err)

    return run


def run_mkdocs(
    project: Path, site_dir: Path, *options: str, engine: str = "mkdocs", **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build`` of ``project`` into ``site_dir``, as `make build` runs it, with MkDocs's ``options``;
    ``engine="properdocs"`` builds with ProperDocs instead, as `make build ENGINE=properdocs` does."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": BUILD_EPOCH,
        **extra_env,
    }
    return subprocess.run(
        [sys.executable, "-m", engine, "build", "--config-file", "mkdocs.yml", "--site-dir", str(site_dir), *options],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@functools.cache
def _slugs() -> dict[str, PageSlugs]:
    return load_content(ROOT / "data", root=ROOT).pages.slugs()


def at(path: str, prefix: str) -> str:
    """Where the Dutch page ``path`` ('bronnen/') is built in the language under ``prefix`` ('en/sources/').

    ``prefix`` is '' for the root language (Dutch) or 'en/'; the addresses are data/pages.yml's slugs.
    """
    head, _, rest = path.partition("/")
    slug = _slugs().get(head)
    local = f"{slug.get(prefix.rstrip('/') or 'nl')}/{rest}" if slug is not None else path  # type: ignore[arg-type]
    return prefix + local


class Site:
    """The built site, read as a reader's browser would get it."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def html(self, page: str) -> str:
        """The HTML of ``page`` ('faq/' or 'index.html')."""
        path = self.root / page
        if path.is_dir() or page.endswith("/"):
            path = path / "index.html"
        return path.read_text(encoding="utf-8")

    def soup(self, page: str) -> BeautifulSoup:
        """The parsed HTML of ``page``."""
        return BeautifulSoup(self.html(page), "html.parser")

    def pages(self, language: str | None = None) -> list[Path]:
        """Every HTML page of the site, or of one language ('nl' at the root, 'en' under en/)."""
        pages = sorted(self.root.rglob("*.html"))
        if language is None:
            return pages
        english = self.root / "en"
        return (
            [page for page in pages if english in page.parents]
            if language == "en"
            else [page for page in pages if english not in page.parents]
        )


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The site, built once per test session from the real project."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return Site(site_dir)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site without logging every request."""

    def log_message(self, format: str, *args: object) -> None:
        del format, args


@pytest.fixture(scope="session")
def served(site: Site) -> Iterator[str]:
    """The built site on a free port of 127.0.0.1."""
    handler = functools.partial(QuietHandler, directory=str(site.root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    # Only the browser tests pay for Playwright's import (0.9 s measured with -X importtime).
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        yield instance
        instance.close()
