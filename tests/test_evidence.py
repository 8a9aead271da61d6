"""The evidence register as a reader uses it: by source, back to every citing place, the status always visible."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup, Tag

from playbook import Content
from playbook.models.common import Language
from playbook.models.evidence import EvidenceEntry
from playbook.render.blocks import evidence_anchor, evidence_links, source_anchor
from playbook.render.citations import placements
from playbook.render.context import RenderContext
from playbook.render.evidence import by_source
from tests.conftest import ROOT, Site, at

LANGUAGES = [("nl", ""), ("en", "en/")]
ARTICLE = ROOT.parent / "shared" / "seed" / "article.nl.txt"


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"[A-Za-zÀ-ÿ]+", name) if word[0].isupper()).casefold()


def _keys(name: str) -> set[str]:
    """What makes two spellings the same source: the first word, or an acronym of the other's capitals."""
    first = re.findall(r"[\w&]+", name.casefold())[0]
    return {first, _initials(name)} if len(_initials(name)) > 1 else {first}


def test_every_source_has_one_canonical_name(content: Content) -> None:
    names = sorted({e.source_key for e in content.evidence.evidence if e.source_key and not e.consulted})
    clashes = [
        (a, b)
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if re.findall(r"[\w&]+", a.casefold())[0] == re.findall(r"[\w&]+", b.casefold())[0]
        or re.findall(r"[\w&]+", a.casefold())[0] in _keys(b)
        or re.findall(r"[\w&]+", b.casefold())[0] in _keys(a)
    ]
    assert clashes == []


@pytest.mark.skipif(not ARTICLE.exists(), reason="needs the source article beside the project")
def test_the_spelling_as_written_is_the_articles(content: Content) -> None:
    article = ARTICLE.read_text(encoding="utf-8").replace("“", "‘").replace("”", "’")
    for entry in content.evidence.evidence:
        if entry.as_written:
            assert entry.as_written in article, entry.id
            assert entry.as_written != entry.source_key, entry.id


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (["Gartner", "IDC", None, "Bitkom"], ["Bitkom", "Gartner", "IDC", None]),
        (["mit", "McKinsey", "MIT Sloan"], ["McKinsey", "mit", "MIT Sloan"]),
        ([None, "PwC", None], ["PwC", None]),
    ],
)
def test_register_groups_sources_alphabetically_unattributed_last(
    sources: list[str | None], expected: list[str | None]
) -> None:
    entries = [
        EvidenceEntry.model_validate({"id": f"e{i}", "figure": {"nl": "1"}, "claim": {"nl": "x"}, "source": s})
        for i, s in enumerate(sources)
    ]
    assert list(by_source(entries)) == expected


@pytest.mark.parametrize(
    ("source", "anchor"),
    [
        ("Gartner", "src-gartner"),
        ("Frost & Sullivan", "src-frost-sullivan"),
        ("BPM&O", "src-bpm-o"),
        ("Technische Universiteit München", "src-technische-universiteit-munchen"),
        (None, "src-unattributed"),
    ],
)
def test_source_anchor(source: str | None, anchor: str) -> None:
    assert source_anchor(source) == anchor


def test_placements_read_the_macro_calls_of_each_page() -> None:
    pages = {
        "a.md": '{{ page_intro("challenge") }}\n\n{{ section("challenge", "headline") }}',
        "b.md": "{{ faq() }}\n{{ model_details('adkar') }}",
    }
    assert placements(pages) == {
        "page:challenge": "a.md",
        "section:challenge/headline": "a.md",
        "faq": "b.md",
        "model:adkar": "b.md",
    }


def test_one_tag_per_source_in_a_paragraph(content: Content) -> None:
    ids = ["gartner-2024-no-business-case", "gartner-2024-missing-competences", "mckinsey-2024-ai-failure-rate"]
    html = evidence_links(RenderContext(content, "nl", "uitdaging.md"), ids)
    assert html.count("evidence-ref") == 2
    assert '[Gartner, 2024](bronnen.md#src-gartner "' in html
    assert "(bronnen.md#ev-mckinsey-2024-ai-failure-rate" in html
    assert html.count('class="evidence-mark"') == 2


