"""A company's own playbook page and the index of all company playbooks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from playbook.company.playbooks import CompanyPlaybook
from playbook.formatting import long_date, money, month_year, number, percent
from playbook.models.change import ModelId
from playbook.models.measurement import MIN_GROUP, KpiSpread
from playbook.render.company_measure import kpi_section, survey_section
from playbook.render.company_plan import (
    competence_section,
    exports_section,
    risk_section,
    use_case_section,
)
from playbook.render.context import RenderContext
from playbook.render.escape import plain, plain_in
from playbook.render.markdown import decision_table, escape_html, paragraphs, raw_block, strong, table_block
from playbook.render.obligations import literacy_section, obligations_section
from playbook.render.roadmap import card_link, owner_title
from playbook.rules.model_choice import MODEL_ORDER
from playbook.rules.schedule import PlannedActivity, PlannedMonth, Schedule

GUIDANCE_MIN_EMPLOYEES, GUIDANCE_MAX_EMPLOYEES = 10, 250


def company_page_path(slug: str) -> str:
    """Source path of a company's playbook page."""
    return f"playbook/{slug}.md"


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
    parts.append(decision_table("model-points", header, rows))
    focus = [element for element in primary.elements if element.sme_focus]
    if focus:
        steps = "\n".join(
            f"- {ctx.label('step')} {primary.elements.index(e) + 1}: **{ctx.text(e.title)}**" for e in focus
        )
        parts.append(f"{ctx.label('sme_focus_steps')}\n\n{steps}")
    return paragraphs(*parts)


def reserves_table(ctx: RenderContext, book: CompanyPlaybook) -> tuple[list[str], list[list[str]]]:
    """The reserves at each share with their split: the header and rows the page and the summary both show."""
    plan, lang = book.budget, ctx.language
    guidance = ctx.content.budget
    header = [
        ctx.label("reserve_share"),
        ctx.label("reserve_amount"),
        ctx.label("split_competence").format(pct=percent(guidance.competence_pct, lang)),
        ctx.label("split_change").format(pct=percent(guidance.change_pct, lang)),
    ]
    rows = [
        [percent(r.pct, lang), money(r.amount, lang), money(r.competence, lang), money(r.change, lang)]
        for r in plan.reserves
    ]
    return header, rows


