"""The document of a method card: blocks a Word and a Markdown writer print, with fields a company fills in."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from playbook.models.common import Strict, Text

RowSource = Literal["use_cases", "roles"]
"""What a table repeats its row for in a company's document: each use case, or each role that needs AI literacy."""

CompanyUse = Literal["once", "works_council", "personal_data", "register"]
"""How a company's exports fill the card: one document, one per use case the works council has a say in, one per
use case with personal data, or the AI-system register (a workbook and a CSV file)."""


COMPANY_FIELDS = (
    "company",
    "sector",
    "date",
    "start",
    "review_date",
    "sponsor",
    "project_manager",
    "hr",
    "it_team",
    "council",
    "use_cases",
)
"""Fields a document may use anywhere: the company and its people."""

USE_CASE_FIELDS = (
    "number",
    "use_case",
    "kind",
    "ai_act",
    "ai_role",
    "personal_data",
    "dpia",
    "works_council",
    "right",
    "article",
    "deadline",
    "owner",
    "status",
)
"""Fields of one use case: in a document made per use case, and in a table row repeated per use case."""

ROLE_FIELDS = ("role", "person", "knowledge", "actions")
"""Fields of one role: in a table row repeated per role."""


class FieldLine(Strict):
    """A line 'label: value', the value a field the company's data fills in (e.g. the addressee of a letter)."""

    label: Text = Field(description="The label before the colon.")
    value: Text = Field(description="The value: text with {fields}; a blank to fill in when the field is unknown.")


class DocTable(Strict):
    """A table to fill in: fixed rows, a row per use case or role in a company's document, blank rows to add to."""

    columns: list[Text] = Field(min_length=1, description="The column headings.")
    rows: list[list[Text | None]] = Field(
        default_factory=list, description="Fixed rows, one text per column; ~ for an empty cell."
    )
    each: RowSource | None = Field(default=None, description="Repeat `row` per use case or role of the company.")
    row: list[Text | None] = Field(
        default_factory=list, description="The cells of a repeated row, with {fields}; ~ for an empty cell."
    )
    blank_rows: int = Field(default=0, ge=0, le=20, description="Empty rows to fill in, after the others.")
    total: Text | None = Field(default=None, description="The label of a last row that holds a total.")

    @model_validator(mode="after")
    def _cells_per_row(self) -> DocTable:
        for cells in [*self.rows, *([self.row] if self.each else [])]:
            if len(cells) != len(self.columns):
                raise ValueError(f"expected {len(self.columns)} cells per row (one per column), got {len(cells)}")
        if self.each and not self.row:
            raise ValueError("expected `row` (the cells of each repeated row) with `each`, got none")
        return self


class DocBlock(Strict):
    """One block of a document: exactly one of the keys below."""

    heading: Text | None = Field(default=None, description="A section heading.")
    text: Text | None = Field(default=None, description="A paragraph; {fields} are filled in.")
    prompts: list[Text] | None = Field(default=None, description="Questions, each with room for the answer.")
    fields: list[FieldLine] | None = Field(default=None, description="Lines 'label: value'.")
    clauses: list[Text] | None = Field(default=None, description="Numbered draft clauses, with {fields}.")
    table: DocTable | None = Field(default=None, description="A table to fill in.")
    choices: list[Text] | None = Field(default=None, description="Options to tick, one of which applies.")
    signatures: list[Text] | None = Field(default=None, description="Who signs: a line for name, date and signature.")

    @model_validator(mode="after")
    def _exactly_one(self) -> DocBlock:
        given = [name for name in type(self).model_fields if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"expected exactly one of {', '.join(type(self).model_fields)}, got {len(given)}")
        return self
