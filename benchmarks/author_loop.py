"""Author loop: how long after saving a company file `mkdocs serve` shows the change on the Dutch page."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from benchmarks.project import ROOT, BuildFailed, build_env, copy_project

COMPANY = "voorbeeld-techniek"
START_TIMEOUT = 180.0
CHANGE_TIMEOUT = 120.0
POLL_INTERVAL = 0.05
SERVING = re.compile(r"Serving on (http://127\.0\.0\.1:[0-9]+/\S*)")
NAME = re.compile(r"^name: .*$", flags=re.MULTILINE)
EDITS = 3
"""Saves measured one after another; the median counts (the file watcher polls every 0.5 s)."""
SETTLE = 2.0
"""Seconds of quiet before the edit (no start-up rebuild is measured) and after the last rebuild it caused."""


@dataclass(frozen=True)
class Edit:
    """One save of the company file and what followed."""

    seconds: float
    """From the save until the served page showed the new name."""
    rebuilds: int
    """Rebuilds the server ran after the save (a build that rewrites watched files triggers another)."""
    busy_seconds: float
    """From the save until the server was idle again."""


@dataclass(frozen=True)
class AuthorLoop:
    """The edits, one after another on the same server, and its start-up."""

    edits: list[Edit]
    startup_seconds: float
    """From starting `mkdocs serve` until the company page was served."""

    @property
    def seconds(self) -> float:
        """The median save-to-visible time."""
        return statistics.median(edit.seconds for edit in self.edits)


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str | None:
    """The page at ``url`` (on this machine), or None while it is not served."""
    try:
        with urllib.request.urlopen(url, timeout=CHANGE_TIMEOUT) as response:
            return bytes(response.read()).decode("utf-8", errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, text: str, timeout: float) -> bool:
    """Poll ``url`` until its page contains ``text``; False after ``timeout`` seconds."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return True
        time.sleep(POLL_INTERVAL)
    return False


def served_root(log_path: Path, process: subprocess.Popen[bytes], timeout: float) -> str:
    """The URL the server announces ('Serving on …/'): the site's root, under site_url's path."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline and process.poll() is None:
        match = SERVING.search(log_path.read_text(errors="replace"))
        if match:
            return match[1] if match[1].endswith("/") else match[1] + "/"
        time.sleep(POLL_INTERVAL)
    raise BuildFailed(f"mkdocs serve did not start:\n{log_path.read_text(errors='replace')[-4000:]}")


def rebuild_counts(log_path: Path) -> tuple[int, int]:
    """Rebuilds the server log shows as started and as finished."""
    log = log_path.read_text(errors="replace")
    return log.count("Detected file changes"), log.count("Reloading browsers")


def wait_until_idle(log_path: Path, before: tuple[int, int], timeout: float) -> tuple[int, float]:
    """Wait until every rebuild since ``before`` finished and none followed for :data:`SETTLE` seconds.

    Returns their number and when the last one finished (as seen by polling the log).
    """
    deadline = time.perf_counter() + timeout
    seen, quiet_since = rebuild_counts(log_path), time.perf_counter()
    while time.perf_counter() < deadline:
        counts = rebuild_counts(log_path)
        if counts != seen or counts[0] - before[0] != counts[1] - before[1]:
            seen, quiet_since = counts, time.perf_counter()
        elif time.perf_counter() - quiet_since >= SETTLE:
            return counts[0] - before[0], quiet_since
        time.sleep(POLL_INTERVAL)
    raise BuildFailed(f"mkdocs serve kept rebuilding:\n{log_path.read_text(errors='replace')[-4000:]}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """End the server and everything it started: its own process group, politely first."""
    for sig, grace in ((signal.SIGINT, 10.0), (signal.SIGKILL, 10.0)):
        if process.poll() is not None:
            return
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue


def edit(company_file: Path, url: str, log_path: Path) -> Edit:
    """Give the company a new name, wait until ``url`` shows it, then until the server is idle again."""
    before = rebuild_counts(log_path)
    token = f"Bench Hernoemd {time.time_ns()}"
    renamed, count = NAME.subn(f"name: {token}", company_file.read_text(encoding="utf-8"), count=1)
    if count != 1:
        raise BuildFailed(f"no 'name:' line in {company_file}")
    edited = time.perf_counter()
    company_file.write_text(renamed, encoding="utf-8")
    if not wait_for(url, token, CHANGE_TIMEOUT):
        raise BuildFailed(f"the new name never appeared:\n{log_path.read_text(errors='replace')[-4000:]}")
    seconds = time.perf_counter() - edited
    rebuilds, idle = wait_until_idle(log_path, before, CHANGE_TIMEOUT)
    return Edit(seconds=seconds, rebuilds=rebuilds, busy_seconds=idle - edited)


def measure(work: Path) -> AuthorLoop:
    """Serve a copy whose data/companies/ holds the examples, rename a company, wait for the page to show it."""
    project = copy_project(work / "serve")
    companies = project / "data" / "companies"
    companies.mkdir(parents=True, exist_ok=True)
    for example in (ROOT / "examples" / "companies").iterdir():
        shutil.copy(example, companies / example.name)
    company_file = companies / f"{COMPANY}.yml"
    port = free_port()
    log_path = work / "serve.log"
    command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"]
    with log_path.open("wb") as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=project, env=build_env(project), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            base = served_root(log_path, process, START_TIMEOUT)
            url = f"{base}playbook/{COMPANY}/"
            if not wait_for(url, "<html", START_TIMEOUT):
                raise BuildFailed(f"mkdocs serve did not serve {url}:\n{log_path.read_text(errors='replace')[-4000:]}")
            startup = time.perf_counter() - started
            wait_until_idle(log_path, (0, 0), START_TIMEOUT)
            edits = [edit(company_file, url, log_path) for _ in range(EDITS)]
        finally:
            stop(process)
    return AuthorLoop(edits=edits, startup_seconds=startup)
