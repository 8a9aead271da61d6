"""One error format for every data problem: ``file:line:column: key: message``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DataError:
    """A problem in a data file, located by 1-based line and column."""

    file: str
    line: int
    column: int
    key: str
    message: str

    def __str__(self) -> str:
        return one_line(f"{self.file}:{self.line}:{self.column}: {self.key}: {self.message}")


def one_line(text: str) -> str:
    """``text`` with control characters (a newline in a file name, say) written as escapes."""
    return "".join(char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in text)


class DataErrors(Exception):
    """Raised with every error found, so that all of them are reported at once."""

    def __init__(self, errors: list[DataError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self) -> str:
        """All errors, one per line."""
        return "\n".join(str(error) for error in self.errors)
