"""ADKAR survey rounds: per survey date the mean and the low share per element, the barrier point, acceptance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from playbook.models.measurement import Answer, ElementScore, Measurement, SurveyRound

LOW_SCORE = 2
"""A respondent whose mean for an element is at most this counts as low on it."""
BARRIER_SCORE = 3
"""The barrier point is the first element, in ADKAR order, whose mean is at most this."""
ACCEPTING_SCORE = 4
"""A respondent whose mean over all elements is at least this counts as accepting."""


def survey_rounds(answers: Sequence[Answer], order: Sequence[str]) -> tuple[SurveyRound, ...]:
    """One round per survey date, oldest first; elements in ``order`` (ADKAR), unanswered ones left out."""
    if not answers:
        return ()
    frame = pd.DataFrame(
        {
            "date": [a.date for a in answers],
            "respondent": [a.respondent for a in answers],
            "element": [a.element for a in answers],
            "score": [a.score for a in answers],
        }
    )
    means = frame.groupby(["date", "element"])["score"].mean()
    per_respondent = frame.groupby(["date", "element", "respondent"])["score"].mean()
    low = (per_respondent <= LOW_SCORE).groupby(level=["date", "element"]).mean() * 100
    overall = frame.groupby(["date", "respondent"])["score"].mean()
    accepting = (overall >= ACCEPTING_SCORE).groupby(level="date").mean() * 100
    counts = overall.groupby(level="date").size().to_dict()
    mean_of, low_of, accepted = means.to_dict(), low.to_dict(), accepting.to_dict()
    rounds = []
    for date in sorted({answer.date for answer in answers}):
        scores = tuple(
            ElementScore(element, float(mean_of[(date, element)]), float(low_of[(date, element)]))
            for element in order
            if (date, element) in mean_of
        )
        barrier = next((s.element for s in scores if s.mean <= BARRIER_SCORE), None)
        rounds.append(SurveyRound(date, int(counts[date]), scores, barrier, float(accepted[date])))
    return tuple(rounds)


def acceptance_from_survey(
    rounds: Sequence[SurveyRound], measurements: Sequence[Measurement], kpi: str = "acceptance_score"
) -> tuple[Measurement, ...]:
    """The acceptance score of every round on whose date the company measured it no other way."""
    measured: set[dt.date] = {m.date for m in measurements if m.kpi == kpi}
    return tuple(Measurement(r.date, kpi, r.acceptance) for r in rounds if r.date not in measured)
