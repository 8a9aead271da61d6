"""Case-study cards and pages, and the common success patterns."""

from __future__ import annotations

from playbook.models.cases import CaseStudy
from playbook.render.blocks import evidence_links, points, statement, statements
from playbook.render.context import RenderContext, case_study_page
from playbook.render.markdown import paragraphs


def profile_line(ctx: RenderContext, case: CaseStudy) -> str:
    """'120 medewerkers · IT-team van 7 · resultaten na 18 maanden'."""
    return ctx.label("case_profile").format(
        employees=case.employees, it_team=case.it_team_size, months=case.duration_months
    )


def key_figures(ctx: RenderContext, case: CaseStudy) -> list[str]:
    """The results that carry a figure, as 'figure: text'."""
    return [
        f"**{ctx.text(result.figure)}** {ctx.text(result.text)}" for result in case.results if result.figure is not None
    ]


def case_cards(ctx: RenderContext) -> str:
    """One card per case study with its profile and key figures, linking to its page."""
    cards = []
    for case in ctx.content.case_studies:
        models = ", ".join(ctx.content.change_models[model_id].name for model_id in case.models)
        figures = "\n".join(f"    - {line}" for line in key_figures(ctx, case)[:3])
        cards.append(
            f"-   **[{ctx.text(case.title)}]({ctx.link(case_study_page(case.id))})**\n\n"
            f"    ---\n\n"
            f"    {ctx.text(case.sector)} · {profile_line(ctx, case)} · {ctx.label('models_used')}: {models}\n\n"
            f"{figures}\n"
        )
    return '<div class="grid cards case-cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"


def case_page(ctx: RenderContext, case: CaseStudy) -> str:
    """A case study's own page, in full."""
    models = ", ".join(
        f"[{ctx.content.change_models[model_id].name}]({ctx.link('change-models', model_id)})"
        for model_id in case.models
    )
    results = "\n".join(
        f"- {('**' + ctx.text(r.figure) + '** ') if r.figure else ''}{ctx.text(r.text)}{evidence_links(ctx, r.evidence)}"
        for r in case.results
    )
    return paragraphs(
        f"# {ctx.text(case.title)}",
        f"{ctx.text(case.sector)} · {profile_line(ctx, case)}\n{{ .lead }}",
        f"## {ctx.label('case_situation')} {{ #situation }}",
        ctx.text(case.situation),
        f"## {ctx.label('case_approach')} {{ #approach }}",
        f"{ctx.label('models_used')}: {models}",
        "\n".join(f"- {statement(ctx, step)}" for step in case.approach),
        f"## {ctx.label('case_results').format(months=case.duration_months)} {{ #results }}",
        results,
        f"## {ctx.label('case_success_factors')} {{ #success-factors }}",
        "\n".join(f"- {ctx.text(factor)}" for factor in case.success_factors),
        f'!!! info "{ctx.label("case_anonymous_title")}"\n\n    {ctx.label("case_anonymous")}',
    )


def success_patterns(ctx: RenderContext) -> str:
    """The patterns the successful transformations share."""
    data = ctx.content.success_patterns
    return paragraphs(
        f"## {ctx.label('success_patterns_heading')} {{ #success-patterns }}",
        statements(ctx, data.intro),
        points(ctx, data.patterns),
        statements(ctx, data.outro),
    )
