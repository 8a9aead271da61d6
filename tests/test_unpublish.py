"""`make unpublish`: a company's rows, search entries and sitemap lines out of files that stay, or nothing at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from playbook.publishing.branch import BranchError
from playbook.publishing.unpublish import (
    _is_company_path,
    deployed_slugs,
    drop_rows,
    edit_search_index,
    needles,
    unpublish,
)
from tests.test_publishing import git

INDEX = (
    '<table><tbody>\n<tr>\n<td><a href="acme/">Acme &amp; Zonen B&#46;V&#46;</a> · openbaar</td>\n'
    '<td style="text-align: right;">120</td>\n<td>0&nbsp;%</td>\n</tr>\n'
    '<tr>\n<td><a href="acme-noord/">Acme Noord</a></td>\n<td style="text-align: right;">40</td>\n'
    "<td>5&nbsp;%</td>\n</tr>\n</tbody></table>"
)


def test_a_company_row_leaves_the_index_and_its_search_text() -> None:
    forms = needles("Acme & Zonen B.V.")
    assert "Acme &amp; Zonen B&#46;V&#46;" in forms
    edited, rows = drop_rows(INDEX, lambda text: any(form in text for form in forms) or 'href="acme/' in text)
    assert "Acme Noord" in edited
    assert "acme/" not in edited
    assert rows == ["Acme & Zonen B.V. · openbaar 120 0\xa0%"]
    search = json.dumps(
        {
            "config": {"lang": ["du"]},
            "docs": [
                {
                    "location": "playbook/",
                    "title": "Bedrijven",
                    "text": "Bedrijf Acme &amp; Zonen B.V. · openbaar 120 0\xa0% Acme Noord 40 5\xa0%",
                },
                {"location": "playbook/acme/", "title": "Acme", "text": "x"},
                {"location": "playbook/acme-noord/", "title": "Acme Noord", "text": "y"},
            ],
        }
    )
    docs = json.loads(edit_search_index(search, "acme", rows))["docs"]
    assert [doc["location"] for doc in docs] == ["playbook/", "playbook/acme-noord/"]
    assert docs[0]["text"] == "Bedrijf Acme Noord 40 5\xa0%"


@pytest.fixture
def branch(tmp_path: Path) -> Path:
    """A repository whose gh-pages holds one version with acme, and a page that names it in running text."""
    repo = tmp_path / "repo"
    pages = repo / "pages"
    pages.mkdir(parents=True)
    for path, text in {
        "1.0/playbook/acme/index.html": "<h1>Acme</h1>",
        "1.0/playbook/acme/summary/index.html": "<h1>Acme</h1>",
        "1.0/playbook/index.html": INDEX,
        "1.0/faq/index.html": "<p>Ask Acme Noord.</p>",
        "versions.json": '[{"version": "1.0", "title": "1.0", "aliases": []}]',
    }.items():
        (pages / path).parent.mkdir(parents=True, exist_ok=True)
        (pages / path).write_text(text, encoding="utf-8")
    git(pages, "init", "-q", "-b", "gh-pages")
    git(pages, "config", "user.name", "Test")
    git(pages, "config", "user.email", "test@example.invalid")
    git(pages, "add", "-A")
    git(pages, "commit", "-q", "-m", "deploy")
    return pages


def test_unpublish_removes_the_company_in_one_commit(branch: Path) -> None:
    before = git(branch, "rev-parse", "gh-pages")
    done = unpublish(branch, "gh-pages", "acme", ["Acme & Zonen B.V."])
    assert (done.removed, done.edited) == (2, 1)
    assert git(branch, "rev-parse", "gh-pages^") == before
    files = git(branch, "ls-tree", "-r", "--name-only", "gh-pages").splitlines()
    assert files == ["1.0/faq/index.html", "1.0/playbook/index.html", "versions.json"]
    assert "Acme Noord" in git(branch, "show", "gh-pages:1.0/playbook/index.html")
    assert "acme/" not in git(branch, "show", "gh-pages:1.0/playbook/index.html")


def test_unpublish_commits_nothing_while_a_file_would_still_name_the_company(branch: Path) -> None:
    before = git(branch, "rev-parse", "gh-pages")
    with pytest.raises(BranchError) as refused:
        unpublish(branch, "gh-pages", "acme-noord", ["Acme Noord"])
    assert str(refused.value) == "'acme-noord' would still be named in 1.0/faq/index.html; nothing was committed"
    assert git(branch, "rev-parse", "gh-pages") == before


def test_unpublish_says_when_there_is_nothing_to_remove(branch: Path) -> None:
    with pytest.raises(BranchError) as refused:
        unpublish(branch, "gh-pages", "bolt", ["Bolt"])
    assert str(refused.value) == "gh-pages holds nothing of 'bolt': nothing to unpublish"


@pytest.mark.parametrize(
    ("path", "removed"),
    [
        ("1.0/playbook/exports/acme-ai-use-policy.docx", True),
        ("1.0/en/playbook/exports/acme-works-council-request-uc2.md", True),
        ("1.0/playbook/exports/acme-ai-register.xlsx", True),
        ("1.0/playbook/exports/acme-noord-ai-use-policy.docx", False),  # another company, whose slug starts alike
        ("1.0/playbook/exports/acme-noord-playbook.json", False),
        ("1.0/playbook/exports/beta-ai-use-policy.md", False),
    ],
)
def test_unpublish_takes_the_company_s_documents_and_leaves_a_longer_slug_alone(path: str, removed: bool) -> None:
    paths = ["1.0/playbook/acme/index.html", "1.0/playbook/acme-noord/index.html", "1.0/playbook/beta/index.html"]
    others = frozenset(deployed_slugs(paths))
    assert others == {"acme", "acme-noord", "beta"}
    assert _is_company_path(path, "acme", others) is removed
