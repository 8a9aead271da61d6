"""Run Lighthouse on the home page, a content page, the company index and a company page in both languages.

Accessibility and best practices must score 100, SEO at least 95; company pages carry `noindex` on purpose,
so there every SEO audit but crawlability must pass. Exit 1 when a page falls short.
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
from audit.scores import CATEGORIES, PageResult, judge

CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
LIGHTHOUSE = ROOT / "node_modules/.bin/lighthouse"
CONTENT_PAGE = "roadmap/"


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def lighthouse(url: str) -> dict[str, object]:
    """Lighthouse's JSON report on ``url``: only the audited categories, no throttling, headless Chromium."""
    args = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        "--throttling-method=provided",
        "--chrome-flags=--headless=new --no-sandbox",
    ]
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
    problems = [f"{result.url}: {problem}" for result in results for problem in result.problems]
    for line in problems:
        print(line, file=sys.stderr)
    print("Lighthouse: every page meets its thresholds." if not problems else f"{len(problems)} problems.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
