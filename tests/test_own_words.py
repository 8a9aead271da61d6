"""The site says things in its own words: no sentence or heading of five words or more closely follows the article."""

from __future__ import annotations

import time

import pytest

from playbook import Content
from tests.conftest import ROOT
from tests.own_words import Article, close_sentences, dutch_texts, sentences

ARTICLE = ROOT.parent / "shared" / "seed" / "article.nl.txt"
needs_article = pytest.mark.skipif(not ARTICLE.exists(), reason="needs the source article beside the project")


def site_texts(content: Content) -> list[tuple[str, str]]:
    return [text for name, source in content.sources.items() for text in dutch_texts(source.data, name)]


@needs_article
def test_no_site_sentence_follows_an_article_sentence_closely(content: Content) -> None:
    started = time.perf_counter()
    close = close_sentences(site_texts(content), ARTICLE.read_text(encoding="utf-8"), 0.7)
    report = [f"{m.ratio:.2f} {m.where}: {m.sentence}" for m in close]
    assert [line for m, line in zip(close, report, strict=True) if m.ratio >= 0.8] == []
    assert len(close) <= 10, report
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kort. Te kort, echt.", []),
        ("Een kop van vijf woorden telt.", ["Een kop van vijf woorden telt."]),
        (
            "Dit is een zin van precies tien woorden lang, echt waar. En nog een.",
            ["Dit is een zin van precies tien woorden lang, echt waar."],
        ),
        ("Volgens de COO “waren de medewerkers van betrokkenen tot deelnemers geworden, zegt hij zelf”.", []),
        (
            "**Vet** en [een link](x.md) tellen als woorden: een twee drie vier vijf zes.",
            ["Vet en een link tellen als woorden: een twee drie vier vijf zes."],
        ),
    ],
)
def test_sentences_of_five_words_without_quotes_or_markup(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het IT-team heeft naast het AI-project al veel andere taken om uit te voeren.", 0.0),
        (
            "Niet iedere medewerker hoeft alles te kunnen, en niet elke competentie moet intern worden opgebouwd.",
            1.0,
        ),
    ],
)
def test_closest_finds_a_copied_sentence_and_nothing_for_an_own_one(sentence: str, expected: float) -> None:
    article = Article(
        "Niet iedere medewerker hoeft alles te kunnen, en niet elke competentie moet intern worden opgebouwd.\n"
        "- Onderwijs- en trainingskosten liggen voor middelgrote bedrijven doorgaans tussen de vijftienhonderd en drieduizend euro.\n"
    )
    assert article.closest(sentence, 0.7)[1] == pytest.approx(expected)


def test_a_near_copy_is_caught(content: Content) -> None:
    copied = [
        ("copy", "Niet iedere medewerker hoeft alles te kunnen, en niet elke competentie moet intern worden opgebouwd.")
    ]
    article = "Niet iedere medewerker hoeft alles te kunnen, en niet elke competentie moet intern worden opgebouwd."
    close = close_sentences(copied, article, 0.7)
    assert [(m.where, round(m.ratio, 2)) for m in close] == [("copy", 1.0)]
