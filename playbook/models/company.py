"""The company profile: what an organization fills in to get its own playbook."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BeforeValidator, Discriminator, Field, StringConstraints, Tag, field_validator

from playbook.models.change import ResourceLevel, Scope
from playbook.models.common import Language, NonEmpty, Strict
from playbook.models.obligations import UseCaseKindId

SCHEMA_VERSION = 1
"""The version of the company-file contract that this playbook reads."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{2,40}$")]
"""A company id: the file name without .yml; lowercase a-z, 0-9 and '-', 2-40 characters."""

PlainText = Annotated[str, StringConstraints(min_length=1, max_length=500, strip_whitespace=True)]
"""A company's own text, in its own language; shown exactly as written."""

Status = Literal["done", "in_progress", "skipped"]
DataSubject = Literal["none", "staff", "customers", "applicants"]
"""Whose personal data a use case processes."""
SUBJECTS = ("none", "staff", "customers", "applicants")
DUTCH_SUBJECTS = {
    "geen": "none",
    "medewerkers": "staff",
    "personeel": "staff",
    "werknemers": "staff",
    "klanten": "customers",
    "sollicitanten": "applicants",
}
"""Dutch words a Dutch author may write, with the value meant."""


def _whose(value: object) -> object:
    """One plain message for any value that is not true, false, a subject or a list of subjects."""
    if value is None or isinstance(value, bool):
        return value
    items = value if isinstance(value, list) else [value]
    for item in items:
        if item not in SUBJECTS:
            meant = DUTCH_SUBJECTS.get(str(item).strip().casefold())
            hint = f"; did you mean '{meant}'?" if meant else ""
            raise ValueError(
                f"expected true, false, none, staff, customers, applicants or a list of them, got '{item}'{hint}"
            )
    if isinstance(value, list) and "none" in value and len(value) > 1:
        raise ValueError(f"expected 'none' alone or a list of whose data, got {', '.join(map(str, value))}")
    return value


PersonalData = Annotated[bool | DataSubject | list[DataSubject] | None, BeforeValidator(_whose)]
"""Whose personal data a use case processes: true/false, a subject, or a list of subjects."""
ActivityKey = Annotated[str, StringConstraints(pattern=r"^(m(0[1-9]|1[0-2])|extra)-[a-z0-9]+(-[a-z0-9]+)*$")]
"""A roadmap activity id ('m04-pilot-team') or the id of an extra activity ('extra-data-catalogue')."""
Rating = Annotated[int, Field(ge=1, le=5, strict=True)]
Count = Annotated[int, Field(ge=1, le=1_000_000, strict=True)]
"""A whole number of people: YAML's true and false are not numbers."""


