"""Change models (ADKAR, Kotter, EASIER) and the model-selection table."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from playbook.models.common import Id, NonEmpty, Statement, Strict, Text

ModelId = Literal["adkar", "kotter", "easier"]
Scope = Literal["team", "organisation", "incremental"]
ResourceLevel = Literal["low", "medium", "high"]


class ModelElement(Strict):
    """One element or step of a change model."""

    id: Id = Field(description="Stable id, unique within the model.")
    key: NonEmpty = Field(description="The element's original name, e.g. 'Awareness' or 'Envision'.")
    title: Text = Field(description="The element's name in the reader's language.")
    description: Text = Field(description="What the element asks for.")
    ai_adaptation: Text | None = Field(default=None, description="How the element applies to AI.")
    sme_focus: bool = Field(default=False, description="True for the steps an SME should concentrate on.")
    interventions: list[Text] = Field(
        default_factory=list, description="What a change lead does when this element is the barrier point."
    )


class ModelFit(Strict):
    """When a model fits, in the terms a company profile uses."""

    scopes: list[Scope] = Field(description="Implementation scopes the model suits.")
    resources: list[ResourceLevel] = Field(description="Resource levels the model works with.")
    timeframe_min_months: int = Field(ge=1, le=36, description="Shortest typical duration in months.")
    timeframe_max_months: int = Field(ge=1, le=36, description="Longest typical duration in months.")
    agile: bool = Field(description="True when the model suits iterative, agile work.")
    evidence: list[Id] = Field(default_factory=list, description="Evidence entries for the typical duration.")


class ChangeModel(Strict):
    """A change model adapted to AI in an SME IT team."""

    id: ModelId = Field(description="Model id; equals the file name.")
    name: NonEmpty = Field(description="Short name, e.g. 'ADKAR'.")
    title: Text = Field(description="Full title, e.g. 'Het ADKAR-model'.")
    origin: Text = Field(description="Who devised the model.")
    focus: Text = Field(description="What the model concentrates on, in a few words.")
    summary: Text = Field(description="What the model is and why it suits this case.")
    elements: list[ModelElement] = Field(description="The elements or steps, in order.")
    elements_intro: Text | None = Field(default=None, description="Sentence before the elements.")
    notes: list[Statement] = Field(default_factory=list, description="Remarks on use in an SME.")
    fit: ModelFit = Field(description="When the model fits; used to recommend a model to a company.")


class Criterion(Strict):
    """A row of the model-selection table."""

    id: Id = Field(description="Stable id of the criterion.")
    title: Text = Field(description="The criterion.")
    adkar: Text = Field(description="What ADKAR offers on this criterion.")
    kotter: Text = Field(description="What Kotter offers on this criterion.")
    easier: Text = Field(description="What EASIER offers on this criterion.")
    evidence: list[Id] = Field(default_factory=list, description="Evidence entries for the figures in this row.")

    def value(self, model: ModelId) -> Text:
        """The cell for ``model``."""
        cells: dict[ModelId, Text] = {"adkar": self.adkar, "kotter": self.kotter, "easier": self.easier}
        return cells[model]


class ModelSelection(Strict):
    """The file data/model-selection.yml: the decision table and the advice around it."""

    intro: list[Statement] = Field(default_factory=list, description="Paragraphs before the table.")
    criteria: list[Criterion] = Field(description="The decision criteria, one row each.")
    advice: list[Statement] = Field(description="Advice after the table, such as hybrid approaches.")
