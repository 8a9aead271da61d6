"""A company's director summary: two printed A4 pages with the decisions and the state of the plan."""

from __future__ import annotations

from playbook.company.company import CompanyPlaybook
from playbook.formatting import long_date, money, percent
from playbook.render import prohibited
from playbook.render.company import profile_line, reserves_table
from playbook.render.company_glance import glance_section
from playbook.render.context import RenderContext
from playbook.render.escape import plain, plain_in
from playbook.render.markdown import paragraphs, strong, table_block

TOP_USE_CASES = 3


def _model(ctx: RenderContext, book: CompanyPlaybook) -> str:
    choice = book.choice
    models = ctx.content.change_models
    others = ", ".join(f"{models[m].name} {choice.points[m]}" for m in choice.points if m != choice.primary)
    reasons = [
        f"- {ctx.label(f'criterion_{score.criterion}')}: "
        + (
            ctx.label("months_value").format(count=score.value)
            if score.criterion == "timeframe"
            else ctx.label(f"value_{score.criterion}_{score.value}")
        )
        for score in choice.criteria
        if choice.primary in score.favours
    ]
    parts = [
        f"## {ctx.label('recommended_model')} {{ #model }}",
        ctx.label("summary_model").format(
            model=models[choice.primary].name, points=choice.points[choice.primary], others=others
        ),
        "\n".join(reasons),
    ]
    if choice.hybrid:
        parts.append(
            ctx.label("hybrid_title").format(primary=models[choice.primary].name, other=models[choice.runner_up].name)
            + f": {ctx.text(choice.hybrid.advice)}"
        )
    return paragraphs(*parts)


def _budget(ctx: RenderContext, book: CompanyPlaybook) -> str:
    plan, lang = book.budget, ctx.language
    header, rows = reserves_table(ctx, book)
    lowest = plan.reserves[0]
    if plan.planned_eur is None:
        verdict = ctx.label("no_change_budget").format(amount=money(lowest.amount, lang))
    elif plan.shortfall_eur is not None:
        verdict = ctx.label("shortfall").format(
            planned=money(plan.planned_eur, lang),
            pct=percent(lowest.pct, lang),
            amount=money(lowest.amount, lang),
            shortfall=money(plan.shortfall_eur, lang),
        )
    else:
        verdict = ctx.label("planned_ok").format(planned=money(plan.planned_eur, lang), pct=percent(lowest.pct, lang))
    return paragraphs(
        f"## {ctx.label('budget_title')} {{ #budget }}",
        ctx.label("budget_intro").format(budget=money(plan.budget_eur, lang)),
        table_block(header, rows),
        strong(verdict),
    )


def _phases(ctx: RenderContext, book: CompanyPlaybook) -> str:
    rows = []
    for phase, planned in zip(ctx.content.roadmap.phases, book.schedule.phases, strict=True):
        progress = planned.progress
        rows.append(
            [
                f"{phase.number}. {ctx.text(phase.name)}",
                long_date(planned.months[0].start, ctx.language),
                long_date(planned.months[-1].end, ctx.language),
                ctx.label("progress_none") if progress is None else percent(progress, ctx.language),
            ]
        )
    header = [ctx.label("column_phase"), ctx.label("summary_from"), ctx.label("summary_to"), ctx.label("progress")]
    overall = book.schedule.progress
    return paragraphs(
        f"## {ctx.label('summary_phases')} {{ #phases }}",
        table_block(header, rows),
        ctx.label("progress_overall").format(
            progress=ctx.label("progress_none") if overall is None else percent(overall, ctx.language),
            overdue=len(book.schedule.overdue),
            date=long_date(book.schedule.today, ctx.language),
        ),
    )


def _use_cases(ctx: RenderContext, book: CompanyPlaybook) -> str:
    best = book.use_cases[:TOP_USE_CASES]
    if not best:
        body = ctx.label("no_use_cases")
    else:
        header = ["#", ctx.label("use_case"), ctx.label("value_label"), ctx.label("feasibility"), ctx.label("score")]
        body = table_block(
            header,
            [
                [
                    str(rank),
                    plain_in(c.title, book.company.profile.language, ctx.language),
                    str(c.value or "–"),
                    str(c.feasibility or "–"),
                    str(c.score or "–"),
                ]
                for rank, c in enumerate(best, start=1)
            ],
        )
    return paragraphs(f"## {ctx.label('summary_use_cases')} {{ #use-cases }}", body)


def summary_page(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The director summary of ``book``: at a glance (with the open risks and the KPIs), model, budget, phases and
    the best use cases."""
    profile = book.company.profile
    lead = profile_line(ctx, book)
    return paragraphs(
        f"# {ctx.label('summary_title').format(name=plain(profile.name))}",
        '<div class="director-summary" hidden></div>',
        f"{lead}\n{{ .lead }}",
        prohibited.notice(ctx, book),
        glance_section(ctx, book, linked=False),
        _model(ctx, book),
        _budget(ctx, book),
        _phases(ctx, book),
        _use_cases(ctx, book),
    )
