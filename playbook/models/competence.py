"""Competence areas, the build-or-buy matrix, the 70:20:10 rule and the hybrid-team roles."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from playbook.models.common import Id, Statement, Strict, Text

AreaId = Literal["technical_ai", "data", "integration", "project_management"]


class CompetenceArea(Strict):
    """One of the four competence areas for AI projects."""

    id: AreaId = Field(description="Area id, used in company self-assessments.")
    title: Text = Field(description="Name of the area.")
    topics: Text = Field(description="What the area covers.")


class BuildBuyRow(Strict):
    """A row of the build-internally / buy-externally matrix."""

    id: Id = Field(description="Stable id of the row.")
    area: AreaId = Field(description="The competence area this row belongs to.")
    title: Text = Field(description="The competence, as named in the matrix.")
    build_internally: Text = Field(description="What to build up internally.")
    buy_externally: Text | None = Field(default=None, description="What to buy externally; empty for nothing.")


class SourcingSplit(Strict):
    """The 70:20:10 rule: build internally, strategic partnerships, buy externally."""

    internal_pct: int = Field(ge=0, le=100, description="Share to build internally.")
    partnerships_pct: int = Field(ge=0, le=100, description="Share to cover through strategic partnerships.")
    external_pct: int = Field(ge=0, le=100, description="Share to buy externally for good.")
    statement: Statement = Field(description="The rule as the article cites it.")


class HybridRole(Strict):
    """A core role of the hybrid AI team."""

    id: Id = Field(description="Stable id of the role.")
    title: Text = Field(description="Name of the role.")
    headcount: Text | None = Field(default=None, description="How many people, e.g. '1-2 personen'.")
    description: Text = Field(description="What the role brings.")


class CompetenceMatrix(Strict):
    """The file data/competence-matrix.yml."""

    areas: list[CompetenceArea] = Field(description="The four competence areas.")
    areas_evidence: list[Id] = Field(default_factory=list, description="Evidence for the areas' origin.")
    build_buy: list[BuildBuyRow] = Field(description="The build-internally / buy-externally matrix.")
    split: SourcingSplit = Field(description="The 70:20:10 rule.")
    hybrid_roles: list[HybridRole] = Field(description="The core roles of a hybrid AI team.")
    hybrid_roles_evidence: list[Id] = Field(default_factory=list, description="Evidence for hybrid teams.")
