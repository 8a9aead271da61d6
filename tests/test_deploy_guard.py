"""What a deploy may commit, which companies it holds, and what a local build says about each company."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from deploy import site
from deploy.site import Deploy, DeployRefused, deploy
from playbook import Content
from playbook.clock import build_date
from playbook.company.playbooks import company_playbooks, load_companies
from playbook.company.selection import public_only
from playbook.publishing.branch import hidden_paths, leftover_companies, leftover_report
from playbook.render.company import company_index, company_page
from playbook.render.context import RenderContext
from tests.conftest import CliResult, copy_for_build, run_mkdocs
from tests.test_companies import example_with, write_company
from tests.test_publishing import git


def without_publish(name: str) -> str:
    """An example company file copied without its `publish` line."""
    data = yaml.safe_load(example_with(name=name))
    data.pop("publish")
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize(
    ("paths", "hidden"),
    [
        ([".nojekyll", "1.0/index.html", "versions.json"], []),
        (["2.0/.nl-x1y2/playbook/secret/index.html"], ["2.0/.nl-x1y2/playbook/secret/index.html"]),
        ([".github/workflows/x.yml", "1.0/.nojekyll", "a/.b"], [".github/workflows/x.yml", "a/.b"]),
        (["1.0/en/.search/x.json", "1.0/en/search/x.json"], ["1.0/en/.search/x.json"]),
    ],
)
def test_no_hidden_path_but_nojekyll(paths: list[str], hidden: list[str]) -> None:
    assert hidden_paths(paths) == hidden


@pytest.mark.parametrize(
    ("environ", "public"),
    [
        ({}, False),
        ({"PLAYBOOK_PUBLIC": "1"}, True),
        ({"MIKE_DOCS_VERSION": "9.9"}, True),  # `mike deploy 9.9` called directly
        ({"MIKE_DOCS_VERSION": " "}, False),
        ({"PLAYBOOK_PUBLIC": "", "MIKE_DOCS_VERSION": "dev"}, True),
    ],
)
def test_every_build_mike_deploys_is_public(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], public: bool
) -> None:
    monkeypatch.delenv("PLAYBOOK_PUBLIC", raising=False)
    monkeypatch.delenv("MIKE_DOCS_VERSION", raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert public_only() is public


def test_a_deploy_names_the_companies_older_versions_still_hold() -> None:
    paths = [
        "1.0/playbook/acme/summary/index.html",
        "1.0/en/playbook/acme/summary/index.html",
        "1.0/playbook/bolt/summary/index.html",
        "2.0/playbook/bolt/summary/index.html",
        "3.0/playbook/bolt/summary/index.html",
        "2.0/playbook/acme/summary/index.html",
    ]
    left = leftover_companies(paths, "3.0")
    assert left == {"acme": ["1.0", "2.0"]}
    assert leftover_report(left, "gh-pages-x") == [
        "acme: still in version 1.0, 2.0 of gh-pages-x, although this deploy leaves it out; "
        "remove it from every version with: make unpublish COMPANY=acme BRANCH=gh-pages-x"
    ]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "Test")
    git(folder, "config", "user.email", "test@example.invalid")
    (folder / "README.md").write_text("x\n")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "start")
    return folder


def fake_build(files: dict[str, str]) -> Callable[[Path, Path, object], None]:
    def build(root: Path, site_dir: Path, env: object) -> None:
        del root, env
        for name, text in files.items():
            (site_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (site_dir / name).write_text(text, encoding="utf-8")

    return build


def test_a_deploy_refuses_a_hidden_folder_in_the_built_site(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(site, "build_site", fake_build({"index.html": "ok", ".en-abc123/secret/index.html": "x"}))
    with pytest.raises(DeployRefused) as refused:
        deploy(repo, Deploy("1.0", ("latest",), "gh-pages"))
    assert str(refused.value) == "hidden paths in the built site, not committed: .en-abc123/secret/index.html"
    assert git(repo, "branch", "--list", "gh-pages") == ""


def test_a_deploy_onto_a_branch_with_hidden_paths_puts_it_back(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(site, "build_site", fake_build({"index.html": "one"}))
    assert deploy(repo, Deploy("1.0", ("latest",), "gh-pages")) == []
    clean = git(repo, "rev-parse", "gh-pages")
    assert git(repo, "show", "gh-pages:1.0/index.html") == "one"
    # an earlier, unguarded deploy left a hidden folder on the branch
    subprocess.run(["git", "worktree", "add", "-q", str(repo.parent / "pages"), "gh-pages"], cwd=repo, check=True)
    pages = repo.parent / "pages"
    (pages / "1.0/.nl-x").mkdir()
    (pages / "1.0/.nl-x/index.html").write_text("secret")
    git(pages, "add", "-A")
    git(pages, "commit", "-q", "-m", "old leftovers")
    git(repo, "worktree", "remove", "--force", str(pages))
    dirty = git(repo, "rev-parse", "gh-pages")
    assert dirty != clean
    monkeypatch.setattr(site, "build_site", fake_build({"index.html": "two"}))
    with pytest.raises(DeployRefused) as refused:
        deploy(repo, Deploy("2.0", ("latest",), "gh-pages"))
    assert str(refused.value) == (
        "gh-pages would hold hidden paths (1.0/.nl-x/index.html); the branch is back where it was. Remove the "
        "versions that hold them (mike delete --branch gh-pages 1.0), then deploy them again"
    )
    assert git(repo, "rev-parse", "gh-pages") == dirty


def test_a_file_without_publish_is_private(content: Content, tmp_path: Path) -> None:
    write_company(tmp_path / "data/companies", "copied-co", without_publish("Copied"))
    (company,) = load_companies(tmp_path / "data/companies", content, tmp_path)
    assert company.profile.publish is False


@pytest.mark.parametrize(
    ("published", "row", "note"),
    [
        (
            True,
            "[Acme](acme.md) · openbaar",
            '<p class="company-visibility company-visibility--public">Openbaar: deze pagina komt mee in elke',
        ),
        (
            False,
            "[Acme](acme.md) · privé",
            '<p class="company-visibility company-visibility--private">Privé: alleen in lokale builds; elke',
        ),
        (None, "| [Acme](acme.md) |", None),
    ],
)
def test_a_local_build_marks_each_company_public_or_private(
    content: Content, tmp_path: Path, published: bool | None, row: str, note: str | None
) -> None:
    write_company(tmp_path / "data/companies", "acme", example_with(name="Acme"))
    companies = load_companies(tmp_path / "data/companies", content, tmp_path)
    (book,) = company_playbooks(companies, content, build_date())
    book = replace(book, published=published)
    index = company_index(RenderContext(content, "nl", "playbook/index.md"), [book])
    page = company_page(RenderContext(content, "nl", "playbook/acme.md"), book)
    assert row in index
    if note is None:
        assert "openbaar" not in page
        assert "Privé" not in page
    else:
        assert note in page
    english = company_index(RenderContext(content, "en", "playbook/index.md"), [book])
    assert ("· public" in english) is (published is True)
    assert ("· private" in english) is (published is False)


PUBLICATION = {
    "en": ("Public (in every deploy): {}", "Private (local builds and client sites only): {}", "none"),
    "nl": ("Openbaar (in elke publicatie): {}", "Privé (alleen in lokale builds en klantsites): {}", "geen"),
}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_validate_says_which_companies_are_public(
    cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch, project_copy: Path, language: str
) -> None:
    monkeypatch.delenv("PLAYBOOK_PUBLIC", raising=False)
    monkeypatch.setenv("PLAYBOOK_LANG", language)
    public, private, none = PUBLICATION[language]
    result = cli("validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        public.format("demo-cold-chain, fictief-financieel, voorbeeld-techniek"),
        private.format(none),
    ]
    folder = project_copy / "data/companies"
    write_company(folder, "copied-co", without_publish("Copied"))
    write_company(folder, "open-co", example_with(name="Open", publish=True))
    write_company(folder, "quiet-co", example_with(name="Quiet", publish=False))
    result = cli("validate", "--data", str(project_copy / "data"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [public.format("open-co"), private.format("copied-co, quiet-co")]


def test_validate_speaks_the_organizations_language_without_an_override(
    cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch, project_copy: Path
) -> None:
    monkeypatch.delenv("PLAYBOOK_PUBLIC", raising=False)
    monkeypatch.delenv("PLAYBOOK_LANG", raising=False)
    data = str(project_copy / "data")
    result = cli("validate", "--data", data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("Alle data is geldig: ")
    assert result.stdout.splitlines()[1:] == [
        "Openbaar (in elke publicatie): demo-cold-chain, fictief-financieel, voorbeeld-techniek",
        "Privé (alleen in lokale builds en klantsites): geen",
    ]
    (project_copy / "organization.yml").write_text("default_language: en\n", encoding="utf-8")
    result = cli("validate", "--data", data)
    assert result.stdout.splitlines()[1:] == [
        "Public (in every deploy): demo-cold-chain, fictief-financieel, voorbeeld-techniek",
        "Private (local builds and client sites only): none",
    ]


def test_the_client_list_feeds_the_workflow_matrix(
    cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch, project_copy: Path
) -> None:
    monkeypatch.delenv("PLAYBOOK_PUBLIC", raising=False)
    folder = project_copy / "data/companies"
    write_company(folder, "open-co", example_with(name="Open Harbour", site_url="https://open.nl/"))
    write_company(folder, "quiet-co", without_publish("Quiet Vault"))
    result = cli("clients", "--json", "--data", str(project_copy / "data"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"slug": "open-co", "branch": "gh-pages-open-co", "site_url": "https://open.nl/", "public": True},
        {"slug": "quiet-co", "branch": "gh-pages-quiet-co", "site_url": None, "public": False},
    ]
    assert "Quiet Vault" not in result.stdout  # job names and logs show the list


def test_mike_called_directly_deploys_no_hidden_folder(tmp_path: Path) -> None:
    """`mike deploy 9.9` builds with MIKE_DOCS_VERSION set and commits the site folder: leftovers stop it."""
    project = copy_for_build(tmp_path / "project")
    site_dir = tmp_path / "site"
    (site_dir / ".nl-k2v9x1/playbook/secret-co").mkdir(parents=True)
    (site_dir / ".nl-k2v9x1/playbook/secret-co/index.html").write_text("secret", encoding="utf-8")
    built = run_mkdocs(project, site_dir, MIKE_DOCS_VERSION="9.9")
    assert built.returncode != 0
    assert (
        "the site folder holds hidden paths that mike would publish (.nl-k2v9x1/playbook/secret-co/index.html); "
        f"nothing is deployed. Remove them (rm -rf {site_dir}/.nl-k2v9x1) and deploy with `make publish`"
    ) in built.stderr


def test_mike_called_directly_writes_each_address_with_its_version_once(tmp_path: Path) -> None:
    """`mike deploy 9.9` adds its plugin, which joins the version to site_url after the playbook plugin did."""
    project = copy_for_build(tmp_path / "project")
    (project / "organization.yml").write_text("site_url: https://ai.adviseur.nl/playbook/\n", encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8").replace("plugins:\n", "plugins:\n  - mike\n", 1)
    (project / "mike-mkdocs-test.yml").write_text(config, encoding="utf-8")  # what mike's inject_plugin writes
    site_dir = tmp_path / "site"
    built = run_mkdocs(project, site_dir, "--config-file", "mike-mkdocs-test.yml", MIKE_DOCS_VERSION="9.9")
    assert built.returncode == 0, built.stderr
    faq = (site_dir / "faq/index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://ai.adviseur.nl/playbook/9.9/faq/">' in faq
    english = (site_dir / "en/faq/index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://ai.adviseur.nl/playbook/9.9/en/faq/">' in english
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://ai.adviseur.nl/playbook/9.9/faq/</loc>" in sitemap
    assert "9.9/9.9" not in sitemap
