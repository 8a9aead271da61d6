"""Site search in the browser: queries typed into Material's search box, judged by the pages it lists.

Every query of tests/search_queries.yml runs twice per language: with Material's default pipeline (the
playbook's worker extension answered with an empty script) and with the playbook's. Hit@3 is the share
of queries whose page is among the first three results; the report is printed at the end of the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml

from tests.conftest import needs_chromium

pytestmark = [pytest.mark.audit, needs_chromium]

QUERIES_FILE = Path(__file__).parent / "search_queries.yml"
QUERIES: dict[str, list[dict[str, str]]] = yaml.safe_load(QUERIES_FILE.read_text(encoding="utf-8"))
EXTENSION = "**/assets/javascripts/workers/playbook-search.*.js"
REQUIRED_HIT_RATE = 0.9
TOP = 3
KINDS = {"inflection", "diacritics", "compound", "case", "word", "abbreviation", "question"}
REPORT: list[str] = []
"""Lines printed by conftest's terminal summary."""


@dataclass(frozen=True)
class Outcome:
    """One query and the first pages the search box listed for it."""

    query: str
    expected: str
    pages: tuple[str, ...]

    @property
    def hit(self) -> bool:
        return self.expected in self.pages[:TOP]


def search_pages(page: Any, query: str, root: str) -> tuple[str, ...]:
    """Type a query into Material's search box; the pages of the result list, in order."""
    box = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    placeholder = page.evaluate(
        "JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']"
    )
    box.fill("")
    box.press("End")  # Material searches on keyup
    page.wait_for_function("t => document.querySelector('.md-search-result__meta').textContent === t", arg=placeholder)
    box.fill(query)
    box.press("End")
    page.wait_for_function("t => document.querySelector('.md-search-result__meta').textContent !== t", arg=placeholder)
    assert meta.text_content() != placeholder
    links = page.locator(".md-search-result__list > .md-search-result__item > a:first-child").evaluate_all(
        "links => links.map(link => link.href)"
    )
    return tuple(dict.fromkeys(urlparse(link).path.removeprefix(urlparse(root).path) for link in links))


def run_queries(browser: Any, served: str, language: str, *, extension: bool) -> list[Outcome]:
    page = browser.new_page()
    if not extension:
        page.route(EXTENSION, lambda route: route.fulfill(body="", content_type="text/javascript"))
    prefix = "" if language == "nl" else f"{language}/"
    page.goto(served + prefix, wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    outcomes = [
        Outcome(item["query"], item["page"], search_pages(page, item["query"], served)) for item in QUERIES[language]
    ]
    page.close()
    return outcomes


def hit_rate(outcomes: list[Outcome]) -> float:
    return sum(outcome.hit for outcome in outcomes) / len(outcomes)


def test_the_query_set_covers_what_readers_type() -> None:
    assert len(QUERIES["nl"]) >= 40
    assert len(QUERIES["en"]) >= 20
    for language, items in QUERIES.items():
        assert {item["kind"] for item in items} <= KINDS
        prefix = "" if language == "nl" else f"{language}/"
        assert all(item["page"].startswith(prefix) for item in items), language
    dutch_kinds = {item["kind"] for item in QUERIES["nl"]}
    assert KINDS - {"word"} <= dutch_kinds
    typed = {item["query"] for items in QUERIES.values() for item in items}
    assert {"OR", "AVG", "DPIA nodig", "AI Act", "GDPR"} <= typed


@pytest.mark.parametrize("language", ["nl", "en"])
def test_search_finds_the_page_for_nine_in_ten_queries(browser: Any, served: str, language: str) -> None:
    default = run_queries(browser, served, language, extension=False)
    ours = run_queries(browser, served, language, extension=True)
    REPORT.append(
        f"search hit@{TOP} ({language}, {len(ours)} queries): Material default {hit_rate(default):.0%}"
        f" ({sum(o.hit for o in default)}/{len(default)}), playbook {hit_rate(ours):.0%}"
        f" ({sum(o.hit for o in ours)}/{len(ours)})"
    )
    REPORT.extend(
        f"  missed by playbook: {o.query!r} -> {list(o.pages[:TOP])}, expected {o.expected}" for o in ours if not o.hit
    )
    assert hit_rate(ours) >= REQUIRED_HIT_RATE, [o for o in ours if not o.hit]
    assert hit_rate(ours) > hit_rate(default)


@pytest.mark.parametrize(
    ("prefix", "typed", "written"),
    [
        ("", "OR", "ondernemingsraad"),
        ("", "GDPR", "AVG"),
        ("", "SME", "mkb"),
        ("en/", "AVG", "GDPR"),
        ("en/", "mkb", "SME"),
    ],
)
def test_an_abbreviation_finds_what_the_pages_word_finds(
    browser: Any, served: str, prefix: str, typed: str, written: str
) -> None:
    page = browser.new_page()
    page.goto(served + prefix, wait_until="networkidle")
    page.locator(".md-search__input").first.click()
    found = search_pages(page, typed, served)[:TOP]
    expected = search_pages(page, written, served)[:TOP]
    page.close()
    assert found == expected


@pytest.mark.parametrize(("prefix", "query"), [("", "bouwprestaties"), ("en/", "build performance")])
def test_developer_pages_are_not_found_by_readers(browser: Any, served: str, prefix: str, query: str) -> None:
    page = browser.new_page()
    page.goto(served + prefix, wait_until="networkidle")
    page.locator(".md-search__input").first.click()
    found = search_pages(page, query, served)
    page.close()
    assert not [path for path in found if "bouwprestaties" in path or "build-performance" in path]


def test_a_match_without_accents_is_highlighted_as_written(browser: Any, served: str) -> None:
    page = browser.new_page()
    page.goto(served, wait_until="networkidle")
    page.locator(".md-search__input").first.click()
    assert "leiderschap/" in search_pages(page, "ideeen", served)[:TOP]
    marked = page.locator(".md-search-result__list mark").all_text_contents()
    page.close()
    assert any(word.lower().startswith("ideeën") for word in marked), marked
