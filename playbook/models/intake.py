"""The intake page's words: step titles, field labels and help, the plain-word checks and the next steps."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from playbook.models.common import Strict, Text

FieldPath = Annotated[str, StringConstraints(pattern=r"^[a-z_]+(\.[a-z_]+)*$")]
"""A field of the company file by its keys, list items left out: 'ai_project.use_cases.title'."""
MessageKey = Annotated[str, StringConstraints(pattern=r"^[a-z][A-Za-z0-9_]*$")]


class IntakeField(Strict):
    """A field's label and help text on the form."""

    label: Text = Field(description="The label next to the field.")
    help: Text = Field(description="The help text under it: what to fill in, in the field guide's words.")


class IntakeTexts(Strict):
    """The file data/intake.yml."""

    steps: dict[MessageKey, Text] = Field(
        description="Step id to title: company, ai_project, use_cases, people, competences."
    )
    fields: dict[FieldPath, IntakeField] = Field(description="Every field of the company file shown on the form.")
    items: dict[FieldPath, Text] = Field(
        default_factory=dict, description="The name of one entry of a list ('Use case'); else the list's label."
    )
    choices: dict[MessageKey, Text] = Field(description="Titles of choices the interface labels do not name.")
    messages: dict[MessageKey, Text] = Field(
        description="Buttons, notices and the plain-word checks; {0} and {1} are filled in by the page."
    )
    library: dict[MessageKey, Text] = Field(description="The form library's own words (json-editor's keys).")
    next_steps: list[Text] = Field(description="What to do with the downloaded file, in order; {slug} is filled in.")
