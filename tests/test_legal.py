"""Legal sources: every link goes to the article in the official text in the page's language; every statement
has a status, the date it applies from in the page's words, and a checked date the build watches."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup

from playbook import Content
from playbook.loading.content import load_content
from playbook.models.common import Language
from playbook.models.evidence import EvidenceEntry
from playbook.render.context import RenderContext
from playbook.render.legal import applies, legal_link, stale_statements
from tests.conftest import ROOT, Site

CONTENT = load_content(ROOT / "data", root=ROOT)
LEGAL = [entry for entry in CONTENT.evidence.evidence if entry.kind == "legal"]

LANGUAGE_CODES: tuple[tuple[Language, str], ...] = (("nl", "NL"), ("en", "EN"))
LINK_FORMS: dict[Language, list[re.Pattern[str]]] = {
    language: [
        re.compile(rf"https://eur-lex\.europa\.eu/legal-content/{code}/TXT/\?uri=CELEX:32024R1689#art_\d+"),
        re.compile(rf"https://eur-lex\.europa\.eu/legal-content/{code}/TXT/\?uri=CELEX:32016R0679#art_\d+"),
        re.compile(rf"https://eur-lex\.europa\.eu/legal-content/{code}/TXT/\?uri=CELEX:52025PC0836"),
        re.compile(rf"https://www\.europarl\.europa\.eu/doceo/document/TA-10-2026-0198_{code}\.pdf"),
        re.compile(r"https://wetten\.overheid\.nl/BWBR0002747/#Hoofdstuk[IVX]+[A-Z]?_Artikel\d+[a-z]?"),
        re.compile(r"https://(www\.)?autoriteitpersoonsgegevens\.nl/[a-z0-9/-]+"),
    ]
    for language, code in LANGUAGE_CODES
}
"""The one form a legal link may take on a page in each language: the article, in that language's text."""


def article_of(entry: EvidenceEntry) -> str | None:
    """The article number the figure names ('AI Act, Article 26' -> '26'), or None for a non-article source."""
    found = re.search(r"(?:artikel|Article) (\d+[a-z]?)", entry.figure.nl + " " + (entry.figure.en or ""))
    return found.group(1) if found else None


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("entry", LEGAL, ids=[entry.id for entry in LEGAL])
def test_every_legal_source_links_its_article_in_the_pages_language(entry: EvidenceEntry, language: Language) -> None:
    link = entry.link(language)
    assert link is not None
    assert any(form.fullmatch(link) for form in LINK_FORMS[language]), link
    article = article_of(entry)
    if article and ("eur-lex" in link or "wetten.overheid" in link):
        assert link.endswith((f"#art_{article}", f"_Artikel{article}")), (entry.id, link)


@pytest.mark.parametrize("entry", LEGAL, ids=[entry.id for entry in LEGAL])
def test_every_legal_statement_has_a_status_and_a_checked_date(entry: EvidenceEntry) -> None:
    assert entry.status in ("proposed", "adopted", "published", "guidance")
    assert entry.checked is not None
    if entry.status == "published":
        assert entry.official_journal
    if entry.status == "adopted":  # not confirmed in the Official Journal: the page says so
        assert entry.status_note is not None
        assert "Publicatieblad" in entry.status_note.nl


@pytest.mark.parametrize(
    ("entry_id", "today", "language", "expected"),
    [
        ("ai-act-art-5", dt.date(2026, 12, 4), "nl", "geldt sinds 2 februari 2025"),
        ("ai-act-art-26", dt.date(2026, 12, 4), "nl", "geldt vanaf 2 december 2027"),
        ("ai-act-art-26", dt.date(2027, 12, 2), "nl", "geldt sinds 2 december 2027"),
        ("ai-act-art-26", dt.date(2026, 12, 4), "en", "applies from 2 December 2027"),
        ("ai-act-art-50", dt.date(2026, 12, 4), "en", "applies since 2 August 2026"),
        ("wor-art-27", dt.date(2026, 12, 4), "nl", ""),
    ],
)
def test_since_or_from_counts_from_the_build_date(
    entry_id: str, today: dt.date, language: Language, expected: str
) -> None:
    entry = next(e for e in LEGAL if e.id == entry_id)
    assert applies(RenderContext(CONTENT, language, today=today), entry) == expected


def test_a_link_shows_status_checked_date_and_when_it_applies() -> None:
    entry = next(e for e in LEGAL if e.id == "ai-act-art-26")
    html = legal_link(RenderContext(CONTENT, "nl", today=dt.date(2026, 12, 4)), entry)
    link = BeautifulSoup(html, "html.parser")
    anchor = link.select_one("a.legal-ref")
    assert anchor is not None
    assert anchor["href"] == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32024R1689#art_26"
    assert anchor["title"] == (
        "Primaire bron: wettekst, aangenomen, bekendmaking niet bevestigd, gecontroleerd op 4 december 2026"
    )
    assert link.get_text() == "AI-verordening, artikel 26 (geldt vanaf 2 december 2027)"


def test_the_build_notes_statements_checked_long_ago() -> None:
    assert stale_statements(LEGAL, dt.date(2027, 5, 31)) == []
    notes = stale_statements(LEGAL, dt.date(2027, 6, 2))
    assert notes[0] == (
        "data/evidence.yml: gdpr-art-35: checked on 2026-12-02, 182 days before the build (2027-06-02); "
        "read the text again and update `checked`"
    )
    assert {note.split(": ")[1] for note in notes} == {e.id for e in LEGAL if e.checked == dt.date(2026, 12, 2)}


@pytest.mark.parametrize(("language", "prefix"), [("nl", ""), ("en", "en/")])
def test_every_legal_link_on_the_site_has_its_languages_form(site: Site, language: Language, prefix: str) -> None:
    seen = 0
    for page in site.pages(language):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("a.legal-ref, .legal-register a[href^='https://']"):
            href = str(link["href"])
            assert any(form.fullmatch(href) for form in LINK_FORMS[language]), (page, href)
            assert "/eli/reg/" not in href
            seen += 1
    assert seen > 50


def test_the_rules_chapter_says_when_each_statement_applies(site: Site, content: Content) -> None:
    soup = site.soup("regels/")
    dates = [span.get_text() for span in soup.select(".legal-applies")]
    assert "(geldt sinds 2 februari 2025)" in dates
    assert "(geldt vanaf 2 december 2027)" in dates
    english = site.soup("en/rules/")
    assert "(applies since 2 August 2026)" in [span.get_text() for span in english.select(".legal-applies")]
