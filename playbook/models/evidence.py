"""The evidence register: every figure the source article cites, with its attributed source."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from playbook.models.common import Id, Language, NonEmpty, Strict, Text

CONSULTED = ("legal", "guidance")
"""Kinds of entry we read ourselves at an official address, each listed apart on the register."""


class EvidenceEntry(Strict):
    """One claim with its figure and the source the article attributes it to."""

    id: Id = Field(description="Stable id; the anchor on the register page.")
    figure: Text = Field(description="The figure as stated, in each language's notation: '4,3 maanden' / '4.3 months'.")
    claim: Text = Field(description="What the figure claims, in one sentence.")
    source: NonEmpty | Text | None = Field(
        default=None,
        description="The firm, study or event the article names; empty when it names none. A name each language "
        "writes its own way is {nl, en}: the Dutch name is the canonical one.",
    )
    as_written: NonEmpty | None = Field(
        default=None,
        description="The source's name as the (Dutch) article spells it, when it differs from 'source'; shown "
        "marked as Dutch in every language.",
    )
    year: int | None = Field(default=None, ge=1900, le=2100, description="The year the article gives.")
    kind: Literal["statistic", "anecdotal", "legal", "guidance"] = Field(
        default="statistic",
        description="'anecdotal' for figures from a quote or a single unnamed example; 'legal' for a primary "
        "source: a legal text we checked ourselves; 'guidance' for a publication of a Dutch public body (the AP, "
        "RVO) that we consulted ourselves.",
    )
    url: NonEmpty | None = Field(
        default=None,
        description="For legal and guidance sources: the official text or page (EUR-Lex, wetten.overheid.nl, the "
        "AP, RVO).",
    )
    checked: dt.date | None = Field(
        default=None, description="For legal and guidance sources: the date we consulted the text."
    )

    @property
    def source_key(self) -> str | None:
        """The canonical name: what groups entries and names their anchor, the same in every language."""
        return self.source.nl if isinstance(self.source, Text) else self.source

    def source_name(self, language: Language) -> str | None:
        """The source's name as ``language`` writes it."""
        return self.source.get(language) if isinstance(self.source, Text) else self.source

    @property
    def consulted(self) -> bool:
        """Whether we read the source ourselves (a legal text or official guidance), rather than the article."""
        return self.kind in CONSULTED

    @model_validator(mode="after")
    def _legal_has_url_and_date(self) -> EvidenceEntry:
        if self.consulted and (self.url is None or self.checked is None):
            raise ValueError(f"expected a url and a checked date for a {self.kind} source, got none")
        if not self.consulted and (self.url is not None or self.checked is not None):
            raise ValueError(f"expected no url or checked date for a {self.kind} entry, got one")
        if self.url is not None and not self.url.startswith("https://"):
            raise ValueError(f"expected an https:// address of the official text, got '{self.url}'")
        return self


class EvidenceRegister(Strict):
    """The file data/evidence.yml."""

    evidence: list[EvidenceEntry] = Field(description="All entries, in order of first appearance.")
