"""How much to reserve for change management and competence development, in whole euros."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from playbook.models.practice import BudgetGuidance, CostItem
from playbook.rules.money import whole_euros


def share(budget: float, pct: float) -> int:
    """``pct`` per cent of ``budget``, in whole euros."""
    return whole_euros(Decimal(str(budget)) * Decimal(str(pct)) / 100)


@dataclass(frozen=True)
class Reserve:
    """A reserve at one percentage, split into competence development and change activities."""

    pct: float
    amount: int
    competence: int
    change: int


@dataclass(frozen=True)
class CostEstimate:
    """A typical cost item scaled to the company: euros, or FTE for release time."""

    item: CostItem
    low: float
    high: float
    unit: str
    """'eur' or 'fte'."""


@dataclass(frozen=True)
class BudgetPlan:
    """The reserves, the reference cost items and the warnings for one company."""

    budget_eur: float
    reserves: tuple[Reserve, ...]
    costs: tuple[CostEstimate, ...]
    items_min_eur: int
    planned_eur: float | None
    shortfall_eur: int | None
    """Missing to the lowest reserve; None when nothing is planned or the plan reaches it."""
    change_budget_short: bool
    """No change budget is planned, or less than the lowest reserve: the one answer the page and the risk share."""
    items_exceed_reserve: bool
    audience: int = 0
    """How many people the cost items are scaled to: the IT team, or every employee when the scope is the
    whole organisation."""


def training_audience(scope: str, employees: int, it_team_size: int) -> int:
    """Who is trained: every employee when the change covers the organisation, else the IT team."""
    return employees if scope == "organisation" else it_team_size


def reserve(budget: float, pct: float, guidance: BudgetGuidance) -> Reserve:
    """The reserve at ``pct``, split competence/change; the parts add up to the amount."""
    amount = share(budget, pct)
    competence = share(amount, guidance.competence_pct)
    return Reserve(pct, amount, competence, amount - competence)


def estimate(item: CostItem, it_team_size: int) -> CostEstimate:
    """Scale a cost item to the IT team: per employee times the team, work time as FTE."""
    if item.unit == "eur_per_employee":
        return CostEstimate(item, whole_euros(item.low * it_team_size), whole_euros(item.high * it_team_size), "eur")
    if item.unit == "pct_work_time":
        return CostEstimate(item, it_team_size * item.low / 100, it_team_size * item.high / 100, "fte")
    return CostEstimate(item, item.low, item.high, "eur")


def plan_budget(
    *,
    budget_eur: float,
    first_ai_project: bool,
    it_team_size: int,
    planned_eur: float | None,
    guidance: BudgetGuidance,
) -> BudgetPlan:
    """The company's budget plan; ``it_team_size`` is the number of people the cost items scale to (see
    :func:`training_audience`)."""
    percentages = [guidance.share_min_pct, guidance.share_max_pct]
    if first_ai_project:
        percentages.append(guidance.first_project_max_pct)
    reserves = tuple(reserve(budget_eur, pct, guidance) for pct in percentages)
    costs = tuple(estimate(item, it_team_size) for item in guidance.cost_items)
    items_min = whole_euros(sum(cost.low for cost in costs if cost.unit == "eur"))
    lowest = reserves[0].amount
    shortfall = None
    if planned_eur is not None and planned_eur < lowest:
        shortfall = whole_euros(lowest - planned_eur)
    return BudgetPlan(
        budget_eur=budget_eur,
        reserves=reserves,
        costs=costs,
        items_min_eur=items_min,
        planned_eur=planned_eur,
        shortfall_eur=shortfall,
        change_budget_short=planned_eur is None or shortfall is not None,
        items_exceed_reserve=items_min > max(r.amount for r in reserves),
        audience=it_team_size,
    )
