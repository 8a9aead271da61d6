"""The version in the print footer: mike's, else the tag on the built commit, else 'dev'."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from playbook.site.version import deployed_version, git_tag


@pytest.mark.parametrize(
    ("environ", "tag", "version"),
    [
        ({"MIKE_DOCS_VERSION": "1.2"}, "v1.1", "1.2"),
        ({"MIKE_DOCS_VERSION": " 2.0 "}, None, "2.0"),
        ({}, "v1.1", "v1.1"),
        ({"MIKE_DOCS_VERSION": ""}, "v1.1", "v1.1"),
        ({}, None, "dev"),
        ({}, "  ", "dev"),
    ],
)
def test_the_deployed_version_wins_then_the_tag_then_dev(
    environ: dict[str, str], tag: str | None, version: str
) -> None:
    assert deployed_version(environ, tag) == version


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=root, check=True, capture_output=True
    )


def test_the_tag_is_read_from_the_checked_out_commit(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    git(tmp_path, "add", "a.txt")
    git(tmp_path, "commit", "-qm", "first")
    assert git_tag(tmp_path) is None
    git(tmp_path, "tag", "v1.3")
    assert git_tag(tmp_path) == "v1.3"
    (tmp_path / "a.txt").write_text("b", encoding="utf-8")
    git(tmp_path, "commit", "-qam", "second")
    assert git_tag(tmp_path) is None  # a later commit is not the tagged release


def test_outside_a_repository_there_is_no_tag(tmp_path: Path) -> None:
    assert git_tag(tmp_path) is None
