"""The example company playbooks as built (build date 28 November 2026): model, budget, dates, progress."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from playbook import Content
from tests.conftest import ROOT, Site, at


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
        ["Externe begeleiding bij verandermanagement", "€ 20.000 – € 50.000"],
        ["Werktijd die medewerkers aan de verandering besteden", "0,35–0,7 fte"],
        ["Communicatie", "€ 5.000 – € 15.000"],
    ]
    warnings = [t.get_text(" ", strip=True) for t in soup.select(".admonition.warning")]
    assert warnings[1] == (
        "De kostenposten passen niet De minimumbedragen van de kostenposten (€ 35.500) zijn samen hoger dan "
        "de hoogste reservering (€ 30.000). Schrap of verklein eerst de externe begeleiding, train in fasen "
        "(eerst de champions en het kernteam), plan vrijgemaakte tijd als capaciteit van het team in plaats van als "
        "geld, of verhoog bij een eerste project de reservering tot 25\xa0%."
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
    ("slug", "months", "first", "first_dates", "last", "last_dates"),
    [
        (  # six months: the roadmap compressed, its last activity in month 6
            "voorbeeld-techniek",
            6,
            "januari 2027",
            "4 januari 2027 tot en met 3 februari 2027",
            "juni 2027",
            "4 juni 2027 tot en met 3 juli 2027",
        ),
        (  # nine months
            "demo-cold-chain",
            9,
            "maart 2027",
            "31 maart 2027 tot en met 29 april 2027",
            "november 2027",
            "30 november 2027 tot en met 30 december 2027",
        ),
    ],
)
def test_month_names_and_dates(
    site: Site, slug: str, months: int, first: str, first_dates: str, last: str, last_dates: str
) -> None:
    soup = page(site, slug)
    assert [tag["id"] for tag in soup.select("h3.month-title")] == [f"month-{n}" for n in range(1, months + 1)]
    assert text_of(soup, "#month-1").rstrip("¶ ") == first
    assert text_of(soup, f"#month-{months}").rstrip("¶ ") == last
    assert first_dates in text_of(soup, "#month-1 + .month-summary")
    assert last_dates in text_of(soup, f"#month-{months} + .month-summary")
    last_items = [str(li["id"]) for li in soup.select(f"details:has(#month-{months}) ul.checklist > li")]
    assert f"{slug}-m12-strategy-review-item" in last_items  # the roadmap's last activity
    # before the start the first two months are unfolded, every later month folded under its name and dates
    folds = soup.select("details.month-fold")
    assert [fold.has_attr("open") for fold in folds] == [True, True] + [False] * (months - 2)


def test_progress_and_overdue(site: Site) -> None:
    """Six months from 2 March 2026: the plan ended on 1 September 2026, so on 28 November every activity
    neither done nor skipped is overdue, the roadmap's month 12 included."""
    soup = page(site, "fictief-financieel")
    assert "Voortgang: 26 % van de activiteiten gedaan; 39 activiteiten over tijd (stand 28 november 2026)." in (
        text_of(soup, "article")
    )
    spans = [text_of(soup, f"#phase-{n} + p") for n in range(1, 5)]
    # month 2 holds three DPIA checks and three works-council requests for the use cases with a kind
    assert [span.rsplit(" ", 2)[-2] for span in spans] == ["56", "36", "0", "0"]
    overdue = [str(li["id"]) for li in soup.select("li.overdue")]
    assert len(overdue) == 39  # the usage policy of month 2 among them
    assert "fictief-financieel-m02-resistance-analysis-item" not in overdue
    assert "fictief-financieel-m03-learning-paths-item" in overdue
    assert "fictief-financieel-m12-strategy-review-item" in overdue
    items = soup.select("details.month-fold ul.checklist > li")
    open_items = [li for li in items if "status-done" not in li["class"] and "status-skipped" not in li["class"]]
    assert [str(li["id"]) for li in open_items] == overdue
    checked = soup.select("ul.checklist input[data-activity][checked]")
    assert len(checked) == 14
    skipped = soup.select_one("#fictief-financieel-m02-resistance-analysis-item s")
    assert skipped is not None


def test_owners_and_extra_activities(site: Site) -> None:
    soup = page(site, "voorbeeld-techniek")
    assert "Sanne Bakker" in text_of(soup, "#voorbeeld-techniek-m04-pilot-team-item .owner-badge")
    assert "Datacatalogus opzetten" in text_of(soup, "#voorbeeld-techniek-extra-data-catalogue-item")
    # the extra activity names the roadmap's month 5, which the six-month plan holds in its month 3
    assert soup.select_one("details:has(#month-3) ul #voorbeeld-techniek-extra-data-catalogue-item") is not None
    assert "niet toegewezen" in text_of(soup, "#voorbeeld-techniek-m02-model-choice-item .owner-badge")


