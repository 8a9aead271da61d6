"""`make audit`'s judgement of a Lighthouse report: thresholds per category, crawlability accepted on noindex pages."""

from __future__ import annotations

from typing import Any

import pytest

from audit.scores import judge


def report(scores: dict[str, float], failing: dict[str, list[str]]) -> dict[str, Any]:
    """A Lighthouse report with these category scores, where the named audits fail (one weighted ref each)."""
    audits: dict[str, Any] = {}
    categories: dict[str, Any] = {}
    for name, score in scores.items():
        refs = []
        for audit in [*failing.get(name, []), f"{name}-ok"]:
            audits[audit] = {"score": 1 if audit.endswith("-ok") else 0, "title": audit.replace("-", " ").title()}
            refs.append({"id": audit, "weight": 1})
        refs.append({"id": f"{name}-manual", "weight": 0})
        audits[f"{name}-manual"] = {"score": None, "title": "Manual"}
        categories[name] = {"score": score, "auditRefs": refs}
    if "errors-in-console" in audits:
        audits["errors-in-console"]["details"] = {
            "items": [
                {"description": "Failed to load resource: 404", "sourceLocation": {"url": "http://h/0.1/versions.json"}}
            ]
        }
    return {"audits": audits, "categories": categories}


PERFECT = {"accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}


@pytest.mark.parametrize(
    ("scores", "failing", "noindex", "problems"),
    [
        (PERFECT, {}, False, []),
        ({**PERFECT, "seo": 0.95}, {"seo": ["link-text"]}, False, []),
        ({**PERFECT, "seo": 0.92}, {"seo": ["link-text"]}, False, ["seo: link-text (Link Text)"]),
        ({**PERFECT, "seo": 0.63}, {"seo": ["is-crawlable"]}, True, []),
        ({**PERFECT, "seo": 0.63}, {"seo": ["is-crawlable"]}, False, ["seo: is-crawlable (Is Crawlable)"]),
        ({**PERFECT, "seo": 0.55}, {"seo": ["is-crawlable", "hreflang"]}, True, ["seo: hreflang (Hreflang)"]),
        (
            {**PERFECT, "best-practices": 0.96},
            {"best-practices": ["errors-in-console"]},
            False,
            [
                "best-practices: errors-in-console (Errors In Console): Failed to load resource: 404 http://h/0.1/versions.json"
            ],
        ),
        (
            {**PERFECT, "accessibility": 0.98},
            {"accessibility": ["color-contrast"]},
            True,
            ["accessibility: color-contrast (Color Contrast)"],
        ),
    ],
)
def test_judge(scores: dict[str, float], failing: dict[str, list[str]], noindex: bool, problems: list[str]) -> None:
    result = judge("http://127.0.0.1:1/0.1/", report(scores, failing), noindex)
    assert result.problems == problems
    assert result.scores == scores
