"""The company page's roadmap: phases and months with each activity's owner, status and overdue flag."""

from __future__ import annotations

import datetime as dt

from playbook.company.company import CompanyPlaybook
from playbook.formatting import long_date, month_tick, month_year, number, percent
from playbook.render.context import RenderContext
from playbook.render.escape import plain, plain_in
from playbook.render.markdown import escape_html, paragraphs, raw_block
from playbook.render.roadmap import card_link, owner_title
from playbook.render.svg_roadmap import STATUSES, TimelineText, for_a_use_case, status_counts, timeline_chart
from playbook.rules.schedule import PlannedActivity, PlannedMonth, Schedule, current_month


def activity_title(ctx: RenderContext, activity: PlannedActivity, book: CompanyPlaybook) -> str:
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
    title = activity_title(ctx, activity, book)
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


def _month_summary(ctx: RenderContext, month: PlannedMonth) -> str:
    """'Month 3: 2 May 2026 to 1 June 2026 · 4 activities, 3 done, 1 overdue': what a folded month still says."""
    dates = ctx.label("month_dates").format(
        number=month.number, start=long_date(month.start, ctx.language), end=long_date(month.end, ctx.language)
    )
    done = sum(1 for a in month.activities if a.status == "done")
    overdue = sum(1 for a in month.activities if a.overdue)
    counts = [ctx.counted("month_activities", len(month.activities))]
    counts += [f"{number(done, ctx.language)} {ctx.label('status_done')}"] if done else []
    counts += [f"{number(overdue, ctx.language)} {ctx.label('overdue')}"] if overdue else []
    return f"{dates} · {', '.join(counts)}"


def open_months(schedule: Schedule) -> set[int]:
    """The numbers of the months shown unfolded: the current month and the next (before the start, the first two)."""
    months = schedule.months
    if schedule.today < months[0].start:
        return {months[0].number, months[0].number + 1}
    current = current_month(schedule)
    return set() if current is None else {current.number, current.number + 1}


def _month_block(ctx: RenderContext, month: PlannedMonth, book: CompanyPlaybook, unfolded: bool, anchor: str) -> str:
    """A month as a fold: its name (a heading) and dates with the counts in the summary, its checklist inside."""
    heading = escape_html(month_year(month.start, ctx.language))
    items = "".join(_activity_item(ctx, activity, book) for activity in month.activities)
    return raw_block(
        f'<details class="month-fold"{" open" if unfolded else ""}><summary>'
        f'<h3 class="month-title" id="{anchor}">{heading}</h3> '
        f'<span class="month-summary">{escape_html(_month_summary(ctx, month))}</span></summary>'
        f'<ul class="checklist">{items}</ul></details>'
    )


def _timeline(ctx: RenderContext, book: CompanyPlaybook) -> str:
    schedule, lang = book.schedule, ctx.language
    phases = {phase.number: ctx.text(phase.name) for phase in ctx.content.roadmap.phases}
    counts = status_counts(schedule)
    months = schedule.months
    description = ctx.label("timeline_desc").format(
        months=len(months),
        phases=len(schedule.phases),
        first=month_year(months[0].start, lang),
        last=month_year(months[-1].start, lang),
        date=long_date(schedule.today, lang),
        **{status: number(amount, lang) for status, amount in counts.items()},
    )
    text = TimelineText(
        title=ctx.label("timeline_title"),
        description=description,
        phase=lambda n: f"{n}. {phases[n]}",
        month=lambda day: month_tick(day, lang),
        today=ctx.label("timeline_today").format(date=long_date(schedule.today, lang)),
        legend={status: ctx.label(f"timeline_{status}") for status in STATUSES},
    )
    # a tooltip cannot mark a language: the company's own words are left out of another language's page
    foreign = book.company.profile.language != ctx.language
    titles = [
        [
            ""
            if foreign and (a.title is None or for_a_use_case(a))
            else ctx.text(a.title)
            if a.title is not None
            else a.own_title or ""
            for a in month.activities
        ]
        for month in months
    ]
    chart = timeline_chart(schedule, f"{book.company.slug}-timeline", text, titles)
    return raw_block(
        f'<figure class="roadmap-figure" id="roadmap-timeline">{chart}'
        f"<figcaption>{escape_html(ctx.label('timeline_caption'))}</figcaption></figure>"
    )


def progress_text(ctx: RenderContext, value: int | None) -> str:
    """A whole percentage, or the words for nothing to count yet."""
    return ctx.label("progress_none") if value is None else percent(value, ctx.language)


def _live_progress(ctx: RenderContext, schedule: Schedule) -> str:
    """The overall figure, marked for checklists.js to recount with the browser's ticks."""
    words = escape_html(ctx.label("progress_none"))
    sign = escape_html(percent(0, ctx.language).removeprefix("0"))  # what follows the number: ' %' or '%'
    return (
        f'<span class="progress-overall" data-none="{words}" data-sign="{sign}">'
        f"{progress_text(ctx, schedule.progress)}</span>"
    )


def timeframe_note(ctx: RenderContext, schedule: Schedule) -> str | None:
    """What the company's time frame does to the roadmap: compressed into fewer months (phases sharing months
    below four), or kept at its pace with a consolidation period after it; None when it fits exactly."""
    roadmap = sum(len(phase.months) for phase in ctx.content.roadmap.phases)
    months, lang = schedule.timeframe_months, ctx.language
    end = schedule.consolidation_end
    if end is not None:
        start = schedule.months[-1].end + dt.timedelta(days=1)
        return ctx.label("roadmap_consolidation").format(
            months=number(months, lang),
            roadmap=number(roadmap, lang),
            start=long_date(start, lang),
            end=long_date(end, lang),
        )
    if months >= roadmap:
        return None
    note = ctx.label("roadmap_compressed").format(months=number(months, lang), roadmap=number(roadmap, lang))
    return f"{note} {ctx.label('roadmap_compressed_shared')}" if months < len(schedule.phases) else note


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
    note = timeframe_note(ctx, schedule)
    parts += [note] if note else []
    parts.append(_timeline(ctx, book))
    unfolded = open_months(schedule)
    anchored: set[int] = set()
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
                progress=progress_text(ctx, planned.progress),
            )
        )
        for month in planned.months:  # a month two phases share: the later phase's part gets an anchor of its own
            anchor = f"month-{month.number}" if month.number not in anchored else f"month-{month.number}-{phase.number}"
            anchored.add(month.number)
            parts.append(_month_block(ctx, month, book, month.number in unfolded, anchor))
    return paragraphs(*parts)
