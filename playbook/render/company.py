"""A company's own playbook page: its profile, the recommended model and the sections in reading order."""

from __future__ import annotations

from playbook.company.company import CompanyPlaybook
from playbook.formatting import long_date, number
from playbook.models.change import ModelId
from playbook.render import prohibited
from playbook.render.company_budget import budget_section, reserves_table
from playbook.render.company_glance import glance_section
from playbook.render.company_index import company_index
from playbook.render.company_measure import kpi_section
from playbook.render.company_plan import (
    competence_section,
    exports_section,
    risk_section,
    use_case_section,
)
from playbook.render.company_roadmap import roadmap_section
from playbook.render.company_survey import survey_section
from playbook.render.context import RenderContext, company_page_path
from playbook.render.escape import plain, plain_in
from playbook.render.markdown import decision_table, escape_html, folded, paragraphs, raw_block, strong, table_block
from playbook.render.obligations import literacy_section, obligations_section
from playbook.render.visibility import visibility_note
from playbook.rules.model_choice import MODEL_ORDER

__all__ = ["company_index", "company_page", "company_page_path", "profile_line", "reserves_table"]
"""What other modules import from here: the page, the index, and what the summary shares with the page."""

GUIDANCE_MIN_EMPLOYEES, GUIDANCE_MAX_EMPLOYEES = 10, 250


def _model_name(ctx: RenderContext, model_id: ModelId) -> str:
    return ctx.content.change_models[model_id].name


def profile_line(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """'Sector · 85 employees · IT team of 6 · start 4 January 2027': the page and the summary both open with it."""
    profile = book.company.profile
    return ctx.label("company_profile").format(
        sector=plain_in(profile.sector, profile.language, ctx.language),
        employees=number(profile.employees, ctx.language),
        it_team=number(profile.it_team_size, ctx.language),
        start=long_date(profile.ai_project.start, ctx.language),
    )


def profile_summary(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Sector, size, start and a note when the size is outside the guidance."""
    profile = book.company.profile
    line = profile_line(ctx, book)
    note = ""
    if not GUIDANCE_MIN_EMPLOYEES <= profile.employees <= GUIDANCE_MAX_EMPLOYEES:
        note = f'!!! note "{ctx.label("size_note_title")}"\n\n    {ctx.label("size_note")}'
    return paragraphs(f"{line}\n{{ .lead }}", note)


def model_recommendation(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The recommended model, a hybrid if any, and the table of criteria and points."""
    choice = book.choice
    primary = ctx.content.change_models[choice.primary]
    link = f"[{primary.name}]({ctx.link('change-models', primary.id)})"
    parts = [
        f"## {ctx.label('recommended_model')} {{ #model }}",
        ctx.label("recommended_model_text").format(model=link),
    ]
    if choice.hybrid:
        runner = _model_name(ctx, choice.runner_up)
        marker = f" *({ctx.label('our_guidance')})*" if choice.hybrid.guidance else ""
        parts.append(
            f'!!! tip "{ctx.label("hybrid_title").format(primary=primary.name, other=runner)}"\n\n'
            f"    {ctx.text(choice.hybrid.advice)}{marker}"
        )
    header = [ctx.label("criterion"), ctx.label("your_value"), *(_model_name(ctx, m) for m in MODEL_ORDER)]
    rows = [
        [
            ctx.label(f"criterion_{score.criterion}"),
            ctx.label(f"value_{score.criterion}_{score.value}")
            if score.criterion != "timeframe"
            else ctx.counted("months_value", int(score.value)),
            *("✓" if model in score.favours else "" for model in MODEL_ORDER),
        ]
        for score in choice.criteria
    ]
    rows.append([strong(ctx.label("points")), "", *(strong(str(choice.points[m])) for m in MODEL_ORDER)])
    parts.append(folded(escape_html(ctx.label("model_points_fold")), decision_table("model-points", header, rows)))
    focus = [element for element in primary.elements if element.sme_focus]
    if focus:
        steps = "".join(
            f"<li>{escape_html(ctx.label('step'))} {primary.elements.index(e) + 1}: "
            f"<strong>{escape_html(ctx.text(e.title))}</strong></li>"
            for e in focus
        )
        parts += [ctx.label("sme_focus_steps"), raw_block(f'<ul class="sme-steps">{steps}</ul>')]
    return paragraphs(*parts)


def people_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Who fills which owner role."""
    people = book.company.profile.people
    rows = []
    for role in ctx.content.roadmap.roles:
        value = getattr(people, role.id)
        names = ", ".join(value) if isinstance(value, list) else value
        rows.append([ctx.text(role.title), plain(names) if names else ctx.label("unassigned")])
    filled = sum(1 for row in rows if row[1] != ctx.label("unassigned"))
    summary = ctx.label("people_fold").format(filled=filled, total=len(rows))
    return paragraphs(
        f"## {ctx.label('people_title')} {{ #people }}",
        folded(escape_html(summary), table_block([ctx.label("role"), ctx.label("name")], rows)),
    )


def company_page(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """A company's whole playbook page."""
    name = plain(book.company.profile.name)
    return paragraphs(
        f"# {ctx.label('company_title').format(name=name)}",
        raw_block(f'<div class="company-playbook" data-company="{escape_html(book.company.slug)}" hidden></div>'),
        visibility_note(ctx, book),
        prohibited.notice(ctx, book),
        profile_summary(ctx, book),
        glance_section(ctx, book),
        model_recommendation(ctx, book),
        budget_section(ctx, book),
        risk_section(ctx, book),
        competence_section(ctx, book),
        use_case_section(ctx, book),
        obligations_section(ctx, book),
        literacy_section(ctx, book),
        roadmap_section(ctx, book),
        kpi_section(ctx, book),
        survey_section(ctx, book),
        people_section(ctx, book),
        exports_section(ctx, book),
    )
