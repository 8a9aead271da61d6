"""Two engines, one site: MkDocs and ProperDocs build the same files from mkdocs.yml, apart from the generator line."""

from __future__ import annotations

import re
import subprocess
from importlib import metadata
from pathlib import Path

import pytest

from tests.conftest import ROOT, Site, run_mkdocs
from tests.test_preview import fetch, mkdocs_serve
from tests.test_publishing import copy_project, git, init_repo, make
from tools import engine

GENERATOR = re.compile(rb'<meta name="generator" content="([^"]*)">')


def generators(site: Path) -> set[str]:
    """Every generator line's content in the HTML pages under ``site``."""
    return {match.decode() for page in site.rglob("*.html") for match in GENERATOR.findall(page.read_bytes())}


def differing_files(left: Path, right: Path) -> list[str]:
    """The files (relative paths) that one site has and the other lacks, or whose bytes differ once the HTML
    generator line is left out; sorted."""
    files = {path.relative_to(left) for path in left.rglob("*") if path.is_file()}
    files |= {path.relative_to(right) for path in right.rglob("*") if path.is_file()}
    differing = []
    for name in sorted(files):
        one, other = left / name, right / name
        if not (one.is_file() and other.is_file()):
            differing.append(f"{name} (only in {left if one.is_file() else right})")
        elif GENERATOR.sub(b"", one.read_bytes()) != GENERATOR.sub(b"", other.read_bytes()):
            differing.append(str(name))
    return differing


def test_the_comparison_names_a_changed_file_and_a_missing_one(tmp_path: Path) -> None:
    left, right = tmp_path / "a", tmp_path / "b"
    for site in (left, right):
        (site / "en").mkdir(parents=True)
        (site / "same.txt").write_text("same")
    (left / "index.html").write_text('<meta name="generator" content="mkdocs-1.6.1">\n<p>Hallo</p>')
    (right / "index.html").write_text('<meta name="generator" content="mkdocs-ProperDocs 1.6.7">\n<p>Hallo</p>')
    (left / "en/index.html").write_text("<p>Hello</p>")
    (right / "en/index.html").write_text("<p>Hello!</p>")
    (left / "only.css").write_text("")
    assert differing_files(left, right) == ["en/index.html", f"only.css (only in {left})"]


@pytest.mark.site
def test_properdocs_builds_the_site_mkdocs_builds(site: Site, tmp_path: Path) -> None:
    properdocs_site = tmp_path / "properdocs"
    built = run_mkdocs(ROOT, properdocs_site, engine="properdocs")
    assert built.returncode == 0, built.stderr
    assert differing_files(site.root, properdocs_site) == []
    material = f"mkdocs-material-{metadata.version('mkdocs-material')}"
    assert generators(site.root) == {f"mkdocs-{metadata.version('mkdocs')}, {material}"}
    assert generators(properdocs_site) == {f"mkdocs-ProperDocs {metadata.version('properdocs')}, {material}"}
    assert len(list(properdocs_site.rglob("*.html"))) > 60


def test_properdocs_serves_company_pages_on_request(project_copy: Path, tmp_path: Path) -> None:
    with mkdocs_serve(project_copy, tmp_path / "serve.log", engine="properdocs") as (url, log):
        status, body = fetch(url + "en/playbook/voorbeeld-techniek/", timeout=60)
        assert status == 200
        assert "Voorbeeld Techniek B.V." in body
        assert f'content="mkdocs-ProperDocs {metadata.version("properdocs")},' in body
        assert "which is excluded from the built site" not in log.read_text(encoding="utf-8")


def test_an_unknown_engine_stops_make_with_the_choices() -> None:
    done = subprocess.run(
        ["make", "-n", "build", "ENGINE=zensical"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode != 0
    assert "ENGINE: expected mkdocs or properdocs, got 'zensical'" in done.stderr


def test_publish_local_deploys_with_the_engine_chosen(tmp_path: Path) -> None:
    repo = copy_project(tmp_path / "repo")
    init_repo(repo)
    for version, chosen in (("1.0", "mkdocs"), ("1.1", "properdocs")):
        done = make(repo, "publish-local", f"VERSION={version}", f"ENGINE={chosen}")
        assert done.returncode == 0, done.stdout + done.stderr
    messages = git(repo, "log", "--format=%s", "gh-pages").splitlines()
    assert any(f"to 1.0 with MkDocs {metadata.version('mkdocs')} and mike" in line for line in messages), messages
    assert any(f"to 1.1 with ProperDocs {metadata.version('properdocs')} and mike" in line for line in messages)
    assert f"mkdocs-{metadata.version('mkdocs')}," in git(repo, "show", "gh-pages:1.0/index.html")
    assert f"mkdocs-ProperDocs {metadata.version('properdocs')}," in git(repo, "show", "gh-pages:1.1/en/index.html")


def test_mike_without_the_names_it_is_steered_by_stops_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import mike.mkdocs_utils  # noqa: PLC0415  (mike decides its engine when imported: not at collection)

    monkeypatch.delattr(mike.mkdocs_utils, "_brand")
    with pytest.raises(engine.EngineError) as stopped:
        engine.use("mkdocs")
    assert str(stopped.value) == (
        f"mike {metadata.version('mike')} has no _brand in mike.mkdocs_utils (tools/engine.py was written for "
        "mike 2.2): pin mike==2.2.0 or adapt tools/engine.py"
    )


def test_the_launcher_names_the_engines_it_knows(capsys: pytest.CaptureFixture[str]) -> None:
    assert engine.main(["zensical", "deploy", "1.0"]) == 2
    assert capsys.readouterr().err == "error: ENGINE: expected one of mkdocs, properdocs, got 'zensical'\n"
