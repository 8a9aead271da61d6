"""Load every upstream data file, validate it and cross-check it into one :class:`Content`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from playbook import models as m
from playbook.content import Content
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.parse import display_path, parse
from playbook.loading.semantic import check_content
from playbook.loading.yamlsource import SourceFile
from playbook.models.intake import IntakeTexts
from playbook.models.obligations import AiLiteracy, MethodCards, UseCaseKinds
from playbook.models.pages import Changelog, SitePages
from playbook.models.plan import CompetencePlanRules, RiskRules
from playbook.models.rules import ModelChoiceRules
from playbook.models.survey import AdkarSurvey

SINGLE_FILES: dict[str, type[BaseModel]] = {
    "evidence.yml": m.EvidenceRegister,
    "model-selection.yml": m.ModelSelection,
    "competence-matrix.yml": m.CompetenceMatrix,
    "integration-patterns.yml": m.IntegrationPatterns,
    "budget.yml": m.BudgetGuidance,
    "kpis.yml": m.KpiCatalogue,
    "mistakes.yml": m.Mistakes,
    "faq.yml": m.Faq,
    "success-patterns.yml": m.SuccessPatterns,
    "roadmap.yml": m.Roadmap,
    "ui.yml": m.UiLabels,
    "model-choice.yml": ModelChoiceRules,
    "pages.yml": SitePages,
    "competence-plan.yml": CompetencePlanRules,
    "risks.yml": RiskRules,
    "changelog.yml": Changelog,
    "adkar-survey.yml": AdkarSurvey,
    "use-case-kinds.yml": UseCaseKinds,
    "ai-literacy.yml": AiLiteracy,
    "method-cards.yml": MethodCards,
    "intake.yml": IntakeTexts,
}
"""Collections: one file per kind."""

ENTITY_DIRS: dict[str, type[BaseModel]] = {
    "chapters": m.Chapter,
    "change-models": m.ChangeModel,
    "case-studies": m.CaseStudy,
}
"""Long entities: one file each, the file name is the id."""


def load_content(data_dir: Path, root: Path | None = None) -> Content:
    """Load and check every content file under ``data_dir``; raise :class:`DataErrors` with all problems."""
    root = root or data_dir.parent
    errors: list[DataError] = []
    parts: dict[str, Any] = {}
    sources: dict[str, SourceFile] = {}
    for name, single_model in SINGLE_FILES.items():
        path = data_dir / name
        if not path.is_file():
            errors.append(DataError(display_path(path, root), 1, 1, "(file)", "expected this file, got none"))
            continue
        parsed = parse(path, root, single_model, errors)
        if parsed:
            parts[name], sources[name] = parsed
    entities: dict[str, dict[str, Any]] = {}
    for folder, entity_model in ENTITY_DIRS.items():
        entities[folder] = {}
        for path in sorted((data_dir / folder).glob("*.yml")):
            parsed = parse(path, root, entity_model, errors)
            if not parsed:
                continue
            entity, source = parsed
            key = f"{folder}/{path.name}"
            sources[key] = source
            entity_id = getattr(entity, "id", None)
            if entity_id != path.stem:
                errors.append(source.error(("id",), f"expected '{path.stem}' (the file name), got '{entity_id}'"))
            entities[folder][path.stem] = entity
    if errors:
        raise DataErrors(errors)
    content = Content(
        evidence=parts["evidence.yml"],
        model_selection=parts["model-selection.yml"],
        competence_matrix=parts["competence-matrix.yml"],
        integration_patterns=parts["integration-patterns.yml"],
        budget=parts["budget.yml"],
        kpis=parts["kpis.yml"],
        mistakes=parts["mistakes.yml"],
        faq=parts["faq.yml"],
        success_patterns=parts["success-patterns.yml"],
        roadmap=parts["roadmap.yml"],
        ui=parts["ui.yml"],
        model_choice=parts["model-choice.yml"],
        pages=parts["pages.yml"],
        competence_plan=parts["competence-plan.yml"],
        risks=parts["risks.yml"],
        changelog=parts["changelog.yml"],
        survey=parts["adkar-survey.yml"],
        use_case_kinds=parts["use-case-kinds.yml"],
        ai_literacy=parts["ai-literacy.yml"],
        method_cards=parts["method-cards.yml"],
        intake=parts["intake.yml"],
        chapters=entities["chapters"],
        change_models=entities["change-models"],
        case_studies=sorted(entities["case-studies"].values(), key=lambda case: case.order),
        sources=sources,
    )
    semantic_errors = check_content(content)
    if semantic_errors:
        raise DataErrors(semantic_errors)
    return content
