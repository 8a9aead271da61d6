"""At a glance and the charts of a company page: the block agrees with the sections it summarises, for
generated companies; each chart's values read back from its SVG equal the playbook's figures."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbook.company.company import Company, CompanyPlaybook
from playbook.company.playbooks import company_playbook
from playbook.loading.yamlsource import SourceFile
from playbook.models.common import Language
from playbook.models.company import CompanyProfile
from playbook.models.measurement import MIN_GROUP, Answer, Measurement
from playbook.render.company import company_page
from playbook.render.company_glance import NEXT_ACTIVITIES
from playbook.render.context import RenderContext, company_page_path
from playbook.render.summary import summary_page
from playbook.render.svg_roadmap import mark_status
from playbook.rules.schedule import current_month
from tests.conftest import ROOT
from tests.test_escaping import shipped, to_html

EXAMPLE = yaml.safe_load((ROOT / "examples/companies/fictief-financieel.yml").read_text(encoding="utf-8"))
EXAMPLE["ai_project"]["timeframe_months"] = 12  # the whole roadmap; the compressed plan has tests of its own
ELEMENTS = ("awareness", "desire", "knowledge", "ability", "reinforcement")
NUMBER = re.compile(r"[\d.,]+")
STATUSES = st.sampled_from([None, "done", "in_progress", "skipped"])


def book_of(data: dict[str, Any], today: dt.date, measurements=(), answers=()) -> CompanyPlaybook:  # type: ignore[no-untyped-def]
    profile = CompanyProfile.model_validate(data)
    company = Company("glance", profile, SourceFile(ROOT, "glance.yml", data), tuple(measurements), (), tuple(answers))
    return company_playbook(company, shipped(), today)


def page_of(book: CompanyPlaybook, language: Language = "nl") -> BeautifulSoup:
    return to_html(company_page(RenderContext(shipped(), language, company_page_path(book.company.slug)), book))


def text(tag: Tag | None) -> str:
    assert tag is not None
    return " ".join(tag.get_text(" ").split())


@st.composite
def companies(draw: st.DrawFn) -> tuple[CompanyPlaybook, Language]:
    """The example company with another start, other ticks, other measurements and other survey answers."""
    data = yaml.safe_load(yaml.safe_dump(EXAMPLE))
    today = dt.date(2027, 1, 1)
    start = today + dt.timedelta(days=draw(st.integers(-420, 60)))
    data["ai_project"]["start"] = start
    ids = [activity.id for activity in shipped().roadmap.activities()]
    progress = {key: draw(STATUSES) for key in ids}
    data["progress"] = {key: value for key, value in progress.items() if value is not None}
    kpis = shipped().kpis.kpis
    measurements = [
        Measurement(today - dt.timedelta(days=draw(st.integers(0, 400))), kpi.id, float(draw(st.integers(1, 5))))
        for kpi in kpis
        for _ in range(draw(st.integers(0, 3)))
        if kpi.id != "acceptance_score"  # the survey may add it: one measurement a day
    ]
    answers = [
        Answer(today - dt.timedelta(days=30 * day), f"r{person}", element, draw(st.integers(1, 5)))
        for day in range(draw(st.integers(0, 2)))
        for person in range(draw(st.integers(1, 3)))
        for element in ELEMENTS
    ]
    return book_of(data, today, measurements, answers), draw(st.sampled_from(["nl", "en"]))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(companies())
def test_the_glance_agrees_with_the_sections(case: tuple[CompanyPlaybook, Language]) -> None:
    book, language = case
    soup = page_of(book, language)
    glance = soup.select_one(".glance")
    assert glance is not None
    facts = {text(dt_tag): text(dt_tag.find_next_sibling("dd")) for dt_tag in glance.select(".glance-facts dt")}
    # progress and overdue: the roadmap section's own figure and its overdue items
    assert text(glance.select_one(".glance-progress")) == text(soup.select_one(".progress-overall"))
    overdue = soup.select("details.month-fold li.checklist-item.overdue")
    assert re.match(r"\d+", text(glance.select_one(".glance-overdue"))).group() == str(len(overdue))  # type: ignore[union-attr]
    # the current month: the first unfolded month of the roadmap
    opened = [text(h) for h in soup.select("details.month-fold[open] h3.month-title")]
    now = next(iter(facts.values()))
    month = current_month(book.schedule)
    if month is not None:
        assert opened[0] in now
    # the next activities: the first open ones of the roadmap, from the current month on, none overdue
    months = {m.number: m for m in book.schedule.months}
    candidates = [
        str(li.select_one("input")["data-activity"])  # type: ignore[index]
        for fold in soup.select("details.month-fold")
        if months[int(str(fold.select_one("h3")["id"]).split("-")[1])].end >= book.schedule.today  # type: ignore[index]
        for li in fold.select("li.checklist-item")
        if not {"overdue", "status-done", "status-skipped"} & set(li["class"])
    ]
    assert [li["data-activity"] for li in glance.select(".glance-next li")] == candidates[:NEXT_ACTIVITIES]
    # the open risks: the flagged items of the risk section, in its order
    flagged = [str(li["id"]).split("-risk-")[1].removesuffix("-item") for li in soup.select("li.risk.flagged")]
    assert [li["data-risk"] for li in glance.select(".glance-risks li")] == flagged
    # each KPI's latest value: the one its card states
    for row, series in zip(glance.select(".glance-kpis tbody tr"), book.kpis, strict=True):
        cells = [text(td) for td in row.select("td")]
        card = text(soup.select_one(f"#kpi-{series.kpi.id} ~ p"))
        if series.latest is None:
            assert cells[1] == "–"
        else:
            assert NUMBER.match(card.split(": ", 1)[1]).group() == NUMBER.match(cells[1]).group()  # type: ignore[union-attr]
    # the barrier point: the latest survey round's, as its section names it
    barrier = text(glance.select_one(".glance-barrier"))
    shown = [r for r in book.survey if r.respondents >= MIN_GROUP]  # smaller rounds are not shown anywhere
    if not shown:
        assert barrier == shipped().ui["glance_no_survey"].get(language)
    elif shown[-1].barrier is None:
        assert barrier.startswith(shipped().ui["portfolio_no_barrier"].get(language))
    else:
        element = text(soup.select_one(".survey-barrier")).split(": ", 1)[1]
        assert barrier.startswith(f"{element} (")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_same_glance_heads_the_director_summary(language: Language) -> None:
    book = book_of(EXAMPLE, dt.date(2027, 1, 1))
    ctx = RenderContext(shipped(), language, "playbook/glance/summary.md")
    summary = to_html(summary_page(ctx, book))
    page = page_of(book, language)
    first = summary.select_one("h2")
    assert first is not None
    assert first.get("id") == "at-a-glance"
    assert text(summary.select_one(".glance")) == text(page.select_one(".glance"))
    assert summary.select(".glance a") == []  # printed: no links into a page the reader does not hold


@pytest.mark.parametrize(
    ("today", "month", "line"),
    [(dt.date(2026, 2, 1), None, False), (dt.date(2027, 1, 1), 10, True), (dt.date(2027, 6, 1), None, False)],
)
def test_the_timeline_reads_back_as_the_schedule(today: dt.date, month: int | None, line: bool) -> None:
    book = book_of(EXAMPLE, today)
    soup = page_of(book)
    figure = soup.select_one("figure#roadmap-timeline")
    assert figure is not None
    svg = figure.select_one("svg[role=img]")
    assert svg is not None
    assert svg.select_one("title") is not None
    assert svg.select_one("desc") is not None
    assert svg["aria-labelledby"] == f"{svg.select_one('title')['id']} {svg.select_one('desc')['id']}"  # type: ignore[index]
    marks = [
        (int(str(m["data-month"])), str(m["data-activity"]), str(m["data-status"]))
        for m in svg.select(".timeline-mark[data-activity]")
    ]
    expected = [(m.number, a.id, mark_status(a)) for m in book.schedule.months for a in m.activities]
    assert marks == expected
    assert [int(str(band["data-phase"])) for band in svg.select(".timeline-band")] == [1, 2, 3, 4]
    today_line = svg.select_one(".timeline-today")
    assert (today_line is not None) == line
    assert (current_month(book.schedule).number if current_month(book.schedule) else None) == month  # type: ignore[union-attr]
    if today_line is not None:
        assert today_line["data-date"] == today.isoformat()
        x = float(str(today_line.select_one("line")["x1"]))  # type: ignore[index]
        columns = svg.select("rect.timeline-month")
        inside = columns[month - 1]  # type: ignore[operator]
        assert float(str(inside["x"])) <= x <= float(str(inside["x"])) + float(str(inside["width"]))
    # the text alternative: the checklist names every activity the chart marks
    assert len(soup.select("details.month-fold li.checklist-item")) == len(marks)


def test_the_adkar_profile_reads_back_as_the_survey_rounds() -> None:
    today = dt.date(2026, 11, 28)
    rows = [
        line.split(",")
        for line in (ROOT / "examples/companies/fictief-financieel.survey.csv").read_text().splitlines()[1:]
    ]
    answers = [Answer(dt.date.fromisoformat(d), r, e, int(s)) for d, r, e, s in rows]
    book = book_of(EXAMPLE, today, answers=answers)
    soup = page_of(book)
    svg = soup.select_one("figure#adkar-profile svg[role=img]")
    assert svg is not None
    bars = {
        (str(b["data-round"]), str(b["data-element"])): float(str(b["data-mean"]))
        for b in svg.select("rect[data-mean]")
    }
    expected = {(r.date.isoformat(), s.element): round(s.mean, 2) for r in book.survey for s in r.elements}
    assert bars == pytest.approx(expected)
    latest = book.survey[-1]
    barrier = svg.select("rect.adkar-barrier")
    assert [str(b["data-element"]) for b in barrier] == [latest.barrier]
    assert {str(b["data-round"]) for b in svg.select("rect.round-latest[data-mean]")} == {latest.date.isoformat()}
    # the threshold sits on the grid line of 3, and every bar rises from the line of 1 to its mean
    grid = {int(text(t)): float(str(t["y"])) - 4 for t in svg.select("text.chart-tick") if text(t).isdigit()}
    threshold = svg.select_one("line.chart-threshold")
    assert threshold is not None
    assert float(str(threshold["y1"])) == pytest.approx(grid[3], abs=0.1)
    for bar in svg.select("rect[data-mean]"):
        top, height = float(str(bar["y"])), float(str(bar["height"]))
        assert top + height == pytest.approx(grid[1], abs=0.2)
        mean = float(str(bar["data-mean"]))
        assert top == pytest.approx(grid[1] - (grid[1] - grid[5]) * (mean - 1) / 4, abs=0.2)


@pytest.mark.parametrize("slug", ["fictief-financieel", "voorbeeld-techniek", "demo-cold-chain"])
def test_the_budget_bars_read_back_as_the_budget(slug: str) -> None:
    data = yaml.safe_load((ROOT / f"examples/companies/{slug}.yml").read_text(encoding="utf-8"))
    book = book_of(data, dt.date(2026, 11, 28))
    soup = page_of(book)
    svg = soup.select_one("figure#budget-chart svg[role=img]")
    assert svg is not None
    plan = book.budget
    rows: list[list[tuple[str, float, float]]] = []
    for track in svg.select("rect.chart-track"):
        segments = []
        for sibling in track.find_next_siblings():
            if sibling.name != "rect" or not sibling.has_attr("data-amount"):
                break
            kind = str(sibling.get_attribute_list("class")[0])
            segments.append((kind, float(str(sibling["data-amount"])), float(str(sibling["width"]))))
        rows.append(segments)
    expected: list[list[tuple[str, float]]] = [[("bar-budget", plan.budget_eur)]]
    expected += [[("bar-competence", r.competence), ("bar-change", r.change)] for r in plan.reserves]
    if plan.planned_eur is not None:
        expected.append([("bar-planned", plan.planned_eur)])
    costs = [c.low for c in plan.costs if c.unit == "eur"]
    expected.append([(f"bar-cost-{i % 2}", low) for i, low in enumerate(costs)])
    assert [[(kind, amount) for kind, amount, _ in row] for row in rows] == expected
    # one scale: each width is the amount's share of the largest bar's total
    track_width = float(str(svg.select_one("rect.chart-track")["width"]))  # type: ignore[index]
    largest = max(sum(amount for _, amount, _ in row) for row in rows)
    for row in rows:
        for _, amount, width in row:
            assert width == pytest.approx(track_width * amount / largest, abs=0.06)


@pytest.mark.parametrize(
    ("today", "language", "now", "unfolded"),
    [
        (dt.date(2026, 2, 1), "nl", "het plan begint op 2 maart 2026", [1, 2]),
        (dt.date(2026, 3, 2), "en", "month 1 of 12, March 2026 · phase 1. Foundations", [1, 2]),
        (dt.date(2027, 1, 1), "nl", "maand 10 van 12, december 2026 · fase 4. Transformeren", [10, 11]),
        (dt.date(2027, 2, 15), "en", "month 12 of 12, February 2027 · phase 4. Transform", [12]),
        (dt.date(2027, 6, 1), "nl", "het plan liep tot en met 1 maart 2027", []),
    ],
)
def test_where_the_plan_stands_and_which_months_unfold(
    today: dt.date, language: Language, now: str, unfolded: list[int]
) -> None:
    soup = page_of(book_of(EXAMPLE, today), language)
    assert text(soup.select_one(".glance-facts dd")) == now
    opened = [str(fold.select_one("h3")["id"]) for fold in soup.select("details.month-fold[open]")]  # type: ignore[index]
    assert opened == [f"month-{number}" for number in unfolded]
