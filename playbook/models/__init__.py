"""Typed models for every content kind of the playbook."""

from __future__ import annotations

from playbook.models.cases import (
    Activity,
    CaseResult,
    CaseStudy,
    OwnerRoleRef,
    Roadmap,
    RoadmapMonth,
    RoadmapPhase,
    SuccessPatterns,
)
from playbook.models.change import ChangeModel, Criterion, ModelElement, ModelFit, ModelSelection
from playbook.models.common import Chapter, Example, Point, Section, Statement, Text
from playbook.models.competence import (
    BuildBuyRow,
    CompetenceArea,
    CompetenceMatrix,
    HybridRole,
    SourcingSplit,
)
from playbook.models.evidence import EvidenceEntry, EvidenceRegister
from playbook.models.practice import (
    BudgetGuidance,
    CostItem,
    Faq,
    FaqEntry,
    IntegrationPattern,
    IntegrationPatterns,
    Kpi,
    KpiCatalogue,
    Mistake,
    Mistakes,
)
from playbook.models.ui import UiLabels

__all__ = [
    "Activity",
    "BudgetGuidance",
    "BuildBuyRow",
    "CaseResult",
    "CaseStudy",
    "ChangeModel",
    "Chapter",
    "CompetenceArea",
    "CompetenceMatrix",
    "CostItem",
    "Criterion",
    "EvidenceEntry",
    "EvidenceRegister",
    "Example",
    "Faq",
    "FaqEntry",
    "HybridRole",
    "IntegrationPattern",
    "IntegrationPatterns",
    "Kpi",
    "KpiCatalogue",
    "Mistake",
    "Mistakes",
    "ModelElement",
    "ModelFit",
    "ModelSelection",
    "OwnerRoleRef",
    "Point",
    "Roadmap",
    "RoadmapMonth",
    "RoadmapPhase",
    "Section",
    "SourcingSplit",
    "Statement",
    "SuccessPatterns",
    "Text",
    "UiLabels",
]
