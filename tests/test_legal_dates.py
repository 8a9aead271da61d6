"""The dates from which a use case's AI Act duties apply are dated activities: calendar, workbook and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import openpyxl
import yaml

from playbook.company.company import Company, CompanyPlaybook
from playbook.company.legal_dates import month_of
from playbook.company.playbooks import company_playbook
from playbook.export.exports import company_exports
from playbook.loading.content import load_content
from playbook.loading.yamlsource import SourceFile
from playbook.models.company import CompanyProfile
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "data", root=ROOT)
BASE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))
BUILT = dt.datetime(2026, 12, 4, tzinfo=dt.UTC)
USE_CASES = [
    {"title": "Cv-selectie", "kind": "recruitment", "personal_data": ["applicants"]},
    {"title": "Klantchat", "kind": "chatbot", "personal_data": ["customers"]},
    {"title": "Cabinecamera", "kind": "emotion_recognition_at_work", "personal_data": ["staff"]},
]


def company(use_cases: list[Any], start: str = "2027-01-04", timeframe: int = 12) -> CompanyPlaybook:
    data = yaml.safe_load(yaml.safe_dump(BASE))
    data["ai_project"]["use_cases"] = use_cases
    data["ai_project"]["start"] = dt.date.fromisoformat(start)
    data["ai_project"]["timeframe_months"] = timeframe
    data["progress"] = {}
    profile = CompanyProfile.model_validate(data)
    return company_playbook(Company("acme", profile, SourceFile(ROOT, "acme.yml", data)), CONTENT, BUILT.date())


def dated(book: CompanyPlaybook) -> dict[str, tuple[int, str, dt.date | None]]:
    return {
        activity.id: (month.number, activity.title.nl if activity.title else "", activity.on)
        for month in book.schedule.months
        for activity in month.activities
        if "-applies-" in activity.id
    }


def test_each_use_case_gets_the_date_its_duties_apply_from() -> None:
    assert dated(company(USE_CASES)) == {
        "m11-applies-ai-act-art-26-uc1": (
            11,
            "Vanaf 2 december 2027 geldt AI-verordening, artikel 26 voor ‘Cv-selectie’ (hoog risico): "
            "zorg dat u er dan aan voldoet.",
            dt.date(2027, 12, 2),
        ),
        "m01-applies-ai-act-art-50-uc2": (
            1,
            "Sinds 2 augustus 2026 geldt AI-verordening, artikel 50 voor ‘Klantchat’ (transparantieverplichting): "
            "ga na of u eraan voldoet.",
            dt.date(2026, 8, 2),
        ),
    }  # the prohibited cab camera gets no date: only the activity that stops it


def test_a_date_after_the_plan_goes_into_its_last_month() -> None:
    assert month_of(dt.date(2027, 12, 2), dt.date(2026, 9, 1)) == 12
    assert month_of(dt.date(2027, 12, 2), dt.date(2027, 11, 15)) == 1
    assert month_of(dt.date(2025, 2, 2), dt.date(2027, 1, 4)) == 1


def test_the_calendar_workbook_and_csv_carry_the_dates() -> None:
    files = company_exports(company(USE_CASES), CONTENT, BUILT)
    calendar = next(data for name, data in files.items() if name.endswith(".ics")).decode("utf-8")
    event = calendar.split("UID:acme-m11-applies-ai-act-art-26-uc1@playbook", 1)[1].split("END:VEVENT", 1)[0]
    assert "DTSTART;VALUE=DATE:20271202" in event
    assert "DTEND;VALUE=DATE:20271203" in event
    table = next(data for name, data in files.items() if name.endswith(".csv")).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(table), delimiter=";"))
    assert any(row[4].startswith("Vanaf 2 december 2027 geldt AI-verordening, artikel 26") for row in rows), rows[0]
    workbook = openpyxl.load_workbook(io.BytesIO(next(d for n, d in files.items() if n.endswith(".xlsx"))))
    titles = [str(row[4].value) for row in workbook.worksheets[0].iter_rows(min_row=2)]
    assert any(title.startswith("Sinds 2 augustus 2026 geldt AI-verordening, artikel 50") for title in titles)


def test_a_compressed_plan_keeps_legal_dates_on_their_day() -> None:
    """Six months from 1 March 2027: the plan ends on 31 August 2027, so the duty that applies from 2 December
    2027 joins its last month (6), and 2 August 2026 its first; both keep their own day in the calendar, while
    the roadmap's month-12 activities move into month 6 (1-31 August 2027)."""
    book = company(USE_CASES, start="2027-03-01", timeframe=6)
    assert {key: (month, on) for key, (month, _, on) in dated(book).items()} == {
        "m06-applies-ai-act-art-26-uc1": (6, dt.date(2027, 12, 2)),
        "m01-applies-ai-act-art-50-uc2": (1, dt.date(2026, 8, 2)),
    }
    last = book.schedule.months[-1]
    assert (last.number, last.start, last.end) == (6, dt.date(2027, 8, 1), dt.date(2027, 8, 31))
    assert "m12-next-roadmap" in {activity.id for activity in last.activities}
    files = company_exports(book, CONTENT, BUILT)
    calendar = next(data for name, data in files.items() if name.endswith(".ics")).decode("utf-8")
    event = calendar.split("UID:acme-m06-applies-ai-act-art-26-uc1@playbook", 1)[1].split("END:VEVENT", 1)[0]
    assert "DTSTART;VALUE=DATE:20271202" in event
    evaluation = calendar.split("UID:acme-m12-next-roadmap@playbook", 1)[1].split("END:VEVENT", 1)[0]
    assert "DTSTART;VALUE=DATE:20270802" in evaluation  # the first working day of month 6, a Monday


def test_a_date_in_a_compressed_plan_goes_into_its_last_month() -> None:
    assert month_of(dt.date(2027, 12, 2), dt.date(2027, 3, 1), 6) == 6
    assert month_of(dt.date(2027, 5, 15), dt.date(2027, 3, 1), 6) == 3
    assert month_of(dt.date(2027, 5, 15), dt.date(2027, 3, 1), 1) == 1