def budget_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Reserves at 15, 20 (and 25) per cent, the split, warnings and scaled reference costs."""
    plan, lang = book.budget, ctx.language
    header, rows = reserves_table(ctx, book)
    parts = [
        f"## {ctx.label('budget_title')} {{ #budget }}",
        ctx.label("budget_intro").format(budget=money(plan.budget_eur, lang)),
        decision_table("budget-reserves", header, rows),
    ]
    lowest = plan.reserves[0]
    if plan.planned_eur is None:
        parts.append(
            f'!!! info "{ctx.label("no_change_budget_title")}"\n\n    '
            + ctx.label("no_change_budget").format(amount=money(lowest.amount, lang))
        )
    elif plan.shortfall_eur is not None:
        parts.append(
            f'!!! warning "{ctx.label("shortfall_title")}"\n\n    '
            + ctx.label("shortfall").format(
                planned=money(plan.planned_eur, lang),
                pct=percent(lowest.pct, lang),
                amount=money(lowest.amount, lang),
                shortfall=money(plan.shortfall_eur, lang),
            )
        )
    else:
        parts.append(
            ctx.label("planned_ok").format(planned=money(plan.planned_eur, lang), pct=percent(lowest.pct, lang))
        )
    cost_rows = []
    for cost in plan.costs:
        if cost.unit == "fte":
            span = ctx.label("fte_range").format(low=number(cost.low, lang), high=number(cost.high, lang))
        else:
            span = ctx.label("range").format(low=money(cost.low, lang), high=money(cost.high, lang))
        cost_rows.append([ctx.text(cost.item.title), span])
    parts += [
        strong(ctx.label("reference_costs")),
        decision_table("budget-costs", [ctx.label("cost_item"), ctx.label("typical_range")], cost_rows),
    ]
    if plan.items_exceed_reserve:
        parts.append(
            f'!!! warning "{ctx.label("items_exceed_title")}"\n\n    '
            + ctx.label("items_exceed").format(
                total=money(plan.items_min_eur, lang),
                reserve=money(max(r.amount for r in plan.reserves), lang),
                first=percent(ctx.content.budget.first_project_max_pct, lang),
            )
        )
    return paragraphs(*parts)


def _activity_title(ctx: RenderContext, activity: PlannedActivity, book: CompanyPlaybook) -> str:
    """The upstream title (with a use case quoted in it, marked in the company's language), or the company's own."""
    profile = book.company.profile
    if activity.title is None:
        return plain_in(activity.own_title or "", profile.language, ctx.language)
    title = escape_html(ctx.text(activity.title))
    added = activity.id.rpartition("-uc")[2].isdigit()  # 'm03-dpia-uc2': an obligation's activity for a use case
    if added and profile.language != ctx.language:
        for item in book.obligations:
            quoted = f"‘{plain_in(item.title, profile.language, ctx.language)}’"
            title = title.replace(f"‘{escape_html(item.title)}’", quoted)
    return title


def _activity_item(ctx: RenderContext, activity: PlannedActivity, book: CompanyPlaybook) -> str:
    box_id = f"{book.company.slug}-{activity.id}"
    title = _activity_title(ctx, activity, book)
    owner = plain(activity.owner) if activity.owner else ctx.label("unassigned")
    role = f"{escape_html(owner_title(ctx, activity.role))}: " if activity.role else ""
    classes = ["checklist-item", f"status-{activity.status or 'open'}"]
    badges = []
    if activity.status == "in_progress":
        badges.append(f'<span class="status-badge in-progress">{ctx.label("status_in_progress")}</span>')
    if activity.status == "skipped":
        badges.append(f'<span class="status-badge skipped">{ctx.label("status_skipped")}</span>')
    if activity.overdue:
        classes.append("overdue")
        badges.append(f'<span class="status-badge overdue">{ctx.label("overdue")}</span>')
    checked = " checked disabled" if activity.status == "done" else ""  # done in the data: cannot be unticked
    if activity.card:
        badges.append(card_link(ctx, activity.card))
    label = f"<s>{title}</s>" if activity.status == "skipped" else title
    return (
        f'<li class="{" ".join(classes)}" id="{box_id}-item">'
        f'<input type="checkbox" id="{box_id}" data-activity="{activity.id}"{checked}>'
        f'<label for="{box_id}">{label}</label> '
        f'<span class="owner-badge" title="{escape_html(ctx.label("owner"))}">{role}{owner}</span>'
        f"{''.join(badges)}</li>"
    )


def _month_block(ctx: RenderContext, month: PlannedMonth, book: CompanyPlaybook) -> str:
    heading = month_year(month.start, ctx.language)
    dates = ctx.label("month_dates").format(
        number=month.number, start=long_date(month.start, ctx.language), end=long_date(month.end, ctx.language)
    )
    items = "".join(_activity_item(ctx, activity, book) for activity in month.activities)
    return paragraphs(
        f"### {heading} {{ #month-{month.number} }}", dates, raw_block(f'<ul class="checklist">{items}</ul>')
    )


def _progress_text(ctx: RenderContext, value: int | None) -> str:
    return ctx.label("progress_none") if value is None else percent(value, ctx.language)


def _live_progress(ctx: RenderContext, schedule: Schedule) -> str:
    """The overall figure, marked for checklists.js to recount with the browser's ticks."""
    words = escape_html(ctx.label("progress_none"))
    sign = escape_html(percent(0, ctx.language).removeprefix("0"))  # what follows the number: ' %' or '%'
    return (
        f'<span class="progress-overall" data-none="{words}" data-sign="{sign}">'
        f"{_progress_text(ctx, schedule.progress)}</span>"
    )


def roadmap_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The dated roadmap with owners, status, progress per phase and overdue flags."""
    schedule = book.schedule
    phases = ctx.content.roadmap.phases
    parts = [
        f"## {ctx.label('company_roadmap')} {{ #roadmap }}",
        ctx.counted(
            "progress_overall",
            len(schedule.overdue),
            name="overdue",
            progress=_live_progress(ctx, schedule),
            date=long_date(schedule.today, ctx.language),
        ),
    ]
    for phase, planned in zip(phases, schedule.phases, strict=True):
        first, last = planned.months[0], planned.months[-1]
        parts.append(
            f"## {ctx.label('company_phase').format(number=phase.number, name=ctx.text(phase.name), title=ctx.text(phase.title))}"
            f" {{ #phase-{phase.number} .phase-{phase.number} }}"
        )
        parts.append(
            ctx.label("phase_span").format(
                first=month_year(first.start, ctx.language),
                last=month_year(last.start, ctx.language),
                progress=_progress_text(ctx, planned.progress),
            )
        )
        parts += [_month_block(ctx, month, book) for month in planned.months]
    return paragraphs(*parts)


def people_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Who fills which owner role."""
    people = book.company.profile.people
    rows = []
    for role in ctx.content.roadmap.roles:
        value = getattr(people, role.id)
        names = ", ".join(value) if isinstance(value, list) else value
        rows.append([ctx.text(role.title), plain(names) if names else ctx.label("unassigned")])
    return paragraphs(
        f"## {ctx.label('people_title')} {{ #people }}", table_block([ctx.label("role"), ctx.label("name")], rows)
    )


def company_page(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """A company's whole playbook page."""
    name = plain(book.company.profile.name)
    return paragraphs(
        f"# {ctx.label('company_title').format(name=name)}",
        f'<div class="company-playbook" data-company="{escape_html(book.company.slug)}" hidden></div>',
        profile_summary(ctx, book),
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


def _kpi_cell(ctx: RenderContext, book: CompanyPlaybook, kpi_id: str) -> str:
    series = next(s for s in book.kpis if s.kpi.id == kpi_id)
    if series.latest is None:
        return "–"
    mark = " ✓" if series.on_target else ""
    return f"{number(round(series.latest.value, 2), ctx.language)} / {number(series.kpi.target, ctx.language)}{mark}"


def _barrier_cell(ctx: RenderContext, book: CompanyPlaybook) -> str:
    shown = [survey_round for survey_round in book.survey if survey_round.respondents >= MIN_GROUP]
    if not shown:
        return "–"  # no survey, or only rounds too small to show
    element = shown[-1].barrier
    if element is None:
        return ctx.label("portfolio_no_barrier")
    return next(ctx.text(e.title) for e in ctx.content.change_models["adkar"].elements if e.id == element)


def portfolio_section(ctx: RenderContext, books: Sequence[CompanyPlaybook], spread: Mapping[str, KpiSpread]) -> str:
    """Per company the latest KPI values against their targets, the barrier point, progress and overdue work;
    per KPI the median and range across the companies (left out when the build has a single company)."""
    kpis = ctx.content.kpis.kpis
    header = [
        ctx.label("company"),
        *(ctx.text(kpi.title) for kpi in kpis),
        ctx.label("portfolio_barrier"),
        ctx.label("progress"),
        ctx.label("portfolio_overdue"),
    ]
    rows = [
        [
            f"[{plain(book.company.profile.name)}]({ctx.link(company_page_path(book.company.slug))})",
            *(_kpi_cell(ctx, book, kpi.id) for kpi in kpis),
            _barrier_cell(ctx, book),
            _progress_text(ctx, book.schedule.progress),
            str(len(book.schedule.overdue)),
        ]
        for book in books
    ]
    parts = [
        f"## {ctx.label('portfolio_title')} {{ #portfolio }}",
        ctx.label("portfolio_intro"),
        decision_table("portfolio-companies", header, rows),
    ]
    if len(books) > 1 and spread:
        spread_rows = []
        for kpi in kpis:
            found = spread.get(kpi.id)
            if found is None:
                spread_rows.append([ctx.text(kpi.title), number(kpi.target, ctx.language), "0", "–", "–"])
                continue
            low, high = number(round(found.low, 2), ctx.language), number(round(found.high, 2), ctx.language)
            spread_rows.append(
                [
                    ctx.text(kpi.title),
                    number(kpi.target, ctx.language),
                    str(found.companies),
                    number(round(found.median, 2), ctx.language),
                    ctx.label("range").format(low=low, high=high),
                ]
            )
        spread_header = [
            ctx.label("portfolio_kpi"),
            ctx.label("kpi_target"),
            ctx.label("portfolio_measured"),
            ctx.label("portfolio_median"),
            ctx.label("portfolio_range"),
        ]
        parts.append(decision_table("portfolio-spread", spread_header, spread_rows))
    return paragraphs(*parts)


def company_index(
    ctx: RenderContext, books: Sequence[CompanyPlaybook], spread: Mapping[str, KpiSpread] | None = None
) -> str:
    """The table of company playbooks, then the portfolio of their measurements."""
    header = [
        ctx.label("company"),
        ctx.label("employees"),
        ctx.label("recommended_model"),
        ctx.label("start"),
        ctx.label("progress"),
        ctx.label("open_risks"),
    ]
    rows = [
        [
            f"[{plain(book.company.profile.name)}]({ctx.link(company_page_path(book.company.slug))})",
            number(book.company.profile.employees, ctx.language),
            _model_name(ctx, book.choice.primary),
            long_date(book.company.profile.ai_project.start, ctx.language),
            _progress_text(ctx, book.schedule.progress),
            str(book.open_risks),
        ]
        for book in books
    ]
    if not rows:
        return paragraphs(
            f"# {ctx.label('companies_title')}",
            f"{ctx.label('companies_intro')}\n{{ .lead }}",
            ctx.label("no_companies"),
        )
    return paragraphs(
        f"# {ctx.label('companies_title')}",
        f"{ctx.label('companies_intro')}\n{{ .lead }}",
        decision_table("company-list", header, rows),
        portfolio_section(ctx, books, spread or {}),
    )
