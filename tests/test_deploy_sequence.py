"""The whole publishing sequence of a consultant in one checkout, then every file of every deploy commit read.

Deploy, view the versions, deploy again, a private and a public client's own site, a client switched to
private, another deploy, unpublish; then every file of every commit of every deploy branch (and every member
of every XLSX file) is searched for the private companies, for other clients and for hidden paths.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from playbook.publishing.branch import hidden_paths
from tests.conftest import ROOT
from tests.test_companies import EXAMPLE, write_company
from tests.test_private_publishing import free_port, needles
from tests.test_publishing import copy_project, git, init_repo, make

PUBLIC = ("open-co", "Open Harbour", 731000)
SECRET = ("secret-co", "Quiet Vault", 864000)
COPIED = ("plain-co", "Plain Meadow", 597000)
"""A file copied from an example without its `publish` line: private."""
LATER = ("later-co", "Lantern Works", 642000)
"""Public at first, switched to private, then unpublished."""
SECRET_URL = "https://quiet-vault.nl/playbook/"


def company(name: str, budget: int, **extra: object) -> str:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data.pop("activities", None)  # their owners are people of the example
    data.pop("publish", None)
    data.update(name=name, people={"sponsor": f"{name} Sponsor"}, **extra)
    data["ai_project"]["budget_eur"] = budget
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def blobs(repo: Path, branch: str) -> Iterator[tuple[str, str, bytes]]:
    """(commit, path, bytes) for every file of every commit of ``branch``, each blob read once; XLSX members too."""
    seen: dict[str, bytes] = {}
    for commit in git(repo, "rev-list", branch).split():
        for line in git(repo, "ls-tree", "-r", commit).splitlines():
            meta, path = line.split("\t", 1)
            sha = meta.split()[2]
            if sha not in seen:
                seen[sha] = subprocess.run(
                    ["git", "cat-file", "blob", sha], cwd=repo, capture_output=True, check=True
                ).stdout
            data = seen[sha]
            yield commit, path, data
            if path.endswith(".xlsx"):
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    for member in archive.namelist():
                        yield commit, f"{path}!{member}", archive.read(member)


def leaks(repo: Path, branch: str, companies: list[tuple[str, str, int]]) -> list[tuple[str, str, bytes]]:
    wanted = [needle for found in companies for needle in needles(*found)]
    return [(commit[:8], path, n) for commit, path, data in blobs(repo, branch) for n in wanted if n in data]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


def serve_versions(repo: Path) -> tuple[str, list[dict[str, object]]]:
    """`make serve-versions`: the newest version's home page and versions.json, as a browser gets them."""
    port = free_port()
    server = subprocess.Popen(
        ["make", "serve-versions", f"PORT={port}"],
        cwd=repo,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                home = fetch(f"http://127.0.0.1:{port}/latest/")
                return home, json.loads(fetch(f"http://127.0.0.1:{port}/versions.json"))
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise AssertionError("make serve-versions answered nothing") from None
                time.sleep(0.5)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def deployed(repo: Path, *args: str) -> str:
    result = make(repo, *args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def sequence(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    repo = copy_project(tmp_path_factory.mktemp("sequence") / "repo")
    folder = repo / "data/companies"
    write_company(folder, PUBLIC[0], company(*PUBLIC[1:], publish=True))
    write_company(folder, SECRET[0], company(*SECRET[1:], publish=False, site_url=SECRET_URL))
    write_company(folder, COPIED[0], company(*COPIED[1:]))
    write_company(folder, LATER[0], company(*LATER[1:], publish=True))
    init_repo(repo)
    out = {"1.0": deployed(repo, "publish-local", "VERSION=1.0")}
    out["home"], versions = serve_versions(repo)
    out["versions"] = json.dumps(versions)
    out["2.0"] = deployed(repo, "publish-local", "VERSION=2.0")
    out["secret"] = deployed(repo, "publish-local", f"CLIENT={SECRET[0]}", "VERSION=1.0")
    out["open"] = deployed(repo, "publish-local", f"CLIENT={PUBLIC[0]}", "VERSION=1.0")
    later = folder / f"{LATER[0]}.yml"
    later.write_text(later.read_text(encoding="utf-8").replace("publish: true", "publish: false"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "later-co is private now")
    out["3.0"] = deployed(repo, "publish-local", "VERSION=3.0")
    out["versions-before"] = git(repo, "show", "gh-pages:versions.json")
    out["unpublish"] = deployed(repo, "unpublish", f"COMPANY={LATER[0]}")
    return repo, out


def test_the_whole_sequence_leaks_nothing(sequence: tuple[Path, dict[str, str]]) -> None:
    repo, out = sequence
    branches = git(repo, "for-each-ref", "--format=%(refname:short)", "refs/heads/gh-pages*").split()
    assert sorted(branches) == ["gh-pages", "gh-pages-open-co", "gh-pages-secret-co"]
    # viewing the versions built nothing and left nothing behind
    assert "<title>AI-verandermanagement voor IT-teams</title>" in out["home"]
    assert [v["version"] for v in json.loads(out["versions"])] == ["1.0"]
    assert not (repo / "site").exists()
    # no hidden path in any commit of any deploy branch
    for branch in branches:
        hidden = {path for _, path, _ in blobs(repo, branch) if hidden_paths([path.split("!")[0]])}
        assert hidden == set(), branch
    # the scan reads the workbooks' members and finds what older commits hold (the history keeps later-co)
    members = [path for _, path, _ in blobs(repo, "gh-pages-open-co") if ".xlsx!" in path]
    assert "1.0/playbook/exports/open-co-action-plan.xlsx!xl/worksheets/sheet1.xml" in members
    assert {path for _, path, _ in leaks(repo, "gh-pages", [LATER])} >= {"1.0/playbook/later-co/index.html"}
    # the public branch never held a private company, in any commit
    assert leaks(repo, "gh-pages", [SECRET, COPIED]) == []
    # each client branch holds its own client only
    assert leaks(repo, "gh-pages-secret-co", [PUBLIC, COPIED, LATER]) == []
    assert leaks(repo, "gh-pages-open-co", [SECRET, COPIED, LATER]) == []
    assert git(repo, "cat-file", "-e", "gh-pages-secret-co:1.0/playbook/secret-co/index.html") == ""
    # the company switched to private: named by the deploy that left it out, then gone from every version
    assert (
        "later-co: still in version 1.0, 2.0 of gh-pages, although this deploy leaves it out; "
        "remove it from every version with: make unpublish COMPANY=later-co"
    ) in out["3.0"]
    tip = {path: data for commit, path, data in blobs(repo, "gh-pages") if commit == git(repo, "rev-parse", "gh-pages")}
    named = [(path, n) for path, data in tip.items() for n in needles(*LATER) if n in data]
    assert named == []
    assert "1.0/playbook/open-co/index.html" in tip  # the public company stays in every version
    assert "3.0/en/playbook/open-co/index.html" in tip
    assert git(repo, "show", "gh-pages:versions.json") == out["versions-before"]
    assert "Removed later-co (Lantern Works) from every version of gh-pages" in out["unpublish"]
    assert git(repo, "log", "-1", "--format=%s", "gh-pages") == "Unpublish later-co from every version"
    # the README's purge: one fresh commit of what the branch holds now; then no commit names later-co
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    purge = next(line for line in readme.splitlines() if line.startswith("git update-ref refs/heads/gh-pages"))
    subprocess.run(["sh", "-c", purge], cwd=repo, check=True)
    assert git(repo, "rev-list", "--count", "gh-pages") == "1"
    assert leaks(repo, "gh-pages", [LATER, SECRET, COPIED]) == []
    assert git(repo, "show", "gh-pages:versions.json") == out["versions-before"]


def test_client_sites_use_their_own_address(sequence: tuple[Path, dict[str, str]]) -> None:
    repo, out = sequence
    page = git(repo, "show", "gh-pages-secret-co:1.0/playbook/secret-co/index.html")
    assert f'<link rel="canonical" href="{SECRET_URL}latest/playbook/secret-co/">' in page
    robots = git(repo, "show", "gh-pages-secret-co:robots.txt")
    assert f"Sitemap: {SECRET_URL}sitemap.xml" in robots
    calendar = git(repo, "show", "gh-pages-secret-co:1.0/playbook/exports/secret-co-roadmap.ics")
    assert f"{SECRET_URL}latest/playbook/secret-co/" in calendar.replace("\r\n ", "")
    assert (
        "No site_url in data/companies/open-co.yml: the site has relative links and no canonical addresses"
        in (out["open"])
    )
    open_page = git(repo, "show", "gh-pages-open-co:1.0/playbook/open-co/index.html")
    assert 'rel="canonical"' not in open_page
    assert "example.org" not in open_page
    assert "Sitemap:" not in git(repo, "show", "gh-pages-open-co:robots.txt")


def test_search_engines_see_one_copy_of_each_page(sequence: tuple[Path, dict[str, str]]) -> None:
    repo, _ = sequence
    faq = git(repo, "show", "gh-pages:1.0/faq/index.html")
    assert '<link rel="canonical" href="https://example.org/playbook/latest/faq/">' in faq
    english = git(repo, "show", "gh-pages:2.0/en/faq/index.html")
    assert '<link rel="canonical" href="https://example.org/playbook/latest/en/faq/">' in english
    assert "/1.0/1.0/" not in git(repo, "show", "gh-pages:1.0/sitemap.xml")
    assert "<loc>https://example.org/playbook/latest/faq/</loc>" in git(repo, "show", "gh-pages:1.0/sitemap.xml")
    assert git(repo, "show", "gh-pages:sitemap.xml").splitlines()[2:4] == [
        "  <sitemap><loc>https://example.org/playbook/latest/sitemap.xml</loc></sitemap>",
        "  <sitemap><loc>https://example.org/playbook/latest/en/sitemap.xml</loc></sitemap>",
    ]
    assert git(repo, "show", "gh-pages:robots.txt") == (
        "User-agent: *\nAllow: /\nSitemap: https://example.org/playbook/sitemap.xml"
    )
    not_found = git(repo, "show", "gh-pages:404.html")  # answers for any address: its links start at the root
    assert '<link rel="stylesheet" href="/playbook/latest/stylesheets/playbook.css">' in not_found
