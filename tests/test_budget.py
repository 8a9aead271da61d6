"""The budget rule: reserves in whole euros, the competence/change split, scaled cost items and warnings.

The table tests run on :func:`tests.fixtures.budget_guidance`: reserves of 10 %, 20 % and, for a first
project, 30 %, each split 75 % competence / 25 % change, halves rounded up. One test runs the shipped
data/budget.yml on the article's own example.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playbook import Content
from playbook.models.practice import BudgetGuidance
from playbook.rules.budget import BudgetPlan, plan_budget
from playbook.rules.money import whole_euros
from tests.fixtures import budget_guidance

GUIDANCE = budget_guidance()


def plan(
    budget: float, first: bool, team: int = 4, planned: float | None = None, guidance: BudgetGuidance = GUIDANCE
) -> BudgetPlan:
    return plan_budget(
        budget_eur=budget, first_ai_project=first, it_team_size=team, planned_eur=planned, guidance=guidance
    )


@pytest.mark.parametrize(
    ("budget", "first", "amounts", "competence", "change"),
    [
        # 10/20/30 % of 100,000; 75 % of each for competences, the rest for change.
        (100000, True, (10000, 20000, 30000), (7500, 15000, 22500), (2500, 5000, 7500)),
        # Not a first project: no 30 % reserve.
        (100000, False, (10000, 20000), (7500, 15000), (2500, 5000)),
        # 10 % of 12,345 = 1,234.5 -> 1,235 (half up); 20 % = 2,469; 30 % = 3,703.5 -> 3,704.
        # 75 % of 1,235 = 926.25 -> 926 (change 1,235 - 926 = 309); of 2,469 = 1,851.75 -> 1,852 (617);
        # of 3,704 = 2,778 (926).
        (12345, True, (1235, 2469, 3704), (926, 1852, 2778), (309, 617, 926)),
        # 10 % of 10 = 1 and 20 % = 2; 75 % of 1 = 0.75 -> 1 and of 2 = 1.5 -> 2: nothing left for change.
        (10, False, (1, 2), (1, 2), (0, 0)),
    ],
)
def test_reserves_and_split(
    budget: float, first: bool, amounts: tuple[int, ...], competence: tuple[int, ...], change: tuple[int, ...]
) -> None:
    result = plan(budget, first)
    assert tuple(r.amount for r in result.reserves) == amounts
    assert tuple(r.competence for r in result.reserves) == competence
    assert tuple(r.change for r in result.reserves) == change


@pytest.mark.parametrize(
    ("planned", "shortfall"),
    [
        (None, None),  # nothing planned: no shortfall to report
        (4000, 6000),  # the lowest reserve of 100,000 is 10,000: 10,000 - 4,000
        (9999.5, 1),  # 0.5 short rounds up to a whole euro
        (10000, None),  # exactly the lowest reserve
        (50000, None),
        (0, 10000),  # a plan of nothing misses the whole lowest reserve
    ],
)
def test_shortfall_to_the_lowest_reserve(planned: float | None, shortfall: int | None) -> None:
    assert plan(100000, True, planned=planned).shortfall_eur == shortfall


def test_cost_items_scale_with_the_it_team() -> None:
    """A team of 4: training 4 x 1,000-2,000; release time 4 x 10-20 % = 0.4-0.8 FTE; fixed items unchanged."""
    costs = {cost.item.id: cost for cost in plan(100000, True, team=4).costs}
    assert (costs["training"].low, costs["training"].high, costs["training"].unit) == (4000, 8000, "eur")
    assert (costs["consultancy"].low, costs["consultancy"].high) == (10000, 30000)
    assert (costs["communication"].low, costs["communication"].high) == (5000, 10000)
    assert costs["release-time"].unit == "fte"
    assert costs["release-time"].low == pytest.approx(0.4)
    assert costs["release-time"].high == pytest.approx(0.8)


@pytest.mark.parametrize(
    ("budget", "first", "exceeds"),
    [
        (100000, True, False),  # highest reserve 30 % = 30,000 >= 19,000
        (60000, True, True),  # 30 % = 18,000 < 19,000
        (60000, False, True),  # 20 % = 12,000
        (95000, False, False),  # 20 % = 19,000: equal is not more
        (94997, False, True),  # 20 % = 18,999.4 -> 18,999
    ],
)
def test_warning_when_item_minimums_exceed_the_highest_reserve(budget: float, first: bool, exceeds: bool) -> None:
    """Minimums in euros for a team of 4: training 4,000 + consultancy 10,000 + communication 5,000 = 19,000."""
    result = plan(budget, first, team=4)
    assert result.items_min_eur == 19000
    assert result.items_exceed_reserve is exceeds


@pytest.mark.parametrize(("amount", "expected"), [(0.5, 1), (1.5, 2), (2.5, 3), (2.4999, 2), (1234.5, 1235)])
def test_halves_round_up(amount: float, expected: int) -> None:
    """Half a euro always goes up, never to the even neighbour (2.5 -> 3, where round() gives 2)."""
    assert whole_euros(amount) == expected


def test_the_article_example_with_the_shipped_guidance(content: Content) -> None:
    """End to end on data/budget.yml: EUR 120,000, a first project, an IT team of 7, EUR 15,000 planned.

    The article's 15-20 % (25 % for a first project) gives 18,000, 24,000 and 30,000, split 60/40; 15,000
    planned misses the lowest reserve by 3,000.
    """
    result = plan(120000, True, team=7, planned=15000, guidance=content.budget)
    assert [(r.amount, r.competence, r.change) for r in result.reserves] == [
        (18000, 10800, 7200),
        (24000, 14400, 9600),
        (30000, 18000, 12000),
    ]
    assert result.shortfall_eur == 3000


@given(
    budget=st.floats(min_value=1, max_value=10_000_000, allow_nan=False),
    first=st.booleans(),
    team=st.integers(min_value=1, max_value=250),
    planned=st.one_of(st.none(), st.floats(min_value=0, max_value=10_000_000, allow_nan=False)),
)
def test_budget_bounds(budget: float, first: bool, team: int, planned: float | None) -> None:
    result = plan(budget, first, team, planned)
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
