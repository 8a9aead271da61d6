"""A deploy branch read through git: its paths, those no deploy may commit, and the companies each version holds.

Every read goes through git's plumbing on the branch itself (no work tree, no checkout), so that the checks see
exactly what a push would publish.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

DEFAULT_ALIAS = "latest"
"""The alias a deploy branch's root redirects to: canonical links, sitemaps and printed links point at its copy."""
ALLOWED_HIDDEN = frozenset({".nojekyll"})
"""The one hidden name a deploy branch may hold: it tells GitHub Pages not to run Jekyll."""
COMPANY_SUMMARY = re.compile(r"^(?P<version>[^/]+)/(?:[^/]+/)*(?P<slug>[a-z0-9-]{2,40})/summary/index\.html$")
"""Every company has a director summary at `<version>/[<lang>/]<folder>/<slug>/summary/index.html`."""


class BranchError(Exception):
    """A git command on the deploy branch failed; the message says which and why."""


def git(repo: Path, *args: str, data: bytes | None = None, env: Mapping[str, str] | None = None) -> bytes:
    """Run git in ``repo``; its output, or :class:`BranchError` with git's own message."""
    result = subprocess.run(["git", *args], cwd=repo, input=data, capture_output=True, env=env, check=False)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise BranchError(f"git {' '.join(args[:2])}: {message}")
    return result.stdout


def branch_commit(repo: Path, branch: str) -> str | None:
    """The commit the local ``branch`` points at, or None when there is no such branch."""
    try:
        return git(repo, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}^{{commit}}").decode().strip()
    except BranchError:
        return None


def tree_paths(repo: Path, ref: str) -> list[str]:
    """Every file path (symbolic links included, not followed) in the tree of ``ref``."""
    listed = git(repo, "ls-tree", "-r", "-z", "--name-only", ref).decode("utf-8")
    return [path for path in listed.split("\0") if path]


def hidden_paths(paths: Iterable[str]) -> list[str]:
    """The paths with a component that begins with '.', other than `.nojekyll`: no deploy may commit them."""
    return [
        path for path in paths if any(part.startswith(".") and part not in ALLOWED_HIDDEN for part in path.split("/"))
    ]


def companies_by_version(paths: Iterable[str]) -> dict[str, set[str]]:
    """Version folder -> the company slugs it holds (found by their director summaries)."""
    found: dict[str, set[str]] = {}
    for path in paths:
        match = COMPANY_SUMMARY.match(path)
        if match:
            found.setdefault(match["version"], set()).add(match["slug"])
    return found


def leftover_companies(paths: Iterable[str], version: str) -> dict[str, list[str]]:
    """Company slug -> the other versions that still hold it although ``version`` (just deployed) does not."""
    held = companies_by_version(paths)
    now = held.get(version, set())
    left: dict[str, list[str]] = {}
    for other, slugs in sorted(held.items()):
        for slug in sorted(slugs - now) if other != version else []:
            left.setdefault(slug, []).append(other)
    return left


def leftover_report(left: Mapping[str, list[str]], branch: str) -> list[str]:
    """One line per company an older version still holds, with the command that removes it."""
    unpublish = "make unpublish COMPANY={slug}" + ("" if branch == "gh-pages" else f" BRANCH={branch}")
    return [
        f"{slug}: still in version {', '.join(versions)} of {branch}, although this deploy leaves it out; "
        f"remove it from every version with: {unpublish.format(slug=slug)}"
        for slug, versions in sorted(left.items())
    ]
