"""The analysis of measurements: month-end values, change, trend and forecast; survey rounds; the portfolio."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playbook.content import Content
from playbook.measure.portfolio import kpi_spread
from playbook.measure.survey import acceptance_from_survey, survey_rounds, survey_rounds_by_company
from playbook.measure.trends import kpi_trends, kpi_trends_by_company, month_end_values
from playbook.models.measurement import Answer, Measurement
from playbook.models.practice import Kpi
from playbook.rules.kpis import measurement_due

ADKAR = ("awareness", "desire", "knowledge", "ability", "reinforcement")


def kpi(content: Content, direction: str = "higher", target: float = 50) -> Kpi:
    base = next(k for k in content.kpis.kpis if k.id == "usage_rate")
    return base.model_copy(update={"direction": direction, "target": target, "scale_max": None})


def series(*rows: tuple[str, float]) -> list[Measurement]:
    return [Measurement(dt.date.fromisoformat(day), "usage_rate", value) for day, value in rows]


def test_month_end_values_keep_the_last_measurement_of_each_month() -> None:
    values = month_end_values(
        series(("2026-01-05", 5), ("2026-01-31", 10), ("2026-03-15", 30), ("2026-03-02", 99), ("2026-04-30", 40))
    )
    assert [(int(m), v) for m, v in zip(values["month"], values["value"], strict=True)] == [
        (2026 * 12, 10.0),
        (2026 * 12 + 2, 30.0),
        (2026 * 12 + 3, 40.0),
    ]


@pytest.mark.parametrize(
    ("rows", "direction", "target", "change", "slope", "forecast"),
    [
        # 10, 20, 30: +10 a month; the line gives 40 in April, 50 in May (no value three months back: no change).
        ([("2026-01-31", 10), ("2026-02-28", 20), ("2026-03-31", 30)], "higher", 50, None, 10, "2026-05-01"),
        # 4, 3.5, 3: −0.5 a month; 2.5 in April, 2 (at the target) in May.
        ([("2026-01-31", 4), ("2026-02-28", 3.5), ("2026-03-31", 3)], "lower", 2, None, -0.5, "2026-05-01"),
        # months 0, 2, 3 with 10, 30, 40: slope 420/42 = 10, line 40 in April, 70 in July.
        (
            [("2026-01-05", 5), ("2026-01-31", 10), ("2026-03-15", 30), ("2026-04-30", 40)],
            "higher",
            70,
            30,
            10,
            "2026-07-01",
        ),
        # a value 15 months before the latest falls outside the twelve-month window.
        (
            [("2024-12-31", 100), ("2026-01-31", 10), ("2026-02-28", 20), ("2026-03-31", 30)],
            "higher",
            50,
            None,
            10,
            "2026-05-01",
        ),
        # the line is already at the target in the latest month.
        ([("2026-01-31", 60), ("2026-02-28", 70), ("2026-03-31", 80)], "higher", 75, None, 10, "2026-03-01"),
        # flat, and the wrong way: not at this pace.
        ([("2026-01-31", 10), ("2026-02-28", 10), ("2026-03-31", 10)], "higher", 50, None, 0, None),
        ([("2026-01-31", 30), ("2026-02-28", 20), ("2026-03-31", 10)], "higher", 50, None, -10, None),
        # two month-end values: a change, but no trend and no forecast.
        ([("2026-01-31", 10), ("2026-04-30", 40)], "higher", 50, 30, None, None),
        # nothing three months back: no change.
        ([("2026-03-31", 10), ("2026-04-30", 40)], "higher", 50, None, None, None),
        # 1 a month, 110 months to go: past the ten-year horizon is still reachable; 130 is not.
        ([("2026-01-31", 0), ("2026-02-28", 1), ("2026-03-31", 2)], "higher", 122, None, 1, "2036-03-01"),
        ([("2026-01-31", 0), ("2026-02-28", 1), ("2026-03-31", 2)], "higher", 123, None, 1, None),
    ],
)
def test_change_trend_and_forecast(
    content: Content,
    rows: list[tuple[str, float]],
    direction: str,
    target: float,
    change: float | None,
    slope: float | None,
    forecast: str | None,
) -> None:
    trend = kpi_trends([kpi(content, direction, target)], series(*rows))["usage_rate"]
    assert trend.change == (pytest.approx(change) if change is not None else None)
    assert trend.slope == (pytest.approx(slope) if slope is not None else None)
    assert trend.forecast == (dt.date.fromisoformat(forecast) if forecast else None)


def _month_end(index: int) -> dt.date:
    year, month = divmod(index + 1, 12)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


@settings(deadline=None)
@given(
    start=st.integers(2020 * 12, 2030 * 12),
    count=st.integers(3, 12),
    intercept=st.integers(-500, 500),
    slope=st.integers(-20, 20),
    target=st.integers(-1000, 1000),
    higher=st.booleans(),
)
def test_a_straight_line_is_forecast_exactly(
    content: Content, start: int, count: int, intercept: int, slope: int, target: int, higher: bool
) -> None:
    measured = [Measurement(_month_end(start + k), "usage_rate", float(intercept + slope * k)) for k in range(count)]
    chosen = kpi(content, "higher" if higher else "lower", target)
    trend = kpi_trends([chosen], measured)["usage_rate"]
    assert trend.slope == pytest.approx(slope, abs=1e-9)
    expected = None
    for k in range(count - 1, count + 120):
        value = intercept + slope * k
        if (value >= target) if higher else (value <= target):
            expected = _month_end(start + k).replace(day=1)
            break
    assert trend.forecast == expected


def test_the_line_spans_the_window(content: Content) -> None:
    line = kpi_trends([kpi(content)], series(("2026-01-31", 10), ("2026-02-28", 20), ("2026-03-31", 30)))[
        "usage_rate"
    ].line
    assert line is not None
    assert [(point.month, round(point.value, 9)) for point in line] == [
        (dt.date(2026, 1, 1), 10),
        (dt.date(2026, 3, 1), 30),
    ]


def answers(day: str, scores: dict[str, dict[str, list[int]]]) -> list[Answer]:
    return [
        Answer(dt.date.fromisoformat(day), who, element, score)
        for who, elements in scores.items()
        for element, values in elements.items()
        for score in values
    ]


LOW_DESIRE = {
    "r1": {"awareness": [5, 5], "desire": [2, 2], "knowledge": [4], "ability": [4], "reinforcement": [4]},
    "r2": {"awareness": [4, 4], "desire": [4, 3], "knowledge": [2], "ability": [3], "reinforcement": [5]},
}
ALL_HIGH = {
    "r1": {element: [4, 5] for element in ADKAR},
    "r2": {element: [4, 4] for element in ADKAR},
    "r3": {element: [5] for element in ADKAR},
}
AWARENESS_AT_THREE = {"r1": {"awareness": [3, 3], "desire": [1]}, "r2": {"awareness": [3], "desire": [5]}}


@pytest.mark.parametrize(
    ("scores", "means", "low", "barrier", "acceptance"),
    [
        # desire: (2+2+4+3)/4 = 2.75, r1's desire mean 2 is low; knowledge 3 (r2 at 2); overall 26/7 and 25/7
        (LOW_DESIRE, [4.5, 2.75, 3, 3.5, 4.5], [0, 50, 50, 0, 0], "desire", 0),
        (ALL_HIGH, [4.4] * 5, [0] * 5, None, 100),
        # awareness at exactly 3 is a barrier; unanswered elements are left out; r2's mean (3+5)/2 = 4 accepts
        (AWARENESS_AT_THREE, [3, 3], [0, 50], "awareness", 50),
    ],
    ids=["desire", "none", "awareness-at-three"],
)
def test_survey_round(
    scores: dict[str, dict[str, list[int]]],
    means: list[float],
    low: list[float],
    barrier: str | None,
    acceptance: float,
) -> None:
    (found,) = survey_rounds(answers("2026-10-30", scores), ADKAR)
    assert [e.mean for e in found.elements] == pytest.approx(means)
    assert [e.low_share for e in found.elements] == pytest.approx(low)
    assert found.barrier == barrier
    assert found.acceptance == pytest.approx(acceptance)
    assert found.respondents == len(scores)


def test_survey_rounds_per_date_and_acceptance_only_for_a_company_that_never_measured_it() -> None:
    rounds = survey_rounds(answers("2026-06-30", LOW_DESIRE) + answers("2026-10-30", ALL_HIGH), ADKAR)
    assert [(r.date.isoformat(), r.barrier) for r in rounds] == [("2026-06-30", "desire"), ("2026-10-30", None)]
    direct = [Measurement(dt.date(2026, 6, 30), "acceptance_score", 52)]
    assert acceptance_from_survey(rounds, direct) == ()  # a survey never overrides a measured KPI
    other = [Measurement(dt.date(2026, 6, 30), "usage_rate", 40)]
    assert acceptance_from_survey(rounds, other) == ()  # two and three respondents: too few to use
    five = {f"r{n}": {element: [4] for element in ADKAR} for n in range(5)}
    rounds = survey_rounds(answers("2026-06-30", LOW_DESIRE) + answers("2026-10-30", five), ADKAR)
    assert acceptance_from_survey(rounds, other) == (Measurement(dt.date(2026, 10, 30), "acceptance_score", 100.0),)


MEASUREMENTS = st.lists(
    st.builds(
        Measurement,
        st.dates(dt.date(2024, 1, 1), dt.date(2027, 6, 30)),
        st.sampled_from(["usage_rate", "acceptance_score", "change_friction"]),
        st.floats(0, 100, allow_nan=False).map(lambda value: round(value, 2)),
    ),
    max_size=30,
)
ANSWERS = st.lists(
    st.builds(
        Answer,
        st.dates(dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        st.sampled_from(["r1", "r2", "r3"]),
        st.sampled_from(ADKAR),
        st.integers(1, 5),
    ),
    max_size=30,
)


@settings(deadline=None, max_examples=50)
@given(measured=st.lists(MEASUREMENTS, max_size=4), answered=st.lists(ANSWERS, max_size=4))
def test_companies_analysed_together_get_what_each_gets_alone(
    content: Content, measured: list[list[Measurement]], answered: list[list[Answer]]
) -> None:
    """The build analyses every company in one frame; each company's figures are exactly those of its own frame."""
    assert kpi_trends_by_company(content.kpis.kpis, measured) == [kpi_trends(content.kpis.kpis, m) for m in measured]
    assert survey_rounds_by_company(answered, ADKAR) == [survey_rounds(a, ADKAR) for a in answered]


