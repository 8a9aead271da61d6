"""Risk flags: the article's failure causes and typical mistakes, each flagged by a rule kept in data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from playbook.models.change import ChangeModel
from playbook.models.common import Text
from playbook.models.company import CompanyProfile
from playbook.models.plan import Risk, RiskRule, RiskRules
from playbook.rules.budget import BudgetPlan
from playbook.rules.competences import CompetencePlan
from playbook.rules.schedule import Schedule

Fact = str | int | float | dt.date | tuple[str, ...] | None
"""A value the statement of a met condition names: names, a number, a date; None when there is none."""


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
    facts: Mapping[str, Fact] = field(default_factory=dict)
    """What the company's data shows for this risk, to state it in the positive when it is not flagged."""
    reason: str | None = None
    """Which cause flagged it, for a rule with more than one (see REASONS); None otherwise."""

    @property
    def when(self) -> Text:
        """The sentence for a flagged risk: its cause's own when there is one, else the rule's condition."""
        reason = self.risk.reasons.get(self.reason or "")
        return reason.when if reason else self.risk.when

    @property
    def advice(self) -> Text:
        """What to do: its cause's own advice when there is one, else the risk's."""
        reason = self.risk.reasons.get(self.reason or "")
        return reason.advice if reason else self.risk.advice


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
    expected_from = next(m.end for m in ctx.schedule.months if ctx.rules.kpi_from_month in m.roadmap_months)
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


def _people(ctx: RiskContext) -> tuple[str, ...]:
    people = ctx.profile.people
    return tuple(name for name in (people.sponsor, people.project_manager, *people.champions) if name)


def _change_share(ctx: RiskContext) -> float | None:
    planned, budget = ctx.profile.change_budget_eur, ctx.profile.ai_project.budget_eur
    return None if planned is None or not budget else round(planned * 100 / budget, 1)


FACTS: dict[RiskRule, Callable[[RiskContext], dict[str, Fact]]] = {
    "no_use_cases": lambda ctx: {"count": len(ctx.profile.ai_project.use_cases)},
    "competence_gap": lambda ctx: {"gap": ctx.competences.largest_gap or 0},
    "no_champion": lambda ctx: {"champions": tuple(ctx.profile.people.champions)},
    "low_integration": lambda ctx: {"score": ctx.profile.competences.integration if ctx.profile.competences else None},
    "no_people": lambda ctx: {"people": _people(ctx)},
    "timeframe_below_model": lambda ctx: {
        "months": ctx.profile.ai_project.timeframe_months,
        "minimum": ctx.primary_model.fit.timeframe_min_months,
        "model": ctx.primary_model.name,
    },
    "no_recent_kpi": lambda ctx: {"last": ctx.last_kpi},
    "no_sponsor": lambda ctx: {"sponsor": ctx.profile.people.sponsor},
    "change_budget_below": lambda ctx: {"planned": ctx.profile.change_budget_eur, "share": _change_share(ctx)},
}
"""Per rule, the facts a met condition is stated with ("Sponsor: Anouk de Vries")."""


REASONS: dict[RiskRule, Callable[[RiskContext], str]] = {
    "competence_gap": lambda ctx: "gap" if ctx.competences.assessed else "unassessed",
    "change_budget_below": lambda ctx: "none_planned" if ctx.profile.change_budget_eur is None else "below",
}
"""For rules with more than one cause: which one holds (data/risks.yml gives each its own sentence)."""


def flag_risks(ctx: RiskContext) -> tuple[RiskFlag, ...]:
    """Every risk, flagged or not, in data order, with the facts behind it and, when flagged, its cause."""
    flags = []
    for risk in ctx.rules.risks:
        flagged = RULES[risk.rule](risk, ctx)
        reason = REASONS[risk.rule](ctx) if flagged and risk.rule in REASONS else None
        flags.append(RiskFlag(risk, flagged, FACTS[risk.rule](ctx), reason))
    return tuple(flags)
