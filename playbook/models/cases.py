"""Case studies and the 12-month roadmap."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from playbook.models.change import ModelId
from playbook.models.common import Id, Point, Statement, Strict, Text

ActivityId = Annotated[str, StringConstraints(pattern=r"^m(0[1-9]|1[0-2])-[a-z0-9]+(-[a-z0-9]+)*$")]
"""``mNN-short-name``: the month number, then a short name."""

Owner = Literal["sponsor", "steering_committee", "project_manager", "champions", "it_team", "department_heads", "hr"]


class CaseResult(Strict):
    """A result of a case study."""

    text: Text = Field(description="The result.")
    figure: Text | None = Field(default=None, description="Its headline figure, e.g. '−28 %' / '−28%'.")
    evidence: list[Id] = Field(default_factory=list, description="Evidence entries for the figure.")


class CaseStudy(Strict):
    """An anonymised case study of an SME's AI transformation."""

    id: Id = Field(description="Case id; equals the file name.")
    order: int = Field(ge=1, description="Position in the list of case studies.")
    title: Text = Field(description="Headline of the case.")
    sector: Text = Field(description="The company's sector.")
    employees: int = Field(ge=1, description="Number of employees.")
    it_team_size: int = Field(ge=1, description="Size of the IT team.")
    duration_months: int = Field(ge=1, description="Months after which the results were measured.")
    models: list[ModelId] = Field(description="Change models the company used.")
    situation: Text = Field(description="The starting situation.")
    approach: list[Statement] = Field(description="The change-management approach, step by step.")
    results: list[CaseResult] = Field(description="The results.")
    success_factors: list[Text] = Field(description="The critical success factors.")


class SuccessPatterns(Strict):
    """The file data/success-patterns.yml: what the successful transformations share."""

    intro: list[Statement] = Field(default_factory=list, description="Paragraphs before the patterns.")
    patterns: list[Point] = Field(description="The common success patterns.")
    outro: list[Statement] = Field(default_factory=list, description="Paragraphs after the patterns.")


class Activity(Strict):
    """An activity of the roadmap."""

    id: ActivityId = Field(description="Stable id 'mNN-short-name'; companies refer to it.")
    title: Text = Field(description="What to do.")
    owner: Owner = Field(description="The role that owns the activity.")
    title_small: Text | None = Field(
        default=None,
        description="A lighter variant for an IT team below the roadmap's formal_structures_from: a formal "
        "structure (a competence centre, career paths) is too heavy for a handful of people.",
    )


class RoadmapMonth(Strict):
    """A month of the roadmap."""

    number: int = Field(ge=1, le=12, description="Month number, 1-12.")
    title: Text = Field(description="The month's theme.")
    activities: list[Activity] = Field(description="The month's activities.")


class RoadmapPhase(Strict):
    """A phase of three months."""

    id: Id = Field(description="Stable id of the phase.")
    number: int = Field(ge=1, le=4, description="Phase number, 1-4.")
    name: Text = Field(description="The phase's short name in each language, e.g. {nl: Fundament, en: Foundations}.")
    title: Text = Field(description="What the phase achieves.")
    months: list[RoadmapMonth] = Field(description="The phase's months, in order.")


class Roadmap(Strict):
    """The file data/roadmap.yml."""

    intro: list[Statement] = Field(default_factory=list, description="Paragraphs before the roadmap.")
    phases: list[RoadmapPhase] = Field(description="The four phases.")
    roles: list[OwnerRoleRef] = Field(description="The owner roles and what they do.")
    success_factors: list[Point] = Field(description="Critical success factors for the roadmap.")
    formal_structures_from: int = Field(
        default=10,
        ge=1,
        description="IT team size from which a company's plan shows the formal structures; below it, the "
        "activities' title_small.",
    )

    def activities(self) -> list[Activity]:
        """All activities, in order."""
        return [a for phase in self.phases for month in phase.months for a in month.activities]


class OwnerRoleRef(Strict):
    """An owner role and what it is responsible for."""

    id: Owner = Field(description="The role id.")
    title: Text = Field(description="Name of the role.")
    description: Text = Field(description="What the role is responsible for.")


Roadmap.model_rebuild()
