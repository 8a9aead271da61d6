"""The other languages' builds, each in a process of its own, beside the root language's build.

A process forked from MkDocs's build right after the data is loaded shares everything that was loaded (the
configuration as the command made it, the plugins as ``on_startup`` left them, the data) without loading it
again, and runs MkDocs's own ``build`` with its language, so that every plugin event fires as in any build. It
builds into a hidden folder inside the site folder (MkDocs's clean leaves hidden entries alone), which the root
build moves to `site/<lang>/` once both are done: nothing is copied, no environment variable changes, and the
wall time is that of the slower language plus the shared load (measured in benchmarks/findings.md).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException, PluginError
from mkdocs.plugins import get_plugin_logger

if TYPE_CHECKING:
    from macros.plugin import PlaybookPlugin

log = get_plugin_logger("playbook")
FORK = multiprocessing.get_context("fork")
"""Fork, not spawn: the child starts from the loaded configuration and data instead of loading them again."""


@dataclass
class Edition:
    """A language being built in another process, into ``folder``."""

    language: str
    process: BaseProcess
    folder: Path
    connection: Connection | None = None
    """Under `mkdocs serve`: the process reports its finished build here, then builds deferred pages on request."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    """One request at a time on the connection (the server answers requests in threads)."""

    def build_page(self, address: str) -> bool:
        """Under `serve`: have the process build its deferred page at ``address`` (relative to its folder)."""
        with self.lock:
            if self.connection is None or not self.process.is_alive():
                return False
            try:
                self.connection.send((address, str(self.folder)))
                return bool(self.connection.recv())
            except (EOFError, OSError):
                return False


def start(plugin: PlaybookPlugin, config: MkDocsConfig, language: str) -> Edition:
    """Fork a process that builds ``language`` into a hidden folder of the site folder."""
    site_dir = Path(config.site_dir)
    site_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{language}-", dir=site_dir))
    sys.stdout.flush()
    sys.stderr.flush()
    ours, theirs = FORK.Pipe() if plugin.command == "serve" else (None, None)
    process = FORK.Process(
        target=_build, args=(plugin, config, language, folder, theirs, ours), name=f"playbook-{language}"
    )
    process.start()
    if theirs is not None:
        theirs.close()
    return Edition(language, process, folder, ours)


def _build(
    plugin: PlaybookPlugin,
    config: MkDocsConfig,
    language: str,
    folder: Path,
    connection: Connection | None,
    parent_end: Connection | None,
) -> None:
    """The forked process: build, and exit 1 with MkDocs's message (no traceback) when the build fails."""
    if parent_end is not None:  # so that the parent's end closing (its exit) ends this process's wait
        parent_end.close()
    try:
        plugin.build_edition(config, language, folder, connection)
    except MkDocsException as exc:
        log.error(f"the {language} build failed: {exc}")
        sys.exit(1)


def serve_pages(connection: Connection, build_page: Callable[[str, str], bool]) -> None:
    """In the forked process under `serve`: report the build done, then build pages on request until told to stop."""
    connection.send("built")
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        address, folder = request
        try:
            built = build_page(address, folder)
        except Exception:
            log.exception(f"building {address} on request failed")
            built = False
        connection.send(built)


def _built(edition: Edition) -> bool:
    """Wait for ``edition``'s build; True when it succeeded."""
    if edition.connection is None:
        edition.process.join()
        return edition.process.exitcode == 0
    multiprocessing.connection.wait([edition.connection, edition.process.sentinel])
    try:
        return bool(edition.connection.poll() and edition.connection.recv() == "built")
    except (EOFError, OSError):
        return False


def finish(started: list[Edition], site_dir: Path) -> list[Edition]:
    """Wait for every edition; move each into `site/<lang>/`, or fail naming the language that failed.

    Returns the editions that stay to build pages on request (under `serve`), each with its folder moved.
    """
    failed, serving = [], []
    for edition in started:
        if not _built(edition):
            failed.append(edition.language)
            if edition.connection is not None:  # under serve: a process that failed has ended or is ending
                stop([edition])
            shutil.rmtree(edition.folder, ignore_errors=True)
            continue
        target = site_dir / edition.language
        if target.exists():  # left by a dirty build
            shutil.rmtree(target)
        edition.folder.rename(target)
        edition.folder = target
        if edition.connection is not None:
            serving.append(edition)
    if failed:
        stop(serving)
        raise PluginError(f"the build of {', '.join(failed)} failed (its messages are above)")
    return serving


def stop(serving: list[Edition]) -> None:
    """End the processes that build pages on request (the next rebuild starts its own)."""
    for edition in serving:
        with edition.lock:
            if edition.connection is not None:
                with contextlib.suppress(OSError):
                    edition.connection.send(None)
            edition.process.join(timeout=10)
            if edition.process.is_alive():
                edition.process.terminate()
                edition.process.join()
            if edition.connection is not None:
                edition.connection.close()
                edition.connection = None


def abandon(started: list[Edition]) -> None:
    """Stop the editions of a build that failed, and remove what they wrote."""
    for edition in started:
        edition.process.terminate()
        edition.process.join()
        if edition.connection is not None:
            edition.connection.close()
        shutil.rmtree(edition.folder, ignore_errors=True)
