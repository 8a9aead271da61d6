"""The director summary: at most two A4 pages in the company's language, read back with pdfinfo and pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from playbook.export.pdf import find_chromium
from tests import pdfread
from tests.conftest import ROOT, Site

needs_chromium = pytest.mark.skipif(
    find_chromium() is None or shutil.which("pdftotext") is None, reason="needs chromium and poppler"
)


def print_summary(site: Site, out: Path, company: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "playbook", "pdf", company, "--summary", "--site", str(site.root), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def flat(text: str) -> str:
    """pdftotext's layout with runs of spaces and line breaks as one space."""
    return re.sub(r"\s+", " ", text)


@needs_chromium
@pytest.mark.parametrize(
    ("company", "expected", "absent"),
    [
        (
            "voorbeeld-techniek",
            [
                "Samenvatting voor de directie: Voorbeeld Techniek B.V.",
                "ADKAR past het best bij uw profiel, met 3 punten",
                "Omvang van de implementatie: team of afdeling",
                "15 % € 18.000",
                "20 % € 24.000",
                "25 % € 30.000",
                "Er ontbreekt € 3.000",
                "1. Fundament 4 januari 2027 3 maart 2027",  # six months: the roadmap compressed
                "4. Transformeren 4 juni 2027 3 juli 2027",
                "In één oogopslag",
                "Nu het plan begint op 4 januari 2027",
                "Open risico's",
                "Ontbrekende competenties",
                "Gebrekkige aansluiting op bestaande",
                "Geen middelen vrijgemaakt",
                "1 Ticketclassificatie 4 5 20",
                "2 Anomaliedetectie in machinedata 5 3 15",
                "Acceptatiescore – ≥ 75 % Nog geen metingen",
            ],
            ["Uw roadmap", "Competentieplan"],
        ),
        (
            "demo-cold-chain",
            [
                "Summary for the board: Demo Cold Chain Ltd",
                "EASIER suits your profile best, with 4 points",
                "15% €30,000",
                "25% €50,000",
                "Your profile gives no change_budget_eur. Plan at least €30,000.",
                "1. Foundations 31 March 2027 29 June 2027",
                "The three best use cases",
                "At a glance",
            ],
            ["Aanbevolen model", "Your roadmap"],
        ),
        (
            "fictief-financieel",
            ["15 % € 22.500", "20 % € 30.000", "Er ontbreekt € 4.500", "nog niet gehaald", "39 activiteiten over tijd"],
            ["25 % €"],
        ),
    ],
)
def test_the_summary_fits_two_pages_in_the_company_language(
    site: Site, tmp_path: Path, company: str, expected: list[str], absent: list[str]
) -> None:
    result = print_summary(site, tmp_path, company)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / f"{company}-summary.pdf"
    assert result.stdout == f"Wrote {pdf}\n"
    assert 1 <= pdfread.page_count(pdf) <= 2
    text = flat(pdfread.text(pdf))
    for phrase in expected:
        assert phrase in text
    for phrase in absent:
        assert phrase not in text


def test_a_summary_needs_a_company(site: Site, tmp_path: Path) -> None:
    result = print_summary(site, tmp_path, "")
    assert result.returncode == 1
    assert result.stderr == "--summary: name a company (make pdf COMPANY=<slug> SUMMARY=1)\n"


def test_the_company_page_links_to_its_summary(site: Site) -> None:
    link = site.soup("playbook/voorbeeld-techniek/").select("#exports ~ ul a")[-1]
    assert link.get_text() == "Samenvatting voor de directie (twee A4-pagina's om te printen)"
    assert link["href"] == "summary/"
    summary = site.soup("playbook/voorbeeld-techniek/summary/")
    assert summary.h1 is not None
    assert summary.h1.get_text().rstrip("¶") == "Samenvatting voor de directie: Voorbeeld Techniek B.V."
    assert [h.get_text().rstrip("¶") for h in summary.select("article h2")] == [
        "In één oogopslag",
        "Aanbevolen model",
        "Budget voor verandering en competenties",
        "De vier fasen",
        "De drie beste use cases",
    ]
