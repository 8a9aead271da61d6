"""The company record: a company's validated file (:class:`Company`) and all the rules derive for it
(:class:`CompanyPlaybook`), which exports itself as JSON (:meth:`CompanyPlaybook.to_json`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from playbook.company.record import not_exported, record_data
from playbook.loading.errors import DataError
from playbook.loading.yamlsource import SourceFile
from playbook.models.company import CompanyProfile
from playbook.models.measurement import Answer, Measurement, SurveyRound
from playbook.rules.budget import BudgetPlan
from playbook.rules.competences import CompetencePlan
from playbook.rules.kpis import KpiSeries
from playbook.rules.model_choice import ModelChoice
from playbook.rules.obligations import Obligations
from playbook.rules.obligations import prohibited as prohibited_use_cases
from playbook.rules.risks import RiskFlag
from playbook.rules.schedule import Schedule
from playbook.rules.use_cases import RankedUseCase

EXPORT_SCHEMA_VERSION = 1
"""The version of the JSON export's layout (schemas/company-playbook.schema.json): raised when a field is
renamed or removed, or changes its type; a field added keeps it."""


@dataclass(frozen=True)
class Company:
    """A validated company file, with its KPI measurements."""

    slug: str
    profile: CompanyProfile
    source: SourceFile = field(metadata=not_exported("where the file's values sit, for error messages"))
    measurements: tuple[Measurement, ...] = ()
    warnings: tuple[DataError, ...] = ()
    """Values that are valid but probably not what was meant (see playbook.company.checks)."""
    answers: tuple[Answer, ...] = field(
        default=(), metadata=not_exported("one answer per respondent stays private: `survey` holds the results")
    )
    """ADKAR survey answers from `<slug>.survey.csv` or `<slug>.survey.xlsx`."""
    survey_left_out: tuple[str, ...] = ()
    """The survey file's columns with names or e-mail addresses, which were not read."""


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
    survey: tuple[SurveyRound, ...] = ()
    """ADKAR survey rounds, oldest first."""
    documents: bool = field(
        default=False, metadata=not_exported("how this build writes the exports, not a fact about the company")
    )
    """True when the build writes the company's filled-in Word documents (a build of few companies)."""
    published: bool | None = field(
        default=None, metadata=not_exported("how this build shows the company, not a fact about the company")
    )
    """In a local build: whether a deploy would show the company (its page and index row say so); None in a
    deploy or a client site, where nothing is marked."""

    @property
    def prohibited(self) -> tuple[Obligations, ...]:
        """The use cases of a prohibited kind: they head every list of risks and are ranked nowhere."""
        return prohibited_use_cases(self.obligations)

    @property
    def open_risks(self) -> int:
        """How many risks are flagged, a prohibited use case counted as one each."""
        return len(self.prohibited) + sum(1 for flag in self.risks if flag.flagged)

    def to_json(self) -> bytes:
        """The whole record as JSON for programs: every field (see :mod:`playbook.company.record`) and
        ``schema_version``; sorted keys, so that the same record gives the same bytes. One line: indenting
        would take Python's slower encoder, several times the time of the walk."""
        data = {"schema_version": EXPORT_SCHEMA_VERSION, **record_data(self)}
        return (json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
