"""The block registry: every macro a page may call, its renderer, and what some page must render.

A page block is a renderer plus one entry in :data:`BLOCKS`. The MkDocs side registers each entry as a macro
and records the calls; :func:`missing_blocks` then names the content that was placed on no page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from playbook.content import Content
from playbook.render import (
    blocks,
    cards,
    cases,
    change,
    competence,
    evidence,
    intake,
    obligations,
    pages,
    practice,
    roadmap,
    survey,
)
from playbook.render.context import RenderContext

Renderer = Callable[..., str]
"""``renderer(ctx, *arguments) -> Markdown``."""
Arguments = tuple[str, ...]


def _once(content: Content) -> Iterable[Arguments]:
    """A block without arguments: some page must call it once."""
    del content
    return [()]


def _sections(content: Content) -> Iterable[Arguments]:
    return [
        (chapter_id, section.id) for chapter_id, chapter in content.chapters.items() for section in chapter.sections
    ]


def _pages(content: Content) -> Iterable[Arguments]:
    """Every authored page, and every chapter (a chapter's summary is its page's lead)."""
    ids = [page.id for page in content.pages.pages if not page.generated]
    return [(page_id,) for page_id in dict.fromkeys([*ids, *content.chapters])]


def _models(content: Content) -> Iterable[Arguments]:
    return [(model_id,) for model_id in content.change_models]


def _section(ctx: RenderContext, chapter_id: str, section_id: str) -> str:
    """A section of a chapter, by ids."""
    return blocks.section(ctx, ctx.content.section(chapter_id, section_id))


@dataclass(frozen=True)
class Block:
    """A macro a page calls: its renderer, and the calls that some page must make."""

    render: Renderer
    required: Callable[[Content], Iterable[Arguments]] = _once


BLOCKS: dict[str, Block] = {
    "model_cards": Block(change.model_cards),
    "selection_table": Block(change.selection_table),
    "model_details": Block(change.model_details, _models),
    "competence_areas": Block(competence.competence_areas),
    "build_buy_matrix": Block(competence.build_buy_matrix),
    "sourcing_split": Block(competence.sourcing_split),
    "hybrid_roles": Block(competence.hybrid_roles),
    "integration_patterns": Block(practice.integration_patterns),
    "budget_guidance": Block(practice.budget_guidance),
    "kpi_catalogue": Block(practice.kpi_catalogue),
    "adkar_survey": Block(survey.adkar_survey),
    "mistakes": Block(practice.mistakes),
    "faq": Block(practice.faq),
    "case_cards": Block(cases.case_cards),
    "success_patterns": Block(cases.success_patterns),
    "roadmap": Block(roadmap.roadmap),
    "owner_roles": Block(roadmap.owner_roles),
    "roadmap_success_factors": Block(roadmap.success_factors),
    "evidence_register": Block(evidence.register),
    "home_routes": Block(pages.home_routes),
    "figures_note": Block(pages.figures_note),
    "evidence_notice": Block(pages.evidence_notice),
    "changelog": Block(pages.changelog),
    "use_case_kinds": Block(obligations.use_case_kinds),
    "ai_literacy": Block(obligations.ai_literacy),
    "method_cards": Block(cards.method_cards),
    "section": Block(_section, _sections),
    "page_intro": Block(pages.page_intro, _pages),
    "intake_form": Block(intake.intake_form),
    "intake_next_steps": Block(intake.intake_next_steps),
}
"""Every page block by macro name."""


def call_key(name: str, arguments: Sequence[str]) -> str:
    """How a call is recorded: 'faq', 'section:challenge/why'."""
    return f"{name}:{'/'.join(arguments)}" if arguments else name


def required_calls(content: Content) -> set[str]:
    """Every call that some page must make, so that no piece of content is left off every page."""
    return {call_key(name, args) for name, block in BLOCKS.items() for args in block.required(content)}


def missing_blocks(content: Content, made: set[str]) -> list[str]:
    """The required calls that no page made, sorted."""
    return sorted(required_calls(content) - made)
