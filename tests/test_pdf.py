"""`make pdf`: a company's page in its own language (LANGUAGE overrides), relative paths, and one plain line per
failure; the PDFs are read back with pdftotext."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from playbook.export.pdf import find_chromium, output_file, page_folder, pdf_name
from tests import pdfread
from tests.conftest import ROOT, Site

needs_print = pytest.mark.skipif(
    find_chromium() is None or shutil.which("pdftotext") is None, reason="needs chromium and poppler"
)

DUTCH = ["Aanbevolen model", "medewerkers", "gebouwd op 28 november 2026"]
ENGLISH = ["Recommended model", "employees", "built on 28 November 2026"]
DUTCH_SUMMARY = ["Samenvatting voor de directie", "medewerkers", "gebouwd op 28 november 2026"]
ENGLISH_SUMMARY = ["Summary for the board", "employees", "built on 28 November 2026"]


def run_pdf(*args: str, cwd: Path = ROOT, path: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m playbook pdf ARGS`` in a fresh process, as `make pdf` runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        [sys.executable, "-m", "playbook", "pdf", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def flat(pdf: Path) -> str:
    """The PDF's text with runs of white space as one space."""
    return re.sub(r"\s+", " ", pdfread.text(pdf))


@needs_print
@pytest.mark.parametrize(
    ("company", "options", "first_line", "expected", "absent"),
    [
        ("demo-cold-chain", [], "AI playbook for Demo Cold Chain Ltd", ENGLISH, DUTCH),
        ("voorbeeld-techniek", [], "AI-playbook voor Voorbeeld Techniek B.V.", DUTCH, ENGLISH),
        ("voorbeeld-techniek", ["--language", "en"], "AI playbook for Voorbeeld Techniek B.V.", ENGLISH, DUTCH),
        ("demo-cold-chain", ["--language", "nl"], "AI-playbook voor Demo Cold Chain Ltd", DUTCH, ENGLISH),
        ("demo-cold-chain", ["--summary"], "Summary for the board: Demo Cold Chain Ltd", ENGLISH_SUMMARY, DUTCH),
        (
            "demo-cold-chain",
            ["--summary", "--language", "nl"],
            "Samenvatting voor de directie: Demo Cold Chain Ltd",
            DUTCH_SUMMARY,
            ENGLISH_SUMMARY,
        ),
    ],
)
def test_the_pdf_is_in_the_company_language_unless_overridden(
    site: Site,
    tmp_path: Path,
    company: str,
    options: list[str],
    first_line: str,
    expected: list[str],
    absent: list[str],
) -> None:
    result = run_pdf(company, *options, "--site", str(site.root), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    other = options[options.index("--language") + 1] if "--language" in options else ""
    pdf = tmp_path / pdf_name(company, "--summary" in options, other)
    assert result.stdout == f"Wrote {pdf}\n"
    assert result.stderr == ""
    text = flat(pdf)
    assert text.lstrip().startswith(first_line)
    for phrase in expected:
        assert phrase in text
    for phrase in absent:
        assert phrase not in text


EXAMPLES = sorted(path.stem for path in (ROOT / "examples/companies").glob("*.yml"))


@needs_print
@pytest.mark.parametrize("summary", [False, True], ids=["playbook", "summary"])
@pytest.mark.parametrize("company", EXAMPLES)
def test_no_page_holds_only_the_running_header_and_footer(
    site: Site, tmp_path: Path, company: str, summary: bool
) -> None:
    result = run_pdf(company, *(["--summary"] if summary else []), "--site", str(site.root), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / pdf_name(company, summary)
    words = pdfread.body_words(pdf)
    assert len(words) == pdfread.page_count(pdf)
    assert [page for page, count in enumerate(words, start=1) if count == 0] == [], words
    if summary:
        assert len(words) <= 2  # the director summary stays within two A4 pages


@needs_print
def test_a_relative_site_and_an_out_file(site: Site, tmp_path: Path) -> None:
    relative_site = os.path.relpath(site.root, tmp_path)
    result = run_pdf("demo-cold-chain", "--site", relative_site, "--out", "pdf/cold-chain.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Wrote pdf/cold-chain.pdf\n"
    pdf = tmp_path / "pdf" / "cold-chain.pdf"
    assert [path.name for path in pdf.parent.iterdir()] == ["cold-chain.pdf"]  # a file, and no scratch file left
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "Recommended model" in flat(pdf)


@pytest.mark.parametrize(
    ("out", "expected"),
    [
        ("pdf", "pdf/acme.pdf"),
        ("pdf/", "pdf/acme.pdf"),
        ("pdf/board.pdf", "pdf/board.pdf"),
        ("Board.PDF", "Board.PDF"),
        ("exists.pdf", "exists.pdf/acme.pdf"),  # an existing folder stays a folder
    ],
)
def test_out_is_a_file_when_it_ends_in_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str, expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "exists.pdf").mkdir()
    assert output_file(Path(out), pdf_name("acme", summary=False)) == Path(expected)


def test_default_names() -> None:
    assert pdf_name("acme", summary=False) == "acme.pdf"
    assert pdf_name("acme", summary=True) == "acme-summary.pdf"
    assert pdf_name("", summary=False) == "playbook.pdf"
    assert pdf_name("acme", summary=True, language="en") == "acme-summary-en.pdf"


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    """A built site with only voorbeeld-techniek's Dutch page, and a folder with a chromium that fails."""
    page = tmp_path / "site" / "playbook" / "voorbeeld-techniek" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html><body><h1>Voorbeeld</h1></body></html>", encoding="utf-8")
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    broken = tmp_path / "broken-bin" / "chromium"
    broken.parent.mkdir()
    broken.write_text("#!/bin/sh\necho 'noise' >&2\necho 'cannot open display' >&2\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    (tmp_path / "empty-bin").mkdir()
    (tmp_path / "site" / "en").mkdir()
    return tmp_path


KNOWN = "known: demo-cold-chain, fictief-financieel, voorbeeld-techniek"


@pytest.mark.parametrize(
    ("args", "path", "message"),
    [
        (["nope"], None, f"unknown company 'nope': no examples/companies/nope.yml ({KNOWN})"),
        (["Acme_BV"], None, "unknown company 'Acme_BV': a slug is 2-40 characters a-z, 0-9 and '-'"),
        (["../secret"], None, "unknown company '../secret': a slug is 2-40 characters a-z, 0-9 and '-'"),
        (["voorbeeld-techniek", "--language", "de"], None, "unknown language 'de': expected nl or en"),
        (["--language", "EN"], None, "unknown language 'EN': expected nl or en"),
        (["--summary"], None, "--summary: name a company (make pdf COMPANY=<slug> SUMMARY=1)"),
        (
            ["voorbeeld-techniek", "--site", "missing"],
            None,
            "missing: no built site there; run `make build` first (or pass --site)",
        ),
        (
            ["demo-cold-chain"],
            None,
            "site/en/playbook/demo-cold-chain/index.html: not found; run `make build` first (or check --site)",
        ),
        (
            ["demo-cold-chain", "--site", "site/en"],
            None,
            "site/en/en/playbook/demo-cold-chain/index.html: not found; --site is the site's root (site), not a "
            "language's folder",
        ),
        (
            ["voorbeeld-techniek", "--summary"],
            None,
            "site/playbook/voorbeeld-techniek/summary/index.html: not found; run `make build` first (or check --site)",
        ),
        (
            ["voorbeeld-techniek"],
            "empty-bin",
            "chromium: not found; install it (Debian: apt-get install chromium)",
        ),
        (
            ["voorbeeld-techniek", "--out", "a-file/x.pdf"],
            None,
            "a-file/x.pdf: cannot write there; a-file is a file, not a folder",
        ),
        (
            ["voorbeeld-techniek", "--out", "out/x.pdf"],
            "broken-bin",
            "{here}/broken-bin/chromium: could not print site/playbook/voorbeeld-techniek/index.html "
            "(cannot open display)",
        ),
    ],
)
def test_every_failure_is_one_plain_line(small_site: Path, args: list[str], path: str | None, message: str) -> None:
    site_args = [] if "--site" in args else ["--site", "site"]
    result = run_pdf(*args, *site_args, cwd=small_site, path=None if path is None else str(small_site / path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == message.format(here=small_site) + "\n"
    assert "Traceback" not in result.stderr
    assert not (small_site / "out").exists() or not any((small_site / "out").iterdir())  # no half-written PDF


def make_pdf_command(*args: str, env: dict[str, str] | None = None) -> str:
    """The command `make -n pdf ARGS` would run."""
    dry = subprocess.run(
        ["make", "-n", "pdf", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    return next(line for line in dry.splitlines() if "-m playbook pdf" in line)


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_passes_language_from_the_command_line_only() -> None:
    assert make_pdf_command("COMPANY=acme", "LANGUAGE=en").endswith("-m playbook pdf acme  --language 'en'")
    assert make_pdf_command("COMPANY=acme", "SUMMARY=1").endswith("-m playbook pdf acme --summary ")
    gettext = {**os.environ, "LANGUAGE": "en_US:en"}  # gettext's variable, set by some desktops
    assert "--language" not in make_pdf_command("COMPANY=acme", env=gettext)


def test_the_root_language_is_printed_from_the_site_root() -> None:
    site = Path("site")
    assert page_folder(site, "nl", "acme") == site / "playbook/acme"
    assert page_folder(site, "en", "acme", summary=True) == site / "en/playbook/acme/summary"
    assert page_folder(site, "en", "acme", root_language="en") == site / "playbook/acme"
    assert page_folder(site, "nl", "", root_language="en") == site / "nl"
