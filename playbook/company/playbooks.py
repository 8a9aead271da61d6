"""Company files: loading, checking against the roadmap, and the playbook computed for each company."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from playbook.clock import build_date
from playbook.company.checks import (
    folded_name,
    number_keys,
    owner_warnings,
    personal_data_warnings,
    prohibited_warnings,
    start_warnings,
    unknown_activities,
    written_numbers,
)
from playbook.company.company import Company, CompanyPlaybook
from playbook.company.files import (
    COMPANY_SUFFIXES,
    bad_file_name,
    company_files,
    folder_problems,
    present,
)
from playbook.company.kpidata import kpi_file, load_measurements
from playbook.company.legal_dates import legal_date_activities
from playbook.company.selection import client, public_only, select_companies
from playbook.company.surveydata import SurveyReader, load_survey, survey_files
from playbook.content import Content
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.parse import display_path, read_source, validate
from playbook.loading.reading import outside
from playbook.loading.settings import load_settings
from playbook.models.company import CompanyProfile
from playbook.models.measurement import Answer, Measurement, SurveyRound, Trend
from playbook.rules.budget import plan_budget, training_audience
from playbook.rules.competences import plan_competences
from playbook.rules.kpis import kpi_series, last_measurement
from playbook.rules.model_choice import MODEL_ORDER, Situation, choose_model
from playbook.rules.obligations import (
    AddedActivity,
    Obligations,
    added_activities,
    use_case_obligations,
)
from playbook.rules.risks import RiskContext, flag_risks
from playbook.rules.schedule import plan_length, plan_schedule
from playbook.rules.use_cases import rank_use_cases

ACCEPTANCE = "acceptance_score"
"""The KPI an ADKAR survey round also gives (the share of respondents at 4 or higher)."""


def check_company(company: Company, content: Content) -> list[DataError]:
    """Errors that need the roadmap: incomplete extras, a month or title on a roadmap activity, a team too large."""
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
    for key, entry in profile.activities.items():
        path = ("activities", key)
        if key.startswith("extra-"):
            for field in ("month", "title"):
                if getattr(entry, field) is None:
                    errors.append(source.error((*path, field), "expected a value for an extra activity, got nothing"))
        elif key in roadmap_ids and (entry.month is not None or entry.title is not None):
            errors.append(
                source.error(path, "expected only an owner for a roadmap activity, got a month or title", at_key=True)
            )
    return errors


def _survey(
    path: Path, content: Content | None, root: Path, today: dt.date, errors: list[DataError]
) -> tuple[tuple[Answer, ...], tuple[str, ...]]:
    """The answers of the company's survey file, and its columns with names or e-mails left out."""
    found = [file for file in survey_files(path) if not outside(file, root)]
    if len(found) > 1:
        message = f"expected one survey file, got {found[0].name} and {found[1].name}; remove one"
        errors.append(DataError(display_path(found[1], root), 1, 1, "(file)", message))
        return (), ()
    if not found:
        return (), ()
    reader = SurveyReader()
    if content is not None:
        names = {
            text.casefold(): element.id
            for element in content.change_models["adkar"].elements
            for text in (element.title.nl, element.title.en)
            if text
        }
        reader = SurveyReader(content.survey, names)
    try:
        read = load_survey(found[0], display_path(found[0], root), today, reader, root)
    except DataErrors as exc:
        errors += exc.errors
        return (), ()
    return read.answers, read.left_out