def _no_bool(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got '{str(value).lower()}'")
    return value


Euros = Annotated[float, BeforeValidator(_no_bool), Field(ge=0, le=1_000_000_000_000, allow_inf_nan=False)]
"""An amount in euros: finite, at most a trillion."""


class UseCase(Strict):
    """A use case with a value and feasibility score."""

    title: PlainText = Field(description="Name of the use case.")
    value: Rating | None = Field(default=None, description="Business value, 1 (low) to 5 (high).")
    feasibility: Rating | None = Field(default=None, description="Feasibility, 1 (hard) to 5 (easy).")
    kind: UseCaseKindId | None = Field(
        default=None,
        description="What the use case does (data/use-case-kinds.yml); gives it an obligations row on the page.",
    )
    personal_data: PersonalData = Field(
        default=None,
        description="Whose personal data it processes: none, staff, customers, applicants, or a list of them; "
        "staff data gives the works council a say. true (valid, with a warning that asks whose) and leaving it "
        "out are read as staff data too.",
    )
    built_in_house: bool = Field(
        default=False,
        description="True when the company builds the system itself: it is then its provider under the AI Act.",
    )


class AiProject(Strict):
    """The AI project the playbook is for."""

    budget_eur: Euros = Field(gt=0, description="Total AI project budget in euros.")
    first_ai_project: bool = Field(description="True when this is the company's first AI project.")
    start: dt.date = Field(description="The date month 1 of the roadmap starts (YYYY-MM-DD).")
    scope: Scope = Field(description="team, organisation or incremental.")
    resources: ResourceLevel = Field(description="Resources available for the change: low, medium or high.")
    timeframe_months: int = Field(ge=1, le=36, strict=True, description="Planned duration of the change in months.")
    agile: bool = Field(description="True when the project is run iteratively, in an agile way.")
    use_cases: list[
        Annotated[
            Annotated[PlainText, Tag("text")] | Annotated[UseCase, Tag("scored")],
            Discriminator(lambda value: "text" if isinstance(value, str) else "scored"),
        ]
    ] = Field(default_factory=list, description="Candidate use cases.")

    @field_validator("start")
    @classmethod
    def _plausible_start(cls, start: dt.date) -> dt.date:
        if not 1990 <= start.year <= 2100:
            raise ValueError(f"expected a start between 1990 and 2100, got {start.isoformat()}")
        return start


class People(Strict):
    """Who fills the roles that own roadmap activities."""

    sponsor: PlainText | None = Field(default=None, description="The executive sponsor.")
    steering_committee: PlainText | None = Field(default=None, description="Chair of the AI steering committee.")
    project_manager: PlainText | None = Field(default=None, description="The (AI) project manager.")
    champions: list[PlainText] = Field(default_factory=list, description="The AI champions.")
    it_team: PlainText | None = Field(default=None, description="Lead of the IT team.")
    department_heads: PlainText | None = Field(default=None, description="Representative of department heads.")
    hr: PlainText | None = Field(default=None, description="HR contact.")
    data_specialist: PlainText | None = Field(default=None, description="The data specialist of the AI team.")
    integration_specialist: PlainText | None = Field(
        default=None, description="The integration specialist of the AI team."
    )


class Competences(Strict):
    """Self-assessment, 1 (none) to 5 (expert), per competence area."""

    technical_ai: Rating | None = Field(default=None, description="Technical AI understanding.")
    data: Rating | None = Field(default=None, description="Data competence.")
    integration: Rating | None = Field(default=None, description="Integration competence.")
    project_management: Rating | None = Field(default=None, description="AI project management.")


class ActivityEntry(Strict):
    """An owner override for a roadmap activity, or an extra activity of the company's own."""

    owner: PlainText | None = Field(default=None, description="Who owns the activity (a name).")
    month: int | None = Field(
        default=None,
        ge=1,
        le=12,
        description="The roadmap month 1-12, compressed with the roadmap to a shorter time frame; only for extra activities.",
    )
    title: PlainText | None = Field(default=None, description="What to do; only for extra activities.")


class CompanyProfile(Strict):
    """The file data/companies/<slug>.yml."""

    schema_version: int = Field(description=f"The contract version; this playbook reads {SCHEMA_VERSION}.")
    name: PlainText = Field(description="The organization's name.")
    employees: Count = Field(description="Number of employees (the guidance is for 10-250).")
    it_team_size: Count = Field(description="Number of people in the IT team; at most employees.")
    sector: PlainText = Field(description="The organization's sector, in its own words.")
    language: Language = Field(description="The language of the texts in this file: nl or en.")
    publish: bool = Field(
        default=False,
        description="True puts the company in public deploys; missing or false keeps it private (local builds only).",
    )
    site_url: NonEmpty | None = Field(
        default=None,
        description=(
            "Where this company's own client site is published (make publish CLIENT=<slug>), ending in '/'; "
            "without it the client site has relative links and no canonical addresses."
        ),
    )
    ai_project: AiProject = Field(description="The AI project.")
    change_budget_eur: Euros | None = Field(
        default=None, description="Planned budget for change management and competence development."
    )
    people: People = Field(default_factory=People, description="Who fills which role.")
    competences: Competences | None = Field(default=None, description="Self-assessment per competence area.")
    progress: dict[ActivityKey, Status] = Field(
        default_factory=dict, description="Activity id to done, in_progress or skipped."
    )
    activities: dict[ActivityKey, ActivityEntry] = Field(
        default_factory=dict, description="Owner overrides, and extra activities with ids 'extra-…'."
    )

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, version: int) -> int:
        if version > SCHEMA_VERSION:
            raise ValueError(
                f"expected schema_version {SCHEMA_VERSION}, got {version}: the file is newer than this playbook; "
                "merge the latest upstream version of the playbook"
            )
        if version < SCHEMA_VERSION:
            raise ValueError(
                f"expected schema_version {SCHEMA_VERSION}, got {version}: upgrade the file to version "
                f"{SCHEMA_VERSION} as described in CHANGELOG.md"
            )
        return version
