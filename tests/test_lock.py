"""The lock files hold exactly the pins of requirements*.txt, each with the hashes `--require-hashes` checks."""

from __future__ import annotations

import re

import pytest

from deploy.lock import LOCKS, lock_text, pins
from tests.conftest import ROOT

ENTRY = re.compile(r"^(\S+)==(\S+) \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\\n|\n))+)", re.MULTILINE)


@pytest.mark.parametrize("name", sorted(LOCKS))
def test_each_lock_file_matches_the_pins(name: str) -> None:
    pinned: dict[str, str] = {}
    for source in LOCKS[name]:
        pinned.update(pins(ROOT / source))
    text = (ROOT / name).read_text(encoding="utf-8")
    locked = {match.group(1): match.group(2) for match in ENTRY.finditer(text)}
    stale = sorted(set(pinned.items()) ^ set(locked.items()))
    assert stale == [], f"{name} does not match the pins in {' and '.join(LOCKS[name])}: run `make lock`"
    assert all(match.group(3).count("--hash=sha256:") >= 1 for match in ENTRY.finditer(text))


def test_a_lock_file_lists_every_hash_of_a_pin() -> None:
    text = lock_text(
        "requirements.lock",
        ("requirements.txt",),
        {"Foo_Bar": "1.0", "abc": "2"},
        {
            "foo-bar": ["a" * 64, "b" * 64],
            "abc": ["c" * 64],
        },
    )
    assert text.splitlines()[2:] == [
        "abc==2 \\",
        f"    --hash=sha256:{'c' * 64}",
        "Foo_Bar==1.0 \\",
        f"    --hash=sha256:{'a' * 64} \\",
        f"    --hash=sha256:{'b' * 64}",
    ]


def test_installs_check_the_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in makefile
    assert "--require-hashes -r requirements-dev.lock" in makefile
    assert re.search(r"pip install[^\n]*-r requirements(-dev)?\.txt", makefile) is None
