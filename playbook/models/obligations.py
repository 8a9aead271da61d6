"""Use-case kinds with the rules that map each to its legal obligations, AI literacy and method cards."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from playbook.models.cases import ActivityId, Owner
from playbook.models.common import Id, PersonKey, Strict, Text
from playbook.models.competence import AreaId
from playbook.models.instruments import CompanyUse, DocBlock

UseCaseKindId = Literal[
    "chatbot",
    "generated_content",
    "document_processing",
    "code_assistant",
    "predictive_maintenance",
    "recruitment",
    "worker_management",
    "employee_monitoring",
    "credit_scoring",
    "emotion_recognition_at_work",
    "emotion_recognition_customers",
    "other",
]
"""What a use case does; a company file gives it as `kind`. The list is kept in data/use-case-kinds.yml."""

AiActCategory = Literal["prohibited", "high_risk", "transparency", "minimal"]
DpiaNeed = Literal["required", "assess", "none"]
Participation = Literal["consent", "advice", "none"]
ObligationActivityId = Literal["stop", "dpia", "fria", "works-council", "inform-staff"]


class UseCaseKind(Strict):
    """One kind of use case and the conditions under which each obligation applies to it."""

    id: UseCaseKindId = Field(description="The kind id a company file uses.")
    title: Text = Field(description="Name of the kind.")
    always_personal: bool = Field(description="True when this kind processes personal data by its nature.")
    ai_act: AiActCategory = Field(description="The AI Act category when the condition holds.")
    ai_act_when: Text = Field(description="The condition, worded as 'when …'.")
    ai_act_evidence: list[Id] = Field(description="Legal sources (kind: legal) behind the category.")
    dpia: DpiaNeed = Field(description="Whether a DPIA is needed when the use case processes personal data.")
    dpia_when: Text = Field(description="The condition for the DPIA, worded as 'when …'.")
    dpia_evidence: list[Id] = Field(description="Legal sources behind the DPIA rule.")
    works_council: Participation = Field(description="The works council's say when personal data of staff is involved.")
    works_council_without: Participation = Field(description="Its say when the use case processes no personal data.")
    works_council_when: Text = Field(description="The condition for the works council's say, worded as 'when …'.")
    works_council_evidence: list[Id] = Field(description="Legal sources behind the works-council rule.")
    inform_staff: bool = Field(description="True when staff must be informed before the system is used at work.")
    article: Text | None = Field(
        default=None,
        description="For a prohibited kind: the provision that prohibits it ('artikel 5, lid 1, onder f').",
    )
    fria: bool = Field(
        default=False,
        description="True when its deployer assesses the impact on fundamental rights before use (AI Act art. 27).",
    )

    @model_validator(mode="after")
    def _prohibited_names_its_article(self) -> UseCaseKind:
        if self.ai_act == "prohibited" and self.article is None:
            raise ValueError("expected an article for a prohibited kind, got none")
        return self


class ObligationActivity(Strict):
    """A roadmap activity that an obligation calls for, added to a company's plan per use case."""

    id: ObligationActivityId = Field(
        description="Which obligation the activity serves; 'stop' is the one activity a prohibited use case gets."
    )
    month: int = Field(ge=1, le=12, description="The roadmap month it goes into.")
    owner: Owner = Field(description="The role that owns it.")
    title: Text = Field(
        description="What to do; {use_case} is replaced by the use case's title, {article} by the kind's article."
    )
    title_assess: Text | None = Field(
        default=None, description="The title when the rule says to check whether it is needed (a DPIA to assess)."
    )
    title_small: Text | None = Field(
        default=None, description="The title for companies below 50 staff (staff representation), if it differs."
    )
    card: Id | None = Field(default=None, description="The method card that helps with it.")


class UseCaseKinds(Strict):
    """The file data/use-case-kinds.yml."""

    kinds: list[UseCaseKind] = Field(description="Every kind, one row each.")
    activities: list[ObligationActivity] = Field(description="The activities the obligations call for.")
    works_council_threshold: int = Field(ge=1, description="Staff from which a works council is required.")
    category_evidence: dict[AiActCategory, list[Id]] = Field(
        default_factory=dict,
        description="Per AI Act category, the legal sources whose applies_from dates become dated activities in "
        "a company's plan (none for prohibited: such a use case gets only the activity that stops it).",
    )
    staff_representation_threshold: int = Field(
        ge=1,
        description="Staff from which the WOR asks for a staff representation or staff meeting; below it, none.",
    )


class LiteracyActivity(Strict):
    """A roadmap activity that builds AI literacy, and how."""

    activity: ActivityId = Field(description="The roadmap activity id.")
    how: Text = Field(description="What it adds to the staff's AI literacy.")


class LiteracyStep(Strict):
    """A competence step that builds AI literacy."""

    area: AreaId = Field(description="The competence area.")
    how: Text = Field(description="What this step adds to AI literacy.")


LiteracyRoleId = Literal[PersonKey, "staff"]
"""A key under a company's `people`, or 'staff' for everyone who uses AI."""


class LiteracyRole(Strict):
    """A role in the AI-literacy record: what it needs to know and how it gets there."""

    role: LiteracyRoleId = Field(description="A key under a company's `people` (sponsor, it_team, …) or 'staff'.")
    title: Text = Field(description="The role's name in the record.")
    knowledge: Text = Field(description="What the role needs to know (the AP's second step: the goal).")
    actions: Text = Field(description="How it gets there (the third step: the actions).")
    when: Literal["always", "named", "organisation"] = Field(
        description="In a company's record always, when its file names someone for the role, or when its scope is "
        "the whole organisation."
    )


class AiLiteracy(Strict):
    """The file data/ai-literacy.yml."""

    intro: Text = Field(description="What AI literacy is and why the plan builds it; cites article 4.")
    evidence: list[Id] = Field(description="Legal sources behind the intro.")
    activities: list[LiteracyActivity] = Field(description="Roadmap activities that build AI literacy.")
    steps: list[LiteracyStep] = Field(description="Competence steps that build AI literacy.")
    early_months: int = Field(ge=1, le=12, description="A company is warned when none falls in these first months.")
    roles: list[LiteracyRole] = Field(description="The roles of the AI-literacy record, in order.")


class MethodCard(Strict):
    """A ready-made instrument: purpose, time, people, steps, output and a document to fill in."""

    id: Id = Field(description="Stable id; the card's anchor and the name of its template files.")
    title: Text = Field(description="Name of the instrument.")
    purpose: Text = Field(description="What it is for.")
    time: Text = Field(description="How long it takes.")
    people: Text = Field(description="Who takes part.")
    steps: list[Text] = Field(description="The steps, in order.")
    output: Text = Field(description="What it produces.")
    filled_by: Text = Field(description="Who fills it in.")
    activities: list[ActivityId] = Field(description="Roadmap activities that use it.")
    company: CompanyUse | None = Field(
        default=None, description="How a company's exports fill it in: once, per use case, or as the register."
    )
    document: list[DocBlock] = Field(min_length=1, description="The document, block by block.")


class MethodCards(Strict):
    """The file data/method-cards.yml."""

    intro: Text = Field(description="Paragraph before the cards.")
    response_weeks: int = Field(ge=1, le=26, description="Weeks a works council gets to answer a request.")
    review_months: int = Field(ge=1, le=24, description="Months after which the AI usage policy is reviewed.")
    signature_lines: list[Text] = Field(min_length=1, description="The lines under a signature: name, date, ….")
    cards: list[MethodCard] = Field(description="The cards, in order.")
