"""A macro error in a page, reported with the page, its line and the message; under `serve` shown in the browser.

mkdocs-macros-plugin (written against 1.5.0) catches a failing page template itself and, with
``on_error_fail``, calls ``exit(100)``: `make build` then prints only make's "Error 100" and `mkdocs serve`
ends. This module wraps the plugin's ``render`` (its one public rendering method) so that the exit becomes a
message ``docs/page.md:12: 'sectoin' is undefined``: a failed build under `build`, and under `serve` a page
that shows the message until the next good save, as the preview does for data errors. The wrap is checked when
installed, in the playbook plugin's ``on_config``.
"""

from __future__ import annotations

import html
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError
from mkdocs.exceptions import PluginError

from playbook.loading.language import translate
from playbook.loading.parser_words import parser_in_dutch

WRAPPED = "_playbook_page_errors"
"""Set on the wrapped ``render``: a rebuild under `serve` installs the wrap once."""


@dataclass(frozen=True)
class PageError:
    """A macro error in one page."""

    file: str
    line: int
    message: str
    language: str = "en"
    """The language ``message`` is in: the organization's, as for data errors."""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def _template_line(error: BaseException) -> int:
    """The line in the page's template where ``error`` happened (Jinja names template frames '<template>')."""
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        return error.lineno
    lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == "<template>"]
    return lines[-1] if lines and lines[-1] is not None else 1


def _front_matter_lines(source: Path, markdown: str) -> int:
    """How many lines of the page's file come before the Markdown the macros see (its front matter)."""
    try:
        text = source.read_text(encoding="utf-8-sig")
    except OSError:
        return 0
    start = text.find(markdown[:200]) if markdown.strip() else -1
    return text.count("\n", 0, start) if start > 0 else 0


def page_error(error: BaseException, markdown: str, page: Any, docs: str, language: str = "en") -> PageError:
    """Where and what ``error`` is, for ``page`` (a MkDocs page) rendered from ``markdown``; Jinja's words in
    Dutch when ``language`` is."""
    file = page.file
    offset = _front_matter_lines(Path(file.abs_src_path), markdown) if file.abs_src_path else 0
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    said = parser_in_dutch(message) if language == "nl" else message
    line = _template_line(error) + offset
    return PageError(f"{docs}/{file.src_uri}", line, f"{type(error).__name__}: {said}", language)


def error_markdown(error: PageError) -> str:
    """The page shown under `serve` instead of a page whose macros fail, in both languages."""
    return (
        "# Deze pagina bevat een fout · This page has an error\n\n"
        "Herstel de macro hieronder en sla op: de pagina komt dan vanzelf terug.\n{ lang=nl }\n\n"
        "Fix the macro below and save: the page comes back by itself.\n{ lang=en }\n\n"
        f'<pre class="data-errors"><code>{html.escape(str(error))}</code></pre>\n'
    )


class _MacroErrorFilter(logging.Filter):
    """Drops the macros plugin's own report of a failing page (a traceback logged as a warning, which strict mode
    would count again): the playbook reports it in one line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        return not ("Macro Rendering Error" in message or "Macro Syntax Error" in message)


MACROS_LOGGER = "mkdocs.plugins.mkdocs_macros.util"
"""The logger mkdocs-macros-plugin 1.5.0 reports a failing page on."""


def install(
    macros_plugin: Any, docs: str, serving: bool, report: Callable[[PageError], None], language: str = "en"
) -> None:
    """Wrap ``macros_plugin.render``: a failing page is reported (``report``) and, under `serve`, shown; the
    messages in ``language``."""
    render = getattr(macros_plugin, "render", None)
    if render is None or "on_error_fail" not in macros_plugin.config:
        raise PluginError("mkdocs-macros-plugin changed: the playbook expects its render() (1.5.0); check the pin")
    if getattr(render, WRAPPED, False):
        render = getattr(render, "__wrapped__", render)

    def reporting(markdown: str, force_rendering: bool = False) -> str:
        try:
            rendered: str = render(markdown, force_rendering)
        except SystemExit as stopped:  # the macros plugin's exit(100) inside its own `except Exception`
            cause = stopped.__context__ or stopped
            found = page_error(cause, markdown, macros_plugin.page, docs, language)
            report(found)
            if serving:
                return error_markdown(found)
            raise PluginError(translate(f"A macro failed in {found}", language)) from None
        return rendered

    logger = logging.getLogger(MACROS_LOGGER)
    if not any(isinstance(existing, _MacroErrorFilter) for existing in logger.filters):
        logger.addFilter(_MacroErrorFilter())
    reporting.__wrapped__ = render  # type: ignore[attr-defined]
    setattr(reporting, WRAPPED, True)
    macros_plugin.render = reporting
