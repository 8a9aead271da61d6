"""Each page describes itself from its data, for search results and link previews."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from playbook import Content
from playbook.models.common import Language
from playbook.render.descriptions import MAX_LENGTH, page_description, plain_text, shorten
from playbook.site.data import load_site_data
from tests.conftest import ROOT, Site


def description(site: Site, page: str) -> str:
    meta = site.soup(page).select_one('meta[name="description"]')
    assert meta is not None, page
    return str(meta["content"])


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("Zie **vet** en [de regels](regels.md#x).", "Zie vet en de regels."),
        ("Een lead\n{ .lead }", "Een lead"),
        ("<span>Tekst</span>  met   ruimte", "Tekst met ruimte"),
    ],
)
def test_plain_text(markdown: str, plain: str) -> None:
    assert plain_text(markdown) == plain


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Kort genoeg.", 20, "Kort genoeg."),
        ("Eerste zin. Tweede zin die te lang is.", 20, "Eerste zin."),
        ("Een heel lange zin zonder einde binnen de grens", 20, "Een heel lange zin…"),
    ],
)
def test_shorten_keeps_whole_sentences_or_words(text: str, limit: int, expected: str) -> None:
    assert shorten(text, limit) == expected
    assert len(shorten(text, limit)) <= limit


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("uitdaging/", "Bijna elk bedrijf investeert in AI"),
        ("en/challenge/", "Almost every company is putting money into AI"),
        ("casestudies/logistics/", "Logistiekbedrijf"),
        ("playbook/demo-cold-chain/", "Het plan van Demo Cold Chain Ltd om AI in te voeren"),
        ("en/playbook/demo-cold-chain/summary/", "Summary for the board of Demo Cold Chain Ltd"),
    ],
)
def test_a_page_is_described_from_its_data(site: Site, page: str, expected: str) -> None:
    assert description(site, page).startswith(expected)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_content_pages_have_descriptions_of_their_own(site: Site, content: Content, language: Language) -> None:
    prefix = "" if language == "nl" else "en/"
    pages = [
        f"{prefix}{content.pages.served_path(page.file, language)}"
        for page in content.pages.pages
        if page.lead or page.id in content.chapters
    ]
    found = [description(site, page) for page in pages]
    assert len(found) >= 15
    assert [text for text, times in Counter(found).items() if times > 1] == []
    assert all(0 < len(text) <= MAX_LENGTH + 10 for text in found), found  # + entities such as &#x27;


def test_a_company_name_is_escaped_in_its_description(content: Content) -> None:
    book = load_site_data(ROOT).books[0]
    profile = book.company.profile.model_copy(update={"name": 'Acme "<b>"'})
    hostile = replace(book, company=replace(book.company, profile=profile))
    text = page_description(content, [hostile], f"playbook/{book.company.slug}.md", "en")
    assert text is not None
    assert "<b>" not in text
    assert '"' not in text
    assert "Acme &quot;&lt;b&gt;&quot;" in text
