"""YAML's traps for people who write it by hand, found in the parsed file and named in plain words.

A `#` after a space starts a comment, so `sector: Transport #1 in Zwolle` reads 'Transport'; a value that starts
with a quote (`'t Hart`) must end with one; escapes such as "\\0" or "\\e" put control characters in a text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import yaml

from playbook.loading.errors import DataError

CUT_BY_COMMENT = re.compile(r"[ \t]+#\S")
"""A comment glued to its text ('#1 in Zwolle'): probably part of the value, not a remark about it."""
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""A control character other than tab and newline (C0, DEL and C1)."""
OPEN_QUOTE = re.compile(r"^(\s*(?:-\s+)?(?:[^\s#'\"][^:#]*:\s+|-\s+))(')(.*)$")
"""A line whose value (after 'key: ' or '- ') opens with a single quote, as Dutch names do ('t Hart, 's-Hertogenbosch)."""


def _scalars(node: yaml.Node) -> Iterator[yaml.ScalarNode]:
    """Every scalar under ``node``, keys before their values, in the order of the file (without recursion: a
    company file has a few hundred of them, and a generator per node cost more than the checks)."""
    pending: list[yaml.Node] = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, yaml.ScalarNode):
            yield current
        elif isinstance(current, yaml.SequenceNode):
            pending.extend(reversed(current.value))
        elif isinstance(current, yaml.MappingNode):
            pending.extend(part for pair in reversed(current.value) for part in reversed(pair))


def comment_cuts(
    node: yaml.Node, lines: list[str], display: str, key_at: Callable[[tuple[int, int]], str]
) -> list[DataError]:
    """Warnings for plain texts that a '#' on the same line cuts short; ``key_at`` names the key at a position."""
    warnings = []
    for scalar in _scalars(node):
        if scalar.style or scalar.tag != "tag:yaml.org,2002:str" or scalar.end_mark.line >= len(lines):
            continue
        end = scalar.end_mark
        rest = lines[end.line][end.column :]
        if end.line == scalar.start_mark.line and CUT_BY_COMMENT.match(rest):
            comment = rest.strip()
            whole = f"{scalar.value} {comment}"
            message = (
                f"the '#' cuts the text short: YAML reads '{scalar.value}' and takes '{comment}' as a comment; "
                f'put the whole text in quotes: "{whole}"'
            )
            key = key_at((scalar.start_mark.line + 1, scalar.start_mark.column + 1))
            column = end.column + 1 + len(rest) - len(rest.lstrip())
            warnings.append(DataError(display, end.line + 1, column, key, message, "warning"))
    return warnings


def control_characters(node: yaml.Node, display: str) -> list[DataError]:
    """Errors for texts that hold control characters other than tab and newline (written as escapes: "\\0")."""
    errors = []
    for scalar in _scalars(node):
        control = CONTROL.search(scalar.value)
        if control is None:
            continue
        found = control.group()
        line, column = scalar.start_mark.line + 1, scalar.start_mark.column + 1
        message = (
            f"expected text without control characters, got U+{ord(found):04X} (written as an escape such as "
            '"\\0" or "\\e"); remove it'
        )
        errors.append(DataError(display, line, column, "(file)", message))
    return errors


def _closes(quote: str, body: str) -> bool:
    """Whether a quoted value that opened with ``quote`` is closed on the rest of its line, ``body``."""
    return quote in body.replace("''", "")


def unclosed_leading_quote(lines: list[str], last: int) -> tuple[int, int, str] | None:
    """The first line up to ``last`` (0-based) whose value opens with a quote it never closes ('t Hart)."""
    for index, line in enumerate(lines[: last + 1]):
        match = OPEN_QUOTE.match(line)
        if not match or _closes(match.group(2), match.group(3)):
            continue
        lead, quote, rest = match.groups()
        value = f"{quote}{rest.rstrip()}"
        fixed = f'"{value}"'
        message = (
            f"expected a value that ends with the quote it starts with, got {value}: put the whole value in "
            f"quotes: {fixed}"
        )
        return index + 1, len(lead) + 1, message
    return None
