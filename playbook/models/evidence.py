"""The evidence register: every figure the source article cites, with its attributed source."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from playbook.models.common import Id, NonEmpty, Strict, Text


class EvidenceEntry(Strict):
    """One claim with its figure and the source the article attributes it to."""

    id: Id = Field(description="Stable id; the anchor on the register page.")
    figure: Text = Field(description="The figure as stated, in each language's notation: '4,3 maanden' / '4.3 months'.")
    claim: Text = Field(description="What the figure claims, in one sentence.")
    source: NonEmpty | None = Field(
        default=None, description="The firm, study or event the article names; empty when it names none."
    )
    as_written: NonEmpty | None = Field(
        default=None, description="The source's name as the article spells it, when it differs from 'source'."
    )
    year: int | None = Field(default=None, ge=1900, le=2100, description="The year the article gives.")
    kind: Literal["statistic", "anecdotal"] = Field(
        default="statistic",
        description="'anecdotal' for figures from a quote or a single unnamed example.",
    )


class EvidenceRegister(Strict):
    """The file data/evidence.yml."""

    evidence: list[EvidenceEntry] = Field(description="All entries, in order of first appearance.")
