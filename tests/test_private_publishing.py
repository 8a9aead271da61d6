"""Private by default and one site per client: what a deploy and a client site hold, file by file."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import tarfile
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from playbook import Content, DataErrors
from playbook.company.company import Company
from playbook.company.playbooks import load_companies
from playbook.company.selection import is_published, select_companies
from playbook.loading.settings import OrganizationSettings
from tests.conftest import run_mkdocs
from tests.test_companies import EXAMPLE, example_with, write_company
from tests.test_publishing import age_setup_files, copy_project, git, init_repo, make


def company_file(name: str, budget: int, publish: bool | None) -> str:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["name"] = name
    data["ai_project"]["budget_eur"] = budget
    data["people"] = {"sponsor": f"{name} Sponsor"}
    data.pop("activities", None)  # their owners are people of the example, named nowhere under these people
    data.pop("publish", None)
    if publish is not None:
        data["publish"] = publish
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


OPEN = ("open-co", "Open Harbour", 731000, True)
SECRET = ("secret-co", "Quiet Vault", 864000, False)
DEFAULT = ("plain-co", "Plain Meadow", 597000, None)


def needles(slug: str, name: str, budget: int) -> list[bytes]:
    """What may not appear in another client's files: slug, name, sponsor and budget in every notation."""
    digits = str(budget)
    grouped = [f"{digits[:-3]}{sep}{digits[-3:]}" for sep in (".", ",", "\u202f", "\xa0", " ")]
    return [text.encode("utf-8") for text in (slug, name, f"{name} Sponsor", digits, *grouped)]


def every_file(folder: Path) -> dict[str, bytes]:
    """Every file of a built site, with the members of XLSX exports (zip) unpacked."""
    found: dict[str, bytes] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found[path.relative_to(folder).as_posix()] = data
            if data.startswith(b"PK"):
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    for member in archive.namelist():
                        found[f"{path.name}!{member}"] = archive.read(member)
    return found


@pytest.fixture
def three_companies(tmp_path: Path) -> Path:
    folder = tmp_path / "companies"
    for slug, name, budget, publish in (OPEN, SECRET, DEFAULT):
        write_company(folder, slug, company_file(name, budget, publish))
    return folder


@pytest.mark.parametrize(
    ("listed", "public", "client", "expected"),
    [
        (None, False, None, ["open-co", "plain-co", "secret-co"]),
        (None, True, None, ["open-co"]),  # no `publish` key: private
        (["open-co"], True, None, ["open-co"]),
        (["open-co", "secret-co", "plain-co"], True, None, ["open-co"]),
        (["open-co"], False, None, ["open-co", "plain-co", "secret-co"]),
        (None, False, "secret-co", ["secret-co"]),
        (None, True, "plain-co", ["plain-co"]),  # a client site: the client alone, public or private
        (None, True, "secret-co", ["secret-co"]),
        (["open-co"], True, "secret-co", ["secret-co"]),
        (
            None,
            False,
            "acme",
            "CLIENT:1:1: (setting): expected the slug of a company file in data/companies/, got 'acme' "
            "(known: open-co, plain-co, secret-co)",
        ),
    ],
)
def test_which_companies_a_build_shows(
    three_companies: Path,
    content: Content,
    listed: list[str] | None,
    public: bool,
    client: str | None,
    expected: list[str] | str,
) -> None:
    root = three_companies.parent
    (root / "data").mkdir()
    three_companies.rename(root / "data/companies")
    loaded = load_companies(root / "data/companies", content, root)
    settings = OrganizationSettings(publish=listed) if listed is not None else None
    if isinstance(expected, str):
        with pytest.raises(DataErrors) as caught:
            select_companies(loaded, settings, "data/companies", public=public, only=client)
        assert [str(error) for error in caught.value.errors] == [expected]
    else:
        chosen = select_companies(loaded, settings, "data/companies", public=public, only=client)
        assert [company.slug for company in chosen] == expected


@pytest.fixture(scope="module")
def example_company(content: Content, tmp_path_factory: pytest.TempPathFactory) -> Company:
    root = tmp_path_factory.mktemp("one")
    write_company(root / "data/companies", "one-co", example_with(name="One"))
    return load_companies(root / "data/companies", content, root)[0]


