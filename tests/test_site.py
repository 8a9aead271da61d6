"""The built site, as a reader gets it: every block of content on its page, nothing left raw."""

from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup, Tag

from playbook import Content
from playbook.render.blocks import evidence_anchor
from tests.conftest import Site, at

LEGAL_STATUS = {"nl": "Primaire bron: ", "en": "Primary source: "}
"""What a legal source says of itself, on the register and in the title of every link to it."""
GUIDANCE_STATUS = {
    "nl": "Nederlandse overheidsbron, door ons geraadpleegd op 4 december 2026",
    "en": "Dutch public source, consulted by us on 4 December 2026",
}
"""What a Dutch public body's guidance says of itself."""


def elements(content: Content, model_id: str) -> list[str]:
    return [element.key for element in content.change_models[model_id].elements]


@pytest.mark.parametrize(("model_id", "count"), [("adkar", 5), ("kotter", 8), ("easier", 6)])
def test_change_models_show_every_element(site: Site, content: Content, model_id: str, count: int) -> None:
    box = site.soup("veranderingsmodellen/").select_one(f"#{model_id}-elements")
    assert box is not None
    items = box.select("ol > li")
    assert len(items) == count == len(elements(content, model_id))
    for item, key in zip(items, elements(content, model_id), strict=True):
        assert item.get_text(strip=True).startswith(key)


def test_kotter_marks_the_four_sme_focus_steps(site: Site) -> None:
    box = site.soup("veranderingsmodellen/").select_one("#kotter-elements")
    assert box is not None
    marked = [index for index, item in enumerate(box.select("ol > li"), start=1) if item.select_one("svg, .twemoji")]
    assert marked == [1, 3, 6, 7]


