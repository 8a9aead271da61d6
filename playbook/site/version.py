"""The version a build shows in its print footer: what mike deploys, else the git tag, else 'dev'."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path

MIKE_VARIABLE = "MIKE_DOCS_VERSION"
"""mike sets this for the build it deploys."""
UNRELEASED = "dev"


def deployed_version(environ: Mapping[str, str], tag: str | None) -> str:
    """mike's version when set, else ``tag`` (the tag on the built commit), else 'dev'."""
    return environ.get(MIKE_VARIABLE, "").strip() or (tag or "").strip() or UNRELEASED


def git_tag(root: Path) -> str | None:
    """The tag on the checked-out commit (`git describe --tags --exact-match`), or None."""
    try:
        result = subprocess.run(
            ["git", "describe", "--tags", "--exact-match"],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None if result.returncode == 0 else None
