"""Building blocks shared by every content kind."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
"""A stable identifier: lowercase letters, digits and single hyphens."""

NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """A text in each language (Markdown allowed); Dutch is required."""

    nl: NonEmpty = Field(description="The Dutch text.")
    en: NonEmpty | None = Field(default=None, description="The English text.")

    def get(self, language: Language) -> str:
        """The text in ``language``, falling back to Dutch."""
        return (self.en if language == "en" else None) or self.nl


class Statement(Strict):
    """A sentence or paragraph, with the evidence entries behind any figure it states."""

    text: Text = Field(description="The statement.")
    evidence: list[Id] = Field(default_factory=list, description="Ids of evidence entries for its figures.")


class Point(Strict):
    """A titled point in a list: a measure, a cause, a format, a principle."""

    id: Id = Field(description="Stable id, unique within its list.")
    title: Text = Field(description="Short title, shown in bold.")
    text: Text | None = Field(default=None, description="Explanation after the title.")
    share_pct: float | None = Field(
        default=None, ge=0, le=100, description="A percentage this point is known by, if any."
    )
    evidence: list[Id] = Field(default_factory=list, description="Ids of evidence entries for its figures.")


class Example(Strict):
    """A worked example from practice, anonymised."""

    title: Text = Field(description="Short title of the example.")
    text: Text = Field(description="What happened and what it shows.")
    evidence: list[Id] = Field(default_factory=list, description="Ids of evidence entries for its figures.")


class Section(Strict):
    """A block of a chapter: an introduction, a list of points, closing remarks and an example."""

    id: Id = Field(description="Stable id, unique within the chapter; the section's anchor.")
    title: Text = Field(description="Section heading.")
    intro: list[Statement] = Field(default_factory=list, description="Paragraphs before the points.")
    points: list[Point] = Field(default_factory=list, description="The section's points, in order.")
    numbered: bool = Field(default=False, description="Show the points as a numbered list.")
    outro: list[Statement] = Field(default_factory=list, description="Paragraphs after the points.")
    example: Example | None = Field(default=None, description="An example from practice.")


class Chapter(Strict):
    """The prose of one chapter of the playbook, as sections."""

    id: Id = Field(description="Chapter id; equals the file name.")
    title: Text = Field(description="Chapter title.")
    summary: Text = Field(description="One or two sentences that say what the chapter gives the reader.")
    sections: list[Section] = Field(description="The chapter's sections, in reading order.")


PersonKey = Literal[
    "sponsor",
    "steering_committee",
    "project_manager",
    "champions",
    "it_team",
    "department_heads",
    "hr",
    "data_specialist",
    "integration_specialist",
]
"""A key under `people` in a company file."""
