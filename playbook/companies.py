"""Company files: loading, checking against the roadmap, and the playbook computed for each company."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from playbook.content import Content, display_path, parse
from playbook.errors import DataError, DataErrors
from playbook.kpidata import Measurement, kpi_file, load_measurements
from playbook.models.company import CompanyProfile
from playbook.rules.budget import BudgetPlan, plan_budget
from playbook.rules.competences import CompetencePlan, plan_competences
from playbook.rules.kpis import KpiSeries, kpi_series, last_measurement
from playbook.rules.model_choice import MODEL_ORDER, ModelChoice, Situation, choose_model
from playbook.rules.obligations import Obligations, added_activities, use_case_obligations
from playbook.rules.risks import RiskContext, RiskFlag, flag_risks
from playbook.rules.schedule import Schedule, plan_schedule
from playbook.rules.use_cases import RankedUseCase, rank_use_cases
from playbook.settings import load_settings
from playbook.yamlsource import SourceFile

SLUG = re.compile(r"^[a-z0-9-]{2,40}$")
RESERVED_SLUGS = {"index"}


@dataclass(frozen=True)
class Company:
    """A validated company file, with its KPI measurements."""

    slug: str
    profile: CompanyProfile
    source: SourceFile
    measurements: tuple[Measurement, ...] = ()


@dataclass(frozen=True)
class CompanyPlaybook:
    """Everything the rules derive for one company."""

    company: Company
    choice: ModelChoice
    budget: BudgetPlan
    schedule: Schedule
    competences: CompetencePlan
    kpis: tuple[KpiSeries, ...]
    risks: tuple[RiskFlag, ...]
    use_cases: tuple[RankedUseCase, ...]
    obligations: tuple[Obligations, ...] = ()

    @property
    def open_risks(self) -> int:
        """How many risks are flagged."""
        return sum(1 for flag in self.risks if flag.flagged)


def company_folder(root: Path) -> Path:
    """data/companies/ when it holds a company file, else the fictional examples in examples/companies/."""
    own = root / "data" / "companies"
    if own.is_dir() and any(own.glob("*.yml")):
        return own
    return root / "examples" / "companies"


def public_only() -> bool:
    """True for public builds (`make build PUBLIC=1`): companies with `publish: false` are left out."""
    return os.environ.get("PLAYBOOK_PUBLIC", "").strip().lower() in {"1", "true", "yes"}


def check_company(company: Company, content: Content) -> list[DataError]:
    """Errors that need the roadmap: unknown activities, incomplete extras, a team larger than the staff."""
    profile, source = company.profile, company.source
    errors = []
    if profile.it_team_size > profile.employees:
        errors.append(
            source.error(
                ("it_team_size",),
                f"expected at most employees ({profile.employees}), got {profile.it_team_size}",
            )
        )
    roadmap_ids = {activity.id for activity in content.roadmap.activities()}
    extras = {key for key in profile.activities if key.startswith("extra-")}
    for key, entry in profile.activities.items():
        path = ("activities", key)
        if key in extras:
            for field in ("month", "title"):
                if getattr(entry, field) is None:
                    errors.append(source.error((*path, field), "expected a value for an extra activity, got nothing"))
        elif key not in roadmap_ids:
            errors.append(source.error(path, f"expected a roadmap activity id, got '{key}'", at_key=True))
        elif entry.month is not None or entry.title is not None:
            errors.append(
                source.error(path, "expected only an owner for a roadmap activity, got a month or title", at_key=True)
            )
    rights = {right: content.ui[f"participation_{right}_request"] for right in ("consent", "advice")}
    obligations = use_case_obligations(profile.ai_project.use_cases, content.use_case_kinds, profile.employees)
    roadmap_ids |= {added.id for added in added_activities(obligations, content.use_case_kinds, rights)}
    for key in profile.progress:
        if key not in roadmap_ids and key not in extras:
            errors.append(
                source.error(("progress", key), f"expected a roadmap or extra activity id, got '{key}'", at_key=True)
            )
    return errors


def load_companies(folder: Path, content: Content, root: Path) -> list[Company]:
    """Load and check every company file in ``folder``; raise :class:`DataErrors` with all problems."""
    errors: list[DataError] = []
    companies = []
    for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        slug = path.stem
        if not SLUG.fullmatch(slug) or slug in RESERVED_SLUGS:
            errors.append(
                DataError(
                    display_path(path, root),
                    1,
                    1,
                    "(file)",
                    f"expected a file name of 2-40 characters a-z, 0-9 and '-' (not 'index'), got {path.name!r}",
                )
            )
            continue
        parsed = parse(path, root, CompanyProfile, errors)
        measurements: list[Measurement] = []
        csv = kpi_file(path)
        if csv.is_file():
            try:
                measurements = load_measurements(csv, display_path(csv, root))
            except DataErrors as exc:
                errors += exc.errors
        if parsed:
            company = Company(slug, *parsed, tuple(measurements))
            errors += check_company(company, content)
            companies.append(company)
    for csv in sorted(folder.glob("*.kpis.csv")) if folder.is_dir() else []:
        if not csv.with_name(csv.name.removesuffix(".kpis.csv") + ".yml").is_file():
            errors.append(
                DataError(display_path(csv, root), 1, 1, "(file)", "expected a company file beside it, got none")
            )
    if errors:
        raise DataErrors(errors)
    if public_only():
        settings = load_settings(root)
        chosen = set(settings.publish) if settings and settings.publish is not None else None
        companies = [c for c in companies if c.profile.publish and (chosen is None or c.slug in chosen)]
    return companies


def company_playbook(company: Company, content: Content, today: dt.date) -> CompanyPlaybook:
    """Apply the rules to one company."""
    profile = company.profile
    project = profile.ai_project
    choice = choose_model(
        Situation(project.scope, project.resources, project.timeframe_months, project.agile),
        [content.change_models[model_id] for model_id in MODEL_ORDER],
        content.model_choice,
    )
    budget = plan_budget(
        budget_eur=project.budget_eur,
        first_ai_project=project.first_ai_project,
        it_team_size=profile.it_team_size,
        planned_eur=profile.change_budget_eur,
        guidance=content.budget,
    )
    obligations = use_case_obligations(project.use_cases, content.use_case_kinds, profile.employees)
    rights = {right: content.ui[f"participation_{right}_request"] for right in ("consent", "advice")}
    added = added_activities(obligations, content.use_case_kinds, rights)
    schedule = plan_schedule(profile, content.roadmap, today, added)
    competences = plan_competences(profile, content.competence_matrix, content.competence_plan, budget)
    context = RiskContext(
        profile=profile,
        competences=competences,
        primary_model=content.change_models[choice.primary],
        schedule=schedule,
        last_kpi=last_measurement(company.measurements, today),
        rules=content.risks,
    )
    return CompanyPlaybook(
        company=company,
        choice=choice,
        budget=budget,
        schedule=schedule,
        competences=competences,
        kpis=kpi_series(content.kpis.kpis, company.measurements, today, content.risks.kpi_stale_days),
        risks=flag_risks(context),
        use_cases=rank_use_cases(project.use_cases),
        obligations=obligations,
    )
