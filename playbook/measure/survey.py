"""ADKAR survey rounds: per survey date the mean and the low share per element, the barrier point, acceptance."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from playbook.models.measurement import MIN_GROUP, Answer, ElementScore, Measurement, SurveyRound

LOW_SCORE = 2
"""A respondent whose mean for an element is at most this counts as low on it."""
BARRIER_SCORE = 3
"""The barrier point is the first element, in ADKAR order, whose mean is at most this."""
ACCEPTING_SCORE = 4
"""A respondent whose mean over all elements is at least this counts as accepting."""


def survey_rounds(answers: Sequence[Answer], order: Sequence[str]) -> tuple[SurveyRound, ...]:
    """One round per survey date, oldest first; elements in ``order`` (ADKAR), unanswered ones left out."""
    return survey_rounds_by_company([answers], order)[0]


def survey_rounds_by_company(
    answered: Sequence[Sequence[Answer]], order: Sequence[str]
) -> list[tuple[SurveyRound, ...]]:
    """:func:`survey_rounds` of every company's answers, in the same order, analysed in one frame.

    One frame per build (grouped by company first) pays pandas's fixed cost per call once, not once per company.
    """
    rows = [(company, answer) for company, answers in enumerate(answered) for answer in answers]
    if not rows:
        return [() for _ in answered]
    frame = pd.DataFrame(
        {
            "company": [company for company, _ in rows],
            "date": [a.date for _, a in rows],
            "respondent": [a.respondent for _, a in rows],
            "element": [a.element for _, a in rows],
            "score": [a.score for _, a in rows],
        }
    )
    means = frame.groupby(["company", "date", "element"])["score"].mean()
    per_respondent = frame.groupby(["company", "date", "element", "respondent"])["score"].mean()
    low = (per_respondent <= LOW_SCORE).groupby(level=["company", "date", "element"]).mean() * 100
    overall = frame.groupby(["company", "date", "respondent"])["score"].mean()
    accepting = (overall >= ACCEPTING_SCORE).groupby(level=["company", "date"]).mean() * 100
    counts = overall.groupby(level=["company", "date"]).size()
    mean_of = dict(zip(means.index.tolist(), means.tolist(), strict=True))
    low_of = dict(zip(low.index.tolist(), low.tolist(), strict=True))
    accepted = dict(zip(accepting.index.tolist(), accepting.tolist(), strict=True))
    respondents = dict(zip(counts.index.tolist(), counts.tolist(), strict=True))
    rounds: list[tuple[SurveyRound, ...]] = []
    for company, answers in enumerate(answered):
        found = []
        for date in sorted({answer.date for answer in answers}):
            scores = tuple(
                ElementScore(element, float(mean_of[key]), float(low_of[key]))
                for element in order
                if (key := (company, date, element)) in mean_of
            )
            barrier = next((s.element for s in scores if s.mean <= BARRIER_SCORE), None)
            found.append(
                SurveyRound(date, int(respondents[company, date]), scores, barrier, float(accepted[company, date]))
            )
        rounds.append(tuple(found))
    return rounds


def acceptance_from_survey(
    rounds: Sequence[SurveyRound], measurements: Sequence[Measurement], kpi: str = "acceptance_score"
) -> tuple[Measurement, ...]:
    """The acceptance score of every round, for a company that never measured it another way.

    A survey never overrides a measurement: once the KPI file holds the KPI, the survey's acceptance stays in the
    survey section and the KPI series is the measured one.
    """
    if any(m.kpi == kpi for m in measurements):
        return ()
    return tuple(Measurement(r.date, kpi, r.acceptance) for r in rounds if r.respondents >= MIN_GROUP)
