"""Write a corpus case's expected.nl.txt from its expected.txt through the message catalogue.

``.venv/bin/python -m tests.dutch_expected CASE …`` (folder names under tests/bad_inputs/; all cases without
arguments). Read the result before committing it: a line that keeps English words means the message kind has no
Dutch wording yet in playbook/loading/catalogue.py, which `tests/test_message_language.py` then reports.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from playbook.loading.language import to_dutch

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
LINE = re.compile(r"^(?P<at>[^:\n]+:(?:\d+|<\*>):(?:\d+|<\*>): )(?P<warning>warning: )?(?P<key>\S[^:]*): (?P<text>.+)$")


def dutch_line(line: str) -> str:
    """One expected line in Dutch: the position and key as they are, the marker and the message translated."""
    found = LINE.match(line)
    if found is None or line.startswith("'"):
        return to_dutch(line)  # a summary, or a command's own message
    marker = "waarschuwing: " if found["warning"] else ""
    return f"{found['at']}{marker}{found['key']}: {to_dutch(found['text'])}"


def write(folder: Path) -> None:
    """``folder``/expected.nl.txt from its expected.txt."""
    english = folder / "expected.txt"
    if english.is_file():
        lines = [dutch_line(line) for line in english.read_text(encoding="utf-8").splitlines() if line.strip()]
        (folder / "expected.nl.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(names: list[str]) -> None:
    """Write expected.nl.txt for the cases ``names`` (every case when empty)."""
    folders = [CORPUS / name for name in names] or sorted(path for path in CORPUS.iterdir() if path.is_dir())
    for folder in folders:
        write(folder)


if __name__ == "__main__":
    main(sys.argv[1:])
