"""The reader's navigation: sections in both languages, visible on the home page, project pages apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook import Content
from playbook.models.common import Language
from playbook.site.navigation import navigation
from tests.conftest import Site
from tests.test_validation import errors_for


def test_an_unknown_section_is_reported_with_its_position(project_copy: Path) -> None:
    pages = project_copy / "data/pages.yml"
    text = pages.read_text(encoding="utf-8")
    line = text[: text.index("section: about")].count("\n") + 1  # the first page of the last section
    index = text[: text.index("section: about")].count("\n  - id: ") - 1
    pages.write_text(text.replace("section: about", "section: abuot", 1), encoding="utf-8")
    assert errors_for(project_copy) == [
        f"data/pages.yml:{line}:14: pages[{index}].section: expected a section id "
        "(basics, change, practice, reference, own, about), got 'abuot'"
    ]


@pytest.mark.parametrize(
    ("language", "section", "titles"),
    [
        ("nl", "De basis", ["De uitdaging", "Business case", "Veranderingsmodellen"]),
        ("en", "Reference", ["FAQ", "Conclusion", "Sources"]),
        ("nl", "Over dit playbook", ["Wat is er veranderd"]),  # the developers' page is left out
        ("en", "About this playbook", ["What changed"]),
    ],
)
def test_pages_sit_in_their_sections(content: Content, language: Language, section: str, titles: list[str]) -> None:
    nav = navigation(content.pages, language)
    groups = {next(iter(item)): next(iter(item.values())) for item in nav}
    assert [next(iter(entry)) for entry in groups[section]] == titles


@pytest.mark.parametrize(("prefix", "page"), [("", "bouwprestaties/"), ("en/", "en/build-performance/")])
def test_the_developers_page_is_built_but_not_in_the_readers_navigation(site: Site, prefix: str, page: str) -> None:
    assert site.soup(page).select_one("h1") is not None
    links = [str(a["href"]) for a in site.soup(f"{prefix}faq/").select("nav.md-nav--primary a[href]")]
    assert len(links) > 15
    assert not [href for href in links if "bouwprestaties" in href or "build-performance" in href]


@pytest.mark.parametrize(
    ("page", "sections", "companies"),
    [
        (
            "index.html",
            ["De basis", "De verandering", "Uitvoering", "Naslag", "Uw organisatie", "Over dit playbook"],
            "playbook/",
        ),
        (
            "en/index.html",
            [
                "The basics",
                "Making the change",
                "Putting it into practice",
                "Reference",
                "Your organisation",
                "About this playbook",
            ],
            "playbook/",
        ),
    ],
)
def test_the_home_page_shows_the_sections_and_links_the_company_playbooks(
    site: Site, page: str, sections: list[str], companies: str
) -> None:
    soup = site.soup(page)
    sidebar = soup.select_one(".md-sidebar--primary")
    assert sidebar is not None
    assert not sidebar.has_attr("hidden")
    found = [
        label.get_text(" ", strip=True)
        for label in soup.select(".md-nav--primary > .md-nav__list > .md-nav__item--section > label.md-nav__link")
    ]
    assert found == sections
    article = soup.select_one("article")
    assert article is not None
    assert companies in [str(a["href"]) for a in article.select("a[href]")]
    about = soup.select(".md-nav--primary > .md-nav__list > .md-nav__item--section")[-1]
    assert len(about.select("a.md-nav__link")) == 1  # only the project's own page (what changed)


@pytest.mark.parametrize(
    "page",
    [
        "playbook/voorbeeld-techniek/",
        "playbook/voorbeeld-techniek/summary/",
        "playbook/demo-cold-chain/summary/",
        "en/playbook/fictief-financieel/",
        "en/playbook/fictief-financieel/summary/",
    ],
)
def test_pages_outside_the_navigation_show_it_whole_with_working_links(site: Site, page: str) -> None:
    """The same entries as on a chapter, none active, and every address right from the page's own place."""
    chapter = "en/faq/" if page.startswith("en/") else "faq/"
    sidebar = site.soup(page).select_one("nav.md-nav--primary")
    assert sidebar is not None
    titles = [link.get_text(" ", strip=True) for link in sidebar.select("a.md-nav__link")]
    reference = site.soup(chapter).select_one("nav.md-nav--primary")
    assert reference is not None
    assert titles == [link.get_text(" ", strip=True) for link in reference.select("a.md-nav__link")]
    assert not sidebar.select(".md-nav__link--active")
    for link in sidebar.select("a[href]"):
        target = (site.root / page / str(link["href"])).resolve()
        assert (target / "index.html").is_file() or target.is_file(), f"{page}: {link['href']}"
