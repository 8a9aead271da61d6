"""Run Lighthouse on the home page, a content page, the company index and a company page in both languages.

Accessibility and best practices must score 100, SEO at least 95; company pages carry `noindex` on purpose,
so there every SEO audit but crawlability must pass. Mobile performance (Lighthouse's default: simulated slow
4G, a four times slower CPU) is measured on the home page, a content page and a company page, as the median
of three runs, beside the same content in Material alone (the theme's cost, `audit/theme.py`); below 90 the
audit fails. The deploy is served as GitHub Pages serves it, text gzip-compressed (`audit/deploy.py`); the
figures are in benchmarks/findings.md. Exit 1 when a page falls short.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from audit.deploy import ROOT, VERSION, copy_with_site_url, deploy, serve
from audit.scores import CATEGORIES, RUNS, PageResult, judge, judge_performance
from audit.theme import THEME_ALONE, theme_alone

CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
LIGHTHOUSE = ROOT / "node_modules/.bin/lighthouse"
CONTENT_PAGE = "roadmap/"


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def lighthouse(url: str, *, performance: bool = False) -> dict[str, object]:
    """Lighthouse's JSON report on ``url`` in headless Chromium: the audited categories without throttling, or
    mobile performance with Lighthouse's own (simulated) throttling."""
    args = [str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet"]
    if performance:
        args.append("--only-categories=performance")
    else:
        args += [f"--only-categories={','.join(CATEGORIES)}", "--throttling-method=provided"]
    args.append("--chrome-flags=--headless=new --no-sandbox")
    done = subprocess.run(
        args, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"lighthouse {url} failed:\n{done.stderr[-2000:]}")
    report: dict[str, object] = json.loads(done.stdout)
    return report


def pages(paths: list[str]) -> list[tuple[str, bool]]:
    """The pages audited, relative to the version's folder, each with whether it is a noindex company page."""
    companies = sorted(
        p.split("/")[2] for p in paths if p.startswith(f"{VERSION}/playbook/") and p.endswith("/index.html")
    )
    chosen = [p for p in companies if p != "index.html"][:1]
    found: list[tuple[str, bool]] = []
    for language in ("", "en/"):
        found += [(language, False), (language + CONTENT_PAGE, False), (language + "playbook/", False)]
        found += [(f"{language}playbook/{slug}/", True) for slug in chosen]
    return found


def performance_pages(paths: list[str]) -> list[str]:
    """The home page, the content page and the first company page, in the root language."""
    return [page for page, _ in pages(paths) if not page.startswith("en/") and page != "playbook/"]


def performance_runs(url: str) -> list[float]:
    """RUNS mobile performance scores of ``url``."""
    runs = []
    for _ in range(RUNS):
        report = lighthouse(url, performance=True)
        categories = report["categories"]
        assert isinstance(categories, dict)
        runs.append(float(categories["performance"]["score"] or 0))
    return runs


def main() -> int:
    """Deploy, serve, audit; print one line per page."""
    if not LIGHTHOUSE.exists() or not Path(CHROMIUM).exists():
        print(f"make audit needs {LIGHTHOUSE} (npm ci) and Chromium at {CHROMIUM}", file=sys.stderr)
        return 1
    port = free_port()
    results: list[PageResult] = []
    with tempfile.TemporaryDirectory(prefix="playbook-audit-") as scratch:
        project = copy_with_site_url(Path(scratch, "project"), f"http://127.0.0.1:{port}/")
        served = Path(scratch, "served")
        paths = deploy(project, served)
        with serve(served, port) as origin:
            for page, noindex in pages(paths):
                url = f"{origin}/{VERSION}/{page}"
                results.append(judge(url, lighthouse(url), noindex))
                scores = "  ".join(f"{name} {round(results[-1].scores[name] * 100)}" for name in CATEGORIES)
                print(f"{url}: {scores}", flush=True)
            for page in performance_pages(paths):
                url = f"{origin}/{VERSION}/{page}"
                results.append(judge_performance(url, performance_runs(url)))  # the median: single runs vary
                print(f"{url}: mobile performance {round(results[-1].scores['performance'] * 100)}", flush=True)
            theme_alone(served / VERSION / CONTENT_PAGE / "index.html", served / THEME_ALONE, Path(scratch, "theme"))
            baseline = f"{origin}/{THEME_ALONE}/"
            runs = performance_runs(baseline)
            print(
                f"{baseline}: mobile performance {round(judge_performance(baseline, runs).scores['performance'] * 100)}"
                f" (Material alone with the content page's text: what the theme costs)",
                flush=True,
            )
    problems = [f"{result.url}: {problem}" for result in results for problem in result.problems]
    for line in problems:
        print(line, file=sys.stderr)
    print("Lighthouse: every page meets its thresholds." if not problems else f"{len(problems)} problems.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