def test_kpi_spread_across_companies() -> None:
    spread = kpi_spread([("a", "usage_rate", 10), ("b", "usage_rate", 40), ("c", "usage_rate", 20), ("a", "x", 1)])
    usage = spread["usage_rate"]
    assert (usage.companies, usage.median, usage.low, usage.high) == (3, 20, 10, 40)
    assert spread["x"].companies == 1


@pytest.mark.parametrize(
    ("last", "start", "today", "due"),
    [
        (None, "2027-01-04", "2026-11-28", False),  # not started
        (None, "2026-10-01", "2026-11-28", False),  # started, but a quarter has not passed
        (None, "2026-08-01", "2026-11-28", True),  # a quarter since the start without a measurement
        ("2026-09-30", "2026-03-02", "2026-11-28", False),
        ("2026-08-27", "2026-03-02", "2026-11-28", True),
        ("2026-08-28", "2026-03-02", "2026-11-28", False),  # exactly three months: not yet overdue
    ],
)
def test_a_quarterly_measurement_is_due(content: Content, last: str | None, start: str, today: str, due: bool) -> None:
    quarterly = next(k for k in content.kpis.kpis if k.id == "acceptance_score")
    points = [Measurement(dt.date.fromisoformat(last), "acceptance_score", 50)] if last else []
    assert measurement_due(quarterly, points, dt.date.fromisoformat(start), dt.date.fromisoformat(today)) is due
