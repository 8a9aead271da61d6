"""Parameters for the company's competence plan, KPI dashboard and risk flags; kept in data."""

from __future__ import annotations

import string
from typing import Literal

from pydantic import Field, model_validator

from playbook.models.common import Id, PersonKey, Strict, Text
from playbook.models.competence import AreaId


class RubricLevel(Strict):
    """What a self-assessment level means."""

    level: int = Field(ge=1, le=5, description="The level, 1-5.")
    title: Text = Field(description="Short name of the level.")
    description: Text = Field(description="What a team at this level can do.")


class AreaTarget(Strict):
    """Our guidance for the level an SME IT team should reach in an area."""

    area: AreaId = Field(description="The competence area.")
    target: int = Field(ge=1, le=5, description="Target level, 1-5.")


class RoleStaffing(Strict):
    """Which person in a company file fills a hybrid-team role."""

    hybrid_role: Id = Field(description="A hybrid-team role id from competence-matrix.yml.")
    person: PersonKey = Field(description="The key under `people` in a company file.")


class CompetencePlanRules(Strict):
    """The file data/competence-plan.yml."""

    rubric: list[RubricLevel] = Field(description="The five self-assessment levels.")
    targets: list[AreaTarget] = Field(description="Target level per area (our guidance).")
    gap_highlight: int = Field(ge=1, description="Gaps of at least this size are highlighted.")
    staffing: list[RoleStaffing] = Field(description="Who fills each hybrid-team role.")
    targets_note: Text = Field(description="Says the targets are our guidance.")


RiskRule = Literal[
    "no_use_cases",
    "competence_gap",
    "no_champion",
    "low_integration",
    "no_people",
    "timeframe_below_model",
    "no_recent_kpi",
    "no_sponsor",
    "change_budget_below",
]

FACT_NAMES: dict[str, tuple[str, ...]] = {
    "no_use_cases": ("count",),
    "competence_gap": ("gap",),
    "no_champion": ("champions",),
    "low_integration": ("score",),
    "no_people": ("people",),
    "timeframe_below_model": ("months", "minimum", "model"),
    "no_recent_kpi": ("last",),
    "no_sponsor": ("sponsor",),
    "change_budget_below": ("planned", "share"),
}
"""The facts each rule gives for its 'met' text (playbook/rules/risks.py: FACTS computes them)."""


class RiskReason(Strict):
    """What a risk says when one particular cause flags it."""

    when: Text = Field(description="The cause, stated of the company; {name} placeholders take the rule's facts.")
    advice: Text = Field(description="What to do about this cause.")


class Risk(Strict):
    """A failure cause or typical mistake, with the rule that flags it for a company."""

    id: Id = Field(description="Stable id of the risk.")
    source: Literal["failure-cause", "mistake"] = Field(description="Where the risk comes from in the article.")
    ref: Id = Field(description="The failure cause (challenge chapter) or mistake id it stands for.")
    rule: RiskRule = Field(description="The rule that flags it.")
    threshold: float | None = Field(default=None, description="The rule's parameter, when it has one.")
    when: Text = Field(description="When it is flagged, in words.")
    met: Text = Field(
        description="The condition in the positive, shown when it is not flagged; {name} placeholders take the "
        "rule's facts (see playbook/rules/risks.py: FACTS)."
    )
    advice: Text = Field(description="What to do about it.")
    reasons: dict[str, RiskReason] = Field(
        default_factory=dict,
        description="For a rule that flags for more than one cause: per cause (see playbook/rules/risks.py: "
        "REASONS), the sentence and advice shown instead of 'when' and 'advice', so that what the page says is "
        "true of the company.",
    )

    @model_validator(mode="after")
    def _known_facts(self) -> Risk:
        allowed = FACT_NAMES[self.rule]
        texts = [self.met, *(reason.when for reason in self.reasons.values())]
        for text in (value for entry in texts for value in (entry.nl, entry.en or "")):
            names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
            unknown = sorted(names - set(allowed))
            if unknown:
                expected = ", ".join("{" + name + "}" for name in allowed)
                raise ValueError(f"met: expected placeholders from {expected}, got {{{unknown[0]}}}")
        return self


class RiskRules(Strict):
    """The file data/risks.yml."""

    risks: list[Risk] = Field(description="The four failure causes and five typical mistakes.")
    kpi_stale_days: int = Field(ge=1, description="A KPI without a measurement for this many days is stale.")
    kpi_from_month: int = Field(ge=1, le=12, description="Measurements are expected once this month has ended.")
