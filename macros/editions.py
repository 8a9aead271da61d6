"""The other languages' builds, each in a process of its own, beside the root language's build.

A process forked from MkDocs's build right after the data is loaded shares everything that was loaded (the
configuration as the command made it, the plugins as ``on_startup`` left them, the data) without loading it
again, and runs MkDocs's own ``build`` with its language, so that every plugin event fires as in any build. It
builds into a hidden folder inside the site folder (MkDocs's clean leaves hidden entries alone), which the root
build moves to `site/<lang>/` once both are done: nothing is copied, no environment variable changes, and the
wall time is that of the slower language plus the shared load (measured in benchmarks/findings.md).
"""

from __future__ import annotations

import multiprocessing
import shutil
import sys
import tempfile
from dataclasses import dataclass
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


def start(plugin: PlaybookPlugin, config: MkDocsConfig, language: str) -> Edition:
    """Fork a process that builds ``language`` into a hidden folder of the site folder."""
    site_dir = Path(config.site_dir)
    site_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{language}-", dir=site_dir))
    sys.stdout.flush()
    sys.stderr.flush()
    process = FORK.Process(target=_build, args=(plugin, config, language, folder), name=f"playbook-{language}")
    process.start()
    return Edition(language, process, folder)


def _build(plugin: PlaybookPlugin, config: MkDocsConfig, language: str, folder: Path) -> None:
    """The forked process: build, and exit 1 with MkDocs's message (no traceback) when the build fails."""
    try:
        plugin.build_edition(config, language, folder)
    except MkDocsException as exc:
        log.error(f"the {language} build failed: {exc}")
        sys.exit(1)


def finish(started: list[Edition], site_dir: Path) -> None:
    """Wait for every edition; move each into `site/<lang>/`, or fail naming the language that failed."""
    failed = []
    for edition in started:
        edition.process.join()
        if edition.process.exitcode != 0:
            failed.append(edition.language)
            shutil.rmtree(edition.folder, ignore_errors=True)
            continue
        target = site_dir / edition.language
        if target.exists():  # left by a dirty build
            shutil.rmtree(target)
        edition.folder.rename(target)
    if failed:
        raise PluginError(f"the build of {', '.join(failed)} failed (its messages are above)")


def abandon(started: list[Edition]) -> None:
    """Stop the editions of a build that failed, and remove what they wrote."""
    for edition in started:
        edition.process.terminate()
        edition.process.join()
        shutil.rmtree(edition.folder, ignore_errors=True)
