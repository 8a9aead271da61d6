"""The build: bad data stops it before site/ is touched; schemas stay in step with the models."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from macros.plugin import PlaybookPlugin
from playbook.schemas import schema_documents, stale_schemas
from tests.conftest import ROOT, run_mkdocs


def test_bad_data_stops_the_build_before_the_site_folder_is_emptied(project_copy: Path, tmp_path: Path) -> None:
    (project_copy / "data/faq.yml").write_text("faq:\n  - id: x\n    question: 3\n", encoding="utf-8")
    site_dir = tmp_path / "out"
    site_dir.mkdir()
    (site_dir / "index.html").write_text("previous build", encoding="utf-8")
    result = run_mkdocs(project_copy, site_dir)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "ERROR   -  playbook: data/faq.yml:2:5: faq[0].answer: expected a value, got nothing (the key is missing)",
        "ERROR   -  playbook: data/faq.yml:3:15: faq[0].question: expected text in each language "
        "({nl: ..., en: ...}), got the number 3",
        "ERROR   -  2 data errors; nothing was built.",
    ]
    assert (site_dir / "index.html").read_text(encoding="utf-8") == "previous build"


def test_content_placed_on_no_page_fails_the_build(project_copy: Path, tmp_path: Path) -> None:
    page = project_copy / "docs/conclusie.md"
    page.write_text(page.read_text(encoding="utf-8").replace('{{ section("conclusion", "closing-advice") }}', ""))
    result = run_mkdocs(project_copy, tmp_path / "out")
    assert result.returncode == 1
    assert "Content placed on no page: section:conclusion/closing-advice" in result.stderr


def test_an_unknown_macro_fails_the_build(project_copy: Path, tmp_path: Path) -> None:
    page = project_copy / "docs/kpis.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ no_such_macro() }}\n", encoding="utf-8")
    result = run_mkdocs(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "'no_such_macro' is undefined" in result.stderr
    assert not (tmp_path / "out" / "kpis" / "index.html").exists()


def test_json_schemas_are_generated_from_the_models() -> None:
    assert stale_schemas(ROOT / "schemas", ROOT / "data") == [], "run `make schemas`"


def check_jsonschema(cwd: Path, schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--no-cache", "--schemafile", str(schema), *map(str, files)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_schema_has_its_own_absolute_id() -> None:
    ids = [json.loads(text)["$id"] for text in schema_documents(ROOT / "data").values()]
    assert all(urlsplit(schema_id).scheme for schema_id in ids), ids
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("where", ["root", "elsewhere"])
def test_check_jsonschema_validates_the_examples_from_any_folder(tmp_path: Path, where: str) -> None:
    cwd = ROOT if where == "root" else tmp_path
    examples = sorted((ROOT / "examples/companies").glob("*.yml"))
    schema = ROOT / "schemas/company.schema.json"
    files = [path.relative_to(ROOT) for path in examples] if where == "root" else examples
    result = check_jsonschema(cwd, schema.relative_to(ROOT) if where == "root" else schema, *files)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_check_jsonschema_names_an_unknown_activity(tmp_path: Path) -> None:
    example = (ROOT / "examples/companies/demo-cold-chain.yml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yml"
    bad.write_text(example + "\nprogress:\n  m99-no-such-activity: done\n", encoding="utf-8")
    result = check_jsonschema(ROOT, Path("schemas/company.schema.json"), bad)
    assert result.returncode == 1
    assert "m99-no-such-activity" in result.stdout


@pytest.mark.parametrize("name", ["evidence", "faq", "roadmap"])
def test_check_jsonschema_validates_content_files_from_the_root(name: str) -> None:
    result = check_jsonschema(ROOT, Path(f"schemas/{name}.schema.json"), Path(f"data/{name}.yml"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_roadmap_activity_schema_enumerates_all_49_ids() -> None:
    schema = json.loads(schema_documents(ROOT / "data")["activity-id.schema.json"])
    assert len(schema["enum"]) == 49
    assert schema["enum"][0] == "m01-readiness-analysis"


def test_serve_logs_each_data_warning_once_then_what_a_save_brings(caplog: pytest.LogCaptureFixture) -> None:
    plugin = PlaybookPlugin()
    plugin.on_startup(command="serve", dirty=False)
    first = [f"data/companies/c{index}.yml:5:12: warning: owner: 'X' appears nowhere" for index in range(3)]
    with caplog.at_level(logging.WARNING, logger="playbook.data"):
        plugin.show_warnings(first)
        assert [record.getMessage() for record in caplog.records] == first
        caplog.clear()
        plugin.show_warnings([*first[1:], "data/companies/c9.yml:7:3: warning: start: far away"])
        assert [record.getMessage() for record in caplog.records] == [
            "data/companies/c9.yml:7:3: warning: start: far away",
            "2 earlier data warnings still apply",
        ]
        caplog.clear()
        plugin.on_startup(command="build", dirty=False)
        plugin.show_warnings(first)
        assert [record.getMessage() for record in caplog.records] == first  # a build shows them all


@pytest.mark.parametrize(
    ("language", "standing"),
    [
        ("en", ["1 earlier data warning still applies", "2 earlier data warnings still apply"]),
        ("nl", ["1 eerdere datawaarschuwing geldt nog", "2 eerdere datawaarschuwingen gelden nog"]),
    ],
)
def test_serve_counts_the_warnings_still_standing_in_the_organizations_language(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, language: str, standing: list[str]
) -> None:
    monkeypatch.setenv("PLAYBOOK_LANG", language)
    plugin = PlaybookPlugin()
    plugin.on_startup(command="serve", dirty=False)
    first = [f"data/companies/c{index}.yml:5:12: warning: owner: 'X' appears nowhere" for index in range(3)]
    plugin.show_warnings(first)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="playbook.data"):
        plugin.show_warnings(first[:2])
        plugin.show_warnings(first[:1])
    assert [record.getMessage() for record in caplog.records] == [standing[1], standing[0]]
