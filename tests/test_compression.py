"""A time frame shorter than the roadmap compresses it; a longer one keeps its pace and adds a consolidation period.

The mapping is table-driven for the time frames a company may give and a property over any roadmap layout;
then the shipped roadmap for generated time frames, and the company page and exports of a six-month company.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
from typing import Any

import openpyxl
import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from hypothesis import given
from hypothesis import strategies as st

from playbook.company.company import Company, CompanyPlaybook
from playbook.company.playbooks import company_playbook
from playbook.export.exports import company_exports
from playbook.loading.yamlsource import SourceFile
from playbook.models.common import Language
from playbook.models.company import CompanyProfile
from playbook.render.company import company_page
from playbook.render.context import RenderContext, company_page_path
from playbook.render.svg_roadmap import band_spans
from playbook.rules.schedule import add_months, month_mapping, plan_schedule
from tests.conftest import ROOT
from tests.fixtures import profile
from tests.test_escaping import shipped, to_html

PHASES = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
"""The shipped roadmap's layout: four phases of three months."""


@pytest.mark.parametrize(
    ("timeframe", "expected"),
    [
        (1, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),  # everything in the one month
        (3, [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3]),  # phases 3 and 4 share the last month
        (4, [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]),  # a month per phase
        (6, [1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 6]),  # phases 1 and 3 two months each, 2 and 4 one
        (9, [1, 2, 3, 4, 5, 5, 6, 7, 7, 8, 9, 9]),  # phase 1 keeps three months, the others two
        (12, list(range(1, 13))),
        (18, list(range(1, 13))),  # no stretching: the months after 12 are for consolidation
        (36, list(range(1, 13))),
    ],
)
def test_month_mapping(timeframe: int, expected: list[int]) -> None:
    mapping = month_mapping(PHASES, timeframe)
    assert [mapping[month] for month in range(1, 13)] == expected


@st.composite
def layouts(draw: st.DrawFn) -> list[list[int]]:
    """A roadmap layout: one to six phases of one to five consecutive months each."""
    sizes = draw(st.lists(st.integers(1, 5), min_size=1, max_size=6))
    ends = list(itertools.accumulate(sizes))
    return [list(range(end - size + 1, end + 1)) for size, end in zip(sizes, ends, strict=True)]


@given(phases=layouts(), timeframe=st.integers(1, 36))
def test_month_mapping_properties(phases: list[list[int]], timeframe: int) -> None:
    """Monotone, onto the plan's months 1..min(T, N), phases non-empty and in order; each phase a block of its
    own whenever every phase's share of T is a month or more; the identity once T reaches the roadmap."""
    total = sum(len(months) for months in phases)
    mapping = month_mapping(phases, timeframe)
    months = [month for phase in phases for month in phase]
    mapped = [mapping[month] for month in months]
    assert all(a <= b for a, b in itertools.pairwise(mapped))
    assert set(mapped) == set(range(1, min(timeframe, total) + 1))
    blocks = [[mapping[month] for month in phase] for phase in phases]
    assert all(block for block in blocks)
    assert all(max(a) <= min(b) for a, b in itertools.pairwise(blocks))
    if min(len(phase) for phase in phases) * timeframe >= total:
        assert all(max(a) < min(b) for a, b in itertools.pairwise(blocks))
    if timeframe >= total:
        assert mapped == months


@given(timeframe=st.integers(1, 36), start=st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)))
def test_the_shipped_roadmap_in_any_time_frame(timeframe: int, start: dt.date) -> None:
    """Every activity once, in the roadmap's order, within months 1..T; the months follow each other from the
    start and the last ends where min(T, 12) months end; four phases in order, none empty."""
    content = shipped()
    schedule = plan_schedule(
        profile(ai_project__start=start, ai_project__timeframe_months=timeframe), content.roadmap, start
    )
    length = min(timeframe, 12)
    assert [a.id for m in schedule.months for a in m.activities] == [a.id for a in content.roadmap.activities()]
    assert [m.number for m in schedule.months] == list(range(1, length + 1))
    assert schedule.months[0].start == start
    assert schedule.months[-1].end == add_months(start, length) - dt.timedelta(days=1)
    for earlier, later in itertools.pairwise(schedule.months):
        assert later.start == earlier.end + dt.timedelta(days=1)
    assert [p.number for p in schedule.phases] == [1, 2, 3, 4]
    assert all(any(m.activities for m in p.months) for p in schedule.phases)
    assert all(a.months[-1].number <= b.months[0].number for a, b in itertools.pairwise(schedule.phases))
    if timeframe >= 4:
        assert all(a.months[-1].number < b.months[0].number for a, b in itertools.pairwise(schedule.phases))
    assert (schedule.consolidation_end is not None) == (timeframe > 12)


