"""The dated roadmap: calendar months from the start, status, progress and overdue flags."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playbook import Content
from playbook.clock import build_date
from playbook.models.company import CompanyProfile
from playbook.rules.schedule import PlannedActivity, add_months, plan_schedule, progress


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (dt.date(2027, 1, 4), 0, dt.date(2027, 1, 4)),
        (dt.date(2027, 1, 4), 11, dt.date(2027, 12, 4)),
        (dt.date(2027, 1, 31), 1, dt.date(2027, 2, 28)),
        (dt.date(2027, 11, 30), 3, dt.date(2028, 2, 29)),
        (dt.date(2027, 3, 31), 1, dt.date(2027, 4, 30)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
    ],
)
def test_add_months_clamps_the_day(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


def company(start: dt.date, progress_map: dict[str, str] | None = None) -> CompanyProfile:
    return CompanyProfile.model_validate(
        {
            "schema_version": 1,
            "name": "X",
            "employees": 50,
            "it_team_size": 5,
            "sector": "s",
            "language": "nl",
            "ai_project": {
                "budget_eur": 1000,
                "first_ai_project": True,
                "start": start,
                "scope": "team",
                "resources": "medium",
                "timeframe_months": 6,
                "agile": False,
            },
            "progress": progress_map or {},
            "people": {"sponsor": "S", "champions": ["A", "B"]},
        }
    )


@given(
    start=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
    today=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_schedule_invariants(content: Content, start: dt.date, today: dt.date) -> None:
    schedule = plan_schedule(company(start), content.roadmap, today)
    months = schedule.months
    assert [m.number for m in months] == list(range(1, 13))
    assert months[0].start == start
    for earlier, later in itertools.pairwise(months):
        assert later.start == earlier.end + dt.timedelta(days=1)
        assert later.start.month == earlier.start.month % 12 + 1
    assert sum(len(m.activities) for m in months) == 48
    for month in months:
        for activity in month.activities:
            assert activity.overdue == (month.end < today)
    assert schedule.progress == 0


def test_status_progress_and_overdue(content: Content) -> None:
    marks = {
        "m01-readiness-analysis": "done",
        "m01-use-cases": "done",
        "m01-vision": "skipped",
        "m01-steering-committee": "in_progress",
        "m02-model-choice": "done",
    }
    schedule = plan_schedule(company(dt.date(2027, 1, 4), marks), content.roadmap, dt.date(2027, 3, 4))
    first = {a.id: a for a in schedule.months[0].activities}
    assert [a.id for a in schedule.overdue] == [
        "m01-steering-committee",
        "m02-communication-strategy",
        "m02-resistance-analysis",
        "m02-ai-champions",
    ]
    assert first["m01-vision"].overdue is False
    assert first["m01-vision"].owner == "S"
    assert schedule.progress == 6  # 3 done of 47 counted
    assert schedule.phases[0].progress == 27  # 3 of 11
    assert schedule.phases[1].progress == 0
    champions = next(a for m in schedule.months for a in m.activities if a.role == "champions")
    assert champions.owner == "A, B"
    unassigned = next(a for a in schedule.months[0].activities if a.role == "project_manager")
    assert unassigned.owner is None


@pytest.mark.parametrize(
    ("done", "skipped", "total", "expected"),
    [(0, 0, 4, 0), (1, 0, 3, 33), (2, 0, 3, 67), (1, 1, 3, 50), (0, 4, 4, None)],
)
def test_progress_is_a_whole_percent_of_what_counts(done: int, skipped: int, total: int, expected: int | None) -> None:
    def activity(status: str | None) -> PlannedActivity:
        return PlannedActivity("m01-x", None, "x", None, None, status, False)  # type: ignore[arg-type]

    items = [activity("done")] * done + [activity("skipped")] * skipped + [activity(None)] * (total - done - skipped)
    assert progress(items) == expected


def test_build_date_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795824000")
    assert build_date() == dt.date(2026, 11, 28)
