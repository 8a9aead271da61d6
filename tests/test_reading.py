"""Pages that read in order: the business-case costs, the budget conflict, FAQ answers that link instead of repeat."""

from __future__ import annotations

import pytest
from bs4 import Tag

from tests.conftest import Site, at

LANGUAGES = [("", "Voor een bedrijf met 50 tot 150"), ("en/", "For a company with 50 to 150")]


@pytest.mark.parametrize(("prefix", "lead"), LANGUAGES)
def test_business_case_costs_read_in_order(site: Site, prefix: str, lead: str) -> None:
    article = site.soup(f"{prefix}business-case/").select_one("article")
    assert article is not None
    paragraph = next(p for p in article.select("p") if p.get_text().startswith(lead))
    table = paragraph.find_next_sibling()
    assert isinstance(table, Tag)
    assert table.get("id") == "cost-items-table"
    rows = [[td.get_text(strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")]
    assert len(rows) == 4
    assert all(all(row) for row in rows), rows
    following: list[object] = [el.get("class") or [] for el in table.find_next_siblings(limit=3)]
    assert following[1:] == [["admonition", "tip"], ["admonition", "warning"]]


@pytest.mark.parametrize(("prefix", "amount"), [("", "€ 100.000 of meer"), ("en/", "€100,000 or more")])
def test_failed_project_cost_is_said_once(site: Site, prefix: str, amount: str) -> None:
    article = site.soup(f"{prefix}business-case/").select_one("article")
    assert article is not None
    assert article.get_text().count(amount) == 1


@pytest.mark.parametrize(
    ("prefix", "title", "advice"),
    [
        ("", "De kostenposten passen niet in de vuistregel", "Schrap of verklein eerst de externe begeleiding"),
        ("en/", "The cost items do not fit the rule of thumb", "Cut or shrink external support first"),
    ],
)
def test_budget_page_explains_why_the_cost_items_exceed_the_reserve(
    site: Site, prefix: str, title: str, advice: str
) -> None:
    warning = site.soup(f"{prefix}business-case/").select_one("article .admonition.warning")
    assert warning is not None
    assert warning.select_one(".admonition-title").get_text(strip=True) == title  # type: ignore[union-attr]
    assert "25" in warning.get_text()
    items = warning.select("li")
    assert len(items) == 4
    assert items[0].get_text().startswith(advice)


@pytest.mark.parametrize("prefix", ["", "en/"])
@pytest.mark.parametrize(("question", "page"), [("kpis", "kpis/"), ("typical-mistakes", "valkuilen/")])
def test_faq_links_to_catalogues_instead_of_repeating_them(site: Site, prefix: str, question: str, page: str) -> None:
    answer = site.soup(f"{prefix}faq/").select_one(f"details#faq-{question}")
    assert answer is not None
    assert answer.select("table") == []
    target = at(page, prefix).removeprefix(prefix)
    assert [a["href"] for a in answer.select("a") if str(a["href"]).endswith(target)] == [f"../{target}"]
