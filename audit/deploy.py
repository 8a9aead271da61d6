"""A copy of the project deployed with mike to its own gh-pages branch and served at its site_url's origin."""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import shutil
import subprocess
import tarfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = (
    ".git",
    ".venv",
    ".site-tmp*",
    "__pycache__",
    "*.egg-info",
    ".*_cache",
    ".hypothesis",
    "node_modules",
)
VERSION = "0.1"


def copy_with_site_url(destination: Path, site_url: str) -> Path:
    """The working tree in ``destination`` with organization.yml's site_url set to ``site_url``."""
    skipped = shutil.ignore_patterns(*SKIPPED)

    def ignore(folder: str, names: list[str]) -> set[str]:
        built = {"site"} & set(names) if Path(folder).resolve() == ROOT else set()  # not playbook/site/
        return set(skipped(folder, names)) | built

    shutil.copytree(ROOT, destination, ignore=ignore)
    settings_file = destination / "organization.yml"
    settings = yaml.safe_load(settings_file.read_text(encoding="utf-8")) if settings_file.is_file() else {}
    settings["site_url"] = site_url
    settings_file.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return destination


def run(args: list[str], cwd: Path, **env: str) -> str:
    """Run a command; raise with its output when it fails."""
    merged = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    done = subprocess.run(args, cwd=cwd, env=merged, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def deploy(project: Path, served: Path) -> list[str]:
    """Deploy ``project`` as make publish-local does and unpack its gh-pages branch into ``served``; return its paths."""
    for command in (
        ["git", "init", "-q", "-b", "main"],
        ["git", "add", "-A"],
        ["git", "-c", "user.name=audit", "-c", "user.email=audit@example.invalid", "commit", "-qm", "audit"],
    ):
        run(command, project)
    identity = {"GIT_AUTHOR_NAME": "audit", "GIT_AUTHOR_EMAIL": "audit@example.invalid"}
    identity |= {"GIT_COMMITTER_NAME": "audit", "GIT_COMMITTER_EMAIL": "audit@example.invalid"}
    env = {"PLAYBOOK_PUBLIC": "1", "PYTHONPATH": str(project), "PATH": f"{ROOT / '.venv/bin'}:{os.environ['PATH']}"}
    python = str(ROOT / ".venv/bin/python")
    run([python, "-m", "deploy", "site", VERSION, "latest"], project, **env, **identity)
    archive = project / "gh-pages.tar"
    run(["git", "archive", "--output", str(archive), "gh-pages"], project)
    with tarfile.open(archive) as tar:
        tar.extractall(served, filter="tar")
    return run(["git", "ls-tree", "-r", "--name-only", "gh-pages"], project).splitlines()


COMPRESSED = frozenset({".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"})
"""What GitHub Pages (where mike's branch is published) sends gzip-compressed to a browser that accepts it."""


class PagesLike(http.server.SimpleHTTPRequestHandler):
    """Serves a folder as GitHub Pages does: text gzip-compressed when the browser accepts it, so that Lighthouse's
    simulated slow 4G counts the bytes a reader's phone receives (a page's HTML and Material's stylesheet are
    five to six times larger uncompressed). Quiet: no line per request."""

    def do_GET(self) -> None:  # the name http.server calls
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepted = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepted and path.suffix in COMPRESSED and path.is_file()):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        del format, args


@contextmanager
def serve(folder: Path, port: int) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1:``port`` while the block runs (as GitHub Pages would); yield the origin."""
    handler = functools.partial(PagesLike, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
