"""The evidence register: every figure the source article cites, with its attributed source."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from playbook.models.common import Id, Language, NonEmpty, Strict, Text

LegalStatus = Literal["proposed", "adopted", "published", "guidance"]
"""Where a legal text stands: proposed, adopted but not (confirmed) published, published, or a regulator's
explanation of the law (guidance)."""
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
    status: LegalStatus | None = Field(
        default=None,
        description="For legal sources: 'proposed', 'adopted' (by Parliament and Council, not confirmed in the "
        "Official Journal), 'published' (with its official_journal reference) or 'guidance' (a regulator's "
        "explanation).",
    )
    official_journal: NonEmpty | None = Field(
        default=None,
        description="For published texts: the reference ('OJ L, 2024/1689, 12.7.2024'; for a Dutch act the BWB id "
        "of its consolidated text).",
    )
    applies_from: dt.date | None = Field(
        default=None,
        description="For legal sources: the date from which the provision applies, as the text says; pages say "
        "'geldt sinds' or 'geldt vanaf' from the build date.",
    )
    status_note: Text | None = Field(
        default=None, description="For legal sources: what is and is not confirmed, in one sentence, when it matters."
    )

    def link(self, language: Language) -> str | None:
        """The official text in ``language``: '{LANG}' in the address becomes NL or EN (EUR-Lex, the Parliament)."""
        return self.url.replace("{LANG}", language.upper()) if self.url else None

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
        if self.kind == "legal" and self.status is None:
            raise ValueError("expected a url, a status and a checked date for a legal source, got none")
        legal_only = (self.status, self.official_journal, self.applies_from, self.status_note)
        if self.kind != "legal" and any(value is not None for value in legal_only):
            raise ValueError(f"expected no status or dates for a {self.kind} entry, got one")
        if not self.consulted and (self.url is not None or self.checked is not None):
            raise ValueError(f"expected no url or checked date for a {self.kind} entry, got one")
        if self.status == "published" and self.official_journal is None:
            raise ValueError("expected the official_journal reference of a published text, got none")
        if self.url is not None and not self.url.startswith("https://"):
            raise ValueError(f"expected an https:// address of the official text, got '{self.url}'")
        return self


class EvidenceRegister(Strict):
    """The file data/evidence.yml."""

    evidence: list[EvidenceEntry] = Field(description="All entries, in order of first appearance.")
