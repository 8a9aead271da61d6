"""The bilingual site: every page in both languages, no stray links across, locale formats, search per language."""

from __future__ import annotations

import json
import posixpath
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import cast
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError

from macros.build import editions
from playbook import DataErrors, load_content
from tests.conftest import Site, at, run_mkdocs


def relative(site: Site, page: Path) -> str:
    return page.relative_to(site.root).as_posix()


def test_every_page_exists_in_both_languages(site: Site) -> None:
    dutch = {relative(site, page) for page in site.pages("nl")}
    english = {relative(site, page).removeprefix("en/") for page in site.pages("en")}
    assert {at(page, "en/").removeprefix("en/") for page in dutch} == english
    assert len(dutch) > 20


def test_english_pages_have_english_addresses(site: Site) -> None:
    assert (site.root / "en/change-models/index.html").is_file()
    assert (site.root / "en/case-studies/logistics/index.html").is_file()
    assert not (site.root / "en/veranderingsmodellen").exists()
    assert not (site.root / "en/casestudies").exists()
    assert (site.root / "veranderingsmodellen/index.html").is_file()
    for language in ("", "en/"):  # the company index and company pages keep their address
        assert (site.root / f"{language}playbook/voorbeeld-techniek/index.html").is_file()
    nav = {str(a["href"]) for a in site.soup("en/faq/").select(".md-nav--primary a.md-nav__link[href]")}
    assert {"../change-models/", "../pitfalls/", "../your-playbook/", "../playbook/"} <= nav
    assert not {href for href in nav if "veranderingsmodellen" in href or "valkuilen" in href}
    sitemap = (site.root / "en/sitemap.xml").read_text(encoding="utf-8")
    assert "https://example.org/playbook/en/change-models/</loc>" in sitemap
    assert "https://example.org/playbook/en/case-studies/logistics/</loc>" in sitemap
    assert "veranderingsmodellen" not in sitemap
    dutch_sitemap = (site.root / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://example.org/playbook/veranderingsmodellen/</loc>" in dutch_sitemap
    assert "change-models" not in dutch_sitemap


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_links_into_the_other_language(site: Site, language: str) -> None:
    for page in site.pages(language):
        if page.name == "404.html":  # links from the site root, for any missing URL
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for switcher in soup.select(".md-select"):
            switcher.decompose()
        folder = posixpath.dirname(relative(site, page))
        for tag in soup.select("a[href], link[href]"):
            href = str(tag["href"])
            if urlparse(href).scheme or href.startswith(("#", "mailto:")) or "alternate" in (tag.get("rel") or []):
                continue
            target = posixpath.normpath(posixpath.join(folder, urlparse(href).path))
            if target.startswith("assets/"):  # the theme's assets, one copy for both (test_site.py)
                continue
            in_english = target == "en" or target.startswith("en/")
            assert in_english == (language == "en"), f"{relative(site, page)} -> {href}"


@pytest.mark.parametrize(
    ("page", "twin"),
    [
        ("uitdaging/", "en/challenge/"),
        ("casestudies/logistics/", "en/case-studies/logistics/"),
        ("", "en/"),
        ("playbook/demo-cold-chain/", "en/playbook/demo-cold-chain/"),
    ],
)
def test_switcher_and_hreflang_point_at_the_same_page(site: Site, page: str, twin: str) -> None:
    for path, lang in ((page, "nl"), (twin, "en")):
        soup = site.soup(path)
        assert soup.html is not None
        assert soup.html["lang"] == lang
        folder = path.rstrip("/")
        links = {str(a["hreflang"]): str(a["href"]) for a in soup.select(".md-select__link")}
        assert posixpath.normpath(posixpath.join(folder, links["nl"])) == posixpath.normpath(page or ".")
        assert posixpath.normpath(posixpath.join(folder, links["en"])) == posixpath.normpath(twin)
        alternates = {str(x["hreflang"]): str(x["href"]) for x in soup.select('link[rel="alternate"][hreflang]')}
        assert alternates == {**links, "x-default": links["nl"]}  # relative: upstream's site_url is a placeholder


def test_english_pages_are_in_english(site: Site) -> None:
    soup = site.soup("en/change-models/")
    table = soup.select_one("#model-selection-table table")
    assert table is not None
    assert [th.get_text(strip=True) for th in table.select("thead th")] == ["Criterion", "ADKAR", "Kotter", "EASIER"]
    nav = [a.get_text(strip=True) for a in site.soup("en/index.html").select(".md-nav--primary .md-nav__link")]
    assert "The challenge" in nav
    assert "De uitdaging" not in nav
    assert site.soup("en/faq/").select_one("details#faq-budget summary") is not None


def test_company_page_in_english_keeps_the_company_texts(site: Site) -> None:
    soup = site.soup("en/playbook/voorbeeld-techniek/")
    text = " ".join(soup.get_text(" ").split())
    assert "machinebouw · 120 employees · IT team of 7 · starting 4 January 2027" in text
    rows = [[td.get_text(strip=True) for td in tr.select("td")] for tr in soup.select("#budget-reserves tbody tr")]
    assert rows == [
        ["15%", "€18,000", "€10,800", "€7,200"],
        ["20%", "€24,000", "€14,400", "€9,600"],
        ["25%", "€30,000", "€18,000", "€12,000"],
    ]
    assert "You plan €15,000; that is less than 15% (€18,000). €3,000 is missing." in text
    assert soup.select_one("#month-1") is not None
    assert soup.select_one("#month-1").get_text(strip=True).rstrip("¶") == "January 2027"  # type: ignore[union-attr]
    assert soup.select_one("#month-6").get_text(strip=True).rstrip("¶") == "June 2027"  # type: ignore[union-attr]
    assert "Month 6: 4 June 2027 to 3 July 2027" in text  # a six-month time frame: the roadmap compressed
    assert "Your time frame is 6 months: the roadmap's 12 months are compressed into 6" in text
    assert "Month 1: 4 January 2027 to 3 February 2027" in text
    assert "Datacatalogus opzetten" in text
    # The company writes Dutch: its texts are marked as Dutch on the English page.
    assert [span.get_text() for span in soup.select('p.lead [lang="nl"]')] == ["machinebouw"]


def test_each_language_has_its_own_search_index(site: Site) -> None:
    dutch = json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))
    english = json.loads((site.root / "en/search/search_index.json").read_text(encoding="utf-8"))
    assert dutch["config"]["lang"] == ["nl"]
    assert english["config"]["lang"] == ["en"]
    assert not [doc for doc in dutch["docs"] if doc["location"].startswith("en/")]
    titles_en = {doc["title"] for doc in english["docs"]}
    titles_nl = {doc["title"] for doc in dutch["docs"]}
    assert "The challenge: why so many AI projects in IT teams fall short" in titles_en
    assert "De uitdaging: waarom zoveel AI-projecten in IT-teams stranden" in titles_nl
    assert not titles_en & {"De uitdaging: waarom zoveel AI-projecten in IT-teams stranden"}


