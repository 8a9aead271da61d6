"""Integration patterns, budget guidance, KPIs, typical mistakes and the FAQ."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from playbook.models.common import Id, Point, Statement, Strict, Text

KpiId = Literal[
    "acceptance_score",
    "competence_index",
    "usage_rate",
    "innovation_index",
    "time_to_competency",
    "change_friction",
]


class IntegrationPattern(Strict):
    """A row of the integration-pattern decision table."""

    id: Id = Field(description="Stable id of the pattern.")
    title: Text = Field(description="Name of the pattern.")
    description: Text = Field(description="How the pattern connects AI to existing systems.")
    advantages: Text = Field(description="What speaks for it.")
    drawbacks: Text = Field(description="What speaks against it.")
    fit: Text = Field(description="Where it fits best.")
    recommended: bool = Field(default=False, description="True for the pattern recommended for most SMEs.")


class IntegrationPatterns(Strict):
    """The file data/integration-patterns.yml."""

    intro: list[Statement] = Field(default_factory=list, description="Paragraphs before the patterns.")
    patterns: list[IntegrationPattern] = Field(description="The integration patterns.")
    advice: list[Statement] = Field(description="Advice after the table.")


class CostItem(Strict):
    """A typical cost item of change management for 50-150-staff companies."""

    id: Id = Field(description="Stable id of the item.")
    title: Text = Field(description="What the cost is for.")
    low: float = Field(ge=0, description="Lower end of the range.")
    high: float = Field(ge=0, description="Upper end of the range.")
    unit: Literal["eur", "eur_per_employee", "pct_work_time"] = Field(description="Unit of low and high.")
    note: Text | None = Field(default=None, description="What the range depends on.")


class BudgetGuidance(Strict):
    """The file data/budget.yml: how much to reserve for change management and competences."""

    share_min_pct: float = Field(gt=0, le=100, description="Lower end of the recommended budget share.")
    share_max_pct: float = Field(gt=0, le=100, description="Upper end of the recommended budget share.")
    first_project_max_pct: float = Field(gt=0, le=100, description="Share that a first AI project may reach.")
    competence_pct: float = Field(ge=0, le=100, description="Part of the reserve for competence development.")
    change_pct: float = Field(ge=0, le=100, description="Part of the reserve for change activities.")
    typical_project_low_eur: int = Field(gt=0, description="Lower end of a typical SME AI project.")
    typical_project_high_eur: int = Field(gt=0, description="Upper end of a typical SME AI project.")
    failed_project_cost_eur: int = Field(gt=0, description="What a failed AI project can easily cost.")
    cost_items: list[CostItem] = Field(description="Typical cost items for 50-150-staff companies.")
    rule_evidence: list[Id] = Field(description="Evidence entries behind the rule of thumb and its example.")
    costs_evidence: list[Id] = Field(description="Evidence entries behind the typical cost items.")
    failed_project_evidence: list[Id] = Field(description="Evidence entries behind the cost of a failed project.")


class Kpi(Strict):
    """A KPI for the change process."""

    id: KpiId = Field(description="KPI id, used in company KPI files.")
    title: Text = Field(description="Name of the KPI.")
    definition: Text = Field(description="What it measures.")
    measurement: Text = Field(description="How to measure it.")
    frequency: Text = Field(description="How often to measure it.")
    every_months: int = Field(ge=1, le=24, description="The frequency in months: when the next measurement is due.")
    unit: Text = Field(description="What a value means, e.g. '% of the team positive'.")
    scale_min: float = Field(description="Lowest possible value.")
    scale_max: float | None = Field(default=None, description="Highest possible value; empty when open-ended.")
    direction: Literal["higher", "lower"] = Field(description="Whether a higher or a lower value is better.")
    target: float = Field(description="A good value (our guidance).")


class KpiCatalogue(Strict):
    """The file data/kpis.yml."""

    intro: list[Statement] = Field(default_factory=list, description="Paragraphs before the KPIs.")
    targets_note: Text = Field(description="Says the targets are our guidance.")
    kpis: list[Kpi] = Field(description="The six KPIs.")
    outro: list[Statement] = Field(default_factory=list, description="Paragraphs after the KPIs.")


class Mistake(Strict):
    """A typical mistake in change management for AI projects."""

    id: Id = Field(description="Stable id of the mistake.")
    title: Text = Field(description="Name of the mistake.")
    share_pct: float = Field(ge=0, le=100, description="Share of projects the article gives.")
    text: Text = Field(description="What goes wrong.")
    evidence: list[Id] = Field(description="Evidence entries for the figure.")


class Mistakes(Strict):
    """The file data/mistakes.yml."""

    intro: list[Statement] = Field(default_factory=list, description="Paragraphs before the mistakes.")
    mistakes: list[Mistake] = Field(description="The five typical mistakes.")
    outro: list[Statement] = Field(default_factory=list, description="Paragraphs after the mistakes.")


class FaqEntry(Strict):
    """A frequently asked question with its answer."""

    id: Id = Field(description="Stable id; the question's anchor.")
    question: Text = Field(description="The question.")
    answer: list[Statement] = Field(description="The answer's opening paragraphs.")
    points: list[Point] = Field(default_factory=list, description="Points of the answer, if it lists any.")
    embed: Literal["kpis", "mistakes", "rules"] | None = Field(
        default=None, description="The page ('kpis', 'mistakes' or 'rules') the answer links to."
    )
    closing: list[Statement] = Field(default_factory=list, description="Paragraphs after the points.")


class Faq(Strict):
    """The file data/faq.yml."""

    faq: list[FaqEntry] = Field(description="The questions, in order.")
