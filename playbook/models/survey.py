"""The ADKAR survey: statements per element, answered on a 1–5 scale."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from playbook.models.common import Id, Strict, Text

AdkarElement = Literal["awareness", "desire", "knowledge", "ability", "reinforcement"]


class SurveyStatement(Strict):
    """One statement a respondent scores from 1 (disagree) to 5 (agree)."""

    id: Id = Field(description="Stable id of the statement.")
    element: AdkarElement = Field(description="The ADKAR element the statement measures.")
    text: Text = Field(description="The statement, in the respondent's language.")


class AdkarSurvey(Strict):
    """The file data/adkar-survey.yml."""

    instructions: Text = Field(description="What the respondent is asked to do, shown above the statements.")
    scale: list[Text] = Field(min_length=5, max_length=5, description="The meaning of the scores 1 to 5, in order.")
    rules: list[Text] = Field(description="How the answers are read: means, barrier point, acceptance score.")
    statements: list[SurveyStatement] = Field(description="Two or three statements per element, in ADKAR order.")