def test_company_index_links_every_company(site: Site) -> None:
    soup = site.soup("playbook/")
    rows = table_rows(soup, "#company-list")
    assert [row[0] for row in rows] == [  # a local build says which companies a deploy shows
        "Demo Cold Chain Ltd · openbaar",
        "Fictief Financieel Advies & Co · openbaar",
        "Voorbeeld Techniek B.V. · openbaar",
    ]
    assert [row[2] for row in rows] == ["EASIER", "Kotter", "ADKAR"]
    assert rows[1][4] == "26\xa0%"  # 49 roadmap activities, one extra and the three its use cases' rules add
    links = [a["href"] for a in soup.select("#company-list table a")]
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
    card = text_of(soup, "#kpi-acceptance_score ~ p")
    # measured Mar 38, Jun 52, Sep 64; the October survey (66.67) does not override the measured KPI
    assert "Laatste: 64 % van het team positief (30 september 2026)" in card
    assert "Verandering over drie maanden: +12" in card  # September against June
    assert "Streefwaarde: 75 (hoger is beter) · nog niet gehaald" in card
    assert "Uit de ADKAR-enquête" not in card
    # months 0, 3, 6: slope 26/6; the line gives 64.33 in September, 73 in November, 77.33 in December
    assert "Trend: +4,33 per maand" in card
    assert "Streefwaarde gehaald: december 2026, in dit tempo" in card
    chart = soup.select_one("svg[aria-labelledby^='chart-fictief-financieel-acceptance-score']")
    assert chart is not None
    assert int(str(chart["width"])) >= 480
    assert chart.select("text.kpi-month")[0].get_text() == "mrt 2026"
    assert chart.select_one("text.kpi-target-label").get_text() == "Streefwaarde 75"  # type: ignore[union-attr]
    assert chart.select_one("polyline.kpi-trend") is not None
    assert chart.select_one("circle.kpi-forecast") is not None
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
    usage = text_of(soup, "#kpi-usage_rate ~ p")
    # Apr 12, Jun 35, Aug 48: +9 a month, 49.67 in August, 76.67 in November
    assert "Streefwaarde gehaald: november 2026, in dit tempo" in usage
    assert "Geen recente meting" in text_of(soup, "#kpi-usage_rate ~ .kpi-due")  # monthly, last in August
    competence = text_of(soup, "#kpi-competence_index ~ p")
    # two months with a measurement: no verdict yet, and how many more are needed
    assert "Streefwaarde gehaald: nog geen voorspelling: nog 1 meting nodig, in een maand zonder meting" in competence
    friction = text_of(soup, "#kpi-change_friction ~ p")
    assert "Verandering over drie maanden: −0,5" in friction
    assert "Streefwaarde: 2 (lager is beter) · nog niet gehaald" in friction
    assert "Streefwaarde gehaald: januari 2027, in dit tempo" in friction  # −0.2 a month from 2.57 in October


def test_no_measurement_is_due_before_the_project_starts(site: Site) -> None:
    soup = page(site, "voorbeeld-techniek")  # starts in January 2027
    titles = [t.get_text(strip=True) for t in soup.select(".admonition-title")]
    assert "Geen recente meting" not in titles
    assert "Nog geen metingen" in text_of(soup, "#kpi-acceptance_score ~ p")


def _survey_means(day: str) -> dict[str, float]:
    rows = [
        line.split(",")
        for line in (ROOT / "examples/companies/fictief-financieel.survey.csv").read_text().splitlines()[1:]
    ]
    scores: dict[str, list[int]] = {}
    for date, _, element, score in rows:
        if date == day:
            scores.setdefault(element, []).append(int(score))
    return {element: sum(values) / len(values) for element, values in scores.items()}