@pytest.mark.parametrize(("language", "prefix"), LANGUAGES)
def test_every_entry_links_back_to_pages_that_cite_it(site: Site, language: str, prefix: str) -> None:
    register = site.soup(at("bronnen/", prefix))
    pages: dict[str, BeautifulSoup] = {}
    for span in register.select(".evidence-source span[id^=ev-]"):  # legal texts link their official text
        entry_id = str(span["id"]).removeprefix("ev-")
        row = span.find_parent("tr")
        assert isinstance(row, Tag)
        back = row.select("td")[-1].select("a")
        assert back, f"{entry_id} links back to no page"
        for link in back:
            target = urljoin(at("bronnen/", prefix), str(link["href"]))
            path, _, anchor = target.partition("#")
            soup = pages.setdefault(path, site.soup(path))
            if anchor:
                assert soup.select_one(f"#{anchor}") is not None, target
            cited = [ref for a in soup.select("a.evidence-ref") for ref in str(a["data-evidence"]).split()]
            assert entry_id in cited, f"{target} does not cite {entry_id}"


@pytest.mark.parametrize(("language", "prefix"), LANGUAGES)
def test_register_has_a_heading_per_source(site: Site, content: Content, language: Language, prefix: str) -> None:
    register = site.soup(at("bronnen/", prefix))
    figures = [entry for entry in content.evidence.evidence if not entry.consulted]
    for source, entries in by_source(figures, language).items():
        heading = register.select_one(f"h2#{source_anchor(entries[0].source_name(language))}")
        assert heading is not None, source
        if source:
            assert heading.get_text(strip=True).rstrip("¶") == entries[0].source_name(language)
        table = heading.find_next("table")
        assert isinstance(table, Tag)
        assert [str(s["id"]) for s in table.select("span[id^=ev-]")] == [evidence_anchor(e.id) for e in entries]


@pytest.mark.parametrize(
    ("prefix", "heading", "anchor", "cited_as", "as_written"),
    [
        ("", "TU Berlijn", "src-tu-berlijn", "Competentiecentrum voor AI-integratie, 2024", None),
        (
            "en/",
            "TU Berlin",
            "src-tu-berlin",
            "Competence Centre for AI Integration, 2024",
            "Duitse Instituut voor Economisch Onderzoek",
        ),
    ],
)
def test_sources_are_named_in_the_pages_language(
    site: Site, prefix: str, heading: str, anchor: str, cited_as: str, as_written: str | None
) -> None:
    register = site.soup(at("bronnen/", prefix))
    assert heading in [h.get_text(strip=True).rstrip("¶") for h in register.select("h2[id^=src-]")]
    # Each language's address names the source in its own words.
    assert [h.get_text(strip=True).rstrip("¶") for h in register.select(f"h2#{anchor}")] == [heading]
    assert cited_as in [a.get_text(strip=True) for a in site.soup(f"{prefix}faq/").select("a.evidence-ref")]
    # The article's own (Dutch) spelling is quoted, and marked as Dutch on English pages.
    marked = [span.get_text() for span in register.select('.evidence-source span[lang="nl"]')]
    assert (as_written in marked) if as_written else marked == []


@pytest.mark.parametrize(
    ("language", "prefix", "legend"),
    [
        ("nl", "", "Cijfers met dit teken komen uit het bronartikel en zijn niet onafhankelijk geverifieerd."),
        ("en", "en/", "Figures with this mark come from the source article and have not been independently verified."),
    ],
)
def test_each_page_with_marks_explains_them_once(site: Site, language: str, prefix: str, legend: str) -> None:
    seen = 0
    for page in site.pages(language):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article")
        if article is None:
            continue
        marks = article.select("a.evidence-ref + sup.evidence-mark")
        legends = article.select("p.evidence-legend")
        # the article's figures carry the mark; legal texts link their official text and need none
        assert len(marks) == len(article.select("a.evidence-ref:not(.legal-ref):not(.guidance-ref)")), page
        assert len(legends) == (1 if marks else 0), page
        if marks:
            seen += 1
            assert legends[0].get_text(" ", strip=True).startswith(f"* {legend}"), page
            for paragraph in article.select("p, li, td"):
                labels = [a.get_text() for a in paragraph.find_all("a", class_="evidence-ref", recursive=False)]
                assert len(labels) == len(set(labels)), (page, labels)
    assert seen > 10
