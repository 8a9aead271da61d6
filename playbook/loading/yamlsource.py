"""Safe YAML loading that remembers where every key and value stands in the file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from playbook.loading.dates import parse_date
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.reading import read_text
from playbook.loading.traps import comment_cuts, control_characters, unclosed_leading_quote

PathKey = tuple[str | int, ...]
TIMESTAMP = "tag:yaml.org,2002:timestamp"
STRING = "tag:yaml.org,2002:str"


def format_key(path: PathKey) -> str:
    """``("faq", 3, "answer")`` -> ``faq[3].answer``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(file)"


@dataclass
class SourceFile:
    """A parsed YAML file with the position of every node, keyed by its path."""

    path: Path
    display: str
    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    written: dict[PathKey, str] = field(default_factory=dict)
    """Each unquoted scalar as written in the file ('45.000'), before YAML turned it into a value (45.0)."""
    problems: list[DataError] = field(default_factory=list)
    """Values that could not be read ('2027-02-30'), kept as text: reported, and the model's error at them left out."""
    warnings: list[DataError] = field(default_factory=list)
    """Values that read but are probably not what was meant (a text cut short by a '#')."""

    def locate(self, path: PathKey, *, at_key: bool = False) -> tuple[int, int]:
        """Line and column of ``path``, or of its nearest located ancestor."""
        probe = tuple(
            str(part) if isinstance(part, int) and (*path[:i], str(part)) in self.positions else part
            for i, part in enumerate(path)
        )
        while probe:
            table = self.key_positions if at_key else self.positions
            if probe in table:
                return table[probe]
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
            at_key = False
        return self.positions.get((), (1, 1))

    def error(self, path: PathKey, message: str, *, at_key: bool = False) -> DataError:
        """A :class:`DataError` pointing at ``path`` in this file."""
        line, column = self.locate(path, at_key=at_key)
        return DataError(self.display, line, column, format_key(path), message)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _walk(source: SourceFile, node: yaml.Node, path: PathKey, errors: list[DataError]) -> None:
    source.positions[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = (*path, key)
            if key in seen:
                line, _ = seen[key]
                errors.append(
                    DataError(
                        source.display,
                        *_mark(key_node),
                        format_key(child),
                        f"expected each key once, got '{key}' again (first at line {line})",
                    )
                )
                continue
            seen[key] = _mark(key_node)
            source.key_positions[child] = _mark(key_node)
            _walk(source, value_node, child, errors)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(source, item, (*path, index), errors)
    elif isinstance(node, yaml.ScalarNode) and not node.style:  # plain: None, or "" from the C parser
        source.written[path] = str(node.value)


LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The C parser when PyYAML has it (ten times faster), else the pure-Python one; both are safe."""

MAX_DEPTH = 100
"""Deeper nesting than this is refused: no playbook file needs it, and it would exhaust the stack."""


def _refuse_anchors(text: str, display: str) -> list[DataError]:
    errors = []
    depth = 0
    for event in yaml.parse(text, Loader=LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH and event.start_mark is not None:
                line, column = event.start_mark.line + 1, event.start_mark.column + 1
                message = f"expected at most {MAX_DEPTH} levels of nesting, got more"
                return [DataError(display, line, column, "(file)", message)]
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        anchor = getattr(event, "anchor", None)
        if (isinstance(event, yaml.AliasEvent) or anchor) and event.start_mark is not None:
            line, column = event.start_mark.line + 1, event.start_mark.column + 1
            found = f"alias '*{anchor}'" if isinstance(event, yaml.AliasEvent) else f"anchor '&{anchor}'"
            errors.append(
                DataError(display, line, column, "(file)", f"expected plain YAML without anchors, got {found}")
            )
    return errors


def _position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _previous_line(lines: list[str], index: int) -> int | None:
    """The index of the nearest line before ``index`` that holds more than a comment."""
    for before in range(index - 1, -1, -1):
        stripped = lines[before].strip()
        if stripped and not stripped.startswith("#"):
            return before
    return None


def _tab(lines: list[str], near: int) -> tuple[int, int] | None:
    """Line and column of the first tab in the indentation at or before line ``near`` (0-based)."""
    for index in range(min(near, len(lines) - 1), -1, -1):
        line = lines[index]
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in lead:
            return index + 1, lead.index("\t") + 1
    return None


def _reserved_start(lines: list[str], index: int, column: int) -> tuple[int, int, str] | None:
    """A value that starts with ` or @, which YAML keeps for itself (a Markdown habit, an @-mention)."""
    line = lines[index] if index < len(lines) else ""
    char = line[column : column + 1]
    if char not in {"`", "@"}:
        return None
    value = line[column:].split(" #", 1)[0].rstrip()
    fixed = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return (
        index + 1,
        column + 1,
        f"expected a value, got one that starts with '{char}', which YAML keeps for itself: put the whole value "
        f"in quotes: {fixed}",
    )


def _mapping_value_here(lines: list[str], index: int, column: int) -> tuple[int, int, str]:
    """Explain PyYAML's 'mapping values are not allowed here' at line ``index`` (0-based)."""
    line = lines[index] if index < len(lines) else ""
    before = _previous_line(lines, index)
    if before is not None:
        above = lines[before]
        key_above = above.strip().removeprefix("- ").split(":", 1)
        if ":" not in above and not above.lstrip().startswith("- "):
            found = above.strip()[:40]
            return before + 1, _indent(above) + 1, f"expected 'key: value', got a line without a colon: '{found}'"
        if _indent(line) > _indent(above) and len(key_above) == 2 and key_above[1].strip():
            return (
                index + 1,
                1,
                f"expected this line indented like the key above it ('{key_above[0].strip()}', "
                f"{_indent(above)} spaces), got {_indent(line)} spaces",
            )
    return index + 1, column, "expected one ': ' per line, got a second one: put a value that holds ': ' in quotes"


def _plain_syntax(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str] | None:
    """Line, column and plain words for the syntax errors people make; None for the others."""
    problem, context = exc.problem or "", exc.context or ""
    mark, start = exc.problem_mark, exc.context_mark
    if mark is None:
        return None
    lines = text.splitlines()
    quote = unclosed_leading_quote(lines, mark.line)
    if quote is not None:
        return quote
    if "tab" in problem or "cannot start any token" in problem:
        tab = _tab(lines, mark.line)
        if tab:
            return (*tab, "expected spaces, got a tab: indent with spaces, not a tab")
        reserved = _reserved_start(lines, mark.line, mark.column)
        if reserved:
            return reserved
    if "could not find expected ':'" in problem and start is not None:
        found = lines[start.line].strip()[:40] if start.line < len(lines) else ""
        return start.line + 1, start.column + 1, f"expected 'key: value', got a line without a colon: '{found}'"
    if "mapping values are not allowed" in problem:
        return _mapping_value_here(lines, mark.line, mark.column + 1)
    if "unknown escape" in problem:
        return (
            mark.line + 1,
            mark.column + 1,
            "expected a known escape after the backslash (such as \\n), got an unknown one: in double quotes a "
            "backslash starts an escape; write it twice (\\\\) or put the text in single quotes",
        )
    if "quoted scalar" in context and start is not None:
        return (
            start.line + 1,
            start.column + 1,
            "expected a closing quote, got none: the quote opened here is never closed",
        )
    for opener, closer, kind in (("[", "]", "flow sequence"), ("{", "}", "flow mapping")):
        if kind in context and start is not None:
            return (
                start.line + 1,
                start.column + 1,
                f"expected a closing '{closer}', got none: the '{opener}' opened here is never closed",
            )
    if "did not find expected key" in problem or "expected '-' indicator" in problem:
        return (
            mark.line + 1,
            mark.column + 1,
            "expected this line indented like the keys of its block, got an indentation that matches none above it",
        )
    return None


def _syntax_error(exc: yaml.YAMLError, text: str, display: str) -> DataError:
    if isinstance(exc, yaml.MarkedYAMLError):
        plain = _plain_syntax(exc, text)
        problem = " ".join(part for part in (exc.context, exc.problem) if part) or "an unreadable document"
        if plain:
            line, column, message = plain
            return DataError(display, line, column, "(file)", f"{message} (YAML: {problem})")
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return DataError(display, line, column, "(file)", f"expected valid YAML, got a syntax error: {problem}")
    if isinstance(exc, yaml.reader.ReaderError):
        line, column = _position(text, exc.position)
        return DataError(
            display, line, column, "(file)", f"expected printable text, got the character #x{exc.character:04x}"
        )
    return DataError(display, 1, 1, "(file)", f"expected valid YAML, got {exc}")


def _bad_scalars(node: yaml.Node, constructor: yaml.constructor.SafeConstructor) -> Iterator[yaml.ScalarNode]:
    """Every scalar under ``node`` that cannot be turned into a value (an impossible date, a huge number)."""
    if isinstance(node, yaml.ScalarNode):
        try:
            constructor.construct_object(node, deep=True)
        except (ValueError, OverflowError, yaml.YAMLError):
            yield node
        return
    children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
    for child in children:
        yield from _bad_scalars(child, constructor)


def _unreadable(node: yaml.ScalarNode, display: str, reason: str) -> DataError:
    """What is wrong with a value YAML recognised but could not construct."""
    line, column = _mark(node)
    if node.tag == TIMESTAMP:
        _, message = parse_date(node.value)
        if message:
            return DataError(display, line, column, "(file)", message)
    found = f"'{node.value}'" if len(node.value) <= 40 else "a value out of range"
    return DataError(display, line, column, "(file)", f"expected a valid value, got {found} ({reason})")


def _construct(node: yaml.Node, display: str) -> tuple[Any, list[DataError]]:
    """The document's value, and an error for each value that could not be made (then kept as its text)."""
    constructor = yaml.constructor.SafeConstructor()
    try:
        return constructor.construct_document(node), []
    except yaml.MarkedYAMLError as exc:  # e.g. a tag such as !!python/object: never constructed
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = (exc.problem or "an unknown tag").split(" for the tag ")[-1]
        raise DataErrors(
            [DataError(display, line, column, "(file)", f"expected plain YAML values, got the tag {problem}")]
        ) from None
    except (ValueError, OverflowError, yaml.YAMLError) as exc:
        reason = str(exc).split(":")[0] if isinstance(exc, ValueError) else "an unreadable value"
        bad = list(_bad_scalars(node, yaml.constructor.SafeConstructor()))
        if not bad:
            raise DataErrors(
                [DataError(display, 1, 1, "(file)", f"expected valid YAML values, got {reason}")]
            ) from None
        problems = [_unreadable(scalar, display, reason) for scalar in bad]
        for scalar in bad:  # kept as text, so that the rest of the file is still checked
            scalar.tag = STRING
        return yaml.constructor.SafeConstructor().construct_document(node), problems


def load_yaml(path: Path, display: str, root: Path | None = None) -> SourceFile:
    """Parse ``path`` safely; raise :class:`DataErrors` for size, syntax, anchors or duplicate keys."""
    text = read_text(path, display, root)
    try:
        refused = _refuse_anchors(text, display)
        if refused:
            raise DataErrors(refused)
        node = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as exc:
        raise DataErrors([_syntax_error(exc, text, display)]) from None
    source = SourceFile(path=path, display=display, data=None)
    if node is None:
        return source
    source.data, unreadable = _construct(node, display)
    errors: list[DataError] = []
    _walk(source, node, (), errors)
    if errors:
        raise DataErrors(errors + unreadable)
    by_position = {position: path for path, position in source.positions.items()}

    def keyed(problem: DataError) -> DataError:
        return replace(problem, key=format_key(by_position.get((problem.line, problem.column), ())))

    source.problems = [keyed(problem) for problem in unreadable + control_characters(node, display)]
    source.warnings = comment_cuts(node, text.splitlines(), display, lambda at: format_key(by_position.get(at, ())))
    return source
