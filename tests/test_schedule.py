"""The dated roadmap: calendar months from the start, status, progress and overdue flags.

The plan tests run on :func:`tests.fixtures.roadmap` (two phases, three months, four activities) and a
company that starts on 31 January 2027, so that month ends fall on short months.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playbook import Content
from playbook.clock import build_date
from playbook.rules.schedule import PlannedActivity, Schedule, add_months, plan_schedule, progress
from tests.fixtures import profile, roadmap

ROADMAP = roadmap()


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (dt.date(2027, 1, 4), 0, dt.date(2027, 1, 4)),
        (dt.date(2027, 1, 4), 11, dt.date(2027, 12, 4)),
        (dt.date(2027, 1, 31), 1, dt.date(2027, 2, 28)),  # February 2027 has 28 days
        (dt.date(2027, 11, 30), 3, dt.date(2028, 2, 29)),  # 2028 is a leap year
        (dt.date(2027, 3, 31), 1, dt.date(2027, 4, 30)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),  # across the year
    ],
)
def test_add_months_clamps_the_day(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


MARKS = {"m01-a": "done", "m01-b": "skipped", "m02-c": "in_progress"}
EXTRA = {"extra-x": {"month": 2, "title": "Own", "owner": "O"}, "m03-d": {"owner": "Z"}}


def marked(today: dt.date) -> Schedule:
    return plan_schedule(profile(progress=MARKS, activities=EXTRA), ROADMAP, today)


def test_month_dates_from_a_start_on_the_31st() -> None:
    """Month 1 runs 31 Jan-27 Feb (month 2 starts 31 Jan + 1 month = 28 Feb); month 2 ends the day before
    31 Mar; month 3 ends the day before 30 Apr."""
    months = marked(dt.date(2027, 1, 1)).months
    assert [(m.start, m.end) for m in months] == [
        (dt.date(2027, 1, 31), dt.date(2027, 2, 27)),
        (dt.date(2027, 2, 28), dt.date(2027, 3, 30)),
        (dt.date(2027, 3, 31), dt.date(2027, 4, 29)),
    ]


def test_owners_from_people_overrides_and_extras() -> None:
    """m01-a is the sponsor's (S), m01-b the champions' (A, B), m02-c the project manager's (nobody named),
    m03-d the IT team's but overridden to Z; the extra activity lands in month 2 with its own owner."""
    months = marked(dt.date(2027, 1, 1)).months
    owners = [[(a.id, a.owner) for a in month.activities] for month in months]
    assert owners == [
        [("m01-a", "S"), ("m01-b", "A, B")],
        [("m02-c", None), ("extra-x", "O")],
        [("m03-d", "Z")],
    ]


@pytest.mark.parametrize(
    ("today", "overdue"),
    [
        (dt.date(2027, 2, 27), []),  # month 1 ends today: nothing has ended yet
        # month 1 has ended, but m01-a is done and m01-b skipped
        (dt.date(2027, 2, 28), []),
        # month 2 has ended: m02-c is only in progress and extra-x has no status
        (dt.date(2027, 3, 31), ["m02-c", "extra-x"]),
        # month 3 has ended too: m03-d has no status
        (dt.date(2027, 4, 30), ["m02-c", "extra-x", "m03-d"]),
    ],
)
def test_overdue_once_the_month_has_ended(today: dt.date, overdue: list[str]) -> None:
    assert [a.id for a in marked(today).overdue] == overdue


def test_progress_counts_done_of_what_is_not_skipped() -> None:
    """Five activities, m01-b skipped: 1 done (m01-a) of 4 = 25 %. Phase 1 (months 1-2): 1 of m01-a, m02-c,
    extra-x = 33 %. Phase 2 (m03-d, open): 0 %."""
    schedule = marked(dt.date(2027, 1, 1))
    assert schedule.progress == 25
    assert [phase.progress for phase in schedule.phases] == [33, 0]


@pytest.mark.parametrize(
    ("done", "skipped", "total", "expected"),
    [
        (0, 0, 4, 0),
        (1, 0, 3, 33),  # 33.3 rounds down
        (2, 0, 3, 67),  # 66.7 rounds up
        (1, 1, 3, 50),  # the skipped one does not count: 1 of 2
        (1, 0, 8, 13),  # 12.5 rounds half up
        (0, 4, 4, None),  # everything skipped: nothing to count
    ],
)
def test_progress_is_a_whole_percent_of_what_counts(done: int, skipped: int, total: int, expected: int | None) -> None:
    def activity(status: str | None) -> PlannedActivity:
        return PlannedActivity("m01-x", None, "x", None, None, status, False)  # type: ignore[arg-type]

    items = [activity("done")] * done + [activity("skipped")] * skipped + [activity(None)] * (total - done - skipped)
    assert progress(items) == expected


def test_the_article_roadmap_end_to_end(content: Content) -> None:
    """The shipped 12-month roadmap from 4 January 2027: twelve months, 49 activities, the last month
    ending on 3 January 2028."""
    schedule = plan_schedule(profile(ai_project__start=dt.date(2027, 1, 4)), content.roadmap, dt.date(2027, 1, 4))
    assert [m.number for m in schedule.months] == list(range(1, 13))
    assert sum(len(m.activities) for m in schedule.months) == 49
    assert schedule.months[-1].end == dt.date(2028, 1, 3)


STATUSES = st.sampled_from([None, "done", "in_progress", "skipped"])
IDS = ("m01-a", "m01-b", "m02-c", "m03-d")


@given(
    start=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
    today=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
    statuses=st.tuples(*(STATUSES for _ in IDS)),
)
def test_schedule_invariants(start: dt.date, today: dt.date, statuses: tuple[str | None, ...]) -> None:
    """Months follow each other without gap; an activity is overdue exactly when its month has ended and it
    is neither done nor skipped; progress is None exactly when everything is skipped, 100 exactly when every
    counted activity is done, and marking one more activity done never lowers it."""
    marks = {key: status for key, status in zip(IDS, statuses, strict=True) if status}
    schedule = plan_schedule(profile(ai_project__start=start, progress=marks), ROADMAP, today)
    months = schedule.months
    assert months[0].start == start
    for earlier, later in itertools.pairwise(months):
        assert later.start == earlier.end + dt.timedelta(days=1)
        assert later.start.month == earlier.start.month % 12 + 1
    for month in months:
        for activity in month.activities:
            assert activity.overdue == (month.end < today and marks.get(activity.id) not in ("done", "skipped"))
    counted = [key for key in IDS if marks.get(key) != "skipped"]
    if not counted:
        assert schedule.progress is None
        return
    assert schedule.progress is not None
    assert (schedule.progress == 100) == all(marks.get(key) == "done" for key in counted)
    assert (schedule.progress == 0) == (not any(marks.get(key) == "done" for key in counted))
    for key in counted:
        if marks.get(key) != "done":
            more = plan_schedule(profile(ai_project__start=start, progress={**marks, key: "done"}), ROADMAP, today)
            assert more.progress is not None
            assert more.progress > schedule.progress


def test_build_date_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795824000")
    assert build_date() == dt.date(2026, 11, 28)