def load_company(
    path: Path, content: Content | None, root: Path, today: dt.date, errors: list[DataError]
) -> Company | None:
    """One company file with its measurements, every problem collected into ``errors`` in one pass.

    ``content`` is None when the upstream content itself has errors: the checks that need the roadmap or the
    KPI catalogue are then left out, all others still run.
    """
    source = read_source(path, root, errors)
    measurements: list[Measurement] = []
    file_warnings: list[DataError] = []
    csv = kpi_file(path)
    if present(csv) and not outside(csv, root):
        catalogue = content.kpis if content else None
        try:
            measurements = load_measurements(csv, display_path(csv, root), catalogue, today, file_warnings)
        except DataErrors as exc:
            errors += exc.errors
    answers, left_out = _survey(path, content, root, today, errors)
    if source is None:
        errors += file_warnings
        return None
    file_warnings += source.warnings
    found = written_numbers(source)
    errors += found
    unknown = unknown_activities(source, {a.id for a in content.roadmap.activities()}) if content is not None else []
    profile = validate(source, CompanyProfile, errors, skip=number_keys(found))
    if profile is not None and content is not None:  # the activities the use cases' obligations add are known too
        added = {f"progress.{activity.id}" for activity in obligation_activities(profile, content)[1]}
        unknown = [error for error in unknown if error.key not in added]
    errors += unknown
    if profile is None:
        errors += file_warnings
        return None
    warnings = (
        *owner_warnings(profile, source),
        *start_warnings(profile, source, today),
        *personal_data_warnings(profile, source),
    )
    if content is not None:
        warnings += tuple(prohibited_warnings(profile, source, content.use_case_kinds))
    warnings += tuple(file_warnings)
    company = Company(
        path.stem, profile, source, tuple(measurements), warnings=warnings, answers=answers, survey_left_out=left_out
    )
    if content is not None:
        errors += check_company(company, content)
    return company if not found else None


def same_names(companies: list[Company]) -> list[Company]:
    """The companies, each one whose name an earlier one already has warned: the index would show both alike."""
    first: dict[str, Company] = {}
    marked = []
    for company in companies:
        key = folded_name(company.profile.name)
        earlier = first.setdefault(key, company)
        if earlier is not company:
            message = (
                f"'{company.profile.name}' is also the name of {earlier.source.display}; give each company a name "
                "of its own, so that the index and the exports tell them apart"
            )
            warning = company.source.error(("name",), message).as_warning()
            company = dataclasses.replace(company, warnings=(*company.warnings, warning))  # noqa: PLW2901
        marked.append(company)
    return marked


def load_companies(
    folder: Path,
    content: Content | None,
    root: Path,
    today: dt.date | None = None,
    reuse: Mapping[str, Company] | None = None,
) -> list[Company]:
    """Load and check every company file in ``folder``; raise :class:`DataErrors` with all problems at once.

    ``reuse`` (slug -> company) holds companies loaded before from the same files, content and date, taken as
    they are instead of being read and checked again.
    """
    today = today or build_date()
    reuse = reuse or {}
    errors, skip = folder_problems(folder, root)
    companies = []
    for path in company_files(folder):
        if path in skip:
            continue
        bad_name = bad_file_name(path, root)
        if bad_name:
            errors.append(bad_name)
            continue
        company = reuse.get(path.stem) or load_company(path, content, root, today, errors)
        if company is not None:
            companies.append(company)
    beside = [*folder.glob("*.kpis.csv"), *folder.glob("*.survey.csv"), *folder.glob("*.survey.xlsx")]
    for csv in sorted(beside) if folder.is_dir() else []:
        if csv not in skip and not any(csv.with_name(csv.name.split(".")[0] + s).is_file() for s in COMPANY_SUFFIXES):
            errors.append(
                DataError(display_path(csv, root), 1, 1, "(file)", "expected a company file beside it, got none")
            )
    companies = same_names(companies)
    if errors:
        raise DataErrors(errors + [warning for company in companies for warning in company.warnings])
    public, only = public_only(), client()
    if not public and only is None:
        return companies
    return select_companies(companies, load_settings(root), display_path(folder, root), public=public, only=only)


Measured = tuple[tuple[Measurement, ...], dict[str, Trend], tuple[SurveyRound, ...]]
"""A company's measurements (with the survey's acceptance score), KPI trends and survey rounds."""