def test_a_missing_translation_is_a_validation_error(project_copy: Path) -> None:
    path = project_copy / "data/kpis.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.lstrip().startswith("en:"))
    del lines[index]
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load_content(project_copy / "data", root=project_copy)
    (error,) = caught.value.errors
    assert error.file == "data/kpis.yml"
    assert error.message == "expected an English text (en), got none"


def test_a_fork_puts_english_at_the_root(project_copy: Path, tmp_path: Path) -> None:
    (project_copy / "organization.yml").write_text(
        "default_language: en\nsite_url: https://playbook.acme.nl/\n", encoding="utf-8"
    )
    built = run_mkdocs(project_copy, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    site = Site(tmp_path / "site")
    assert site.soup("").html["lang"] == "en"  # type: ignore[index]
    assert site.soup("nl/").html["lang"] == "nl"  # type: ignore[index]
    assert (site.root / "change-models/index.html").is_file()
    assert (site.root / "nl/veranderingsmodellen/index.html").is_file()
    assert not (site.root / "en").exists()
    assert not (site.root / "nl/assets").exists()  # Dutch, under /nl/, links the root's copy of the theme's assets
    stylesheet = str(site.soup("nl/faq/").select_one('link[rel="stylesheet"]')["href"])  # type: ignore[index]
    assert stylesheet.startswith("../../assets/stylesheets/main.")
    assert (site.root / "nl/faq" / stylesheet).is_file()
    english = site.soup("change-models/")
    links = {str(a["hreflang"]): str(a["href"]) for a in english.select(".md-select__link")}
    assert links == {"nl": "../nl/veranderingsmodellen/", "en": "../change-models/"}
    alternates = {str(x["hreflang"]): str(x["href"]) for x in english.select('link[rel="alternate"][hreflang]')}
    assert alternates == {
        "nl": "https://playbook.acme.nl/nl/veranderingsmodellen/",
        "en": "https://playbook.acme.nl/change-models/",
        "x-default": "https://playbook.acme.nl/change-models/",
    }
    nav = {str(a["href"]) for a in site.soup("nl/faq/").select(".md-nav--primary a.md-nav__link[href]")}
    assert "../veranderingsmodellen/" in nav
    assert json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))["config"]["lang"] == ["en"]
    dutch_index = json.loads((site.root / "nl/search/search_index.json").read_text(encoding="utf-8"))
    assert dutch_index["config"]["lang"] == ["nl"]
    assert "https://playbook.acme.nl/change-models/</loc>" in (site.root / "sitemap.xml").read_text(encoding="utf-8")
    dutch_map = (site.root / "nl/sitemap.xml").read_text(encoding="utf-8")
    assert "https://playbook.acme.nl/nl/veranderingsmodellen/</loc>" in dutch_map
    assert (site.root / "robots.txt").read_text(encoding="utf-8").splitlines()[-2:] == [
        "Sitemap: https://playbook.acme.nl/nl/sitemap.xml",
        "Sitemap: https://playbook.acme.nl/sitemap.xml",
    ]


def test_each_language_gets_the_options_the_command_got(project_copy: Path, tmp_path: Path) -> None:
    built = run_mkdocs(project_copy, tmp_path / "site", "--no-directory-urls")
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "site/veranderingsmodellen.html").is_file()
    assert (tmp_path / "site/en/change-models.html").is_file()
    assert not [path.name for path in (tmp_path / "site").iterdir() if path.name.startswith(".")]
    assert not (project_copy / "docs/local").exists()  # the print footer is a file of the build, not of docs/


def test_a_failed_language_build_fails_the_build_and_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / ".en-x"
    folder.mkdir()

    class Failed:
        exitcode = 1

        def join(self) -> None:
            pass

    edition = editions.Edition("en", cast(BaseProcess, Failed()), folder)
    with pytest.raises(PluginError, match=r"^the build of en failed \(its messages are above\)$"):
        editions.finish([edition], tmp_path, lambda edition: None)
    assert not folder.exists()
    assert not (tmp_path / "en").exists()
