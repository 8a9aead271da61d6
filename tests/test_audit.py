"""`make audit`'s judgement of a Lighthouse report: thresholds per category, crawlability accepted on noindex pages."""

from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from audit.__main__ import free_port
from audit.deploy import copy_with_site_url, serve
from audit.scores import judge, judge_performance
from audit.theme import article_html


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


@pytest.mark.parametrize(
    ("runs", "score", "problems"),
    [
        ([0.95, 0.62, 0.91], 0.91, []),
        ([0.88, 0.93, 0.89], 0.89, ["performance: median 89 of runs 88, 93, 89"]),
        ([0.9], 0.9, []),
        ([0.8, 1.0], 0.9, []),
    ],
)
def test_performance_is_judged_by_the_median_run(runs: list[float], score: float, problems: list[str]) -> None:
    result = judge_performance("http://127.0.0.1:1/0.1/", runs)
    assert result.scores == {"performance": pytest.approx(score)}
    assert result.problems == problems


def test_theme_alone_keeps_the_article_and_drops_the_permalinks(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><body><article><h1>Kop<a class="headerlink" href="#k">¶</a></h1><p>Tekst</p></article></body></html>',
        encoding="utf-8",
    )
    assert article_html(page) == "<h1>Kop</h1><p>Tekst</p>"


@pytest.mark.parametrize(
    ("path", "accept", "encoding"),
    [("page/", "gzip, deflate, br", "gzip"), ("page/", "", None), ("logo.png", "gzip", None)],
)
def test_the_audit_serves_text_compressed_as_github_pages_does(
    tmp_path: Path, path: str, accept: str, encoding: str | None
) -> None:
    """Lighthouse's simulated network counts the bytes sent: text goes gzip-compressed to a browser that asks."""
    (tmp_path / "page").mkdir()
    (tmp_path / "page/index.html").write_text("<p>Ons plan</p>" * 200, encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG" * 100)
    with serve(tmp_path, free_port()) as origin:
        request = urllib.request.Request(f"{origin}/{path}", headers={"Accept-Encoding": accept})
        with urllib.request.urlopen(request, timeout=10) as response:
            body, sent = response.read(), response.headers.get("Content-Encoding")
    assert sent == encoding
    expected = (tmp_path / path / ("index.html" if path.endswith("/") else "")).read_bytes()
    assert (gzip.decompress(body) if encoding else body) == expected


def test_the_audited_copy_holds_the_package_but_not_the_built_site(tmp_path: Path) -> None:
    """Only the project's own `site/` stays behind: `playbook/site/` is code the deploy imports."""
    copy = copy_with_site_url(tmp_path / "project", "http://127.0.0.1:8000/")
    assert (copy / "playbook/site/address.py").is_file()
    assert not (copy / "site").exists()
    assert not (copy / ".venv").exists()
    assert "site_url: http://127.0.0.1:8000/" in (copy / "organization.yml").read_text(encoding="utf-8")
