"""The example company playbooks as built (build date 28 November 2026): model, budget, dates, progress."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.conftest import Site


def page(site: Site, slug: str) -> BeautifulSoup:
    return site.soup(f"playbook/{slug}/")


def text_of(soup: BeautifulSoup, selector: str) -> str:
    element = soup.select_one(selector)
    assert element is not None, selector
    return " ".join(element.get_text(" ", strip=True).split())


def table_rows(soup: BeautifulSoup, selector: str) -> list[list[str]]:
    return [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in soup.select(f"{selector} tbody tr")]


@pytest.mark.parametrize(
    ("slug", "model", "points", "hybrid"),
    [
        ("voorbeeld-techniek", "ADKAR", ["3", "1", "2"], "Combineer ADKAR met EASIER"),
        ("fictief-financieel", "Kotter", ["2", "2", "2"], "Combineer Kotter met ADKAR"),
        ("demo-cold-chain", "EASIER", ["0", "1", "4"], None),
    ],
)
def test_recommended_model_and_points(site: Site, slug: str, model: str, points: list[str], hybrid: str | None) -> None:
    soup = page(site, slug)
    model_link = soup.select_one("#model ~ p strong a")
    assert model_link is not None
    assert model_link.get_text() == model
    rows = table_rows(soup, "#model-points")
    assert rows[-1][2:] == [f"{p}" for p in points]
    titles = [t.get_text(strip=True) for t in soup.select(".admonition.tip .admonition-title")]
    assert titles == ([hybrid] if hybrid else [])


def test_hybrid_from_our_guidance_is_marked(site: Site) -> None:
    tip = text_of(page(site, "fictief-financieel"), ".admonition.tip")
    assert "(onze richtlijn, niet uit het bronartikel)" in tip
    assert "onze richtlijn" not in text_of(page(site, "voorbeeld-techniek"), ".admonition.tip")


def test_kotter_page_lists_the_sme_focus_steps(site: Site) -> None:
    text = text_of(page(site, "fictief-financieel"), "article")
    for step in ("Stap 1:", "Stap 3:", "Stap 6:", "Stap 7:"):
        assert step in text
    assert "Stap 2:" not in text


def test_budget_figures(site: Site) -> None:
    soup = page(site, "voorbeeld-techniek")
    assert table_rows(soup, "#budget-reserves") == [
        ["15\xa0%", "€ 18.000", "€ 10.800", "€ 7.200"],
        ["20\xa0%", "€ 24.000", "€ 14.400", "€ 9.600"],
        ["25\xa0%", "€ 30.000", "€ 18.000", "€ 12.000"],
    ]
    assert text_of(soup, ".admonition.warning") == (
        "Te weinig gepland U plant € 15.000; dat is minder dan 15 % (€ 18.000). Er ontbreekt € 3.000."
    )
    assert table_rows(soup, "#budget-costs") == [
        ["Opleiding en training", "€ 10.500 – € 21.000"],
        ["Externe begeleiding bij change management", "€ 20.000 – € 50.000"],
        ["Vrijgemaakte tijd van medewerkers voor change-activiteiten", "0,35–0,7 fte"],
        ["Communicatie", "€ 5.000 – € 15.000"],
    ]
    warnings = [t.get_text(" ", strip=True) for t in soup.select(".admonition.warning")]
    assert warnings[1] == (
        "De kostenposten passen niet De minimumbedragen van de kostenposten (€ 35.500) zijn samen hoger dan "
        "de hoogste reservering (€ 30.000)."
    )


def test_budget_without_planned_change_budget(site: Site) -> None:
    soup = page(site, "demo-cold-chain")
    assert [row[1] for row in table_rows(soup, "#budget-reserves")] == ["€ 30.000", "€ 40.000", "€ 50.000"]
    assert text_of(soup, ".admonition.info") == (
        "Nog geen veranderbudget gepland Uw profiel noemt geen change_budget_eur. Plan ten minste € 30.000."
    )
    # the only warning is the works-council reminder: 210 staff and a use case that needs its consent
    assert [w.get_text(" ", strip=True).split(" Met ")[0] for w in soup.select(".admonition.warning")] == [
        "Een ondernemingsraad is verplicht"
    ]


@pytest.mark.parametrize(
    ("slug", "first", "first_dates", "last", "last_dates"),
    [
        (
            "voorbeeld-techniek",
            "januari 2027",
            "4 januari 2027 tot en met 3 februari 2027",
            "december 2027",
            "4 december 2027 tot en met 3 januari 2028",
        ),
        (
            "demo-cold-chain",
            "maart 2027",
            "31 maart 2027 tot en met 29 april 2027",
            "februari 2028",
            "29 februari 2028 tot en met 30 maart 2028",
        ),
    ],
)
def test_month_names_and_dates(site: Site, slug: str, first: str, first_dates: str, last: str, last_dates: str) -> None:
    soup = page(site, slug)
    assert text_of(soup, "#month-1").rstrip("¶ ") == first
    assert text_of(soup, "#month-12").rstrip("¶ ") == last
    assert first_dates in text_of(soup, "#month-1 + p")
    assert last_dates in text_of(soup, "#month-12 + p")


def test_progress_and_overdue(site: Site) -> None:
    soup = page(site, "fictief-financieel")
    assert "Voortgang: 27 % van de activiteiten gedaan; 22 activiteiten over tijd (stand 28 november 2026)." in (
        text_of(soup, "article")
    )
    spans = [text_of(soup, f"#phase-{n} + p") for n in range(1, 5)]
    # month 3 holds three DPIA checks and three works-council requests for the use cases with a kind
    assert [span.rsplit(" ", 2)[-2] for span in spans] == ["59", "36", "0", "0"]
    overdue = [str(li["id"]) for li in soup.select("li.overdue")]
    assert len(overdue) == 22
    assert "fictief-financieel-m02-resistance-analysis-item" not in overdue
    assert "fictief-financieel-m03-learning-paths-item" in overdue
    assert all(int(item.split("-m")[1][:2]) <= 8 for item in overdue)
    checked = soup.select("ul.checklist input[data-activity][checked]")
    assert len(checked) == 14
    skipped = soup.select_one("#fictief-financieel-m02-resistance-analysis-item s")
    assert skipped is not None


def test_owners_and_extra_activities(site: Site) -> None:
    soup = page(site, "voorbeeld-techniek")
    assert "Sanne Bakker" in text_of(soup, "#voorbeeld-techniek-m04-pilot-team-item .owner-badge")
    assert "Datacatalogus opzetten" in text_of(soup, "#voorbeeld-techniek-extra-data-catalogue-item")
    assert soup.select_one("#month-5 ~ ul #voorbeeld-techniek-extra-data-catalogue-item") is not None
    assert "niet toegewezen" in text_of(soup, "#voorbeeld-techniek-m02-model-choice-item .owner-badge")


def test_company_index_links_every_company(site: Site) -> None:
    soup = site.soup("playbook/")
    rows = table_rows(soup, "article")
    assert [row[0] for row in rows] == [
        "Demo Cold Chain Ltd",
        "Fictief Financieel Advies & Co",
        "Voorbeeld Techniek B.V.",
    ]
    assert [row[2] for row in rows] == ["EASIER", "Kotter", "ADKAR"]
    assert rows[1][4] == "27\xa0%"
    links = [a["href"] for a in soup.select("article table a")]
    assert links == ["demo-cold-chain/", "fictief-financieel/", "voorbeeld-techniek/"]


def test_company_pages_are_noindex_and_not_in_the_sidebar(site: Site) -> None:
    soup = page(site, "voorbeeld-techniek")
    robots = soup.select_one('meta[name="robots"]')
    assert robots is not None
    assert robots["content"] == "noindex"
    home = site.soup("index.html")
    assert "Voorbeeld Techniek" not in " ".join(nav.get_text() for nav in home.select("nav"))


def test_competence_gaps_and_sourcing_on_the_page(site: Site) -> None:
    soup = page(site, "voorbeeld-techniek")
    rows = table_rows(soup, "#competence-gaps")
    assert [(row[0], row[1], row[2], row[3]) for row in rows] == [
        ("Technisch AI-begrip", "2 · Eerste verkenning", "3 · Werkende basis", "1"),
        ("Datacompetentie", "3 · Werkende basis", "3 · Werkende basis", "0"),
        ("Integratiecompetentie", "2 · Eerste verkenning", "4 · Stevig in huis", "2 ⚠"),
        ("AI-projectmanagement", "1 · Onbekend terrein", "3 · Werkende basis", "2 ⚠"),
    ]
    assert len(soup.select("#competence-gaps .gap-highlight")) == 2
    assert rows[0][4]
    assert rows[0][5]
    assert table_rows(soup, "#sourcing-split")[0] == ["15\xa0%", "€ 10.800", "€ 7.560", "€ 2.160", "€ 1.080"]
    assert table_rows(soup, "#hybrid-roles")[1] == ["Domeinexpert", "vacant"]


def test_kpi_dashboard_on_the_page(site: Site) -> None:
    soup = page(site, "fictief-financieel")
    card = text_of(soup, "#kpi-acceptance_score + p")
    assert "Laatste: 64 % van het team positief (30 september 2026)" in card
    assert "Verandering: +12" in card
    assert "Streefwaarde: 75 (hoger is beter) · nog niet gehaald" in card
    chart = soup.select_one(
        "svg#chart-fictief-financieel-acceptance-score, svg[aria-labelledby^='chart-fictief-financieel-acceptance-score']"
    )
    assert chart is not None
    assert chart.select_one("title") is not None
    assert chart.select_one("desc") is not None
    table = soup.select_one("#chart-fictief-financieel-acceptance-score-table")
    assert table is not None
    assert [td.get_text() for td in table.select("tbody td")] == [
        "31 maart 2026",
        "38",
        "30 juni 2026",
        "52",
        "30 september 2026",
        "64",
    ]
    usage = soup.select_one("#kpi-usage_rate")
    assert usage is not None
    assert "Geen recente meting" in text_of(soup, "#kpi-usage_rate ~ .admonition")
    friction = text_of(soup, "#kpi-change_friction + p")
    assert "Verandering: −0,5" in friction
    assert "Streefwaarde: 2 (lager is beter) · nog niet gehaald" in friction


def test_risk_checklist_on_the_page(site: Site) -> None:
    soup = page(site, "voorbeeld-techniek")
    flagged = [str(li["id"]) for li in soup.select("ul.risk-list li.flagged")]
    assert flagged == [
        "voorbeeld-techniek-risk-missing-competences-item",
        "voorbeeld-techniek-risk-legacy-integration-item",
        "voorbeeld-techniek-risk-lack-of-resources-item",
    ]
    assert len(soup.select("ul.risk-list li")) == 9
    for box in soup.select("ul.risk-list input"):
        assert soup.select_one(f"label[for={box['id']}]") is not None


def test_use_cases_in_order_and_matrix(site: Site) -> None:
    soup = page(site, "fictief-financieel")
    assert [row[1] for row in table_rows(soup, "#use-case-ranking")] == [
        "Fraudesignalen",
        "Samenvatten van klantdossiers",
        "Automatische compliancecontrole",
        "Chatbot voor interne vragen",
    ]
    quick = [
        cell.get_text(strip=True) for cell in soup.select("#use-case-matrix td.quick-win") if cell.get_text(strip=True)
    ]
    assert quick == ["1"]


def test_company_index_counts_open_risks(site: Site) -> None:
    rows = table_rows(site.soup("playbook/"), "article")
    assert [row[5] for row in rows] == ["2", "3", "3"]
