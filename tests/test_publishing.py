"""Publishing: workflow files, versioned deploys with mike, a fork that merges upstream, and print to PDF."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from playbook.export.pdf import find_chromium
from playbook.site.version import deployed_version, git_tag
from tests import pdfread
from tests.conftest import BUILD_EPOCH, ROOT, Site, run_mkdocs

SKIP = {
    ".git",
    ".venv",
    "site",
    ".site-tmp",
    "pdf",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
    "casestudies",
    "playbook",
    "local",
    "node_modules",
}
CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}


def copy_project(target: Path) -> Path:
    """The project's files as a fresh repository would hold them, without build output.

    Build output and caches are left out at the top level (``playbook/site/`` is code); generated folders inside
    ``docs/``. The copy's set-up files get an old date, so that make sees the shared ``.venv`` as up to date and
    never reinstalls the project from the copy.
    """

    def ignore(folder: str, names: list[str]) -> set[str]:
        here = Path(folder)
        if here == ROOT:
            return {n for n in names if n in SKIP and n not in {"playbook", "casestudies", "local"}}
        if here.name == "docs":
            return {n for n in names if n in SKIP}
        return {n for n in names if n in CACHES}

    shutil.copytree(ROOT, target, ignore=ignore, copy_function=shutil.copy2)
    (target / ".venv").symlink_to(ROOT / ".venv")
    age_setup_files(target)
    return target


def age_setup_files(project: Path) -> None:
    """Date the set-up files of a copy or clone long ago: make must not reinstall the shared .venv from it."""
    names = ("requirements.txt", "requirements-dev.txt", "requirements.lock", "requirements-dev.lock", "pyproject.toml")
    for name in (*names, "package.json", "package-lock.json"):
        os.utime(project / name, (0, 0))


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return result.stdout.strip()


def init_repo(repo: Path) -> None:
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Test")
    git(repo, "config", "user.email", "test@example.invalid")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")


def make(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": BUILD_EPOCH}
    return subprocess.run(["make", *args], cwd=repo, capture_output=True, text=True, env=env, check=False)


def test_workflows_are_valid_github_workflows() -> None:
    files = sorted(str(path) for path in (ROOT / ".github/workflows").glob("*.yml"))
    assert len(files) == 2
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_publish_workflow_deploys_dev_and_releases() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["deploy"]["steps"]
    assert workflow[True]["push"] == {"branches": ["main"], "tags": ["v*.*.*"]}  # YAML reads `on` as true
    assert steps[1]["with"] == {"fetch-depth": 0, "persist-credentials": False}
    runs = " ".join(step.get("run", "") for step in steps)
    assert "make publish-local VERSION=dev ALIAS= PUBLIC=1" in runs
    assert "ALIAS=latest PUBLIC=1" in runs
    assert "user.email" in runs
    token_steps = [step["name"] for step in steps if "github.token" in str(step.get("env", {}))]
    assert token_steps == ["Fetch the published branch", "Push the branch"]  # never while packages install or run


def test_workflows_grant_least_privilege_and_pin_actions_by_commit() -> None:
    for path in sorted((ROOT / ".github/workflows").glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        workflow = yaml.safe_load(text)
        assert workflow["permissions"] in ({}, {"contents": "read"}), path.name
        for name, job in workflow["jobs"].items():
            writes = job.get("permissions", {}).get("contents") == "write"
            pushes = any("git push" in step.get("run", "") for step in job["steps"])
            assert writes is pushes, f"{path.name}: {name}"
            for step in job["steps"]:
                if "uses" in step:
                    assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
                    assert step["with"]["persist-credentials"] is False
        for line in text.splitlines():
            if "uses:" in line:
                assert re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line
        assert "pip install" not in text  # installs go through make: the lock files, --require-hashes


def test_client_sites_deploy_in_parallel_one_job_per_branch() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    listing, sites = workflow["jobs"]["clients"], workflow["jobs"]["client-site"]
    assert "python -m playbook clients --json" in " ".join(step.get("run", "") for step in listing["steps"])
    assert sites["strategy"]["matrix"] == {"include": "${{ fromJSON(needs.clients.outputs.sites) }}"}
    assert sites["concurrency"] == {"group": "publish-${{ matrix.branch }}", "cancel-in-progress": False}
    runs = " ".join(step.get("run", "") for step in sites["steps"])
    assert 'make publish-local CLIENT="$SLUG" BRANCH="$BRANCH" VERSION="$VERSION"' in runs


def test_two_versions_deploy_side_by_side(tmp_path: Path) -> None:
    repo = copy_project(tmp_path / "repo")
    init_repo(repo)
    first = make(repo, "publish-local", "VERSION=1.0")
    assert first.returncode == 0, first.stdout + first.stderr
    tree_1_0 = git(repo, "rev-parse", "gh-pages:1.0")
    faq = repo / "data/faq.yml"
    faq.write_text(faq.read_text(encoding="utf-8").replace("faq:\n", "faq:\n", 1), encoding="utf-8")
    pages = repo / "data/pages.yml"
    pages.write_text(
        pages.read_text(encoding="utf-8").replace("AI invoeren in uw IT-team", "AI invoeren in uw IT-team (1.1)"),
        encoding="utf-8",
    )
    git(repo, "commit", "-q", "-am", "1.1")
    second = make(repo, "publish-local", "VERSION=1.1")
    assert second.returncode == 0, second.stdout + second.stderr
    versions = json.loads(git(repo, "show", "gh-pages:versions.json"))
    assert [(v["version"], v["aliases"]) for v in versions] == [("1.1", ["latest"]), ("1.0", [])]
    assert git(repo, "rev-parse", "gh-pages:1.0") == tree_1_0
    assert "AI invoeren in uw IT-team (1.1)" in git(repo, "show", "gh-pages:1.1/index.html")
    assert "AI invoeren in uw IT-team (1.1)" not in git(repo, "show", "gh-pages:1.0/index.html")
    assert git(repo, "show", "gh-pages:1.1/en/index.html").count('lang="en"') >= 1
    redirect = git(repo, "show", "gh-pages:index.html")
    assert "latest/" in redirect
    assert git(repo, "cat-file", "-p", "gh-pages:latest") == "1.1"  # `latest` is a link to the newest version


def test_a_fork_merges_upstream_without_conflicts(tmp_path: Path) -> None:
    upstream = copy_project(tmp_path / "upstream")
    init_repo(upstream)
    fork = tmp_path / "fork"
    subprocess.run(["git", "clone", "-q", str(upstream), str(fork)], check=True)
    git(fork, "config", "user.name", "Fork")
    git(fork, "config", "user.email", "fork@example.invalid")
    (fork / ".venv").symlink_to(ROOT / ".venv")
    new = subprocess.run(
        [sys.executable, "-m", "playbook", "new", "acme", "--name", "Acme B.V.", "--data", str(fork / "data")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert new.returncode == 0, new.stderr
    acme = fork / "data/companies/acme.yml"  # a new company is private until its author publishes it
    acme.write_text(acme.read_text(encoding="utf-8").replace("publish: false", "publish: true"), encoding="utf-8")
    (fork / "brand").mkdir()
    (fork / "brand/logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>\n')
    (fork / "organization.yml").write_text(
        "site_name: Acme AI-playbook\nsite_url: https://acme.example/playbook/\nlogo: brand/logo.svg\n"
        "primary_colour: teal\npublish: [acme]\n",
        encoding="utf-8",
    )
    git(fork, "add", "-A")
    git(fork, "commit", "-q", "-m", "Our company")

    faq = upstream / "data/faq.yml"
    faq.write_text(
        faq.read_text(encoding="utf-8").replace("Zie actieve weerstand niet", "Zie actief verzet niet", 1),
        encoding="utf-8",
    )
    config = upstream / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("accent: teal", "accent: amber"), encoding="utf-8")
    example = upstream / "examples/companies/voorbeeld-techniek.yml"
    example.write_text(
        example.read_text(encoding="utf-8").replace("employees: 120", "employees: 125"), encoding="utf-8"
    )
    git(upstream, "commit", "-q", "-am", "Upstream improvements")

    merged = subprocess.run(
        ["git", "pull", "-q", "--no-rebase", "--no-edit"], cwd=fork, capture_output=True, text=True, check=False
    )
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert git(fork, "status", "--porcelain") == ""
    site_dir = tmp_path / "out"
    built = run_mkdocs(fork, site_dir, PLAYBOOK_PUBLIC="1")
    assert built.returncode == 0, built.stderr
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "<title>Acme AI-playbook</title>" in home
    assert '<link rel="canonical" href="https://acme.example/playbook/">' in home
    assert (site_dir / "local/logo.svg").exists()
    assert (site_dir / "playbook/acme/index.html").exists()
    assert not (site_dir / "playbook/voorbeeld-techniek/index.html").exists()
    assert "Zie actief verzet niet" in (site_dir / "faq/index.html").read_text(encoding="utf-8")


@pytest.mark.skipif(find_chromium() is None or shutil.which("pdftotext") is None, reason="needs chromium and poppler")
@pytest.mark.parametrize(
    ("company", "expected", "min_pages", "max_pages"),
    # on paper every fold is open (the months, the competence tables, the legal detail): 14 pages in all
    [("voorbeeld-techniek", ["Voorbeeld Techniek B.V.", "ADKAR"], 6, 16), ("", ["AI invoeren in uw IT-team"], 1, 4)],
)
def test_print_to_pdf(
    site: Site, tmp_path: Path, company: str, expected: list[str], min_pages: int, max_pages: int
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "playbook", "pdf", company, "--site", str(site.root), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / f"{company or 'playbook'}.pdf"
    assert min_pages <= pdfread.page_count(pdf) <= max_pages
    text = pdfread.text(pdf)
    for phrase in expected:
        assert phrase in text
    version = deployed_version(os.environ, git_tag(ROOT))
    assert text.count(f"Versie {version} · gebouwd op 28 november 2026") == pdfread.page_count(pdf)
    assert "Zoeken" not in text  # no header or search box on paper
    assert all(share > 0.75 for share in pdfread.filled(pdf)[:-1])  # no half-empty page before the last
    names = pdfread.fonts(pdf)
    assert len(names) == len(set(names))  # the footer is set in the body's font, not in a second copy of a fallback
