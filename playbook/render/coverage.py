"""Which blocks the site must show, so that no piece of content is left off every page."""

from __future__ import annotations

from playbook.content import Content

CATALOGUE_BLOCKS = (
    "model_cards",
    "selection_table",
    "competence_areas",
    "build_buy_matrix",
    "sourcing_split",
    "hybrid_roles",
    "integration_patterns",
    "budget_guidance",
    "kpi_catalogue",
    "mistakes",
    "faq",
    "case_cards",
    "success_patterns",
    "roadmap",
    "owner_roles",
    "roadmap_success_factors",
    "evidence_register",
    "home_routes",
    "figures_note",
    "evidence_notice",
    "changelog",
    "use_case_kinds",
    "ai_literacy",
    "method_cards",
)


def required_blocks(content: Content) -> set[str]:
    """Every block key that some page must render."""
    keys = set(CATALOGUE_BLOCKS)
    keys |= {f"model:{model_id}" for model_id in content.change_models}
    keys |= {f"page:{page.id}" for page in content.pages.pages if page.id != "companies"}
    for chapter_id, chapter in content.chapters.items():
        keys.add(f"summary:{chapter_id}")
        keys |= {f"section:{chapter_id}/{section.id}" for section in chapter.sections}
    return keys
