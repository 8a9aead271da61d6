"""Print keeps every column: a company with four use cases, printed with `python -m playbook pdf`, shows every
column's value of its rules-per-use-case table, each under its column's header (stacked rows)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from playbook.export.pdf import find_chromium
from tests import pdfread
from tests.conftest import ROOT, copy_project, run_mkdocs

needs_print = pytest.mark.skipif(
    find_chromium() is None or shutil.which("pdftotext") is None, reason="needs chromium and poppler"
)

FOUR_USE_CASES = """\
schema_version: 1
name: Vier Toepassingen B.V.
employees: 85
it_team_size: 6
sector: transport
language: nl
ai_project:
  budget_eur: 120000
  first_ai_project: true
  start: 2027-01-04
  scope: team
  resources: medium
  timeframe_months: 12
  agile: false
  use_cases:
    - {title: Klantchat, value: 4, feasibility: 4, kind: chatbot, personal_data: [customers]}
    - {title: Cv-selectie, value: 3, feasibility: 3, kind: recruitment, personal_data: [applicants]}
    - {title: Ritplanning, value: 4, feasibility: 2, kind: worker_management, personal_data: [staff]}
    - {title: Kredietcheck, value: 2, feasibility: 3, kind: credit_scoring, personal_data: [customers]}
people:
  sponsor: Anouk de Vries
  champions: [Pieter de Boer]
"""

ROWS = [
    [
        "Klantchat",
        "Chatbot of assistent",
        "ja: klanten",
        "transparantieverplichting",
        "toets of een DPIA nodig is",
        "adviesrecht",
        "–",
    ],
    [
        "Cv-selectie",
        "Werving en selectie",
        "ja: sollicitanten",
        "hoog risico",
        "DPIA nodig",
        "instemmingsrecht",
        "ja, vóór ingebruikname",
    ],
    [
        "Ritplanning",
        "Besluiten over medewerkers",
        "ja: medewerkers",
        "hoog risico",
        "DPIA nodig",
        "instemmingsrecht",
        "ja, vóór ingebruikname",
    ],
    ["Kredietcheck", "Kredietbeoordeling", "ja: klanten", "hoog risico", "DPIA nodig", "adviesrecht", "–"],
]
"""Per use case: title, kind, personal data, AI Act, DPIA, works council, inform staff."""
HEADERS = [
    "Soort toepassing",
    "Persoonsgegevens",
    "AI-verordening",
    "DPIA",
    "Ondernemingsraad",
    "Medewerkers informeren",
]


@needs_print
def test_the_printed_rules_table_keeps_every_column(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "data" / "companies").mkdir(exist_ok=True)
    (project / "data" / "companies" / "vier.yml").write_text(FOUR_USE_CASES, encoding="utf-8")
    site = tmp_path / "site"
    built = run_mkdocs(project, site)
    assert built.returncode == 0, built.stderr
    out = tmp_path / "vier.pdf"
    printed = subprocess.run(
        [sys.executable, "-m", "playbook", "pdf", "vier", "--site", str(site), "--out", str(out)],
        cwd=project,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert printed.returncode == 0, printed.stderr
    text = re.sub(r"\s+", " ", pdfread.text(out))
    table = text.split("Regels per use case", 2)[-1]
    for number, row in enumerate(ROWS, start=1):
        start = table.index(f"#: {number} Use case: {row[0]}")
        end = table.index(f"#: {number + 1} ") if number < len(ROWS) else len(table)
        shown = table[start:end]
        for header, value in zip(HEADERS, row[1:], strict=True):
            assert f"{header}: {value}" in shown, (row[0], header, shown[:600])
