"""The README keeps its promises: the two commands and the roadmap's activity ids."""

from __future__ import annotations

import re

from playbook import Content
from tests.conftest import ROOT


def test_readme_lists_every_roadmap_activity_id_in_order(content: Content) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `(m\d\d-[a-z0-9-]+)` \|", readme, flags=re.MULTILINE)
    assert listed == [activity.id for activity in content.roadmap.activities()]


def test_readme_shows_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make build" in readme
    assert "make test" in readme
