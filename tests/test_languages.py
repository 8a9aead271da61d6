"""The bilingual site: every page in both languages, no stray links across, locale formats, search per language."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

from playbook import DataErrors, load_content
from tests.conftest import Site


def relative(site: Site, page: Path) -> str:
    return page.relative_to(site.root).as_posix()


def test_every_page_exists_in_both_languages(site: Site) -> None:
    dutch = {relative(site, page) for page in site.pages("nl")}
    english = {relative(site, page).removeprefix("en/") for page in site.pages("en")}
    assert dutch == english
    assert len(dutch) > 20


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
            in_english = target == "en" or target.startswith("en/")
            assert in_english == (language == "en"), f"{relative(site, page)} -> {href}"


@pytest.mark.parametrize(
    ("page", "twin"), [("uitdaging/", "en/uitdaging/"), ("playbook/demo-cold-chain/", "en/playbook/demo-cold-chain/")]
)
def test_switcher_and_hreflang_point_at_the_same_page(site: Site, page: str, twin: str) -> None:
    for path, lang in ((page, "nl"), (twin, "en")):
        soup = site.soup(path)
        assert soup.html is not None
        assert soup.html["lang"] == lang
        folder = path.rstrip("/")
        links = {str(a["hreflang"]): str(a["href"]) for a in soup.select(".md-select__link")}
        assert posixpath.normpath(posixpath.join(folder, links["nl"])) == page.rstrip("/")
        assert posixpath.normpath(posixpath.join(folder, links["en"])) == twin.rstrip("/")
        alternates = {str(x["hreflang"]): str(x["href"]) for x in soup.select('link[rel="alternate"][hreflang]')}
        assert alternates == {**links, "x-default": links["nl"]}  # relative: upstream's site_url is a placeholder


def test_english_pages_are_in_english(site: Site) -> None:
    soup = site.soup("en/veranderingsmodellen/")
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
    assert soup.select_one("#month-12").get_text(strip=True).rstrip("¶") == "December 2027"  # type: ignore[union-attr]
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