def test_model_selection_table_has_five_criteria_for_three_models(site: Site, content: Content) -> None:
    table = site.soup("veranderingsmodellen/").select_one("#model-selection-table table")
    assert table is not None
    assert [th.get_text(strip=True) for th in table.select("thead th")] == ["Criterium", "ADKAR", "Kotter", "EASIER"]
    sources = [ref.get_text() for ref in table.select("tbody tr")[2].select("a.evidence-ref")]
    assert sources == ["bronartikel, zonder bron"]
    for ref in table.select("a.evidence-ref, sup.evidence-mark"):
        ref.decompose()
    rows = [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")]
    assert [row[0] for row in rows] == [c.title.nl for c in content.model_selection.criteria]
    assert len(rows) == 5
    assert all(len(row) == 4 and all(row) for row in rows)


def test_roadmap_has_49_labelled_checkboxes_under_their_months(site: Site, content: Content) -> None:
    soup = site.soup("roadmap/")
    boxes = soup.select("ul.checklist input[type=checkbox]")
    activities = content.roadmap.activities()
    assert len(boxes) == len(activities) == 49
    for box, activity in zip(boxes, activities, strict=True):
        label = soup.select_one(f"label[for={box['id']}]")
        assert label is not None
        assert label.get_text(strip=True) == activity.title.nl
        heading = box.find_previous("h3")
        assert isinstance(heading, Tag)
        assert heading["id"] == f"month-{int(activity.id[1:3])}"


def test_roadmap_timeline_links_every_month_and_phase(site: Site) -> None:
    soup = site.soup("roadmap/")
    links = [a["href"] for a in soup.select(".roadmap-timeline a")]
    for href in links:
        assert soup.select_one(str(href)) is not None, href
    assert [f"#month-{n}" for n in range(1, 13)] == [h for h in links if str(h).startswith("#month-")]


def test_every_faq_question_is_a_collapsible_block_with_an_anchor(site: Site, content: Content) -> None:
    soup = site.soup("faq/")
    for entry in content.faq.faq:
        block = soup.select_one(f"details#faq-{entry.id}")
        assert block is not None, entry.id
        summary = block.select_one("summary")
        assert summary is not None
        assert summary.get_text(strip=True) == entry.question.nl
        assert summary.select_one("a") is None
        permalink = block.select_one(f'.faq-permalink a[href="#faq-{entry.id}"]')
        assert permalink is not None
        assert permalink.get_text() == "Link naar deze vraag"
    assert len(soup.select("details.faq")) == 10


@pytest.mark.parametrize(
    ("prefix", "question", "words", "rules"),
    [
        ("", "works-council", "ondernemingsraad", "regels/"),
        ("", "gdpr", "AVG", "regels/"),
        ("", "ai-act", "AI-verordening", "regels/"),
        ("en/", "works-council", "works council", "en/rules/"),
        ("en/", "gdpr", "GDPR", "en/rules/"),
        ("en/", "ai-act", "AI Act", "en/rules/"),
    ],
)
def test_faq_answers_the_legal_questions_and_links_the_rules(
    site: Site, prefix: str, question: str, words: str, rules: str
) -> None:
    block = site.soup(f"{prefix}faq/").select_one(f"details#faq-{question}")
    assert block is not None
    summary = block.select_one("summary")
    assert summary is not None
    assert words in summary.get_text()
    links = [str(a["href"]) for a in block.select("a[href]")]
    assert any(href.rstrip("/").endswith(rules.removeprefix("en/").rstrip("/")) for href in links), links


@pytest.mark.parametrize(
    ("language", "prefix", "status"),
    [
        ("nl", "", "Geciteerd door het bronartikel, niet onafhankelijk geverifieerd"),
        ("en", "en/", "Cited by the source article, not independently verified"),
    ],
)
def test_every_evidence_entry_is_on_the_register_and_linked_from_a_page(
    site: Site, content: Content, language: str, prefix: str, status: str
) -> None:
    register = site.soup(at("bronnen/", prefix))
    linked: set[str] = set()
    for page in site.pages(language):
        if page.parent.name in ("bronnen", "sources"):
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("a.legal-ref"):
            assert str(link["href"]).startswith("https://"), link
            assert str(link["title"]).startswith(LEGAL_STATUS[language])
            linked.add(str(link["data-evidence"]))
        for link in soup.select("a.guidance-ref"):
            assert str(link["href"]).startswith("https://"), link
            assert link["title"] == GUIDANCE_STATUS[language]
            linked.add(str(link["data-evidence"]))
        for link in soup.select("a.evidence-ref:not(.legal-ref):not(.guidance-ref)"):
            href = str(link["href"])
            assert re.search(r"(bronnen|sources)/#(ev|src)-", href), href
            assert register.select_one(f"#{href.split('#', 1)[1]}") is not None, href
            assert link["title"] == status
            linked.update(str(link["data-evidence"]).split())
    for entry in content.evidence.evidence:
        row = register.select_one(f"#{evidence_anchor(entry.id)}")
        assert row is not None, entry.id
        expected = {"legal": LEGAL_STATUS[language], "guidance": GUIDANCE_STATUS[language]}.get(entry.kind, status)
        assert expected in row.find_parent("tr").get_text()  # type: ignore[union-attr]
        assert entry.id in linked, f"{entry.id} is referenced from no page"


def test_no_quoted_person_is_named(site: Site) -> None:
    names = ["Nadella", "Drucker", "Carsten", "Franz Berger", "Sabine", "Markus Weber", "Christine", "Andrea Weber"]
    for page in site.pages():
        text = page.read_text(encoding="utf-8")
        assert not [name for name in names if name in text], page


def test_no_unrendered_template_syntax_outside_scripts(site: Site) -> None:
    for page in site.pages():
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for script in soup.select("script"):
            script.decompose()
        text = str(soup)
        assert "{{" not in text, page
        assert "{%" not in text, page


LOADING_LINKS = {"stylesheet", "preload", "modulepreload", "prefetch", "icon", "manifest", "dns-prefetch"}


def test_no_resource_is_loaded_from_a_third_party_host(site: Site) -> None:
    for page in site.pages():
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        urls = [str(tag["src"]) for tag in soup.select("[src]")]
        urls += [str(tag["href"]) for tag in soup.select("link[href]") if LOADING_LINKS & set(tag.get("rel") or [])]
        for url in urls:
            assert not urlparse(url).netloc, f"{page}: {url}"
    for css in site.root.rglob("*.css"):
        assert not re.search(r"(url\(|@import)\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css


def test_search_is_dutch_and_indexes_every_chapter(site: Site) -> None:
    index = json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"]
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert {"uitdaging/", "veranderingsmodellen/", "roadmap/", "faq/", "bronnen/", "playbook/"} <= locations
    assert site.soup("index.html").html["lang"] == "nl"  # type: ignore[index]


def test_company_plans_stay_out_of_the_site_search(site: Site) -> None:
    for language in ("", "en/"):
        index = json.loads((site.root / language / "search/search_index.json").read_text(encoding="utf-8"))
        company_pages = {
            doc["location"].split("#")[0] for doc in index["docs"] if doc["location"].startswith("playbook/")
        }
        assert company_pages == {"playbook/"}, language  # the index and its portfolio section, no company page


def test_the_search_worker_loads_the_dutch_aware_extension(site: Site) -> None:
    for page in ("faq/", "en/faq/"):
        config = json.loads(str(site.soup(page).select_one("#__config").string))  # type: ignore[union-attr]
        worker = (site.root / page / config["search"]).resolve()
        workers = site.root / "assets/javascripts/workers"
        assert worker.parent == workers.resolve(), page  # one worker for both languages, each with its own index
        (extension,) = workers.glob("playbook-search.*.js")
        assert json.loads((site.root / page / config["base"] / "search/search_index.json").read_bytes())["config"][
            "lang"
        ] == [page[:2] if page.startswith("en/") else "nl"]
        digest = hashlib.sha256(extension.read_bytes()).hexdigest()[:8]
        assert extension.name == f"playbook-search.{digest}.js"
        assert worker.read_text(encoding="utf-8").endswith(f'\n;importScripts("{extension.name}");\n')
        assert "lunr.QueryParser.prototype.parse" in extension.read_text(encoding="utf-8")


def test_budget_guidance_shows_dutch_money_and_ranges(site: Site) -> None:
    text = site.soup("business-case/").get_text(" ")
    assert "€ 1.500 – € 3.000 per medewerker" in text
    assert "€ 20.000 – € 50.000" in text
    assert "bij een project van € 100.000 tot € 150.000 is dat € 15.000 tot € 30.000" in text
    assert "5–10\u00a0% van de werktijd" in text


def test_case_studies_have_cards_and_pages_with_every_result(site: Site, content: Content) -> None:
    cards = site.soup("casestudies/").select(".case-cards > ul > li > p > strong > a")
    assert [str(a["href"]) for a in cards] == [f"{case.id}/" for case in content.case_studies]
    for case in content.case_studies:
        page = site.soup(f"casestudies/{case.id}/")
        h1 = page.select_one("h1")
        assert h1 is not None
        assert h1.get_text(strip=True).rstrip("¶") == case.title.nl
        results = page.select_one("#results")
        assert results is not None
        items = results.find_next("ul").select("li")  # type: ignore[union-attr]
        assert len(items) == len(case.results)
        for item, result in zip(items, case.results, strict=True):
            if result.figure:
                assert item.get_text().startswith(result.figure.nl)


def test_checkbox_ids_are_unique_on_every_page(site: Site) -> None:
    for page in site.pages():
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        ids = [str(tag["id"]) for tag in soup.select("[id]")]
        assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


LINKED = re.compile(r'(?:href|src)="([^"#?]+)[^"]*"|"search": "([^"]+)"')
"""What a page loads or links within the site: addresses in attributes, and the search worker Material runs."""


def test_english_pages_use_the_one_copy_of_the_theme_assets(site: Site) -> None:
    """Material's assets once, at the root: every English page links the root's, and each of them exists."""
    assert not (site.root / "en/assets").exists()
    assert (site.root / "en/search/search_index.json").is_file()
    theme_links = 0
    for page in site.pages("en"):
        for found in LINKED.finditer(page.read_text(encoding="utf-8")):
            address = found.group(1) or found.group(2)
            if urlparse(address).scheme or address.startswith("//"):
                continue  # another host (the site's own are relative)
            # the 404 page's addresses start at site_url's path (example.org/playbook/)
            target = (site.root if address.startswith("/") else page.parent) / address.removeprefix("/playbook/")
            assert target.exists(), f"{page.relative_to(site.root)} links {address}"
            if "assets/" in address:
                assert site.root / "assets" in target.resolve().parents, (page, address)
                theme_links += 1
    assert theme_links == 5 * len(site.pages("en"))  # icon, stylesheet, colours, script, search worker


@pytest.mark.parametrize(
    "page", ["index.html", "roadmap/", "playbook/demo-cold-chain/", "en/playbook/demo-cold-chain/"]
)
def test_only_the_screen_stylesheets_hold_up_the_first_paint(site: Site, page: str) -> None:
    """Every script waits for the page (`defer`), Material's too; print-only styles are linked for print."""
    soup = site.soup(page)
    blocking = [
        str(link["href"]).rsplit("/", 1)[-1].split(".")[0]
        for link in soup.select('link[rel="stylesheet"]')
        if link.get("media") != "print"
    ]
    assert blocking == ["main", "palette", "playbook"]
    scripts = soup.select("script[src]")
    assert [script.has_attr("defer") for script in scripts] == [True] * 6
    assert "bundle." in str(scripts[0]["src"])  # Material's first: the site's scripts run after it
    printed = {str(link["href"]).rsplit("/", 1)[-1] for link in soup.select('link[rel="stylesheet"][media="print"]')}
    assert printed == {"print.css", "print-footer.css"}