BASE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))
BUILT = dt.datetime(2027, 5, 10, tzinfo=dt.UTC)
"""In month 5 of the six-month plan (4 May to 3 June 2027)."""
TODAY = BUILT.date()


def book_of(timeframe: int, today: dt.date = TODAY) -> CompanyPlaybook:
    data: dict[str, Any] = yaml.safe_load(yaml.safe_dump(BASE))
    data["ai_project"]["timeframe_months"] = timeframe
    company = Company("voorbeeld-techniek", CompanyProfile.model_validate(data), SourceFile(ROOT, "v.yml", data))
    return company_playbook(company, shipped(), today)


def page_of(book: CompanyPlaybook, language: Language) -> BeautifulSoup:
    return to_html(company_page(RenderContext(shipped(), language, company_page_path(book.company.slug)), book))


def text_of(soup: Tag, selector: str) -> str:
    tag = soup.select_one(selector)
    assert tag is not None, selector
    return " ".join(tag.get_text(" ").split())


LAST = "m12-strategy-review"
"""The roadmap's last activity."""


@pytest.mark.parametrize(
    ("language", "month", "summary", "note", "now"),
    [
        (
            "nl",
            "juni 2027",
            "Maand 6: 4 juni 2027 tot en met 3 juli 2027",
            "Uw tijdsbestek is 6 maanden: de 12 maanden van het stappenplan zijn in dezelfde volgorde samengebracht"
            " in 6 maanden.",
            "maand 5 van 6, mei 2027 · fase 3. Opschalen",
        ),
        (
            "en",
            "June 2027",
            "Month 6: 4 June 2027 to 3 July 2027",
            "Your time frame is 6 months: the roadmap's 12 months are compressed into 6, in the same order.",
            "month 5 of 6, May 2027 · phase 3. Scale",
        ),
    ],
)
def test_a_six_month_company_page_ends_in_month_six(
    language: Language, month: str, summary: str, note: str, now: str
) -> None:
    soup = page_of(book_of(6), language)
    headings = [tag["id"] for tag in soup.select("h3.month-title")]
    assert headings == [f"month-{n}" for n in range(1, 7)]
    assert text_of(soup, "#month-6").rstrip("¶ ") == month
    fold = soup.select_one("details:has(#month-6)")
    assert fold is not None
    assert text_of(fold, ".month-summary").startswith(summary)
    items = fold.select("ul.checklist > li")
    assert items[-1]["id"] == f"voorbeeld-techniek-{LAST}-item"
    assert soup.find(string=lambda s: s is not None and s.startswith(note)) is not None
    assert now in soup.get_text(" ")
    marks = soup.select(f"svg .timeline-mark[data-activity='{LAST}']")
    assert [mark["data-month"] for mark in marks] == ["6"]


def test_the_exports_of_a_six_month_company_end_in_month_six() -> None:
    """The workbook, the CSV, the calendar and the JSON place the last activity in month 6 (4 June to 3 July
    2027), and the roadmap's month-5 extra activity in month 3."""
    files = company_exports(book_of(6), shipped(), BUILT)
    data = {name.rsplit(".", 1)[1]: content for name, content in files.items() if "-ai-register." not in name}
    workbook = openpyxl.load_workbook(io.BytesIO(data["xlsx"]))
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))[1:]
    last = next(row for row in rows if str(row[4]).startswith("Herzie de verandermanagementstrategie"))
    assert last[:3] == (6, dt.datetime(2027, 6, 4), dt.datetime(2027, 7, 3))
    assert max(row[0] for row in rows) == 6
    extra = next(row for row in rows if row[4] == "Datacatalogus opzetten")
    assert extra[:3] == (3, dt.datetime(2027, 3, 4), dt.datetime(2027, 4, 3))
    table = list(csv.reader(io.StringIO(data["csv"].decode("utf-8-sig")), delimiter=";"))
    assert [row[:3] for row in table[1:] if row[4].startswith("Herzie de verandermanagementstrategie")] == [
        ["6", "2027-06-04", "2027-07-03"]
    ]
    calendar = data["ics"].decode("utf-8")
    event = calendar.split(f"UID:voorbeeld-techniek-{LAST}@playbook", 1)[1].split("END:VEVENT", 1)[0]
    assert "DTSTART;VALUE=DATE:20270604" in event  # 4 June 2027, a Friday: the first working day of month 6
    record = json.loads(data["json"])
    schedule = record["schedule"]
    assert schedule["timeframe_months"] == 6
    assert schedule["consolidation_end"] is None
    months = [month for phase in schedule["phases"] for month in phase["months"]]
    assert months[-1]["number"] == 6
    assert months[-1]["roadmap_months"] == [10, 11, 12]
    assert months[-1]["activities"][-1]["id"] == LAST


