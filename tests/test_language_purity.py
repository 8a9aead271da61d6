"""Each edition in its own language: the text a reader sees on a page holds no words of the other language.

The check reads the built HTML as a reader meets it: every text node, and the tooltips and labels a reader or
a screen reader gets (`title`, `aria-label`, `alt`, `placeholder`), leaving out scripts and styles and every
element marked with its own `lang` (a Dutch company's use case on an English page, the English build report
on the Dutch site). A word of the other language's stop list is a leak.

The stop lists hold words that occur only in their own language: the function words a sentence cannot do
without, and a few words that mark a Dutch name of something that English names otherwise (*Universiteit*,
*Instituut*, *Berlijn*). Words both languages write (*is*, *of*, *team*, *met*, *over*) are left out: they
would flag every page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Comment, Tag

from tests.conftest import Site, at

FUNCTION_WORDS_NL = (
    "het een van naar deze voor niet wordt zijn worden bij ook maar door uit welke moet kunnen dit dat aan op te"
)
NAME_WORDS_NL = (
    "volgens bronartikel middelgrote bedrijven medewerkers gemiddeld onderzoek universiteit instituut vereniging "
    "ondernemingen citaat directeur berlijn duits duitse sectie"
)
"""Words that give away a Dutch name or label: sources, attributions, the interface."""
FUNCTION_WORDS_EN = (
    "the and with which should this that from are your will have has been their would could into about when what "
    "for these those our its"
)
DUTCH = frozenset(f"{FUNCTION_WORDS_NL} {NAME_WORDS_NL}".split())
ENGLISH = frozenset(FUNCTION_WORDS_EN.split())
STOP_WORDS = {"en": DUTCH, "nl": ENGLISH}
"""On a page of the key's language, the words that must not appear."""

PROPER_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Autoriteit Persoonsgegevens",),  # the Dutch data protection authority's own name
    "nl": (),
}
"""Names that keep their own language on every page; removed before the words are read."""

VISIBLE_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
HIDDEN_ELEMENTS = ("script", "style", "noscript", "template")


def visible_texts(html: str, language: str) -> list[str]:
    """The texts a reader of ``language`` meets on the page, without those marked with another language."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(HIDDEN_ELEMENTS):
        hidden.decompose()
    for marked in soup.select("[lang]"):
        if marked.name != "html" and not marked.decomposed and marked.get("lang") != language:
            marked.decompose()
    texts = [str(text) for text in soup.find_all(string=True) if not isinstance(text, Comment)]
    for element in soup.find_all(True):
        if isinstance(element, Tag):
            texts += [str(element[name]) for name in VISIBLE_ATTRIBUTES if element.has_attr(name)]
    return [text for text in (" ".join(t.split()) for t in texts) if text]


def leaks(html: str, language: str) -> list[str]:
    """'word: in its text' for every stop word of the other language on a page of ``language``."""
    found = []
    for text in visible_texts(html, language):
        named = text
        for name in PROPER_NAMES[language]:
            named = named.replace(name, "")
        words = {word for word in re.findall(r"[^\W\d_]+", named) if word.casefold() in STOP_WORDS[language]}
        found += [f"{word}: {text[:120]}" for word in sorted(words)]
    return found


@pytest.mark.parametrize(
    ("html", "language", "expected"),
    [
        ('<p>Link to <a title="Link naar deze sectie" href="#a">this</a></p>', "en", ["deze", "naar", "sectie"]),
        ('<p>Check whether <span lang="nl">Samenvatten van klantdossiers</span> needs a DPIA.</p>', "en", []),
        (
            '<div lang="en"><h2>Where the time goes</h2><p lang="en">and</p></div><p>Waar de tijd heen gaat</p>',
            "nl",
            [],
        ),
        ("<p>Source: Universiteit St. Gallen</p>", "en", ["Universiteit"]),
        ("<p>Recognize (Recognise)</p><script>var the = 1;</script>", "en", []),
        ("<p>Bron: Autoriteit Persoonsgegevens</p>", "en", []),
        ('<button aria-label="Open the menu"></button>', "nl", ["the"]),
    ],
)
def test_the_check_reads_what_a_reader_sees(html: str, language: str, expected: list[str]) -> None:
    assert [leak.split(":")[0] for leak in leaks(html, language)] == expected


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_holds_words_of_the_other_language(site: Site, language: str) -> None:
    found = {}
    for page in site.pages(language):
        page_leaks = leaks(page.read_text(encoding="utf-8"), language)
        if page_leaks:
            found[str(Path(page).relative_to(site.root))] = sorted(set(page_leaks))
    assert found == {}


@pytest.mark.parametrize(
    ("page", "language", "marked"),
    [
        # A Dutch company's own texts on its English page, and an English company's on its Dutch page.
        ("en/playbook/fictief-financieel/", "nl", "Samenvatten van klantdossiers"),
        ("en/playbook/fictief-financieel/", "nl", "financiële dienstverlening"),
        ("playbook/demo-cold-chain/", "en", "refrigerated logistics"),
        # The build report is written in English; the Dutch site says so to the browser.
        ("bouwprestaties/", "en", "Where the time goes"),
        # The models' original element names, beside their Dutch titles.
        ("veranderingsmodellen/", "en", "Create urgency"),
    ],
)
def test_text_in_another_language_is_marked(site: Site, page: str, language: str, marked: str) -> None:
    soup = site.soup(page)
    assert any(marked in element.get_text() for element in soup.select(f'main [lang="{language}"]')), marked


@pytest.mark.parametrize(("prefix", "title"), [("", "Link naar deze sectie"), ("en/", "Link to this section")])
def test_permalinks_are_titled_in_the_pages_language(site: Site, prefix: str, title: str) -> None:
    titles = {str(link["title"]) for link in site.soup(at("acceptatie/", prefix)).select("a.headerlink")}
    assert titles == {title}


PERCENT_SLIPS = {"en": re.compile(r"\d[ \u00a0]%"), "nl": re.compile(r"\d%")}
"""The other language's notation: English writes '68%', Dutch '68 %' (CONTRIBUTING.md, house style)."""


@pytest.mark.parametrize("language", ["nl", "en"])
def test_percentages_are_written_in_the_pages_notation(site: Site, language: str) -> None:
    found = {}
    for page in site.pages(language):
        html = page.read_text(encoding="utf-8")
        # What a reader sees: a value in bold and its unit are one run of text ('<strong>68</strong>% of ...').
        html = re.sub(r"</?(strong|em|b)>", "", html)
        slips = [t for t in visible_texts(html, language) if PERCENT_SLIPS[language].search(t)]
        if slips:
            found[str(page.relative_to(site.root))] = slips
    assert found == {}