def measured_companies(companies: Sequence[Company], content: Content, today: dt.date) -> list[Measured]:
    """What every company measured, analysed in one pass over all of them; pandas only when some file has data.

    pandas's cost is mostly a fixed cost per call, so the analysis takes one frame per build, not one per company.
    """
    measured = [tuple(m for m in company.measurements if m.date <= today) for company in companies]
    if not any(measured) and not any(company.answers for company in companies):
        return [((), {}, ()) for _ in companies]
    # pandas takes 0.4-0.7 s to import (python -X importtime): only builds with measurement files pay it.
    from playbook.measure.survey import acceptance_from_survey, survey_rounds_by_company  # noqa: PLC0415
    from playbook.measure.trends import kpi_trends_by_company  # noqa: PLC0415

    order = [element.id for element in content.change_models["adkar"].elements]
    rounds = survey_rounds_by_company([company.answers for company in companies], order)
    measured = [
        tuple(sorted(found + acceptance_from_survey(survey, found)))
        for found, survey in zip(measured, rounds, strict=True)
    ]
    trends = kpi_trends_by_company(content.kpis.kpis, measured)
    return list(zip(measured, trends, rounds, strict=True))


def surveyed_kpis(company: Company, rounds: Sequence[SurveyRound]) -> frozenset[str]:
    """The KPIs whose values come from the ADKAR survey: acceptance, for a company that never measured it."""
    measured = any(m.kpi == ACCEPTANCE for m in company.measurements)
    return frozenset() if measured or not rounds else frozenset({ACCEPTANCE})


def obligation_activities(
    profile: CompanyProfile, content: Content
) -> tuple[tuple[Obligations, ...], tuple[AddedActivity, ...]]:
    """The obligations of the company's use cases, and the activities (DPIA, works council, informing staff) they add."""
    rights = {right: content.ui[f"participation_{right}_request"] for right in ("consent", "advice")}
    obligations = use_case_obligations(profile.ai_project.use_cases, content.use_case_kinds, profile.employees)
    months = plan_length(content.roadmap, profile.ai_project.timeframe_months)
    dated = legal_date_activities(obligations, content, profile.ai_project.start, months)
    return obligations, (*added_activities(obligations, content.use_case_kinds, rights), *dated)


def company_playbooks(companies: Sequence[Company], content: Content, today: dt.date) -> list[CompanyPlaybook]:
    """Apply the rules to every company, their measurements analysed together (see :func:`measured_companies`)."""
    analysed = measured_companies(companies, content, today)
    return [company_playbook(c, content, today, measured) for c, measured in zip(companies, analysed, strict=True)]


def company_playbook(
    company: Company, content: Content, today: dt.date, measured: Measured | None = None
) -> CompanyPlaybook:
    """Apply the rules to one company; ``measured`` is its part of :func:`measured_companies` when already made."""
    profile = company.profile
    measurements, trends, rounds = (
        measured if measured is not None else measured_companies([company], content, today)[0]
    )
    project = profile.ai_project
    choice = choose_model(
        Situation(project.scope, project.resources, project.timeframe_months, project.agile),
        [content.change_models[model_id] for model_id in MODEL_ORDER],
        content.model_choice,
    )
    budget = plan_budget(
        budget_eur=project.budget_eur,
        first_ai_project=project.first_ai_project,
        it_team_size=training_audience(project.scope, profile.employees, profile.it_team_size),
        planned_eur=profile.change_budget_eur,
        guidance=content.budget,
    )
    obligations, added = obligation_activities(profile, content)
    schedule = plan_schedule(profile, content.roadmap, today, added)
    competences = plan_competences(profile, content.competence_matrix, content.competence_plan, budget)
    context = RiskContext(
        profile=profile,
        competences=competences,
        primary_model=content.change_models[choice.primary],
        schedule=schedule,
        last_kpi=last_measurement(measurements, today),
        rules=content.risks,
        budget=budget,
    )
    return CompanyPlaybook(
        company=company,
        choice=choice,
        budget=budget,
        schedule=schedule,
        competences=competences,
        kpis=kpi_series(content.kpis.kpis, measurements, today, project.start, trends, surveyed_kpis(company, rounds)),
        risks=flag_risks(context),
        use_cases=rank_use_cases(
            project.use_cases, {kind.id for kind in content.use_case_kinds.kinds if kind.ai_act == "prohibited"}
        ),
        obligations=obligations,
        survey=rounds,
    )
