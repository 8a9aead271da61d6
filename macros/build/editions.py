"""The other languages' builds: each in a process of its own beside the root language's build, or one after another.

Only a build starts them (``on_pre_build``, which loading a configuration never fires: mike, editors and
ProperDocs load `mkdocs.yml` without building). A process forked there shares everything that was loaded (the
plugins as ``on_startup`` left them, the data) without loading it again; it puts back the configuration as the
command loaded it (:func:`snapshot`, taken before any plugin changed it) and runs MkDocs's own ``build`` with
its language, so that every plugin event fires as in any build. It builds into a folder of the system's
temporary folder, never inside the site folder, which the root build moves to `site/<lang>/` once both are done.
The root build waits for every process it started; a failed build, an exception or a signal (SIGINT, SIGTERM,
SIGHUP) ends them and removes their folders (:class:`Cleanup`).

Where ``os.fork`` is missing (Windows), or with the plugin option ``parallel_languages: false``, each other
language is built in the root process after the root language, from the same snapshot.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import multiprocessing
import multiprocessing.connection
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import FrameType
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException, PluginError
from mkdocs.plugins import get_plugin_logger

from playbook.loading.language import command_language, translate

log = get_plugin_logger("playbook")

BuildEdition = Callable[[MkDocsConfig, str, Path, "Connection | None"], None]
"""The plugin's build of one language into a folder (``PlaybookPlugin.build_edition``), handed in: no import back."""
SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))
"""The signals after which a build's language folders are removed before the process ends."""


def can_fork() -> bool:
    """True where processes can be forked (not on Windows)."""
    return hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()


def snapshot(config: MkDocsConfig) -> dict[str, Any]:
    """The configuration as the command loaded it, and every plugin's options (which plugins' ``on_config``
    may fill in, as Material's search fills in its language): copies, so that builds do not change them. A hook
    (`hooks:` in mkdocs.yml, a module among the plugins) has no options."""
    options = {
        name: copy.deepcopy(plugin.config) for name, plugin in config.plugins.items() if hasattr(plugin, "config")
    }
    loaded = {key: copy.deepcopy(value) for key, value in config.items() if key not in ("plugins", "hooks")}
    return {"config": loaded, "plugins": options}


def restore(config: MkDocsConfig, loaded: dict[str, Any]) -> None:
    """Put the configuration and the plugins' options back as :func:`snapshot` took them."""
    for key, value in copy.deepcopy(loaded["config"]).items():
        config[key] = value
    for name, options in loaded["plugins"].items():
        config.plugins[name].config = copy.deepcopy(options)


@dataclass
class Edition:
    """A language being built, into ``folder``: in another process, or (``process`` None) later in this one."""

    language: str
    process: BaseProcess | None
    folder: Path
    connection: Connection | None = None
    """Under `mkdocs serve`: the process reports its finished build here, then builds deferred pages on request."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    """One request at a time on the connection (the server answers requests in threads)."""
    said: str = "en"
    """The language of the messages about this build: the organization's (PLAYBOOK_LANG overrides)."""

    def build_page(self, address: str) -> bool:
        """Under `serve`: have the process build its deferred page at ``address`` (relative to its folder)."""
        with self.lock:
            if self.connection is None or self.process is None or not self.process.is_alive():
                return False
            try:
                self.connection.send((address, str(self.folder)))
                return bool(self.connection.recv())
            except (EOFError, OSError):
                return False


class Cleanup:
    """The editions of the running build, ended and removed on a signal or at exit (in the process that started them)."""

    def __init__(self) -> None:
        self.owner = os.getpid()
        self.running: list[Edition] = []
        self.previous: dict[int, Any] = {}
        atexit.register(self.remove_all)

    def add(self, edition: Edition) -> None:
        """Watch ``edition`` until it is finished or abandoned; handle the signals while any is running."""
        self.running.append(edition)
        if not self.previous and threading.current_thread() is threading.main_thread():
            for number in SIGNALS:
                self.previous[number] = signal.signal(number, self.on_signal)

    def done(self, editions: list[Edition]) -> None:
        """``editions`` are finished or removed: no longer ours to clean up."""
        self.running = [edition for edition in self.running if edition not in editions]
        if not self.running and self.previous and threading.current_thread() is threading.main_thread():
            for number, handler in self.previous.items():
                signal.signal(number, handler)
            self.previous = {}

    def remove_all(self) -> None:
        """End every running edition's process and remove its folder (only in the process that started them)."""
        if os.getpid() == self.owner:
            abandon(list(self.running))

    def on_signal(self, number: int, frame: FrameType | None) -> None:
        """Remove the editions' folders, then let the signal do what it did before."""
        if os.getpid() != self.owner:  # a forked build: the default
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
            return
        previous = self.previous.get(number, signal.SIG_DFL)
        self.remove_all()
        if callable(previous):
            previous(number, frame)
            return
        signal.signal(number, previous)
        os.kill(os.getpid(), number)


