"""Risk flags: the article's failure causes and typical mistakes, each flagged by a rule kept in data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from playbook.models.change import ChangeModel
from playbook.models.company import CompanyProfile
from playbook.models.plan import Risk, RiskRule, RiskRules
from playbook.rules.budget import BudgetPlan
from playbook.rules.competences import CompetencePlan
from playbook.rules.schedule import Schedule


@dataclass(frozen=True)
class RiskContext:
    """What the rules look at."""

    profile: CompanyProfile
    competences: CompetencePlan
    primary_model: ChangeModel
    schedule: Schedule
    last_kpi: dt.date | None
    rules: RiskRules
    budget: BudgetPlan
    """The budget plan: the change-budget risk reads its shortfall, so page and risk always agree."""


@dataclass(frozen=True)
class RiskFlag:
    """A risk and whether it is flagged for the company."""

    risk: Risk
    flagged: bool


def _threshold(risk: Risk, default: float) -> float:
    return default if risk.threshold is None else risk.threshold


def _competence_gap(risk: Risk, ctx: RiskContext) -> bool:
    largest = ctx.competences.largest_gap
    return not ctx.competences.assessed or (largest is not None and largest >= _threshold(risk, 2))


def _low_integration(risk: Risk, ctx: RiskContext) -> bool:
    score = ctx.profile.competences.integration if ctx.profile.competences else None
    return score is not None and score <= _threshold(risk, 2)


def _no_people(_: Risk, ctx: RiskContext) -> bool:
    people = ctx.profile.people
    return not (people.sponsor or people.project_manager or people.champions)


def _timeframe_below_model(_: Risk, ctx: RiskContext) -> bool:
    return ctx.profile.ai_project.timeframe_months < ctx.primary_model.fit.timeframe_min_months


def _no_recent_kpi(_: Risk, ctx: RiskContext) -> bool:
    months = ctx.schedule.months
    expected_from = months[ctx.rules.kpi_from_month - 1].end
    if ctx.schedule.today <= expected_from:
        return False
    since = ctx.schedule.today - dt.timedelta(days=ctx.rules.kpi_stale_days)
    return ctx.last_kpi is None or ctx.last_kpi <= since


def _change_budget_below(_: Risk, ctx: RiskContext) -> bool:
    return ctx.budget.change_budget_short


RULES: dict[RiskRule, Callable[[Risk, RiskContext], bool]] = {
    "no_use_cases": lambda _, ctx: not ctx.profile.ai_project.use_cases,
    "competence_gap": _competence_gap,
    "no_champion": lambda _, ctx: not ctx.profile.people.champions,
    "low_integration": _low_integration,
    "no_people": _no_people,
    "timeframe_below_model": _timeframe_below_model,
    "no_recent_kpi": _no_recent_kpi,
    "no_sponsor": lambda _, ctx: not ctx.profile.people.sponsor,
    "change_budget_below": _change_budget_below,
}


def flag_risks(ctx: RiskContext) -> tuple[RiskFlag, ...]:
    """Every risk, flagged or not, in data order."""
    return tuple(RiskFlag(risk, RULES[risk.rule](risk, ctx)) for risk in ctx.rules.risks)
