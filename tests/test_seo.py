"""What search engines read: absolute hreflang links with x-default, robots.txt, sitemaps without noindex pages."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from macros.theme.bundle import ALTERNATES, OWN_ALTERNATES
from macros.theme.seo import hreflang_base, robots_txt
from playbook.site.address import is_placeholder, preview_address
from tests.conftest import ROOT, Site, copy_for_build, run_mkdocs

SITE_URL = "https://playbook.acme.nl/ai/"


@pytest.mark.parametrize(
    ("url", "placeholder"),
    [
        ("https://example.org/playbook/", True),
        ("https://docs.example.com/", True),
        ("http://site.test/", True),
        ("https://acme.invalid/", True),
        ("", True),
        ("/playbook/", True),
        ("https://acme.github.io/playbook/", False),
        ("http://127.0.0.1:8123/", False),
        ("https://notexample.org/", False),
    ],
)
def test_placeholder_site_urls(url: str, placeholder: bool) -> None:
    assert is_placeholder(url) is placeholder
    assert hreflang_base(url) == ("" if placeholder else url)


@given(st.from_regex(r"[a-z]{1,12}(\.[a-z]{1,12}){0,2}", fullmatch=True))
def test_every_host_under_a_reserved_domain_is_a_placeholder(host: str) -> None:
    assert is_placeholder(f"https://{host}.example.org/x/")
    assert is_placeholder(f"https://{host}.invalid/")


@pytest.mark.parametrize(
    ("site_url", "address"),
    [
        ("https://example.org/playbook/", "http://127.0.0.1:8000/playbook/"),
        ("https://acme.github.io/ai", "http://127.0.0.1:8000/ai/"),
        ("https://acme.nl/", "http://127.0.0.1:8000/"),
    ],
)
def test_make_serve_prints_the_address_it_answers_on(site_url: str, address: str) -> None:
    assert preview_address(site_url, 8000) == address


def test_robots_names_the_sitemap_of_each_language() -> None:
    assert robots_txt(SITE_URL, ["", "en/"]) == (
        f"User-agent: *\nAllow: /\n\nSitemap: {SITE_URL}sitemap.xml\nSitemap: {SITE_URL}en/sitemap.xml\n"
    )


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, str]:
    project = copy_for_build(tmp_path_factory.mktemp("project"))
    (project / "organization.yml").write_text(f"site_url: {SITE_URL}\n", encoding="utf-8")
    site_dir = tmp_path_factory.mktemp("published")
    built = run_mkdocs(project, site_dir)
    assert built.returncode == 0, built.stderr
    return Site(site_dir), built.stderr


@pytest.mark.parametrize(
    ("page", "nl", "en"),
    [
        ("faq/", "faq/", "en/faq/"),
        ("en/faq/", "faq/", "en/faq/"),
        ("index.html", "", "en/"),
        ("en/playbook/voorbeeld-techniek/", "playbook/voorbeeld-techniek/", "en/playbook/voorbeeld-techniek/"),
    ],
)
def test_hreflang_links_are_absolute_with_x_default(published: tuple[Site, str], page: str, nl: str, en: str) -> None:
    soup = published[0].soup(page)
    links = {str(x["hreflang"]): str(x["href"]) for x in soup.select('link[rel="alternate"][hreflang]')}
    assert links == {"nl": SITE_URL + nl, "en": SITE_URL + en, "x-default": SITE_URL + nl}


def test_a_real_site_url_builds_without_the_placeholder_note(published: tuple[Site, str], site: Site) -> None:
    assert "placeholder" not in published[1]
    assert (published[0].root / "robots.txt").read_text(encoding="utf-8") == robots_txt(SITE_URL, ["", "en/"])
    home = site.soup("index.html")
    assert [str(x["href"]) for x in home.select('link[rel="alternate"][hreflang]')] == ["./", "./", "./en/"]


@pytest.mark.parametrize("language_root", ["", "en/"])
def test_sitemaps_list_every_indexable_page_and_no_noindex_page(
    published: tuple[Site, str], language_root: str
) -> None:
    site = published[0]
    sitemap = (site.root / language_root / "sitemap.xml").read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    pages = [p for p in site.pages("en" if language_root else "nl") if p.name == "index.html"]
    noindex = {p for p in pages if 'name="robots" content="noindex"' in p.read_text(encoding="utf-8")}
    assert len(noindex) == 6  # the three example companies and their summaries
    expected = {SITE_URL + p.parent.relative_to(site.root).as_posix() + "/" for p in pages if p not in noindex}
    assert listed == {url.replace("/./", "/") for url in expected}


def test_material_fetches_no_sitemap_beside_hreflang_links(published: tuple[Site, str]) -> None:
    (bundle,) = (published[0].root / "assets/javascripts").glob("bundle.*.min.js")  # both languages' (test_site.py)
    text = bundle.read_text(encoding="utf-8")
    assert OWN_ALTERNATES in text
    assert ALTERNATES not in text


@pytest.mark.parametrize(
    ("settings", "printed"),
    [
        (None, "http://127.0.0.1:8123/playbook/ (English: http://127.0.0.1:8123/playbook/en/)\n"),
        ("site_url: https://acme.nl/ai/\n", "http://127.0.0.1:8123/ai/ (English: http://127.0.0.1:8123/ai/en/)\n"),
        (
            "default_language: en\n",
            "http://127.0.0.1:8123/playbook/ (Nederlands: http://127.0.0.1:8123/playbook/nl/)\n",
        ),
    ],
)
def test_the_address_make_serve_prints(tmp_path: Path, settings: str | None, printed: str) -> None:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    if settings is not None:
        (tmp_path / "organization.yml").write_text(settings, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "playbook", "address", "--port", "8123", "--root", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, printed, "")