CLEANUP = Cleanup()


def _temporary_folder(language: str) -> Path:
    """A new folder for ``language``'s build in the system's temporary folder (never inside the site folder)."""
    return Path(tempfile.mkdtemp(prefix=f"playbook-{language}-"))


def start(
    build_edition: BuildEdition, config: MkDocsConfig, language: str, *, serving: bool, parallel: bool
) -> Edition:
    """Fork a process that builds ``language`` into a temporary folder; or, without ``parallel`` (or fork),
    only name the folder: :func:`finish` builds it in this process."""
    folder, said = _temporary_folder(language), command_language(Path(config.config_file_path).parent)
    if not parallel:
        edition = Edition(language, None, folder, said=said)
        CLEANUP.add(edition)
        return edition
    sys.stdout.flush()
    sys.stderr.flush()
    fork = multiprocessing.get_context("fork")
    ours, theirs = fork.Pipe() if serving else (None, None)
    process = fork.Process(
        target=_build, args=(build_edition, config, language, folder, theirs, ours), name=f"playbook-{language}"
    )
    edition = Edition(language, process, folder, ours, said=said)
    CLEANUP.add(edition)
    process.start()
    if theirs is not None:
        theirs.close()
    return edition


def _build(
    build_edition: BuildEdition,
    config: MkDocsConfig,
    language: str,
    folder: Path,
    connection: Connection | None,
    parent_end: Connection | None,
) -> None:
    """The forked process: build, and exit 1 with MkDocs's message (no traceback) when the build fails."""
    for number in SIGNALS:  # the parent removes what this process wrote
        signal.signal(number, signal.SIG_DFL)
    if parent_end is not None:  # so that the parent's end closing (its exit) ends this process's wait
        parent_end.close()
    try:
        build_edition(config, language, folder, connection)
    except MkDocsException as exc:
        said = command_language(Path(config.config_file_path).parent)
        log.error(translate(f"the {language} build failed: {exc}", said))
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


def _built(edition: Edition, build_here: Callable[[Edition], None]) -> bool:
    """Wait for ``edition``'s build (or run it here); True when it succeeded."""
    if edition.process is None:
        try:
            build_here(edition)
        except MkDocsException as exc:
            log.error(translate(f"the {edition.language} build failed: {exc}", edition.said))
            return False
        return True
    if edition.connection is None:
        edition.process.join()
        return edition.process.exitcode == 0
    multiprocessing.connection.wait([edition.connection, edition.process.sentinel])
    try:
        return bool(edition.connection.poll() and edition.connection.recv() == "built")
    except (EOFError, OSError):
        return False


def finish(started: list[Edition], site_dir: Path, build_here: Callable[[Edition], None]) -> list[Edition]:
    """Wait for every edition (building those without a process here); move each into `site/<lang>/`, or fail
    naming the language that failed.

    Returns the editions that stay to build pages on request (under `serve`), each with its folder moved.
    """
    failed, serving = [], []
    pending = list(started)
    try:
        for edition in started:
            built = _built(edition, build_here)
            pending.remove(edition)
            if not built:
                failed.append(edition.language)
                if edition.connection is not None:  # under serve: a process that failed has ended or is ending
                    stop([edition])
                shutil.rmtree(edition.folder, ignore_errors=True)
                continue
            target = site_dir / edition.language
            if target.exists():  # left by a dirty build
                shutil.rmtree(target)
            shutil.move(edition.folder, target)
            edition.folder = target
            if edition.connection is not None:
                serving.append(edition)
    except BaseException:
        abandon(pending)
        stop(serving)
        raise
    CLEANUP.done(started)
    if failed:
        stop(serving)
        failure = f"the build of {', '.join(failed)} failed (its messages are above)"
        raise PluginError(translate(failure, started[0].said))
    return serving


def stop(serving: list[Edition]) -> None:
    """End the processes that build pages on request (the next rebuild starts its own)."""
    for edition in serving:
        with edition.lock:
            if edition.connection is not None:
                with contextlib.suppress(OSError):
                    edition.connection.send(None)
            if edition.process is not None:
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
        if edition.process is not None and edition.process.pid is not None:
            edition.process.terminate()
            edition.process.join()
        if edition.connection is not None:
            edition.connection.close()
            edition.connection = None
        shutil.rmtree(edition.folder, ignore_errors=True)
    CLEANUP.done(started)
