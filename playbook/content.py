"""The playbook's content: every upstream data kind, typed, with the source file of each part."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from playbook import models as m
from playbook.models.intake import IntakeTexts
from playbook.models.obligations import AiLiteracy, MethodCards, UseCaseKinds
from playbook.models.pages import Changelog, SitePages
from playbook.models.plan import CompetencePlanRules, RiskRules
from playbook.models.rules import ModelChoiceRules
from playbook.models.survey import AdkarSurvey

if TYPE_CHECKING:
    from playbook.loading.yamlsource import SourceFile


@dataclass
class Content:
    """All upstream content, typed, with the source file of every part for error messages."""

    evidence: m.EvidenceRegister
    model_selection: m.ModelSelection
    competence_matrix: m.CompetenceMatrix
    integration_patterns: m.IntegrationPatterns
    budget: m.BudgetGuidance
    kpis: m.KpiCatalogue
    mistakes: m.Mistakes
    faq: m.Faq
    success_patterns: m.SuccessPatterns
    roadmap: m.Roadmap
    ui: m.UiLabels
    model_choice: ModelChoiceRules
    pages: SitePages
    competence_plan: CompetencePlanRules
    risks: RiskRules
    changelog: Changelog
    survey: AdkarSurvey
    use_case_kinds: UseCaseKinds
    ai_literacy: AiLiteracy
    method_cards: MethodCards
    intake: IntakeTexts
    chapters: dict[str, m.Chapter]
    change_models: dict[str, m.ChangeModel]
    case_studies: list[m.CaseStudy]
    sources: dict[str, SourceFile] = field(default_factory=dict)
    """Source file per model: keys are 'evidence.yml' or 'chapters/challenge.yml'."""

    def chapter(self, chapter_id: str) -> m.Chapter:
        """The chapter ``chapter_id``."""
        return self.chapters[chapter_id]

    def section(self, chapter_id: str, section_id: str) -> m.Section:
        """Section ``section_id`` of chapter ``chapter_id``."""
        for section in self.chapters[chapter_id].sections:
            if section.id == section_id:
                return section
        raise KeyError(f"chapter '{chapter_id}' has no section '{section_id}'")
