"""The competence plan: gaps per area, build-or-buy advice, the 70:20:10 split and the hybrid-team roles."""

from __future__ import annotations

from dataclasses import dataclass

from playbook.models.company import CompanyProfile
from playbook.models.competence import BuildBuyRow, CompetenceArea, CompetenceMatrix, HybridRole
from playbook.models.plan import CompetencePlanRules
from playbook.rules.budget import BudgetPlan, share


@dataclass(frozen=True)
class AreaGap:
    """One competence area of the company."""

    area: CompetenceArea
    score: int | None
    target: int
    gap: int | None
    highlight: bool
    rows: tuple[BuildBuyRow, ...]


@dataclass(frozen=True)
class SourcingAmounts:
    """The competence part of one reserve, split 70:20:10."""

    reserve_pct: float
    competence: int
    internal: int
    partnerships: int
    external: int


@dataclass(frozen=True)
class StaffedRole:
    """A hybrid-team role and who fills it."""

    role: HybridRole
    names: str | None


@dataclass(frozen=True)
class CompetencePlan:
    """Everything the competence section of a company page shows."""

    areas: tuple[AreaGap, ...]
    assessed: bool
    sourcing: tuple[SourcingAmounts, ...]
    roles: tuple[StaffedRole, ...]

    @property
    def largest_gap(self) -> int | None:
        """The largest gap of an assessed area."""
        gaps = [area.gap for area in self.areas if area.gap is not None]
        return max(gaps) if gaps else None


def split_sourcing(amount: int, matrix: CompetenceMatrix) -> tuple[int, int, int]:
    """``amount`` split internal:partnerships:external; the parts add up to the amount."""
    split = matrix.split
    internal = share(amount, split.internal_pct)
    partnerships = share(amount, split.partnerships_pct)
    return internal, partnerships, amount - internal - partnerships


def plan_competences(
    profile: CompanyProfile, matrix: CompetenceMatrix, rules: CompetencePlanRules, budget: BudgetPlan
) -> CompetencePlan:
    """The company's competence plan."""
    targets = {target.area: target.target for target in rules.targets}
    scores = profile.competences
    areas = []
    for area in matrix.areas:
        score = getattr(scores, area.id) if scores else None
        gap = None if score is None else max(targets[area.id] - score, 0)
        rows = tuple(row for row in matrix.build_buy if row.area == area.id)
        areas.append(AreaGap(area, score, targets[area.id], gap, gap is not None and gap >= rules.gap_highlight, rows))
    sourcing = tuple(
        SourcingAmounts(reserve.pct, reserve.competence, *split_sourcing(reserve.competence, matrix))
        for reserve in budget.reserves
    )
    staffing = {item.hybrid_role: item.person for item in rules.staffing}
    roles = []
    for role in matrix.hybrid_roles:
        value = getattr(profile.people, staffing[role.id]) if role.id in staffing else None
        names = ", ".join(value) if isinstance(value, list) else value
        roles.append(StaffedRole(role, names or None))
    assessed = scores is not None and any(area.score is not None for area in areas)
    return CompetencePlan(tuple(areas), assessed, sourcing, tuple(roles))
