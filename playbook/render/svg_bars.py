"""Bar charts as inline SVG, drawn at build time (in the style of `playbook.render.svg`): the ADKAR profile of
the survey rounds and the budget's reserves and costs as stacked bars.

Every bar carries its value as a data attribute, so what the picture says can be read back; each chart is an
image with a title and a description, and the tables beside it are its text alternative.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from playbook.models.measurement import SurveyRound
from playbook.render.markdown import escape_html

SCALE_LOW, SCALE_HIGH, THRESHOLD = 1, 5, 3
"""The survey's answer scale and the barrier threshold (an element's mean of 3 or lower)."""
MAX_ROUNDS = 3
"""The latest round and at most two before it, for comparison."""


def _open(kind: str, chart_id: str, width: int, height: int, title: str, description: str) -> list[str]:
    return [
        f'<svg class="{kind}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape_html(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape_html(description)}</desc>',
    ]


@dataclass(frozen=True)
class ProfileText:
    """What the ADKAR profile writes: title, description, element names, values, dates, threshold and barrier."""

    title: str
    description: str
    element: Callable[[str], str]
    value: Callable[[float], str]
    date: Callable[[SurveyRound], str]
    threshold: str
    barrier: str


def adkar_profile(rounds: Sequence[SurveyRound], chart_id: str, text: ProfileText) -> str:
    """Bars per element for the latest rounds (the latest last and darkest), the threshold, the barrier marked."""
    shown = list(rounds[-MAX_ROUNDS:])
    if not shown:
        return ""
    latest = shown[-1]
    width, height = 640, 250
    left, right, top, bottom = 40, 74, 16, 64
    plot_w, plot_h = width - left - right, height - top - bottom
    group = plot_w / len(latest.elements)
    bar = min(28.0, (group - 16) / len(shown))

    def y(value: float) -> float:
        return top + plot_h * (1 - (value - SCALE_LOW) / (SCALE_HIGH - SCALE_LOW))

    parts = _open("adkar-chart", chart_id, width, height, text.title, text.description)
    for level in range(SCALE_LOW, SCALE_HIGH + 1):
        parts.append(
            f'<line x1="{left}" y1="{y(level):.1f}" x2="{width - right}" y2="{y(level):.1f}" class="chart-grid"/>'
            f'<text x="{left - 6}" y="{y(level) + 4:.1f}" class="chart-tick" text-anchor="end">{level}</text>'
        )
    for index, element in enumerate(latest.elements):
        x0 = left + index * group + (group - bar * len(shown)) / 2
        for number, survey_round in enumerate(shown):
            score = next((s for s in survey_round.elements if s.element == element.element), None)
            if score is None:
                continue
            age = "latest" if survey_round is latest else "earlier"
            barrier = " adkar-barrier" if age == "latest" and latest.barrier == element.element else ""
            x, top_y = x0 + number * bar, y(score.mean)
            parts.append(
                f'<rect x="{x + 1:.1f}" y="{top_y:.1f}" width="{bar - 2:.1f}" height="{y(SCALE_LOW) - top_y:.1f}" '
                f'class="adkar-bar round-{age}{barrier}" data-element="{element.element}" '
                f'data-round="{survey_round.date.isoformat()}" data-mean="{score.mean:.2f}">'
                f"<title>{escape_html(f'{text.element(element.element)}, {text.date(survey_round)}: {text.value(score.mean)}')}</title></rect>"
            )
            if age == "latest":
                parts.append(
                    f'<text x="{x + bar / 2:.1f}" y="{top_y - 4:.1f}" class="chart-value" text-anchor="middle">'
                    f"{escape_html(text.value(score.mean))}</text>"
                )
        centre = left + index * group + group / 2
        parts.append(
            f'<text x="{centre:.1f}" y="{height - bottom + 16}" class="chart-label" text-anchor="middle">'
            f"{escape_html(text.element(element.element))}</text>"
        )
        if latest.barrier == element.element:
            parts.append(
                f'<text x="{centre:.1f}" y="{height - bottom + 32}" class="chart-label adkar-barrier-label" '
                f'text-anchor="middle">▲ {escape_html(text.barrier)}</text>'
            )
    parts.append(
        f'<line x1="{left}" y1="{y(THRESHOLD):.1f}" x2="{width - right}" y2="{y(THRESHOLD):.1f}" class="chart-threshold"/>'
        f'<text x="{width - right + 6}" y="{y(THRESHOLD) + 4:.1f}" class="chart-tick chart-threshold-label">'
        f"{escape_html(text.threshold)}</text>"
    )
    x = float(left)
    for survey_round in shown:
        age = "latest" if survey_round is latest else "earlier"
        label = text.date(survey_round)
        parts.append(
            f'<rect x="{x:.1f}" y="{height - 16}" width="12" height="12" class="adkar-bar round-{age}"/>'
            f'<text x="{x + 16:.1f}" y="{height - 6}" class="chart-tick">{escape_html(label)}</text>'
        )
        x += 32 + 7 * len(label)
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Segment:
    """A part of a stacked bar."""

    kind: str
    """Its class: what it stands for (competence, change, planned, a cost item)."""
    amount: float
    label: str
    """What it is, for its tooltip."""


@dataclass(frozen=True)
class BarRow:
    """One stacked bar with its label."""

    label: str
    segments: tuple[Segment, ...]


def stacked_bars(
    rows: Sequence[BarRow], maximum: float, chart_id: str, title: str, description: str, value: Callable[[float], str]
) -> str:
    """Horizontal stacked bars on one scale from 0 to ``maximum`` (a track shows the whole), the total at the end."""
    width, label_w, right, row_h, top = 640, 170, 80, 30, 6
    plot_w = width - label_w - right
    height = top + row_h * len(rows) + 4
    parts = _open("budget-chart", chart_id, width, height, title, description)
    for index, row in enumerate(rows):
        y = top + index * row_h
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" class="chart-label" text-anchor="end">{escape_html(row.label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{plot_w}" height="{row_h - 10}" class="chart-track"/>'
        )
        x = float(label_w)
        for segment in row.segments:
            w = plot_w * segment.amount / maximum if maximum > 0 else 0
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row_h - 10}" class="bar-{segment.kind}" '
                f'data-amount="{segment.amount:g}"><title>{escape_html(f"{segment.label}: {value(segment.amount)}")}'
                "</title></rect>"
            )
            x += w
        total = sum(segment.amount for segment in row.segments)
        parts.append(
            f'<text x="{x + 6:.1f}" y="{y + 17}" class="chart-value" data-total="{total:g}">'
            f"{escape_html(value(total))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
