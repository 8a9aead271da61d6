"""What a Lighthouse report must show: the thresholds per page and the audits that fall short."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CATEGORIES = ("accessibility", "best-practices", "seo")
MINIMUM = {"accessibility": 1.0, "best-practices": 1.0, "seo": 0.95}
ACCEPTED_ON_NOINDEX = {"is-crawlable"}
"""Company pages say `noindex` on purpose: Lighthouse's crawlability audit is the one accepted failure."""


@dataclass(frozen=True)
class PageResult:
    """One page's scores and what fell short."""

    url: str
    scores: dict[str, float]
    problems: list[str]


def failing_audits(report: dict[str, Any], category: str) -> list[str]:
    """The ids and titles of the scored audits of ``category`` that did not pass."""
    audits = report["audits"]
    failing = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
            failing.append(f"{ref['id']} ({audit.get('title', '')}){_first_item(audit)}")
    return failing


def _first_item(audit: dict[str, Any]) -> str:
    """': <what the first failing item names>', or '' when the audit lists none."""
    items = (audit.get("details") or {}).get("items") or []
    if not items or not isinstance(items[0], dict):
        return ""
    first = items[0]
    url = (first.get("sourceLocation") or {}).get("url") or first.get("url") or ""
    named = " ".join(str(part) for part in (first.get("description"), url) if part)
    return f": {named[:300]}" if named else ""


def judge(url: str, report: dict[str, Any], noindex: bool) -> PageResult:
    """Scores of one report against the thresholds; a noindex page is held to every SEO audit but crawlability."""
    scores = {name: float(report["categories"][name]["score"] or 0) for name in CATEGORIES}
    problems = []
    for name in CATEGORIES:
        if name == "seo" and noindex:
            failing = [a for a in failing_audits(report, name) if a.split(" ", 1)[0] not in ACCEPTED_ON_NOINDEX]
        elif scores[name] < MINIMUM[name]:
            failing = failing_audits(report, name) or [f"score {scores[name]:.2f}"]
        else:
            failing = []
        problems += [f"{name}: {audit}" for audit in failing]
    return PageResult(url, scores, problems)


PERFORMANCE_MINIMUM = 0.9
"""Lighthouse's mobile performance score (simulated slow 4G and a 4x slower CPU), median of RUNS runs."""
RUNS = 3


def median(values: list[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def judge_performance(url: str, runs: list[float]) -> PageResult:
    """The median of a page's performance scores against the minimum; one run says little on a busy machine."""
    score = median(runs)
    shown = ", ".join(str(round(run * 100)) for run in runs)
    problems = [] if score >= PERFORMANCE_MINIMUM else [f"performance: median {round(score * 100)} of runs {shown}"]
    return PageResult(url, {"performance": score}, problems)
