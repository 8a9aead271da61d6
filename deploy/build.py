"""`make build`: the site built into a new folder, made readable by everyone, then swapped in for `site/`.

The build writes into a fresh folder beside `site/` (`.site-new-…`); a failed build removes it and leaves
`site/` as it was. Every folder becomes 0755 and every file 0644, whatever the umask or the temporary folders
the build made (mkdtemp creates 0700): a web server running as another user can read all of it. The swap
moves the old `site/` away, moves the new one in, and only then deletes the old one, so that at any moment
`site/` is one whole build. Folders a killed build left beside it are removed at the next build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tools.engine import ENGINES

LEFTOVERS = (".site-new-*", ".site-old-*", ".site-tmp*")


def make_readable(folder: Path) -> None:
    """Folders 0755 and files 0644 under ``folder`` (and ``folder`` itself)."""
    folder.chmod(0o755)
    for parent, folders, files in os.walk(folder):
        for name in folders:
            (Path(parent) / name).chmod(0o755)
        for name in files:
            path = Path(parent) / name
            if not path.is_symlink():
                path.chmod(0o644)


def swap_in(new: Path, site: Path) -> None:
    """Replace ``site`` by ``new``: the old one moved away, the new one moved in, then the old one deleted."""
    old = None
    if site.exists():
        old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=site.parent))
        old.rmdir()
        site.rename(old)
    new.rename(site)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(root: Path) -> None:
    """Remove the folders earlier, killed builds left beside `site/`."""
    for pattern in LEFTOVERS:
        for path in root.glob(pattern):
            shutil.rmtree(path, ignore_errors=True)


def engine_command(action: str) -> list[str]:
    """``python -m ENGINE action --config-file mkdocs.yml``, ENGINE from PLAYBOOK_ENGINE (make's ENGINE), else mkdocs.

    The configuration file is named: ProperDocs looks for properdocs.yml first."""
    engine = os.environ.get("PLAYBOOK_ENGINE") or "mkdocs"
    if engine not in ENGINES:
        raise SystemExit(f"PLAYBOOK_ENGINE: expected one of {', '.join(ENGINES)}, got {engine!r}")
    return [sys.executable, "-m", engine, action, "--config-file", "mkdocs.yml"]


def build(root: Path, options: Sequence[str] = ()) -> int:
    """Build the site of ``root`` into `site/` (mkdocs ``options`` added); MkDocs's exit code."""
    remove_leftovers(root)
    new = Path(tempfile.mkdtemp(prefix=".site-new-", dir=root))
    command = [*engine_command("build"), "--quiet", "--site-dir", str(new), *options]
    try:
        result = subprocess.run(command, cwd=root, check=False)
        if result.returncode != 0:
            return result.returncode
        make_readable(new)
        swap_in(new, root / "site")
    finally:
        if new.exists():
            shutil.rmtree(new, ignore_errors=True)
    return 0
