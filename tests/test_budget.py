"""The budget rule: reserves in whole euros, the 60/40 split, scaled cost items and warnings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playbook import Content
from playbook.rules.budget import BudgetPlan, plan_budget
from playbook.rules.money import whole_euros


def plan(content: Content, budget: float, first: bool, team: int, planned: float | None) -> BudgetPlan:
    return plan_budget(
        budget_eur=budget, first_ai_project=first, it_team_size=team, planned_eur=planned, guidance=content.budget
    )


@pytest.mark.parametrize(
    ("budget", "first", "amounts", "competence", "change"),
    [
        (120000, True, (18000, 24000, 30000), (10800, 14400, 18000), (7200, 9600, 12000)),
        (120000, False, (18000, 24000), (10800, 14400), (7200, 9600)),
        (100001, False, (15000, 20000), (9000, 12000), (6000, 8000)),
        (99999, True, (15000, 20000, 25000), (9000, 12000, 15000), (6000, 8000, 10000)),
        (10, False, (2, 2), (1, 1), (1, 1)),
    ],
)
def test_reserves_and_split(
    content: Content,
    budget: float,
    first: bool,
    amounts: tuple[int, ...],
    competence: tuple[int, ...],
    change: tuple[int, ...],
) -> None:
    result = plan(content, budget, first, 7, None)
    assert tuple(r.amount for r in result.reserves) == amounts
    assert tuple(r.competence for r in result.reserves) == competence
    assert tuple(r.change for r in result.reserves) == change


@pytest.mark.parametrize(
    ("planned", "shortfall"),
    [(None, None), (15000, 3000), (17999.5, 1), (18000, None), (50000, None), (0, 18000)],
)
def test_shortfall_to_the_lowest_reserve(content: Content, planned: float | None, shortfall: int | None) -> None:
    assert plan(content, 120000, True, 7, planned).shortfall_eur == shortfall


def test_cost_items_scale_with_the_it_team(content: Content) -> None:
    costs = {cost.item.id: cost for cost in plan(content, 120000, True, 7, None).costs}
    assert (costs["training"].low, costs["training"].high, costs["training"].unit) == (10500, 21000, "eur")
    assert (costs["communication"].low, costs["communication"].high) == (5000, 15000)
    assert (costs["consultancy"].low, costs["consultancy"].high) == (20000, 50000)
    assert costs["release-time"].unit == "fte"
    assert costs["release-time"].low == pytest.approx(0.35)
    assert costs["release-time"].high == pytest.approx(0.7)


@pytest.mark.parametrize(
    ("budget", "first", "exceeds"),
    [(120000, True, True), (150000, True, False), (177497, False, True), (177498, False, False)],
)
def test_warning_when_item_minimums_exceed_the_highest_reserve(
    content: Content, budget: float, first: bool, exceeds: bool
) -> None:
    result = plan(content, budget, first, 7, None)
    assert result.items_min_eur == 35500
    assert result.items_exceed_reserve is exceeds


def test_halves_round_up() -> None:
    assert [whole_euros(x) for x in (0.5, 1.5, 2.5, 2.4999)] == [1, 2, 3, 2]


@given(
    budget=st.floats(min_value=1, max_value=10_000_000, allow_nan=False),
    first=st.booleans(),
    team=st.integers(min_value=1, max_value=250),
    planned=st.one_of(st.none(), st.floats(min_value=0, max_value=10_000_000, allow_nan=False)),
)
def test_budget_bounds(content: Content, budget: float, first: bool, team: int, planned: float | None) -> None:
    result = plan(content, budget, first, team, planned)
    amounts = [r.amount for r in result.reserves]
    assert amounts == sorted(amounts)
    assert len(amounts) == (3 if first else 2)
    for reserve in result.reserves:
        assert reserve.competence + reserve.change == reserve.amount
        assert abs(reserve.amount - budget * reserve.pct / 100) <= 0.5
        assert reserve.competence >= reserve.change
    if result.shortfall_eur is not None:
        assert planned is not None
        assert 0 < result.shortfall_eur <= amounts[0]
    else:
        assert planned is None or planned >= amounts[0]