@pytest.mark.parametrize(
    ("language", "day", "heading", "barrier", "element"),
    [
        ("nl", "2026-10-30", "Enquête van 30 oktober 2026", "Barrièrepunt: Kennis", "knowledge"),
        ("nl", "2026-06-30", "Enquête van 30 juni 2026", "Barrièrepunt: Wens", "desire"),
        ("en", "2026-10-30", "Survey of 30 October 2026", "Barrier point: Knowledge", "knowledge"),
    ],
)
def test_survey_rounds_with_their_barrier_point(
    site: Site, content: Content, language: str, day: str, heading: str, barrier: str, element: str
) -> None:
    soup = site.soup(("en/" if language == "en" else "") + "playbook/fictief-financieel/")
    section = soup.select_one(f"#survey-{day}")
    assert section is not None
    assert section.get_text(" ", strip=True).removesuffix(" ¶") == heading
    means = _survey_means(day)
    rows = table_rows(soup, f"#fictief-financieel-survey-{day}-table")
    order = [e.id for e in content.change_models["adkar"].elements]
    assert [float(row[1].replace(",", ".")) for row in rows] == pytest.approx([round(means[e], 2) for e in order])
    first_low = next(e for e in order if means[e] <= 3)
    assert first_low == element
    block = section.find_next("p", class_="survey-barrier")
    assert block is not None
    assert block.get_text(strip=True) == barrier
    adkar = {e.id: e for e in content.change_models["adkar"].elements}
    listed = [li.get_text(" ", strip=True) for li in block.find_next("ul").select("li")]  # type: ignore[union-attr]
    assert listed == [i.get(language) for i in adkar[element].interventions]  # type: ignore[arg-type]


def test_portfolio_on_the_company_index(site: Site) -> None:
    soup = site.soup("playbook/")
    rows = {row[0]: row for row in table_rows(soup, "#portfolio-companies")}
    fictief = rows["Fictief Financieel Advies & Co"]
    assert fictief[1:4] == ["64 / 75", "2,6 / 3,5", "48 / 70"]  # measured, not the later survey
    assert fictief[7] == "Kennis"  # the barrier point of the latest survey
    assert fictief[8] == "26\xa0%"  # with the three activities its use cases add
    overdue = len(page(site, "fictief-financieel").select(".checklist-item.overdue"))
    assert fictief[9] == str(overdue)
    assert rows["Voorbeeld Techniek B.V."][1:8] == ["–"] * 7
    spread = {row[0]: row for row in table_rows(soup, "#portfolio-spread")}
    assert spread["Acceptatiescore"] == ["Acceptatiescore", "75", "1", "64", "64 – 64"]
    assert spread["Innovatie-index"][2] == "1"


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


@pytest.mark.parametrize(
    ("risk", "condition"),
    [
        ("isolated-implementation", "Sponsor: Anouk de Vries."),
        ("resistance-and-fears", "AI-champions: Sanne Bakker, Youssef El Amrani."),
        ("no-business-case", "Use cases in het profiel: 3."),
        ("unrealistic-timeline", "Tijdsbestek: 6 maanden; ADKAR vraagt minstens 3 maanden."),
        ("legacy-integration", "De integratiecompetentie is met 2 of lager beoordeeld."),
        ("lack-of-resources", "Het veranderbudget, € 15.000, is 13\u00a0% van het AI-budget: minder dan 15 %."),
    ],
)
def test_each_risk_states_what_is_met_and_the_trigger_only_when_it_fires(site: Site, risk: str, condition: str) -> None:
    item = page(site, "voorbeeld-techniek").select_one(f"#voorbeeld-techniek-risk-{risk}-item small")
    assert item is not None
    assert item.get_text() == condition


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
    rows = table_rows(site.soup("playbook/"), "#company-list")
    assert [row[5] for row in rows] == ["2", "3", "3"]


@pytest.mark.parametrize(("prefix", "statement"), [("", "Ik begrijp waarom"), ("en/", "I understand why")])
def test_the_survey_page_and_its_template(site: Site, content: Content, prefix: str, statement: str) -> None:
    soup = site.soup(at("adkar-enquete/", prefix))
    rows = soup.select("table.survey-form tbody tr")
    assert len(rows) == len(content.survey.statements)
    assert rows[0].select_one("th").get_text().startswith(f"1. {statement}")  # type: ignore[union-attr]
    assert [len(row.select("td.survey-box")) for row in rows] == [5] * len(rows)
    link = next(a for a in soup.select("article a") if str(a["href"]).endswith(".csv"))
    template = (site.root / at("adkar-enquete/", prefix) / str(link["href"])).resolve().read_text(encoding="utf-8-sig")
    lines = template.splitlines()
    assert lines[0] == "date;respondent;element;score"
    assert [line.split(";")[2] for line in lines[1:]] == [s.element for s in content.survey.statements]
    workbook = next(a for a in soup.select("article a") if str(a["href"]).endswith(".xlsx"))
    assert (site.root / at("adkar-enquete/", prefix) / str(workbook["href"])).resolve().is_file()