@given(
    flags=st.lists(st.booleans(), min_size=1, max_size=8),
    listed=st.none() | st.sets(st.integers(min_value=0, max_value=7)),
)
def test_a_deploy_holds_exactly_the_published_companies(
    example_company: Company, flags: list[bool], listed: set[int] | None
) -> None:
    companies = [
        Company(f"co-{i}", example_company.profile.model_copy(update={"publish": flag}), example_company.source)
        for i, flag in enumerate(flags)
    ]
    settings = None if listed is None else OrganizationSettings(publish=[f"co-{i}" for i in sorted(listed)])
    public = select_companies(companies, settings, "data/companies", public=True, only=None)
    local = select_companies(companies, settings, "data/companies", public=False, only=None)
    assert local == companies
    assert public == [c for c in companies if is_published(c, settings)]
    for company in public:
        assert company.profile.publish
        assert listed is None or int(company.slug.removeprefix("co-")) in listed


def test_a_local_deploy_leaves_private_companies_out_of_the_whole_branch(tmp_path: Path) -> None:
    repo = copy_project(tmp_path / "repo")
    for slug, name, budget, publish in (OPEN, SECRET):
        write_company(repo / "data/companies", slug, company_file(name, budget, publish))
    init_repo(repo)
    deployed = make(repo, "publish-local", "VERSION=1.0")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert "View it with: make serve-versions" in deployed.stdout
    paths = git(repo, "ls-tree", "-r", "--name-only", "gh-pages").splitlines()
    assert "1.0/playbook/open-co/index.html" in paths
    assert "1.0/en/playbook/open-co/index.html" in paths
    assert any(path.startswith("1.0/playbook/exports/open-co") for path in paths)  # its exports
    tree = tmp_path / "gh-pages"
    tree.mkdir()
    archive = subprocess.run(["git", "archive", "gh-pages"], cwd=repo, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tree, filter="tar")
    files = every_file(tree)
    assert {path for path in paths if path.startswith("1.0/")} <= set(files)
    leaks = [(path, n) for path, data in files.items() for n in needles(*SECRET[:3]) if n in data]
    assert leaks == []
    assert [path for path in paths if "secret" in path] == []
    robots = files["1.0/robots.txt"].decode("utf-8")
    assert robots.endswith(  # every version names the default alias's sitemaps: one indexed copy of each page
        "Sitemap: https://example.org/playbook/latest/sitemap.xml\n"
        "Sitemap: https://example.org/playbook/latest/en/sitemap.xml\n"
    )
    assert "secret-co" not in files["1.0/sitemap.xml"].decode("utf-8")
    assert "open-co" not in files["1.0/en/sitemap.xml"].decode("utf-8")  # noindex: in no sitemap

    clone = tmp_path / "clone"  # a fresh clone: gh-pages only on origin
    subprocess.run(["git", "clone", "-q", str(repo), str(clone)], check=True)
    (clone / ".venv").symlink_to(repo / ".venv")
    age_setup_files(clone)
    installed = (repo / ".venv/.installed-build").stat().st_mtime_ns
    home = serve_versions(clone)
    # the shared .venv was not reinstalled from the clone (that would point its editable install at tmp_path)
    assert (repo / ".venv/.installed-build").stat().st_mtime_ns == installed
    assert '<html lang="nl"' in home  # the home page of the newest version
    assert "<title>AI-verandermanagement voor IT-teams</title>" in home
    assert '<html lang="nl"' in home


def serve_versions(repo: Path) -> str:
    """Run `make serve-versions` in ``repo`` and return the HTML its address answers with; then stop it."""
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        ["make", "serve-versions", f"PORT={port}"],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/latest/", timeout=5) as response:
                    return str(response.read().decode("utf-8"))
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    output = server.stdout.read().decode("utf-8") if server.stdout and server.poll() is not None else ""
                    raise AssertionError(f"make serve-versions answered nothing: {output}") from None
                time.sleep(1)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_a_client_site_holds_nothing_of_the_other_companies(tmp_path: Path, three_companies: Path) -> None:
    project = copy_project(tmp_path / "repo")
    three_companies.rename(project / "data/companies")
    site_dir = tmp_path / "client"
    built = run_mkdocs(project, site_dir, PLAYBOOK_CLIENT="secret-co", PLAYBOOK_PUBLIC="")
    assert built.returncode == 0, built.stderr
    files = every_file(site_dir)
    assert "playbook/secret-co/index.html" in files
    assert "en/playbook/secret-co/index.html" in files
    assert "search/search_index.json" in files
    assert any(name.startswith("playbook/exports/secret-co") for name in files)
    assert needles(*SECRET[:3])[1] in files["playbook/index.html"]
    others = [n for company in (OPEN, DEFAULT) for n in needles(*company[:3])]
    leaks = [(name, n) for name, data in files.items() for n in others if n in data]
    assert leaks == []
