"""What leaves the machine is whole: a site anyone may read, swapped in at once, PDFs without local paths."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from deploy import build as site_build
from playbook.cli import page_address
from playbook.export.pdf import find_chromium, print_to_pdf, published_links
from tests.conftest import BUILD_EPOCH, ROOT, Site, copy_project
from tests.test_companies import example_with, write_company

DOMAIN_ROOT = "https://playbook.klant.nl/"


def modes(folder: Path) -> dict[str, int]:
    return {path.relative_to(folder).as_posix(): stat.S_IMODE(path.stat().st_mode) for path in folder.rglob("*")}


def test_make_build_leaves_a_readable_site_swapped_in_whole(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "organization.yml").write_text(f"site_url: {DOMAIN_ROOT}\n", encoding="utf-8")
    (project / "site").mkdir()
    (project / "site/stale.html").write_text("old", encoding="utf-8")
    (project / ".site-tmp").mkdir()  # a killed build's leftovers
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": BUILD_EPOCH}
    built = subprocess.run(
        ["sh", "-c", f"umask 077 && {sys.executable} -m deploy build"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    site = project / "site"
    found = modes(site)
    assert {path: mode for path, mode in found.items() if (site / path).is_dir() and mode != 0o755} == {}
    assert {path: mode for path, mode in found.items() if (site / path).is_file() and mode != 0o644} == {}
    assert stat.S_IMODE(site.stat().st_mode) == 0o755
    assert "en/index.html" in found
    assert not (site / "stale.html").exists()
    assert sorted(path.name for path in project.iterdir() if path.name.startswith(".site")) == []
    # the 404 page answers anywhere on the host: its language links stay on it
    not_found = (site / "404.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]*)" hreflang="(nl|en)"', not_found)
    assert links == [("/", "nl"), ("/en/", "en")]
    assert 'href="//' not in not_found


def test_a_failed_build_leaves_site_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site/index.html").write_text("before", encoding="utf-8")

    class Failed:
        returncode = 1

    monkeypatch.setattr(subprocess, "run", lambda *args, **kwargs: Failed())
    assert site_build.build(tmp_path) == 1
    assert (tmp_path / "site/index.html").read_text(encoding="utf-8") == "before"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"]


def test_a_swap_cut_short_leaves_the_new_site_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site, new = tmp_path / "site", tmp_path / ".site-new-x"
    for folder, text in ((site, "old"), (new, "new")):
        (folder / "en").mkdir(parents=True)
        (folder / "index.html").write_text(text, encoding="utf-8")
        (folder / "en/index.html").write_text(text, encoding="utf-8")

    real = shutil.rmtree

    def killed(path: Path, *args: object, **kwargs: object) -> None:
        if ".site-old-" in str(path):
            raise KeyboardInterrupt  # the process is stopped while the old site is being deleted
        real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "rmtree", killed)
    with pytest.raises(KeyboardInterrupt):
        site_build.swap_in(new, site)
    assert (site / "index.html").read_text(encoding="utf-8") == "new"
    assert (site / "en/index.html").read_text(encoding="utf-8") == "new"
    monkeypatch.setattr(shutil, "rmtree", real)
    site_build.remove_leftovers(tmp_path)  # what the next build does first
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"]


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            "https://klant.nl/playbook/playbook/acme/",
            '<a class="x" href="https://klant.nl/playbook/faq/">F</a> <a href="#top">T</a> '
            '<a href="https://eur-lex.europa.eu/">E</a> <a href="https://klant.nl/playbook/playbook/exports/a.xlsx">X</a>',
        ),
        (None, '<a class="x">F</a> <a href="#top">T</a> <a href="https://eur-lex.europa.eu/">E</a> <a>X</a>'),
    ],
)
def test_pdf_links_point_at_the_published_page_or_nowhere(address: str | None, expected: str) -> None:
    html = (
        '<a class="x" href="../../faq/">F</a> <a href="#top">T</a> '
        '<a href="https://eur-lex.europa.eu/">E</a> <a href="../exports/a.xlsx">X</a>'
    )
    assert published_links(html, address) == expected


@pytest.mark.skipif(find_chromium() is None, reason="needs chromium")
def test_a_printed_playbook_never_links_to_a_local_file(site: Site, tmp_path: Path) -> None:
    chromium = find_chromium()
    assert chromium is not None
    page = site.root / "playbook/voorbeeld-techniek/index.html"
    print_to_pdf(page, tmp_path / "linked.pdf", chromium, "https://klant.nl/playbook/playbook/voorbeeld-techniek/")
    print_to_pdf(page, tmp_path / "plain.pdf", chromium)
    linked = re.findall(rb"/URI \(([^)]*)\)", (tmp_path / "linked.pdf").read_bytes())
    plain = re.findall(rb"/URI \(([^)]*)\)", (tmp_path / "plain.pdf").read_bytes())
    assert b"https://klant.nl/playbook/playbook/exports/voorbeeld-techniek-action-plan.xlsx" in linked
    assert [uri for uri in linked + plain if uri.startswith(b"file:")] == []
    assert [uri for uri in plain if b"klant.nl" in uri] == []
    assert plain  # the links to other hosts (the legal texts) stay
    assert sorted(path.name for path in page.parent.iterdir()) == ["index.html", "summary"]


@pytest.mark.parametrize(
    ("organization", "own", "company", "expected"),
    [
        (
            "https://ai.adviseur.nl/",
            "https://klant.nl/playbook/",
            "acme",
            "https://klant.nl/playbook/latest/playbook/acme/",
        ),
        ("https://ai.adviseur.nl/", None, "acme", "https://ai.adviseur.nl/latest/playbook/acme/"),
        ("https://ai.adviseur.nl/", None, "", "https://ai.adviseur.nl/latest/"),
        (None, None, "acme", None),  # mkdocs.yml's placeholder (example.org): no links
    ],
)
def test_a_pdf_links_to_the_published_copy_of_its_page(
    tmp_path: Path, organization: str | None, own: str | None, company: str, expected: str | None
) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_url: https://example.org/playbook/\n", encoding="utf-8")
    if organization:
        (tmp_path / "organization.yml").write_text(f"site_url: {organization}\n", encoding="utf-8")
    write_company(tmp_path / "data/companies", "acme", example_with(name="Acme", site_url=own))
    site = tmp_path / "site"
    page = site / (f"playbook/{company}/index.html" if company else "index.html")
    assert page_address(tmp_path, company, site, page) == expected
