"""Parameters of the rules that turn a company profile into advice; kept in data, not in code."""

from __future__ import annotations

from pydantic import Field

from playbook.models.change import ModelId
from playbook.models.common import Strict, Text


class HybridAdvice(Strict):
    """How to combine two models when both fit."""

    models: tuple[ModelId, ModelId] = Field(description="The two models, in the order of MODEL_ORDER.")
    advice: Text = Field(description="How to combine them.")
    guidance: bool = Field(description="True when this is our guidance rather than the source article's.")


class ModelChoiceRules(Strict):
    """The file data/model-choice.yml: how criteria give points to the change models."""

    below_all_timeframes: ModelId = Field(description="The model favoured by a time frame below every range.")
    above_all_timeframes: ModelId = Field(description="The model favoured by a time frame above every range.")
    agile_favours: list[ModelId] = Field(description="The models an agile project favours.")
    tie_order: list[ModelId] = Field(description="After the scope's model, ties go to the first in this list.")
    hybrid_min_points: int = Field(ge=0, description="The runner-up needs at least this many points for a hybrid.")
    hybrid_max_gap: int = Field(ge=0, description="... and at most this many points fewer than the primary model.")
    hybrids: list[HybridAdvice] = Field(description="Advice per pair of models.")
