"""`python -m playbook progress import`: a team's ticks from the site come back into the company file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from playbook.company.progress import replace_progress_block
from tests.conftest import ROOT, CliResult

EXAMPLE = ROOT / "examples/companies/voorbeeld-techniek.yml"


def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("companies"))
    (tmp_path / "data/companies").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "data/companies/acme.yml")
    return tmp_path


def test_ticks_are_merged_into_the_progress_block(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    root = project(tmp_path)
    export = tmp_path / "progress.json"
    export.write_text(
        json.dumps(
            {
                "page": "/playbook/acme/",
                "progress": {
                    "m01-use-cases": "done",
                    "m02-model-choice": "done",
                    "m03-sandbox": "open",
                    "extra-data-catalogue": "done",
                },
            }
        ),
        encoding="utf-8",
    )
    result = cli("progress", "import", "acme", str(export), "--data", str(root / "data"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "data/companies/acme.yml: 3 activities marked done.\n"
    text = (root / "data/companies/acme.yml").read_text(encoding="utf-8")
    assert "progress:\n  m01-readiness-analysis: done\n  m01-use-cases: done\n  m02-model-choice: done\n" in text
    assert "  extra-data-catalogue: done\n" in text
    assert "m03-sandbox" not in text
    assert text.startswith("# yaml-language-server: $schema=../../schemas/company.schema.json\n")
    assert "activities:\n  m04-pilot-team: {owner: Sanne Bakker}\n" in text
    assert cli("validate", "--data", str(root / "data")).returncode == 0


def test_unknown_activities_are_refused_and_nothing_is_written(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    root = project(tmp_path)
    before = (root / "data/companies/acme.yml").read_text(encoding="utf-8")
    export = tmp_path / "progress.json"
    export.write_text(json.dumps({"company": "acme", "progress": {"m01-nonsense": "done"}}), encoding="utf-8")
    result = cli("progress", "import", "acme", str(export), "--data", str(root / "data"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("data/companies/acme.yml:")
    assert "progress.m01-nonsense: expected a roadmap or extra activity id, got 'm01-nonsense'" in result.stderr
    assert (root / "data/companies/acme.yml").read_text(encoding="utf-8") == before
    assert not list((root / "data/companies").glob("*.tmp"))


@pytest.mark.parametrize(
    ("ticks", "message"),
    [
        (
            '{\n  "company": "bakkerij",\n  "progress": {"m01-use-cases": "done"}\n}\n',
            "acme-progress.json:2:3: company: expected the ticks of 'acme' (exported from its page as "
            "acme-progress.json), got 'bakkerij'; if the company file was renamed, import them with --as acme\n",
        ),
        (
            '{"page": "/en/playbook/bakkerij/", "progress": {"m01-use-cases": "done"}}',
            "acme-progress.json:1:2: company: expected the ticks of 'acme' (exported from its page as "
            "acme-progress.json), got 'bakkerij'; if the company file was renamed, import them with --as acme\n",
        ),
        (
            '{"page": "/roadmap/", "progress": {"m01-use-cases": "done"}}',
            "acme-progress.json:1:2: company: expected the ticks of 'acme' (exported from its page as "
            "acme-progress.json), got no company; if the company file was renamed, import them with --as acme\n",
        ),
        (
            '{"company": "acme", "progress": ["m01-use-cases"]}',
            "acme-progress.json:1:21: progress: expected a mapping of activity ids to done/open\n",
        ),
        (
            "{not json",
            "acme-progress.json:1:2: (file): expected a checklist export (JSON), got Expecting property name "
            "enclosed in double quotes: line 1 column 2 (char 1)\n",
        ),
    ],
)
def test_another_company_s_ticks_are_refused(tmp_path: Path, ticks: str, message: str) -> None:
    root = project(tmp_path)
    before = (root / "data/companies/acme.yml").read_text(encoding="utf-8")
    (tmp_path / "acme-progress.json").write_text(ticks, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "playbook", "progress", "import", "acme", "acme-progress.json", "--data", "data"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 1
    assert result.stderr == message
    assert (root / "data/companies/acme.yml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "key",
    [
        "m01-use-cases: done\npublish: true\nname: Overgenomen\nx",
        "m01-use-cases\n",
        "progress",
        "m01-use-cases: {}\n'",
    ],
)
def test_a_crafted_activity_key_writes_nothing(tmp_path: Path, cli: Callable[..., CliResult], key: str) -> None:
    root = project(tmp_path)
    company = root / "data/companies/acme.yml"
    company.write_text(company.read_text(encoding="utf-8").replace("publish: true", "publish: false"), "utf-8")
    before = company.read_text(encoding="utf-8")
    export = tmp_path / "progress.json"
    export.write_text(json.dumps({"company": "acme", "progress": {key: "done"}}), encoding="utf-8")
    result = cli("progress", "import", "acme", str(export), "--data", str(root / "data"))
    assert result.returncode == 1
    assert f"expected a roadmap or extra activity id, got {key!r}" in result.stderr
    assert result.stderr.rstrip().endswith("nothing was imported")
    assert company.read_text(encoding="utf-8") == before


def test_the_progress_block_is_written_by_the_yaml_emitter() -> None:
    text = "name: Acme\n# kept\nprogress:\n  m01-use-cases: done\npeople: {}\n"
    replaced = replace_progress_block(text, {"m01-use-cases": "done", "m02-model-choice: x\npublish": "done"})
    assert yaml.safe_load(replaced) == {
        "name": "Acme",
        "progress": {"m01-use-cases": "done", "m02-model-choice: x\npublish": "done"},
        "people": {},
    }
    assert "# kept\n" in replaced


@pytest.mark.parametrize(
    "args",
    [("{file}", "--as", "acme"), ("acme", "{file}", "--as", "acme")],
    ids=["file-as-slug", "slug-file-as-slug"],
)
def test_ticks_saved_under_the_old_name_are_imported_with_as(
    tmp_path: Path, cli: Callable[..., CliResult], args: tuple[str, ...]
) -> None:
    root = project(tmp_path)
    export = tmp_path / "bakkerij-progress.json"
    export.write_text(json.dumps({"company": "bakkerij", "progress": {"m01-use-cases": "done"}}), encoding="utf-8")
    filled = [arg.replace("{file}", str(export)) for arg in args]
    result = cli("progress", "import", *filled, "--data", str(root / "data"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "data/companies/acme.yml: 1 activity marked done.\n"
    assert "  m01-use-cases: done\n" in (root / "data/companies/acme.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("{file}",),
            "progress import: expected the company: progress import SLUG FILE, or progress import FILE --as SLUG\n",
        ),
        (("other", "{file}", "--as", "acme"), "progress import: expected one company, got 'other' and --as 'acme'\n"),
    ],
)
def test_import_without_a_clear_company_is_refused(
    tmp_path: Path, cli: Callable[..., CliResult], args: tuple[str, ...], message: str
) -> None:
    root = project(tmp_path)
    export = tmp_path / "bakkerij-progress.json"
    export.write_text(json.dumps({"company": "bakkerij", "progress": {"m01-use-cases": "done"}}), encoding="utf-8")
    result = cli(
        "progress", "import", *[arg.replace("{file}", str(export)) for arg in args], "--data", str(root / "data")
    )
    assert result.returncode == 2
    assert result.stderr == message
