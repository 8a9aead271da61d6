"""One format for every data problem: ``file:line:column: key: message``, warnings marked after the position."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class DataError:
    """A problem in a data file, located by 1-based line and column."""

    file: str
    line: int
    column: int
    key: str
    message: str
    severity: Severity = "error"
    """An error stops the build; a warning marks a value that is valid but probably not what was meant."""

    def __str__(self) -> str:
        marker = "warning: " if self.severity == "warning" else ""
        return one_line(f"{self.file}:{self.line}:{self.column}: {marker}{self.key}: {self.message}")

    def as_warning(self) -> DataError:
        """The same problem, as a warning."""
        return replace(self, severity="warning")


def one_line(text: str) -> str:
    """``text`` with control characters (a newline in a file name, say) written as escapes."""
    return "".join(char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in text)


class DataErrors(Exception):
    """Raised with every error found, so that all of them are reported at once."""

    def __init__(self, errors: list[DataError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    @property
    def count(self) -> int:
        """How many errors (warnings not counted)."""
        return sum(1 for error in self.errors if error.severity == "error")

    def report(self) -> str:
        """All errors and warnings, one per line, sorted by file, line and column."""
        return "\n".join(str(error) for error in self.errors)
