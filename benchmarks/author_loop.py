"""Author loop: how long after saving a company file `mkdocs serve` shows the change on the Dutch page.

`python -m benchmarks.author_loop [N ...]` measures it on its own with the examples plus N generated companies
(default 0 and 500), five saves each, and prints the medians, the company index's time and the CPU time the
server used per save.
"""

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
EDITS = 5
"""Saves measured one after another; the median counts (the file watcher polls every 0.5 s)."""
SETTLE = 2.0
"""Seconds of quiet before the edit (no start-up rebuild is measured) and after the last rebuild it caused."""


@dataclass(frozen=True)
class Edit:
    """One save of the company file and what followed."""

    seconds: float
    """From the save until the served page showed the new name."""
    index_seconds: float
    """From the save until the company index (which lists every company) showed it too."""
    cpu_seconds: float
    """CPU time the server and its processes used from the save until idle (less disturbed by other load)."""
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
    companies: int = 0
    """Generated companies besides the examples."""

    @property
    def seconds(self) -> float:
        """The median save-to-visible time."""
        return statistics.median(edit.seconds for edit in self.edits)

    @property
    def index_seconds(self) -> float:
        """The median save-to-visible time of the company index."""
        return statistics.median(edit.index_seconds for edit in self.edits)

    @property
    def cpu_seconds(self) -> float:
        """The median CPU time per save."""
        return statistics.median(edit.cpu_seconds for edit in self.edits)


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


def group_cpu_seconds(group: int) -> float:
    """User and system CPU time of every live process in process group ``group`` (from /proc; 0 elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group:
            total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
    return total / ticks


def edit(company_file: Path, url: str, index_url: str, log_path: Path, group: int) -> Edit:
    """Give the company a new name, wait until ``url`` and the index show it, then until the server is idle."""
    before = rebuild_counts(log_path)
    cpu_before = group_cpu_seconds(group)
    token = f"Bench Hernoemd {time.time_ns()}"
    renamed, count = NAME.subn(f"name: {token}", company_file.read_text(encoding="utf-8"), count=1)
    if count != 1:
        raise BuildFailed(f"no 'name:' line in {company_file}")
    edited = time.perf_counter()
    company_file.write_text(renamed, encoding="utf-8")
    if not wait_for(url, token, CHANGE_TIMEOUT):
        raise BuildFailed(f"the new name never appeared:\n{log_path.read_text(errors='replace')[-4000:]}")
    seconds = time.perf_counter() - edited
    if not wait_for(index_url, token, CHANGE_TIMEOUT):
        raise BuildFailed(f"the index never showed the new name:\n{log_path.read_text(errors='replace')[-4000:]}")
    index_seconds = time.perf_counter() - edited
    rebuilds, idle = wait_until_idle(log_path, before, CHANGE_TIMEOUT)
    cpu = group_cpu_seconds(group) - cpu_before
    return Edit(
        seconds=seconds, index_seconds=index_seconds, cpu_seconds=cpu, rebuilds=rebuilds, busy_seconds=idle - edited
    )


def measure(work: Path, generated: int = 0) -> AuthorLoop:
    """Serve a copy whose data/companies/ holds the examples (and ``generated`` generated companies), rename a
    company, wait for its page and the company index to show it."""
    project = copy_project(work / f"serve-{generated}")
    companies = project / "data" / "companies"
    companies.mkdir(parents=True, exist_ok=True)
    for example in (ROOT / "examples" / "companies").iterdir():
        shutil.copy(example, companies / example.name)
    if generated:
        from benchmarks.companies import write_companies  # noqa: PLC0415
        from benchmarks.scale import activity_ids  # noqa: PLC0415

        write_companies(companies, generated, activity_ids())
    company_file = companies / f"{COMPANY}.yml"
    port = free_port()
    log_path = work / f"serve-{generated}.log"
    command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"]
    with log_path.open("wb") as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=project, env=build_env(project), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            base = served_root(log_path, process, START_TIMEOUT)
            url = f"{base}playbook/{COMPANY}/"
            index_url = f"{base}playbook/"
            if not wait_for(url, "<html", START_TIMEOUT):
                raise BuildFailed(f"mkdocs serve did not serve {url}:\n{log_path.read_text(errors='replace')[-4000:]}")
            startup = time.perf_counter() - started
            wait_until_idle(log_path, (0, 0), START_TIMEOUT)
            edits = [edit(company_file, url, index_url, log_path, process.pid) for _ in range(EDITS)]
        finally:
            stop(process)
    return AuthorLoop(edits=edits, startup_seconds=startup, companies=generated)


def main(arguments: list[str]) -> int:
    """Measure the author loop at each size given (default: the examples alone, and 500 more companies)."""
    import tempfile  # noqa: PLC0415

    sizes = [int(argument) for argument in arguments] or [0, 500]
    with tempfile.TemporaryDirectory(prefix="author-loop-") as folder:
        for size in sizes:
            loop = measure(Path(folder), size)
            saves = ", ".join(f"{edit.seconds:.2f}" for edit in loop.edits)
            print(
                f"{size + 3} companies: page {loop.seconds:.2f} s (saves {saves}), index {loop.index_seconds:.2f} s,"
                f" server CPU {loop.cpu_seconds:.2f} s per save, start-up {loop.startup_seconds:.1f} s,"
                f" load average {os.getloadavg()[0]:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
