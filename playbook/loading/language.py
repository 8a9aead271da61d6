"""The language of the messages: the company file's `language`, else organization.yml's `default_language`,
with PLAYBOOK_LANG to override; and the translation of a message through :mod:`playbook.loading.catalogue`."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from pathlib import Path

from playbook.loading.catalogue import CATALOGUE
from playbook.loading.errors import DataError, one_line
from playbook.loading.parser_words import parser_in_dutch

LANGUAGES = ("nl", "en")
DEFAULT = "nl"
ENVIRONMENT = "PLAYBOOK_LANG"
"""Set to nl or en to have every message in that language."""
LANGUAGE_LINE = re.compile(r"^language:\s*['\"]?(nl|en)['\"]?\s*(#.*)?$", re.MULTILINE)
DEFAULT_LINE = re.compile(r"^default_language:\s*['\"]?(nl|en)['\"]?\s*(#.*)?$", re.MULTILINE)
COMPANY_FOLDERS = ("data/companies/", "examples/companies/")
PLACEHOLDER = re.compile(r"\{([+*~]?)([a-z0-9_]+)\}")
LIST_WORDS = ((" or ", " of "), (" and ", " en "))


def _pattern(template: str) -> re.Pattern[str]:
    parts, end = [], 0
    for match in PLACEHOLDER.finditer(template):
        parts += [re.escape(template[end : match.start()]), f"(?P<{match.group(2)}>.+?)"]
        end = match.end()
    parts.append(re.escape(template[end:]))
    return re.compile("".join(parts), re.DOTALL)


COMPILED = tuple((_pattern(english), english, dutch) for english, dutch in CATALOGUE)


def _fill(dutch: str, english: str, values: dict[str, str]) -> str:
    kinds = {match.group(2): match.group(1) for match in PLACEHOLDER.finditer(english)}

    def value(match: re.Match[str]) -> str:
        name = match.group(2)
        text = values[name]
        if kinds.get(name) == "+":
            return to_dutch(text)
        if kinds.get(name) == "~":
            return parser_in_dutch(text)
        if kinds.get(name) == "*":
            if text == "none":
                return "geen"
            for word, translated in LIST_WORDS:
                text = text.replace(word, translated)
        return text

    return PLACEHOLDER.sub(value, dutch)


@functools.lru_cache(maxsize=4096)
def to_dutch(message: str) -> str:
    """``message`` in Dutch, by the first catalogue template that matches it whole; unchanged when none does."""
    for pattern, english, dutch in COMPILED:
        match = pattern.fullmatch(message)
        if match:
            return _fill(dutch, english, match.groupdict())
    return message


def translate(message: str, language: str) -> str:
    """``message`` in ``language`` (messages are written in English)."""
    return to_dutch(message) if language == "nl" else message


def override() -> str | None:
    """PLAYBOOK_LANG, when it names a language."""
    chosen = os.environ.get(ENVIRONMENT, "").strip().lower()
    return chosen if chosen in LANGUAGES else None


def _declared(path: Path, line: re.Pattern[str]) -> str | None:
    try:
        with path.open("rb") as handle:
            text = handle.read(65536).decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    found = line.search(text)
    return found.group(1) if found else None


def organization_language(root: Path) -> str:
    """organization.yml's `default_language`, else Dutch."""
    return _declared(root / "organization.yml", DEFAULT_LINE) or DEFAULT


def command_language(root: Path) -> str:
    """The language of a command's own messages, about no one file: PLAYBOOK_LANG, else the organization's."""
    return override() or organization_language(root)


def file_language(display: str, root: Path) -> str:
    """The language of the messages about ``display`` (a path relative to ``root``)."""
    chosen = override()
    if chosen:
        return chosen
    folder = next((f for f in COMPANY_FOLDERS if display.startswith(f)), None)
    if folder is not None:
        slug = display[len(folder) :].split(".", maxsplit=1)[0]
        for suffix in (".yml", ".yaml"):
            path = root / folder / f"{slug}{suffix}"
            if path.is_file():
                return _declared(path, LANGUAGE_LINE) or organization_language(root)
    return organization_language(root)


def localized(error: DataError, language: str) -> str:
    """``error`` as a line in ``language``: 'file:line:column: [waarschuwing: ]key: message'."""
    if language != "nl":
        return str(error)
    marker = "waarschuwing: " if error.severity == "warning" else ""
    return one_line(f"{error.file}:{error.line}:{error.column}: {marker}{error.key}: {to_dutch(error.message)}")


def report_language(errors: Iterable[DataError], root: Path) -> str:
    """The language of a summary under ``errors``: theirs when they share one, else the organization's."""
    found = {file_language(error.file, root) for error in errors}
    return found.pop() if len(found) == 1 else (override() or organization_language(root))


def localized_report(errors: Iterable[DataError], root: Path) -> str:
    """Every error and warning, one line each in the language of its file."""
    return "\n".join(localized(error, file_language(error.file, root)) for error in errors)