def test_overdue_and_the_current_month_follow_the_compressed_plan() -> None:
    """On 10 May 2027 the six-month plan is in its month 5; every open activity of months 1-4 (to 3 May) is
    overdue, and none of a later roadmap month: the same date in a 12-month plan is month 5 of 12."""
    short, full = book_of(6), book_of(12)
    ended = dt.date(2027, 5, 3)
    assert {a.id for a in short.schedule.overdue} == {
        a.id
        for m in short.schedule.months
        if m.end <= ended
        for a in m.activities
        if a.status not in ("done", "skipped")
    }
    assert "m07-process-adaptation" in {a.id for a in short.schedule.overdue}  # roadmap month 7 is month 4 of 6
    assert "m07-process-adaptation" not in {a.id for a in full.schedule.overdue}
    assert len(short.schedule.overdue) > len(full.schedule.overdue)


def test_a_time_frame_beyond_the_roadmap_adds_a_consolidation_period() -> None:
    """Eighteen months from 4 January 2027: the roadmap keeps its twelve months (to 3 January 2028); from
    4 January to 3 July 2028 the page and the glance speak of consolidation."""
    book = book_of(18, dt.date(2028, 2, 1))
    assert len(book.schedule.months) == 12
    assert book.schedule.consolidation_end == dt.date(2028, 7, 3)
    nl, en = page_of(book, "nl").get_text(" "), page_of(book, "en").get_text(" ")
    assert "de maanden daarna, 4 januari 2028 tot en met 3 juli 2028, zijn voor consolidatie" in nl
    assert "the months after it, 4 January 2028 to 3 July 2028, are for consolidation" in en
    assert "consolidatie na het plan, tot en met 3 juli 2028" in nl
    assert "consolidating after the plan, until 3 July 2028" in en


def test_phases_share_months_below_four() -> None:
    """Two months: phases 1 and 2 share month 1, 3 and 4 month 2; each month appears once on the page with the
    later phase's part under an anchor of its own, and the timeline's bands halve each month."""
    book = book_of(2, dt.date(2027, 1, 10))
    assert [[m.number for m in p.months] for p in book.schedule.phases] == [[1], [1], [2], [2]]
    assert [m.number for m in book.schedule.months] == [1, 2]
    assert band_spans(book.schedule) == [(0.0, 0.5), (0.5, 1.0), (1.0, 1.5), (1.5, 2.0)]
    soup = page_of(book, "en")
    ids = [tag["id"] for tag in soup.select("h3.month-title")]
    assert ids == ["month-1", "month-1-2", "month-2", "month-2-4"]
    assert "With fewer months than phases, phases share a month" in soup.get_text(" ")
    assert "month 1 of 2, January 2027 · phase 1. Foundations, 2." in soup.get_text(" ")


def test_after_a_compressed_plan_the_glance_says_what_is_left() -> None:
    """On 1 August 2027 the six-month plan (to 3 July 2027) has ended: the glance says so, and that what is
    still open is overdue rather than that nothing is open."""
    book = book_of(6, dt.date(2027, 8, 1))
    nl, en = page_of(book, "nl"), page_of(book, "en")
    assert text_of(nl, ".glance-facts dd") == "het plan liep tot en met 3 juli 2027"
    assert "Niets meer gepland; wat nog open staat, is over tijd." in text_of(nl, ".glance-lists")
    assert "Nothing left ahead; what is still open is overdue." in text_of(en, ".glance-lists")
    assert len(book.schedule.overdue) == sum(
        1 for m in book.schedule.months for a in m.activities if a.status not in ("done", "skipped")
    )
